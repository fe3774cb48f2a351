// oxlint's JS plugins run ESLint plugins unchanged: `.oxlintrc.json` names the plugin under
// "jsPlugins" (a package name or a path, resolved from the config file) and enables its rules.
// The oxlint npm package's binary must report exactly what ESLint reports without types.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { denoBotFindings, nodeBotFindings } from "./expected";
import {
  createProject,
  eslintFindings,
  finding,
  installBuiltPlugin,
  readmeBlocks,
  referenceEslint,
  removeProjects,
  root,
  run,
  sortFindings,
  spanOf,
  toolBin,
  writeDocsExamples,
  writeFile,
} from "./helpers";

afterAll(removeProjects);

interface OxlintJson {
  diagnostics: {
    code: string;
    filename: string;
    message: string;
    labels: { span: { offset: number; length: number } }[];
  }[];
}

const plugin = createRequire(__filename)(root) as { configs: { "flat/recommended": { rules: Record<string, unknown> } } };

/** The README's `.oxlintrc.json`: what users copy is what runs here. */
const readmeConfig = JSON.parse(readmeBlocks("oxlint").find((block) => block.language === "json")?.code ?? "{}") as {
  jsPlugins: string[];
  rules: Record<string, string>;
};
const rules = readmeConfig.rules;

/** oxlint's diagnostics of this plugin as findings. oxlint counts offsets in UTF-8 bytes. */
function oxlintFindings(dir: string, output: OxlintJson): string[] {
  return sortFindings(
    output.diagnostics
      .filter((diagnostic) => diagnostic.code.startsWith("grammy-reliability("))
      .map((diagnostic) => {
        const text = readFileSync(path.join(dir, diagnostic.filename), "utf8");
        const bytes = Buffer.from(text, "utf8");
        const label = diagnostic.labels[0]?.span ?? { offset: 0, length: 0 };
        const start = bytes.subarray(0, label.offset).toString("utf8").length;
        const end = bytes.subarray(0, label.offset + label.length).toString("utf8").length;
        const rule = diagnostic.code.replace(/^grammy-reliability\((.*)\)$/, "grammy-reliability/$1");
        return finding(diagnostic.filename, spanOf(text, start, end), rule);
      }),
  );
}

describe("oxlint with the plugin as a JS plugin", () => {
  let dir: string;
  let oxlintBin: string;
  beforeAll(async () => {
    oxlintBin = await toolBin("oxlint");
    dir = createProject("oxlint", { fixtures: ["bots", "deno"] });
    installBuiltPlugin(dir);
  });

  it("the README's .oxlintrc.json names the package and turns on every recommended rule", () => {
    expect(readmeConfig.jsPlugins).toEqual(["eslint-plugin-grammy-reliability"]);
    expect(rules).toEqual(Object.fromEntries(Object.keys(plugin.configs["flat/recommended"].rules).map((id) => [id, "error"])));
  });

  it.each([
    ["the package name", "eslint-plugin-grammy-reliability"],
    ["a path", "./node_modules/eslint-plugin-grammy-reliability/dist/index.js"],
  ])('"jsPlugins": [%s] reports the same findings as ESLint', async (_, specifier) => {
    writeFile(dir, ".oxlintrc.json", JSON.stringify({ jsPlugins: [specifier], rules }, null, 2));
    const result = await run(oxlintBin, ["--format", "json", "."], { cwd: dir });
    expect(result.stderr).toBe("");
    const output = JSON.parse(result.stdout) as OxlintJson;
    expect(oxlintFindings(dir, output)).toEqual(sortFindings([...nodeBotFindings, ...denoBotFindings]));
    expect(result.status).toBe(1);
  });

  it("shows the same messages as ESLint, placeholders filled in", async () => {
    writeFile(dir, ".oxlintrc.json", JSON.stringify({ jsPlugins: ["eslint-plugin-grammy-reliability"], rules }, null, 2));
    const result = await run(oxlintBin, ["--format", "json", "."], { cwd: dir });
    const output = JSON.parse(result.stdout) as OxlintJson;
    const fromOxlint = output.diagnostics
      .filter((diagnostic) => diagnostic.code.startsWith("grammy-reliability("))
      .map((diagnostic) => `${diagnostic.filename}: ${diagnostic.message}`)
      .sort();
    const eslint = referenceEslint(dir);
    const fromEslint = (await eslint.lintFiles(["bots", "deno"]))
      .flatMap((lint) => lint.messages.map((message) => `${path.relative(dir, lint.filePath)}: ${message.message}`))
      .sort();
    expect(fromOxlint).toEqual(fromEslint);
    expect(fromOxlint.filter((message) => /\{\{|\}\}/.test(message))).toEqual([]);
  });

  it("reports what ESLint reports on every code example of the rule pages", async () => {
    const examples = writeDocsExamples(dir);
    expect(examples.length).toBeGreaterThan(0);
    writeFile(dir, ".oxlintrc.json", JSON.stringify({ jsPlugins: ["eslint-plugin-grammy-reliability"], rules }, null, 2));
    const result = await run(oxlintBin, ["--format", "json", "docs-examples"], { cwd: dir });
    const expected = eslintFindings(await referenceEslint(dir).lintFiles(examples), dir);
    expect(expected.length).toBeGreaterThan(0); // the ❌ examples report
    expect(oxlintFindings(dir, JSON.parse(result.stdout) as OxlintJson)).toEqual(expected);
  });

  it("honours the README's eslint-disable-next-line comment with a reason", async () => {
    const [silenced] = readmeBlocks("Silencing a rule for one line").map((block) => block.code);
    writeFile(dir, ".oxlintrc.json", JSON.stringify(readmeConfig, null, 2));
    const bot = readFileSync(path.join(dir, "bots", "polling-bot.ts"), "utf8").replace(/^process\.once\(.*\n/gm, "");
    writeFile(dir, "silenced/bot.ts", bot.replace("await bot.start();\n", silenced ?? ""));
    writeFile(dir, "silenced/control.ts", bot);
    const result = await run(oxlintBin, ["--format", "json", "silenced"], { cwd: dir });
    expect(oxlintFindings(dir, JSON.parse(result.stdout) as OxlintJson)).toEqual([
      "silenced/control.ts 16:7-16:16 grammy-reliability/require-signal-handlers",
    ]);
  });
});

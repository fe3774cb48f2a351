// deno lint loads the `./deno` entry (dist/deno.js) as a lint plugin: the same rules, adapted to
// deno's plugin API. Run with the deno npm package's binary, offline (the plugin comes from the
// project's node_modules, as `npm install` put it there), on Deno-style bots (URL imports,
// Deno.addSignalListener) and on the Node bots.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Linter } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { denoBotFindings, nodeBotFindings } from "./expected";
import {
  createProject,
  eslintFindings,
  finding,
  installBuiltPlugin,
  packageJson,
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

interface DenoJson {
  diagnostics: {
    filename: string;
    code: string;
    message: string;
    hint?: string;
    range: { start: { bytePos: number }; end: { bytePos: number } };
  }[];
  errors: { file_path: string; message: string }[];
}

const load = createRequire(__filename);
const plugin = load(root) as {
  rules: Record<string, { meta: { docs?: { recommended?: boolean; url?: string } } }>;
  configs: { "flat/recommended": Linter.Config };
};
const denoPlugin = load(path.join(root, "dist", "deno.js")) as { name: string; rules: Record<string, unknown> };

/** The README's `deno.json`: what users copy is what runs here (plus offline resolution). */
const readmeConfig = JSON.parse(readmeBlocks("deno lint").find((block) => block.language === "json")?.code ?? "{}") as {
  lint: { plugins: string[] };
};

describe("the ./deno entry", () => {
  it("is what the README's deno.json loads", () => {
    expect(readmeConfig.lint.plugins).toEqual(["npm:eslint-plugin-grammy-reliability/deno"]);
  });

  it("is a deno lint plugin named like the ESLint namespace, with the recommended rules", () => {
    expect(denoPlugin.name).toBe("grammy-reliability");
    const recommended = Object.entries(plugin.rules).filter(([, rule]) => rule.meta.docs?.recommended === true);
    expect(Object.keys(denoPlugin.rules).sort()).toEqual(recommended.map(([name]) => name).sort());
  });
});

describe("deno lint with the plugin", () => {
  let dir: string;
  let denoDir: string;
  let denoBin: string;
  beforeAll(async () => {
    denoBin = await toolBin("deno");
    // As `npm install -D eslint-plugin-grammy-reliability` leaves a project: deno resolves npm:
    // specifiers from node_modules when package.json lists the package ("nodeModulesDir": "manual").
    const manifest = { private: true, devDependencies: { [packageJson.name]: packageJson.version } };
    dir = createProject("deno", { fixtures: ["bots", "deno"], files: { "package.json": JSON.stringify(manifest) } });
    denoDir = createProject("deno-dir");
    installBuiltPlugin(dir);
  });

  /** `deno lint --json` in the project, offline, with its own DENO_DIR. */
  async function denoLint(pluginSpecifier: string, files: readonly string[] = []): Promise<DenoJson> {
    const config = { ...readmeConfig, nodeModulesDir: "manual", lint: { ...readmeConfig.lint, plugins: [pluginSpecifier] } };
    writeFile(dir, "deno.json", JSON.stringify(config, null, 2));
    const result = await run(denoBin, ["lint", "--json", ...files], {
      cwd: dir,
      env: { DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" },
    });
    expect(result.stderr).not.toMatch(/error/i);
    return JSON.parse(result.stdout) as DenoJson;
  }

  /** deno's diagnostics of this plugin as findings. deno counts offsets in UTF-8 bytes. */
  function denoFindings(output: DenoJson): string[] {
    return sortFindings(
      output.diagnostics
        .filter((diagnostic) => diagnostic.code.startsWith("grammy-reliability/"))
        .map((diagnostic) => {
          const file = path.relative(dir, new URL(diagnostic.filename).pathname);
          const text = readFileSync(path.join(dir, file), "utf8");
          const bytes = Buffer.from(text, "utf8");
          const start = bytes.subarray(0, diagnostic.range.start.bytePos).toString("utf8").length;
          const end = bytes.subarray(0, diagnostic.range.end.bytePos).toString("utf8").length;
          return finding(file, spanOf(text, start, end), diagnostic.code);
        }),
    );
  }

  it.each([
    ["an npm: specifier", "npm:eslint-plugin-grammy-reliability/deno"],
    ["a path", "./node_modules/eslint-plugin-grammy-reliability/dist/deno.js"],
  ])('"lint.plugins": [%s] reports the same findings as ESLint', async (_, specifier) => {
    const output = await denoLint(specifier);
    expect(output.errors).toEqual([]);
    expect(denoFindings(output)).toEqual(sortFindings([...denoBotFindings, ...nodeBotFindings]));
  });

  it("reports ESLint's messages as text, with the suggestions and the docs page as the hint", async () => {
    const output = await denoLint("npm:eslint-plugin-grammy-reliability/deno");
    const ours = output.diagnostics.filter((diagnostic) => diagnostic.code.startsWith("grammy-reliability/"));
    const eslint = referenceEslint(dir);
    const results = await eslint.lintFiles(["bots", "deno"]);
    const expected = results
      .flatMap((result) =>
        result.messages.map((message) => {
          const name = (message.ruleId ?? "").replace("grammy-reliability/", "");
          const suggestions = (message.suggestions ?? []).map((suggestion) => `Suggestion: ${suggestion.desc}`);
          const hint = [...suggestions, `Docs: ${plugin.rules[name]?.meta.docs?.url ?? ""}`].join("\n");
          return `${path.relative(dir, result.filePath)} ${message.ruleId ?? ""}: ${message.message} | ${hint}`;
        }),
      )
      .sort();
    const actual = ours
      .map((diagnostic) => `${path.relative(dir, new URL(diagnostic.filename).pathname)} ${diagnostic.code}: ${diagnostic.message} | ${diagnostic.hint ?? ""}`)
      .sort();
    expect(actual).toEqual(expected);
  });

  it("reports what ESLint reports on every code example of the rule pages", async () => {
    const examples = writeDocsExamples(dir);
    expect(examples.length).toBeGreaterThan(0);
    const output = await denoLint("npm:eslint-plugin-grammy-reliability/deno");
    expect(output.errors).toEqual([]);
    const expected = eslintFindings(await referenceEslint(dir).lintFiles(examples), dir);
    expect(expected.length).toBeGreaterThan(0); // the ❌ examples report
    expect(denoFindings(output).filter((text) => text.startsWith("docs-examples/"))).toEqual(expected);
  });

  it("honours the README's deno-lint-ignore comment with a reason", async () => {
    const silenced = readmeBlocks("Silencing a rule for one line").map((block) => block.code)[1];
    const bot = readFileSync(path.join(dir, "deno", "deno-bot.ts"), "utf8").replace(/^Deno\.addSignalListener\(.*\n/gm, "");
    writeFile(dir, "silenced/bot.ts", bot.replace("await bot.start();\n", silenced ?? ""));
    writeFile(dir, "silenced/control.ts", bot);
    const output = await denoLint("npm:eslint-plugin-grammy-reliability/deno", ["silenced"]);
    expect(denoFindings(output)).toEqual(["silenced/control.ts 12:7-12:16 grammy-reliability/require-signal-handlers"]);
  });

  it("`deno lint --fix` applies the same autofixes as `eslint --fix`", async () => {
    const files = ["bots", "deno"].flatMap((folder) => readdirSync(path.join(dir, folder)).map((file) => `${folder}/${file}`));
    const fixed = await referenceEslint(dir, { fix: true }).lintFiles(files);
    const expected = Object.fromEntries(
      fixed.map((result) => [path.relative(dir, result.filePath), result.output ?? readFileSync(result.filePath, "utf8")]),
    );
    expect(fixed.some((result) => result.output !== undefined)).toBe(true); // some rule autofixes these bots
    const config = { ...readmeConfig, nodeModulesDir: "manual", lint: { ...readmeConfig.lint, rules: { tags: [] } } };
    writeFile(dir, "deno.json", JSON.stringify(config, null, 2));
    const result = await run(denoBin, ["lint", "--fix", "bots", "deno"], {
      cwd: dir,
      env: { DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" },
    });
    expect(result.stderr).not.toMatch(/Error linting/);
    expect(Object.fromEntries(files.map((file) => [file, readFileSync(path.join(dir, file), "utf8")]))).toEqual(expected);
  });
});

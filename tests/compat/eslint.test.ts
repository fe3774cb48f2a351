// Real ESLint, every supported major, run as users run it (the `eslint` CLI in a project that has the
// BUILT plugin in its node_modules), on the fixture bots. Each way of enabling the plugin must give
// exactly the pinned findings.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { defineConfig } from "eslint/config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { nodeBotFindings } from "./expected";
import {
  createProject,
  eslintCli,
  fixturesDir,
  eslintFindings,
  installBuiltPlugin,
  linkPackage,
  readmeBlocks,
  removeProjects,
  renamed,
  root,
  runNode,
  writeFile,
  type Run,
} from "./helpers";

afterAll(removeProjects);

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; endLine?: number; endColumn?: number; message: string }[];
  warningCount: number;
}

/** A README snippet, in the given language, from the section whose heading starts so. */
function readmeSnippet(heading: string, language: string): string {
  const code = readmeBlocks(heading).find((block) => block.language === language)?.code;
  if (!code) throw new Error(`README: no ${language} block under "${heading}"`);
  return code;
}

/** The README's .eslintrc, with what the fixture bots need to parse. */
const eslintrc = {
  root: true,
  ...(JSON.parse(readmeSnippet("Legacy `.eslintrc`", "json")) as { extends: string[] }),
  env: { es2022: true, node: true },
  parserOptions: { ecmaVersion: 2022, sourceType: "module" },
  overrides: [
    { files: ["*.ts"], parser: "@typescript-eslint/parser" },
    { files: ["*.js"], parserOptions: { sourceType: "script" } },
  ],
};

/** The parser settings every flat config below adds to the README's. */
const languages = `
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
  { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" } },`;

/** A README snippet with the parser settings inserted where `marker` is. */
function withLanguages(code: string, marker: string, replacement: string): string {
  if (!code.includes(marker)) throw new Error(`README snippet has no "${marker}":\n${code}`);
  return `import tsParser from "@typescript-eslint/parser";\n${code.replace(marker, replacement)}`;
}

const defineConfigSnippet = withLanguages(
  readmeSnippet("`defineConfig`", "js"),
  "export default defineConfig({",
  `export default defineConfig(${languages}\n  {`,
);

const flatConfigs = {
  "array.config.mjs": withLanguages(readmeSnippet("ESLint flat config", "js"), "  // ...your other configs\n", `${languages.slice(1)}\n`),
  "define-config.config.mjs": defineConfigSnippet,
  // The README: "with `plugins: { grammy: grammyReliability }` and `extends: ["grammy/recommended"]`".
  "renamed.config.mjs": defineConfigSnippet
    .replace('plugins: { "grammy-reliability": grammyReliability }', "plugins: { grammy: grammyReliability }")
    .replace('extends: ["grammy-reliability/recommended"]', 'extends: ["grammy/recommended"]'),
  "warn.config.mjs": `import tsParser from "@typescript-eslint/parser";
import grammyReliability from "eslint-plugin-grammy-reliability";

const recommended = grammyReliability.configs["flat/recommended"];
export default [${languages}
  { ...recommended, rules: Object.fromEntries(Object.keys(recommended.rules).map((id) => [id, "warn"])) },
];
`,
};

/** A project with the fixture bots, the built plugin, the parser and the given ESLint as `eslint`. */
function eslintProject(name: string, eslintPackage: "eslint-v9" | "eslint", files: Record<string, string>): string {
  const dir = createProject(name, { fixtures: ["bots"], files });
  installBuiltPlugin(dir);
  linkPackage(dir, "@typescript-eslint/parser");
  linkPackage(dir, "eslint", eslintPackage); // what `import ... from "eslint/config"` resolves to
  return dir;
}

function parseJson(result: Run): JsonResult[] {
  try {
    return JSON.parse(result.stdout) as JsonResult[];
  } catch {
    throw new Error(`no JSON from ESLint (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
  }
}

async function lintJson(cli: Parameters<typeof eslintCli>[0], cwd: string, args: readonly string[], env: Record<string, string> = {}) {
  const result = await runNode(eslintCli(cli), ["--format", "json", ...args], { cwd, env });
  const results = parseJson(result);
  return { status: result.status, stderr: result.stderr, results, findings: eslintFindings(results, cwd) };
}

describe("eslintrc: ESLint 8 and ESLint 9 with ESLINT_USE_FLAT_CONFIG=false", () => {
  let dir: string;
  beforeAll(() => {
    dir = eslintProject("eslintrc", "eslint-v9", { ".eslintrc.json": JSON.stringify(eslintrc, null, 2) });
  });

  it.each([["eslint-v8"], ["eslint-v9"]] as const)(
    '%s: extends: ["plugin:grammy-reliability/recommended"] reports the exact findings',
    async (cli) => {
      const lint = await lintJson(cli, dir, ["."], { ESLINT_USE_FLAT_CONFIG: "false" });
      expect(lint.findings).toEqual(nodeBotFindings);
      expect(lint.status).toBe(1);
      // Every bot was linted (ESLint 8 lints .ts files only when an override names them).
      expect(lint.results.map((result) => path.relative(dir, result.filePath)).sort()).toEqual(
        readdirSync(path.join(dir, "bots")).map((file) => `bots/${file}`).sort(),
      );
    },
  );
});

describe.each([
  ["ESLint 9", "eslint-v9"],
  ["ESLint 10", "eslint"],
] as const)("flat config: %s", (_, cli) => {
  let dir: string;
  beforeAll(() => {
    dir = eslintProject(`flat-${cli}`, cli, flatConfigs);
  });

  it('plugin.configs["flat/recommended"] in a config array reports the exact findings', async () => {
    const lint = await lintJson(cli, dir, ["--config", "array.config.mjs", "bots"]);
    expect(lint.findings).toEqual(nodeBotFindings);
    expect(lint.status).toBe(1);
  });

  it('defineConfig({ plugins, extends: ["grammy-reliability/recommended"] }) reports the exact findings', async () => {
    const lint = await lintJson(cli, dir, ["--config", "define-config.config.mjs", "bots"]);
    expect(lint.findings).toEqual(nodeBotFindings);
  });

  it("a renamed namespace (plugins: { grammy }) works through meta.namespace: rules become grammy/*", async () => {
    // defineConfig's `extends` rewrites the config's rule ids from meta.namespace to the user's key.
    const lint = await lintJson(cli, dir, ["--config", "renamed.config.mjs", "bots"]);
    expect(lint.findings).toEqual(renamed(nodeBotFindings, "grammy"));
  });
});

describe("the ESLint 10 CLI as a CI gate", () => {
  let dir: string;
  let clean: string;
  beforeAll(() => {
    dir = eslintProject("gate", "eslint", { ...flatConfigs, "eslint.config.mjs": flatConfigs["array.config.mjs"] });
    clean = eslintProject("gate-clean", "eslint", { "eslint.config.mjs": flatConfigs["array.config.mjs"] });
    for (const file of readdirSync(path.join(clean, "bots")).filter((name) => name.startsWith("broken-"))) {
      writeFile(clean, `bots/${file}`, "// removed: this project holds clean bots only\n");
    }
  });

  it("`eslint .` exits 1 on the broken bots and 0 on the clean ones", async () => {
    const broken = await runNode(eslintCli("eslint"), ["."], { cwd: dir });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain("grammy-reliability/no-floating-promises");
    const passed = await runNode(eslintCli("eslint"), ["."], { cwd: clean });
    expect({ status: passed.status, stdout: passed.stdout, stderr: passed.stderr }).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("--format json gives the exact findings", async () => {
    const lint = await lintJson("eslint", dir, ["."]);
    expect(lint.findings).toEqual(nodeBotFindings);
    expect(lint.status).toBe(1);
  });

  it("--max-warnings 0 fails a run whose findings are all warnings", async () => {
    const warned = await lintJson("eslint", dir, ["--config", "warn.config.mjs", "bots"]);
    expect(warned.status).toBe(0);
    expect(warned.results.reduce((sum, result) => sum + result.warningCount, 0)).toBe(nodeBotFindings.length);
    const gated = await runNode(eslintCli("eslint"), ["--config", "warn.config.mjs", "--max-warnings", "0", "bots"], { cwd: dir });
    expect(gated.status).toBe(1);
    expect(gated.stdout + gated.stderr).toContain("ESLint found too many warnings (maximum: 0)");
  });

  it("--cache: the second run takes results from the cache; a new plugin version invalidates it", async () => {
    const args = ["--cache", "--cache-location", ".cache/", "bots"];
    const env = { DEBUG: "eslint:lint-result-cache" };
    const cacheLog = (stderr: string, what: string) =>
      stderr.split("\n").filter((line) => line.includes(what)).map((line) => path.relative(dir, line.slice(line.indexOf(": ") + 2)));
    const bots = readdirSync(path.join(dir, "bots")).map((file) => `bots/${file}`).sort();

    const first = await lintJson("eslint", dir, args, env);
    expect(first.findings).toEqual(nodeBotFindings);
    expect(cacheLog(first.stderr, "Cache entry not found or no longer valid").sort()).toEqual(bots);

    const second = await lintJson("eslint", dir, args, env);
    expect(second.findings).toEqual(nodeBotFindings);
    expect(cacheLog(second.stderr, "Cache entry not found or no longer valid")).toEqual([]);
    expect(cacheLog(second.stderr, "Rereading cached result source from filesystem").sort()).toEqual(
      bots.filter((file) => nodeBotFindings.some((text) => text.startsWith(`${file} `))),
    );

    // The plugin's meta (name and version) is part of the cached config's hash.
    const installed = path.join(dir, "node_modules", "eslint-plugin-grammy-reliability", "package.json");
    const manifest = JSON.parse(readFileSync(installed, "utf8")) as { version: string };
    writeFileSync(installed, JSON.stringify({ ...manifest, version: `${manifest.version}-next` }));
    const third = await lintJson("eslint", dir, args, env);
    expect(third.findings).toEqual(nodeBotFindings);
    expect(cacheLog(third.stderr, "Cache entry not found or no longer valid").sort()).toEqual(bots);
  });

  it("--concurrency 2 lints in two worker threads with the same findings", async () => {
    const lint = await lintJson("eslint", dir, ["--concurrency", "2", "bots"], { DEBUG: "eslint:eslint" });
    expect(lint.stderr).toContain("Linting using 2 worker thread(s).");
    expect(lint.findings).toEqual(nodeBotFindings);
    expect(lint.status).toBe(1);
  });
});

describe("silencing a rule for one line, as the README shows", () => {
  const plugin = createRequire(__filename)(root) as ESLint.Plugin & { configs: { "flat/recommended": Linter.Config } };
  const [silencing] = readmeBlocks("Silencing a rule for one line").map((block) => block.code);
  // A clean bot without its signal listeners: require-signal-handlers reports `bot.start()`.
  const bot = readFileSync(path.join(fixturesDir, "bots", "polling-bot.ts"), "utf8").replace(/^process\.once\(.*\n/gm, "");

  async function lint(code: string, config: Linter.Config[]): Promise<string[]> {
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, ...config],
    });
    const [result] = await eslint.lintText(code, { filePath: path.join(root, "bot.ts") });
    return (result?.messages ?? []).map((message) => `${String(message.line)}:${String(message.column)} ${message.ruleId ?? ""} ${message.message}`);
  }

  it("eslint-disable-next-line <rule> -- <reason> silences that line, and is not reported unused", async () => {
    const config = [plugin.configs["flat/recommended"]];
    expect(await lint(bot, config)).toEqual([expect.stringMatching(/^16:7 grammy-reliability\/require-signal-handlers /)]);
    expect(silencing).toMatch(/^\/\/ eslint-disable-next-line grammy-reliability\/require-signal-handlers -- \S/);
    expect(await lint(bot.replace("await bot.start();\n", silencing ?? ""), config)).toEqual([]);
  });

  it("with a renamed namespace, under the new name", async () => {
    const config = defineConfig({ plugins: { grammy: plugin }, extends: ["grammy/recommended"] });
    expect(await lint(bot, config)).toEqual([expect.stringMatching(/^16:7 grammy\/require-signal-handlers /)]);
    const renamedComment = (silencing ?? "").replace("grammy-reliability/", "grammy/");
    expect(await lint(bot.replace("await bot.start();\n", renamedComment), config)).toEqual([]);
  });
});

// What npm users get: the packed tarball, checked by publint and Are the Types Wrong?, installed
// into fresh projects (JavaScript-only CommonJS; TypeScript 6 with typed linting; TypeScript 7, npm's
// `latest`) that then lint their bots. Installs use the npm registry, preferring the local cache.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { nodeBotFindings, typedOnlyFindings } from "./expected";
import {
  bin,
  createProject,
  eslintFindings,
  only,
  packageJson,
  referenceEslint,
  removeProjects,
  root,
  run,
  type Run,
} from "./helpers";

afterAll(removeProjects);

/** The versions this repository tests with, so that installs come from npm's cache. */
const version = (name: string): string =>
  (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

/** npm in a child process, without the npm_* settings of the `npm test` that runs us. */
function npm(args: readonly string[], cwd: string): Promise<Run> {
  const env: Record<string, string | undefined> = Object.fromEntries(
    Object.keys(process.env).filter((key) => key.toLowerCase().startsWith("npm_")).map((key) => [key, undefined]),
  );
  return run("npm", args, {
    cwd,
    env: { ...env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" },
    timeoutMs: 240_000,
  });
}

/** npm's complaints about peer dependencies, the ERESOLVE kind included. */
function peerProblems(install: Run): string[] {
  return `${install.stdout}\n${install.stderr}`.split("\n").filter((line) => /ERESOLVE|peer/i.test(line));
}

const installArgs = ["install", "--prefer-offline", "--no-audit", "--no-fund", "--save-dev"];

const typeCheckedConfig = `// A user's typed config: ESLint 10's own types check the plugin object and its configs.
import type { Linter } from "eslint";
import { defineConfig } from "eslint/config";
import grammyReliability from "eslint-plugin-grammy-reliability";
%IMPORTS%
export const asArray = [grammyReliability.configs["flat/recommended"]] satisfies Linter.Config[];

export default defineConfig(%CONFIGS%
  { plugins: { "grammy-reliability": grammyReliability }, extends: ["grammy-reliability/recommended"] },
);
`;

const tsconfig = (include: readonly string[], types: readonly string[]) =>
  JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types,
    },
    include,
  });

describe("the packed package", () => {
  let tarball: string;
  let packed: string[];
  const projects: Record<"javascript" | "typescript6" | "typescript7", { dir: string; install: Run }> = {} as never;

  beforeAll(async () => {
    const packDir = createProject("pack");
    // --ignore-scripts: `npm test` has built dist/ already; prepack would rebuild it under other tests.
    const pack = await npm(["pack", "--ignore-scripts", "--json", "--pack-destination", packDir], root);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    if (!info) throw new Error(`npm pack failed: ${pack.stderr}`);
    tarball = path.join(packDir, info.filename);
    packed = info.files.map((file) => file.path).sort();

    const javascript = createProject("install-js", {
      fixtures: ["bots"],
      files: {
        "package.json": JSON.stringify({ name: "js-bot", private: true, type: "commonjs" }),
        "eslint.config.js": `const grammyReliability = require("eslint-plugin-grammy-reliability");

module.exports = [
  { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" } },
  grammyReliability.configs["flat/recommended"],
];
`,
      },
    });
    const typescript6 = createProject("install-ts6", {
      fixtures: ["bots", "typed"],
      files: {
        "package.json": JSON.stringify({ name: "ts6-bot", private: true, type: "module" }),
        "tsconfig.json": tsconfig(["eslint.config.ts", "typed/*.ts", "bots/polling-bot.ts", "bots/broken-polling-bot.ts"], ["node"]),
        "eslint.config.ts": typeCheckedConfig.replace("%IMPORTS%", 'import tseslint from "typescript-eslint";\n').replace(
          "%CONFIGS%",
          `
  { ignores: ["bots/*", "!bots/polling-bot.ts", "!bots/broken-polling-bot.ts"] },
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true } },
  },`,
        ),
      },
    });
    const typescript7 = createProject("install-ts7", {
      fixtures: ["bots"],
      files: {
        "package.json": JSON.stringify({ name: "ts7-bot", private: true, type: "module" }),
        "tsconfig.json": tsconfig(["eslint.config.ts"], []),
        "eslint.config.ts": typeCheckedConfig.replace("%IMPORTS%", "").replace(
          "%CONFIGS%",
          `
  { files: ["bots/**/*.js"], languageOptions: { sourceType: "commonjs" } },`,
        ),
      },
    });

    const [js, ts6, ts7] = await Promise.all([
      npm([...installArgs, `eslint@${version("eslint")}`, tarball], javascript),
      npm(
        [
          ...installArgs,
          `eslint@${version("eslint")}`,
          `typescript@${version("typescript")}`,
          `typescript-eslint@${version("typescript-eslint")}`,
          `grammy@${version("grammy")}`,
          `@types/node@${version("@types/node")}`,
          "jiti@^2",
          tarball,
        ],
        typescript6,
      ),
      npm([...installArgs, `eslint@${version("eslint")}`, "typescript@latest", "jiti@^2", tarball], typescript7),
    ]);
    projects.javascript = { dir: javascript, install: js };
    projects.typescript6 = { dir: typescript6, install: ts6 };
    projects.typescript7 = { dir: typescript7, install: ts7 };
  }, 300_000);

  it("ships the built plugin, the ./deno entry and the rule pages, nothing else", () => {
    const plugin = createRequire(__filename)(root) as { rules: Record<string, unknown> };
    const pages = Object.keys(plugin.rules).map((name) => `docs/rules/${name}.md`);
    expect(packed).toEqual(expect.arrayContaining(["package.json", "README.md", "dist/index.js", "dist/index.d.ts", "dist/deno.js", "dist/deno.d.ts", ...pages]));
    expect(packed.filter((file) => !/^(dist\/|docs\/rules\/|package\.json$|README\.md$|LICENSE$)/.test(file))).toEqual([]);
    expect(packed.filter((file) => file.startsWith("docs/")).sort()).toEqual(pages.sort());
  });

  it("passes publint", async () => {
    const result = await run(bin("publint"), ["run", tarball, "--strict"], { cwd: root });
    expect(result.stdout).toContain("All good!");
    expect(result.status).toBe(0);
  });

  it("passes Are the Types Wrong? (node16 profile: a CommonJS package with an exports map)", async () => {
    const result = await run(bin("attw"), [tarball, "--profile", "node16", "--format", "json"], { cwd: root });
    const report = JSON.parse(result.stdout) as { problems?: Record<string, { resolutionKind?: string }[]> };
    // node10 (TypeScript's legacy `moduleResolution: "node"`) knows no exports map, so it cannot
    // see the ./deno subpath; the node16 profile leaves it out, as ESLint 8.57+ needs Node 18 anyway.
    const problems = Object.values(report.problems ?? {}).flat();
    expect(problems.filter((problem) => problem.resolutionKind !== "node10")).toEqual([]);
    expect(result.status).toBe(0);
  });

  describe.each([
    ["a JavaScript-only CommonJS project", "javascript"],
    ["a TypeScript 6 project with typed linting", "typescript6"],
    ["a TypeScript 7 project (npm's latest)", "typescript7"],
  ] as const)("installs into %s", (_, name) => {
    it("without ERESOLVE or peer dependency warnings, and with a consistent tree", async () => {
      const { dir, install } = projects[name];
      expect(install.status, install.stderr).toBe(0);
      expect(peerProblems(install)).toEqual([]);
      const tree = await npm(["ls", "--all"], dir);
      expect(tree.stderr.split("\n").filter((line) => /ERR|invalid|missing|UNMET/i.test(line))).toEqual([]);
      expect(tree.status).toBe(0);
      expect(tree.stdout).toContain(`${packageJson.name}@${packageJson.version}`);
    });
  });

  it("JavaScript-only: pulls in no TypeScript, and `eslint .` reports the JS bots' findings", async () => {
    const { dir } = projects.javascript;
    expect(existsSync(path.join(dir, "node_modules", "typescript"))).toBe(false);
    // Only the ./deno entry's scope manager and its two pure-JS packages; no parser, no typescript-estree.
    expect(readdirSync(path.join(dir, "node_modules", "@typescript-eslint")).sort()).toEqual(["scope-manager", "types", "visitor-keys"]);
    const result = await run(path.join(dir, "node_modules", ".bin", "eslint"), ["--format", "json", "."], { cwd: dir });
    expect(eslintFindings(JSON.parse(result.stdout) as never, dir)).toEqual(only(nodeBotFindings, "bots/broken-bot.js", "bots/webhook-bot.js"));
    expect(result.status).toBe(1);
  });

  it("brings in exactly its pure-JS runtime dependencies, none with an install script", () => {
    const { dir } = projects.javascript;
    const lock = JSON.parse(readFileSync(path.join(dir, "package-lock.json"), "utf8")) as {
      packages: Record<
        string,
        { dependencies?: Record<string, string>; peerDependencies?: Record<string, string>; hasInstallScript?: boolean; os?: unknown; cpu?: unknown }
      >;
    };
    const brought = new Set<string>();
    const pending = Object.keys(lock.packages[`node_modules/${packageJson.name}`]?.dependencies ?? {});
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (brought.has(name)) continue;
      brought.add(name);
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toBeDefined();
      expect([entry?.hasInstallScript, entry?.os, entry?.cpu], name).toEqual([undefined, undefined, undefined]);
      expect({ ...entry?.dependencies, ...entry?.peerDependencies }, name).not.toHaveProperty("typescript");
      pending.push(...Object.keys(entry?.dependencies ?? {}));
    }
    expect([...brought].sort()).toEqual([
      "@typescript-eslint/scope-manager",
      "@typescript-eslint/types",
      "@typescript-eslint/visitor-keys",
      "eslint-visitor-keys",
      "get-tsconfig",
      "resolve-pkg-maps",
    ]);
  });

  it("TypeScript 6: eslint.config.ts type-checks against ESLint 10's types", async () => {
    const { dir } = projects.typescript6;
    const result = await run(path.join(dir, "node_modules", ".bin", "tsc"), ["-p", "."], { cwd: dir });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("TypeScript 6: typed linting reports what the syntax alone cannot see", async () => {
    const { dir } = projects.typescript6;
    const result = await run(path.join(dir, "node_modules", ".bin", "eslint"), ["--format", "json", "."], { cwd: dir });
    const findings = eslintFindings(JSON.parse(result.stdout) as never, dir);
    expect(findings).toEqual([...only(nodeBotFindings, "bots/broken-polling-bot.ts"), ...typedOnlyFindings]);
    // Without type information the typed-only finding is not there.
    expect(eslintFindings(await referenceEslint(dir).lintFiles(["typed/bot.ts"]), dir)).toEqual([]);
  });

  it("TypeScript 7: eslint.config.ts type-checks with tsc 7, and `eslint .` reports the JS bots' findings", async () => {
    const { dir } = projects.typescript7;
    const installed = JSON.parse(readFileSync(path.join(dir, "node_modules", "typescript", "package.json"), "utf8")) as { version: string };
    expect(installed.version).toMatch(/^7\./);
    const check = await run(path.join(dir, "node_modules", ".bin", "tsc"), ["-p", "."], { cwd: dir });
    expect(check.stdout + check.stderr).toBe("");
    expect(check.status).toBe(0);
    const result = await run(path.join(dir, "node_modules", ".bin", "eslint"), ["--format", "json", "."], { cwd: dir });
    expect(eslintFindings(JSON.parse(result.stdout) as never, dir)).toEqual(only(nodeBotFindings, "bots/broken-bot.js", "bots/webhook-bot.js"));
  });
});

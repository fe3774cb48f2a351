import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { defineConfig } from "eslint/config";
import { describe, expect, it } from "vitest";

import { plugin } from "../src/plugin";
import { rules } from "../src/rules";
import { docsUrl, repositoryUrl } from "../src/utils/docs-url";

const root = path.join(__dirname, "..");
const packageJson = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  name: string;
  version: string;
  repository: { url: string };
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies: Record<string, string>;
};

interface InstalledManifest {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  gypfile?: boolean;
  os?: string[];
  cpu?: string[];
  license?: string;
}

/**
 * The installed runtime dependencies and theirs, by name: manifest and every file shipped. Each is
 * found as Node.js finds it from its dependent: in the dependent's own node_modules first.
 */
function runtimeClosure(names: readonly string[]): Map<string, { manifest: InstalledManifest; files: string[] }> {
  const found = new Map<string, { manifest: InstalledManifest; files: string[] }>();
  const pending = names.map((name) => ({ name, from: root }));
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { name, from } = next;
    if (found.has(name)) continue;
    const nested = path.join(from, "node_modules", name);
    const dir = existsSync(nested) ? nested : path.join(root, "node_modules", name);
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as InstalledManifest;
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => !file.startsWith("node_modules"));
    found.set(name, { manifest, files });
    const dependencies = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.optionalDependencies ?? {})];
    pending.push(...dependencies.map((dependency) => ({ name: dependency, from: dir })));
  }
  return found;
}

const names = (dir: string, suffix: string): string[] =>
  readdirSync(path.join(root, dir))
    .filter((file) => file.endsWith(suffix) && file !== `index${suffix}`)
    .map((file) => file.slice(0, -suffix.length))
    .sort();

describe("package invariants", () => {
  const ruleNames = Object.keys(rules).sort();

  it("rule files == exported rules == test files == doc pages", () => {
    expect(names("src/rules", ".ts")).toEqual(ruleNames);
    expect(names("tests/rules", ".test.ts")).toEqual(ruleNames);
    expect(names("docs/rules", ".md")).toEqual(ruleNames);
  });

  it("plugin meta comes from package.json", () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: "grammy-reliability" });
    expect(packageJson.repository.url).toContain(repositoryUrl.replace("https://", ""));
  });

  it("exposes only the documented entry points; ESLint is the only peer", () => {
    expect(Object.keys(packageJson.exports).sort()).toEqual([".", "./deno", "./package.json"]);
    expect(packageJson.peerDependencies).toEqual({ eslint: "^8.57.0 || ^9.0.0 || ^10.0.0" });
  });

  // docs/resolution.md: module resolution as the user's toolchain does it, from two small pure-JS
  // packages; and the ./deno entry's scopes from typescript-eslint's scope manager (README: deno lint).
  // Whatever they pull in installs everywhere ESLint does: no install scripts, no native binaries,
  // no platform packages, and no TypeScript.
  it("depends at run time only on get-tsconfig, resolve-pkg-maps and the scope manager, pure JavaScript all the way down", () => {
    expect(Object.keys(packageJson.dependencies ?? {}).sort()).toEqual(["@typescript-eslint/scope-manager", "get-tsconfig", "resolve-pkg-maps"]);
    const installed = runtimeClosure(Object.keys(packageJson.dependencies ?? {}));
    expect([...installed.keys()].sort()).toEqual([
      "@typescript-eslint/scope-manager",
      "@typescript-eslint/types",
      "@typescript-eslint/visitor-keys",
      "eslint-visitor-keys",
      "get-tsconfig",
      "resolve-pkg-maps",
    ]);
    for (const [name, { manifest, files }] of installed) {
      const scripts = Object.keys(manifest.scripts ?? {}).filter((script) => /^(pre|post)?install$|^prepare$/.test(script));
      expect(scripts, `${name}'s install scripts`).toEqual([]);
      expect(manifest.gypfile, `${name}'s gypfile`).toBeUndefined();
      expect(manifest.optionalDependencies ?? {}, `${name}'s optional (platform) packages`).toEqual({});
      expect(manifest.os ?? manifest.cpu, `${name}'s platform restriction`).toBeUndefined();
      expect(files.filter((file) => /\.(node|wasm|gyp)$/.test(file)), `${name}'s binaries`).toEqual([]);
      expect(["MIT", "Apache-2.0"], `${name}'s license`).toContain(manifest.license);
      expect({ ...manifest.dependencies, ...manifest.peerDependencies }, name).not.toHaveProperty("typescript");
    }
  });

  describe.each(ruleNames)("rule %s", (name) => {
    const rule = rules[name];
    if (!rule) throw new Error(name);

    it("is named after its file and documented at its doc page", () => {
      expect(rule.name).toBe(name);
      expect(rule.meta.docs?.url).toBe(docsUrl(name));
      expect(existsSync(path.join(root, "docs/rules", `${name}.md`))).toBe(true);
      expect(rule.meta.docs?.description).toMatch(/^(Require|Disallow|Enforce) /);
      expect(["problem", "suggestion"]).toContain(rule.meta.type);
    });

    it("describes every option and rejects unknown keys", () => {
      const problems: string[] = [];
      const visit = (schema: unknown, where: string): void => {
        if (typeof schema !== "object" || schema === null) return;
        const node = schema as Record<string, unknown>;
        if (node.type === "object") {
          if (node.additionalProperties !== false) problems.push(`${where}: additionalProperties must be false`);
          for (const [key, value] of Object.entries((node.properties ?? {}) as Record<string, unknown>)) {
            if (typeof (value as { description?: unknown }).description !== "string") {
              problems.push(`${where}.${key}: no description`);
            }
            visit(value, `${where}.${key}`);
          }
        }
        if (node.items) visit(node.items, `${where}[]`);
      };
      const schema = rule.meta.schema;
      (Array.isArray(schema) ? schema : [schema]).forEach((item, index) => {
        visit(item, `options[${index}]`);
      });
      expect(problems).toEqual([]);
      expect(rule.meta.defaultOptions?.length ?? 0).toBe(Array.isArray(schema) ? schema.length : 0);
    });
  });
});

describe("configs", () => {
  const expected = Object.fromEntries(
    Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs?.recommended)
      .map(([name]) => [`grammy-reliability/${name}`, "error"]),
  );

  it("derive from the rules' metadata", () => {
    expect(plugin.configs.recommended).toEqual({ plugins: ["grammy-reliability"], rules: expected });
    expect(plugin.configs["flat/recommended"]).toEqual({
      name: "grammy-reliability/recommended",
      plugins: { "grammy-reliability": plugin },
      rules: expected,
    });
  });

  it.each([
    ["flat/recommended in an array", () => [plugin.configs["flat/recommended"]]],
    [
      "defineConfig extends (falls back to flat/recommended)",
      () => defineConfig({ plugins: { "grammy-reliability": plugin as never }, extends: ["grammy-reliability/recommended"] }),
    ],
  ])("load in real ESLint 10: %s", async (_, config) => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config() as never });
    const resolved = (await eslint.calculateConfigForFile(path.join(root, "bot.js"))) as { rules: Record<string, unknown> };
    const ours = Object.fromEntries(Object.entries(resolved.rules).filter(([name]) => name.startsWith("grammy-reliability/")));
    expect(Object.keys(ours).sort()).toEqual(Object.keys(expected).sort());
    const [result] = await eslint.lintText('import { Bot } from "grammy";\nconst bot = new Bot("t");\n', { filePath: "bot.js" });
    expect(result?.messages.filter((message) => message.fatal)).toEqual([]);
  });
});

describe("the built package", () => {
  it("loads neither TypeScript nor typescript-eslint when linting untyped", () => {
    const script = `
      const Module = require("node:module");
      const loaded = new Set();
      const load = Module._load;
      Module._load = function (request, ...rest) { loaded.add(request); return load.call(this, request, ...rest); };
      const plugin = require(${JSON.stringify(root)});
      const { Linter } = require("eslint");
      const linter = new Linter({ configType: "flat" });
      linter.verify('const { Bot } = require("grammy"); const bot = new Bot("t"); bot.on("message", (ctx) => { ctx.reply("x"); });',
        [plugin.configs["flat/recommended"]], "bot.js");
      console.log(JSON.stringify([...loaded].filter((r) => /typescript/.test(r))));
    `;
    const output = execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(output)).toEqual([]);
  });

  it("resolves a tsconfig paths alias from the CommonJS build (get-tsconfig loaded through require)", () => {
    const script = `
      const { resolveSpecifier } = require(${JSON.stringify(path.join(root, "dist/grammy/modules/resolve.js"))});
      const from = ${JSON.stringify(path.join(root, "tests/fixtures/modules/paths/main.ts"))};
      console.log(JSON.stringify([resolveSpecifier(from, "@app/create.js"), resolveSpecifier(from, "@app/missing.js") ?? null]));
    `;
    const output = execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(output)).toEqual([{ kind: "file", path: path.join(root, "tests/fixtures/modules/paths/create.ts") }, null]);
  });
});

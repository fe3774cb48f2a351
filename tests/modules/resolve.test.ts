// Module resolution as the project's toolchain does it (docs/resolution.md): tsconfig.json and
// jsconfig.json `paths` and `baseUrl`, package.json `imports`, workspace packages, declaration
// files. Each case is a small project written to a temporary folder, positive and negative.

import tsParser from "@typescript-eslint/parser";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

import { parseTsconfig } from "get-tsconfig";

import { derivedLifetimeMs, fileSystem } from "../../src/grammy/modules/files";
import { loadSourceCode } from "../../src/grammy/modules/loader";
import { resolveSpecifier } from "../../src/grammy/modules/resolve";
import { expandFolders, pnpmPatterns } from "../../src/grammy/modules/workspaces";
import { removeTempProjects, tempProject } from "./helpers";

// get-tsconfig as it is, with its calls counted: relative specifiers must not read a config.
vi.mock("get-tsconfig", async (importOriginal) => {
  const actual = await importOriginal<typeof import("get-tsconfig")>();
  return { ...actual, parseTsconfig: vi.fn(actual.parseTsconfig) };
});

afterAll(removeTempProjects);

afterEach(() => {
  vi.restoreAllMocks();
});

const botModule = 'import { Bot } from "grammy";\nexport const bot = new Bot("");\n';

/** What `specifier` names from `from` (a file of `dir`), with the project path cut off file results. */
function resolved(dir: string, from: string, specifier: string): string | { grammy: string } | undefined {
  const result = resolveSpecifier(path.join(dir, from), specifier);
  if (result?.kind === "grammy") return { grammy: result.module };
  return result && path.relative(dir, result.path).split(path.sep).join("/");
}

describe("relative specifiers of JavaScript and TypeScript importers", () => {
  it("a JavaScript importer loads `.js` first, as Node does; a TypeScript importer `.ts`; each falls back to the other", () => {
    const dir = tempProject({
      "src/index.js": 'const { setup } = require("./handlers/start");\n',
      "src/index.ts": 'import { setup } from "./handlers/start";\n',
      "src/handlers/start.js": "module.exports = { setup() {} };\n",
      "src/handlers/start.ts": "export function setup() {}\n",
      "src/only-ts.ts": "export {};\n",
      "src/only-js.js": "module.exports = {};\n",
      "src/lib/index.js": "module.exports = {};\n",
      "src/lib/index.ts": "export {};\n",
    });
    expect(resolved(dir, "src/index.js", "./handlers/start")).toBe("src/handlers/start.js");
    expect(resolved(dir, "src/index.ts", "./handlers/start")).toBe("src/handlers/start.ts");
    expect(resolved(dir, "src/index.js", "./only-ts")).toBe("src/only-ts.ts");
    expect(resolved(dir, "src/index.ts", "./only-js")).toBe("src/only-js.js");
    expect(resolved(dir, "src/index.js", "./lib")).toBe("src/lib/index.js");
    expect(resolved(dir, "src/index.ts", "./lib")).toBe("src/lib/index.ts");
    // Named with its own extension, a file is that file.
    expect(resolved(dir, "src/index.js", "./handlers/start.ts")).toBe("src/handlers/start.ts");
  });
});

describe("tsconfig.json paths and baseUrl", () => {
  it("a `@/*` alias, with TypeScript's .js -> .ts and index files", () => {
    const dir = tempProject({
      "tsconfig.json": { compilerOptions: { paths: { "@/*": ["./src/*"], "~config": ["./src/config/index.ts"] } } },
      "src/bot.ts": botModule,
      "src/handlers/index.ts": "",
      "src/config/index.ts": "",
      "src/main.ts": "",
    });
    expect(resolved(dir, "src/main.ts", "@/bot")).toBe("src/bot.ts");
    expect(resolved(dir, "src/main.ts", "@/bot.js")).toBe("src/bot.ts");
    expect(resolved(dir, "src/main.ts", "@/handlers")).toBe("src/handlers/index.ts");
    expect(resolved(dir, "src/main.ts", "~config")).toBe("src/config/index.ts");
    // Not there, or not mapped: a package as far as the analysis knows.
    expect(resolved(dir, "src/main.ts", "@/missing")).toBeUndefined();
    expect(resolved(dir, "src/main.ts", "@other/bot")).toBeUndefined();
    expect(resolved(dir, "src/main.ts", "src/bot")).toBeUndefined(); // no baseUrl
  });

  it("baseUrl alone: `src/bot` from the project root, paths relative to it", () => {
    const dir = tempProject({
      "tsconfig.json": { compilerOptions: { baseUrl: "." } },
      "src/bot.ts": botModule,
      "src/features/start.ts": "",
    });
    expect(resolved(dir, "src/features/start.ts", "src/bot")).toBe("src/bot.ts");
    expect(resolved(dir, "src/features/start.ts", "src/nothing")).toBeUndefined();
    expect(resolved(dir, "src/features/start.ts", "dotenv")).toBeUndefined();
    const nested = tempProject({ "tsconfig.json": { compilerOptions: { baseUrl: "./src" } }, "src/bot.ts": botModule, "src/main.ts": "" });
    expect(resolved(nested, "src/main.ts", "bot")).toBe("src/bot.ts");
  });

  it("follows an extends chain: paths of the base config, relative to the base config's folder", () => {
    const dir = tempProject({
      "tsconfig.json": { extends: "./tsconfig.base.json", compilerOptions: { strict: true } },
      "tsconfig.base.json": '{\n  // comments and trailing commas, as tsc allows\n  "compilerOptions": { "paths": { "@/*": ["./src/*"], }, },\n}\n',
      "src/bot.ts": botModule,
      "src/main.ts": "",
    });
    expect(resolved(dir, "src/main.ts", "@/bot")).toBe("src/bot.ts");
    const deeper = tempProject({
      "tsconfig.json": { extends: "./config/tsconfig.paths.json" },
      "config/tsconfig.paths.json": { compilerOptions: { paths: { "#lib/*": ["../lib/*"] } } },
      "lib/bot.ts": botModule,
      "main.ts": "",
    });
    expect(resolved(deeper, "main.ts", "#lib/bot")).toBe("lib/bot.ts");
  });

  it("the nearest config wins: a folder's own tsconfig.json hides the root's paths", () => {
    const dir = tempProject({
      "tsconfig.json": { compilerOptions: { paths: { "@/*": ["./src/*"] } } },
      "src/bot.ts": botModule,
      "tools/tsconfig.json": { compilerOptions: {} },
      "tools/script.ts": "",
      "src/main.ts": "",
    });
    expect(resolved(dir, "src/main.ts", "@/bot")).toBe("src/bot.ts");
    expect(resolved(dir, "tools/script.ts", "@/bot")).toBeUndefined();
  });

  it("jsconfig.json in a JavaScript project; a tsconfig.json beside it comes first", () => {
    const dir = tempProject({
      "jsconfig.json": { compilerOptions: { baseUrl: ".", paths: { "@/*": ["src/*"] } } },
      "src/bot.js": 'const { Bot } = require("grammy");\nmodule.exports = { bot: new Bot("") };\n',
      "src/main.js": "",
    });
    expect(resolved(dir, "src/main.js", "@/bot")).toBe("src/bot.js");
    expect(resolved(dir, "src/main.js", "@/bot.js")).toBe("src/bot.js");
    const both = tempProject({
      "jsconfig.json": { compilerOptions: { paths: { "@/*": ["./js/*"] } } },
      "tsconfig.json": { compilerOptions: { paths: { "@/*": ["./ts/*"] } } },
      "js/bot.js": "",
      "ts/bot.ts": "",
      "main.ts": "",
    });
    expect(resolved(both, "main.ts", "@/bot")).toBe("ts/bot.ts");
  });

  it("an alias of grammY's package or URL is grammY", () => {
    const dir = tempProject({
      "tsconfig.json": {
        compilerOptions: {
          paths: {
            tg: ["./node_modules/grammy"],
            "tg-runner": ["./node_modules/@grammyjs/runner/out/mod.js"],
            "$grammy/*": ["https://deno.land/x/grammy@v1.46.0/*"],
            other: ["./node_modules/other"],
          },
        },
      },
      "node_modules/grammy/out/mod.js": "",
      "node_modules/other/index.ts": "",
      "main.ts": "",
    });
    expect(resolved(dir, "main.ts", "tg")).toEqual({ grammy: "grammy" });
    expect(resolved(dir, "main.ts", "tg-runner")).toEqual({ grammy: "runner" });
    expect(resolved(dir, "main.ts", "$grammy/mod.ts")).toEqual({ grammy: "grammy" });
    // A package installed in node_modules is not the project's own file, even behind an alias.
    expect(resolved(dir, "main.ts", "other")).toBeUndefined();
  });

  it("a broken config is ignored and never throws: invalid JSON, a cycle, an extends not installed", () => {
    const invalid = tempProject({ "tsconfig.json": '{ "compilerOptions": { "paths": { "@/*": ["./src/*"', "src/bot.ts": "", "main.ts": "" });
    expect(() => resolveSpecifier(path.join(invalid, "main.ts"), "@/bot")).not.toThrow();
    expect(resolved(invalid, "main.ts", "@/nothing")).toBeUndefined();
    const garbage = tempProject({ "tsconfig.json": "this is not JSON at all }}}", "main.ts": "" });
    expect(resolved(garbage, "main.ts", "@/bot")).toBeUndefined();
    const cycle = tempProject({
      "tsconfig.json": { extends: "./b.json", compilerOptions: { paths: { "@/*": ["./src/*"] } } },
      "b.json": { extends: "./tsconfig.json" },
      "src/bot.ts": "",
      "main.ts": "",
    });
    expect(resolved(cycle, "main.ts", "@/bot")).toBe("src/bot.ts"); // tsc reports the cycle and keeps the options
    // `@tsconfig/node20` in a checkout without node_modules: tsc goes on with the config's own options.
    const uninstalled = tempProject({
      "tsconfig.json": { extends: "@tsconfig/node20/tsconfig.json", compilerOptions: { paths: { "@/*": ["./src/*"] } } },
      "src/bot.ts": "",
      "main.ts": "",
    });
    expect(resolved(uninstalled, "main.ts", "@/bot")).toBe("src/bot.ts");
    // A non-relative target without baseUrl, which tsc rejects: no mapping at all.
    const rejected = tempProject({ "tsconfig.json": { compilerOptions: { paths: { "@/*": ["src/*"] } } }, "src/bot.ts": "", "main.ts": "" });
    expect(resolved(rejected, "main.ts", "@/bot")).toBeUndefined();
    const unreadable = tempProject({ "tsconfig.json/placeholder": "", "main.ts": "" }); // a folder named tsconfig.json
    expect(resolved(unreadable, "main.ts", "@/bot")).toBeUndefined();
  });

  it("sees an edited config once the lifetime of cached answers has passed", () => {
    const dir = tempProject({ "tsconfig.json": { compilerOptions: {} }, "src/bot.ts": "", "main.ts": "" });
    const start = Date.now();
    const now = vi.spyOn(Date, "now").mockReturnValue(start);
    expect(resolved(dir, "main.ts", "@/bot")).toBeUndefined();
    writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { paths: { "@/*": ["./src/*"] } } }));
    expect(resolved(dir, "main.ts", "@/bot")).toBeUndefined(); // within one lint run: the answer stands
    now.mockReturnValue(start + derivedLifetimeMs + 1);
    expect(resolved(dir, "main.ts", "@/bot")).toBe("src/bot.ts");
  });

  it("a relative specifier reads no config; bare ones read it once for all the folders under it", () => {
    const dir = tempProject({
      "tsconfig.json": { compilerOptions: { paths: { "@/*": ["./src/*"] } } },
      "src/bot.ts": "",
      "src/main.ts": "",
      "src/features/start.ts": "",
    });
    const parses = vi.mocked(parseTsconfig);
    parses.mockClear();
    const list = vi.spyOn(fileSystem, "list");
    expect(resolved(dir, "src/main.ts", "./bot.js")).toBe("src/bot.ts");
    expect(resolved(dir, "src/main.ts", "../src/bot")).toBe("src/bot.ts");
    expect(parses).not.toHaveBeenCalled();
    expect(list.mock.calls.map(([folder]) => path.relative(dir, folder))).toEqual(["src"]);
    expect(resolved(dir, "src/main.ts", "@/bot")).toBe("src/bot.ts");
    expect(parses).toHaveBeenCalledTimes(1);
    expect(resolved(dir, "src/main.ts", "@/other")).toBeUndefined();
    expect(resolved(dir, "src/bot.ts", "lodash")).toBeUndefined();
    expect(resolved(dir, "src/features/start.ts", "@/bot")).toBe("src/bot.ts");
    expect(parses).toHaveBeenCalledTimes(1);
  });
});

describe("package.json imports", () => {
  it("`#root/*` subpath imports, plain and conditional, from the nearest package.json", () => {
    const dir = tempProject({
      "package.json": {
        name: "bot",
        imports: {
          "#root/*": "./src/*",
          "#config": { types: "./src/config.d.ts", node: "./src/config.js", default: "./src/config.js" },
          "#tg": "grammy",
          "#missing": "./src/missing.js",
        },
      },
      "src/bot.ts": botModule,
      "src/config.js": "",
      "src/features/start.ts": "",
    });
    expect(resolved(dir, "src/features/start.ts", "#root/bot.js")).toBe("src/bot.ts");
    expect(resolved(dir, "src/features/start.ts", "#config")).toBe("src/config.js"); // what runs before what is declared
    expect(resolved(dir, "src/features/start.ts", "#tg")).toEqual({ grammy: "grammy" });
    expect(resolved(dir, "src/features/start.ts", "#missing")).toBeUndefined();
    expect(resolved(dir, "src/features/start.ts", "#undefined/bot.js")).toBeUndefined();
  });

  it("a nested package.json without imports hides the root's, as in Node", () => {
    const dir = tempProject({
      "package.json": { imports: { "#root/*": "./src/*" } },
      "src/bot.ts": "",
      "scripts/package.json": { type: "module" },
      "scripts/run.ts": "",
    });
    expect(resolved(dir, "scripts/run.ts", "#root/bot.js")).toBeUndefined();
  });
});

describe("workspace packages", () => {
  const sharedPackage = {
    "packages/shared/package.json": {
      name: "@acme/shared",
      type: "module",
      exports: {
        ".": { types: "./dist/index.d.ts", import: "./dist/index.js" },
        "./bot": { types: "./dist/bot.d.ts", import: "./dist/bot.js" },
      },
    },
    "packages/shared/src/index.ts": 'export * from "./bot.js";\n',
    "packages/shared/src/bot.ts": botModule,
    "apps/telegram/package.json": { name: "@acme/telegram", dependencies: { "@acme/shared": "workspace:*" } },
    "apps/telegram/src/main.ts": 'import { bot } from "@acme/shared";\n',
  };

  it("npm/yarn `workspaces`: exports to a dist/ that was never built lead to the sources", () => {
    const dir = tempProject({ "package.json": { private: true, workspaces: ["packages/*", "apps/*"] }, ...sharedPackage });
    expect(resolved(dir, "apps/telegram/src/main.ts", "@acme/shared")).toBe("packages/shared/src/index.ts");
    expect(resolved(dir, "apps/telegram/src/main.ts", "@acme/shared/bot")).toBe("packages/shared/src/bot.ts");
    expect(resolved(dir, "apps/telegram/src/main.ts", "@acme/shared/internal")).toBeUndefined(); // not exported
    expect(resolved(dir, "apps/telegram/src/main.ts", "@acme/unknown")).toBeUndefined();
    expect(resolved(dir, "apps/telegram/src/main.ts", "lodash")).toBeUndefined();
  });

  it("a built dist/ is what the package exports, and is followed", () => {
    const dir = tempProject({
      "package.json": { private: true, workspaces: { packages: ["packages/*"] } }, // yarn 1's form
      ...sharedPackage,
      "packages/shared/dist/index.js": 'export * from "./bot.js";\n',
    });
    expect(resolved(dir, "apps/telegram/src/main.ts", "@acme/shared")).toBe("packages/shared/dist/index.js");
  });

  it("pnpm-workspace.yaml `packages:` globs", () => {
    const dir = tempProject({
      "package.json": { private: true },
      "pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n  - \"apps/*\" # the bots\n  - '!**/fixtures/**'\ncatalog:\n  grammy: ^1.46.0\n",
      ...sharedPackage,
      "packages/tools/package.json": { name: "@acme/tools", main: "./lib/index.js" },
      "packages/tools/lib/index.js": "",
      "packages/tools/fixtures/demo/package.json": { name: "@acme/demo" },
      "packages/tools/fixtures/demo/index.ts": "",
    });
    expect(pnpmPatterns(dir)).toEqual(["packages/*", "apps/*", "!**/fixtures/**"]);
    expect(resolved(dir, "apps/telegram/src/main.ts", "@acme/shared")).toBe("packages/shared/src/index.ts");
    expect(resolved(dir, "apps/telegram/src/main.ts", "@acme/tools")).toBe("packages/tools/lib/index.js");
    expect(resolved(dir, "apps/telegram/src/main.ts", "@acme/demo")).toBeUndefined(); // not a workspace folder
    const flow = tempProject({ "pnpm-workspace.yaml": "packages: [packages/*, 'apps/*']\n", ...sharedPackage });
    expect(resolved(flow, "apps/telegram/src/main.ts", "@acme/shared/bot")).toBe("packages/shared/src/bot.ts");
  });

  it("main, module and source without exports; src/index or index as the last resort", () => {
    const dir = tempProject({
      "package.json": { workspaces: ["packages/*"] },
      "packages/a/package.json": { name: "a", main: "./dist/index.js", source: "./src/main.ts" },
      "packages/a/src/main.ts": "",
      "packages/b/package.json": { name: "b", main: "./build/index.js" },
      "packages/b/src/index.ts": "",
      "packages/c/package.json": { name: "c" },
      "packages/c/index.ts": "",
      "packages/c/utils/format.ts": "",
      "packages/d/package.json": { name: "d", types: "./types/index.d.ts" },
      "packages/d/types/index.d.ts": "export declare const x: number;\n",
      "main.ts": "",
    });
    expect(resolved(dir, "main.ts", "a")).toBe("packages/a/src/main.ts");
    expect(resolved(dir, "main.ts", "b")).toBe("packages/b/src/index.ts");
    expect(resolved(dir, "main.ts", "c")).toBe("packages/c/index.ts");
    expect(resolved(dir, "main.ts", "c/utils/format.js")).toBe("packages/c/utils/format.ts");
    expect(resolved(dir, "main.ts", "d")).toBe("packages/d/types/index.d.ts");
  });

  it("never resolves into node_modules: an installed package is not the project's", () => {
    const dir = tempProject({
      "package.json": { workspaces: ["packages/*"] },
      "node_modules/lodash/package.json": { name: "lodash", main: "index.js" },
      "node_modules/lodash/index.js": "",
      "packages/a/package.json": { name: "a", main: "../../node_modules/lodash/index.js" },
      "main.ts": "",
    });
    expect(resolved(dir, "main.ts", "lodash")).toBeUndefined();
    expect(resolved(dir, "main.ts", "a")).toBeUndefined(); // its entry points out of the package
  });

  it("a link loop in the workspace does not hang, and a linked package is found", () => {
    const dir = tempProject({
      "package.json": { workspaces: ["packages/**", "linked/*"] },
      "packages/a/package.json": { name: "a" },
      "packages/a/index.ts": "",
      "elsewhere/b/package.json": { name: "b" },
      "elsewhere/b/index.ts": "",
      "main.ts": "",
    });
    symlinkSync(path.join(dir, "packages"), path.join(dir, "packages", "a", "loop"), "dir"); // packages/a/loop -> packages
    symlinkSync("self", path.join(dir, "packages", "self"), "dir"); // a link to itself (ELOOP)
    mkdirSync(path.join(dir, "linked"));
    symlinkSync(path.join(dir, "elsewhere", "b"), path.join(dir, "linked", "b"), "dir");
    expect(resolved(dir, "main.ts", "a")).toBe("packages/a/index.ts");
    expect(resolved(dir, "main.ts", "b")).toBe("linked/b/index.ts");
    expect(expandFolders(dir, "packages/**").map((folder) => path.relative(dir, folder)).sort()).toEqual(["packages", "packages/a"]);
  });
});

describe("declaration files", () => {
  it("`x.d.ts`, `x.d.mts`, `x.d.cts` and `index.d.ts`, after sources and before JavaScript", () => {
    const dir = tempProject({
      "types.d.ts": "export declare const x: number;\n",
      "esm.d.mts": "",
      "cjs.d.cts": "",
      "lib/index.d.ts": "",
      "both.ts": "",
      "both.d.ts": "",
      "compiled.d.ts": "",
      "compiled.js": "",
      "main.ts": "",
    });
    expect(resolved(dir, "main.ts", "./types")).toBe("types.d.ts");
    expect(resolved(dir, "main.ts", "./types.js")).toBe("types.d.ts");
    expect(resolved(dir, "main.ts", "./esm.mjs")).toBe("esm.d.mts");
    expect(resolved(dir, "main.ts", "./cjs.cjs")).toBe("cjs.d.cts");
    expect(resolved(dir, "main.ts", "./lib")).toBe("lib/index.d.ts");
    expect(resolved(dir, "main.ts", "./both")).toBe("both.ts");
    expect(resolved(dir, "main.ts", "./compiled")).toBe("compiled.d.ts"); // as TypeScript: the declaration first
    expect(resolved(dir, "main.ts", "./compiled.js")).toBe("compiled.js"); // the file named exists
    expect(resolved(dir, "main.ts", "./nothing")).toBeUndefined();
  });

  it("a declaration file is parsed with the TypeScript parser", () => {
    const dir = tempProject({ "bot.d.ts": 'import type { Bot } from "grammy";\nexport declare const bot: Bot;\nexport declare function start(): Promise<void>;\n' });
    const sourceCode = loadSourceCode(path.join(dir, "bot.d.ts"), { parser: tsParser as never, parserOptions: {}, ecmaVersion: "latest" });
    expect(sourceCode?.ast.body.map((statement) => statement.type)).toEqual(["ImportDeclaration", "ExportNamedDeclaration", "ExportNamedDeclaration"]);
  });
});

describe("cost", () => {
  it("a project without configs resolves a relative specifier from one folder listing", () => {
    const dir = tempProject({ "src/bot.ts": "", "src/main.ts": "" });
    const list = vi.spyOn(fileSystem, "list");
    const read = vi.spyOn(fileSystem, "read");
    expect(resolved(dir, "src/main.ts", "./bot.js")).toBe("src/bot.ts");
    expect(list.mock.calls.map(([folder]) => path.relative(dir, folder))).toEqual(["src"]);
    expect(read).not.toHaveBeenCalled();
  });
});

// The cross-module recogniser: resolving specifiers, import maps, export tables, and the kinds the
// model learns from other modules of a project (tests/fixtures/modules/), with and without types.

import tsParser, { parse } from "@typescript-eslint/parser";
import * as espree from "espree";
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import type { TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

import {
  errorHandlerVerdict,
  externalSetupOf,
  handedSetupOf,
  shutdownListenersOf,
  type ExternalSetup,
  type GrammyKind,
  type GrammyModel,
} from "../../src/grammy";
import { exportTableOf } from "../../src/grammy/modules/exports";
import { loadSourceCode, parseSettingsOf, type ParseSettings } from "../../src/grammy/modules/loader";
import { importClosure, importsLeadToGrammy, specifiersIn, specifiersOfProgram } from "../../src/grammy/modules/graph";
import { applyImportMap, importMapFor, parseJsonc } from "../../src/grammy/modules/import-map";
import { resolveRelative, resolveSpecifier } from "../../src/grammy/modules/resolve";
import { allNodes, probe } from "../utils/probe";
import { brokenProject, modulesDir, probeFile } from "./helpers";

const at = (file: string): string => path.join(modulesDir, file);
/** A file of the temporary copy of `broken/`, which has the module that does not parse. */
const broken = (file: string): string => path.join(brokenProject(), file);

/** The LAST expression of a fixture file whose text is exactly `text`. */
function nodeOf(model: GrammyModel, program: TSESTree.Program, text: string): TSESTree.Node {
  const matches = allNodes(program).filter(
    (node) => node.type !== "Program" && !node.type.endsWith("Statement") && model.sourceCode.getText(node) === text,
  );
  const node = matches.sort((a, b) => a.range[0] - b.range[0]).at(-1);
  if (!node) throw new Error(`no expression ${text}`);
  return node;
}

function kindIn(file: string, text: string, typed = false): GrammyKind | undefined {
  return probeFile(file, (model, program) => model.kindOf(nodeOf(model, program, text)), { typed });
}

describe("resolving specifiers", () => {
  it("relative: TypeScript's .js -> .ts, added extensions, index files", () => {
    expect(resolveRelative(at("singleton/main.ts"), "./bot.js")).toBe(at("singleton/bot.ts"));
    expect(resolveRelative(at("singleton/main.ts"), "./bot")).toBe(at("singleton/bot.ts"));
    expect(resolveRelative(at("singleton/main.ts"), "./bot.ts")).toBe(at("singleton/bot.ts"));
    expect(resolveRelative(at("commonjs/main.js"), "./bot")).toBe(at("commonjs/bot.js"));
    expect(resolveRelative(at("context/features/start.ts"), "../context.js")).toBe(at("context/context.ts"));
    expect(resolveRelative(at("main.ts"), "./context/features")).toBeUndefined(); // no index file there
    expect(resolveRelative(at("singleton/main.ts"), "./missing.js")).toBeUndefined();
    expect(resolveRelative(at("singleton/main.ts"), "grammy")).toBeUndefined();
    expect(resolveRelative(at("import-map/main.ts"), "./deno.jsonc")).toBeUndefined(); // not a source file
  });

  it("grammY, packages, URLs", () => {
    expect(resolveSpecifier(at("singleton/main.ts"), "grammy")).toEqual({ kind: "grammy", module: "grammy" });
    expect(resolveSpecifier(at("singleton/main.ts"), "@grammyjs/runner")).toEqual({ kind: "grammy", module: "runner" });
    expect(resolveSpecifier(at("singleton/main.ts"), "lodash")).toBeUndefined();
    expect(resolveSpecifier(at("singleton/main.ts"), "https://example.com/mod.ts")).toBeUndefined();
  });

  it("Deno import maps: exact and prefix aliases, in deno.jsonc with comments and trailing commas", () => {
    const map = importMapFor(at("import-map/main.ts"));
    expect(map?.directory).toBe(at("import-map"));
    expect(applyImportMap(map, "tg/mod.ts")).toBe("https://deno.land/x/grammy@v1.46.0/mod.ts");
    expect(applyImportMap(map, "runner")).toBe("https://deno.land/x/grammy_runner@v2.0.3/mod.ts");
    expect(applyImportMap(map, "other")).toBeUndefined();
    expect(resolveSpecifier(at("import-map/main.ts"), "tg/mod.ts")).toEqual({ kind: "grammy", module: "grammy" });
    expect(resolveSpecifier(at("import-map/main.ts"), "runner")).toEqual({ kind: "grammy", module: "runner" });
    // No Deno config up the tree from the other fixtures (the repository has none).
    expect(importMapFor(at("singleton/main.ts"))).toBeUndefined();
  });

  it("parses JSONC without touching strings", () => {
    expect(parseJsonc('{ "a": "// not a comment", /* c */ "b": [1, 2,], }')).toEqual({ a: "// not a comment", b: [1, 2] });
    expect(parseJsonc('{ "a": "x,}" }')).toEqual({ a: "x,}" });
    expect(parseJsonc("not json")).toBeUndefined();
    expect(parseJsonc("[1]")).toBeUndefined();
  });
});

describe("the import graph (text only)", () => {
  it("finds specifiers of imports, re-exports, require and import()", () => {
    expect(
      specifiersIn(`import a from "./a";\nexport * from './b';\nconst c = require("./c");\nawait import("./d");\nimport "./e";`),
    ).toEqual(["./a", "./b", "./c", "./d", "./e"]);
  });

  it("reads a parsed file's specifiers off its top-level statements, or scans it where imports may hide", () => {
    const ofProgram = (code: string): string[] =>
      probe(code, "ts", (model, program) => specifiersOfProgram(program, model.sourceCode.text));
    const topLevel = `import a from "./a";\nexport * from './b';\nexport { c } from "./c";\nimport d = require("./d");\nimport "./e";\nexport const f = 1;`;
    // `import d = require(...)` names "require": the text is scanned, with the same answer.
    expect(ofProgram(topLevel)).toEqual(["./a", "./b", "./c", "./d", "./e"]);
    expect(ofProgram(topLevel.replace('import d = require("./d");\n', ""))).toEqual(["./a", "./b", "./c", "./e"]);
    expect(ofProgram('import a from "./a";\nasync function f() { await import("./g"); }')).toEqual(["./a", "./g"]);
    expect(ofProgram('import a from "./a";\nlet t: import("./types").T;')).toEqual(["./a", "./types"]);
    expect(ofProgram('function f() { const x = require("./x"); }')).toEqual(["./x"]);
    expect(ofProgram('declare module "augmented" {\n  import { X } from "./inner";\n}')).toEqual(["./inner"]);
  });

  it("a file leads to grammY through its imports, or through an import-map alias", () => {
    expect(importsLeadToGrammy(at("runner/admin.ts"), 'import { runner } from "./runner.js";')).toBe(true);
    expect(importsLeadToGrammy(at("import-map/main.ts"), 'import { Bot } from "tg/mod.ts";')).toBe(true);
    expect(importsLeadToGrammy(at("lazy/plain.ts"), 'import { format } from "./util.js";')).toBe(false);
    expect(importsLeadToGrammy(at("lazy/plain.ts"), 'import { format } from "./missing.js";')).toBe(false);
  });

  it("with types, a package import in the closure counts; the runtime's own modules never do", () => {
    const runtime = 'import { readFile } from "node:fs/promises";\nimport { EventEmitter } from "events";';
    expect(importsLeadToGrammy(at("lazy/plain.ts"), runtime, true)).toBe(false);
    expect(importsLeadToGrammy(at("lazy/plain.ts"), 'import { x } from "some-package";', true)).toBe(true);
    expect(importsLeadToGrammy(at("lazy/plain.ts"), 'import { x } from "some-package";', false)).toBe(false);
    expect(importsLeadToGrammy(at("lazy/via-package-user.ts"), 'import { client } from "./via-package.js";', true)).toBe(true);
    expect(importsLeadToGrammy(at("lazy/via-package-user.ts"), 'import { client } from "./via-package.js";', false)).toBe(false);
  });

  it("lists a file's import closure", () => {
    expect(importClosure(at("singleton/covered-main.ts"))).toEqual([at("singleton/errors.ts"), at("singleton/bot.ts")]);
  });
});

describe("export tables", () => {
  const table = (code: string): ReturnType<typeof exportTableOf> =>
    exportTableOf(parse(code, { range: true, loc: true, sourceType: "module" }));

  it("ES modules: declarations, specifiers, default, re-exports", () => {
    const { named, star, commonjs } = table(
      `export const bot = x, { a: alias } = y;\nexport function f() {}\nexport type T = 1;\nconst z = 1;\nexport { z as zed };\nexport { Bot as B } from "grammy";\nexport * as ns from "./ns";\nexport * from "./rest";\nexport default z;`,
    );
    expect([...named.keys()]).toEqual(["bot", "alias", "f", "T", "zed", "B", "ns", "default"]);
    expect(named.get("B")).toEqual({ kind: "reexport", specifier: "grammy", name: "Bot" });
    expect(named.get("ns")).toEqual({ kind: "reexport", specifier: "./ns", name: "*" });
    expect(star).toEqual(["./rest"]);
    expect(commonjs).toBeUndefined();
  });

  it("CommonJS: module.exports objects and exports.x", () => {
    const { named, commonjs } = table(`module.exports = { bot, "quoted": 1, [computed]: 2 };\nexports.createBot = createBot;\nmodule.exports.other = 3;`);
    expect([...named.keys()]).toEqual(["bot", "quoted", "createBot", "other"]);
    expect(commonjs?.type).toBe("ObjectExpression");
  });
});

describe.each([false, true])("kinds from other modules (typed: %s)", (typed) => {
  it.each<[string, string, GrammyKind, string]>([
    ["singleton/main.ts", "bot", "Bot", "an exported singleton"],
    ["singleton/safe-main.ts", "bot", "Bot", "a default export"],
    ["factory/main.ts", "bot", "Bot", "the result of an imported factory"],
    ["subclass/plain-main.ts", "bot", "Bot", "an instance of an imported subclass"],
    ["context/features/start.ts", "ctx", "Context", "a context type alias from context.ts"],
    ["context/features/help.ts", "ctx", "Context", "the alias through a namespace import"],
    ["deno/bot.ts", "bot", "Bot", "Bot re-exported by deps.ts (export * from a URL)"],
    ["deno/main.ts", "bot", "Bot", "a bot of a module that imports grammY through deps.ts"],
    ["import-map/main.ts", "bot", "Bot", "an import-map alias"],
    ["runner/admin.ts", "runner", "RunnerHandle", "an exported runner handle"],
    ["singleton/handlers.ts", "ctx", "Context", "a handler on an imported bot"],
  ])("%s: %s is a %s (%s)", (file, text, kind) => {
    expect(kindIn(file, text, typed)).toBe(kind);
  });

  it("run re-exported by deps.ts is the runner's", () => {
    expect(probeFile("deno/main.ts", (model, program) => model.exportOf(nodeOf(model, program, "run")), { typed })).toEqual({
      module: "runner",
      name: "run",
    });
  });

  it("unknown stays unknown: a module with a syntax error, a missing module", () => {
    expect(kindIn(broken("main.ts"), "shared", typed)).toBeUndefined();
    expect(kindIn(broken("main.ts"), "createBot()", typed)).toBeUndefined();
  });
});

describe("kinds from CommonJS modules", () => {
  it.each([
    ["commonjs/main.js", "bot", "Bot"],
    ["commonjs/create-main.js", "bot", "Bot"],
  ] as const)("%s: %s is a %s", (file, text, kind) => {
    expect(kindIn(file, text)).toBe(kind);
  });
});

describe("setup done in other modules", () => {
  const setupOf = (file: string, text: string): ExternalSetup | undefined =>
    probeFile(file, (model, program) => externalSetupOf(model, nodeOf(model, program, text)));
  interface Summary {
    errorHandler: "installed" | "absent" | "unknown";
    stopsOn: string[];
    unreadable: boolean;
  }
  const summary = (setup: ExternalSetup | undefined): Summary | undefined =>
    setup && { errorHandler: errorHandlerVerdict(setup), stopsOn: [...setup.stopsOn].sort(), unreadable: setup.unreadable };

  it("the module that exports the bot, and the modules of the import closure that import it", () => {
    expect(summary(setupOf("singleton/main.ts", "bot"))).toEqual({ errorHandler: "absent", stopsOn: [], unreadable: false });
    expect(summary(setupOf("singleton/safe-main.ts", "bot"))).toEqual({
      errorHandler: "installed",
      stopsOn: ["SIGINT", "SIGTERM"],
      unreadable: false,
    });
    expect(summary(setupOf("singleton/covered-main.ts", "bot"))).toEqual({
      errorHandler: "installed",
      stopsOn: ["SIGINT", "SIGTERM"],
      unreadable: false,
    });
  });

  it("factories and subclasses", () => {
    expect(summary(setupOf("factory/main.ts", 'createBot(process.env.BOT_TOKEN ?? "")'))).toEqual({
      errorHandler: "installed",
      stopsOn: ["SIGINT", "SIGTERM"],
      unreadable: false,
    });
    expect(summary(setupOf("subclass/main.ts", 'new MyBot(process.env.BOT_TOKEN ?? "")'))?.errorHandler).toBe("installed");
    expect(summary(setupOf("subclass/plain-main.ts", 'new PlainBot(process.env.BOT_TOKEN ?? "")'))?.errorHandler).toBe("absent");
  });

  it("not from another module: nothing to say", () => {
    expect(setupOf("helpers/main.ts", "bot")).toBeUndefined();
  });

  it("a module that cannot be parsed is unreadable, never absent", () => {
    expect(summary(setupOf(broken("main.ts"), "shared"))).toEqual({ errorHandler: "unknown", stopsOn: [], unreadable: true });
  });

  it("helpers handed the bot, in another module", () => {
    const handed = (file: string, callee: string): unknown =>
      probeFile(file, (model, program) => {
        const call = allNodes(program).find(
          (node): node is TSESTree.CallExpression =>
            node.type === "CallExpression" && model.sourceCode.getText(node.callee) === callee,
        );
        return call && summary(handedSetupOf(model, call, 0));
      });
    expect(handed("helpers/main.ts", "setupErrorHandling")).toEqual({ errorHandler: "installed", stopsOn: [], unreadable: false });
    expect(handed("helpers/main.ts", "registerShutdown")).toEqual({
      errorHandler: "absent",
      stopsOn: ["SIGINT", "SIGTERM"],
      unreadable: false,
    });
    expect(handed("helpers/main.ts", "registerCommands")).toEqual({ errorHandler: "absent", stopsOn: [], unreadable: false });
    expect(handed(broken("local.ts"), "registerShutdown")).toEqual({ errorHandler: "unknown", stopsOn: [], unreadable: true });
  });
});

describe("shutdown helpers", () => {
  const listenersIn = (file: string): unknown =>
    probeFile(file, (model, program) =>
      allNodes(program)
        .filter((node): node is TSESTree.CallExpression => node.type === "CallExpression")
        .flatMap((call) => shutdownListenersOf(model, call))
        .map((listener) => ({
          call: model.sourceCode.getText(listener.call.callee),
          signals: listener.signals,
          listener: listener.listener?.type,
        })),
    );

  it("the common libraries, with the signals they listen to", () => {
    expect(listenersIn("shutdown/libraries.ts")).toEqual([
      { call: "onShutdown", signals: ["SIGINT", "SIGTERM", "SIGQUIT"], listener: "ArrowFunctionExpression" },
      { call: "closeWithGrace", signals: ["SIGINT", "SIGTERM"], listener: "ArrowFunctionExpression" },
      { call: "exitHook", signals: ["SIGINT", "SIGTERM"], listener: "ArrowFunctionExpression" },
      { call: "asyncExitHook", signals: ["SIGINT", "SIGTERM"], listener: "ArrowFunctionExpression" },
      { call: "createTerminus", signals: ["SIGTERM", "SIGINT"], listener: "ArrowFunctionExpression" },
    ]);
    expect(listenersIn("shutdown/terminus-default.ts")).toEqual([
      { call: "createTerminus", signals: ["SIGTERM"], listener: "ArrowFunctionExpression" },
    ]);
  });

  it("a project function that registers its callback parameter (for...of over the signals)", () => {
    expect(listenersIn("shutdown/local-helper.ts")).toEqual([
      { call: "onShutdown", signals: ["SIGINT", "SIGTERM"], listener: "ArrowFunctionExpression" },
    ]);
  });
});

describe("loading other modules", () => {
  const tsSettings: ParseSettings = { parser: tsParser as never, parserOptions: {}, ecmaVersion: "latest" };

  it("takes the linted file's parser from flat config or from ESLint 8's parserPath", () => {
    const flat = parseSettingsOf({ languageOptions: { parser: tsParser, parserOptions: { a: 1 }, ecmaVersion: 2022 } } as never);
    expect(flat).toEqual({ parser: tsParser, parserOptions: { a: 1 }, ecmaVersion: 2022 });
    const parserPath = createRequire(__filename).resolve("@typescript-eslint/parser");
    const eslintrc = parseSettingsOf({ parserPath, parserOptions: { b: 2 } } as never);
    expect(typeof eslintrc.parser?.parseForESLint).toBe("function");
    expect(eslintrc.parserOptions).toEqual({ b: 2 });
    const throwing = parseSettingsOf({
      get languageOptions(): never {
        throw new Error("not in this mode");
      },
    } as never);
    expect(throwing.parser).toBeUndefined();
  });

  it("parses a module once per version, with scopes and parents, and without type information", () => {
    const file = at("singleton/bot.ts");
    const typedOptions: ParseSettings = { ...tsSettings, parserOptions: { project: "./no-such-tsconfig.json", projectService: true } };
    const sourceCode = loadSourceCode(file, typedOptions);
    expect(sourceCode).toBeDefined();
    expect(loadSourceCode(file, typedOptions)).toBe(sourceCode);
    if (!sourceCode) throw new Error("not loaded");
    const declaration = sourceCode.ast.body[1];
    if (declaration?.type !== "ExportNamedDeclaration") throw new Error("unexpected fixture");
    expect(declaration.parent).toBe(sourceCode.ast);
    expect(sourceCode.getScope(declaration).set.has("bot")).toBe(true);
  });

  it("parses an asked-about module as typescript-eslint's parser would, without its tokens and comments", () => {
    // Tokens, comments and node maps are what the rules never read on another module; the tree and
    // every scope must be the parser's own, modules and CommonJS scripts (a global return) alike.
    const plain = (node: unknown): string =>
      JSON.stringify(node, (key, value: unknown) => (key === "parent" || key === "tokens" || key === "comments" ? undefined : value));
    const scopes = (manager: unknown): string[] =>
      (manager as { scopes: { type: string; variables: { name: string; references: unknown[] }[] }[] }).scopes.map(
        (scope) => `${scope.type}: ${scope.variables.map((variable) => `${variable.name}/${variable.references.length}`).join(" ")}`,
      );
    const script = path.join(mkdtempSync(path.join(tmpdir(), "grammy-light-")), "start.cjs");
    writeFileSync(script, 'const { Bot } = require("grammy");\nif (!process.env.TOKEN) return;\nmodule.exports = new Bot(process.env.TOKEN);\n');
    for (const [file, sourceType] of [
      [at("singleton/bot.ts"), "module"],
      [at("commonjs/create.js"), "module"],
      [script, "script"],
    ] as const) {
      const sourceCode = loadSourceCode(file, tsSettings);
      if (!sourceCode) throw new Error(`not loaded: ${file}`);
      expect(sourceCode.ast.sourceType).toBe(sourceType);
      expect(sourceCode.ast.tokens).toEqual([]);
      expect(sourceCode.ast.comments).toEqual([]);
      const full = tsParser.parseForESLint(sourceCode.text, {
        sourceType,
        range: true,
        loc: true,
        filePath: file,
        ecmaFeatures: { globalReturn: sourceType === "script" },
      });
      expect(full.ast.tokens.length).toBeGreaterThan(0);
      expect(plain(sourceCode.ast)).toBe(plain(full.ast));
      expect(scopes(sourceCode.scopeManager)).toEqual(scopes(full.scopeManager));
    }
  });

  it("with type information, takes a module's tree from the program instead of parsing it again", () => {
    const plain = (node: unknown): string =>
      JSON.stringify(node, (key, value: unknown) => (key === "parent" || key === "tokens" || key === "comments" ? undefined : value));
    const dir = mkdtempSync(path.join(tmpdir(), "grammy-program-"));
    const file = path.join(dir, "bot.ts");
    const edited = path.join(dir, "edited.ts");
    const text = 'import { Bot } from "grammy";\nexport const bot = new Bot<MyContext>(process.env.TOKEN ?? "");\n';
    writeFileSync(file, text);
    writeFileSync(edited, "export const before = 1;\n");
    const program = ts.createProgram([file, edited], { noEmit: true, strict: true });
    // Which tree the loader takes shows in a name: the program's copy of bot.ts is TypeScript's tree
    // of a text that names `bat`, presented with the text on disk.
    const programCopy = ts.createSourceFile(file, text.replace("const bot", "const bat"), ts.ScriptTarget.Latest, true);
    Object.assign(programCopy, { text });
    const asked: string[] = [];
    const spy = new Proxy(program, {
      get(target, key, receiver) {
        if (key !== "getSourceFile") return Reflect.get(target, key, receiver) as unknown;
        return (name: string) => {
          asked.push(name);
          return name === file ? programCopy : target.getSourceFile(name);
        };
      },
    });
    const sourceCode = loadSourceCode(file, { ...tsSettings, program: spy });
    expect(asked).toContain(file);
    expect(sourceCode?.text).toBe(text);
    expect(plain(sourceCode?.ast)).toContain('"name":"bat"');
    const parsed = tsParser.parseForESLint(text.replace("const bot", "const bat"), { sourceType: "module", range: true, loc: true, filePath: file });
    expect(plain(sourceCode?.ast)).toBe(plain(parsed.ast));
    expect(sourceCode?.getScope(sourceCode.ast.body[1] as TSESTree.Node).set.has("bat")).toBe(true);
    // The program holds another text (an editor's unsaved buffer, a file changed since): the file on disk is parsed.
    writeFileSync(edited, "export const after = 2;\n");
    utimesSync(edited, new Date(), new Date(Date.now() + 5000));
    const fromDisk = loadSourceCode(edited, { ...tsSettings, program: spy });
    expect(fromDisk?.text).toBe("export const after = 2;\n");
    expect(plain(fromDisk?.ast)).toContain('"name":"after"');
  });

  it("parses JavaScript with espree and eslint-scope, CommonJS included", () => {
    const sourceCode = loadSourceCode(at("commonjs/bot.js"), { parser: espree as never, parserOptions: {}, ecmaVersion: "latest" });
    expect(sourceCode?.scopeManager?.scopes.length).toBeGreaterThan(1);
  });

  it("unknown stays unknown: a syntax error, a missing file, TypeScript seen from espree", () => {
    expect(loadSourceCode(broken("syntax-error.ts"), tsSettings)).toBeUndefined();
    expect(loadSourceCode(broken("missing.ts"), tsSettings)).toBeUndefined();
    expect(loadSourceCode(at("singleton/bot.ts"), { parser: espree as never, parserOptions: {}, ecmaVersion: "latest" })).toBeUndefined();
    expect(loadSourceCode(at("singleton/bot.ts"), { parser: undefined, parserOptions: {}, ecmaVersion: "latest" })).toBeUndefined();
  });
});

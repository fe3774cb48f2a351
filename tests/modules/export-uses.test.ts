// The reverse search for an export's uses parses only the importers whose text may hold one. This
// file runs in a process of its own (vitest isolates test files), so no cache of another test
// hides a parse; each test has a parser of its own, and the caches are per parser.

import tsParser from "@typescript-eslint/parser";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import type { ParseSettings } from "../../src/grammy/modules/loader";
import { exportUseIn } from "../../src/grammy/project/handoffs";
import { referencesToExport } from "../../src/grammy/project/uses";
import { removeTempProjects, tempProject } from "./helpers";

afterAll(removeTempProjects);

const dir = tempProject({
  "package.json": { name: "bot", private: true, dependencies: { grammy: "^1.0.0" } },
  "util.ts": [
    "export function format(value: string) { return `[${value}]`; }",
    "export function handle(ctx: unknown) { return ctx; }",
    "export function unused() {}",
    "export default function main() {}",
    "export class Store {}",
    "",
  ].join("\n"),
  // Registers `handle` and calls `format` with a literal only.
  "bot.ts": [
    'import { Bot } from "grammy";',
    'import main, { format, handle, unused as gone } from "./util";',
    'const bot = new Bot("");',
    'format("start");',
    'bot.command("start", (ctx) => handle(ctx));',
    "",
  ].join("\n"),
  // Only calls with literals, as statements whose results nobody keeps: `format` and the class,
  // behind `new`. (A kept result may come back as a handler: see tests/grammy/project-root.test.ts.)
  "plain.ts": ['import { format, Store } from "./util";', 'format("1");', "new Store();", ""].join("\n"),
  // Type-only: nothing at run time.
  "types.ts": ['import type { Store } from "./util";', "export type Stores = Store[];", ""].join("\n"),
  // CommonJS: a destructured `require`, renamed, called with a literal; and a whole `require` never used.
  "legacy.ts": ['const { format: f } = require("./util");', 'const whole = require("./util");', 'f("x");', ""].join("\n"),
  // A namespace import: any export may be meant.
  "namespace.ts": ['import * as util from "./util";', "export const h = util.handle;", ""].join("\n"),
  // A barrel: the search follows it as before.
  "index.ts": ['export { handle as onStart } from "./util";', ""].join("\n"),
  "main.ts": ['import { onStart } from "./index";', 'import { Bot } from "grammy";', 'new Bot("").command("go", onStart);', ""].join("\n"),
});

const file = (name: string): string => path.join(dir, name);

/** typescript-eslint's parser, counting the files it parses (relative to the project). */
function countingSettings(): { settings: ParseSettings; parsed: string[] } {
  const parsed: string[] = [];
  const parser = {
    parseForESLint(code: string, options: Record<string, unknown>) {
      parsed.push(typeof options.filePath === "string" ? path.relative(dir, options.filePath) : "?");
      return tsParser.parseForESLint(code, options) as never;
    },
  };
  return { settings: { parser, parserOptions: {}, ecmaVersion: "latest" }, parsed };
}

/** Where the references found are: file and line. */
function places(references: readonly { file: string; node: { loc: { start: { line: number } } } }[]): string[] {
  return references.map((reference) => `${path.relative(dir, reference.file)}:${reference.node.loc.start.line}`).sort();
}

describe("exportUseIn: what an importer's text shows about one export", () => {
  it("tells unused, literal-only and handed exports apart, per binding shape", () => {
    const util = file("util.ts");
    expect(exportUseIn(file("bot.ts"), util, "unused")).toBe("none"); // imported as `gone`, never mentioned
    expect(exportUseIn(file("bot.ts"), util, "default")).toBe("none");
    expect(exportUseIn(file("bot.ts"), util, "Store")).toBe("none"); // not imported at all
    expect(exportUseIn(file("bot.ts"), util, "format")).toBe("inert");
    expect(exportUseIn(file("bot.ts"), util, "handle")).toBeUndefined(); // handed a context
    expect(exportUseIn(file("plain.ts"), util, "Store")).toBe("inert"); // `new Store()`
    expect(exportUseIn(file("types.ts"), util, "Store")).toBe("none"); // `import type`
    expect(exportUseIn(file("legacy.ts"), util, "format")).toBe("inert"); // `const { format: f } = require()`
    expect(exportUseIn(file("legacy.ts"), util, "handle")).toBe("none");
    expect(exportUseIn(file("legacy.ts"), util, "module.exports")).toBe("none"); // `whole` is never used
    expect(exportUseIn(file("namespace.ts"), util, "unused")).toBeUndefined(); // `import * as`: cannot tell
    expect(exportUseIn(file("index.ts"), util, "unused")).toBeUndefined(); // a re-export: cannot tell
  });
});

describe("referencesToExport: importers that cannot hold a use are not parsed", () => {
  it("an export nobody mentions parses only the importers that reach the module in other ways", () => {
    const { settings, parsed } = countingSettings();
    expect(referencesToExport(file("util.ts"), "unused", settings)).toEqual([]);
    expect(parsed.sort()).toEqual(["index.ts", "namespace.ts"]);
  });

  it("an export called with literals only is searched for any use, and skipped for hand-offs", () => {
    const handed = countingSettings();
    expect(referencesToExport(file("util.ts"), "format", handed.settings, true)).toEqual([]);
    expect(handed.parsed.sort()).toEqual(["index.ts", "namespace.ts"]);
    const any = countingSettings();
    expect(places(referencesToExport(file("util.ts"), "format", any.settings))).toEqual(["bot.ts:4", "legacy.ts:3", "plain.ts:2"]);
    expect(any.parsed.sort()).toEqual(["bot.ts", "index.ts", "legacy.ts", "namespace.ts", "plain.ts"]);
  });

  it("a handed export is found as before: named, namespace and through a barrel", () => {
    const { settings, parsed } = countingSettings();
    expect(places(referencesToExport(file("util.ts"), "handle", settings, true))).toEqual(["bot.ts:5", "main.ts:3", "namespace.ts:2"]);
    expect(parsed.sort()).toEqual(["bot.ts", "index.ts", "main.ts", "namespace.ts"]);
  });
});

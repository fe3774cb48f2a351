// The linted file is offered to other files' questions from the text the project pass read, with
// no look at the file system, and never when ESLint lints another text (an unsaved buffer). This
// file runs in a process of its own (vitest isolates test files): no other test's cache interferes.

import tsParser from "@typescript-eslint/parser";
import type { TSESLint } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

import { fileSystem, readProjectFile } from "../../src/grammy/modules/files";
import { loadSourceCode, offerLintedSource, type ParseSettings } from "../../src/grammy/modules/loader";
import { removeTempProjects, tempProject } from "./helpers";

afterAll(removeTempProjects);

const text = 'import { Bot } from "grammy";\n\nexport const bot = new Bot("");\n';
const dir = tempProject({ "bot.ts": text });
const file = path.join(dir, "bot.ts");

/** The SourceCode ESLint hands a rule for `code` linted as `file` (parent links set). */
function lintedSource(code: string): TSESLint.SourceCode {
  let sourceCode: TSESLint.SourceCode | undefined;
  const capture = { create: (context: { sourceCode: TSESLint.SourceCode }) => ((sourceCode = context.sourceCode), {}) };
  new Linter({ configType: "flat", cwd: "/" }).verify(
    code,
    [{ files: ["**/*.ts"], languageOptions: { parser: tsParser }, plugins: { t: { rules: { capture } } } as never, rules: { "t/capture": "error" } }],
    file,
  );
  if (!sourceCode) throw new Error("no SourceCode captured");
  return sourceCode;
}

const settingsWith = (): ParseSettings => ({ parser: { parseForESLint: tsParser.parseForESLint } as never, parserOptions: {}, ecmaVersion: "latest" });

describe("offerLintedSource", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("offers the text the project pass read without a look at the file system, and the offer is what others get", () => {
    expect(readProjectFile(file)).toBe(text); // as the project index reads every file
    const sourceCode = lintedSource(text);
    // Later than the lifetime of a looked-up modification time: a look now would ask the disk.
    vi.spyOn(Date, "now").mockReturnValue(Date.now() + 60_000);
    const mtime = vi.spyOn(fileSystem, "mtime");
    const read = vi.spyOn(fileSystem, "read");
    const settings = settingsWith();
    expect(offerLintedSource(file, settings, sourceCode)).toBe(true);
    expect(mtime).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    expect(loadSourceCode(file, settings)).toBe(sourceCode);
  });

  it("does not offer an unsaved buffer, of the same length or not", () => {
    expect(readProjectFile(file)).toBe(text);
    expect(offerLintedSource(file, settingsWith(), lintedSource(text.replace('""', "''")))).toBe(false);
    expect(offerLintedSource(file, settingsWith(), lintedSource(`${text}bot.start();\n`))).toBe(false);
  });
});

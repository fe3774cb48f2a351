// Other modules are read only when the linted file needs an answer. This file runs in a process of
// its own (vitest isolates test files), so no cache of another test hides a read.

import tsParser from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

import { fileSystem } from "../../src/grammy/modules/files";
import { rules } from "../../src/rules";
import { modulesDir, probeFile } from "./helpers";

/** typescript-eslint's parser, counting the files it parses. */
function countingParser(): { parser: Linter.Parser; parsed: string[] } {
  const parsed: string[] = [];
  const parser: Linter.Parser = {
    meta: { name: "counting-parser" },
    parseForESLint(code: string, options?: Record<string, unknown>) {
      parsed.push(typeof options?.filePath === "string" ? path.relative(modulesDir, options.filePath) : "?");
      return tsParser.parseForESLint(code, options) as never;
    },
  };
  return { parser, parsed };
}

/** Every rule of the plugin on one fixture file; returns the rule ids reported. */
function lintWithAllRules(file: string, parser: Linter.Parser): string[] {
  const filename = path.join(modulesDir, file);
  const linter = new Linter({ configType: "flat", cwd: "/" });
  const messages = linter.verify(
    readFileSync(filename, "utf8"),
    [
      {
        files: ["**/*.ts"],
        languageOptions: { parser, sourceType: "module" },
        plugins: { grammy: { rules: rules as never } },
        rules: Object.fromEntries(Object.keys(rules).map((name) => [`grammy/${name}`, "error"])),
      },
    ],
    filename,
  );
  return messages.map((message) => message.ruleId ?? message.message);
}

describe("laziness", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("a file whose calls match no grammY method name reads no other file", () => {
    const read = vi.spyOn(fileSystem, "read");
    const mtime = vi.spyOn(fileSystem, "mtime");
    const list = vi.spyOn(fileSystem, "list");
    const { parser, parsed } = countingParser();
    // lazy/main.ts names grammy (so every rule runs) and imports two project modules, but calls
    // only `log(...)` and `format(...)`: nothing makes a rule ask what they are.
    expect(lintWithAllRules("lazy/main.ts", parser)).toEqual([]);
    expect(parsed).toEqual(["lazy/main.ts"]);
    expect(read).not.toHaveBeenCalled();
    expect(mtime).not.toHaveBeenCalled();
    expect(list).not.toHaveBeenCalled();
  });

  it("a file that does not name grammY reads the text of its imports, parses none, and runs no rule", () => {
    const read = vi.spyOn(fileSystem, "read");
    const { parser, parsed } = countingParser();
    const touches = probeFile("lazy/plain.ts", (model) => model.touchesGrammy, { parser });
    expect(touches).toBe(false);
    expect(parsed).toEqual(["lazy/plain.ts"]);
    expect(read.mock.calls.map(([file]) => path.relative(modulesDir, file))).toEqual(["lazy/util.ts"]);
  });

  it("a question about an imported bot parses that module, and only once", () => {
    const { parser, parsed } = countingParser();
    const ask = (model: import("../../src/grammy").GrammyModel, program: TSESTree.Program): unknown => {
      const statement = program.body.at(-1);
      const call = statement?.type === "ExpressionStatement" ? statement.expression : undefined;
      const start = call?.type === "AwaitExpression" ? call.argument : call;
      return start?.type === "CallExpression" && start.callee.type === "MemberExpression"
        ? model.kindOf(start.callee.object)
        : undefined;
    };
    expect(probeFile("singleton/main.ts", ask, { parser })).toBe("Bot");
    expect(probeFile("singleton/main.ts", ask, { parser })).toBe("Bot");
    expect(parsed).toEqual(["singleton/main.ts", "singleton/bot.ts", "singleton/main.ts"]);
  });
});

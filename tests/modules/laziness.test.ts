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
import { allNodes } from "../utils/probe";
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

  it("a file whose calls match no grammY method name parses only the module of a function whose promise it drops", () => {
    const { parser, parsed } = countingParser();
    // lazy/main.ts names grammy (so every rule runs) and imports two project modules, and calls
    // only `log(...)` and `format(...)`. `log(...)` is dropped as a statement, so its module is
    // read once to learn whether `log` passes on a grammY rejection (it does not); `format(...)`,
    // whose value is used, makes no rule ask anything.
    expect(lintWithAllRules("lazy/main.ts", parser)).toEqual([]);
    expect(parsed).toEqual(["lazy/main.ts", "singleton/bot.ts"]);
  });

  it("a file that does not name grammY reads the text of its imports, parses none, and runs no rule", () => {
    const read = vi.spyOn(fileSystem, "read");
    const { parser, parsed } = countingParser();
    const touches = probeFile("lazy/plain.ts", (model) => model.touchesGrammy, { parser });
    expect(touches).toBe(false);
    expect(parsed).toEqual(["lazy/plain.ts"]);
    // The project view also reads the nearest manifest, once a while, to learn whether the project
    // depends on grammY (this one does not: no importer is scanned). An earlier test may have read it.
    const reads = read.mock.calls.map(([file]) => path.relative(modulesDir, file));
    expect(reads.filter((file) => file !== "package.json")).toEqual(["lazy/util.ts"]);
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

describe("laziness with type information", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("a file importing only the runtime's modules and plain project modules is no grammY file", () => {
    expect(probeFile("lazy/runtime-only.ts", (model) => model.touchesGrammy, { typed: true })).toBe(false);
    expect(probeFile("lazy/runtime-only.ts", (model) => model.touchesGrammy)).toBe(false);
  });

  it("a package import, in the file or in a project module it imports, may bring grammY objects", () => {
    for (const file of ["lazy/via-package.ts", "lazy/via-package-user.ts"]) {
      expect(probeFile(file, (model) => model.touchesGrammy, { typed: true })).toBe(true);
      // Without types, nothing can come through a package unseen: its calls are not grammY's.
      expect(probeFile(file, (model) => model.touchesGrammy)).toBe(false);
    }
  });

  it("asks the type checker nothing that syntax answers", () => {
    const asked = probeFile(
      "lazy/typed-calls.ts",
      (model, program) => {
        const checker = (model.sourceCode.parserServices as { program: import("typescript").Program }).program.getTypeChecker();
        const typeAt = vi.spyOn(checker, "getTypeAtLocation");
        const resolved = vi.spyOn(checker, "getResolvedSignature");
        const calls = allNodes(program).filter((node): node is TSESTree.CallExpression => node.type === "CallExpression");
        const text = (call: TSESTree.CallExpression): string => model.sourceCode.getText(call);
        const isControl = (call: TSESTree.CallExpression): boolean => text(call) === "mystery.run()";
        // What the rules ask of every call (`all.filter(...)` makes them ask what `all` is).
        const questions = (call: TSESTree.CallExpression): unknown[] => [
          model.promiseCall(call)?.method,
          model.registrationTarget(call) && "registration",
        ];
        const answers = calls.filter((call) => !isControl(call)).map((call) => [text(call), ...questions(call)]);
        const bySyntax = { typeAt: typeAt.mock.calls.length, resolved: resolved.mock.calls.length };
        const control = calls.filter(isControl).map(questions);
        return { answers, bySyntax, control: typeAt.mock.calls.length + resolved.mock.calls.length - bySyntax.typeAt - bySyntax.resolved, controlAnswers: control };
      },
      { typed: true },
    );
    expect(asked.bySyntax).toEqual({ typeAt: 0, resolved: 0 });
    expect(asked.answers.filter(([, method]) => method !== undefined).map(([call]) => call)).toEqual([
      'ctx.reply("a")',
      'ctx.reply("b")',
      'ctx.reply("c")',
    ]);
    expect(asked.answers.find(([call]) => typeof call === "string" && call.startsWith("bot.on("))).toEqual([
      expect.stringMatching(/^bot\.on\(/),
      undefined,
      "registration",
    ]);
    // The control: what syntax cannot answer goes to the checker (so the spies do see its calls).
    expect(asked.control).toBeGreaterThan(0);
    expect(asked.controlAnswers).toEqual([[undefined, undefined]]);
  });
});

import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import { isKnownNotGrammy, isSurelyNotGrammyDeclared } from "../../src/grammy/not-grammy";
import { allNodes, probe, type ProbeLanguage } from "../utils/probe";

const header = 'import { Bot } from "grammy";\nconst bot = new Bot("t");\n';

/** The answer for the last call of `code` whose text is `text` (the call, not its arguments). */
function callAnswer(
  code: string,
  text: string,
  ask: typeof isSurelyNotGrammyDeclared,
  language: ProbeLanguage = "ts",
): boolean {
  return probe(header + code, language, (model, program) => {
    const calls = allNodes(program).filter(
      (node): node is TSESTree.CallExpression => node.type === "CallExpression" && model.sourceCode.getText(node) === text,
    );
    const call = calls.sort((a, b) => a.range[0] - b.range[0]).at(-1);
    if (!call) throw new Error(`no call ${text}`);
    return ask(model, call);
  });
}

/** Whether the last expression statement's expression (or identifier) is proven no grammY object. */
function expressionAnswer(code: string, language: ProbeLanguage = "ts"): boolean {
  return probe(header + code, language, (model, program) => {
    const last = program.body.at(-1);
    if (last?.type !== "ExpressionStatement") throw new Error("the code must end in an expression statement");
    return isKnownNotGrammy(model, last.expression);
  });
}

describe("isSurelyNotGrammyDeclared: calls the type checker need not be asked about", () => {
  it.each([
    ["console.log(1);", "console.log(1)"],
    ["setTimeout(() => {}, 1);", "setTimeout(() => {}, 1)"],
    ["process.once('SIGINT', () => {});", "process.once('SIGINT', () => {})"],
    ["function local() {}\nlocal();", "local()"],
    ["const local = () => 1;\nlocal();", "local()"],
    ['import { setTimeout as sleep } from "node:timers/promises";\nsleep(1);', "sleep(1)"],
    ["const seen = new Set<number>();\nseen.add(1);", "seen.add(1)"],
    ["const seen: Set<number> = new Set();\nseen.add(1);", "seen.add(1)"],
    ["const lines: string[] = [];\nlines.push('x');", "lines.push('x')"],
    ["[1, 2].forEach(() => {});", "[1, 2].forEach(() => {})"],
    ["async function f() { const all = await Promise.all([]); all.filter(Boolean); }", "all.filter(Boolean)"],
  ])("proven: %s", (code, call) => {
    expect(callAnswer(code, call, isSurelyNotGrammyDeclared)).toBe(true);
  });

  it.each([
    ['import { helper } from "./helpers";\nhelper();', "helper()", "a project module may re-export grammY's"],
    ['import { run } from "@grammyjs/runner";\nrun(bot);', "run(bot)", "grammY's own"],
    ["bot.api.sendMessage(1, 'x');", "bot.api.sendMessage(1, 'x')", "a grammY object"],
    ["let lines = [];\nlines.push('x');", "lines.push('x')", "`let` may be reassigned"],
    ["const seen: Store = new Set();\nseen.add(1);", "seen.add(1)", "annotated with another type"],
    ["class Set { add() {} }\nconst seen = new Set();\nseen.add(1);", "seen.add(1)", "a shadowed constructor"],
    ["const console = bot;\nconsole.start();", "console.start()", "a shadowed global"],
    ["declare const mystery: { run(): Promise<void> };\nmystery.run();", "mystery.run()", "only types know"],
  ])("not proven: %s (%s)", (code, call) => {
    expect(callAnswer(code, call, isSurelyNotGrammyDeclared)).toBe(false);
  });

  it("works on JavaScript too (CommonJS)", () => {
    const code = 'const { Bot } = require("grammy");\nconst seen = new Map();\nseen.set(1, 2);';
    expect(probe(code, "cjs", (model, program) => {
      const call = allNodes(program).find((node): node is TSESTree.CallExpression => node.type === "CallExpression" && model.sourceCode.getText(node) === "seen.set(1, 2)");
      return call !== undefined && isSurelyNotGrammyDeclared(model, call);
    })).toBe(true);
  });
});

describe("isKnownNotGrammy: values syntax proves are no grammY object", () => {
  it.each([
    ['bot.on("message", async (ctx) => { ctx.reply("x"); });\nctx;', false],
    ["bot.api.getMe();", true],
    ["async function f() { await bot.api.getMe(); }\nPromise.all([]);", true],
    ["Promise.allSettled([]);", true],
    ["const all = Promise.all([]);\nall;", true],
    ["const me = bot.api.getMe();\nme;", true],
  ])("%s -> %s", (code, proven) => {
    expect(expressionAnswer(code)).toBe(proven);
  });

  it.each([
    ['bot.on("message");', "a registration returns a Composer"],
    ["bot;", "a grammY object"],
    ["Promise.race([]);", "a race resolves to one of its values"],
    ["let me = bot.api.getMe();\nme;", "`let` may be reassigned"],
    ["const me: Message = bot.api.getMe();\nme;", "annotated"],
    ["class Promise { static all() { return bot; } }\nPromise.all();", "a shadowed Promise"],
    ["foo();", "unknown"],
  ])("not proven: %s (%s)", (code) => {
    expect(expressionAnswer(code)).toBe(false);
  });

  it("sees an awaited grammY method call: `await ctx.reply()` resolves to data", () => {
    const code = 'bot.on("message", async (ctx) => { const sent = await ctx.reply("x"); sent; });\n0;';
    expect(
      probe(header + code, "ts", (model, program) => {
        const sent = allNodes(program).find(
          (node) => node.type === "Identifier" && node.name === "sent" && node.parent.type === "ExpressionStatement",
        );
        return sent !== undefined && isKnownNotGrammy(model, sent);
      }),
    ).toBe(true);
  });
});

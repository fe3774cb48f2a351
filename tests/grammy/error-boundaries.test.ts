import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import { errorBoundaryOf } from "../../src/grammy";
import { allNodes, probe, type ProbeLanguage } from "../utils/probe";

const header = 'import { Bot, Composer } from "grammy";\nconst bot = new Bot(t);\n';

/** For each `errorBoundary(...)` call in `code`: whether it is a bot's boundary, and if it protects. */
function boundaries(code: string, language: ProbeLanguage = "ts"): (boolean | "none")[] {
  return probe(code, language, (model, program) =>
    allNodes(program)
      .filter((node): node is TSESTree.CallExpression => node.type === "CallExpression")
      .filter((call) => model.sourceCode.getText(call.callee).endsWith("errorBoundary"))
      .sort((a, b) => a.range[0] - b.range[0])
      .map((call) => errorBoundaryOf(model, call)?.protects ?? "none"),
  );
}

describe("errorBoundaryOf", () => {
  it("protects when it wraps middleware", () => {
    expect(boundaries(`${header}bot.errorBoundary(h, features);`)).toEqual([true]);
    expect(boundaries(`${header}bot.errorBoundary(h, ...features);`)).toEqual([true]);
    expect(boundaries(`${header}bot.errorBoundary(h, (ctx, next) => next(), other);`)).toEqual([true]);
  });

  it("protects when its composer gets middleware", () => {
    expect(boundaries(`${header}const safe = bot.errorBoundary(h);\nsafe.on("message", mw);`)).toEqual([true]);
    expect(boundaries(`${header}const safe = bot.errorBoundary(h);\nsafe.chatType("private").command("a", mw);`)).toEqual([
      true,
    ]);
    expect(boundaries(`${header}bot.errorBoundary(h).use(mw);`)).toEqual([true]);
    expect(boundaries(`${header}let safe;\nsafe = bot.errorBoundary(h);\nsafe.use(mw);`)).toEqual([true]);
  });

  it("counts as protecting when the composer goes out of sight", () => {
    expect(boundaries(`${header}register(bot.errorBoundary(h));`)).toEqual([true]);
    expect(boundaries(`${header}export const safe = bot.errorBoundary(h);`)).toEqual([true]);
    expect(boundaries(`${header}const safe = bot.errorBoundary(h);\nregister(safe);`)).toEqual([true]);
  });

  it("protects nothing when it wraps nothing and its composer gets no middleware", () => {
    expect(boundaries(`${header}bot.errorBoundary(h);`)).toEqual([false]);
    expect(boundaries(`${header}const safe = bot.errorBoundary(h);`)).toEqual([false]);
    expect(boundaries(`${header}const safe = bot.errorBoundary(h);\nbot.use(safe);\nsafe.middleware();`)).toEqual([false]);
    expect(boundaries(`${header}bot.use(bot.errorBoundary(h));`)).toEqual([false]);
    expect(boundaries(`${header}let a = bot.errorBoundary(h);\nlet b = a;\na = b;`)).toEqual([false]);
  });

  it("is a bot's boundary only: a composer's boundary protects that composer", () => {
    expect(boundaries(`${header}const c = new Composer();\nc.errorBoundary(h, mw);`)).toEqual(["none"]);
    expect(boundaries(`${header}other.errorBoundary(h, mw);`)).toEqual(["none"]);
  });

  it("CommonJS and typed", () => {
    const cjs = 'const { Bot } = require("grammy");\nconst bot = new Bot(t);\nbot.errorBoundary(h, mw);\nbot.errorBoundary(h);';
    expect(boundaries(cjs, "cjs")).toEqual([true, false]);
    const typed = `import { Bot } from "grammy";
export function setUp(bot: Bot) {
  bot.errorBoundary(console.error).on("message", (ctx) => ctx.reply("x"));
  bot.errorBoundary(console.error);
}`;
    expect(boundaries(typed, "typed")).toEqual([true, false]);
  });
});

import type { Linter } from "eslint";
import { describe, expect, it } from "vitest";

import { namedLanguages, namespace, sweeper } from "./harness";

// The edit checker must catch what it claims to: each kind of broken edit, made by hand here on a
// real report, is flagged (and a sound edit is not). Otherwise the property tests could not fail.

const ruleId = `${namespace}/no-floating-promises`;
const ruleConfig: Record<string, Linter.RuleEntry> = { [ruleId]: "error" };
const code = `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("hi"); // keep me
  (0, Number)(0);
});
`;

function check(text: string, edit: (statement: { start: number; end: number; call: number }) => { range: [number, number]; text: string }) {
  const language = namedLanguages.ts;
  const { messages, sourceCode } = sweeper.verify(text, language, ruleConfig);
  const message = messages.find((item) => item.ruleId === ruleId);
  if (!message) throw new Error("no-floating-promises no longer reports ctx.reply(): update this test's code");
  const call = text.indexOf('ctx.reply("hi")');
  const statement = { start: call, end: text.indexOf(";", call) + 1, call };
  return sweeper.checkEdit({ text, language, sourceCode, message, edit: edit(statement), ruleConfig }).map((problem) => problem.kind);
}

describe("checkEdit", () => {
  it("accepts a sound edit", () => {
    expect(check(code, ({ call }) => ({ range: [call, call], text: "await " }))).toEqual([]);
  });

  it.each([
    ["an edit that fixes nothing", "still-reported", ({ call }: { call: number }) => ({ range: [call, call] as [number, number], text: "" })],
    ["output that does not parse", "parse", ({ call }: { call: number }) => ({ range: [call, call] as [number, number], text: "await (" })],
    [
      "a dropped semicolon that merges the next line into the call",
      "structure",
      ({ start, end }: { start: number; end: number }) => ({ range: [start, end] as [number, number], text: 'void ctx.reply("hi").catch(() => {})' }),
    ],
    [
      "a dropped comment",
      "comments",
      ({ start }: { start: number }) => ({ range: [start, code.indexOf("\n", start)] as [number, number], text: 'await ctx.reply("hi");' }),
    ],
    ["a change far from the report", "outside", ({ call }: { call: number }) => ({ range: [0, call + 15] as [number, number], text: code.slice(0, call + 15).replace("grammy", "grammy ").replace('ctx.reply("hi")', 'await ctx.reply("hi")') })],
  ])("flags %s", (_, kind, edit) => {
    expect(check(code, edit)).toContain(kind);
  });

  it("flags a bare LF inserted into a CRLF file", () => {
    const crlf = code.replace(/\n/g, "\r\n");
    expect(check(crlf, ({ start }) => ({ range: [start, start], text: "// note\n  " }))).toContain("eol");
    expect(check(crlf, ({ start }) => ({ range: [start, start], text: "// note\r\n  " }))).not.toContain("eol");
  });
});

import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import { allNodes, probe, type ProbeLanguage } from "../utils/probe";

/** The callee text of every call the model calls a grammY promise. */
function promiseCalls(code: string, language: ProbeLanguage): string[] {
  return probe(code, language, (model, program) =>
    allNodes(program)
      .filter((node): node is TSESTree.CallExpression => node.type === "CallExpression")
      .filter((call) => model.promiseCall(call) !== undefined)
      .sort((a, b) => a.range[0] - b.range[0])
      .map((call) => model.sourceCode.getText(call.callee)),
  );
}

describe("the menu plugin's control panel", () => {
  const code = `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("callback_query", (ctx) => {
  ctx.menu.update();
  ctx.menu.update({ immediate: false });
  ctx.menu.update({ immediate: true });
  ctx.menu.close({ "immediate": true });
  ctx.menu.back({ immediate: true });
  ctx.menu.nav("settings");
  ctx.menu.nav("settings", { immediate: true });
  ctx.menu.nav({ immediate: true });
  other.menu.update({ immediate: true });
});`;

  it("is a promise only with { immediate: true }", () => {
    const expected = ["ctx.menu.update", "ctx.menu.close", "ctx.menu.back", "ctx.menu.nav"];
    expect(promiseCalls(code, "ts")).toEqual(expected);
    expect(promiseCalls(code, "esm")).toEqual(expected);
  });

  it("agrees with the menu plugin's overloads when types are there", () => {
    const typed = `import { Bot, type Context } from "grammy";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
type MyContext = Context & MenuFlavor;
export const menu = new Menu<MyContext>("main").text("Go", (ctx) => {
  ctx.menu.update();
  ctx.menu.nav("second");
  ctx.menu.update({ immediate: true });
  ctx.menu.close({ immediate: true });
});`;
    expect(promiseCalls(typed, "typed")).toEqual(["ctx.menu.update", "ctx.menu.close"]);
  });
});

describe("the conversations plugin", () => {
  const code = `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, createConversation } from "@grammyjs/conversations";
const bot = new Bot<ConversationFlavor<Context>>("t");
async function order(conversation: Conversation, ctx: Context) {
  conversation.wait();
  conversation.waitFor("message:text");
  conversation.waitForCommand("cancel");
  conversation.wait().andFor("message:photo").unless((c) => c.hasCommand("skip"));
  conversation.external(() => 1);
  conversation.halt();
  ctx.reply("hi");
}
bot.use(createConversation(order));
bot.command("order", (ctx) => ctx.conversation.enter("order"));`;

  it("wait calls and their filters are endorsed unawaited; other plugin promises are promises", () => {
    expect(promiseCalls(code, "typed")).toEqual([
      "conversation.external",
      "conversation.halt",
      "ctx.reply",
      "ctx.conversation.enter",
    ]);
  });

  it("without types, the same: the builder's handle and the context's controls are known by their place", () => {
    expect(promiseCalls(code, "ts")).toEqual(["conversation.external", "conversation.halt", "ctx.reply", "ctx.conversation.enter"]);
  });
});

// A grammY promise method handed over by reference to a caller that ignores what its callback
// returns (issue #17, real bots): `setTimeout(reply.delete, 5000)` under hydrate. The timer calls
// it later and drops its promise. Reported at the reference; for timers, a suggestion wraps it.

import rule from "../../src/rules/no-floating-promises";
import { cjsTester, esmTester, tsTester, typedFilename, typedTester } from "../utils/testers";

const timer = `import { Bot, type Context } from "grammy";
import { hydrate, type HydrateFlavor } from "@grammyjs/hydrate";
const bot = new Bot<HydrateFlavor<Context>>("t");
bot.use(hydrate());
bot.command("bye", async (ctx) => {
  const reply = await ctx.reply("This message deletes itself.");
  setTimeout(reply.delete, 5000);
});
`;

const timerError = {
  messageId: "floatingReference" as const,
  line: 7,
  column: 14,
  endLine: 7,
  endColumn: 26,
  data: { reference: "reply.delete", caller: "setTimeout()" },
  suggestions: [
    {
      messageId: "wrapReference" as const,
      output: timer.replace("setTimeout(reply.delete, 5000)", "setTimeout(() => reply.delete().catch((error) => console.error(error)), 5000)"),
    },
  ],
};

const validTs = [
  {
    name: "a function that ends the promise with .catch()",
    code: `import { Bot, type Context } from "grammy";
import { hydrate, type HydrateFlavor } from "@grammyjs/hydrate";
const bot = new Bot<HydrateFlavor<Context>>("t");
bot.command("bye", async (ctx) => {
  const reply = await ctx.reply("bye");
  setTimeout(() => reply.delete().catch(() => {}), 5000);
});`,
  },
  {
    name: "a non-grammY method by reference",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("log", async (ctx) => {
  setTimeout(console.log, 10);
  await ctx.reply("ok");
});`,
  },
  {
    name: "bot.stop handed to a signal listener is require-signal-handlers' to judge",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGINT", bot.stop);`,
  },
  {
    name: "a grammY method that returns no promise",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("x", async (ctx) => {
  [1, 2].forEach(ctx.has);
  await ctx.reply("ok");
});`,
  },
];

tsTester.run("promise methods by reference (TypeScript)", rule, {
  valid: validTs,
  invalid: [{ name: "hydrate's reply.delete handed to setTimeout", code: timer, errors: [timerError] }],
});

typedTester.run("promise methods by reference (typed)", rule, {
  valid: validTs.map((test) => ({ ...test, filename: typedFilename })),
  invalid: [{ name: "typed: hydrate's reply.delete handed to setTimeout", code: timer, filename: typedFilename, errors: [timerError] }],
});

const forEachJs = `import { Bot } from "grammy";
const bot = new Bot("t");
const admins = [1, 2];
bot.command("ping", async (ctx) => {
  admins.forEach(bot.api.sendMessage);
  await ctx.reply("pinged");
});
`;

const forEachError = {
  messageId: "floatingReference" as const,
  line: 5,
  column: 18,
  endLine: 5,
  endColumn: 37,
  data: { reference: "bot.api.sendMessage", caller: "admins.forEach()" },
  // forEach passes arguments: no suggestion rewrites the call.
  suggestions: [],
};

esmTester.run("promise methods by reference (ES modules)", rule, {
  valid: [],
  invalid: [{ name: "bot.api.sendMessage handed to forEach", code: forEachJs, errors: [forEachError] }],
});

cjsTester.run("promise methods by reference (CommonJS)", rule, {
  valid: [],
  invalid: [
    {
      name: "bot.api.sendMessage handed to forEach (require)",
      code: forEachJs.replace('import { Bot } from "grammy";', 'const { Bot } = require("grammy");'),
      errors: [forEachError],
    },
  ],
});

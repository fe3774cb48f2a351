import rule from "../../src/rules/no-setup-after-start";
import { cjsTester, esmTester, tsTester, typedFilename, typedTester } from "../utils/testers";
import { pollingTs as guidePolling, pollingDeno as guideDeno, runnerTs as guideRunner, runnerDeno as guideDenoRunner, runnerJs as guideRunnerCjs } from "../utils/guide";

// The guide's samples ("Scaling Up III: Reliability"): set up first, start last.

tsTester.run("no-setup-after-start", rule, {
  valid: [
    guidePolling,
    guideDeno,
    guideRunner,
    guideDenoRunner,
    {
      name: "ordinary code after the awaited start: cleanup, logging, exit",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
bot.on("message", (ctx) => ctx.reply("hi"));
await bot.start();
await db.close();
console.log("bot stopped");
bot.api.config.use(transformer);
process.exit(0);`,
    },
    {
      name: "the start is not awaited: what follows runs before the first update",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
bot.start();
bot.on("message", (ctx) => ctx.reply("hi"));
bot.catch((err) => console.error(err));
process.once("SIGINT", () => bot.stop());`,
    },
    {
      name: "void and promise-chained starts are not awaited either",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
void bot.start();
bot.start().catch(console.error);
bot.command("start", (ctx) => ctx.reply("hi"));
bot.errorHandler = (err) => console.error(err);`,
    },
    {
      name: "a start awaited inside an expression is not the statement `await bot.start()`",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
const stopped = await bot.start();
await Promise.all([bot.start(), other]);
bot.on("message", (ctx) => ctx.reply("hi"));`,
    },
    {
      name: "code inside the onStart callback runs at start-up",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start({
  onStart: (info) => {
    console.log(info.username);
    process.once("SIGINT", () => bot.stop());
    bot.on("message", (ctx) => ctx.reply("hi"));
  },
});`,
    },
    {
      name: "callbacks written after the start are not the same flow",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start();
export function setup() {
  bot.on("message", (ctx) => ctx.reply("hi"));
  process.once("SIGINT", () => bot.stop());
}`,
    },
    {
      name: "another bot: a second bot may be set up after the first one stops",
      code: `import { Bot } from "grammy";
const first = new Bot(a);
const second = new Bot(b);
await first.start();
second.on("message", (ctx) => ctx.reply("hi"));
second.catch((err) => console.error(err));
second.errorHandler = (err) => console.error(err);
await second.start();`,
    },
    {
      name: "a composer installed on another bot",
      code: `import { Bot, Composer } from "grammy";
const bot = new Bot(a);
const other = new Bot(b);
const admin = new Composer();
other.use(admin);
await bot.start();
admin.command("ban", (ctx) => ctx.reply("banned"));`,
    },
    {
      name: "a composer installed nowhere",
      code: `import { Bot, Composer } from "grammy";
const bot = new Bot(token);
const admin = new Composer();
await bot.start();
admin.command("ban", (ctx) => ctx.reply("banned"));
export { admin };`,
    },
    {
      name: "the start in one branch, the registration in the other",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
if (polling) {
  await bot.start();
} else {
  bot.on("message", (ctx) => ctx.reply("hi"));
}`,
    },
    {
      name: "setup before the start, in the same function",
      code: `import { Bot } from "grammy";
async function main() {
  const bot = new Bot(token);
  bot.on("message", (ctx) => ctx.reply("hi"));
  bot.catch((err) => console.error(err));
  process.once("SIGINT", () => bot.stop());
  await bot.start();
}
main();`,
    },
    {
      name: "the start awaited in another function",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
async function launch() {
  await bot.start();
}
bot.on("message", (ctx) => ctx.reply("hi"));
await launch();`,
    },
    {
      name: "process listeners for events that are not signals",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start();
process.on("exit", () => console.log("bye"));
process.once("beforeExit", () => console.log("bye"));`,
    },
    {
      name: "a local `process` is not Node's",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
const process = new EventEmitter();
await bot.start();
process.once("SIGINT", () => {});`,
    },
    {
      name: "a server's start, not a bot's",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await server.start();
server.on("request", handle);
bot.on("message", (ctx) => ctx.reply("hi"));
process.once("SIGINT", () => server.close());`,
    },
    {
      name: "not a grammY file",
      code: `await bot.start();
bot.on("message", handle);
process.once("SIGINT", stop);`,
    },
  ],
  invalid: [
    {
      name: "squiggles point: a registration of 15 lines after the start is underlined at its callee only",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start();
bot.on("message", async (ctx) => {
  const text = ctx.message.text ?? "";
  if (text.length === 0) {
    return;
  }
  const words = text.split(" ");
  const first = words[0] ?? "";
  if (first === "/echo") {
    await ctx.reply(words.slice(1).join(" "));
    return;
  }
  await ctx.reply("I only echo.");
  await ctx.api.sendChatAction(ctx.chat.id, "typing");
  console.log("handled", ctx.update.update_id);
});`,
      errors: [{ messageId: "setupAfterStart", data: { bot: "bot" }, line: 4, column: 1, endLine: 4, endColumn: 7 }],
    },
    {
      name: "squiggles point: a chain broken over lines is underlined on its first line, a handler in it left out",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start();
bot
  .on("message")
  .filter((ctx) => ctx.chat.type === "private", async (ctx) => {
    await ctx.reply("hi");
  });
bot.filter(async (ctx) => {
  return ctx.from?.id === admin;
}).command("ban", ban);
bot.errorHandler = async (err) => {
  console.error(err);
};`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 4, column: 1, endLine: 4, endColumn: 4 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 9, column: 1, endLine: 9, endColumn: 11 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 12, column: 1, endLine: 12, endColumn: 17 },
      ],
    },
    {
      name: "without types, `this.bot` is a bot by the class's annotated parameter property",
      code: `import { Bot } from "grammy";
class App {
  constructor(private readonly bot: Bot) {}
  async run() {
    await this.bot.start();
    this.bot.on("message", (ctx) => ctx.reply("hi"));
  }
}`,
      errors: [{ messageId: "setupAfterStart", line: 6, column: 5, endLine: 6, endColumn: 16, data: { bot: "this.bot" } }],
    },
    {
      name: "the guide's sample with the signal listeners moved below the start",
      code: `import { Bot } from "grammy";

const bot = new Bot("<token>");

await bot.start();

process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 7, column: 1, endLine: 7, endColumn: 13 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 8, column: 1, endLine: 8, endColumn: 13 },
      ],
    },
    {
      name: "every kind of middleware registration on the bot",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start();
bot.use(session());
bot.on("message", (ctx) => ctx.reply("hi"));
bot.command("start", (ctx) => ctx.reply("welcome"));
bot.hears(/hi/, (ctx) => ctx.reply("hello"));
bot.callbackQuery("yes", (ctx) => ctx.answerCallbackQuery());
bot.inlineQuery(/.*/, (ctx) => ctx.answerInlineQuery([]));
bot.filter((ctx) => ctx.from?.id === admin, adminOnly);`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 4, column: 1, endLine: 4, endColumn: 8 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 5, column: 1, endLine: 5, endColumn: 7 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 6, column: 1, endLine: 6, endColumn: 12 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 7, column: 1, endLine: 7, endColumn: 10 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 8, column: 1, endLine: 8, endColumn: 18 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 9, column: 1, endLine: 9, endColumn: 16 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 10, column: 1, endLine: 10, endColumn: 11 },
      ],
    },
    {
      name: "error handlers: bot.catch, bot.errorHandler and the useless bot.catch assignment",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start({ drop_pending_updates: true });
bot.catch((err) => console.error(err));
bot.errorHandler = (err) => console.error(err);
bot.catch = (err) => console.error(err);`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 4, column: 1, endLine: 4, endColumn: 10 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 5, column: 1, endLine: 5, endColumn: 17 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 6, column: 1, endLine: 6, endColumn: 10 },
      ],
    },
    {
      name: "signal listeners, however process is reached",
      code: `import { Bot } from "grammy";
import proc from "node:process";
const bot = new Bot(token);
await bot.start();
process.on("SIGINT", () => bot.stop());
globalThis.process.addListener("SIGTERM", () => bot.stop());
proc.prependOnceListener("SIGHUP", () => bot.stop());
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => bot.stop());`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 5, column: 1, endLine: 5, endColumn: 11 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 6, column: 1, endLine: 6, endColumn: 31 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 7, column: 1, endLine: 7, endColumn: 25 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 8, column: 45, endLine: 8, endColumn: 57 },
      ],
    },
    {
      name: "the start awaited through a promise chain",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start().catch((err) => console.error(err));
bot.on("message", (ctx) => ctx.reply("hi"));`,
      errors: [{ messageId: "setupAfterStart", data: { bot: "bot" }, line: 4, column: 1, endLine: 4, endColumn: 7 }],
    },
    {
      name: "the start inside an if, the registration later in the outer block",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
if (process.env.POLLING) {
  await bot.start();
}
bot.catch((err) => console.error(err));`,
      errors: [{ messageId: "setupAfterStart", data: { bot: "bot" }, line: 6, column: 1, endLine: 6, endColumn: 10 }],
    },
    {
      name: "the start inside a try, the registrations after the try and in a later block",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
try {
  await bot.start();
  bot.on("message", (ctx) => ctx.reply("hi"));
} finally {
  console.log("stopped");
}
if (verbose) {
  process.once("SIGINT", () => bot.stop());
}`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 5, column: 3, endLine: 5, endColumn: 9 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 10, column: 3, endLine: 10, endColumn: 15 },
      ],
    },
    {
      name: "two bots: only the started bot's registrations",
      code: `import { Bot } from "grammy";
const first = new Bot(a);
const second = new Bot(b);
await first.start();
second.on("message", (ctx) => ctx.reply("second"));
first.on("message", (ctx) => ctx.reply("first"));`,
      errors: [{ messageId: "setupAfterStart", data: { bot: "first" }, line: 6, column: 1, endLine: 6, endColumn: 9 }],
    },
    {
      name: "a signal listener is reported whichever bot it stops",
      code: `import { Bot } from "grammy";
const first = new Bot(a);
const second = new Bot(b);
await first.start();
process.once("SIGINT", () => second.stop());
await second.start();`,
      errors: [{ messageId: "setupAfterStart", data: { bot: "first" }, line: 5, column: 1, endLine: 5, endColumn: 13 }],
    },
    {
      name: "a composer installed on the bot before the start",
      code: `import { Bot, Composer } from "grammy";
const bot = new Bot(token);
const admin = new Composer();
bot.use(admin);
await bot.start();
admin.command("ban", (ctx) => ctx.reply("banned"));`,
      errors: [{ messageId: "setupAfterStart", data: { bot: "bot" }, line: 6, column: 1, endLine: 6, endColumn: 14 }],
    },
    {
      name: "a composer installed on the bot after the start, through another composer",
      code: `import { Bot, Composer } from "grammy";
const bot = new Bot(token);
const admin = new Composer();
const features = new Composer();
await bot.start();
admin.command("ban", (ctx) => ctx.reply("banned"));
features.filter(isAdmin, admin);
bot.use(features);`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 6, column: 1, endLine: 6, endColumn: 14 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 7, column: 1, endLine: 7, endColumn: 16 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 8, column: 1, endLine: 8, endColumn: 8 },
      ],
    },
    {
      name: "a composer made by the bot itself",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
const privateChats = bot.chatType("private");
await bot.start();
privateChats.command("start", (ctx) => ctx.reply("hi"));`,
      errors: [{ messageId: "setupAfterStart", data: { bot: "bot" }, line: 5, column: 1, endLine: 5, endColumn: 21 }],
    },
    {
      name: "a registration chain is reported once, as a whole",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start();
bot.chatType("private").command("start", (ctx) => ctx.reply("hi"));
bot.errorBoundary((err) => console.error(err)).on("message", handle);`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 4, column: 1, endLine: 4, endColumn: 32 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 5, column: 1, endLine: 5, endColumn: 50 },
      ],
    },
    {
      name: "an alias of the bot, a cast, a typed parameter",
      code: `import { Bot } from "grammy";
async function main(bot: Bot) {
  const same = bot;
  await (bot as Bot).start();
  same.on("message", (ctx) => ctx.reply("hi"));
  (bot as Bot).catch((err) => console.error(err));
}
await main(new Bot(token));`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 5, column: 3, endLine: 5, endColumn: 10 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 6, column: 3, endLine: 6, endColumn: 21 },
      ],
    },
    {
      name: "a bot restarted in a loop: the registration comes after each start",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
while (running) {
  await bot.start();
  bot.on("message", (ctx) => ctx.reply("hi"));
}`,
      errors: [{ messageId: "setupAfterStart", data: { bot: "bot" }, line: 5, column: 3, endLine: 5, endColumn: 9 }],
    },
    {
      name: "Deno: a signal listener after the start",
      code: `import { Bot } from "https://deno.land/x/grammy@v1.46.0/mod.ts";
const bot = new Bot(Deno.env.get("BOT_TOKEN") ?? "");
await bot.start();
Deno.addSignalListener("SIGINT", () => bot.stop());
bot.on("message", (ctx) => ctx.reply("hi"));`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 4, column: 1, endLine: 4, endColumn: 23 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 5, column: 1, endLine: 5, endColumn: 7 },
      ],
    },
    {
      name: "Deno: the guide's sample with the listeners below the start",
      code: `import { Bot } from "https://deno.land/x/grammy/mod.ts";

const bot = new Bot("<token>");

await bot.start();

Deno.addSignalListener("SIGINT", () => bot.stop());
globalThis.Deno.addSignalListener("SIGTERM", () => bot.stop());`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 7, column: 1, endLine: 7, endColumn: 23 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 8, column: 1, endLine: 8, endColumn: 34 },
      ],
    },
  ],
});

esmTester.run("no-setup-after-start (ESM)", rule, {
  valid: [
    {
      name: "the guide's JavaScript sample verbatim (require with top-level await parses only as a module)",
      code: `const { Bot } = require("grammy");

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

await bot.start();`,
    },
    `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.on("message", (ctx) => ctx.reply("hi"));
bot.catch((err) => console.error(err));
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());
await bot.start();
console.log("stopped");`,
    `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.start();
bot.on("message", (ctx) => ctx.reply("hi"));`,
  ],
  invalid: [
    {
      name: "ESM: handlers and the error handler below the start",
      code: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
await bot.start();
bot.on("message", (ctx) => ctx.reply("hi"));
bot.catch((err) => console.error(err));`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 4, column: 1, endLine: 4, endColumn: 7 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 5, column: 1, endLine: 5, endColumn: 10 },
      ],
    },
    {
      name: "ESM: a namespace import and a composer",
      code: `import * as grammy from "grammy";
const bot = new grammy.Bot(process.env.BOT_TOKEN);
const group = new grammy.Composer();
bot.use(group);
await bot.start();
group.on("message", (ctx) => ctx.reply("hi"));`,
      errors: [{ messageId: "setupAfterStart", data: { bot: "bot" }, line: 6, column: 1, endLine: 6, endColumn: 9 }],
    },
  ],
});

cjsTester.run("no-setup-after-start (CommonJS)", rule, {
  valid: [
    guideRunnerCjs,
    {
      name: "CommonJS: the guide's JavaScript sample, inside an async function",
      code: `const { Bot } = require("grammy");

async function main() {
  const bot = new Bot("<token>");

  // Stopping the bot when Node process
  // is about to be terminated
  process.once("SIGINT", () => bot.stop());
  process.once("SIGTERM", () => bot.stop());

  await bot.start();
}

main();`,
    },
    {
      name: "CommonJS: then() after a start is a callback, not the same flow",
      code: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
bot.start().then(() => {
  process.once("SIGINT", () => bot.stop());
});`,
    },
  ],
  invalid: [
    {
      name: "CommonJS: the guide's JavaScript sample with the listeners below the start",
      code: `const { Bot } = require("grammy");

async function main() {
  const bot = new Bot("<token>");

  await bot.start();

  process.once("SIGINT", () => bot.stop());
  process.once("SIGTERM", () => bot.stop());
}

main();`,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 8, column: 3, endLine: 8, endColumn: 15 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 9, column: 3, endLine: 9, endColumn: 15 },
      ],
    },
    {
      name: "CommonJS: a namespace require and an async arrow",
      code: `const grammy = require("grammy");
const bot = new grammy.Bot(process.env.BOT_TOKEN);
const main = async () => {
  await bot.start();
  bot.command("start", (ctx) => ctx.reply("hi"));
};
main();`,
      errors: [{ messageId: "setupAfterStart", data: { bot: "bot" }, line: 5, column: 3, endLine: 5, endColumn: 14 }],
    },
  ],
});

typedTester.run("no-setup-after-start (typed)", rule, {
  valid: [
    {
      name: "typed: the guide's sample",
      code: guidePolling,
      filename: typedFilename,
    },
    {
      name: "typed: another bot's registrations",
      code: `import { Bot } from "grammy";
const first = new Bot("a");
const second = new Bot("b");
await first.start();
second.on("message", (ctx) => ctx.reply("second"));`,
      filename: typedFilename,
    },
  ],
  invalid: [
    {
      name: "typed: registrations after the start",
      code: `import { Bot, Composer } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN ?? "");
const admin = new Composer();
bot.use(admin);
await bot.start();
admin.command("ban", (ctx) => ctx.reply("banned"));
bot.catch((err) => console.error(err));
process.once("SIGINT", () => bot.stop());`,
      filename: typedFilename,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 6, column: 1, endLine: 6, endColumn: 14 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 7, column: 1, endLine: 7, endColumn: 10 },
        { messageId: "setupAfterStart", data: { bot: "bot" }, line: 8, column: 1, endLine: 8, endColumn: 13 },
      ],
    },
    {
      name: "typed: `this.bot` is known through its type",
      code: `import { Bot } from "grammy";
export class App {
  constructor(private readonly bot: Bot) {}
  async run() {
    await this.bot.start();
    this.bot.on("message", (ctx) => ctx.reply("hi"));
    this.bot.errorHandler = (err) => { console.error(err); };
  }
}`,
      filename: typedFilename,
      errors: [
        { messageId: "setupAfterStart", data: { bot: "this.bot" }, line: 6, column: 5, endLine: 6, endColumn: 16 },
        { messageId: "setupAfterStart", data: { bot: "this.bot" }, line: 7, column: 5, endLine: 7, endColumn: 26 },
      ],
    },
  ],
});

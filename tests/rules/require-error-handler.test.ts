import rule from "../../src/rules/require-error-handler";
import { cjsTester, esmTester, tsTester, typedFilename, typedTester } from "../utils/testers";

/** A start whose options take several lines: only `bot.start` is underlined (issue #23). */
const multiLineStart = `import { Bot } from "grammy";

const bot = new Bot("<token>");

await bot.start({
  allowed_updates: ["message", "callback_query"],
  onStart: async (me) => {
    console.log("started as", me.username);
    await notifyAdmins(me);
  },
});`;
import { pollingTs as guidePolling, pollingDeno as guideDeno, runnerTs as guideRunner, runnerDeno as guideDenoRunner, runnerJs as guideRunnerCjs } from "../utils/guide";

// The guide's samples ("Scaling Up III: Reliability") are long-polling bots WITHOUT `bot.catch`:
// the guide leaves error handling to its errors page for brevity. Under this rule they are
// reported, and the versions completed with the suggested handler lint clean.

// The guide's JavaScript long-polling sample uses top-level await, which CommonJS does not have:
// here its start is awaited inside an async main().
const guidePollingCjs = `const { Bot } = require("grammy");

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

async function main() {
  await bot.start();
}
main();`;

/** The handler the suggestion inserts (grammY's errors page), at column 0. */
const handler = `bot.catch((err) => {
  console.error(\`Error while handling update \${err.ctx.update.update_id}:\`, err.error);
});
`;

const withHandler = (code: string, before: string): string => {
  if (!code.includes(before)) throw new Error(`no ${before} in the sample`);
  return code.replace(before, `${handler}${before}`);
};

const guidePollingFixed = withHandler(guidePolling, "await bot.start();");
const guideDenoFixed = withHandler(guideDeno, "await bot.start();");
const guideRunnerFixed = withHandler(guideRunner, "const runner = run(bot);");
const guideDenoRunnerFixed = withHandler(guideDenoRunner, "const runner = run(bot);");
const guideRunnerCjsFixed = withHandler(guideRunnerCjs, "const runner = run(bot);");
const guidePollingCjsFixed = guidePollingCjs.replace(
  "  await bot.start();",
  `  bot.catch((err) => {
    console.error(\`Error while handling update \${err.ctx.update.update_id}:\`, err.error);
  });
  await bot.start();`,
);

tsTester.run("require-error-handler (TypeScript)", rule, {
  valid: [
    guidePollingFixed,
    guideDenoFixed,
    guideRunnerFixed,
    guideDenoRunnerFixed,
    {
      name: "webhook-only: webhookCallback does not use bot.catch",
      code: `import express from "express";
import { Bot, webhookCallback } from "grammy";
const bot = new Bot(token);
bot.on("message", (ctx) => ctx.reply("hi"));
const app = express();
app.use(express.json());
app.use(webhookCallback(bot, "express"));
app.listen(3000);`,
    },
    {
      name: "mixed mode with a handler for both branches",
      code: `import { Bot, webhookCallback } from "grammy";
const bot = new Bot(token);
bot.catch((err) => console.error(err));
if (process.env.WEBHOOK_URL) {
  app.use(webhookCallback(bot, "express"));
} else {
  await bot.start();
}`,
    },
    {
      name: "bot.errorHandler = handler works too",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
bot.errorHandler = (err) => console.error(err);
await bot.start();`,
    },
    {
      name: "an error boundary wrapping the middleware",
      code: `import { Bot, Composer } from "grammy";
const bot = new Bot(token);
const features = new Composer();
features.on("message", (ctx) => ctx.reply("hi"));
bot.errorBoundary((err) => console.error(err), features);
await bot.start();`,
    },
    {
      name: "an error boundary whose composer gets the handlers",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
const safe = bot.errorBoundary((err) => console.error(err));
safe.command("start", (ctx) => ctx.reply("hi"));
await bot.start();`,
    },
    {
      name: "an error boundary with handlers chained on it",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
bot.errorBoundary((err) => console.error(err)).on("message", (ctx) => ctx.reply("hi"));
await bot.start();`,
    },
    {
      name: "an error boundary's composer handed to a function this file cannot see into",
      code: `import { Bot } from "grammy";
import { registerFeatures } from "./features";
const bot = new Bot(token);
registerFeatures(bot.errorBoundary((err) => console.error(err)));
await bot.start();`,
    },
    {
      name: "catch after a start that is not awaited still runs before the first update",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
bot.start();
bot.catch((err) => console.error(err));`,
    },
    {
      name: "catch in a nested block before the awaited start",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
if (process.env.DEBUG) {
  bot.catch((err) => console.error("debug", err));
} else {
  bot.catch((err) => console.error(err.message));
}
await bot.start();`,
    },
    {
      name: "a handler installed by a function of this file, called before the start",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
function setUp() {
  bot.catch((err) => console.error(err));
}
setUp();
await bot.start();`,
    },
    {
      name: "several bots, each with its own handler",
      code: `import { Bot } from "grammy";
const main = new Bot(a);
const admin = new Bot(b);
main.catch((err) => console.error("main", err));
admin.catch((err) => console.error("admin", err));
await Promise.all([main.start(), admin.start()]);`,
    },
    {
      name: "an alias installs the handler for the same bot",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
const b = bot;
b.catch((err) => console.error(err));
await bot.start();`,
    },
    {
      name: "a factory of this file installs the handler",
      code: `import { Bot } from "grammy";
function createBot() {
  const bot = new Bot(token);
  bot.catch((err) => console.error(err));
  return bot;
}
const bot = createBot();
await bot.start();`,
    },
    {
      name: "silent: the bot is a parameter; its handler may be set by the caller",
      code: `import { Bot } from "grammy";
export async function startPolling(bot: Bot) {
  await bot.start();
}`,
    },
    {
      name: "silent: the bot is handed to a function this file cannot see into",
      code: `import { Bot } from "grammy";
import { setup } from "./setup";
const bot = new Bot(token);
setup(bot);
await bot.start();`,
    },
    {
      name: "silent: the bot is handed to a local function (followed by the cross-module work)",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
function setup(b: Bot) {
  b.catch((err) => console.error(err));
}
setup(bot);
await bot.start();`,
    },
    {
      name: "silent: the bot handed on inside a handler and also at setup, where the handler may be installed",
      code: `import { Bot } from "grammy";
import { route, setup } from "./router";
const bot = new Bot(token);
setup(bot);
bot.on("message", (ctx) => route(bot, ctx));
bot.start();`,
    },
    {
      name: "silent: the bot goes into an object handed elsewhere",
      code: `import { Bot } from "grammy";
import { registerAll } from "./features";
const bot = new Bot(token);
registerAll({ bot, db });
await bot.start();`,
    },
    {
      name: "silent: the bot is exported; another module may install the handler",
      code: `import { Bot } from "grammy";
export const bot = new Bot(token);
await bot.start();`,
    },
    {
      name: "silent: the bot is imported",
      code: `import { bot } from "./bot";
import { run } from "@grammyjs/runner";
run(bot);`,
    },
    {
      name: "silent: a subclass with its own constructor may install the handler",
      code: `import { Bot } from "grammy";
class MyBot extends Bot {
  constructor(token: string) {
    super(token);
    this.catch((err) => console.error(err));
  }
}
const bot = new MyBot(token);
await bot.start();`,
    },
    {
      name: "not grammY: a local class called Bot",
      code: `class Bot { async start() {} }
const bot = new Bot();
await bot.start();
// grammy`,
    },
  ],
  invalid: [
    {
      name: "squiggles point: a start with options over several lines is underlined at bot.start only",
      code: multiLineStart,
      errors: [
        {
          messageId: "missingHandler",
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 16,
          data: { bot: "bot" },
          suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: withHandler(multiLineStart, "await bot.start({") }],
        },
      ],
    },
    {
      name: "the bot handed on only inside a handler, while an update is handled: no setup before the start",
      code: `import { Bot } from "grammy";
import { route } from "./router";
const bot = new Bot(token);
bot.on("message", async (ctx) => {
  await route(bot, ctx);
});
bot.start();`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 10,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
import { route } from "./router";
const bot = new Bot(token);
bot.on("message", async (ctx) => {
  await route(bot, ctx);
});
${handler}bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "bot.catch() without a handler installs none",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.catch();
bot.start();`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 10,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.catch();
bot.catch((err) => {
  console.error(\`Error while handling update \${err.ctx.update.update_id}:\`, err.error);
});
bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "the guide's long-polling sample (no bot.catch)",
      code: guidePolling,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 16,
          suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: guidePollingFixed }],
        },
      ],
    },
    {
      name: "the guide's Deno long-polling sample",
      code: guideDeno,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 16,
          suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: guideDenoFixed }],
        },
      ],
    },
    {
      name: "the guide's runner sample",
      code: guideRunner,
      errors: [
        {
          messageId: "missingHandlerRunner",
          data: { bot: "bot" },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
          suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: guideRunnerFixed }],
        },
      ],
    },
    {
      name: "the guide's Deno runner sample",
      code: guideDenoRunner,
      errors: [
        {
          messageId: "missingHandlerRunner",
          data: { bot: "bot" },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
          suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: guideDenoRunnerFixed }],
        },
      ],
    },
    {
      name: "mixed mode: the polling branch needs a handler",
      code: `import { Bot, webhookCallback } from "grammy";
const bot = new Bot(token);
if (process.env.WEBHOOK_URL) {
  app.use(webhookCallback(bot, "express"));
} else {
  await bot.start();
}`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 18,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot, webhookCallback } from "grammy";
const bot = new Bot(token);
if (process.env.WEBHOOK_URL) {
  app.use(webhookCallback(bot, "express"));
} else {
  bot.catch((err) => {
    console.error(\`Error while handling update \${err.ctx.update.update_id}:\`, err.error);
  });
  await bot.start();
}`,
            },
          ],
        },
      ],
    },
    {
      name: "bot.catch = handler replaces the method: reported at the assignment, not again at the start",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
bot.catch = (err) => console.error(err);
await bot.start();`,
      errors: [
        {
          messageId: "catchAssignment",
          data: { bot: "bot" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 10,
          suggestions: [
            {
              messageId: "callCatch",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
bot.catch((err) => console.error(err));
await bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "bot.catch = handler inside an expression: no suggestion",
      code: `import { Bot, webhookCallback } from "grammy";
const bot = new Bot(token);
const installed = (bot.catch = onError);
app.use(webhookCallback(bot));`,
      errors: [
        { messageId: "catchAssignment", data: { bot: "bot" }, line: 3, column: 20, endLine: 3, endColumn: 29, suggestions: [] },
      ],
    },
    {
      name: "an error boundary that wraps nothing and is thrown away",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
bot.errorBoundary((err) => console.error(err));
bot.on("message", (ctx) => ctx.reply("hi"));
await bot.start();`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 16,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
bot.errorBoundary((err) => console.error(err));
bot.on("message", (ctx) => ctx.reply("hi"));
${handler}await bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "an error boundary's composer that never gets a handler",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
const safe = bot.errorBoundary((err) => console.error(err));
bot.use(safe);
bot.on("message", (ctx) => ctx.reply("hi"));
bot.start();`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 10,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
const safe = bot.errorBoundary((err) => console.error(err));
bot.use(safe);
bot.on("message", (ctx) => ctx.reply("hi"));
${handler}bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "a composer's error boundary protects only that composer, not the bot",
      code: `import { Bot, Composer } from "grammy";
const bot = new Bot(token);
const features = new Composer();
features.errorBoundary((err) => console.error(err), handlers);
bot.use(features);
bot.start();`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 10,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot, Composer } from "grammy";
const bot = new Bot(token);
const features = new Composer();
features.errorBoundary((err) => console.error(err), handlers);
bot.use(features);
${handler}bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "catch after an awaited start runs once the bot has stopped",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start();
bot.catch((err) => console.error(err));`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
${handler}await bot.start();
bot.catch((err) => console.error(err));`,
            },
          ],
        },
      ],
    },
    {
      name: "bot.start().catch(...) is Promise#catch, not an error handler",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
bot.start().catch((error) => console.error(error));`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 10,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
${handler}bot.start().catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      name: "several bots: each needs its own handler",
      code: `import { Bot } from "grammy";
const main = new Bot(a);
const admin = new Bot(b);
main.catch((err) => console.error(err));
main.start();
admin.start();`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "admin" },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 12,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "admin" },
              output: `import { Bot } from "grammy";
const main = new Bot(a);
const admin = new Bot(b);
main.catch((err) => console.error(err));
main.start();
admin.catch((err) => {
  console.error(\`Error while handling update \${err.ctx.update.update_id}:\`, err.error);
});
admin.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "a factory of this file without a handler",
      code: `import { Bot } from "grammy";
const createBot = () => new Bot(token);
const bot = createBot();
bot.start();`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 10,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
const createBot = () => new Bot(token);
const bot = createBot();
${handler}bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "a plain subclass and a cast: still this file's bot",
      code: `import { Bot, type Context } from "grammy";
class MyBot extends Bot<Context> {}
const bot = new MyBot(token) as Bot;
(bot as Bot).start();`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 19,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot, type Context } from "grammy";
class MyBot extends Bot<Context> {}
const bot = new MyBot(token) as Bot;
${handler}(bot as Bot).start();`,
            },
          ],
        },
      ],
    },
    {
      name: "a start that is not a statement of a block: reported, no suggestion",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
if (process.env.POLL) bot.start();
const go = () => bot.start();`,
      errors: [
        { messageId: "missingHandler", data: { bot: "bot" }, line: 3, column: 23, endLine: 3, endColumn: 32, suggestions: [] },
        { messageId: "missingHandler", data: { bot: "bot" }, line: 4, column: 18, endLine: 4, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: "run(new Bot(...)): no handler can be installed; no suggestion on an unnamed bot",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
run(new Bot(token));`,
      errors: [
        { messageId: "missingHandlerRunner", data: { bot: "bot" }, line: 3, column: 1, endLine: 3, endColumn: 4, suggestions: [] },
      ],
    },
    {
      name: "an exported runner handle: the handler goes before the export, tab-indented code keeps tabs",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
export function main() {
\tconst handle = run(bot);
\treturn handle;
}
export const runner = run(bot);`,
      errors: [
        {
          messageId: "missingHandlerRunner",
          data: { bot: "bot" },
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
export function main() {
\tbot.catch((err) => {
\t\tconsole.error(\`Error while handling update \${err.ctx.update.update_id}:\`, err.error);
\t});
\tconst handle = run(bot);
\treturn handle;
}
export const runner = run(bot);`,
            },
          ],
        },
        {
          messageId: "missingHandlerRunner",
          data: { bot: "bot" },
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
export function main() {
\tconst handle = run(bot);
\treturn handle;
}
${handler}export const runner = run(bot);`,
            },
          ],
        },
      ],
    },
  ],
});

esmTester.run("require-error-handler (ES modules)", rule, {
  valid: [
    `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.catch((err) => console.error(err));
await bot.start({ onStart: (me) => console.log(me.username) });`,
    `import * as grammy from "grammy";
const bot = new grammy.Bot(token);
bot.errorBoundary(console.error, (ctx, next) => next());
bot.start();`,
    `import { Bot, webhookCallback } from "grammy";
const bot = new Bot(token);
export default { fetch: webhookCallback(bot, "cloudflare-mod") };`,
  ],
  invalid: [
    {
      name: "ESM: the bot handed to imported routers only inside its handlers",
      code: `import { Bot } from "grammy";
import { answerCallbackQuery } from "./event/answerCallbackQuery.js";
const bot = new Bot(process.env.BOT_TOKEN);
bot.on("callback_query", async (update) => {
  await answerCallbackQuery(bot, update);
});
bot.start({ drop_pending_updates: true });`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 10,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
import { answerCallbackQuery } from "./event/answerCallbackQuery.js";
const bot = new Bot(process.env.BOT_TOKEN);
bot.on("callback_query", async (update) => {
  await answerCallbackQuery(bot, update);
});
${handler}bot.start({ drop_pending_updates: true });`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM long polling without a handler",
      code: `import { Bot as TelegramBot } from "grammy";
const bot = new TelegramBot(process.env.BOT_TOKEN);
bot.on("message", (ctx) => ctx.reply("hi"));
await bot.start({ drop_pending_updates: true });`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot as TelegramBot } from "grammy";
const bot = new TelegramBot(process.env.BOT_TOKEN);
bot.on("message", (ctx) => ctx.reply("hi"));
${handler}await bot.start({ drop_pending_updates: true });`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM runner with options, in a mixed-mode bot",
      code: `import { Bot, webhookCallback } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(process.env.BOT_TOKEN);
export const webhook = process.env.WEBHOOK ? webhookCallback(bot, "http") : run(bot, { runner: { fetch: { timeout: 30 } } });`,
      errors: [
        {
          messageId: "missingHandlerRunner",
          data: { bot: "bot" },
          line: 4,
          column: 77,
          endLine: 4,
          endColumn: 80,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot, webhookCallback } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(process.env.BOT_TOKEN);
${handler}export const webhook = process.env.WEBHOOK ? webhookCallback(bot, "http") : run(bot, { runner: { fetch: { timeout: 30 } } });`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: catch after the awaited start in a nested block",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
try {
  await bot.start();
  bot.catch(console.error);
} finally {
  console.log("stopped");
}`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 18,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
try {
  bot.catch((err) => {
    console.error(\`Error while handling update \${err.ctx.update.update_id}:\`, err.error);
  });
  await bot.start();
  bot.catch(console.error);
} finally {
  console.log("stopped");
}`,
            },
          ],
        },
      ],
    },
  ],
});

cjsTester.run("require-error-handler (CommonJS)", rule, {
  valid: [
    guideRunnerCjsFixed,
    guidePollingCjsFixed,
    {
      name: "CommonJS webhook bot",
      code: `const express = require("express");
const { Bot, webhookCallback } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
const app = express();
app.use(webhookCallback(bot, "express"));
app.listen(3000);`,
    },
    {
      name: "CommonJS: silent when the bot is also handed on at setup",
      code: `const { Bot } = require("grammy");
const { handle, install } = require("./commands");
const bot = new Bot(token);
install(bot);
bot.command("start", (ctx) => handle(bot, ctx));
bot.start();`,
    },
    {
      name: "silent: exported through module.exports",
      code: `const { Bot } = require("grammy");
const bot = new Bot(token);
module.exports = { bot };
bot.start();`,
    },
    {
      name: "catch after a start that is not awaited, inside an async function",
      code: `const { Bot } = require("grammy");
const bot = new Bot(token);
async function main() {
  bot.start();
  bot.catch((err) => console.error(err));
}
main();`,
    },
  ],
  invalid: [
    {
      name: "CommonJS: the bot handed to a required module only inside a command handler",
      code: `const { Bot } = require("grammy");
const { handle } = require("./commands");
const bot = new Bot(token);
bot.command("start", (ctx) => handle(bot, ctx));
bot.start();`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 10,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `const { Bot } = require("grammy");
const { handle } = require("./commands");
const bot = new Bot(token);
bot.command("start", (ctx) => handle(bot, ctx));
${handler}bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "the guide's CommonJS runner sample",
      code: guideRunnerCjs,
      errors: [
        {
          messageId: "missingHandlerRunner",
          data: { bot: "bot" },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
          suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: guideRunnerCjsFixed }],
        },
      ],
    },
    {
      name: "the guide's JavaScript long-polling sample, awaited inside main()",
      code: guidePollingCjs,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 18,
          suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: guidePollingCjsFixed }],
        },
      ],
    },
    {
      name: "CommonJS: catch after the awaited start inside an async function",
      code: `const grammy = require("grammy");
const bot = new grammy.Bot(token);
async function main() {
  await bot.start();
  bot.catch((err) => console.error(err));
}
main();`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 18,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `const grammy = require("grammy");
const bot = new grammy.Bot(token);
async function main() {
  bot.catch((err) => {
    console.error(\`Error while handling update \${err.ctx.update.update_id}:\`, err.error);
  });
  await bot.start();
  bot.catch((err) => console.error(err));
}
main();`,
            },
          ],
        },
      ],
    },
    {
      name: "CommonJS: bot.catch = handler",
      code: `const { Bot } = require("grammy");
const bot = new Bot(token);
bot.catch = function (err) { console.error(err); };
bot.start();`,
      errors: [
        {
          messageId: "catchAssignment",
          data: { bot: "bot" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 10,
          suggestions: [
            {
              messageId: "callCatch",
              data: { bot: "bot" },
              output: `const { Bot } = require("grammy");
const bot = new Bot(token);
bot.catch(function (err) { console.error(err); });
bot.start();`,
            },
          ],
        },
      ],
    },
  ],
});

typedTester.run("require-error-handler (typed)", rule, {
  valid: [
    { code: guidePollingFixed, filename: typedFilename },
    { code: guideRunnerFixed, filename: typedFilename },
    {
      name: "typed: a bot field of a class is out of sight (its handler may be set anywhere)",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
export class App {
  constructor(private readonly bot: Bot) {}
  async run() {
    await this.bot.start();
  }
}`,
    },
    {
      name: "typed: the handler installed through the class field",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
export class App {
  private readonly bot = new Bot("t");
  async run() {
    this.bot.catch((err) => console.error(err));
    await this.bot.start();
  }
}`,
    },
    {
      name: "typed: webhook-only",
      filename: typedFilename,
      code: `import { Bot, webhookCallback } from "grammy";
const bot = new Bot("t");
export const handler = webhookCallback(bot, "std/http");`,
    },
    {
      name: "typed: an error boundary around the handlers",
      filename: typedFilename,
      code: `import { Bot, Composer } from "grammy";
const bot = new Bot("t");
const features = new Composer();
features.on("message", (ctx) => ctx.reply("hi"));
bot.errorBoundary((err) => console.error(err.error), features);
await bot.start();`,
    },
    {
      name: "typed: a parameter known as a Bot only by its type",
      filename: typedFilename,
      code: `import type { Bot } from "grammy";
type AnyBot = Bot;
export function poll(bot: AnyBot) {
  return bot.start();
}`,
    },
  ],
  invalid: [
    {
      name: "typed: the bot handed on only inside a handler",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
declare function route(bot: Bot, ctx: unknown): Promise<void>;
const bot = new Bot("t");
bot.on("message", (ctx) => route(bot, ctx));
await bot.start();`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 16,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
declare function route(bot: Bot, ctx: unknown): Promise<void>;
const bot = new Bot("t");
bot.on("message", (ctx) => route(bot, ctx));
${handler}await bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "typed: the guide's long-polling sample",
      filename: typedFilename,
      code: guidePolling,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 16,
          suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: guidePollingFixed }],
        },
      ],
    },
    {
      name: "typed: the guide's runner sample",
      filename: typedFilename,
      code: guideRunner,
      errors: [
        {
          messageId: "missingHandlerRunner",
          data: { bot: "bot" },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
          suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: guideRunnerFixed }],
        },
      ],
    },
    {
      name: "typed: Promise#catch on the start installs no handler",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
await bot.start().catch((error: unknown) => console.error(error));`,
      errors: [
        {
          messageId: "missingHandler",
          data: { bot: "bot" },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
${handler}await bot.start().catch((error: unknown) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      name: "typed: several bots, one handler for the wrong bot",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const users = new Bot("a");
const admins = new Bot("b");
admins.catch((err) => console.error(err.error));
run(users);
run(admins);`,
      errors: [
        {
          messageId: "missingHandlerRunner",
          data: { bot: "users" },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 4,
          suggestions: [
            {
              messageId: "addErrorHandler",
              data: { bot: "users" },
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const users = new Bot("a");
const admins = new Bot("b");
admins.catch((err) => console.error(err.error));
users.catch((err) => {
  console.error(\`Error while handling update \${err.ctx.update.update_id}:\`, err.error);
});
run(users);
run(admins);`,
            },
          ],
        },
      ],
    },
    {
      name: "typed: bot.catch = handler",
      filename: typedFilename,
      code: `import { Bot, type BotError } from "grammy";
const bot = new Bot("t");
bot.catch = (err: BotError) => console.error(err);`,
      errors: [
        {
          messageId: "catchAssignment",
          data: { bot: "bot" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 10,
          suggestions: [
            {
              messageId: "callCatch",
              data: { bot: "bot" },
              output: `import { Bot, type BotError } from "grammy";
const bot = new Bot("t");
bot.catch((err: BotError) => console.error(err));`,
            },
          ],
        },
      ],
    },
  ],
});

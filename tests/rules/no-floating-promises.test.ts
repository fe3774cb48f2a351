import { typescriptEslintShapes } from "../../eval/typescript-eslint-shapes.mjs";
import rule, { type MessageIds } from "../../src/rules/no-floating-promises";
import { cjsTester, esmTester, tsTester, typedFilename, typedTester } from "../utils/testers";
import { pollingTs as guidePolling, runnerTs as guideRunner, pollingDeno as guideDeno, runnerDeno as guideDenoRunner, pollingJs as guidePollingJs, runnerJs as guideRunnerCjs } from "../utils/guide";

// The code samples of grammY's reliability guide ("Scaling Up III: Reliability"), verbatim: every
// promise in them is awaited, or is a stop call returned from a SIGINT/SIGTERM listener.

// The guide's JavaScript polling sample uses `require` AND top-level `await`: espree rejects
// top-level await in CommonJS, so this one is linted as an ES module (where it parses).

// Messages fit their place (issue #23): in middleware, and in the helpers it calls, a floating
// rejection bypasses bot.catch; elsewhere (the top level, a signal listener, a timer set up at
// startup) nothing catches it and it ends the process.

/** `code` with `from` (which must occur once) replaced by `to`. */
const edited = (code: string, from: string, to: string): string => {
  if (code.split(from).length !== 2) throw new Error(`${from} is not in the code once`);
  return code.replace(from, to);
};
const logged = ".catch((error) => console.error(error))";

const placesTs = `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
function notifyAdmin(id: number) {
  bot.api.sendMessage(id, "new user");
}
function welcome(ctx: Context) {
  ctx.reply("welcome");
}
bot.command("start", async (ctx) => {
  notifyAdmin(ctx.from.id);
  welcome(ctx);
});
bot.api.sendMessage(1, "booted").then(async (message) => {
  await bot.api.pinChatMessage(1, message.message_id);
  console.log("pinned");
});
setTimeout(() => {
  bot.api.sendMessage(1, "still up");
}, 1000);
process.once("SIGINT", () => {
  bot.stop();
});`;

/** The same places in JavaScript: `head` is the import (ESM) or the require (CommonJS). */
const placesJs = (head: string): string => `${head}
const bot = new Bot("t");
function notifyAdmin(id) {
  bot.api.sendMessage(id, "new user");
}
bot.command("start", async (ctx) => {
  notifyAdmin(ctx.from.id);
});
process.once("SIGINT", () => {
  bot.stop();
});
bot.api.sendMessage(1, "booted").then(async (message) => {
  await bot.api.pinChatMessage(1, message.message_id);
});`;

/** The errors of `placesJs`; `topLevelAwait`: whether `await` may be added at the top level. */
const placesJsErrors = (code: string, topLevelAwait: boolean) => [
  {
    messageId: "floating" as const,
    line: 4,
    column: 3,
    endLine: 4,
    endColumn: 38,
    data: { call: "bot.api.sendMessage()" },
    suggestions: [{ messageId: "addCatch" as const, output: edited(code, `"new user");`, `"new user")${logged};`) }],
  },
  {
    messageId: "floatingOutsideMiddleware" as const,
    line: 10,
    column: 3,
    endLine: 10,
    endColumn: 13,
    data: { call: "bot.stop()" },
    suggestions: [{ messageId: "addCatch" as const, output: edited(code, "bot.stop();", `bot.stop()${logged};`) }],
  },
  {
    messageId: "floatingThenOutsideMiddleware" as const,
    line: 12,
    column: 1,
    endLine: 12,
    endColumn: 33,
    data: { call: "bot.api.sendMessage()" },
    suggestions: [
      ...(topLevelAwait
        ? [{ messageId: "addAwait" as const, output: edited(code, `bot.api.sendMessage(1, "booted")`, `await bot.api.sendMessage(1, "booted")`) }]
        : []),
      { messageId: "addCatch" as const, output: code.replace(/\}\);$/, `})${logged};`) },
    ],
  },
];

/** A chain whose head holds a callback: underlined up to it, the callbacks left out. */
const chainWithCallbacks = `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  fetch(url).finally(() => console.log("done")).then(async (response) => {
    await ctx.reply(await response.text());
  });
});`;

tsTester.run("no-floating-promises (TypeScript)", rule, {
  valid: [
    {
      name: "#22 group 3: a promise kept in a const object's property that is awaited, caught, read in a closure, or whose object is handed on or returned",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const keep: unknown[] = [];
bot.on("message", async (ctx) => {
  const a = { sent: ctx.reply("a") };
  await a.sent;
  const b = { sent: ctx.reply("b") };
  keep.push(b);
  const c = { sent: ctx.reply("c"), other: 1 };
  c.other;
  const d = { sent: ctx.reply("d") };
  d.sent.catch(console.error);
  const e = { sent: ctx.reply("e") };
  setTimeout(() => e.sent, 1);
  const f = { sent: ctx.reply("f") };
  return f;
});`,
    },
    {
      name: "#22 group 3: a kept promise that is awaited, handed on, read in a closure, caught, exported or returned",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const pending: Promise<unknown>[] = [];
export const me = bot.api.getMe();
bot.on("message", async (ctx) => {
  const awaited = ctx.reply("a");
  await awaited;
  const handed = ctx.reply("b");
  pending.push(handed);
  const later = ctx.reply("c");
  setTimeout(() => later, 1000);
  const caught = ctx.reply("d");
  caught.catch(console.error);
  const both = ctx.reply("e");
  both;
  await both;
  const returned = ctx.reply("f");
  return returned;
});`,
    },
    {
      name: "#22 groups 4 and 5: a spread that surely holds a handler, a tagged template (the tag gets the promise), Promise.all",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const tag = (strings: TemplateStringsArray, ...values: unknown[]) => Promise.all(values);
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(...[console.error]);
  ctx.reply("b").then(...[() => {}, (error: unknown) => console.error(error)]);
  await tag\`\${ctx.reply("c")}\`;
  await Promise.all([ctx.reply("d"), ctx.reply("e")]);
  return Promise.all([ctx.reply("f")]);
});`,
    },
    {
      name: "on() given grammY filter queries, on a composer the model does not know (a plugin's router): grammY awaits the middleware",
      code: `import { Bot } from "grammy";
import { Router } from "@grammyjs/router";
const bot = new Bot("t");
const router = new Router((ctx) => ctx.chat?.type);
router.route("private").on("message:text", async (ctx) => {
  await bot.api.sendMessage(1, ctx.msg.text);
});
router.route("group").on(["callback_query:data", "msg"], (ctx) => bot.api.sendMessage(1, "done"));
router.otherwise().on(\`::url\`, async () => {
  await bot.api.sendMessage(1, "a link");
});
bot.use(router);`,
    },
    {
      name: "#24: the guide's shutdown with a .then/.finally chained on: arrow, block, guarded, named and const listeners",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const handle = run(bot);
process.once("SIGINT", () => bot.stop().then(() => process.exit(0)));
process.once("SIGTERM", () => handle.stop().then(() => console.log("bye")));
process.on("SIGINT", () => {
  return handle.stop().then(() => {});
});
process.on("SIGTERM", () => (handle.isRunning() && handle.stop().finally(() => process.exit(0))));
function shutdown() {
  return bot.stop().then(() => console.log("stopped"));
}
process.once("SIGINT", shutdown);
const stopRunner = () => handle.isRunning() && handle.stop().then(() => console.log("runner stopped"));
process.once("SIGTERM", stopRunner);
process.once("SIGINT", () => (handle.isRunning() ? handle.stop() : Promise.resolve()).then(() => console.log("bye")));`,
    },
    {
      name: "#24: Deno's signal listener with a chained stop",
      code: `import { Bot } from "https://deno.land/x/grammy@v1.46.0/mod.ts";
const bot = new Bot(Deno.env.get("BOT_TOKEN") ?? "");
Deno.addSignalListener("SIGINT", () => bot.stop().then(() => Deno.exit(0)));`,
    },
    {
      name: "awaited inside async callbacks that catch, that grammY awaits, or that run as the process ends",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
async function stop() {
  await bot.stop();
}
bot.on("message", async (ctx) => {
  await ctx.reply("grammY awaits its middleware");
  setTimeout(async () => {
    try {
      await ctx.reply("later");
    } catch (error) {
      console.error(error);
    }
  }, 1000);
  setTimeout(async () => {
    await ctx.reply("caught on the chain").catch(console.error);
  }, 1000);
});
bot.catch(async (err) => {
  await err.ctx.reply("Something went wrong");
});
process.once("SIGINT", async () => {
  await stop();
  process.exit(0);
});
process.on("uncaughtException", async (error) => {
  console.error(error);
  await bot.stop();
});`,
    },
    guidePolling,
    guideRunner,
    guideDeno,
    guideDenoRunner,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("Hi");
});`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  return ctx.reply("Hi");
});`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", (ctx) => ctx.reply("Welcome!"));`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", (ctx) => ctx.chat && ctx.reply("Welcome!"));`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  console.log(Date.now() - started);
});`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.use((ctx, next) => next());`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  ctx.reply("Hi").catch((error) => console.error(error));
  ctx.reply("Hi").then(() => log(), (error) => console.error(error));
  ctx.reply("Hi").then(log).catch(console.error);
  ctx.reply("Hi").finally(log).catch(console.error);
  loadUser().then(() => ctx.reply("Loaded")).catch(console.error);
});`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("Hi");
  ctx.state.pending = ctx.reply("Hi");
  remember(ctx.reply("Hi"));
  pending = [ctx.reply("a"), ctx.reply("b")];
  await sent;
});`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  await Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
  await Promise.all([ctx.reply("a"), ctx.reply("b")]);
  await Promise.any([ctx.reply("a"), ctx.reply("b")]);
  const results = users.map((id) => bot.api.sendMessage(id, "News!"));
  await Promise.all(results);
  Promise.allSettled(users.map((id) => bot.api.sendMessage(id, "News!")));
  return Promise.race([ctx.reply("a"), ctx.reply("b")]);
});`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  for (const id of users) {
    await bot.api.sendMessage(id, "News!");
  }
  users.forEach((id) => {
    bot.api.sendMessage(id, "News!").catch(console.error);
  });
  setTimeout(() => ctx.deleteMessage().catch(console.error), 5000);
  setTimeout(async () => {
    try {
      await ctx.deleteMessage();
    } catch (error) {
      console.error(error);
    }
  }, 5000);
});`,
    { code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("fire and forget");
});`, options: [{ ignoreVoid: true }] },
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.start().catch((error) => console.error(error));`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
await bot.init();
await bot.start({ onStart: (me) => console.log(me.username) });`,
    `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);
runner.task()?.then(() => console.log("stopped"), console.error);
await runner.task();`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGINT", () => bot.stop());
process.on("SIGTERM", () => bot.stop());
process.addListener("SIGINT", () => bot.stop());`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => bot.stop());
}
["SIGINT", "SIGTERM"].forEach((signal) => process.once(signal, () => bot.stop()));`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
function stop() {
  return bot.stop();
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);`,
    `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);
process.once("SIGINT", () => runner.isRunning() && runner.stop());
process.once("SIGTERM", () => (runner.isRunning() ? runner.stop() : undefined));`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGINT", async () => {
  await bot.stop();
});`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  ctx.has(":text");
  ctx.entities();
  ctx.menu.update();
  ctx.menu.close({ immediate: false });
  ctx.menu.nav("settings");
  ctx.menu.back();
  bot.api.config.use(transformer);
  bot.isRunning();
});`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
async function mine() {}
bot.on("message", (ctx) => {
  mine();
  fetch("https://example.com");
  game.reply("not grammY");
});`,
    `const ctx = { reply: async () => "not grammY" };
ctx.reply();
bot.start();
next();`,
    `import Koa from "koa";
const app = new Koa();
app.use(async (ctx, next) => {
  ctx.set("X-Grammy", "no");
  next();
});`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  {
    const ctx = { reply: async () => 1 };
    ctx.reply();
  }
});`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  const helper = () => ctx.reply("returned to whoever calls helper");
  remember(() => ctx.reply("handed to my own function"));
});`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
export default bot.api.getMe();
export const me = bot.api.getMe();
class Cache { me = bot.api.getMe(); }
function* replies(ctx) { yield ctx.reply("x"); }`,
    // Member access on the grammY promise: handled forms, and reads of what is not a promise.
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("id", async (ctx) => {
  const id = (await ctx.api.getMe()).id;
  const title = await ctx.getChat().then((chat) => chat.title);
  const links = ctx.entities("url").length;
  const sender = ctx.from?.id;
  await ctx.reply(\`\${id} \${title} \${links} \${sender}\`);
  return ctx.getChat().catch(() => undefined);
});`,
    // Bound calls of grammY methods: handled forms; bound calls of what is no grammY promise.
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on(":photo", async (ctx) => {
  const asDocument = ctx.msg.caption === "file";
  await (asDocument ? ctx.replyWithDocument : ctx.replyWithPhoto).bind(ctx)("id");
  await ctx.reply.call(ctx, "a");
  const send = ctx.reply.bind(ctx);
  send("b").catch((error) => console.error(error));
  const check = asDocument ? ctx.hasCommand : ctx.hasCallbackQuery;
  check.call(ctx, "x");
  (asDocument ? ctx.replyWithDocument : log).call(ctx, "id");
  format.call(null, "x");
  return (asDocument ? ctx.replyWithDocument : ctx.replyWithPhoto).call(ctx, "id");
});`,
    // Handlers made by factories: handled forms, and a factory whose result nobody registers.
    `import { Bot } from "grammy";
const bot = new Bot("t");
function greeter(text: string) {
  return (ctx) => ctx.reply(text);
}
function formatter(text: string) {
  return (value) => {
    value.reply(text);
  };
}
bot.command("hi", greeter("Hi"));
console.log(formatter("x"));`,
  ],
  invalid: [
    {
      name: "squiggles point: a chain over several lines is underlined on its first line, before its first callback",
      code: chainWithCallbacks,
      errors: [
        {
          messageId: "floatingHelper",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            { messageId: "addAwait", output: edited(chainWithCallbacks, "  fetch(url).finally(", "  await fetch(url).finally(") },
            { messageId: "addCatch", output: edited(chainWithCallbacks, "  });\n});", `  })${logged};\n});`) },
          ],
        },
      ],
    },
    {
      name: "messages fit their place: in middleware and the helpers it calls, the rejection bypasses bot.catch; elsewhere it ends the process",
      code: placesTs,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 38,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [{ messageId: "addCatch", output: edited(placesTs, `"new user");`, `"new user")${logged};`) }],
        },
        {
          messageId: "floating",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 23,
          data: { call: "ctx.reply()" },
          suggestions: [{ messageId: "addCatch", output: edited(placesTs, `ctx.reply("welcome");`, `ctx.reply("welcome")${logged};`) }],
        },
        // Squiggles point: the chain's head, not the callback's three lines.
        {
          messageId: "floatingThenOutsideMiddleware",
          line: 13,
          column: 1,
          endLine: 13,
          endColumn: 33,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [
            { messageId: "addAwait", output: edited(placesTs, `bot.api.sendMessage(1, "booted")`, `await bot.api.sendMessage(1, "booted")`) },
            { messageId: "addCatch", output: edited(placesTs, `  console.log("pinned");\n});`, `  console.log("pinned");\n})${logged};`) },
          ],
        },
        {
          messageId: "floatingOutsideMiddleware",
          line: 18,
          column: 3,
          endLine: 18,
          endColumn: 37,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [{ messageId: "addCatch", output: edited(placesTs, `"still up");`, `"still up")${logged};`) }],
        },
        {
          messageId: "floatingOutsideMiddleware",
          line: 21,
          column: 3,
          endLine: 21,
          endColumn: 13,
          data: { call: "bot.stop()" },
          suggestions: [{ messageId: "addCatch", output: edited(placesTs, "bot.stop();", `bot.stop()${logged};`) }],
        },
      ],
    },
    {
      name: "#22 group 3: grammY promises kept in consts and dropped in the same function, or never read",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a");
  sent;
  const chained = ctx.reply("b");
  chained.then(() => console.log("sent"));
  const unused = ctx.reply("c");
  const read = ctx.reply("d");
  console.log(read.message_id);
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 30,
          data: { call: "ctx.reply()" },
          suggestions: [{ messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a").catch((error) => console.error(error));
  sent;
  const chained = ctx.reply("b");
  chained.then(() => console.log("sent"));
  const unused = ctx.reply("c");
  const read = ctx.reply("d");
  console.log(read.message_id);
});` }],
        },
        {
          messageId: "floatingThen",
          line: 6,
          column: 19,
          endLine: 6,
          endColumn: 33,
          data: { call: "ctx.reply()" },
          suggestions: [{ messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a");
  sent;
  const chained = ctx.reply("b").catch((error) => console.error(error));
  chained.then(() => console.log("sent"));
  const unused = ctx.reply("c");
  const read = ctx.reply("d");
  console.log(read.message_id);
});` }],
        },
        {
          messageId: "floating",
          line: 8,
          column: 18,
          endLine: 8,
          endColumn: 32,
          data: { call: "ctx.reply()" },
          suggestions: [{ messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a");
  sent;
  const chained = ctx.reply("b");
  chained.then(() => console.log("sent"));
  const unused = ctx.reply("c").catch((error) => console.error(error));
  const read = ctx.reply("d");
  console.log(read.message_id);
});` }],
        },
        {
          messageId: "floating",
          line: 9,
          column: 16,
          endLine: 9,
          endColumn: 30,
          data: { call: "ctx.reply()" },
          suggestions: [{ messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a");
  sent;
  const chained = ctx.reply("b");
  chained.then(() => console.log("sent"));
  const unused = ctx.reply("c");
  const read = ctx.reply("d").catch((error) => console.error(error));
  console.log(read.message_id);
});` }],
        },
      ],
    },
    {
      name: "#22 group 4: .catch(3) and an unknown spread are no handlers; .then(f, \"log\") has none",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const handlers: ((error: unknown) => void)[] = [];
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(3);
  ctx.reply("b").catch(...handlers);
  ctx.reply("c").then(() => {}, "log");
});`,
      errors: [
        {
          messageId: "floating",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "addAwait", output: `import { Bot } from "grammy";
const bot = new Bot("t");
const handlers: ((error: unknown) => void)[] = [];
bot.on("message", async (ctx) => {
  await ctx.reply("a").catch(3);
  ctx.reply("b").catch(...handlers);
  ctx.reply("c").then(() => {}, "log");
});` },
            { messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
const handlers: ((error: unknown) => void)[] = [];
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(3).catch((error) => console.error(error));
  ctx.reply("b").catch(...handlers);
  ctx.reply("c").then(() => {}, "log");
});` },
          ],
        },
        {
          messageId: "floating",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "addAwait", output: `import { Bot } from "grammy";
const bot = new Bot("t");
const handlers: ((error: unknown) => void)[] = [];
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(3);
  await ctx.reply("b").catch(...handlers);
  ctx.reply("c").then(() => {}, "log");
});` },
            { messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
const handlers: ((error: unknown) => void)[] = [];
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(3);
  ctx.reply("b").catch(...handlers).catch((error) => console.error(error));
  ctx.reply("c").then(() => {}, "log");
});` },
          ],
        },
        {
          messageId: "floatingThen",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "addAwait", output: `import { Bot } from "grammy";
const bot = new Bot("t");
const handlers: ((error: unknown) => void)[] = [];
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(3);
  ctx.reply("b").catch(...handlers);
  await ctx.reply("c").then(() => {}, "log");
});` },
            { messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
const handlers: ((error: unknown) => void)[] = [];
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(3);
  ctx.reply("b").catch(...handlers);
  ctx.reply("c").then(() => {}, "log").catch((error) => console.error(error));
});` },
          ],
        },
      ],
    },
    {
      name: "#22 group 5: arrays of promises returned to grammY (it awaits the array), a promise in a template literal",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => [ctx.reply("a"), ctx.reply("b")]);
bot.command("log", async (ctx) => {
  console.log(\`sent: \${ctx.reply("c")}\`);
  return [ctx.reply("d")];
});`,
      errors: [
        {
          messageId: "floating",
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 43,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "wrapPromiseAll", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => Promise.all([ctx.reply("a"), ctx.reply("b")]));
bot.command("log", async (ctx) => {
  console.log(\`sent: \${ctx.reply("c")}\`);
  return [ctx.reply("d")];
});` },
            { messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => [ctx.reply("a").catch((error) => console.error(error)), ctx.reply("b")]);
bot.command("log", async (ctx) => {
  console.log(\`sent: \${ctx.reply("c")}\`);
  return [ctx.reply("d")];
});` },
          ],
        },
        {
          messageId: "floating",
          line: 3,
          column: 45,
          endLine: 3,
          endColumn: 59,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "wrapPromiseAll", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => Promise.all([ctx.reply("a"), ctx.reply("b")]));
bot.command("log", async (ctx) => {
  console.log(\`sent: \${ctx.reply("c")}\`);
  return [ctx.reply("d")];
});` },
            { messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => [ctx.reply("a"), ctx.reply("b").catch((error) => console.error(error))]);
bot.command("log", async (ctx) => {
  console.log(\`sent: \${ctx.reply("c")}\`);
  return [ctx.reply("d")];
});` },
          ],
        },
        {
          messageId: "floating",
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 38,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "addAwait", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => [ctx.reply("a"), ctx.reply("b")]);
bot.command("log", async (ctx) => {
  console.log(\`sent: \${await ctx.reply("c")}\`);
  return [ctx.reply("d")];
});` },
            { messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => [ctx.reply("a"), ctx.reply("b")]);
bot.command("log", async (ctx) => {
  console.log(\`sent: \${ctx.reply("c").catch((error) => console.error(error))}\`);
  return [ctx.reply("d")];
});` },
          ],
        },
        {
          messageId: "floating",
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 25,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "wrapPromiseAll", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => [ctx.reply("a"), ctx.reply("b")]);
bot.command("log", async (ctx) => {
  console.log(\`sent: \${ctx.reply("c")}\`);
  return Promise.all([ctx.reply("d")]);
});` },
            { messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => [ctx.reply("a"), ctx.reply("b")]);
bot.command("log", async (ctx) => {
  console.log(\`sent: \${ctx.reply("c")}\`);
  return [ctx.reply("d").catch((error) => console.error(error))];
});` },
          ],
        },
      ],
    },
    {
      name: "on() given an event that is no filter query: an emitter's listener, whose promise it drops",
      code: `import { Bot } from "grammy";
import { WebSocket } from "ws";
const bot = new Bot("t");
const socket = new WebSocket("wss://example.org");
socket.on("close", async () => {
  await bot.api.sendMessage(1, "disconnected");
});`,
      errors: [
        {
          messageId: "floatingInCallbackOutsideMiddleware",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 47,
          data: { call: "bot.api.sendMessage()", caller: "socket.on()" },
          suggestions: [{ messageId: "addCatch", output: `import { Bot } from "grammy";
import { WebSocket } from "ws";
const bot = new Bot("t");
const socket = new WebSocket("wss://example.org");
socket.on("close", async () => {
  await bot.api.sendMessage(1, "disconnected").catch((error) => console.error(error));
});` }],
        },
      ],
    },
    {
      name: "#24: a chain on a non-stop call in a signal listener, and a stop's chain as a statement in one, still float",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGINT", () => bot.api.sendMessage(1, "bye").then(() => process.exit(0)));
process.once("SIGTERM", () => {
  bot.stop().then(() => process.exit(0));
});`,
      errors: [
        {
          messageId: "floatingCallbackOutsideMiddleware",
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 59,
          data: { call: "bot.api.sendMessage()", caller: "process.once()" },
          suggestions: [{ messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGINT", () => bot.api.sendMessage(1, "bye").then(() => process.exit(0)).catch((error) => console.error(error)));
process.once("SIGTERM", () => {
  bot.stop().then(() => process.exit(0));
});` }],
        },
        {
          messageId: "floatingThenOutsideMiddleware",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 13,
          data: { call: "bot.stop()" },
          suggestions: [{ messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGINT", () => bot.api.sendMessage(1, "bye").then(() => process.exit(0)));
process.once("SIGTERM", () => {
  bot.stop().then(() => process.exit(0)).catch((error) => console.error(error));
});` }],
        },
      ],
    },
    {
      name: "awaited inside async callbacks whose promise the caller ignores (timers, forEach)",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
async function notify(id: number) {
  await bot.api.sendMessage(id, "News!");
}
bot.command("later", (ctx) => {
  setTimeout(async () => {
    await ctx.deleteMessage();
  }, 5000);
  users.forEach(async (id) => {
    const sent = await bot.api.sendMessage(id, "News!");
    console.log(sent.message_id);
  });
  setInterval(async () => {
    try {
      await notify(1);
    } finally {
      console.log("tick");
    }
  }, 60_000);
});`,
      errors: [
        {
          messageId: "floatingInCallback",
          line: 9,
          column: 11,
          endLine: 9,
          endColumn: 30,
          data: { call: "ctx.deleteMessage()", caller: "setTimeout()" },
          suggestions: [{ messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
async function notify(id: number) {
  await bot.api.sendMessage(id, "News!");
}
bot.command("later", (ctx) => {
  setTimeout(async () => {
    await ctx.deleteMessage().catch((error) => console.error(error));
  }, 5000);
  users.forEach(async (id) => {
    const sent = await bot.api.sendMessage(id, "News!");
    console.log(sent.message_id);
  });
  setInterval(async () => {
    try {
      await notify(1);
    } finally {
      console.log("tick");
    }
  }, 60_000);
});` }],
        },
        {
          messageId: "floatingInCallback",
          line: 12,
          column: 24,
          endLine: 12,
          endColumn: 56,
          data: { call: "bot.api.sendMessage()", caller: "users.forEach()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
async function notify(id: number) {
  await bot.api.sendMessage(id, "News!");
}
bot.command("later", (ctx) => {
  setTimeout(async () => {
    await ctx.deleteMessage();
  }, 5000);
  users.forEach(async (id) => {
    const sent = await bot.api.sendMessage(id, "News!").catch((error) => console.error(error));
    console.log(sent.message_id);
  });
  setInterval(async () => {
    try {
      await notify(1);
    } finally {
      console.log("tick");
    }
  }, 60_000);
});`,
            },
          ],
        },
        {
          messageId: "floatingInCallback",
          line: 17,
          column: 13,
          endLine: 17,
          endColumn: 22,
          data: { call: "notify()", caller: "setInterval()" },
          suggestions: [{ messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
async function notify(id: number) {
  await bot.api.sendMessage(id, "News!");
}
bot.command("later", (ctx) => {
  setTimeout(async () => {
    await ctx.deleteMessage();
  }, 5000);
  users.forEach(async (id) => {
    const sent = await bot.api.sendMessage(id, "News!");
    console.log(sent.message_id);
  });
  setInterval(async () => {
    try {
      await notify(1).catch((error) => console.error(error));
    } finally {
      console.log("tick");
    }
  }, 60_000);
});` }],
        },
      ],
    },
    {
      name: "a statement in a handler that is not async: the suggestion marks it async",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", (ctx) => {
  ctx.reply("Welcome!");
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", async (ctx) => {
  await ctx.reply("Welcome!");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", (ctx) => {
  ctx.reply("Welcome!").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "a statement in an async handler",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.answerCallbackQuery();
  await ctx.reply("ok");
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 28,
          data: { call: "ctx.answerCallbackQuery()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply("ok");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.answerCallbackQuery().catch((error) => console.error(error));
  await ctx.reply("ok");
});`,
            },
          ],
        },
      ],
    },
    {
      name: "an unawaited next() breaks the middleware order",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.use(async (ctx, next) => {
  next();
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 9,
          data: { call: "next()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.use(async (ctx, next) => {
  await next();
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.use(async (ctx, next) => {
  next().catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "bot.start() at the top level of an ES module",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.start();`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
          data: { call: "bot.start()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
await bot.start();`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.start().catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      name: "api calls outside handlers",
      code: `import { Api, Bot } from "grammy";
const bot = new Bot("t");
bot.api.sendMessage(1, "up");
new Api("t").getMe();
bot.init();
bot.handleUpdate(update);`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 29,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Api, Bot } from "grammy";
const bot = new Bot("t");
await bot.api.sendMessage(1, "up");
new Api("t").getMe();
bot.init();
bot.handleUpdate(update);`,
            },
            {
              messageId: "addCatch",
              output: `import { Api, Bot } from "grammy";
const bot = new Bot("t");
bot.api.sendMessage(1, "up").catch((error) => console.error(error));
new Api("t").getMe();
bot.init();
bot.handleUpdate(update);`,
            },
          ],
        },
        {
          messageId: "floatingOutsideMiddleware",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 21,
          data: { call: "new Api(\"t\").getMe()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Api, Bot } from "grammy";
const bot = new Bot("t");
bot.api.sendMessage(1, "up");
await new Api("t").getMe();
bot.init();
bot.handleUpdate(update);`,
            },
            {
              messageId: "addCatch",
              output: `import { Api, Bot } from "grammy";
const bot = new Bot("t");
bot.api.sendMessage(1, "up");
new Api("t").getMe().catch((error) => console.error(error));
bot.init();
bot.handleUpdate(update);`,
            },
          ],
        },
        {
          messageId: "floatingOutsideMiddleware",
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 11,
          data: { call: "bot.init()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Api, Bot } from "grammy";
const bot = new Bot("t");
bot.api.sendMessage(1, "up");
new Api("t").getMe();
await bot.init();
bot.handleUpdate(update);`,
            },
            {
              messageId: "addCatch",
              output: `import { Api, Bot } from "grammy";
const bot = new Bot("t");
bot.api.sendMessage(1, "up");
new Api("t").getMe();
bot.init().catch((error) => console.error(error));
bot.handleUpdate(update);`,
            },
          ],
        },
        {
          messageId: "floatingOutsideMiddleware",
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 25,
          data: { call: "bot.handleUpdate()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Api, Bot } from "grammy";
const bot = new Bot("t");
bot.api.sendMessage(1, "up");
new Api("t").getMe();
bot.init();
await bot.handleUpdate(update);`,
            },
            {
              messageId: "addCatch",
              output: `import { Api, Bot } from "grammy";
const bot = new Bot("t");
bot.api.sendMessage(1, "up");
new Api("t").getMe();
bot.init();
bot.handleUpdate(update).catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      name: "inside statement-level &&, ||, ??",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a");
  done || ctx.reply("b");
  ctx.from ?? ctx.reply("c");
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 29,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && await ctx.reply("a");
  done || ctx.reply("b");
  ctx.from ?? ctx.reply("c");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a").catch((error) => console.error(error));
  done || ctx.reply("b");
  ctx.from ?? ctx.reply("c");
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 25,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a");
  done || await ctx.reply("b");
  ctx.from ?? ctx.reply("c");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a");
  done || ctx.reply("b").catch((error) => console.error(error));
  ctx.from ?? ctx.reply("c");
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 29,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a");
  done || ctx.reply("b");
  ctx.from ?? await ctx.reply("c");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a");
  done || ctx.reply("b");
  ctx.from ?? ctx.reply("c").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "a ternary branch, a ternary test, a comma expression, the left side of &&",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ok ? ctx.reply("a") : log();
  ctx.reply("b") ? log() : log();
  (log(), ctx.reply("c"));
  ctx.reply("d"), log();
  ctx.reply("e") && log();
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 22,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ok ? await ctx.reply("a") : log();
  ctx.reply("b") ? log() : log();
  (log(), ctx.reply("c"));
  ctx.reply("d"), log();
  ctx.reply("e") && log();
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ok ? ctx.reply("a").catch((error) => console.error(error)) : log();
  ctx.reply("b") ? log() : log();
  (log(), ctx.reply("c"));
  ctx.reply("d"), log();
  ctx.reply("e") && log();
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ok ? ctx.reply("a") : log();
  await ctx.reply("b") ? log() : log();
  (log(), ctx.reply("c"));
  ctx.reply("d"), log();
  ctx.reply("e") && log();
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ok ? ctx.reply("a") : log();
  ctx.reply("b").catch((error) => console.error(error)) ? log() : log();
  (log(), ctx.reply("c"));
  ctx.reply("d"), log();
  ctx.reply("e") && log();
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 25,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ok ? ctx.reply("a") : log();
  ctx.reply("b") ? log() : log();
  (log(), await ctx.reply("c"));
  ctx.reply("d"), log();
  ctx.reply("e") && log();
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ok ? ctx.reply("a") : log();
  ctx.reply("b") ? log() : log();
  (log(), ctx.reply("c").catch((error) => console.error(error)));
  ctx.reply("d"), log();
  ctx.reply("e") && log();
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ok ? ctx.reply("a") : log();
  ctx.reply("b") ? log() : log();
  (log(), ctx.reply("c"));
  await ctx.reply("d"), log();
  ctx.reply("e") && log();
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ok ? ctx.reply("a") : log();
  ctx.reply("b") ? log() : log();
  (log(), ctx.reply("c"));
  ctx.reply("d").catch((error) => console.error(error)), log();
  ctx.reply("e") && log();
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ok ? ctx.reply("a") : log();
  ctx.reply("b") ? log() : log();
  (log(), ctx.reply("c"));
  ctx.reply("d"), log();
  await ctx.reply("e") && log();
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ok ? ctx.reply("a") : log();
  ctx.reply("b") ? log() : log();
  (log(), ctx.reply("c"));
  ctx.reply("d"), log();
  ctx.reply("e").catch((error) => console.error(error)) && log();
});`,
            },
          ],
        },
      ],
    },
    {
      name: "an optional call",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply?.("a");
  ctx?.reply("b");
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply?.("a");
  ctx?.reply("b");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply?.("a").catch((error) => console.error(error));
  ctx?.reply("b");
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          data: { call: "ctx?.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply?.("a");
  await ctx?.reply("b");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply?.("a");
  ctx?.reply("b").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: ".then() without a rejection handler, .finally(), .catch() without a handler",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(log);
  ctx.reply("b").then(log, undefined);
  ctx.reply("c").finally(log);
  ctx.reply("d").catch();
  ctx.reply("e").catch(null);
});`,
      errors: [
        {
          messageId: "floatingThen",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a").then(log);
  ctx.reply("b").then(log, undefined);
  ctx.reply("c").finally(log);
  ctx.reply("d").catch();
  ctx.reply("e").catch(null);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(log).catch((error) => console.error(error));
  ctx.reply("b").then(log, undefined);
  ctx.reply("c").finally(log);
  ctx.reply("d").catch();
  ctx.reply("e").catch(null);
});`,
            },
          ],
        },
        {
          messageId: "floatingThen",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(log);
  await ctx.reply("b").then(log, undefined);
  ctx.reply("c").finally(log);
  ctx.reply("d").catch();
  ctx.reply("e").catch(null);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(log);
  ctx.reply("b").then(log, undefined).catch((error) => console.error(error));
  ctx.reply("c").finally(log);
  ctx.reply("d").catch();
  ctx.reply("e").catch(null);
});`,
            },
          ],
        },
        {
          messageId: "floatingFinally",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(log);
  ctx.reply("b").then(log, undefined);
  await ctx.reply("c").finally(log);
  ctx.reply("d").catch();
  ctx.reply("e").catch(null);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(log);
  ctx.reply("b").then(log, undefined);
  ctx.reply("c").finally(log).catch((error) => console.error(error));
  ctx.reply("d").catch();
  ctx.reply("e").catch(null);
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(log);
  ctx.reply("b").then(log, undefined);
  ctx.reply("c").finally(log);
  await ctx.reply("d").catch();
  ctx.reply("e").catch(null);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(log);
  ctx.reply("b").then(log, undefined);
  ctx.reply("c").finally(log);
  ctx.reply("d").catch().catch((error) => console.error(error));
  ctx.reply("e").catch(null);
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(log);
  ctx.reply("b").then(log, undefined);
  ctx.reply("c").finally(log);
  ctx.reply("d").catch();
  await ctx.reply("e").catch(null);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(log);
  ctx.reply("b").then(log, undefined);
  ctx.reply("c").finally(log);
  ctx.reply("d").catch();
  ctx.reply("e").catch(null).catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "void does not catch",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("a");
});
bot.command("b", (ctx) => void ctx.reply("b"));`,
      errors: [
        {
          messageId: "floatingVoid",
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 22,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a");
});
bot.command("b", (ctx) => void ctx.reply("b"));`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("a").catch((error) => console.error(error));
});
bot.command("b", (ctx) => void ctx.reply("b"));`,
            },
          ],
        },
        {
          messageId: "floatingVoid",
          line: 6,
          column: 32,
          endLine: 6,
          endColumn: 46,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("a");
});
bot.command("b", async (ctx) => await ctx.reply("b"));`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("a");
});
bot.command("b", (ctx) => void ctx.reply("b").catch((error) => console.error(error)));`,
            },
          ],
        },
      ],
    },
    {
      name: "ignoreVoid still reports what is not void",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("a");
  ctx.reply("b");
});`,
      options: [{ ignoreVoid: true }],
      errors: [
        {
          messageId: "floating",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("a");
  await ctx.reply("b");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("a");
  ctx.reply("b").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "a broadcast with forEach stops at the first blocked user",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!"));
  users.forEach((id) => {
    return bot.api.sendMessage(id, "News!");
  });
});`,
      errors: [
        {
          messageId: "floatingCallback",
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 57,
          data: { call: "bot.api.sendMessage()", caller: "users.forEach()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!").catch((error) => console.error(error)));
  users.forEach((id) => {
    return bot.api.sendMessage(id, "News!");
  });
});`,
            },
          ],
        },
        {
          messageId: "floatingCallback",
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 44,
          data: { call: "bot.api.sendMessage()", caller: "users.forEach()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!"));
  users.forEach((id) => {
    return bot.api.sendMessage(id, "News!").catch((error) => console.error(error));
  });
});`,
            },
          ],
        },
      ],
    },
    {
      name: "timers and queues ignore what their callback returns",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  setTimeout(() => ctx.deleteMessage(), 5000);
  setInterval(() => ctx.api.sendMessage(1, "tick"), 1000);
  setImmediate(() => ctx.reply("a"));
  queueMicrotask(() => ctx.reply("b"));
  process.nextTick(() => ctx.reply("c"));
  globalThis.setTimeout(() => ctx.reply("d"), 1);
});`,
      errors: [
        {
          messageId: "floatingCallback",
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 39,
          data: { call: "ctx.deleteMessage()", caller: "setTimeout()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  setTimeout(() => ctx.deleteMessage().catch((error) => console.error(error)), 5000);
  setInterval(() => ctx.api.sendMessage(1, "tick"), 1000);
  setImmediate(() => ctx.reply("a"));
  queueMicrotask(() => ctx.reply("b"));
  process.nextTick(() => ctx.reply("c"));
  globalThis.setTimeout(() => ctx.reply("d"), 1);
});`,
            },
          ],
        },
        {
          messageId: "floatingCallback",
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 51,
          data: { call: "ctx.api.sendMessage()", caller: "setInterval()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  setTimeout(() => ctx.deleteMessage(), 5000);
  setInterval(() => ctx.api.sendMessage(1, "tick").catch((error) => console.error(error)), 1000);
  setImmediate(() => ctx.reply("a"));
  queueMicrotask(() => ctx.reply("b"));
  process.nextTick(() => ctx.reply("c"));
  globalThis.setTimeout(() => ctx.reply("d"), 1);
});`,
            },
          ],
        },
        {
          messageId: "floatingCallback",
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 36,
          data: { call: "ctx.reply()", caller: "setImmediate()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  setTimeout(() => ctx.deleteMessage(), 5000);
  setInterval(() => ctx.api.sendMessage(1, "tick"), 1000);
  setImmediate(() => ctx.reply("a").catch((error) => console.error(error)));
  queueMicrotask(() => ctx.reply("b"));
  process.nextTick(() => ctx.reply("c"));
  globalThis.setTimeout(() => ctx.reply("d"), 1);
});`,
            },
          ],
        },
        {
          messageId: "floatingCallback",
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 38,
          data: { call: "ctx.reply()", caller: "queueMicrotask()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  setTimeout(() => ctx.deleteMessage(), 5000);
  setInterval(() => ctx.api.sendMessage(1, "tick"), 1000);
  setImmediate(() => ctx.reply("a"));
  queueMicrotask(() => ctx.reply("b").catch((error) => console.error(error)));
  process.nextTick(() => ctx.reply("c"));
  globalThis.setTimeout(() => ctx.reply("d"), 1);
});`,
            },
          ],
        },
        {
          messageId: "floatingCallback",
          line: 8,
          column: 26,
          endLine: 8,
          endColumn: 40,
          data: { call: "ctx.reply()", caller: "process.nextTick()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  setTimeout(() => ctx.deleteMessage(), 5000);
  setInterval(() => ctx.api.sendMessage(1, "tick"), 1000);
  setImmediate(() => ctx.reply("a"));
  queueMicrotask(() => ctx.reply("b"));
  process.nextTick(() => ctx.reply("c").catch((error) => console.error(error)));
  globalThis.setTimeout(() => ctx.reply("d"), 1);
});`,
            },
          ],
        },
        {
          messageId: "floatingCallback",
          line: 9,
          column: 31,
          endLine: 9,
          endColumn: 45,
          data: { call: "ctx.reply()", caller: "globalThis.setTimeout()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  setTimeout(() => ctx.deleteMessage(), 5000);
  setInterval(() => ctx.api.sendMessage(1, "tick"), 1000);
  setImmediate(() => ctx.reply("a"));
  queueMicrotask(() => ctx.reply("b"));
  process.nextTick(() => ctx.reply("c"));
  globalThis.setTimeout(() => ctx.reply("d").catch((error) => console.error(error)), 1);
});`,
            },
          ],
        },
      ],
    },
    {
      name: "event listeners ignore what they return",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
emitter.on("order", (order) => bot.api.sendMessage(order.chat, "New order"));
emitter.once("ready", () => bot.api.sendMessage(1, "Ready"));
window.addEventListener("online", () => bot.api.sendMessage(1, "Online"));`,
      errors: [
        {
          messageId: "floatingCallbackOutsideMiddleware",
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 76,
          data: { call: "bot.api.sendMessage()", caller: "emitter.on()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
emitter.on("order", (order) => bot.api.sendMessage(order.chat, "New order").catch((error) => console.error(error)));
emitter.once("ready", () => bot.api.sendMessage(1, "Ready"));
window.addEventListener("online", () => bot.api.sendMessage(1, "Online"));`,
            },
          ],
        },
        {
          messageId: "floatingCallbackOutsideMiddleware",
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 60,
          data: { call: "bot.api.sendMessage()", caller: "emitter.once()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
emitter.on("order", (order) => bot.api.sendMessage(order.chat, "New order"));
emitter.once("ready", () => bot.api.sendMessage(1, "Ready").catch((error) => console.error(error)));
window.addEventListener("online", () => bot.api.sendMessage(1, "Online"));`,
            },
          ],
        },
        {
          messageId: "floatingCallbackOutsideMiddleware",
          line: 5,
          column: 41,
          endLine: 5,
          endColumn: 73,
          data: { call: "bot.api.sendMessage()", caller: "window.addEventListener()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
emitter.on("order", (order) => bot.api.sendMessage(order.chat, "New order"));
emitter.once("ready", () => bot.api.sendMessage(1, "Ready"));
window.addEventListener("online", () => bot.api.sendMessage(1, "Online").catch((error) => console.error(error)));`,
            },
          ],
        },
      ],
    },
    {
      name: "a callback passed by name",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
const notify = (id: number) => bot.api.sendMessage(id, "News!");
users.forEach(notify);`,
      errors: [
        {
          messageId: "floatingCallbackOutsideMiddleware",
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 64,
          data: { call: "bot.api.sendMessage()", caller: "users.forEach()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
const notify = (id: number) => bot.api.sendMessage(id, "News!").catch((error) => console.error(error));
users.forEach(notify);`,
            },
          ],
        },
      ],
    },
    {
      name: "a statement-level .map() whose array nobody awaits",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.map((id) => bot.api.sendMessage(id, "News!"));
});`,
      errors: [
        {
          messageId: "floatingMap",
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 53,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "wrapPromiseAll",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  await Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.map((id) => bot.api.sendMessage(id, "News!").catch((error) => console.error(error)));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "awaiting the array of a .map() awaits none of its promises",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  await users.map((id) => bot.api.sendMessage(id, "News!"));
});`,
      errors: [
        {
          messageId: "floatingMap",
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 59,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "wrapPromiseAll",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  await Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  await users.map((id) => bot.api.sendMessage(id, "News!").catch((error) => console.error(error)));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "a .map() in a handler that is not async",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", (ctx) => {
  void users.map((id) => bot.api.sendMessage(id, "News!"));
});`,
      errors: [
        {
          messageId: "floatingVoid",
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 58,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "wrapPromiseAll",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  await Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", (ctx) => {
  void users.map((id) => bot.api.sendMessage(id, "News!").catch((error) => console.error(error)));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "Promise.all that floats",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
  Promise.race([ctx.reply("a"), ctx.reply("b")]);
});`,
      errors: [
        {
          messageId: "floating",
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 65,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  await Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
  Promise.race([ctx.reply("a"), ctx.reply("b")]);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  Promise.all(users.map((id) => bot.api.sendMessage(id, "News!"))).catch((error) => console.error(error));
  Promise.race([ctx.reply("a"), ctx.reply("b")]);
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 31,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
  await Promise.race([ctx.reply("a"), ctx.reply("b")]);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
  Promise.race([ctx.reply("a"), ctx.reply("b")]).catch((error) => console.error(error));
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 6,
          column: 33,
          endLine: 6,
          endColumn: 47,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
  await Promise.race([ctx.reply("a"), ctx.reply("b")]);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
  Promise.race([ctx.reply("a"), ctx.reply("b")]).catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "an array literal of promises",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [ctx.reply("a"), ctx.reply("b")];
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 4,
          endLine: 4,
          endColumn: 18,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "wrapPromiseAll",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await Promise.all([ctx.reply("a"), ctx.reply("b")]);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [ctx.reply("a").catch((error) => console.error(error)), ctx.reply("b")];
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 34,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "wrapPromiseAll",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await Promise.all([ctx.reply("a"), ctx.reply("b")]);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [ctx.reply("a"), ctx.reply("b").catch((error) => console.error(error))];
});`,
            },
          ],
        },
      ],
    },
    {
      name: "returned into a promise chain that floats",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  loadUser().then(() => ctx.reply("Loaded"));
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 44,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await loadUser().then(() => ctx.reply("Loaded"));
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  loadUser().then(() => ctx.reply("Loaded")).catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      // One floating chain is one report: at its head, not again at the promise a callback returns into it.
      name: "returned into a chain on another grammY promise: reported once, at the chain's head",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("Bye").then(() => ctx.deleteMessage());
});`,
      errors: [
        {
          messageId: "floatingThen",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("Bye").then(() => ctx.deleteMessage());
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("Bye").then(() => ctx.deleteMessage()).catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "a stop call returned from a listener that is not SIGINT or SIGTERM",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGUSR2", () => bot.stop());
process.on("uncaughtException", () => bot.stop());`,
      errors: [
        {
          messageId: "floatingCallbackOutsideMiddleware",
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 41,
          data: { call: "bot.stop()", caller: "process.once()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGUSR2", () => bot.stop().catch((error) => console.error(error)));
process.on("uncaughtException", () => bot.stop());`,
            },
          ],
        },
        {
          messageId: "floatingCallbackOutsideMiddleware",
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 49,
          data: { call: "bot.stop()", caller: "process.on()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGUSR2", () => bot.stop());
process.on("uncaughtException", () => bot.stop().catch((error) => console.error(error)));`,
            },
          ],
        },
      ],
    },
    {
      name: "a stop call as a statement in a signal listener is not returned",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGINT", () => {
  bot.stop();
});`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 13,
          data: { call: "bot.stop()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGINT", () => {
  bot.stop().catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "a handler passed by name gets async",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
function onStart(ctx) {
  ctx.reply("Welcome!");
}
bot.command("start", onStart);
const onHelp = function (ctx) {
  ctx.reply("Help");
};
bot.command("help", onHelp);`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
async function onStart(ctx) {
  await ctx.reply("Welcome!");
}
bot.command("start", onStart);
const onHelp = function (ctx) {
  ctx.reply("Help");
};
bot.command("help", onHelp);`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
function onStart(ctx) {
  ctx.reply("Welcome!").catch((error) => console.error(error));
}
bot.command("start", onStart);
const onHelp = function (ctx) {
  ctx.reply("Help");
};
bot.command("help", onHelp);`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 20,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
function onStart(ctx) {
  ctx.reply("Welcome!");
}
bot.command("start", onStart);
const onHelp = async function (ctx) {
  await ctx.reply("Help");
};
bot.command("help", onHelp);`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
function onStart(ctx) {
  ctx.reply("Welcome!");
}
bot.command("start", onStart);
const onHelp = function (ctx) {
  ctx.reply("Help").catch((error) => console.error(error));
};
bot.command("help", onHelp);`,
            },
          ],
        },
      ],
    },
    {
      name: "no await where it would not be legal",
      code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.command("a", (ctx): void => {
  ctx.reply("typed return");
});
bot.filter((ctx) => {
  ctx.reply("predicate");
  return true;
});
function helper(ctx: Context) {
  ctx.reply("helper");
}
class Service {
  static {
    bot.api.getMe();
  }
}`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 28,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.command("a", (ctx): void => {
  ctx.reply("typed return").catch((error) => console.error(error));
});
bot.filter((ctx) => {
  ctx.reply("predicate");
  return true;
});
function helper(ctx: Context) {
  ctx.reply("helper");
}
class Service {
  static {
    bot.api.getMe();
  }
}`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 25,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.command("a", (ctx): void => {
  ctx.reply("typed return");
});
bot.filter((ctx) => {
  ctx.reply("predicate").catch((error) => console.error(error));
  return true;
});
function helper(ctx: Context) {
  ctx.reply("helper");
}
class Service {
  static {
    bot.api.getMe();
  }
}`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 22,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.command("a", (ctx): void => {
  ctx.reply("typed return");
});
bot.filter((ctx) => {
  ctx.reply("predicate");
  return true;
});
function helper(ctx: Context) {
  ctx.reply("helper").catch((error) => console.error(error));
}
class Service {
  static {
    bot.api.getMe();
  }
}`,
            },
          ],
        },
        {
          messageId: "floatingOutsideMiddleware",
          line: 15,
          column: 5,
          endLine: 15,
          endColumn: 20,
          data: { call: "bot.api.getMe()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.command("a", (ctx): void => {
  ctx.reply("typed return");
});
bot.filter((ctx) => {
  ctx.reply("predicate");
  return true;
});
function helper(ctx: Context) {
  ctx.reply("helper");
}
class Service {
  static {
    bot.api.getMe().catch((error) => console.error(error));
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a runner handle's stop() and task() may return undefined",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);
runner.task();
runner.task()?.then(() => console.log("stopped"));
async function shutdown() {
  runner.stop();
}`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 14,
          data: { call: "runner.task()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);
await runner.task();
runner.task()?.then(() => console.log("stopped"));
async function shutdown() {
  runner.stop();
}`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);
runner.task()?.catch((error) => console.error(error));
runner.task()?.then(() => console.log("stopped"));
async function shutdown() {
  runner.stop();
}`,
            },
          ],
        },
        {
          messageId: "floatingThenOutsideMiddleware",
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 14,
          data: { call: "runner.task()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);
runner.task();
await runner.task()?.then(() => console.log("stopped"));
async function shutdown() {
  runner.stop();
}`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);
runner.task();
runner.task()?.then(() => console.log("stopped")).catch((error) => console.error(error));
async function shutdown() {
  runner.stop();
}`,
            },
          ],
        },
        {
          messageId: "floatingOutsideMiddleware",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 16,
          data: { call: "runner.stop()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);
runner.task();
runner.task()?.then(() => console.log("stopped"));
async function shutdown() {
  await runner.stop();
}`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);
runner.task();
runner.task()?.then(() => console.log("stopped"));
async function shutdown() {
  runner.stop()?.catch((error) => console.error(error));
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a long callee is shortened in the message",
      code: `import { Bot } from "grammy";
const telegramBotForNotifications = new Bot("t");
telegramBotForNotifications.api.sendMessage(1, "x");`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 52,
          data: { call: "…api.sendMessage()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const telegramBotForNotifications = new Bot("t");
await telegramBotForNotifications.api.sendMessage(1, "x");`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const telegramBotForNotifications = new Bot("t");
telegramBotForNotifications.api.sendMessage(1, "x").catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      name: "casts, non-null assertions and parentheses",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a"));
  ctx.reply("b") as Promise<unknown>;
  ctx.reply("c")!;
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 4,
          endLine: 4,
          endColumn: 18,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (await ctx.reply("a"));
  ctx.reply("b") as Promise<unknown>;
  ctx.reply("c")!;
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a").catch((error) => console.error(error)));
  ctx.reply("b") as Promise<unknown>;
  ctx.reply("c")!;
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a"));
  await ctx.reply("b") as Promise<unknown>;
  ctx.reply("c")!;
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a"));
  ctx.reply("b").catch((error) => console.error(error)) as Promise<unknown>;
  ctx.reply("c")!;
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a"));
  ctx.reply("b") as Promise<unknown>;
  await ctx.reply("c")!;
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a"));
  ctx.reply("b") as Promise<unknown>;
  ctx.reply("c").catch((error) => console.error(error))!;
});`,
            },
          ],
        },
      ],
    },
    {
      name: "no semicolons (ASI)",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const text = "hi"
  ctx.reply(text)
  ;[1].length
})`,
      errors: [
        {
          messageId: "floating",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const text = "hi"
  await ctx.reply(text)
  ;[1].length
})`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const text = "hi"
  ctx.reply(text).catch((error) => console.error(error))
  ;[1].length
})`,
            },
          ],
        },
      ],
    },
    {
      name: "the menu plugin's immediate updates are promises",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("callback_query", async (ctx) => {
  ctx.menu.update({ immediate: true });
  ctx.menu.nav("settings", { immediate: true });
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 39,
          data: { call: "ctx.menu.update()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("callback_query", async (ctx) => {
  await ctx.menu.update({ immediate: true });
  ctx.menu.nav("settings", { immediate: true });
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("callback_query", async (ctx) => {
  ctx.menu.update({ immediate: true }).catch((error) => console.error(error));
  ctx.menu.nav("settings", { immediate: true });
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 48,
          data: { call: "ctx.menu.nav()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("callback_query", async (ctx) => {
  ctx.menu.update({ immediate: true });
  await ctx.menu.nav("settings", { immediate: true });
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("callback_query", async (ctx) => {
  ctx.menu.update({ immediate: true });
  ctx.menu.nav("settings", { immediate: true }).catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "conversation builders: ctx is a context",
      code: `import { Bot } from "grammy";
import { createConversation } from "@grammyjs/conversations";
const bot = new Bot("t");
async function greet(conversation, ctx) {
  ctx.reply("Hi");
}
bot.use(createConversation(greet));`,
      errors: [
        {
          messageId: "floating",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
import { createConversation } from "@grammyjs/conversations";
const bot = new Bot("t");
async function greet(conversation, ctx) {
  await ctx.reply("Hi");
}
bot.use(createConversation(greet));`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
import { createConversation } from "@grammyjs/conversations";
const bot = new Bot("t");
async function greet(conversation, ctx) {
  ctx.reply("Hi").catch((error) => console.error(error));
}
bot.use(createConversation(greet));`,
            },
          ],
        },
      ],
    },
    {
      name: "error handlers",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.catch((err) => {
  err.ctx.reply("Something went wrong");
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 40,
          data: { call: "err.ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.catch(async (err) => {
  await err.ctx.reply("Something went wrong");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.catch((err) => {
  err.ctx.reply("Something went wrong").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },

    {
      name: "the guide's polling sample without its await",
      code: `import { Bot } from "grammy";

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

bot.start();`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 12,
          data: { call: "bot.start()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

await bot.start();`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

bot.start().catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      name: "the guide's runner sample with a block-bodied stopRunner",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";

const bot = new Bot("<token>");

const runner = run(bot);

// Stopping the bot when Node process
// is about to be terminated
const stopRunner = () => {
  runner.isRunning() && runner.stop();
};
process.once("SIGINT", stopRunner);
process.once("SIGTERM", stopRunner);`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 11,
          column: 25,
          endLine: 11,
          endColumn: 38,
          data: { call: "runner.stop()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";

const bot = new Bot("<token>");

const runner = run(bot);

// Stopping the bot when Node process
// is about to be terminated
const stopRunner = () => {
  runner.isRunning() && runner.stop()?.catch((error) => console.error(error));
};
process.once("SIGINT", stopRunner);
process.once("SIGTERM", stopRunner);`,
            },
          ],
        },
      ],
    },
    {
      name: "the guide's Deno sample without its await",
      code: `import { Bot } from "https://deno.land/x/grammy/mod.ts";

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
Deno.addSignalListener("SIGINT", () => bot.stop());
Deno.addSignalListener("SIGTERM", () => bot.stop());

bot.start();`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 12,
          data: { call: "bot.start()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "https://deno.land/x/grammy/mod.ts";

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
Deno.addSignalListener("SIGINT", () => bot.stop());
Deno.addSignalListener("SIGTERM", () => bot.stop());

await bot.start();`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "https://deno.land/x/grammy/mod.ts";

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
Deno.addSignalListener("SIGINT", () => bot.stop());
Deno.addSignalListener("SIGTERM", () => bot.stop());

bot.start().catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      name: "member access on the promise: `await` applies to the property, the call floats",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("id", async (ctx) => {
  const id = await ctx.api.getMe().id;
  const name = ctx.getChat()?.title;
  await ctx.reply(\`\${id} \${name}\`);
});`,
      errors: [
        {
          messageId: "floatingMember",
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 35,
          data: { call: "ctx.api.getMe()", property: ".id" },
          suggestions: [
            {
              messageId: "awaitBeforeMember",
              data: { property: ".id" },
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("id", async (ctx) => {
  const id = (await ctx.api.getMe()).id;
  const name = ctx.getChat()?.title;
  await ctx.reply(\`\${id} \${name}\`);
});`,
            },
          ],
        },
        {
          messageId: "floatingMember",
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 29,
          data: { call: "ctx.getChat()", property: "?.title" },
          suggestions: [
            {
              messageId: "awaitBeforeMember",
              data: { property: "?.title" },
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("id", async (ctx) => {
  const id = await ctx.api.getMe().id;
  const name = (await ctx.getChat())?.title;
  await ctx.reply(\`\${id} \${name}\`);
});`,
            },
          ],
        },
      ],
    },
    {
      name: "member access on the promise: no suggestion outside an async function; a leading `await` stays (ASI)",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  console.log(ctx.api.getMe().username);
});
bot.on("message", async (ctx) => {
  log("start")
  await ctx.getChat().id
});`,
      errors: [
        {
          messageId: "floatingMember",
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 30,
          data: { call: "ctx.api.getMe()", property: ".username" },
          suggestions: [],
        },
        {
          messageId: "floatingMember",
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 22,
          data: { call: "ctx.getChat()", property: ".id" },
          suggestions: [
            {
              messageId: "awaitBeforeMember",
              data: { property: ".id" },
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  console.log(ctx.api.getMe().username);
});
bot.on("message", async (ctx) => {
  log("start")
  await (await ctx.getChat()).id
});`,
            },
          ],
        },
      ],
    },
    {
      name: "bound call: a ternary picks one of two context methods, bound and called",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on(":photo", (ctx) => {
  const asDocument = ctx.msg.caption === "file";
  (asDocument ? ctx.replyWithDocument : ctx.replyWithPhoto).bind(ctx)("id");
});`,
      errors: [
        {
          messageId: "floating",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 76,
          data: { call: "(asDocument ? ctx.replyWithDocument : ctx.replyWithPhoto)()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on(":photo", async (ctx) => {
  const asDocument = ctx.msg.caption === "file";
  await (asDocument ? ctx.replyWithDocument : ctx.replyWithPhoto).bind(ctx)("id");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on(":photo", (ctx) => {
  const asDocument = ctx.msg.caption === "file";
  (asDocument ? ctx.replyWithDocument : ctx.replyWithPhoto).bind(ctx)("id").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "bound call: .call(ctx), and .bind(ctx) through a const",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", async (ctx) => {
  ctx.reply.call(ctx, "a");
  const send = ctx.reply.bind(ctx);
  send("b");
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 27,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", async (ctx) => {
  await ctx.reply.call(ctx, "a");
  const send = ctx.reply.bind(ctx);
  send("b");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", async (ctx) => {
  ctx.reply.call(ctx, "a").catch((error) => console.error(error));
  const send = ctx.reply.bind(ctx);
  send("b");
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 12,
          data: { call: "send()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", async (ctx) => {
  ctx.reply.call(ctx, "a");
  const send = ctx.reply.bind(ctx);
  await send("b");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", async (ctx) => {
  ctx.reply.call(ctx, "a");
  const send = ctx.reply.bind(ctx);
  send("b").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "factory: a function returned by a function whose call is registered is a handler",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
function greeter(text: string) {
  return (ctx) => {
    ctx.reply(text);
  };
}
const typing = () => async (ctx, next) => {
  ctx.replyWithChatAction("typing");
  await next();
};
bot.command("hi", greeter("Hi"));
bot.use(typing());`,
      errors: [
        {
          messageId: "floating",
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 20,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
function greeter(text: string) {
  return async (ctx) => {
    await ctx.reply(text);
  };
}
const typing = () => async (ctx, next) => {
  ctx.replyWithChatAction("typing");
  await next();
};
bot.command("hi", greeter("Hi"));
bot.use(typing());`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
function greeter(text: string) {
  return (ctx) => {
    ctx.reply(text).catch((error) => console.error(error));
  };
}
const typing = () => async (ctx, next) => {
  ctx.replyWithChatAction("typing");
  await next();
};
bot.command("hi", greeter("Hi"));
bot.use(typing());`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 36,
          data: { call: "ctx.replyWithChatAction()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
function greeter(text: string) {
  return (ctx) => {
    ctx.reply(text);
  };
}
const typing = () => async (ctx, next) => {
  await ctx.replyWithChatAction("typing");
  await next();
};
bot.command("hi", greeter("Hi"));
bot.use(typing());`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
function greeter(text: string) {
  return (ctx) => {
    ctx.reply(text);
  };
}
const typing = () => async (ctx, next) => {
  ctx.replyWithChatAction("typing").catch((error) => console.error(error));
  await next();
};
bot.command("hi", greeter("Hi"));
bot.use(typing());`,
            },
          ],
        },
      ],
    },

  ],
});

esmTester.run("no-floating-promises (ES modules)", rule, {
  valid: [
    {
      name: "ESM: #22 groups 1 and 3, arrays of grammY promises awaited with Promise.all or one by one, an async .map() callback that catches",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const replies = [ctx.reply("a"), ctx.reply("b")];
  await Promise.all(replies);
  const ids = [1, 2];
  await Promise.all(
    ids.map(async (id) => {
      await bot.api.sendMessage(id, "c");
    }),
  );
  ids.map(async (id) => {
    try {
      await bot.api.sendMessage(id, "d");
    } catch (error) {
      console.error(error);
    }
  });
  const kept = [ctx.reply("e")];
  for (const sent of kept) await sent;
});`,
    },
    {
      name: "ESM: #22 group 2, a helper that catches its own errors, and promises handed on (an argument, an outer variable, a return, Promise.all)",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const pending = [];
let last;
async function safe(ctx) {
  try {
    await ctx.reply("a");
  } catch (error) {
    console.error(error);
  }
}
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
const both = (ctx) => [ctx.reply("b"), ctx.reply("c")];
bot.on("message", async (ctx) => {
  safe(ctx);
  pending.push(notify\`handed on\`);
  last = new Promise((ok, fail) => ctx.reply("d").then(ok, fail));
  new Promise((ok) => ctx.reply("e").then(ok, console.error));
  await Promise.all(both(ctx));
  await (async () => {
    await ctx.reply("f");
  })();
  return new Promise((ok, fail) => ctx.reply("g").then(ok, fail));
});`,
    },
    guidePollingJs,
    guideRunnerCjs,
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", (ctx) => ctx.reply("Welcome!"));
bot.on("message", async (ctx, next) => {
  await ctx.reply("Hi");
  await next();
});
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  await Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
  users.forEach((id) => {
    bot.api.sendMessage(id, "News!").catch(console.error);
  });
});
process.once("SIGINT", () => bot.stop());
await bot.start();`,
    {
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  void ctx.reply("fire and forget");
});`,
      options: [{ ignoreVoid: true }],
    },
    `import { Bot } from "grammy";
const bot = new Bot("t");
const me = (await bot.api.getMe()).username;
console.log(me);`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
await bot.api.sendMessage.apply(bot.api, [1, "up"]);`,
    `import { Bot } from "grammy";
const bot = new Bot("t");
class Errors {
  handle(ctx) {
    return ctx.reply("Something went wrong.");
  }
  handler() {
    return async (err) => {
      await this.handle(err.ctx);
    };
  }
}
bot.catch(new Errors().handler());`,
  ],
  invalid: [
    {
      name: "ESM: messages fit their place, in middleware and outside it",
      code: placesJs(`import { Bot } from "grammy";`),
      errors: placesJsErrors(placesJs(`import { Bot } from "grammy";`), true),
    },
    {
      name: "ESM: #22 group 3, grammY promises kept in the properties of a const object and dropped",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const pending = { sent: ctx.reply("a"), typing: ctx.replyWithChatAction("typing") };
  pending.sent;
  void pending.typing;
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 41,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const pending = { sent: ctx.reply("a").catch((error) => console.error(error)), typing: ctx.replyWithChatAction("typing") };
  pending.sent;
  void pending.typing;
});`,
            },
          ],
        },
        {
          messageId: "floatingVoid",
          line: 4,
          column: 51,
          endLine: 4,
          endColumn: 84,
          data: { call: "ctx.replyWithChatAction()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const pending = { sent: ctx.reply("a"), typing: ctx.replyWithChatAction("typing").catch((error) => console.error(error)) };
  pending.sent;
  void pending.typing;
});`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: #22 groups 1 and 3, an array of grammY promises kept in a const and awaited as an array or read by index, an async .map() callback left as a statement",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const replies = [ctx.reply("a"), ctx.reply("b")];
  await replies;
  const ids = [1, 2];
  ids.map(async (id) => {
    await bot.api.sendMessage(id, "c");
  });
  const sent = [ctx.reply("d")];
  sent?.[0];
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 34,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const replies = [ctx.reply("a").catch((error) => console.error(error)), ctx.reply("b")];
  await replies;
  const ids = [1, 2];
  ids.map(async (id) => {
    await bot.api.sendMessage(id, "c");
  });
  const sent = [ctx.reply("d")];
  sent?.[0];
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 50,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const replies = [ctx.reply("a"), ctx.reply("b").catch((error) => console.error(error))];
  await replies;
  const ids = [1, 2];
  ids.map(async (id) => {
    await bot.api.sendMessage(id, "c");
  });
  const sent = [ctx.reply("d")];
  sent?.[0];
});`,
            },
          ],
        },
        {
          messageId: "floatingInCallback",
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 39,
          data: { call: "bot.api.sendMessage()", caller: "ids.map()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const replies = [ctx.reply("a"), ctx.reply("b")];
  await replies;
  const ids = [1, 2];
  ids.map(async (id) => {
    await bot.api.sendMessage(id, "c").catch((error) => console.error(error));
  });
  const sent = [ctx.reply("d")];
  sent?.[0];
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 10,
          column: 17,
          endLine: 10,
          endColumn: 31,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const replies = [ctx.reply("a"), ctx.reply("b")];
  await replies;
  const ids = [1, 2];
  ids.map(async (id) => {
    await bot.api.sendMessage(id, "c");
  });
  const sent = [ctx.reply("d").catch((error) => console.error(error))];
  sent?.[0];
});`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: #22 group 2, a tag, helpers returning a tuple of grammY promises, and a new Promise that pass on grammY rejections",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
function both(ctx) {
  return [ctx.reply("a"), ctx.reply("b")];
}
function relay(ctx) {
  return both(ctx);
}
bot.on("message", (ctx) => {
  notify\`hello\`;
  both(ctx);
  relay(ctx);
  new Promise((ok, fail) => ctx.reply("c").then(ok, fail));
});`,
      errors: [
        {
          messageId: "floatingHelper",
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 16,
          data: { call: "notify`…`", carried: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
function both(ctx) {
  return [ctx.reply("a"), ctx.reply("b")];
}
function relay(ctx) {
  return both(ctx);
}
bot.on("message", async (ctx) => {
  await notify\`hello\`;
  both(ctx);
  relay(ctx);
  new Promise((ok, fail) => ctx.reply("c").then(ok, fail));
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
function both(ctx) {
  return [ctx.reply("a"), ctx.reply("b")];
}
function relay(ctx) {
  return both(ctx);
}
bot.on("message", (ctx) => {
  notify\`hello\`.catch((error) => console.error(error));
  both(ctx);
  relay(ctx);
  new Promise((ok, fail) => ctx.reply("c").then(ok, fail));
});`,
            },
          ],
        },
        {
          messageId: "floatingHelper",
          line: 14,
          column: 3,
          endLine: 14,
          endColumn: 12,
          data: { call: "both()", carried: "ctx.reply()" },
          suggestions: [
            {
              messageId: "wrapPromiseAll",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
function both(ctx) {
  return [ctx.reply("a"), ctx.reply("b")];
}
function relay(ctx) {
  return both(ctx);
}
bot.on("message", async (ctx) => {
  notify\`hello\`;
  await Promise.all(both(ctx));
  relay(ctx);
  new Promise((ok, fail) => ctx.reply("c").then(ok, fail));
});`,
            },
          ],
        },
        {
          messageId: "floatingHelper",
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 13,
          data: { call: "relay()", carried: "ctx.reply()" },
          suggestions: [
            {
              messageId: "wrapPromiseAll",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
function both(ctx) {
  return [ctx.reply("a"), ctx.reply("b")];
}
function relay(ctx) {
  return both(ctx);
}
bot.on("message", async (ctx) => {
  notify\`hello\`;
  both(ctx);
  await Promise.all(relay(ctx));
  new Promise((ok, fail) => ctx.reply("c").then(ok, fail));
});`,
            },
          ],
        },
        {
          messageId: "floatingHelper",
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 59,
          data: { call: "new Promise()", carried: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
function both(ctx) {
  return [ctx.reply("a"), ctx.reply("b")];
}
function relay(ctx) {
  return both(ctx);
}
bot.on("message", async (ctx) => {
  notify\`hello\`;
  both(ctx);
  relay(ctx);
  await new Promise((ok, fail) => ctx.reply("c").then(ok, fail));
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
function both(ctx) {
  return [ctx.reply("a"), ctx.reply("b")];
}
function relay(ctx) {
  return both(ctx);
}
bot.on("message", (ctx) => {
  notify\`hello\`;
  both(ctx);
  relay(ctx);
  new Promise((ok, fail) => ctx.reply("c").then(ok, fail)).catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: #22 group 3, a kept promise voided",
      code: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.command("start", (ctx) => {
  const welcome = ctx.reply("Welcome!");
  void welcome;
});`,
      errors: [
        {
          messageId: "floatingVoid",
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 40,
          data: { call: "ctx.reply()" },
          suggestions: [{ messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.command("start", (ctx) => {
  const welcome = ctx.reply("Welcome!").catch((error) => console.error(error));
  void welcome;
});` }],
        },
      ],
    },
    {
      name: "ESM: #22 group 5, an array of replies returned to bot.command()",
      code: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.command("both", (ctx) => [ctx.reply("one"), ctx.reply("two")]);`,
      errors: [
        {
          messageId: "floating",
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 47,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "wrapPromiseAll", output: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.command("both", (ctx) => Promise.all([ctx.reply("one"), ctx.reply("two")]));` },
            { messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.command("both", (ctx) => [ctx.reply("one").catch((error) => console.error(error)), ctx.reply("two")]);` },
          ],
        },
        {
          messageId: "floating",
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 65,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "wrapPromiseAll", output: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.command("both", (ctx) => Promise.all([ctx.reply("one"), ctx.reply("two")]));` },
            { messageId: "addCatch", output: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.command("both", (ctx) => [ctx.reply("one"), ctx.reply("two").catch((error) => console.error(error))]);` },
          ],
        },
      ],
    },
    {
      name: "ESM: a server's listen callback awaits setWebhook; the server ignores its promise",
      code: `import { Bot } from "grammy";
import express from "express";
const bot = new Bot(process.env.BOT_TOKEN);
const app = express();
app.listen(3000, async () => {
  await bot.api.setWebhook("https://example.com/bot");
});`,
      errors: [
        {
          messageId: "floatingInCallbackOutsideMiddleware",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 54,
          data: { call: "bot.api.setWebhook()", caller: "app.listen()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
import express from "express";
const bot = new Bot(process.env.BOT_TOKEN);
const app = express();
app.listen(3000, async () => {
  await bot.api.setWebhook("https://example.com/bot").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: a broadcast whose awaits sit in forEach's async callback",
      code: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.command("broadcast", (ctx) => {
  [1, 2].forEach(async (id) => {
    await bot.api.sendMessage(id, ctx.match);
  });
});`,
      errors: [
        {
          messageId: "floatingInCallback",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 45,
          data: { call: "bot.api.sendMessage()", caller: "[1, 2].forEach()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.command("broadcast", (ctx) => {
  [1, 2].forEach(async (id) => {
    await bot.api.sendMessage(id, ctx.match).catch((error) => console.error(error));
  });
});`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: top-level await is legal",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.start();`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
          data: { call: "bot.start()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
await bot.start();`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.start().catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: a handler that is not async",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", function (ctx) {
  ctx.reply("Welcome!");
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", async function (ctx) {
  await ctx.reply("Welcome!");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.command("start", function (ctx) {
  ctx.reply("Welcome!").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: broadcast with forEach and map",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!"));
  users.map((id) => bot.api.sendMessage(id, "News!"));
});`,
      errors: [
        {
          messageId: "floatingCallback",
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 57,
          data: { call: "bot.api.sendMessage()", caller: "users.forEach()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!").catch((error) => console.error(error)));
  users.map((id) => bot.api.sendMessage(id, "News!"));
});`,
            },
          ],
        },
        {
          messageId: "floatingMap",
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 53,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "wrapPromiseAll",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!"));
  await Promise.all(users.map((id) => bot.api.sendMessage(id, "News!")));
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!"));
  users.map((id) => bot.api.sendMessage(id, "News!").catch((error) => console.error(error)));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: top-level .map()",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
users.map((id) => bot.api.sendMessage(id, "Restarted"));`,
      errors: [
        {
          messageId: "floatingMapOutsideMiddleware",
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 55,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "wrapPromiseAll",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
await Promise.all(users.map((id) => bot.api.sendMessage(id, "Restarted")));`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
users.map((id) => bot.api.sendMessage(id, "Restarted").catch((error) => console.error(error)));`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: void, then, finally",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx, next) => {
  void next();
  ctx.reply("a").then(log);
  ctx.reply("b").finally(log);
});`,
      errors: [
        {
          messageId: "floatingVoid",
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 14,
          data: { call: "next()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx, next) => {
  await next();
  ctx.reply("a").then(log);
  ctx.reply("b").finally(log);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx, next) => {
  void next().catch((error) => console.error(error));
  ctx.reply("a").then(log);
  ctx.reply("b").finally(log);
});`,
            },
          ],
        },
        {
          messageId: "floatingThen",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx, next) => {
  void next();
  await ctx.reply("a").then(log);
  ctx.reply("b").finally(log);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx, next) => {
  void next();
  ctx.reply("a").then(log).catch((error) => console.error(error));
  ctx.reply("b").finally(log);
});`,
            },
          ],
        },
        {
          messageId: "floatingFinally",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx, next) => {
  void next();
  ctx.reply("a").then(log);
  await ctx.reply("b").finally(log);
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx, next) => {
  void next();
  ctx.reply("a").then(log);
  ctx.reply("b").finally(log).catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: member access on the promise at the top level, directly awaited",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const me = await bot.api.getMe().username;
console.log(me);`,
      errors: [
        {
          messageId: "floatingMemberOutsideMiddleware",
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 33,
          data: { call: "bot.api.getMe()", property: ".username" },
          suggestions: [
            {
              messageId: "awaitBeforeMember",
              data: { property: ".username" },
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const me = (await bot.api.getMe()).username;
console.log(me);`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: bound call of an Api method with .apply at the top level",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.api.sendMessage.apply(bot.api, [1, "up"]);`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 46,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
await bot.api.sendMessage.apply(bot.api, [1, "up"]);`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.api.sendMessage.apply(bot.api, [1, "up"]).catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      name: "ESM: an error handler made by a method, registered with bot.catch; its helper's promise floats",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
class Errors {
  handle(ctx) {
    return ctx.reply("Something went wrong.");
  }
  handler() {
    return (err) => {
      this.handle(err.ctx);
    };
  }
}
bot.catch(new Errors().handler());`,
      errors: [
        {
          messageId: "floatingHelper",
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 27,
          data: { call: "this.handle()", carried: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
class Errors {
  handle(ctx) {
    return ctx.reply("Something went wrong.");
  }
  handler() {
    return async (err) => {
      await this.handle(err.ctx);
    };
  }
}
bot.catch(new Errors().handler());`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
class Errors {
  handle(ctx) {
    return ctx.reply("Something went wrong.");
  }
  handler() {
    return (err) => {
      this.handle(err.ctx).catch((error) => console.error(error));
    };
  }
}
bot.catch(new Errors().handler());`,
            },
          ],
        },
      ],
    },

  ],
});

cjsTester.run("no-floating-promises (CommonJS)", rule, {
  valid: [
    {
      name: "a listen callback that catches setWebhook's rejection itself",
      code: `const { Bot } = require("grammy");
const http = require("node:http");
const bot = new Bot(process.env.BOT_TOKEN);
http.createServer().listen(8080, async () => {
  try {
    await bot.api.setWebhook("https://example.com/bot");
  } catch (error) {
    console.error(error);
  }
});`,
    },
    {
      name: "listen's port is no callback: only its last argument is",
      code: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
server.listen(async () => bot.api.getMe(), () => console.log("up"));`,
    },
    {
      name: "#24: CommonJS shutdown listeners with a chain on the stop",
      code: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
process.once("SIGINT", () => bot.stop().then(() => process.exit(0)));
process.once("SIGTERM", function () {
  return bot.stop().finally(() => process.exit(0));
});`,
    },
    guideRunnerCjs,
    `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.command("start", (ctx) => ctx.reply("Welcome!"));
bot.on("message", async (ctx) => {
  await ctx.reply("Hi");
});
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());
bot.start().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});`,
    `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.callbackQuery("howto", async (ctx) => {
  const botId = (await ctx.api.getMe()).id;
  await ctx.answerCallbackQuery(String(botId));
});`,
    `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message", (ctx) => {
  const send = ctx.msg.document ? ctx.replyWithDocument : ctx.replyWithPhoto;
  return send.call(ctx, "id");
});`,
    `const { Bot } = require("grammy");
const bot = new Bot("t");
function greeter(text) {
  return async (ctx) => {
    await ctx.reply(text);
  };
}
bot.command("hi", greeter("Hi"));`,
  ],
  invalid: [
    {
      name: "CommonJS: messages fit their place, in middleware and outside it",
      code: placesJs(`const { Bot } = require("grammy");`),
      errors: placesJsErrors(placesJs(`const { Bot } = require("grammy");`), false),
    },
    {
      name: "CommonJS: #22 group 2, a tag, a voided tuple helper, a new Promise whose executor chains .catch(fail), an async IIFE",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
const both = (ctx) => [ctx.reply("a"), ctx.reply("b")];
bot.on("message", (ctx) => {
  notify\`hello\`;
  void both(ctx);
  new Promise((ok, fail) => {
    ctx.reply("c").then(ok).catch(fail);
  });
  (async () => {
    await ctx.reply("d");
  })();
});`,
      errors: [
        {
          messageId: "floatingHelper",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 16,
          data: { call: "notify`…`", carried: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
const both = (ctx) => [ctx.reply("a"), ctx.reply("b")];
bot.on("message", async (ctx) => {
  await notify\`hello\`;
  void both(ctx);
  new Promise((ok, fail) => {
    ctx.reply("c").then(ok).catch(fail);
  });
  (async () => {
    await ctx.reply("d");
  })();
});`,
            },
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
const both = (ctx) => [ctx.reply("a"), ctx.reply("b")];
bot.on("message", (ctx) => {
  notify\`hello\`.catch((error) => console.error(error));
  void both(ctx);
  new Promise((ok, fail) => {
    ctx.reply("c").then(ok).catch(fail);
  });
  (async () => {
    await ctx.reply("d");
  })();
});`,
            },
          ],
        },
        {
          messageId: "floatingVoid",
          line: 9,
          column: 8,
          endLine: 9,
          endColumn: 17,
          data: { call: "both()" },
          suggestions: [
            {
              messageId: "wrapPromiseAll",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
const both = (ctx) => [ctx.reply("a"), ctx.reply("b")];
bot.on("message", async (ctx) => {
  notify\`hello\`;
  await Promise.all(both(ctx));
  new Promise((ok, fail) => {
    ctx.reply("c").then(ok).catch(fail);
  });
  (async () => {
    await ctx.reply("d");
  })();
});`,
            },
          ],
        },
        {
          messageId: "floatingHelper",
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 14,
          data: { call: "new Promise()", carried: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
const both = (ctx) => [ctx.reply("a"), ctx.reply("b")];
bot.on("message", async (ctx) => {
  notify\`hello\`;
  void both(ctx);
  await new Promise((ok, fail) => {
    ctx.reply("c").then(ok).catch(fail);
  });
  (async () => {
    await ctx.reply("d");
  })();
});`,
            },
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
const both = (ctx) => [ctx.reply("a"), ctx.reply("b")];
bot.on("message", (ctx) => {
  notify\`hello\`;
  void both(ctx);
  new Promise((ok, fail) => {
    ctx.reply("c").then(ok).catch(fail);
  }).catch((error) => console.error(error));
  (async () => {
    await ctx.reply("d");
  })();
});`,
            },
          ],
        },
        {
          messageId: "floatingHelper",
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 15,
          data: { call: "(async () => …)()", carried: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
const both = (ctx) => [ctx.reply("a"), ctx.reply("b")];
bot.on("message", async (ctx) => {
  notify\`hello\`;
  void both(ctx);
  new Promise((ok, fail) => {
    ctx.reply("c").then(ok).catch(fail);
  });
  await (async () => {
    await ctx.reply("d");
  })();
});`,
            },
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function notify(strings) {
  await bot.api.sendMessage(1, strings.join(""));
}
const both = (ctx) => [ctx.reply("a"), ctx.reply("b")];
bot.on("message", (ctx) => {
  notify\`hello\`;
  void both(ctx);
  new Promise((ok, fail) => {
    ctx.reply("c").then(ok).catch(fail);
  });
  (async () => {
    await ctx.reply("d");
  })().catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "CommonJS: #22 group 3, a kept promise never read",
      code: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
async function main() {
  const me = bot.api.getMe();
  await bot.start();
}
main().catch(console.error);`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 29,
          data: { call: "bot.api.getMe()" },
          suggestions: [{ messageId: "addCatch", output: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
async function main() {
  const me = bot.api.getMe().catch((error) => console.error(error));
  await bot.start();
}
main().catch(console.error);` }],
        },
      ],
    },
    {
      name: "CommonJS: #22 groups 4 and 5, an object is no handler, a promise in a template literal",
      code: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
bot.on("message", async (ctx) => {
  ctx.reply("hi").catch({ log: true });
  console.log(\`\${bot.api.getMe()}\`);
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 18,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "addAwait", output: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
bot.on("message", async (ctx) => {
  await ctx.reply("hi").catch({ log: true });
  console.log(\`\${bot.api.getMe()}\`);
});` },
            { messageId: "addCatch", output: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
bot.on("message", async (ctx) => {
  ctx.reply("hi").catch({ log: true }).catch((error) => console.error(error));
  console.log(\`\${bot.api.getMe()}\`);
});` },
          ],
        },
        {
          messageId: "floating",
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 33,
          data: { call: "bot.api.getMe()" },
          suggestions: [
            { messageId: "addAwait", output: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
bot.on("message", async (ctx) => {
  ctx.reply("hi").catch({ log: true });
  console.log(\`\${await bot.api.getMe()}\`);
});` },
            { messageId: "addCatch", output: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
bot.on("message", async (ctx) => {
  ctx.reply("hi").catch({ log: true });
  console.log(\`\${bot.api.getMe().catch((error) => console.error(error))}\`);
});` },
          ],
        },
      ],
    },
    {
      name: "#24: CommonJS: a chain on a non-stop call returned from a signal listener still floats",
      code: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
process.on("SIGINT", function () {
  return bot.api.sendMessage(1, "bye").finally(() => process.exit(0));
});`,
      errors: [
        {
          messageId: "floatingCallbackOutsideMiddleware",
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 39,
          data: { call: "bot.api.sendMessage()", caller: "process.on()" },
          suggestions: [{ messageId: "addCatch", output: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
process.on("SIGINT", function () {
  return bot.api.sendMessage(1, "bye").finally(() => process.exit(0)).catch((error) => console.error(error));
});` }],
        },
      ],
    },
    {
      name: "CommonJS: awaited in an event listener, whose promise the emitter ignores (a process listener is not reported)",
      code: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
const { EventEmitter } = require("node:events");
const events = new EventEmitter();
events.on("order", async (order) => {
  await bot.api.sendMessage(order.chat, "Your order is ready");
});
process.once("SIGTERM", async () => {
  await bot.stop();
});`,
      errors: [
        {
          messageId: "floatingInCallbackOutsideMiddleware",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 63,
          data: { call: "bot.api.sendMessage()", caller: "events.on()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot(process.env.BOT_TOKEN);
const { EventEmitter } = require("node:events");
const events = new EventEmitter();
events.on("order", async (order) => {
  await bot.api.sendMessage(order.chat, "Your order is ready").catch((error) => console.error(error));
});
process.once("SIGTERM", async () => {
  await bot.stop();
});`,
            },
          ],
        },
      ],
    },
    {
      name: "CommonJS: no top-level await, only .catch()",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.start();
bot.api.sendMessage(1, "up");`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
          data: { call: "bot.start()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.start().catch((error) => console.error(error));
bot.api.sendMessage(1, "up");`,
            },
          ],
        },
        {
          messageId: "floatingOutsideMiddleware",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 29,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.start();
bot.api.sendMessage(1, "up").catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      // The suggestion's output for the case below: \`main()\` now floats the start's rejection in turn.
      name: "CommonJS: an async main() that awaits the start, called bare, passes the start's rejection on",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function main() {
  await bot.start();
}
main();`,
      errors: [
        {
          messageId: "floatingHelperOutsideMiddleware",
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 7,
          data: { call: "main()", carried: "bot.start()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function main() {
  await bot.start();
}
main().catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      name: "CommonJS: await inside an async function",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function main() {
  bot.start();
}
main();`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 14,
          data: { call: "bot.start()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function main() {
  await bot.start();
}
main();`,
            },
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
async function main() {
  bot.start().catch((error) => console.error(error));
}
main();`,
            },
          ],
        },
      ],
    },
    {
      name: "CommonJS: a handler that is not async",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.command("start", (ctx) => {
  ctx.reply("Welcome!");
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.command("start", async (ctx) => {
  await ctx.reply("Welcome!");
});`,
            },
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.command("start", (ctx) => {
  ctx.reply("Welcome!").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "CommonJS: top-level .map() gets no await",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
const users = [1, 2];
users.map((id) => bot.api.sendMessage(id, "Restarted"));`,
      errors: [
        {
          messageId: "floatingMapOutsideMiddleware",
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 55,
          data: { call: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
const users = [1, 2];
users.map((id) => bot.api.sendMessage(id, "Restarted").catch((error) => console.error(error)));`,
            },
          ],
        },
      ],
    },
    {
      name: "CommonJS: forEach, timers, listeners",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!"));
  setTimeout(() => ctx.deleteMessage(), 5000);
});
process.once("SIGUSR2", () => bot.stop());`,
      errors: [
        {
          messageId: "floatingCallback",
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 57,
          data: { call: "bot.api.sendMessage()", caller: "users.forEach()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!").catch((error) => console.error(error)));
  setTimeout(() => ctx.deleteMessage(), 5000);
});
process.once("SIGUSR2", () => bot.stop());`,
            },
          ],
        },
        {
          messageId: "floatingCallback",
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 39,
          data: { call: "ctx.deleteMessage()", caller: "setTimeout()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!"));
  setTimeout(() => ctx.deleteMessage().catch((error) => console.error(error)), 5000);
});
process.once("SIGUSR2", () => bot.stop());`,
            },
          ],
        },
        {
          messageId: "floatingCallbackOutsideMiddleware",
          line: 8,
          column: 31,
          endLine: 8,
          endColumn: 41,
          data: { call: "bot.stop()", caller: "process.once()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!"));
  setTimeout(() => ctx.deleteMessage(), 5000);
});
process.once("SIGUSR2", () => bot.stop().catch((error) => console.error(error)));`,
            },
          ],
        },
      ],
    },
    {
      name: "CommonJS: logical, ternary, optional call",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a");
  ok ? ctx.reply("b") : null;
  ctx.reply?.("c");
});`,
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 29,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && await ctx.reply("a");
  ok ? ctx.reply("b") : null;
  ctx.reply?.("c");
});`,
            },
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a").catch((error) => console.error(error));
  ok ? ctx.reply("b") : null;
  ctx.reply?.("c");
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 22,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a");
  ok ? await ctx.reply("b") : null;
  ctx.reply?.("c");
});`,
            },
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a");
  ok ? ctx.reply("b").catch((error) => console.error(error)) : null;
  ctx.reply?.("c");
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 19,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a");
  ok ? ctx.reply("b") : null;
  await ctx.reply?.("c");
});`,
            },
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.chat && ctx.reply("a");
  ok ? ctx.reply("b") : null;
  ctx.reply?.("c").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "CommonJS: the runner's task()",
      code: `const { Bot } = require("grammy");
const { run } = require("@grammyjs/runner");
const bot = new Bot("t");
const runner = run(bot);
runner.task();`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 14,
          data: { call: "runner.task()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const { run } = require("@grammyjs/runner");
const bot = new Bot("t");
const runner = run(bot);
runner.task()?.catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },

    {
      name: "the guide's JavaScript sample in CommonJS without its await",
      code: `const { Bot } = require("grammy");

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

bot.start();`,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 12,
          data: { call: "bot.start()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

bot.start().catch((error) => console.error(error));`,
            },
          ],
        },
      ],
    },
    {
      name: "CommonJS: member access on the promise in a callback query handler",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.callbackQuery("howto", async (ctx) => {
  const botId = await ctx.api.getMe().id;
  await ctx.answerCallbackQuery(String(botId));
});
bot.on("message", (ctx) => {
  console.log(ctx.api.getMe().id);
});`,
      errors: [
        {
          messageId: "floatingMember",
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 38,
          data: { call: "ctx.api.getMe()", property: ".id" },
          suggestions: [
            {
              messageId: "awaitBeforeMember",
              data: { property: ".id" },
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.callbackQuery("howto", async (ctx) => {
  const botId = (await ctx.api.getMe()).id;
  await ctx.answerCallbackQuery(String(botId));
});
bot.on("message", (ctx) => {
  console.log(ctx.api.getMe().id);
});`,
            },
          ],
        },
        {
          messageId: "floatingMember",
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 30,
          data: { call: "ctx.api.getMe()", property: ".id" },
          suggestions: [],
        },
      ],
    },
    {
      name: "CommonJS: a ternary of context methods kept in a const, then called with .call(ctx)",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const send = ctx.msg.document ? ctx.replyWithDocument : ctx.replyWithPhoto;
  send.call(ctx, "id");
});`,
      errors: [
        {
          messageId: "floating",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 23,
          data: { call: "send()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const send = ctx.msg.document ? ctx.replyWithDocument : ctx.replyWithPhoto;
  await send.call(ctx, "id");
});`,
            },
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const send = ctx.msg.document ? ctx.replyWithDocument : ctx.replyWithPhoto;
  send.call(ctx, "id").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "CommonJS: a handler made by a factory function",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
function greeter(text) {
  return (ctx) => {
    ctx.reply(text);
  };
}
bot.command("hi", greeter("Hi"));`,
      errors: [
        {
          messageId: "floating",
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 20,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
function greeter(text) {
  return async (ctx) => {
    await ctx.reply(text);
  };
}
bot.command("hi", greeter("Hi"));`,
            },
            {
              messageId: "addCatch",
              output: `const { Bot } = require("grammy");
const bot = new Bot("t");
function greeter(text) {
  return (ctx) => {
    ctx.reply(text).catch((error) => console.error(error));
  };
}
bot.command("hi", greeter("Hi"));`,
            },
          ],
        },
      ],
    },

  ],
});

typedTester.run("no-floating-promises (typed)", rule, {
  valid: [
    { code: guidePolling, filename: typedFilename },
    { code: guideRunner, filename: typedFilename },
    { code: `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
type MyContext = ConversationFlavor<Context> & MenuFlavor;
const bot = new Bot<MyContext>("t");
async function order(conversation: Conversation, ctx: Context) {
  // The conversations plugin lets wait calls run concurrently, unawaited.
  conversation.waitForCommand("cancel");
  conversation.wait().andFor("message:photo");
  const text = await conversation.waitFor("message:text");
  await ctx.reply(\`Got \${text.message.text}\`);
}
bot.use(conversations());
bot.use(createConversation(order));
export const menu = new Menu<MyContext>("main").text("Next", (ctx) => {
  ctx.menu.update();
  ctx.menu.nav("second");
  ctx.menu.back();
  ctx.menu.close();
});
bot.use(menu);
bot.command("order", async (ctx) => {
  await ctx.conversation.enter("order");
});`, filename: typedFilename },
    { code: `import { Bot } from "grammy";
const bot = new Bot("t");
async function mine(): Promise<void> {}
bot.on("message", (ctx) => {
  mine();
  fetch("https://example.com");
  ctx.has(":text");
  ctx.entities();
});`, filename: typedFilename },
  ],
  invalid: [
    {
      name: "typed: #22 group 3, a kept promise ending in .finally()",
      filename: typedFilename,
      code: `import type { Context } from "grammy";
export function greet(ctx: Context) {
  const sent = ctx.reply("hi");
  sent.finally(() => console.log("done"));
}`,
      errors: [
        {
          messageId: "floatingFinally",
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 31,
          data: { call: "ctx.reply()" },
          suggestions: [{ messageId: "addCatch", output: `import type { Context } from "grammy";
export function greet(ctx: Context) {
  const sent = ctx.reply("hi").catch((error) => console.error(error));
  sent.finally(() => console.log("done"));
}` }],
        },
      ],
    },
    {
      name: "typed: #22 groups 4 and 5, an array returned to a composer, a number is no handler",
      filename: typedFilename,
      code: `import { Composer, type Context } from "grammy";
const composer = new Composer<Context>();
composer.on("message", (ctx) => [ctx.reply("a")]);
export function log(ctx: Context) {
  ctx.reply("b").catch(404);
}`,
      errors: [
        {
          messageId: "floating",
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 48,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "wrapPromiseAll", output: `import { Composer, type Context } from "grammy";
const composer = new Composer<Context>();
composer.on("message", (ctx) => Promise.all([ctx.reply("a")]));
export function log(ctx: Context) {
  ctx.reply("b").catch(404);
}` },
            { messageId: "addCatch", output: `import { Composer, type Context } from "grammy";
const composer = new Composer<Context>();
composer.on("message", (ctx) => [ctx.reply("a").catch((error) => console.error(error))]);
export function log(ctx: Context) {
  ctx.reply("b").catch(404);
}` },
          ],
        },
        {
          messageId: "floating",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          data: { call: "ctx.reply()" },
          suggestions: [{ messageId: "addCatch", output: `import { Composer, type Context } from "grammy";
const composer = new Composer<Context>();
composer.on("message", (ctx) => [ctx.reply("a")]);
export function log(ctx: Context) {
  ctx.reply("b").catch(404).catch((error) => console.error(error));
}` }],
        },
      ],
    },
    {
      name: "typed: awaited in a timer's async callback, the context known by its type",
      filename: typedFilename,
      code: `import type { Context } from "grammy";
export function later(ctx: Context) {
  setTimeout(async () => {
    await ctx.reply("later");
  }, 1000);
}`,
      errors: [
        {
          messageId: "floatingInCallback",
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 29,
          data: { call: "ctx.reply()", caller: "setTimeout()" },
          suggestions: [{ messageId: "addCatch", output: `import type { Context } from "grammy";
export function later(ctx: Context) {
  setTimeout(async () => {
    await ctx.reply("later").catch((error) => console.error(error));
  }, 1000);
}` }],
        },
      ],
    },
    {
      name: "typed: grammY objects known only by their type",
      code: `import { Bot, type Api, type Context } from "grammy";
import type { RunnerHandle } from "@grammyjs/runner";
export class Notifier {
  constructor(private readonly api: Api, private readonly handle: RunnerHandle) {}
  notify(player: { ctx: Context }) {
    this.api.sendMessage(1, "x");
    player.ctx.reply("hi");
    this.handle.stop();
  }
}`,
      filename: typedFilename,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 33,
          data: { call: "this.api.sendMessage()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot, type Api, type Context } from "grammy";
import type { RunnerHandle } from "@grammyjs/runner";
export class Notifier {
  constructor(private readonly api: Api, private readonly handle: RunnerHandle) {}
  notify(player: { ctx: Context }) {
    this.api.sendMessage(1, "x").catch((error) => console.error(error));
    player.ctx.reply("hi");
    this.handle.stop();
  }
}`,
            },
          ],
        },
        {
          messageId: "floatingOutsideMiddleware",
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 27,
          data: { call: "player.ctx.reply()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot, type Api, type Context } from "grammy";
import type { RunnerHandle } from "@grammyjs/runner";
export class Notifier {
  constructor(private readonly api: Api, private readonly handle: RunnerHandle) {}
  notify(player: { ctx: Context }) {
    this.api.sendMessage(1, "x");
    player.ctx.reply("hi").catch((error) => console.error(error));
    this.handle.stop();
  }
}`,
            },
          ],
        },
        {
          messageId: "floatingOutsideMiddleware",
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 23,
          data: { call: "this.handle.stop()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot, type Api, type Context } from "grammy";
import type { RunnerHandle } from "@grammyjs/runner";
export class Notifier {
  constructor(private readonly api: Api, private readonly handle: RunnerHandle) {}
  notify(player: { ctx: Context }) {
    this.api.sendMessage(1, "x");
    player.ctx.reply("hi");
    this.handle.stop()?.catch((error) => console.error(error));
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "typed: plugin promises (conversations, menu)",
      code: `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
type MyContext = ConversationFlavor<Context> & MenuFlavor;
const bot = new Bot<MyContext>("t");
async function greet(conversation: Conversation, ctx: Context) {
  conversation.external(() => Date.now());
  ctx.reply("Hi");
}
bot.use(conversations());
bot.use(createConversation(greet));
export const menu = new Menu<MyContext>("main").text("Refresh", (ctx) => {
  ctx.menu.update({ immediate: true });
});
bot.command("greet", (ctx) => {
  ctx.conversation.enter("greet");
});`,
      filename: typedFilename,
      errors: [
        {
          messageId: "floating",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 42,
          data: { call: "conversation.external()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
type MyContext = ConversationFlavor<Context> & MenuFlavor;
const bot = new Bot<MyContext>("t");
async function greet(conversation: Conversation, ctx: Context) {
  await conversation.external(() => Date.now());
  ctx.reply("Hi");
}
bot.use(conversations());
bot.use(createConversation(greet));
export const menu = new Menu<MyContext>("main").text("Refresh", (ctx) => {
  ctx.menu.update({ immediate: true });
});
bot.command("greet", (ctx) => {
  ctx.conversation.enter("greet");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
type MyContext = ConversationFlavor<Context> & MenuFlavor;
const bot = new Bot<MyContext>("t");
async function greet(conversation: Conversation, ctx: Context) {
  conversation.external(() => Date.now()).catch((error) => console.error(error));
  ctx.reply("Hi");
}
bot.use(conversations());
bot.use(createConversation(greet));
export const menu = new Menu<MyContext>("main").text("Refresh", (ctx) => {
  ctx.menu.update({ immediate: true });
});
bot.command("greet", (ctx) => {
  ctx.conversation.enter("greet");
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 18,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
type MyContext = ConversationFlavor<Context> & MenuFlavor;
const bot = new Bot<MyContext>("t");
async function greet(conversation: Conversation, ctx: Context) {
  conversation.external(() => Date.now());
  await ctx.reply("Hi");
}
bot.use(conversations());
bot.use(createConversation(greet));
export const menu = new Menu<MyContext>("main").text("Refresh", (ctx) => {
  ctx.menu.update({ immediate: true });
});
bot.command("greet", (ctx) => {
  ctx.conversation.enter("greet");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
type MyContext = ConversationFlavor<Context> & MenuFlavor;
const bot = new Bot<MyContext>("t");
async function greet(conversation: Conversation, ctx: Context) {
  conversation.external(() => Date.now());
  ctx.reply("Hi").catch((error) => console.error(error));
}
bot.use(conversations());
bot.use(createConversation(greet));
export const menu = new Menu<MyContext>("main").text("Refresh", (ctx) => {
  ctx.menu.update({ immediate: true });
});
bot.command("greet", (ctx) => {
  ctx.conversation.enter("greet");
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 39,
          data: { call: "ctx.menu.update()" },
          suggestions: [
            {
              // The menu button's handler is middleware: the suggestion may make it async.
              messageId: "addAwait",
              output: `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
type MyContext = ConversationFlavor<Context> & MenuFlavor;
const bot = new Bot<MyContext>("t");
async function greet(conversation: Conversation, ctx: Context) {
  conversation.external(() => Date.now());
  ctx.reply("Hi");
}
bot.use(conversations());
bot.use(createConversation(greet));
export const menu = new Menu<MyContext>("main").text("Refresh", async (ctx) => {
  await ctx.menu.update({ immediate: true });
});
bot.command("greet", (ctx) => {
  ctx.conversation.enter("greet");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
type MyContext = ConversationFlavor<Context> & MenuFlavor;
const bot = new Bot<MyContext>("t");
async function greet(conversation: Conversation, ctx: Context) {
  conversation.external(() => Date.now());
  ctx.reply("Hi");
}
bot.use(conversations());
bot.use(createConversation(greet));
export const menu = new Menu<MyContext>("main").text("Refresh", (ctx) => {
  ctx.menu.update({ immediate: true }).catch((error) => console.error(error));
});
bot.command("greet", (ctx) => {
  ctx.conversation.enter("greet");
});`,
            },
          ],
        },
        {
          messageId: "floating",
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 34,
          data: { call: "ctx.conversation.enter()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
type MyContext = ConversationFlavor<Context> & MenuFlavor;
const bot = new Bot<MyContext>("t");
async function greet(conversation: Conversation, ctx: Context) {
  conversation.external(() => Date.now());
  ctx.reply("Hi");
}
bot.use(conversations());
bot.use(createConversation(greet));
export const menu = new Menu<MyContext>("main").text("Refresh", (ctx) => {
  ctx.menu.update({ immediate: true });
});
bot.command("greet", async (ctx) => {
  await ctx.conversation.enter("greet");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
type MyContext = ConversationFlavor<Context> & MenuFlavor;
const bot = new Bot<MyContext>("t");
async function greet(conversation: Conversation, ctx: Context) {
  conversation.external(() => Date.now());
  ctx.reply("Hi");
}
bot.use(conversations());
bot.use(createConversation(greet));
export const menu = new Menu<MyContext>("main").text("Refresh", (ctx) => {
  ctx.menu.update({ immediate: true });
});
bot.command("greet", (ctx) => {
  ctx.conversation.enter("greet").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "typed: forEach and void",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!"));
  void ctx.reply("Sent");
});`,
      filename: typedFilename,
      errors: [
        {
          messageId: "floatingCallback",
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 57,
          data: { call: "bot.api.sendMessage()", caller: "users.forEach()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!").catch((error) => console.error(error)));
  void ctx.reply("Sent");
});`,
            },
          ],
        },
        {
          messageId: "floatingVoid",
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 25,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!"));
  await ctx.reply("Sent");
});`,
            },
            {
              messageId: "addCatch",
              output: `import { Bot } from "grammy";
const bot = new Bot("t");
const users = [1, 2];
bot.command("broadcast", async (ctx) => {
  users.forEach((id) => bot.api.sendMessage(id, "News!"));
  void ctx.reply("Sent").catch((error) => console.error(error));
});`,
            },
          ],
        },
      ],
    },

  ],
});

// typescript-eslint's own no-floating-promises suite, shape by shape, with grammY promises (issue
// #22): eval/typescript-eslint-shapes.mjs names each shape beside its case, with the grammY verdict
// and what the rule reports; `node eval/compare.mjs --shapes-only` puts the same shapes side by
// side with typescript-eslint in docs/comparison.md. Every shape runs untyped and typed, with the
// same reports. The shapes the rule misses (`miss`) are listed there and in the rule's docs, not here.
const translatedShapes = typescriptEslintShapes.filter((shape) => shape.miss === undefined);
for (const [tester, mode] of [
  [tsTester, "untyped"],
  [typedTester, "typed"],
] as const) {
  tester.run(`no-floating-promises (typescript-eslint's shapes, ${mode})`, rule, {
    valid: translatedShapes
      .filter((shape) => shape.verdict === "silent")
      .map((shape) => ({ name: `${shape.name}: ${shape.shape}`, code: shape.code, filename: typedFilename })),
    invalid: translatedShapes
      .filter((shape) => shape.verdict === "reports")
      .map((shape) => ({
        name: `${shape.name}: ${shape.shape}`,
        code: shape.code,
        filename: typedFilename,
        errors: (shape.errors ?? []).map((error) => ({
          ...error,
          messageId: error.messageId as MessageIds,
          suggestions: error.suggestions.map((suggestion) => ({ ...suggestion, messageId: suggestion.messageId as MessageIds })),
        })),
      })),
  });
}

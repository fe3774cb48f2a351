import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import { pollingStartOf, signalListenerOf, type GrammyKind } from "../../src/grammy";
import { allNodes, probe, type ProbeLanguage } from "../utils/probe";

/** The grammY kind of the LAST expression in `code` whose source text is exactly `text`. */
function kindOf(code: string, text: string, language: ProbeLanguage = "ts"): GrammyKind | undefined {
  return probe(code, language, (model, program) => {
    const matches = allNodes(program).filter(
      (node) => node.type !== "Program" && !node.type.endsWith("Statement") && model.sourceCode.getText(node) === text,
    );
    const node = matches.sort((a, b) => a.range[0] - b.range[0]).at(-1);
    if (!node) throw new Error(`no expression ${text} in the code`);
    return model.kindOf(node);
  });
}

/** The callee text of every call the model calls a grammY promise. */
function promiseCalls(code: string, language: ProbeLanguage = "ts"): string[] {
  return probe(code, language, (model, program) =>
    allNodes(program)
      .filter((node): node is TSESTree.CallExpression => node.type === "CallExpression")
      .filter((call) => model.promiseCall(call) !== undefined)
      .sort((a, b) => a.range[0] - b.range[0])
      .map((call) => model.sourceCode.getText(call.callee)),
  );
}

describe("where grammY comes from", () => {
  it.each([
    ['import { Bot } from "grammy";', "new Bot(token)"],
    ['import { Bot } from "grammy/web";', "new Bot(token)"],
    ['import { Bot as TelegramBot } from "grammy";', "new TelegramBot(token)"],
    ['import * as grammy from "grammy";', "new grammy.Bot(token)"],
    ['import grammy from "grammy";', "new grammy.Bot(token)"],
    ['import { Bot } from "npm:grammy@1.46.0";', "new Bot(token)"],
    ['import { Bot } from "jsr:@grammyjs/grammy";', "new Bot(token)"],
    ['import { Bot } from "https://deno.land/x/grammy@v1.46.0/mod.ts";', "new Bot(token)"],
    ['import { Bot } from "https://deno.land/x/grammy/mod.ts";', "new Bot(token)"],
    ['import { Bot } from "https://lib.deno.dev/x/grammy@v1/mod.ts";', "new Bot(token)"],
    ['import { Bot } from "https://esm.sh/grammy@1.46.0";', "new Bot(token)"],
    ['import { Bot } from "https://github.com/grammyjs/grammY/raw/64bac32/src/mod.ts";', "new Bot(token)"],
    ['import { Bot } from "https://raw.githubusercontent.com/grammyjs/grammY/v1.46.0/src/mod.ts";', "new Bot(token)"],
  ])("%s", (header, expression) => {
    expect(kindOf(`${header}\nconst bot = ${expression};\nbot;`, "bot")).toBe("Bot");
  });

  it.each([
    'const { Bot } = require("grammy");\nconst bot = new Bot(token);\nbot;',
    'const grammy = require("grammy");\nconst bot = new grammy.Bot(token);\nbot;',
    'const Bot = require("grammy").Bot;\nconst bot = new Bot(token);\nbot;',
    'const { Bot: B } = require("grammy");\nconst bot = new B(token);\nbot;',
  ])("CommonJS: %s", (code) => {
    expect(kindOf(code, "bot", "cjs")).toBe("Bot");
  });

  it("knows the runner from npm and Deno", () => {
    expect(kindOf('import { run } from "@grammyjs/runner";\nconst h = run(bot);\nh;', "h")).toBe("RunnerHandle");
    expect(
      kindOf('import { run } from "https://deno.land/x/grammy_runner@v2.0.3/mod.ts";\nconst h = run(bot);\nh;', "h"),
    ).toBe("RunnerHandle");
    expect(kindOf('const { run } = require("@grammyjs/runner");\nconst h = run(bot);\nh;', "h", "cjs")).toBe(
      "RunnerHandle",
    );
  });

  it("sees through `await`: no grammY object is thenable, so awaiting one gives the object", () => {
    expect(kindOf('import { run } from "@grammyjs/runner";\nconst h = await run(bot);\nh;', "h")).toBe("RunnerHandle");
    expect(kindOf('import { Bot } from "grammy";\nconst b = await new Bot("t");\nb;', "b")).toBe("Bot");
    // A grammY promise resolves to data, never to a grammY object.
    expect(kindOf('import { Bot } from "grammy";\nconst me = await new Bot("t").api.getMe();\nme;', "me")).toBeUndefined();
  });

  it.each([
    ['import { Bot } from "./grammy";', "a local module named grammy"],
    ['import { Bot } from "grammy-utils";', "a package that only starts with grammy"],
    ['import { Bot } from "https://deno.land/x/grammy_runner/mod.ts";', "the runner has no Bot class... as grammY"],
    ["class Bot {}", "a local class called Bot"],
  ])("lookalike: %s (%s)", (header) => {
    expect(kindOf(`${header}\nconst bot = new Bot(token);\nbot;`, "bot")).toBeUndefined();
  });

  it("a local require shadows the global one", () => {
    expect(
      kindOf('const require = () => ({});\nconst { Bot } = require("grammy");\nconst bot = new Bot(t);\nbot;', "bot", "cjs"),
    ).toBeUndefined();
  });
});

describe("kinds", () => {
  const header = 'import { Api, Bot, Composer, Context } from "grammy";\n';

  it("Bot, Api, Composer", () => {
    expect(kindOf(`${header}const b = new Bot<MyContext>(t);\nb;`, "b")).toBe("Bot");
    expect(kindOf(`${header}const api = new Api(t);\napi;`, "api")).toBe("Api");
    expect(kindOf(`${header}const bot = new Bot(t);\nbot.api;`, "bot.api")).toBe("Api");
    expect(kindOf(`${header}const bot = new Bot(t);\nbot.api.raw;`, "bot.api.raw")).toBe("Api");
    expect(kindOf(`${header}const c = new Composer();\nc;`, "c")).toBe("Composer");
    expect(kindOf(`${header}const bot = new Bot(t);\nconst pm = bot.chatType("private");\npm;`, "pm")).toBe("Composer");
    expect(kindOf(`${header}const bot = new Bot(t);\nconst safe = bot.errorBoundary(h);\nsafe;`, "safe")).toBe(
      "Composer",
    );
  });

  it("subclasses, aliases, late assignment, destructuring and in-file factories", () => {
    expect(kindOf(`${header}class MyBot extends Bot {}\nconst b = new MyBot(t);\nb;`, "b")).toBe("Bot");
    expect(kindOf(`${header}const bot = new Bot(t);\nconst b = bot;\nb;`, "b")).toBe("Bot");
    expect(kindOf(`${header}let bot;\nbot = new Bot(t);\nbot;`, "bot")).toBe("Bot");
    expect(kindOf(`${header}const bot = new Bot(t);\nconst { api } = bot;\napi;`, "api")).toBe("Api");
    expect(kindOf(`${header}function createBot() { const bot = new Bot(t); return bot; }\nconst b = createBot();\nb;`, "b")).toBe(
      "Bot",
    );
    expect(kindOf(`${header}const createBot = () => new Bot(t);\nconst b = createBot();\nb;`, "b")).toBe("Bot");
    expect(kindOf(`${header}const bot = new Bot(t) as Bot;\nbot!;`, "bot!")).toBe("Bot");
  });

  it("contexts and next in middleware of every registration method", () => {
    const bot = `${header}const bot = new Bot(t);\n`;
    for (const registration of [
      "bot.use((ctx, next) => { ctx; next; })",
      'bot.on("message", (ctx, next) => { ctx; next; })',
      'bot.command("start", async (ctx, next) => { ctx; next; })',
      'bot.hears(/hi/, function (ctx, next) { ctx; next; })',
      'bot.callbackQuery("x", (ctx, next) => { ctx; next; })',
      'bot.chatType("private").on("message", (ctx, next) => { ctx; next; })',
      "bot.errorBoundary(h, (ctx, next) => { ctx; next; })",
      "bot.filter(p, (ctx, next) => { ctx; next; })",
      "bot.branch(p, (ctx, next) => { ctx; next; }, x)",
      "bot.route(r, { a: (ctx, next) => { ctx; next; } })",
    ]) {
      expect(kindOf(`${bot}${registration};`, "ctx"), registration).toBe("Context");
      expect(kindOf(`${bot}${registration};`, "next"), registration).toBe("Next");
    }
  });

  it("predicates get a context but no next", () => {
    const code = `${header}const bot = new Bot(t);\nbot.filter((ctx, next) => { ctx; next; }, mw);`;
    expect(kindOf(code, "ctx")).toBe("Context");
    expect(kindOf(code, "next")).toBeUndefined();
    expect(kindOf(`${header}const bot = new Bot(t);\nbot.lazy((ctx) => { ctx; return []; });`, "ctx")).toBe("Context");
  });

  it("functions passed by reference", () => {
    expect(
      kindOf(`${header}const bot = new Bot(t);\nasync function onStart(ctx) { ctx; }\nbot.command("start", onStart);`, "ctx"),
    ).toBe("Context");
    expect(kindOf(`${header}const bot = new Bot(t);\nconst onText = (ctx) => { ctx; };\nbot.on("message", onText);`, "ctx")).toBe(
      "Context",
    );
  });

  it("error handlers: err is a BotError, err.ctx a context", () => {
    const code = `${header}const bot = new Bot(t);\nbot.catch((err) => { err; err.ctx; });`;
    expect(kindOf(code, "err")).toBe("BotError");
    expect(kindOf(code, "err.ctx")).toBe("Context");
    expect(kindOf(`${header}const bot = new Bot(t);\nbot.errorBoundary((err, next) => { err; next; });`, "err")).toBe(
      "BotError",
    );
  });

  it("type annotations: grammY types, local aliases, interfaces and classes built from them", () => {
    expect(kindOf(`${header}function f(ctx: Context) { ctx; }`, "ctx")).toBe("Context");
    expect(kindOf(`import type { CommandContext } from "grammy";\nfunction f(ctx: CommandContext<C>) { ctx; }`, "ctx")).toBe(
      "Context",
    );
    expect(kindOf(`import { Filter } from "grammy";\nfunction f(ctx: Filter<C, "message">) { ctx; }`, "ctx")).toBe("Context");
    expect(
      kindOf(`${header}type MyContext = Context & SessionFlavor<S>;\nfunction f(ctx: MyContext) { ctx; }`, "ctx"),
    ).toBe("Context");
    expect(kindOf(`${header}interface MyContext extends Context { x: 1 }\nfunction f(ctx: MyContext) { ctx; }`, "ctx")).toBe(
      "Context",
    );
    expect(kindOf(`${header}class MyContext extends Context {}\nconst f = (ctx: MyContext) => { ctx; };`, "ctx")).toBe(
      "Context",
    );
    expect(kindOf(`import * as g from "grammy";\nfunction f(ctx: g.Context) { ctx; }`, "ctx")).toBe("Context");
    expect(kindOf(`${header}function f(bot: Bot<MyContext>) { bot; }`, "bot")).toBe("Bot");
    expect(kindOf(`${header}function f(bot?: Bot | undefined) { bot; }`, "bot")).toBe("Bot");
    expect(kindOf(`import type { RunnerHandle } from "@grammyjs/runner";\nfunction f(h: RunnerHandle) { h; }`, "h")).toBe(
      "RunnerHandle",
    );
    expect(kindOf(`import type { NextFunction } from "grammy";\nfunction f(n: NextFunction) { n; }`, "n")).toBe("Next");
  });

  it("scoping: shadowed and look-alike names are not grammY", () => {
    expect(kindOf(`${header}const bot = new Bot(t);\nbot.on("message", (ctx) => { { const ctx = {}; ctx; } });`, "ctx")).toBeUndefined();
    expect(kindOf(`const ctx = { reply: async () => {} };\nctx;`, "ctx")).toBeUndefined();
    expect(kindOf(`import Koa from "koa";\nconst app = new Koa();\napp.use(async (ctx, next) => { ctx; next; });`, "ctx")).toBeUndefined();
    expect(kindOf(`${header}function f(ctx: KoaContext) { ctx; }`, "ctx")).toBeUndefined();
    expect(kindOf(`${header}const bot = new Bot(t);\nother.on("message", (ctx) => { ctx; });`, "ctx")).toBeUndefined();
    expect(kindOf(`${header}const bot = new Bot(t);\nbot.on("message", (ctx, next, third) => { third; });`, "third")).toBeUndefined();
  });

  it("conversations: the builder's second parameter is a context", () => {
    const code = `import { createConversation } from "@grammyjs/conversations";\nasync function greet(conversation, ctx) { conversation; ctx; }\nbot.use(createConversation(greet));`;
    expect(kindOf(code, "ctx")).toBe("Context");
    expect(kindOf(code, "conversation")).toBeUndefined();
  });
});

describe("promise calls", () => {
  it("context, api, bot, runner and next", () => {
    const code = `import { Api, Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(t);
bot.on("message", async (ctx, next) => {
  ctx.reply("hi");
  ctx.answerCallbackQuery();
  ctx.api.sendMessage(1, "x");
  ctx.api.raw.sendMessage({ chat_id: 1, text: "x" });
  ctx.has(":text");
  ctx.entities();
  ctx.menu.update();
  next();
});
bot.api.sendMessage(1, "x");
bot.api.config.use(transformer);
new Api(t).getMe();
bot.start();
bot.stop();
bot.init();
bot.handleUpdate(update);
bot.isRunning();
bot.catch(handler);
const handle = run(bot);
handle.stop();
handle.task();
handle.isRunning();
`;
    expect(promiseCalls(code)).toEqual([
      "ctx.reply",
      "ctx.answerCallbackQuery",
      "ctx.api.sendMessage",
      "ctx.api.raw.sendMessage",
      "next",
      "bot.api.sendMessage",
      "new Api(t).getMe",
      "bot.start",
      "bot.stop",
      "bot.init",
      "bot.handleUpdate",
      "handle.stop",
      "handle.task",
    ]);
  });

  it("optional and computed members", () => {
    const code = `import { Bot } from "grammy";\nconst bot = new Bot(t);\nbot.on("message", (ctx) => { ctx?.reply("a"); ctx["reply"]("b"); ctx.reply?.("c"); });`;
    expect(promiseCalls(code)).toEqual(["ctx?.reply", 'ctx["reply"]', "ctx.reply"]);
  });

  it("never for look-alikes", () => {
    expect(promiseCalls(`game.reply(); ctx.reply(); api.sendMessage(1, "x"); bot.start(); next();`)).toEqual([]);
    expect(
      promiseCalls(`import Koa from "koa";\nnew Koa().use(async (ctx, next) => { ctx.set("x", "y"); ctx.reply(); next(); });`),
    ).toEqual([]);
  });

  it("CommonJS and ESM JavaScript", () => {
    const cjs = `const { Bot } = require("grammy");\nconst bot = new Bot(t);\nbot.command("a", (ctx) => { ctx.reply("x"); });`;
    expect(promiseCalls(cjs, "cjs")).toEqual(["ctx.reply"]);
    const esm = `import { Bot } from "grammy";\nconst bot = new Bot(t);\nbot.command("a", (ctx) => { ctx.reply("x"); });`;
    expect(promiseCalls(esm, "esm")).toEqual(["ctx.reply"]);
  });
});

describe("with type information", () => {
  it("knows grammY objects by type wherever they come from", () => {
    const code = `import { Bot, Context } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
type MyContext = Context & { session: number };
class Service {
  constructor(private readonly bot: Bot<MyContext>, private readonly handle: RunnerHandle) {}
  go(player: { ctx: MyContext }) {
    this.bot.api.sendMessage(1, "x");
    player.ctx.reply("hi");
    this.handle.stop();
  }
}
`;
    expect(promiseCalls(code, "typed")).toEqual(["this.bot.api.sendMessage", "player.ctx.reply", "this.handle.stop"]);
    // Without types, class fields are known by what the class writes into them (here, annotated
    // constructor parameter properties); `player.ctx` of an inline object type is not.
    expect(promiseCalls(code, "ts")).toEqual(["this.bot.api.sendMessage", "this.handle.stop"]);
  });

  it("never less than syntax: an any-typed ctx in middleware is still a context", () => {
    const code = `import { Bot } from "grammy";\nconst bot = new Bot("t");\nbot.on("message", (ctx: any) => { ctx.reply("x"); });`;
    expect(promiseCalls(code, "typed")).toEqual(["ctx.reply"]);
  });

  it("not for non-grammY promises or grammY members that are not promises", () => {
    const code = `import { Bot } from "grammy";
const bot = new Bot("t");
async function mine() {}
bot.on("message", (ctx) => { mine(); fetch("x"); ctx.has(":text"); ctx.entities(); });
`;
    expect(promiseCalls(code, "typed")).toEqual([]);
  });
});

describe("the model per file", () => {
  it("says a file that never names grammY is not a grammY file", () => {
    expect(probe("const x = 1;", "ts", (model) => model.touchesGrammy)).toBe(false);
    expect(probe('import { Bot } from "grammy";', "ts", (model) => model.touchesGrammy)).toBe(true);
  });
});

describe("polling starts and signal listeners", () => {
  it("knows the runner's run through a namespace import and a require", () => {
    const starts = (code: string, language: ProbeLanguage): string[] =>
      probe(code, language, (model, program) =>
        allNodes(program)
          .filter((node): node is TSESTree.CallExpression => node.type === "CallExpression")
          .filter((call) => pollingStartOf(model, call)?.how === "run")
          .map((call) => model.sourceCode.getText(call)),
      );
    const bot = 'import { Bot } from "grammy";\nconst bot = new Bot("t");\n';
    expect(starts(`${bot}import * as runner from "@grammyjs/runner";\nconst h = runner.run(bot);`, "ts")).toEqual([
      "runner.run(bot)",
    ]);
    expect(starts(`const { Bot } = require("grammy");\nconst bot = new Bot("t");\nconst h = require("@grammyjs/runner").run(bot);`, "cjs")).toEqual([
      'require("@grammyjs/runner").run(bot)',
    ]);
    expect(starts(`${bot}const runner = { run: (b: unknown) => b };\nrunner.run(bot);`, "ts")).toEqual([]);
  });

  it("knows process from require('node:process'), and not from a local object", () => {
    const listeners = (code: string): number =>
      probe(code, "cjs", (model, program) =>
        allNodes(program).filter(
          (node) => node.type === "CallExpression" && signalListenerOf(model, node) !== undefined,
        ).length,
      );
    expect(listeners('const process = require("node:process");\nprocess.once("SIGINT", () => {});')).toBe(1);
    expect(listeners('const process = require("./my-process");\nprocess.once("SIGINT", () => {});')).toBe(0);
    expect(listeners('const process = { once() {} };\nprocess.once("SIGINT", () => {});')).toBe(0);
  });
});

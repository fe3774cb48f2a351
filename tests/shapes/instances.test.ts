// Instances of the project's own classes, destructured error handlers, `super` and unused exports
// (issue #17): a bare call of a method of a project class (`handler.send(ctx)`) floats the grammY
// rejection the method passes on, however the instance is reached (an annotated parameter,
// `new C()`, a field, an annotated `C.getInstance()`, a class of another module); a method's
// parameters take the kind its `this.method(...)` callers pass; `({ ctx }) => ...` in bot.catch
// is a context; `super` in a subclass of Bot is a Bot; and an exported bot that no module of the
// project imports is judged like a local one. Each shape in TypeScript, without and with type
// information, and in ES modules and CommonJS where it is plain JavaScript.

import path from "node:path";
import { describe } from "vitest";

import noFloatingPromises from "../../src/rules/no-floating-promises";
import requireErrorHandler from "../../src/rules/require-error-handler";
import requireSignalHandlers from "../../src/rules/require-signal-handlers";
import { addCatch, edited, fixture, floatingHelperReport, typedModulesTester } from "../modules/helpers";
import { cjsTester, esmTester, tsTester, typedFilename, typedTester } from "../utils/testers";

/** A file of `tests/fixtures/modules/shapes-instances/` as a test case. */
const shape = (file: string): ReturnType<typeof fixture> => fixture(path.join("shapes-instances", file));


// ---------------------------------------------------------------------------------------------
// 1. Methods of instances of the project's classes
// ---------------------------------------------------------------------------------------------

const annotatedParameter = `import { type Bot, type Context } from "grammy";
class Handler {
  async send(ctx: Context) {
    await ctx.reply("x");
  }
}
export function install(bot: Bot, handler: Handler) {
  bot.command("start", (ctx) => {
    handler.send(ctx);
  });
}
`;

const constructed = `import { Bot, type Context } from "grammy";
class Handler {
  async send(ctx: Context) {
    await ctx.reply("x");
  }
}
const bot = new Bot("t");
const handler = new Handler();
bot.command("start", (ctx) => {
  handler.send(ctx);
});
`;

const field = `import { Bot, type Context } from "grammy";
class Handler {
  async send(ctx: Context) {
    await ctx.reply("x");
  }
}
class App {
  private bot = new Bot("t");
  private handler = new Handler();
  setup() {
    this.bot.command("start", (ctx) => {
      this.handler.send(ctx);
    });
  }
}
`;

const singleton = `import { Bot, type Context } from "grammy";
class Handler {
  private static instance: Handler | undefined;
  static getInstance(): Handler {
    return (Handler.instance ??= new Handler());
  }
  async send(ctx: Context) {
    await ctx.reply("x");
  }
}
const bot = new Bot("t");
bot.command("start", (ctx) => {
  Handler.getInstance().send(ctx);
});
`;

/** The report of a bare `<call>` in a handler (`bot.command(..., (ctx) => { <call>; })`). */
function helperInHandler(code: string, line: number, column: number, callText: string, call: string, carried = "ctx.reply()") {
  const indent = " ".repeat(column - 1);
  const awaited = edited(code, `(ctx) => {\n${indent}${callText};`, `async (ctx) => {\n${indent}await ${callText};`);
  return floatingHelperReport(code, line, column, callText, call, carried, awaited);
}

const instanceValid = [
  {
    name: "the method catches its grammY rejection itself",
    code: `import { Bot, type Context } from "grammy";
class Handler {
  async send(ctx: Context) {
    try {
      await ctx.reply("x");
    } catch (error) {
      console.error(error);
    }
  }
}
const bot = new Bot("t");
const handler = new Handler();
bot.command("start", (ctx) => {
  handler.send(ctx);
});`,
  },
  {
    name: "the method ends its grammY promise in .catch() inside it",
    code: `import { Bot, type Context } from "grammy";
class Handler {
  async send(ctx: Context) {
    await ctx.reply("x").catch(() => {});
  }
}
const bot = new Bot("t");
const handler = new Handler();
bot.command("start", (ctx) => {
  handler.send(ctx);
});`,
  },
  {
    name: "the instance's class does not declare the method (inherited from a package's class)",
    code: `import { EventEmitter } from "node:events";
import { Bot, type Context } from "grammy";
class Handler extends EventEmitter {
  async send(ctx: Context) {
    await ctx.reply("x");
  }
}
const bot = new Bot("t");
const handler = new Handler();
bot.command("start", (ctx) => {
  handler.emit("start", ctx);
});`,
  },
  {
    name: "the method awaits no grammY promise",
    code: `import { Bot, type Context } from "grammy";
class Store {
  async save(ctx: Context) {
    await fetch("https://example.com/" + String(ctx.from?.id));
  }
}
const bot = new Bot("t");
const store = new Store();
bot.command("start", async (ctx) => {
  store.save(ctx);
  await ctx.reply("saved");
});`,
  },
  {
    name: "the method's call is awaited",
    code: `import { Bot, type Context } from "grammy";
class Handler {
  async send(ctx: Context) {
    await ctx.reply("x");
  }
}
const bot = new Bot("t");
const handler = new Handler();
bot.command("start", async (ctx) => {
  await handler.send(ctx);
});`,
  },
  {
    name: "floating calls on objects that are not the project's: arrays, maps, dates, a package's class",
    code: `import { Bot } from "grammy";
import { Redis } from "ioredis";
const bot = new Bot("t");
const seen: number[] = [];
const names = new Map<number, string>();
const redis = new Redis();
bot.on("message", async (ctx) => {
  seen.push(ctx.msg.message_id);
  names.set(ctx.chatId, "x");
  new Date().getTime();
  redis.set("last", String(ctx.msg.message_id));
  JSON.parse("{}");
  await ctx.reply("ok");
});`,
  },
];

describe.each([
  ["untyped", tsTester, undefined],
  ["typed", typedTester, typedFilename],
] as const)("no-floating-promises: methods of instances of the project's classes (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: instanceValid.map((test) => ({ ...test, filename })),
    invalid: [
      {
        name: "a parameter annotated with a class of the file: handler.send(ctx)",
        code: annotatedParameter,
        filename,
        errors: [helperInHandler(annotatedParameter, 9, 5, "handler.send(ctx)", "handler.send()")],
      },
      {
        name: "a binding written with new Handler()",
        code: constructed,
        filename,
        errors: [helperInHandler(constructed, 10, 3, "handler.send(ctx)", "handler.send()")],
      },
      {
        name: "a field written with new Handler(): this.handler.send(ctx)",
        code: field,
        filename,
        errors: [helperInHandler(field, 12, 7, "this.handler.send(ctx)", "this.handler.send()")],
      },
      {
        name: "a static method annotated to return the class: Handler.getInstance().send(ctx)",
        code: singleton,
        filename,
        errors: [helperInHandler(singleton, 13, 3, "Handler.getInstance().send(ctx)", "Handler.getInstance().send()")],
      },
    ],
  });
});

// Plain JavaScript: the method's grammY call is on a bot of the module, so no annotation is needed.
const jsConstructed = `import { Bot } from "grammy";
const bot = new Bot("t");
class Notifier {
  async send(id) {
    await bot.api.sendMessage(id, "x");
  }
}
const notifier = new Notifier();
bot.command("start", (ctx) => {
  notifier.send(ctx.chatId);
});
`;

const jsValid = [
  `import { Bot } from "grammy";
const bot = new Bot("t");
class Notifier {
  async send(id) {
    await bot.api.sendMessage(id, "x").catch(() => {});
  }
}
const notifier = new Notifier();
bot.command("start", (ctx) => {
  notifier.send(ctx.chatId);
});`,
  `import { Bot } from "grammy";
const bot = new Bot("t");
const seen = [];
bot.on("message", async (ctx) => {
  seen.push(ctx.msg.message_id);
  await ctx.reply("ok");
});`,
];

const jsConstructedError = helperInHandler(jsConstructed, 10, 3, "notifier.send(ctx.chatId)", "notifier.send()", "bot.api.sendMessage()");

const installedOnInstance = `import { Bot } from "grammy";
class Commands {
  async greet(ctx) {
    await ctx.reply("Hi");
  }
  install(bot) {
    bot.command("a", (ctx) => {
      this.greet(ctx);
    });
  }
}
new Commands().install(new Bot("t"));
`;

esmTester.run("methods of instances of the project's classes (ES modules)", noFloatingPromises, {
  valid: jsValid,
  invalid: [
    { name: "a binding written with new Notifier()", code: jsConstructed, errors: [jsConstructedError] },
    {
      name: "a method's untyped bot parameter takes the kind that a call on an instance passes",
      code: installedOnInstance,
      errors: [
        {
          messageId: "floatingHelper",
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 22,
          data: { call: "this.greet()", carried: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: installedOnInstance.replace('bot.command("a", (ctx) => {\n      this.greet(ctx);', 'bot.command("a", async (ctx) => {\n      await this.greet(ctx);'),
            },
            {
              messageId: "addCatch",
              output: installedOnInstance.replace("      this.greet(ctx);", "      this.greet(ctx).catch((error) => console.error(error));"),
            },
          ],
        },
      ],
    },
  ],
});

const cjsConstructed = jsConstructed.replace('import { Bot } from "grammy";', 'const { Bot } = require("grammy");');

cjsTester.run("methods of instances of the project's classes (CommonJS)", noFloatingPromises, {
  valid: jsValid.map((code) => code.replace('import { Bot } from "grammy";', 'const { Bot } = require("grammy");')),
  invalid: [
    {
      name: "a binding written with new Notifier()",
      code: cjsConstructed,
      errors: [helperInHandler(cjsConstructed, 10, 3, "notifier.send(ctx.chatId)", "notifier.send()", "bot.api.sendMessage()")],
    },
  ],
});

// A method's untyped parameter takes the kind its callers in the class pass: `this.greet(ctx)`.
// (The bot handed to `install(bot)` needs its annotation: `new H().install(bot)` does not give an
// untyped method parameter its kind.)
const thisCaller = `import { Bot } from "grammy";
class H {
  async greet(ctx) {
    await ctx.reply("x");
  }
  install(bot: Bot) {
    bot.command("a", (ctx) => {
      this.greet(ctx);
    });
  }
}
const bot = new Bot("t");
new H().install(bot);
`;

describe.each([
  ["untyped", tsTester, undefined],
  ["typed", typedTester, typedFilename],
] as const)("no-floating-promises: a method's parameter from its this.method(ctx) callers (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [
      {
        name: "this.greet(ctx) awaited",
        code: thisCaller.replace('bot.command("a", (ctx) => {\n      this.greet(ctx);', 'bot.command("a", async (ctx) => {\n      await this.greet(ctx);'),
        filename,
      },
    ],
    invalid: [
      {
        name: "this.greet(ctx) in a handler that install(bot: Bot) registers",
        code: thisCaller,
        filename,
        errors: [helperInHandler(thisCaller, 8, 7, "this.greet(ctx)", "this.greet()")],
      },
    ],
  });
});

const jsThisCallers = {
  moduleBot: `import { Bot } from "grammy";
const bot = new Bot("t");
class H {
  async greet(ctx) {
    await ctx.reply("x");
  }
  install() {
    bot.command("a", (ctx) => {
      this.greet(ctx);
    });
  }
}
new H().install();
`,
  fieldBot: `import { Bot } from "grammy";
class H {
  bot = new Bot("t");
  async greet(ctx) {
    await ctx.reply("x");
  }
  install() {
    this.bot.command("a", (ctx) => {
      this.greet(ctx);
    });
  }
}
new H().install();
`,
};

for (const [kind, tester, header] of [
  ["ES modules", esmTester, 'import { Bot } from "grammy";'],
  ["CommonJS", cjsTester, 'const { Bot } = require("grammy");'],
] as const) {
  const moduleBot = jsThisCallers.moduleBot.replace('import { Bot } from "grammy";', header);
  const fieldBot = jsThisCallers.fieldBot.replace('import { Bot } from "grammy";', header);
  tester.run(`a method's parameter from its this.method(ctx) callers (${kind})`, noFloatingPromises, {
    valid: [
      {
        name: "the caller in the class passes a plain object, not the context",
        code: moduleBot.replace("      this.greet(ctx);\n", "      this.greet({ reply: async () => {} });\n"),
      },
    ],
    invalid: [
      {
        name: "this.greet(ctx) in a handler registered on a bot of the module",
        code: moduleBot,
        errors: [helperInHandler(moduleBot, 9, 7, "this.greet(ctx)", "this.greet()")],
      },
      {
        name: "this.greet(ctx) in a handler registered on this.bot",
        code: fieldBot,
        errors: [helperInHandler(fieldBot, 9, 7, "this.greet(ctx)", "this.greet()")],
      },
    ],
  });
}

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("no-floating-promises: instances of classes of another module (%s)", (_, tester) => {
  const main = shape("main.ts");
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [shape("handler.ts"), shape("greeter.ts")],
    invalid: [
      {
        ...main,
        name: "new Handler() and new Greeter() of imported classes, and Handler.getInstance()",
        errors: [
          helperInHandler(main.code, 11, 3, "handler.send(ctx)", "handler.send()"),
          helperInHandler(main.code, 14, 3, "greeter.greet(ctx)", "greeter.greet()"),
          helperInHandler(main.code, 17, 3, "Handler.getInstance().send(ctx)", "Handler.getInstance().send()"),
        ],
      },
    ],
  });
});

// A method whose parameter is unannotated takes the kind that the modules importing its class
// pass: `handler.changeLocation(ctx)` on `handler: LocationHandler` or `new LocationHandler()`.

const methodCaller = (file: string): ReturnType<typeof fixture> => fixture(path.join("shapes-method-callers", file));

/** `handler.changeLocation(ctx)` floating at `line`, in a handler that `head` opens. */
const changeLocationFloats = (code: string, line: number, column: number, head: string) => ({
  messageId: "floatingHelper" as const,
  line,
  column,
  endLine: line,
  endColumn: column + "handler.changeLocation(ctx)".length,
  data: { call: "handler.changeLocation()", carried: "context.reply()" },
  suggestions: [
    {
      messageId: "addAwait" as const,
      output: edited(code, `${head}(ctx) => {\n${" ".repeat(column - 1)}handler`, `${head}async (ctx) => {\n${" ".repeat(column - 1)}await handler`),
    },
    {
      messageId: "addCatch" as const,
      output: edited(code, `${head}(ctx) => {\n${" ".repeat(column - 1)}handler.changeLocation(ctx)`, `${head}(ctx) => {\n${" ".repeat(column - 1)}handler.changeLocation(ctx).catch((error) => console.error(error))`),
    },
  ],
});

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("no-floating-promises: a method's callers in the modules that import its class (%s)", (_, tester) => {
  const menu = methodCaller("location-menu.ts");
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [methodCaller("location-handler.ts")],
    invalid: [
      {
        ...menu,
        name: "handler.changeLocation(ctx) bare on a parameter annotated with the imported class; awaited and self-catching calls silent",
        errors: [changeLocationFloats(menu.code, 7, 5, 'bot.callbackQuery("change", ')],
      },
    ],
  });
});

esmTester.run("a method's callers in the modules that import its class (ES modules)", noFloatingPromises, {
  valid: [methodCaller("js-location-handler.js")],
  invalid: [
    {
      ...methodCaller("commands.js"),
      name: "ES modules: handler.changeLocation(ctx) bare on new JsLocationHandler(); returned is silent",
      errors: [changeLocationFloats(methodCaller("commands.js").code, 9, 3, 'bot.command("location", ')],
    },
  ],
});

cjsTester.run("a method's callers in the modules that import its class (CommonJS)", noFloatingPromises, {
  valid: [methodCaller("cjs/location-handler.js")],
  invalid: [
    {
      ...methodCaller("cjs/commands.js"),
      name: "CommonJS: module.exports = { LocationHandler }, required and constructed; .catch() is silent",
      errors: [changeLocationFloats(methodCaller("cjs/commands.js").code, 8, 3, 'bot.command("location", ')],
    },
  ],
});

// A function returned by a method (or function) is a handler when a call of that method is
// registered, here or in a module that imports the class: `bot.catch(errors.handler())`.

const factoryFixture = (file: string): ReturnType<typeof fixture> => fixture(path.join("shapes-factories", file));

/** `this.handle(err, ctx)` floating at `line` in `return (err) => {`, passing on `ctx.reply()`. */
const handleFloats = (code: string, line: number) => ({
  messageId: "floatingHelper" as const,
  line,
  column: 7,
  endLine: line,
  endColumn: 28,
  data: { call: "this.handle()", carried: "ctx.reply()" },
  suggestions: [
    {
      messageId: "addAwait" as const,
      output: edited(code, "return (err) => {\n      const ctx = err.ctx;\n      this.handle", "return async (err) => {\n      const ctx = err.ctx;\n      await this.handle"),
    },
    { messageId: "addCatch" as const, output: addCatch(code, "this.handle(err, ctx)") },
  ],
});

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("no-floating-promises: handlers made by a method of a class of another module (%s)", (_, tester) => {
  const errors = factoryFixture("errors.ts");
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [factoryFixture("bot.ts")],
    invalid: [
      {
        ...errors,
        name: "bot.catch(errors.handler()) in bot.ts: the returned handler's this.handle(err, ctx) floats; the awaited one is silent",
        errors: [handleFloats(errors.code, 11)],
      },
    ],
  });
});

cjsTester.run("handlers made by a method of a class of another module (CommonJS)", noFloatingPromises, {
  valid: [factoryFixture("cjs/app.js")],
  invalid: [
    {
      ...factoryFixture("cjs/errors.js"),
      name: "CommonJS: this.bot.catch(this.errors.handler()) in a class of app.js",
      errors: [handleFloats(factoryFixture("cjs/errors.js").code, 10)],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// 2. A destructured error in bot.catch: `({ ctx, error }) => ...`
// ---------------------------------------------------------------------------------------------

const destructuredCatch = `import { Bot } from "grammy";
const bot = new Bot("t");
bot.catch(({ ctx, error }) => {
  console.error(error);
  ctx.reply("x");
});
`;

const destructuredCatchError = {
  messageId: "floating" as const,
  line: 5,
  column: 3,
  endLine: 5,
  endColumn: 17,
  data: { call: "ctx.reply()", caller: "" },
  suggestions: [
    {
      messageId: "addAwait" as const,
      output: edited(destructuredCatch, "bot.catch(({ ctx, error }) => {", "bot.catch(async ({ ctx, error }) => {").replace('  ctx.reply("x");', '  await ctx.reply("x");'),
    },
    { messageId: "addCatch" as const, output: addCatch(destructuredCatch, 'ctx.reply("x")') },
  ],
};

// The same for a renamed `ctx`, and for `{ api }` taken from a handler's context.
const renamedCatch = `import { Bot } from "grammy";
const bot = new Bot("t");
bot.catch(({ ctx: context }) => {
  context.reply("x");
});
`;

const destructuredApi = `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", ({ api, chatId }) => {
  api.sendMessage(chatId, "x");
});
`;

const destructuredMore = [
  {
    name: "bot.catch(({ ctx: context }) => { context.reply() })",
    code: renamedCatch,
    errors: [
      {
        messageId: "floating" as const,
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 21,
        data: { call: "context.reply()", caller: "" },
        suggestions: [
          {
            messageId: "addAwait" as const,
            output: edited(renamedCatch, '({ ctx: context }) => {\n  context.reply("x");', 'async ({ ctx: context }) => {\n  await context.reply("x");'),
          },
          { messageId: "addCatch" as const, output: addCatch(renamedCatch, 'context.reply("x")') },
        ],
      },
    ],
  },
  {
    name: "bot.on('message', ({ api, chatId }) => { api.sendMessage() })",
    code: destructuredApi,
    errors: [
      {
        messageId: "floating" as const,
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 31,
        data: { call: "api.sendMessage()", caller: "" },
        suggestions: [
          {
            messageId: "addAwait" as const,
            output: edited(destructuredApi, '({ api, chatId }) => {\n  api.sendMessage', 'async ({ api, chatId }) => {\n  await api.sendMessage'),
          },
          { messageId: "addCatch" as const, output: addCatch(destructuredApi, 'api.sendMessage(chatId, "x")') },
        ],
      },
    ],
  },
];

const destructuredValid = [
  {
    name: "returned to bot.catch, which awaits it",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.catch(({ ctx }) => ctx.reply("x"));`,
  },
  {
    name: "awaited in the error handler",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.catch(async ({ ctx, error }) => {
  console.error(error);
  await ctx.reply("x");
});`,
  },
];

describe.each([
  ["untyped", tsTester, undefined],
  ["typed", typedTester, typedFilename],
] as const)("no-floating-promises: a destructured error in bot.catch (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: destructuredValid.map((test) => ({ ...test, filename })),
    invalid: [
      { name: "bot.catch(({ ctx, error }) => { ctx.reply() })", code: destructuredCatch, filename, errors: [destructuredCatchError] },
      ...destructuredMore.map((test) => ({ ...test, filename })),
    ],
  });
});

esmTester.run("a destructured error in bot.catch (ES modules)", noFloatingPromises, {
  valid: destructuredValid,
  invalid: [{ name: "bot.catch(({ ctx, error }) => { ctx.reply() })", code: destructuredCatch, errors: [destructuredCatchError] }, ...destructuredMore],
});

const cjsDestructuredCatch = destructuredCatch.replace('import { Bot } from "grammy";', 'const { Bot } = require("grammy");');

cjsTester.run("a destructured error in bot.catch (CommonJS)", noFloatingPromises, {
  valid: destructuredValid.map((test) => ({ ...test, code: test.code.replace('import { Bot } from "grammy";', 'const { Bot } = require("grammy");') })),
  invalid: [
    {
      name: "bot.catch(({ ctx, error }) => { ctx.reply() })",
      code: cjsDestructuredCatch,
      errors: [
        {
          ...destructuredCatchError,
          suggestions: [
            {
              messageId: "addAwait",
              output: edited(cjsDestructuredCatch, "bot.catch(({ ctx, error }) => {", "bot.catch(async ({ ctx, error }) => {").replace('  ctx.reply("x");', '  await ctx.reply("x");'),
            },
            { messageId: "addCatch", output: addCatch(cjsDestructuredCatch, 'ctx.reply("x")') },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// 3. `super` in a subclass of Bot
// ---------------------------------------------------------------------------------------------

const superStop = `import { Bot } from "grammy";
class MyBot extends Bot {
  halt() {
    super.stop();
  }
}
`;

const superStopError = {
  messageId: "floatingOutsideMiddleware" as const,
  line: 4,
  column: 5,
  endLine: 4,
  endColumn: 17,
  data: { call: "super.stop()", caller: "" },
  suggestions: [{ messageId: "addCatch" as const, output: addCatch(superStop, "super.stop()") }],
};

const superValid = [
  {
    name: "super.stop() awaited",
    code: `import { Bot } from "grammy";
class MyBot extends Bot {
  async halt() {
    await super.stop();
  }
}`,
  },
  {
    name: "super in a class that does not extend grammY",
    code: `import { Bot } from "grammy";
class Base {
  async stop() {}
}
class Service extends Base {
  halt() {
    super.stop();
  }
}
const bot = new Bot("t");
bot.on("message", (ctx) => ctx.reply("x"));`,
  },
];

describe.each([
  ["untyped", tsTester, undefined],
  ["typed", typedTester, typedFilename],
] as const)("no-floating-promises: super in a subclass of Bot (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: superValid.map((test) => ({ ...test, filename })),
    invalid: [{ name: "super.stop() bare in a method", code: superStop, filename, errors: [superStopError] }],
  });
});

esmTester.run("super in a subclass of Bot (ES modules)", noFloatingPromises, {
  valid: superValid,
  invalid: [{ name: "super.stop() bare in a method", code: superStop, errors: [superStopError] }],
});

const cjsSuperStop = superStop.replace('import { Bot } from "grammy";', 'const { Bot } = require("grammy");');

cjsTester.run("super in a subclass of Bot (CommonJS)", noFloatingPromises, {
  valid: superValid.map((test) => ({ ...test, code: test.code.replace('import { Bot } from "grammy";', 'const { Bot } = require("grammy");') })),
  invalid: [
    {
      name: "super.stop() bare in a method",
      code: cjsSuperStop,
      errors: [{ ...superStopError, suggestions: [{ messageId: "addCatch", output: addCatch(cjsSuperStop, "super.stop()") }] }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// 2b. A field of an instance of the project's class (`bot.handlers.notify(ctx)`), and a context
// typed by a type parameter's constraint (`<C extends Context>(ctx: C)`)
// ---------------------------------------------------------------------------------------------

const heldByInstance = `import { Bot, type Context } from "grammy";
class Handlers {
  async notify(ctx: Context) {
    await ctx.reply("x");
  }
}
class AppBot extends Bot {
  handlers = new Handlers();
}
const bot = new AppBot("t");
bot.on("message", (ctx) => {
  bot.handlers.notify(ctx);
});
`;

const heldByInstanceCatches = heldByInstance.replace('    await ctx.reply("x");', '    await ctx.reply("x").catch(console.error);');

const constrainedParameter = `import type { Context } from "grammy";
export class Replies<C extends Context = Context> {
  greet(ctx: C) {
    ctx.reply("Hi");
  }
}
`;

const constrainedLookalikes = `import type { Context } from "grammy";
export function onlyDefault<C = Context>(ctx: C & { reply(text: string): Promise<void> }) {
  ctx.reply("Hi");
}
export function structural<C extends { reply(text: string): Promise<void> }>(ctx: C) {
  ctx.reply("Hi");
}
`;

const heldError = (code: string) =>
  floatingHelperReport(code, 12, 3, "bot.handlers.notify(ctx)", "bot.handlers.notify()", "ctx.reply()", edited(code, "(ctx) => {\n  bot.handlers", "async (ctx) => {\n  await bot.handlers"));

describe.each([
  ["untyped", tsTester, undefined],
  ["typed", typedTester, typedFilename],
] as const)("no-floating-promises: fields of instances, constrained type parameters (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [
      { name: "the held instance's method catches its own rejection", code: heldByInstanceCatches, filename },
      { name: "a type parameter with a default only, or a constraint that is no grammY context", code: constrainedLookalikes, filename },
    ],
    invalid: [
      { name: "bot.handlers.notify(ctx): a method of the class the bot's field holds", code: heldByInstance, filename, errors: [heldError(heldByInstance)] },
      {
        name: "ctx: C where C extends Context",
        code: constrainedParameter,
        filename,
        errors: [
          {
            messageId: "floating",
            line: 4,
            column: 5,
            endLine: 4,
            endColumn: 20,
            data: { call: "ctx.reply()" },
            suggestions: [
              { messageId: "addCatch", output: addCatch(constrainedParameter, 'ctx.reply("Hi")') },
            ],
          },
        ],
      },
    ],
  });
});

const heldByInstanceJs = heldByInstance.replace('import { Bot, type Context } from "grammy";', 'import { Bot } from "grammy";').replace("notify(ctx: Context)", "notify(ctx)");

esmTester.run("fields of instances (ES modules)", noFloatingPromises, {
  valid: [],
  invalid: [{ name: "bot.handlers.notify(ctx)", code: heldByInstanceJs, errors: [heldError(heldByInstanceJs)] }],
});

// ---------------------------------------------------------------------------------------------
// 3b. A subclass of Bot with its own `start`: `bot.start()` runs the subclass's method, not grammY's
// ---------------------------------------------------------------------------------------------

/** The subclass starts the runner itself: the runner's start is `run(this)`; `bot.start()` is a method of the project. */
const ownStartRuns = `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
class AppBot extends Bot {
  async start() {
    run(this);
  }
}
const bot = new AppBot("t");
bot.catch((err) => console.error(err));
bot.start();
`;

/** The subclass's start awaits grammY's: its promise passes that rejection on. */
const ownStartAwaitsSuper = `import { Bot } from "grammy";
class AppBot extends Bot {
  async start() {
    await super.start({ drop_pending_updates: true });
  }
}
const bot = new AppBot("t");
bot.catch((err) => console.error(err));
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());
bot.start();
`;

/** A subclass without a `start` of its own: `bot.start()` is grammY's. */
const inheritedStart = `import { Bot } from "grammy";
class AppBot extends Bot {
  greet() {}
}
const bot = new AppBot("t");
bot.catch((err) => console.error(err));
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());
bot.start();
`;

/** The cases in TypeScript or ES modules (`await` at the top level: two suggestions) or CommonJS (only `.catch()`). */
const ownStartCases = (code: (text: string) => string, topLevelAwait = true) => ({
  valid: [{ name: "the subclass's start only calls run(this): no grammY promise floats", code: code(ownStartRuns) }],
  invalid: [
    {
      name: "the subclass's start awaits super.start(): reported as a helper passing it on",
      code: code(ownStartAwaitsSuper),
      errors: [
        // At the top level, outside middleware: the rejection is unhandled, bot.catch never sees it.
        ((report) => ({
          ...report,
          messageId: "floatingHelperOutsideMiddleware" as const,
          suggestions: topLevelAwait ? report.suggestions : report.suggestions.slice(1),
        }))(
          floatingHelperReport(
            code(ownStartAwaitsSuper),
            11,
            1,
            "bot.start()",
            "bot.start()",
            "super.start()",
            edited(code(ownStartAwaitsSuper), "\nbot.start();", "\nawait bot.start();"),
          ),
        ),
      ],
    },
    {
      name: "a subclass without its own start: bot.start() is grammY's",
      code: code(inheritedStart),
      errors: [
        {
          messageId: "floatingOutsideMiddleware" as const,
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 12,
          data: { call: "bot.start()", caller: "" },
          suggestions: [
            ...(topLevelAwait
              ? [{ messageId: "addAwait" as const, output: edited(code(inheritedStart), "\nbot.start();", "\nawait bot.start();") }]
              : []),
            { messageId: "addCatch" as const, output: addCatch(code(inheritedStart), "\nbot.start()") },
          ],
        },
      ],
    },
  ],
});

const asIs = (text: string): string => text;
const asCommonJs = (text: string): string =>
  text
    .replace('import { Bot } from "grammy";', 'const { Bot } = require("grammy");')
    .replace('import { run } from "@grammyjs/runner";', 'const { run } = require("@grammyjs/runner");');

describe.each([
  ["untyped", tsTester, undefined],
  ["typed", typedTester, typedFilename],
] as const)("no-floating-promises: a subclass's own start (%s)", (_, tester, filename) => {
  const cases = ownStartCases(asIs);
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: cases.valid.map((test) => ({ ...test, filename })),
    invalid: cases.invalid.map((test) => ({ ...test, filename })),
  });
});

esmTester.run("a subclass's own start (ES modules)", noFloatingPromises, ownStartCases(asIs));
cjsTester.run("a subclass's own start (CommonJS)", noFloatingPromises, ownStartCases(asCommonJs, false));

describe.each([
  ["untyped", tsTester, undefined],
  ["typed", typedTester, typedFilename],
] as const)("require-signal-handlers: a subclass's own start (%s)", (_, tester, filename) => {
  tester.run("require-signal-handlers", requireSignalHandlers, {
    valid: [],
    invalid: [
      {
        name: "the runner's start is run(this) in the subclass, not bot.start()",
        code: ownStartRuns,
        filename,
        errors: [
          {
            messageId: "runHandleDiscarded",
            line: 5,
            column: 5,
            endLine: 5,
            endColumn: 8,
            data: {
              run: "run(this)",
              signals: "`SIGINT` and `SIGTERM`",
              consequence: "the runner is cut off mid-batch and updates can be lost",
            },
            suggestions: [
              {
                messageId: "keepRunnerHandle",
                data: { name: "runner", signals: "`SIGINT` and `SIGTERM`" },
                output: edited(
                  ownStartRuns,
                  "    run(this);",
                  '    const runner = run(this);\n    const stopRunner = () => runner.isRunning() && runner.stop();\n    process.once("SIGINT", stopRunner);\n    process.once("SIGTERM", stopRunner);',
                ),
              },
            ],
          },
        ],
      },
    ],
  });
});

// ---------------------------------------------------------------------------------------------
// 4. require-error-handler: an exported bot that no module of the project imports
// ---------------------------------------------------------------------------------------------

/** The report of `bot.start()` on line `line` of `code`, with the suggested `bot.catch(...)`. */
function missingHandler(code: string, line: number): {
  messageId: "missingHandler";
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  data: { bot: string };
  suggestions: [{ messageId: "addErrorHandler"; data: { bot: string }; output: string }];
} {
  const handler = "bot.catch((err) => {\n  console.error(`Error while handling update ${err.ctx.update.update_id}:`, err.error);\n});\n";
  return {
    messageId: "missingHandler",
    line,
    column: 1,
    endLine: line,
    endColumn: 10,
    data: { bot: "bot" },
    suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: edited(code, "bot.start();", `${handler}bot.start();`) }],
  };
}

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("require-error-handler: an exported bot in a grammY project (%s)", (_, tester) => {
  const lonely = shape("lonely-bot.ts");
  const apiBot = shape("api-bot.ts");
  tester.run("require-error-handler", requireErrorHandler, {
    valid: [
      { ...shape("shared-bot.ts"), name: "exported and imported by commands.ts: another module may install the handler" },
      { ...shape("api-and-more-bot.ts"), name: "default-exported; an importer calls its use(): it may install the handler" },
    ],
    invalid: [
      { ...lonely, name: "exported, but no module of the project imports it", errors: [missingHandler(lonely.code, 6)] },
      { ...apiBot, name: "default-exported; its importer only reads bot.api and bot.botInfo", errors: [missingHandler(apiBot.code, 7)] },
    ],
  });
});

describe.each([
  ["untyped", tsTester, undefined],
  ["typed", typedTester, typedFilename],
] as const)("require-error-handler: an exported bot outside any grammY project (%s)", (_, tester, filename) => {
  tester.run("require-error-handler", requireErrorHandler, {
    valid: [{ name: "nobody can tell whether another module imports it: silent as before", code: shape("lonely-bot.ts").code, filename }],
    invalid: [],
  });
});

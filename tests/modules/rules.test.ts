// The rules across modules: each fixture folder of tests/fixtures/modules/ is a small project, and
// each case lints one of its files with its real path, so that imports resolve into the others.
// Every case runs without type information (typescript-eslint's parser, or espree for CommonJS)
// and with it (the fixtures' tsconfig.json): typed results must be at least as precise.

import path from "node:path";
import { afterAll, describe } from "vitest";

import noFloatingPromises from "../../src/rules/no-floating-promises";
import noSetupAfterStart from "../../src/rules/no-setup-after-start";
import noUnguardedRunnerStop from "../../src/rules/no-unguarded-runner-stop";
import requireErrorHandler from "../../src/rules/require-error-handler";
import requireSignalHandlers from "../../src/rules/require-signal-handlers";
import { cjsTester, tsTester } from "../utils/testers";
import { brokenProject, edited, fixture, removeTempProjects, tempProject, typedBrokenTester, typedModulesTester } from "./helpers";

const bothTesters = [
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const;

/** The handler the rule suggests, inserted before `statement`. */
const catchSuggestion = (code: string, statement: string): string =>
  edited(
    code,
    statement,
    `bot.catch((err) => {\n  console.error(\`Error while handling update \${err.ctx.update.update_id}:\`, err.error);\n});\n${statement}`,
  );

const startConsequence =
  "the update offset is never confirmed and up to 100 updates are handled again on the next start";
const bothSignals = "`SIGINT` and `SIGTERM`";

const acmeHelpers = { module: "@acme/bot-kit" } as const;

describe.each(bothTesters)("require-error-handler across modules (%s)", (_, tester) => {
  const singleton = fixture("singleton/main.ts");
  const handlersMain = fixture("singleton/handlers-main.ts");
  const bareFactory = fixture("factory/bare-main.ts");
  const commandsOnly = fixture("helpers/commands-only.ts");
  const plainSubclass = fixture("subclass/plain-main.ts");
  const deno = fixture("deno/main.ts");
  const importMap = fixture("import-map/main.ts");

  tester.run("require-error-handler", requireErrorHandler, {
    valid: [
      { ...fixture("singleton/safe-main.ts"), name: "the module that exports the bot installs bot.catch" },
      { ...fixture("singleton/covered-main.ts"), name: "another imported module installs bot.catch for the exported bot" },
      { ...fixture("factory/main.ts"), name: "the imported factory installs bot.catch" },
      { ...fixture("subclass/main.ts"), name: "the imported subclass installs it in its constructor" },
      { ...fixture("helpers/main.ts"), name: "setupErrorHandling(bot) of another module installs it" },
      { ...fixture("runner/runner.ts"), name: "a runner module with its own handler" },
      { ...fixture("shutdown/own-helper.ts"), name: "silent without options: a package's function may install it" },
      {
        ...fixture("shutdown/own-helper.ts"),
        name: "errorHandlerHelpers: a named helper installs it",
        options: [{ errorHandlerHelpers: [{ ...acmeHelpers, name: "setupErrors" }] }],
      },
      fixture("lazy/main.ts"),
      fixture("singleton/bot.ts"),
    ],
    invalid: [
      {
        ...singleton,
        name: "the exported bot has no handler, and no imported module installs one",
        errors: [
          {
            messageId: "missingHandler",
            line: 3,
            column: 7,
            endLine: 3,
            endColumn: 16,
            data: { bot: "bot" },
            suggestions: [
              { messageId: "addErrorHandler", data: { bot: "bot" }, output: catchSuggestion(singleton.code, "await bot.start();") },
            ],
          },
        ],
      },
      {
        ...handlersMain,
        name: "a feature module imports the bot and only registers handlers",
        errors: [
          {
            messageId: "missingHandler",
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 10,
            data: { bot: "bot" },
            suggestions: [
              { messageId: "addErrorHandler", data: { bot: "bot" }, output: catchSuggestion(handlersMain.code, "bot.start();") },
            ],
          },
        ],
      },
      {
        ...bareFactory,
        name: "the imported factory installs no handler",
        errors: [
          {
            messageId: "missingHandler",
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 10,
            data: { bot: "bot" },
            suggestions: [
              { messageId: "addErrorHandler", data: { bot: "bot" }, output: catchSuggestion(bareFactory.code, "bot.start();") },
            ],
          },
        ],
      },
      {
        ...commandsOnly,
        name: "the helper the bot is handed to only registers commands",
        errors: [
          {
            messageId: "missingHandler",
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 16,
            data: { bot: "bot" },
            suggestions: [
              { messageId: "addErrorHandler", data: { bot: "bot" }, output: catchSuggestion(commandsOnly.code, "await bot.start();") },
            ],
          },
        ],
      },
      {
        ...plainSubclass,
        name: "an imported subclass without a constructor installs nothing",
        errors: [
          {
            messageId: "missingHandler",
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 16,
            data: { bot: "bot" },
            suggestions: [
              { messageId: "addErrorHandler", data: { bot: "bot" }, output: catchSuggestion(plainSubclass.code, "await bot.start();") },
            ],
          },
        ],
      },
      {
        ...deno,
        name: "Deno: run and the bot come through deps.ts and bot.ts",
        errors: [
          {
            messageId: "missingHandlerRunner",
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 4,
            data: { bot: "bot" },
            suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: catchSuggestion(deno.code, "run(bot);") }],
          },
        ],
      },
      {
        ...importMap,
        name: "Deno: grammY through an import-map alias that does not name it",
        errors: [
          {
            messageId: "missingHandler",
            line: 5,
            column: 1,
            endLine: 5,
            endColumn: 10,
            data: { bot: "bot" },
            suggestions: [
              { messageId: "addErrorHandler", data: { bot: "bot" }, output: catchSuggestion(importMap.code, "bot.start();") },
            ],
          },
        ],
      },
    ],
  });
});

describe("require-error-handler across CommonJS modules", () => {
  const main = fixture("commonjs/main.js");
  cjsTester.run("require-error-handler", requireErrorHandler, {
    valid: [{ ...fixture("commonjs/create-main.js"), name: "factories.createBot() of a required module installs it" }],
    invalid: [
      {
        ...main,
        name: "module.exports = { bot } without a handler",
        errors: [
          {
            messageId: "missingHandler",
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 10,
            data: { bot: "bot" },
            suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: catchSuggestion(main.code, "bot.start();") }],
          },
        ],
      },
    ],
  });
});

describe.each(bothTesters)("require-signal-handlers across modules (%s)", (_, tester) => {
  const singleton = fixture("singleton/main.ts");
  const bareFactory = fixture("factory/bare-main.ts");
  const commandsOnly = fixture("helpers/commands-only.ts");
  const deno = fixture("deno/main.ts");
  const denoConfig = fixture("deno-config/main.ts");
  const terminus = fixture("shutdown/terminus-default.ts");
  const ownHelper = fixture("shutdown/own-helper.ts");
  const listeners = (statement: string, signals: readonly string[]): string =>
    `${signals.map((signal) => `process.once("${signal}", () => bot.stop());\n`).join("")}${statement}`;

  tester.run("require-signal-handlers", requireSignalHandlers, {
    valid: [
      { ...fixture("commonjs-twins/main.ts"), name: "import from \"./setup\" is setup.ts, which stops the bot" },
      { ...fixture("singleton/safe-main.ts"), name: "the module that exports the bot stops it on both signals" },
      { ...fixture("singleton/covered-main.ts"), name: "another imported module stops the exported bot" },
      { ...fixture("factory/main.ts"), name: "the imported factory registers the listeners" },
      { ...fixture("subclass/main.ts"), name: "an imported subclass stopped by this file's listeners" },
      { ...fixture("helpers/main.ts"), name: "registerShutdown(bot) of another module stops it" },
      { ...fixture("shutdown/local-helper.ts"), name: "an imported onShutdown(cb) helper that registers cb on both signals" },
      { ...fixture("shutdown/libraries.ts"), name: "node-graceful-shutdown, close-with-grace, exit-hook, terminus" },
      { ...fixture("runner/runner.ts"), name: "the runner module stops its own handle" },
      {
        ...ownHelper,
        name: "shutdownHelpers: a named helper's callback stops the bot",
        options: [{ shutdownHelpers: [{ ...acmeHelpers, name: "whenStopping" }] }],
      },
    ],
    invalid: [
      {
        ...singleton,
        name: "nothing stops the exported bot",
        errors: [
          {
            messageId: "missingSignals",
            line: 3,
            column: 7,
            endLine: 3,
            endColumn: 16,
            data: { signals: bothSignals, target: "bot", stop: "bot.stop()", consequence: startConsequence },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: bothSignals, target: "bot" },
                output: edited(singleton.code, "await bot.start();", listeners("await bot.start();", ["SIGINT", "SIGTERM"])),
              },
            ],
          },
        ],
      },
      {
        ...bareFactory,
        name: "the imported factory registers no listeners",
        errors: [
          {
            messageId: "missingSignals",
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 10,
            data: { signals: bothSignals, target: "bot", stop: "bot.stop()", consequence: startConsequence },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: bothSignals, target: "bot" },
                output: edited(bareFactory.code, "bot.start();", listeners("bot.start();", ["SIGINT", "SIGTERM"])),
              },
            ],
          },
        ],
      },
      {
        ...commandsOnly,
        name: "the helper the bot is handed to registers no listeners",
        errors: [
          {
            messageId: "missingSignals",
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 16,
            data: { signals: bothSignals, target: "bot", stop: "bot.stop()", consequence: startConsequence },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: bothSignals, target: "bot" },
                output: edited(commandsOnly.code, "await bot.start();", listeners("await bot.start();", ["SIGINT", "SIGTERM"])),
              },
            ],
          },
        ],
      },
      {
        ...fixture("shutdown/local-helper-wrong.ts"),
        name: "the onShutdown(cb) helper's callback does not stop the bot",
        errors: [
          {
            messageId: "notStopped",
            line: 7,
            column: 7,
            endLine: 7,
            endColumn: 16,
            data: { signals: bothSignals, target: "bot", stop: "bot.stop()", bot: "bot", consequence: startConsequence },
          },
        ],
      },
      {
        ...terminus,
        name: "terminus listens to SIGTERM only unless told otherwise",
        errors: [
          {
            messageId: "missingSignals",
            line: 8,
            column: 1,
            endLine: 8,
            endColumn: 10,
            data: { signals: "`SIGINT`", target: "bot", stop: "bot.stop()", consequence: startConsequence },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: "`SIGINT`", target: "bot" },
                output: edited(
                  terminus.code,
                  "bot.start().catch(console.error);",
                  listeners("bot.start().catch(console.error);", ["SIGINT"]),
                ),
              },
            ],
          },
        ],
      },
      {
        ...ownHelper,
        name: "without shutdownHelpers, a package's helper is no signal listener",
        errors: [
          {
            messageId: "missingSignals",
            line: 7,
            column: 1,
            endLine: 7,
            endColumn: 10,
            data: { signals: bothSignals, target: "bot", stop: "bot.stop()", consequence: startConsequence },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: bothSignals, target: "bot" },
                output: edited(
                  ownHelper.code,
                  "bot.start().catch(console.error);",
                  listeners("bot.start().catch(console.error);", ["SIGINT", "SIGTERM"]),
                ),
              },
            ],
          },
        ],
      },
      {
        ...denoConfig,
        name: "Deno: a project known by its deno.json alone gets Deno's listeners",
        errors: [
          {
            messageId: "missingSignals",
            line: 5,
            column: 1,
            endLine: 5,
            endColumn: 10,
            data: { signals: bothSignals, target: "bot", stop: "bot.stop()", consequence: startConsequence },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: bothSignals, target: "bot" },
                output: edited(
                  denoConfig.code,
                  "bot.start().catch(console.error);",
                  'Deno.addSignalListener("SIGINT", () => bot.stop());\nDeno.addSignalListener("SIGTERM", () => bot.stop());\nbot.start().catch(console.error);',
                ),
              },
            ],
          },
        ],
      },
      {
        ...deno,
        name: "Deno: the runner of an imported bot whose handle is thrown away",
        errors: [
          {
            messageId: "runHandleDiscarded",
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 4,
            data: {
              run: "run(bot)",
              signals: bothSignals,
              consequence: "the runner is cut off mid-batch and updates can be lost",
            },
            suggestions: [
              {
                messageId: "keepRunnerHandle",
                data: { name: "runner", signals: bothSignals },
                output: edited(
                  deno.code,
                  "run(bot);",
                  // main.ts names no Deno API itself; deps.ts imports by URL, so Deno's listeners.
                  'const runner = run(bot);\nconst stopRunner = () => runner.isRunning() && runner.stop();\nDeno.addSignalListener("SIGINT", stopRunner);\nDeno.addSignalListener("SIGTERM", stopRunner);',
                ),
              },
            ],
          },
        ],
      },
    ],
  });
});

describe("require-signal-handlers across CommonJS modules", () => {
  const main = fixture("commonjs/main.js");
  const twin = fixture("commonjs-twins/main.js");
  cjsTester.run("require-signal-handlers", requireSignalHandlers, {
    valid: [{ ...fixture("commonjs/create-main.js"), name: "the required factory registers the listeners" }],
    invalid: [
      {
        ...twin,
        name: "require(\"./setup\") is setup.js, as Node loads it, not the TypeScript copy beside it that stops the bot",
        errors: [
          {
            messageId: "missingSignals",
            line: 6,
            column: 1,
            endLine: 6,
            endColumn: 10,
            data: { signals: bothSignals, target: "bot", stop: "bot.stop()", consequence: startConsequence },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: bothSignals, target: "bot" },
                output: edited(
                  twin.code,
                  "bot.start();",
                  'process.once("SIGINT", () => bot.stop());\nprocess.once("SIGTERM", () => bot.stop());\nbot.start();',
                ),
              },
            ],
          },
        ],
      },
      {
        ...main,
        name: "a required bot nobody stops",
        errors: [
          {
            messageId: "missingSignals",
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 10,
            data: { signals: bothSignals, target: "bot", stop: "bot.stop()", consequence: startConsequence },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: bothSignals, target: "bot" },
                output: edited(
                  main.code,
                  "bot.start();",
                  'process.once("SIGINT", () => bot.stop());\nprocess.once("SIGTERM", () => bot.stop());\nbot.start();',
                ),
              },
            ],
          },
        ],
      },
    ],
  });
});

describe.each(bothTesters)("no-floating-promises across modules (%s)", (_, tester) => {
  const start = fixture("context/features/start.ts");
  const help = fixture("context/features/help.ts");
  const denoBot = fixture("deno/bot.ts");
  const handlers = fixture("singleton/handlers.ts");
  const bareFactory = fixture("factory/bare-main.ts");
  const addCatch = (code: string, call: string): string => edited(code, call, `${call}.catch((error) => console.error(error))`);

  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [fixture("lazy/main.ts"), fixture("singleton/bot.ts"), fixture("context/context.ts"), fixture("singleton/safe-main.ts")],
    invalid: [
      {
        ...start,
        name: "a handler typed with the context alias of context.ts",
        errors: [
          {
            messageId: "floating",
            line: 7,
            column: 3,
            endLine: 7,
            endColumn: 63,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              { messageId: "addAwait", output: edited(start.code, "  ctx.reply(`Hello!", "  await ctx.reply(`Hello!") },
              { messageId: "addCatch", output: addCatch(start.code, "ctx.reply(`Hello! You wrote ${ctx.session.count} messages.`)") },
            ],
          },
        ],
      },
      {
        ...help,
        name: "the alias through a namespace import (context.MyContext)",
        errors: [
          {
            messageId: "floating",
            line: 8,
            column: 3,
            endLine: 8,
            endColumn: 53,
            data: { call: "ctx.replyWithPhoto()", caller: "" },
            suggestions: [{ messageId: "addCatch", output: addCatch(help.code, 'ctx.replyWithPhoto("https://example.com/help.png")') }],
          },
        ],
      },
      {
        ...denoBot,
        name: "Deno: Bot re-exported by deps.ts (URL imports)",
        errors: [
          {
            messageId: "floating",
            line: 6,
            column: 3,
            endLine: 6,
            endColumn: 20,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(denoBot.code, 'bot.on("message", (ctx) => {\n  ctx.reply', 'bot.on("message", async (ctx) => {\n  await ctx.reply'),
              },
              { messageId: "addCatch", output: addCatch(denoBot.code, 'ctx.reply("echo")') },
            ],
          },
        ],
      },
      {
        ...handlers,
        name: "a handler registered on a bot imported from bot.ts",
        errors: [
          {
            messageId: "floating",
            line: 4,
            column: 3,
            endLine: 4,
            endColumn: 20,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              { messageId: "addAwait", output: edited(handlers.code, '  ctx.reply("echo")', '  await ctx.reply("echo")') },
              { messageId: "addCatch", output: addCatch(handlers.code, 'ctx.reply("echo")') },
            ],
          },
        ],
      },
      {
        ...bareFactory,
        name: "the start of a bot made by an imported factory",
        errors: [
          {
            messageId: "floatingOutsideMiddleware",
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 12,
            data: { call: "bot.start()", caller: "" },
            suggestions: [
              { messageId: "addAwait", output: edited(bareFactory.code, "bot.start();", "await bot.start();") },
              { messageId: "addCatch", output: addCatch(bareFactory.code, "bot.start()") },
            ],
          },
        ],
      },
    ],
  });
});

describe("no-floating-promises across CommonJS modules", () => {
  const main = fixture("commonjs/main.js");
  const createMain = fixture("commonjs/create-main.js");
  const addCatch = (code: string): string => edited(code, "bot.start()", "bot.start().catch((error) => console.error(error))");
  cjsTester.run("no-floating-promises", noFloatingPromises, {
    valid: [fixture("commonjs/bot.js"), fixture("commonjs/create.js")],
    invalid: [
      {
        ...main,
        name: "const { bot } = require('./bot')",
        errors: [
          {
            messageId: "floatingOutsideMiddleware",
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 12,
            data: { call: "bot.start()", caller: "" },
            suggestions: [{ messageId: "addCatch", output: addCatch(main.code) }],
          },
        ],
      },
      {
        ...createMain,
        name: "a factory reached as a member of a required module",
        errors: [
          {
            messageId: "floatingOutsideMiddleware",
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 12,
            data: { call: "bot.start()", caller: "" },
            suggestions: [{ messageId: "addCatch", output: addCatch(createMain.code) }],
          },
        ],
      },
    ],
  });
});

describe.each(bothTesters)("no-setup-after-start and no-unguarded-runner-stop across modules (%s)", (_, tester) => {
  tester.run("no-setup-after-start", noSetupAfterStart, {
    valid: [fixture("subclass/main.ts"), fixture("singleton/handlers.ts")],
    invalid: [
      {
        ...fixture("subclass/plain-main.ts"),
        name: "a command registered on an imported subclass's instance after the awaited start",
        errors: [{ messageId: "setupAfterStart", line: 7, column: 1, endLine: 7, endColumn: 12, data: { bot: "bot" } }],
      },
    ],
  });

  const admin = fixture("runner/admin.ts");
  tester.run("no-unguarded-runner-stop", noUnguardedRunnerStop, {
    valid: [fixture("runner/runner.ts")],
    invalid: [
      {
        ...admin,
        name: "a runner handle exported by another module, stopped without a guard",
        output: edited(admin.code, "await runner.stop();", "if (runner.isRunning()) await runner.stop();"),
        errors: [{ messageId: "unguardedStop", line: 4, column: 9, endLine: 4, endColumn: 22, data: { handle: "runner" } }],
      },
    ],
  });
});

describe.each([
  ["untyped", tsTester],
  ["typed", typedBrokenTester()],
] as const)("silent when a module is missing or does not parse (%s)", (_, tester) => {
  const broken = (file: string, name: string): ReturnType<typeof fixture> => ({
    ...fixture(path.join(brokenProject(), file)),
    name,
  });
  const cases = [
    broken("main.ts", "the bot comes from a module with a syntax error, the factory from a missing one"),
    broken("local.ts", "the helpers come from a missing module and from one that does not parse"),
  ];
  tester.run("require-error-handler", requireErrorHandler, { valid: cases, invalid: [] });
  tester.run("require-signal-handlers", requireSignalHandlers, { valid: cases, invalid: [] });
  tester.run("no-floating-promises", noFloatingPromises, { valid: cases, invalid: [] });
});

// The same machinery inside one file: helpers handed the bot, shutdown helpers and libraries.
describe("helpers within one file", () => {
  const registerCommands = `import { Bot } from "grammy";
function registerCommands(bot: Bot) {
  bot.command("start", (ctx) => ctx.reply("Hi!"));
}
const bot = new Bot(token);
registerCommands(bot);
await bot.start();`;

  tsTester.run("require-error-handler", requireErrorHandler, {
    valid: [
      {
        name: "a helper of this file installs the handler on its parameter",
        code: `import { Bot } from "grammy";
const setup = (b: Bot) => {
  b.errorHandler = (err) => console.error(err);
};
const bot = new Bot(token);
setup(bot);
await bot.start();`,
      },
      {
        name: "a helper that hands its parameter on to another helper that installs it",
        code: `import { Bot } from "grammy";
function inner(b: Bot) {
  b.catch(console.error);
}
function outer(b: Bot) {
  inner(b);
}
const bot = new Bot(token);
outer(bot);
bot.start();`,
      },
      {
        name: "silent: a helper stores the bot where the rule cannot follow it",
        code: `import { Bot } from "grammy";
const registry: Bot[] = [];
function remember(b: Bot) {
  registry.push(b);
}
const bot = new Bot(token);
remember(bot);
await bot.start();`,
      },
      {
        name: "errorHandlerHelpers: a required helper (CommonJS) installs it",
        code: `import { Bot } from "grammy";
const kit = require("@acme/bot-kit");
const bot = new Bot(token);
kit.setupErrors(bot);
await bot.start();`,
        options: [{ errorHandlerHelpers: [{ module: "@acme/bot-kit", name: "setupErrors" }] }],
      },
    ],
    invalid: [
      {
        name: "a helper of this file that only registers commands",
        code: registerCommands,
        errors: [
          {
            messageId: "missingHandler",
            line: 7,
            column: 7,
            endLine: 7,
            endColumn: 16,
            data: { bot: "bot" },
            suggestions: [
              { messageId: "addErrorHandler", data: { bot: "bot" }, output: catchSuggestion(registerCommands, "await bot.start();") },
            ],
          },
        ],
      },
    ],
  });

  const afterStart = `import { Bot } from "grammy";
import { setupErrors } from "@acme/bot-kit";
const bot = new Bot(token);
await bot.start();
setupErrors(bot);`;
  tsTester.run("require-error-handler", requireErrorHandler, {
    valid: [{ name: "without errorHandlerHelpers, a package's function may install it", code: afterStart }],
    invalid: [
      {
        name: "errorHandlerHelpers: the named helper runs only after the awaited start",
        code: afterStart,
        options: [{ errorHandlerHelpers: [{ module: "@acme/bot-kit", name: "setupErrors" }] }],
        errors: [
          {
            messageId: "missingHandler",
            line: 4,
            column: 7,
            endLine: 4,
            endColumn: 16,
            data: { bot: "bot" },
            suggestions: [
              { messageId: "addErrorHandler", data: { bot: "bot" }, output: catchSuggestion(afterStart, "await bot.start();") },
            ],
          },
        ],
      },
    ],
  });

  const exitHookOnly = `import { Bot } from "grammy";
import exitHook from "async-exit-hook";
const bot = new Bot(token);
exitHook(() => console.log("bye"));
await bot.start();`;
  tsTester.run("require-signal-handlers", requireSignalHandlers, {
    valid: [
      {
        name: "a local onShutdown(cb) that registers cb for both signals",
        code: `import { Bot } from "grammy";
function onShutdown(cb: () => Promise<void>) {
  process.once("SIGINT", () => void cb());
  process.once("SIGTERM", () => void cb());
}
const bot = new Bot(token);
onShutdown(() => bot.stop());
await bot.start();`,
      },
      {
        name: "a local helper handed the bot registers the listeners",
        code: `import { Bot } from "grammy";
function registerShutdown(b: Bot) {
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => b.stop());
}
const bot = new Bot(token);
registerShutdown(bot);
await bot.start();`,
      },
      {
        name: "async-exit-hook (CommonJS require) stops the bot",
        code: `const { Bot } = require("grammy");
const exitHook = require("async-exit-hook");
const bot = new Bot(token);
exitHook((done) => bot.stop().then(done));
bot.start();`,
      },
      {
        name: "a helper handed the runner handle stops it",
        code: `import { Bot } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
function registerShutdown(handle: RunnerHandle) {
  const stop = () => handle.isRunning() && handle.stop();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
const bot = new Bot(token);
const runner = run(bot);
registerShutdown(runner);`,
      },
    ],
    invalid: [
      {
        name: "a shutdown library whose callback does not stop the bot",
        code: exitHookOnly,
        errors: [
          {
            messageId: "notStopped",
            line: 5,
            column: 7,
            endLine: 5,
            endColumn: 16,
            data: { signals: bothSignals, target: "bot", stop: "bot.stop()", bot: "bot", consequence: startConsequence },
          },
        ],
      },
    ],
  });
});

// A `paths` alias of tsconfig.json (`@app/*`): resolved as TypeScript does, with and without types.
describe.each(bothTesters)("modules behind a tsconfig paths alias (%s)", (_, tester) => {
  const main = fixture("paths/main.ts");
  tester.run("require-error-handler", requireErrorHandler, {
    valid: [{ ...fixture("paths/safe-main.ts"), name: "the factory behind the alias installs the handler" }],
    invalid: [
      {
        ...main,
        name: "the factory behind the alias installs none",
        errors: [
          {
            messageId: "missingHandler",
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 16,
            data: { bot: "bot" },
            suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: catchSuggestion(main.code, "await bot.start();") }],
          },
        ],
      },
    ],
  });
});

// The same project twice, written to temporary folders: a handlers module imports the bot through
// `@/bot`. With the alias in tsconfig.json the bot is known and the floating reply reported; without
// it `@/bot` is a package as far as the analysis can tell, and the rule stays silent.
describe("no-floating-promises through a tsconfig paths alias (untyped)", () => {
  afterAll(removeTempProjects);
  const handlersCode = 'import { bot } from "@/bot";\n\nbot.on("message", (ctx) => {\n  ctx.reply("echo");\n});\n';
  const files = (compilerOptions: object): Record<string, string | object> => ({
    "tsconfig.json": { compilerOptions },
    "package.json": { name: "alias-bot", private: true, type: "module" },
    "src/bot.ts": 'import { Bot } from "grammy";\n\nexport const bot = new Bot(process.env.BOT_TOKEN ?? "");\n',
    "src/handlers.ts": handlersCode,
  });
  const mapped = tempProject(files({ strict: true, paths: { "@/*": ["./src/*"] } }));
  const unmapped = tempProject(files({ strict: true }));
  tsTester.run("no-floating-promises", noFloatingPromises, {
    valid: [{ filename: path.join(unmapped, "src/handlers.ts"), code: handlersCode, name: "no alias: `@/bot` cannot be followed" }],
    invalid: [
      {
        filename: path.join(mapped, "src/handlers.ts"),
        code: handlersCode,
        name: "the bot imported through `@/bot`",
        errors: [
          {
            messageId: "floating",
            line: 4,
            column: 3,
            endLine: 4,
            endColumn: 20,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(handlersCode, '(ctx) => {\n  ctx.reply', 'async (ctx) => {\n  await ctx.reply'),
              },
              { messageId: "addCatch", output: edited(handlersCode, 'ctx.reply("echo")', 'ctx.reply("echo").catch((error) => console.error(error))') },
            ],
          },
        ],
      },
    ],
  });
});

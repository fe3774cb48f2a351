// The project view (src/grammy/project/): inside a project whose manifest depends on grammY, a
// module that never imports grammY is still grammY code when the modules importing it register
// its exports as handlers or call them with grammY objects. Each fixture folder of
// tests/fixtures/modules/project-view/ is such a project (see its README.md); each case lints one
// of its files with its real path. TypeScript cases run without type information and with it.

import { RuleTester } from "@typescript-eslint/rule-tester";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe } from "vitest";

import noFloatingPromises from "../../src/rules/no-floating-promises";
import { cjsTester, esmTester, tsTester } from "../utils/testers";
import { addCatch, edited, fixture, modulesDir, typedModulesTester } from "./helpers";

const bothTesters = [
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const;

/** A file of `tests/fixtures/modules/project-view/` as a test case. */
const view = (file: string): ReturnType<typeof fixture> => fixture(path.join("project-view", file));


describe.each(bothTesters)("no-floating-promises: handlers registered by another module (%s)", (_, tester) => {
  const start = view("registered/start.ts");
  const arrow = view("registered/arrow.ts");
  const byDefault = view("registered/default.ts");
  const help = view("registered/handlers/help.ts");
  const stats = view("registered/handlers/stats.ts");
  const faq = view("registered/features/faq.ts");
  const middleware = view("registered/middleware.ts");

  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [
      { ...view("registered/awaited.ts"), name: "registered handlers that await or return ctx.reply()" },
      { ...view("registered/imported.ts"), name: "imported by the bot module, but never registered or called" },
      { ...view("registered/orphan.ts"), name: "a handler-shaped export that no module imports" },
      { ...view("registered/plain.ts"), name: "exported and only called with a plain object" },
      { ...view("registered/announce.ts"), name: "callers disagree: called with a context and with a bot" },
      view("registered/bot.ts"),
      view("registered/handlers/index.ts"),
    ],
    invalid: [
      {
        ...start,
        name: "export function start(ctx), registered with bot.command() in bot.ts",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 19,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(start.code, 'function start(ctx) {\n  ctx.reply', 'async function start(ctx) {\n  await ctx.reply'),
              },
              { messageId: "addCatch", output: addCatch(start.code, 'ctx.reply("Hi!")') },
            ],
          },
        ],
      },
      {
        ...arrow,
        name: "export const about = (ctx) => ...",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 22,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              { messageId: "addAwait", output: edited(arrow.code, '(ctx) => {\n  ctx.reply', 'async (ctx) => {\n  await ctx.reply') },
              { messageId: "addCatch", output: addCatch(arrow.code, 'ctx.reply("A bot.")') },
            ],
          },
        ],
      },
      {
        ...byDefault,
        name: "export default function, imported as a default import",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 24,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(byDefault.code, 'function settings(ctx) {\n  ctx.reply', 'async function settings(ctx) {\n  await ctx.reply'),
              },
              { messageId: "addCatch", output: addCatch(byDefault.code, 'ctx.reply("Settings")') },
            ],
          },
        ],
      },
      {
        ...help,
        name: "through a barrel: export { help } from './help.js'",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 20,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(help.code, 'function help(ctx) {\n  ctx.reply', 'async function help(ctx) {\n  await ctx.reply'),
              },
              { messageId: "addCatch", output: addCatch(help.code, 'ctx.reply("Help")') },
            ],
          },
        ],
      },
      {
        ...stats,
        name: "through a barrel: export * from './stats.js'",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 21,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(stats.code, 'function stats(ctx) {\n  ctx.reply', 'async function stats(ctx) {\n  await ctx.reply'),
              },
              { messageId: "addCatch", output: addCatch(stats.code, 'ctx.reply("Stats")') },
            ],
          },
        ],
      },
      {
        ...faq,
        name: "through a namespace import of a barrel: bot.command('faq', features.faq)",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 19,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              { messageId: "addAwait", output: edited(faq.code, 'function faq(ctx) {\n  ctx.reply', 'async function faq(ctx) {\n  await ctx.reply') },
              { messageId: "addCatch", output: addCatch(faq.code, 'ctx.reply("FAQ")') },
            ],
          },
        ],
      },
      {
        ...middleware,
        name: "a middleware installed with bot.use() elsewhere: the bare next()",
        errors: [
          {
            messageId: "floating",
            line: 3,
            column: 3,
            endLine: 3,
            endColumn: 9,
            data: { call: "next()", caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(
                  middleware.code,
                  '(ctx, next) => {\n  console.log("update", ctx.update.update_id);\n  next();',
                  'async (ctx, next) => {\n  console.log("update", ctx.update.update_id);\n  await next();',
                ),
              },
              { messageId: "addCatch", output: addCatch(middleware.code, "next()") },
            ],
          },
        ],
      },
    ],
  });
});

// A function that is no handler takes the kind its callers pass for a parameter. It is not a
// handler, so the suggestions do not make it async: only `.catch()` is offered.
describe.each(bothTesters)("no-floating-promises: functions called with grammY objects (%s)", (_, tester) => {
  const helpers = view("registered/helpers.ts");
  const local = view("registered/local.ts");
  const register = view("registered/register.ts");
  const callers = view("registered/callers.ts");

  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [],
    invalid: [
      {
        ...helpers,
        name: "helpers of another module called with the handler's context (untyped, any, second parameter)",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 24,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [{ messageId: "addCatch", output: addCatch(helpers.code, 'ctx.reply("Welcome!")') }],
          },
          {
            messageId: "floating",
            line: 6,
            column: 3,
            endLine: 6,
            endColumn: 30,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [{ messageId: "addCatch", output: addCatch(helpers.code, 'ctx.reply("Anything goes.")') }],
          },
          {
            messageId: "floating",
            line: 11,
            column: 3,
            endLine: 11,
            endColumn: 36,
            data: { call: "ctx.replyWithChatAction()", caller: "" },
            suggestions: [{ messageId: "addCatch", output: addCatch(helpers.code, 'ctx.replyWithChatAction("typing")') }],
          },
        ],
      },
      {
        ...local,
        name: "a helper of the same file called with the handler's context: greet(ctx)",
        errors: [
          {
            messageId: "floating",
            line: 6,
            column: 3,
            endLine: 6,
            endColumn: 22,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [{ messageId: "addCatch", output: addCatch(local.code, 'ctx.reply("Hello!")') }],
          },
        ],
      },
      {
        ...register,
        name: "a registrar handed the bot: register(bot) registers a handler on it",
        errors: [
          {
            messageId: "floating",
            line: 3,
            column: 5,
            endLine: 3,
            endColumn: 19,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              { messageId: "addAwait", output: edited(register.code, '(ctx) => {\n    ctx.reply', 'async (ctx) => {\n    await ctx.reply') },
              { messageId: "addCatch", output: addCatch(register.code, 'ctx.reply("y")') },
            ],
          },
        ],
      },
      {
        ...callers,
        name: "callers pass a context and something unknown: the unknown one says nothing",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 24,
            data: { call: "target.reply()", caller: "" },
            suggestions: [{ messageId: "addCatch", output: addCatch(callers.code, 'target.reply("Done.")') }],
          },
        ],
      },
    ],
  });
});

describe("no-floating-promises: CommonJS handlers registered by another module", () => {
  const start = view("commonjs/start.js");
  const help = view("commonjs/help.js");
  const exportsAbout = view("commonjs/exports.js");
  const object = view("commonjs/object.js");

  cjsTester.run("no-floating-promises", noFloatingPromises, {
    valid: [{ ...view("commonjs/stored.js"), name: "required into a variable, never registered" }, view("commonjs/bot.js")],
    invalid: [
      {
        ...start,
        name: "module.exports = start, registered as bot.command('start', require('./start'))",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 19,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(start.code, 'function start(ctx) {\n  ctx.reply', 'async function start(ctx) {\n  await ctx.reply'),
              },
              { messageId: "addCatch", output: addCatch(start.code, 'ctx.reply("Hi!")') },
            ],
          },
        ],
      },
      {
        ...help,
        name: "module.exports = help, required into a variable: const help = require('./help')",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 20,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              { messageId: "addAwait", output: edited(help.code, '(ctx) => {\n  ctx.reply', 'async (ctx) => {\n  await ctx.reply') },
              { messageId: "addCatch", output: addCatch(help.code, 'ctx.reply("Help")') },
            ],
          },
        ],
      },
      {
        ...exportsAbout,
        name: "exports.about = about, destructured: const { about } = require('./exports')",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 22,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(exportsAbout.code, 'function about(ctx) {\n  ctx.reply', 'async function about(ctx) {\n  await ctx.reply'),
              },
              { messageId: "addCatch", output: addCatch(exportsAbout.code, 'ctx.reply("A bot.")') },
            ],
          },
        ],
      },
      {
        ...object,
        name: "module.exports = { settings }, destructured: const { settings } = require('./object')",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 24,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(object.code, 'function settings(ctx) {\n  ctx.reply', 'async function settings(ctx) {\n  await ctx.reply'),
              },
              { messageId: "addCatch", output: addCatch(object.code, 'ctx.reply("Settings")') },
            ],
          },
        ],
      },
    ],
  });
});

describe("no-floating-promises: JavaScript ES module handlers registered by another module", () => {
  const start = view("esm-js/start.js");
  const help = view("esm-js/help.mjs");

  esmTester.run("no-floating-promises", noFloatingPromises, {
    valid: [view("esm-js/bot.js")],
    invalid: [
      {
        ...start,
        name: 'a .js module of a "type": "module" package',
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 19,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(start.code, 'function start(ctx) {\n  ctx.reply', 'async function start(ctx) {\n  await ctx.reply'),
              },
              { messageId: "addCatch", output: addCatch(start.code, 'ctx.reply("Hi!")') },
            ],
          },
        ],
      },
      {
        ...help,
        name: "a .mjs module: const help = (ctx) => ...; export default help",
        errors: [
          {
            messageId: "floating",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 20,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              { messageId: "addAwait", output: edited(help.code, '(ctx) => {\n  ctx.reply', 'async (ctx) => {\n  await ctx.reply') },
              { messageId: "addCatch", output: addCatch(help.code, 'ctx.reply("Help")') },
            ],
          },
        ],
      },
    ],
  });
});

// The same modules in a project whose manifest does not depend on grammY: no project view, so
// nothing reaches the files that never import grammY. The copy differs from `registered/` in its
// package.json only, and lives outside this repository (whose own package.json depends on grammY).
const withoutGrammy = mkdtempSync(path.join(os.tmpdir(), "grammy-no-dependency-"));
cpSync(path.join(modulesDir, "project-view", "registered"), withoutGrammy, { recursive: true });
cpSync(path.join(modulesDir, "tsconfig.json"), path.join(withoutGrammy, "tsconfig.json"));
writeFileSync(path.join(withoutGrammy, "package.json"), '{ "type": "module", "private": true, "dependencies": { "express": "4.21.2" } }\n');
afterAll(() => {
  rmSync(withoutGrammy, { recursive: true, force: true });
});

describe.each([
  ["untyped", tsTester],
  ["typed", new RuleTester({ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: withoutGrammy } } })],
] as const)("no-floating-promises: a project that does not depend on grammY (%s)", (_, tester) => {
  const copied = (file: string, name: string): ReturnType<typeof fixture> => ({ ...fixture(path.join(withoutGrammy, file)), name });

  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [
      copied("start.ts", "a handler registered by bot.ts"),
      copied("handlers/stats.ts", "a handler registered through a barrel"),
      copied("middleware.ts", "a middleware installed by bot.ts"),
      copied("helpers.ts", "helpers called with a context"),
      copied("register.ts", "a registrar handed the bot"),
      copied("callers.ts", "a function called with a context and something unknown"),
    ],
    invalid: [],
  });
});

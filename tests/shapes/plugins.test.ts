// Plugin objects and context flavors (issue #17): context types built with the plugins' generics,
// declared in the same file and imported from a types module; the promises of hydrate's messages,
// the files plugin's files, the conversations plugin's handle and controls; the menu plugin's
// button handlers, which are middleware. Each shape in TypeScript without and with type
// information, and in ES modules and CommonJS where it can be written in JavaScript; positions
// and suggestions asserted. The fixtures are tests/fixtures/modules/shapes-plugins/ (README.md).

import path from "node:path";
import { describe } from "vitest";

import rule from "../../src/rules/no-floating-promises";
import { addCatch, edited, fixture, typedModulesTester } from "../modules/helpers";
import { cjsTester, esmTester, tsTester, typedFilename, typedTester } from "../utils/testers";


/** A file of `tests/fixtures/modules/shapes-plugins/` as a test case. */
const shape = (file: string): ReturnType<typeof fixture> => fixture(path.join("shapes-plugins", file));

const bothTsTesters = [
  ["untyped", tsTester, undefined],
  ["typed", typedTester, typedFilename],
] as const;

// ---------------------------------------------------------------------------------------------
// Context types through the plugins' generics, declared in the linted file. The functions are
// registered nowhere: only the annotation makes `ctx` a context, so only `.catch()` is suggested.

const hydrateFlavor = `import type { Context } from "grammy";
import type { HydrateFlavor } from "@grammyjs/hydrate";
type MyContext = HydrateFlavor<Context>;
export function greet(ctx: MyContext) {
  ctx.reply("Hi");
}
`;

const nestedFlavors = `import type { Context, SessionFlavor } from "grammy";
import type { FileFlavor } from "@grammyjs/files";
import type { HydrateFlavor } from "@grammyjs/hydrate";
interface SessionData {
  count: number;
}
type MyContext = FileFlavor<HydrateFlavor<Context & SessionFlavor<SessionData>>>;
export function greet(ctx: MyContext) {
  ctx.reply("Hi");
}
`;

const conversationFlavor = `import type { Context } from "grammy";
import type { ConversationFlavor } from "@grammyjs/conversations";
type MyContext = ConversationFlavor<Context>;
export function greet(ctx: MyContext) {
  ctx.reply("Hi");
}
`;

const commandContext = `import type { CommandContext, Context } from "grammy";
import type { HydrateFlavor } from "@grammyjs/hydrate";
type MyContext = HydrateFlavor<Context>;
export function start(ctx: CommandContext<MyContext>) {
  ctx.reply("Hi");
}
`;

const filterContext = `import type { Context, Filter } from "grammy";
import type { ConversationFlavor } from "@grammyjs/conversations";
type MyContext = ConversationFlavor<Context>;
export function onMessage(ctx: Filter<MyContext, "message">) {
  ctx.reply("Hi");
}
`;

const extendedInterface = `import type { Context } from "grammy";
interface BotContext extends Context {}
export function greet(ctx: BotContext) {
  ctx.reply("Hi");
}
`;

/** The one report of a flavor snippet: `ctx.reply("Hi")` at `line`, columns 3 to 18. */
const replyFloats = (code: string, line: number) => ({
  messageId: "floating" as const,
  line,
  column: 3,
  endLine: line,
  endColumn: 18,
  data: { call: "ctx.reply()" },
  suggestions: [{ messageId: "addCatch" as const, output: addCatch(code, 'ctx.reply("Hi")') }],
});

const flavorValid = [
  {
    name: "SessionFlavor<S> alone is an add-on, no context",
    code: `import type { SessionFlavor } from "grammy";
interface SessionData {
  count: number;
}
export function count(ctx: SessionFlavor<SessionData>) {
  ctx.session.count++;
  ctx.reply("counted");
}`,
  },
  {
    name: "a generic named HydrateFlavor from a package that is not grammY's",
    code: `import type { Context } from "grammy";
import type { HydrateFlavor } from "telegram-flavors";
type MyContext = HydrateFlavor<Context>;
export function greet(ctx: MyContext) {
  ctx.reply("Hi");
}`,
  },
];

const flavorInvalid = [
  { name: "type MyContext = HydrateFlavor<Context>", code: hydrateFlavor, errors: [replyFloats(hydrateFlavor, 5)] },
  {
    name: "FileFlavor<HydrateFlavor<Context & SessionFlavor<S>>>: flavors nested around an intersection",
    code: nestedFlavors,
    errors: [replyFloats(nestedFlavors, 9)],
  },
  { name: "type MyContext = ConversationFlavor<Context>", code: conversationFlavor, errors: [replyFloats(conversationFlavor, 5)] },
  { name: "grammY's CommandContext<MyContext> of a flavored context", code: commandContext, errors: [replyFloats(commandContext, 5)] },
  { name: "grammY's Filter<MyContext, \"message\">", code: filterContext, errors: [replyFloats(filterContext, 5)] },
  { name: "interface BotContext extends Context {}", code: extendedInterface, errors: [replyFloats(extendedInterface, 4)] },
];

describe.each(bothTsTesters)("context flavors declared in the file (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", rule, {
    valid: flavorValid.map((test) => ({ ...test, filename })),
    invalid: flavorInvalid.map((test) => ({ ...test, filename })),
  });
});

// ---------------------------------------------------------------------------------------------
// The same context types, imported from a types module of the project (the fixture's real paths).

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("context flavors imported from a types module (%s)", (_, tester) => {
  const handlers = shape("handlers.ts");
  const floats = (line: number, text: string, endColumn: number) => ({
    messageId: "floating" as const,
    line,
    column: 3,
    endLine: line,
    endColumn,
    data: { call: "ctx.reply()" },
    suggestions: [{ messageId: "addCatch" as const, output: addCatch(handlers.code, `ctx.reply("${text}")`) }],
  });

  tester.run("no-floating-promises", rule, {
    valid: [
      { ...shape("session-only.ts"), name: "an imported SessionFlavor<S> alone is no context" },
    ],
    invalid: [
      {
        ...handlers,
        name: "HydratedContext, FullContext, ConversationContext, CommandContext<...>, Filter<...> and an interface, from ./context.js",
        errors: [
          floats(5, "hydrated", 24), // HydratedContext = HydrateFlavor<Context>
          floats(9, "full", 20), // FullContext = FileFlavor<HydrateFlavor<Context & SessionFlavor<S>>>
          floats(13, "conversing", 26), // ConversationContext = ConversationFlavor<Context>
          floats(17, "command", 23), // CommandContext<HydratedContext>
          floats(21, "filtered", 24), // Filter<BotContext, "message">
          floats(25, "extended", 24), // interface BotContext extends Context {}
        ],
      },
    ],
  });
});

// ---------------------------------------------------------------------------------------------
// hydrate: the methods it gives messages, when the file imports it or the project depends on it.

const hydrateHead = `import { Bot, type Context } from "grammy";
import { hydrate, type HydrateFlavor } from "@grammyjs/hydrate";
const bot = new Bot<HydrateFlavor<Context>>("t");
bot.use(hydrate());
`;

const msgEdit = `${hydrateHead}bot.on("message", (ctx) => {
  ctx.msg.editText("x");
});
`;

const callbackMessageEdit = `${hydrateHead}bot.on("callback_query", (ctx) => {
  ctx.callbackQuery.message?.editText("y");
});
`;

const sentDelete = `${hydrateHead}bot.on("message", async (ctx) => {
  (await ctx.reply("x")).delete();
});
`;

const sentConstPin = `${hydrateHead}bot.on("message", async (ctx) => {
  const sent = await ctx.reply("x");
  sent.pin();
});
`;

const hydrateInvalid = [
  {
    name: "ctx.msg.editText(): the suggestion makes the handler async",
    code: msgEdit,
    errors: [
      {
        messageId: "floating" as const,
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 24,
        data: { call: "ctx.msg.editText()" },
        suggestions: [
          { messageId: "addAwait" as const, output: edited(msgEdit, "(ctx) => {\n  ctx.msg", "async (ctx) => {\n  await ctx.msg") },
          { messageId: "addCatch" as const, output: addCatch(msgEdit, 'ctx.msg.editText("x")') },
        ],
      },
    ],
  },
  {
    name: "ctx.callbackQuery.message?.editText(): through an optional chain (a long callee is shortened in the message)",
    code: callbackMessageEdit,
    errors: [
      {
        messageId: "floating" as const,
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 43,
        data: { call: "…message.editText()" },
        suggestions: [
          {
            messageId: "addAwait" as const,
            output: edited(callbackMessageEdit, "(ctx) => {\n  ctx.callbackQuery", "async (ctx) => {\n  await ctx.callbackQuery"),
          },
          { messageId: "addCatch" as const, output: addCatch(callbackMessageEdit, 'ctx.callbackQuery.message?.editText("y")') },
        ],
      },
    ],
  },
  {
    name: "(await ctx.reply()).delete(): the message a call sent (the callee's text is shown whole)",
    code: sentDelete,
    errors: [
      {
        messageId: "floating" as const,
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 34,
        data: { call: '(await ctx.reply("x")).delete()' },
        suggestions: [
          { messageId: "addAwait" as const, output: edited(sentDelete, "  (await ctx.reply", "  await (await ctx.reply") },
          { messageId: "addCatch" as const, output: addCatch(sentDelete, '(await ctx.reply("x")).delete()') },
        ],
      },
    ],
  },
  {
    name: "const sent = await ctx.reply(); sent.pin(): a const holding a sent message",
    code: sentConstPin,
    errors: [
      {
        messageId: "floating" as const,
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 13,
        data: { call: "sent.pin()" },
        suggestions: [
          { messageId: "addAwait" as const, output: edited(sentConstPin, "  sent.pin()", "  await sent.pin()") },
          { messageId: "addCatch" as const, output: addCatch(sentConstPin, "sent.pin()") },
        ],
      },
    ],
  },
];

/** The four shapes without hydrate: in a file of no project (untyped) or of one that does not depend on it (typed). */
const withoutHydrate = `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.msg.editText("x");
  ctx.callbackQuery?.message?.editText("y");
  (await ctx.reply("x")).delete();
  const sent = await ctx.reply("x");
  sent.pin();
});`;

describe.each(bothTsTesters)("hydrate (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", rule, {
    valid: [{ name: "the same shapes without the hydrate plugin: no promises", code: withoutHydrate, filename }],
    invalid: hydrateInvalid.map((test) => ({ ...test, filename })),
  });
});

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("hydrate through the project's dependencies (%s)", (_, tester) => {
  const edit = shape("edit.ts");
  tester.run("no-floating-promises", rule, {
    valid: [{ ...shape("grammy-only/edit.ts"), name: "no hydrate import, and a project that depends on grammY only" }],
    invalid: [
      {
        ...edit,
        name: "no hydrate import, but the project's package.json depends on @grammyjs/hydrate",
        errors: [
          {
            messageId: "floating",
            line: 7,
            column: 3,
            endLine: 7,
            endColumn: 29,
            data: { call: "ctx.msg.editText()" },
            suggestions: [
              { messageId: "addAwait", output: edited(edit.code, "(ctx) => {\n  ctx.msg", "async (ctx) => {\n  await ctx.msg") },
              { messageId: "addCatch", output: addCatch(edit.code, 'ctx.msg.editText("edited")') },
            ],
          },
        ],
      },
    ],
  });
});

const hydrateEsm = `import { Bot } from "grammy";
import { hydrate } from "@grammyjs/hydrate";
const bot = new Bot("t");
bot.use(hydrate());
bot.on("message", async (ctx) => {
  ctx.msg.editText("x");
  const sent = await ctx.reply("x");
  sent.pin();
});
`;

esmTester.run("hydrate (ES modules)", rule, {
  valid: [
    {
      name: "ES modules: no hydrate import",
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.msg.editText("x");
  const sent = await ctx.reply("x");
  sent.pin();
});`,
    },
  ],
  invalid: [
    {
      name: "ES modules: ctx.msg.editText() and a const holding a sent message",
      code: hydrateEsm,
      errors: [
        {
          messageId: "floating",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 24,
          data: { call: "ctx.msg.editText()" },
          suggestions: [
            { messageId: "addAwait", output: edited(hydrateEsm, "  ctx.msg", "  await ctx.msg") },
            { messageId: "addCatch", output: addCatch(hydrateEsm, 'ctx.msg.editText("x")') },
          ],
        },
        {
          messageId: "floating",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 13,
          data: { call: "sent.pin()" },
          suggestions: [
            { messageId: "addAwait", output: edited(hydrateEsm, "  sent.pin()", "  await sent.pin()") },
            { messageId: "addCatch", output: addCatch(hydrateEsm, "sent.pin()") },
          ],
        },
      ],
    },
  ],
});

const hydrateCjs = `const { Bot } = require("grammy");
const { hydrate } = require("@grammyjs/hydrate");
const bot = new Bot("t");
bot.use(hydrate());
bot.on("callback_query", async (ctx) => {
  ctx.callbackQuery.message?.editText("y");
  (await ctx.reply("x")).delete();
});
`;

cjsTester.run("hydrate (CommonJS)", rule, {
  valid: [
    {
      name: "CommonJS: no hydrate require",
      code: `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("callback_query", async (ctx) => {
  ctx.callbackQuery.message?.editText("y");
  (await ctx.reply("x")).delete();
});`,
    },
  ],
  invalid: [
    {
      name: "CommonJS: the callback query's message, and the message a call sent",
      code: hydrateCjs,
      errors: [
        {
          messageId: "floating",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 43,
          data: { call: "…message.editText()" },
          suggestions: [
            { messageId: "addAwait", output: edited(hydrateCjs, "  ctx.callbackQuery", "  await ctx.callbackQuery") },
            { messageId: "addCatch", output: addCatch(hydrateCjs, 'ctx.callbackQuery.message?.editText("y")') },
          ],
        },
        {
          messageId: "floating",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 34,
          data: { call: '(await ctx.reply("x")).delete()' },
          suggestions: [
            { messageId: "addAwait", output: edited(hydrateCjs, "  (await ctx.reply", "  await (await ctx.reply") },
            { messageId: "addCatch", output: addCatch(hydrateCjs, '(await ctx.reply("x")).delete()') },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// files: `download()` of the file `await ctx.getFile()` gives, when the file imports the plugin.

const fileDownload = `import { Bot, type Context } from "grammy";
import { hydrateFiles, type FileFlavor } from "@grammyjs/files";
const bot = new Bot<FileFlavor<Context>>("t");
bot.api.config.use(hydrateFiles(bot.token));
bot.on("message:document", async (ctx) => {
  const file = await ctx.getFile();
  file.download();
});
`;

const fileDownloadError = (code: string, line: number) => ({
  messageId: "floating" as const,
  line,
  column: 3,
  endLine: line,
  endColumn: 18,
  data: { call: "file.download()" },
  suggestions: [
    { messageId: "addAwait" as const, output: edited(code, "  file.download()", "  await file.download()") },
    { messageId: "addCatch" as const, output: addCatch(code, "file.download()") },
  ],
});

describe.each(bothTsTesters)("files (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", rule, {
    valid: [
      {
        name: "without the files plugin, a file has no download()",
        code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message:document", async (ctx) => {
  const file = await ctx.getFile();
  file.download();
});`,
        filename,
      },
    ],
    invalid: [
      { name: "const file = await ctx.getFile(); file.download();", code: fileDownload, filename, errors: [fileDownloadError(fileDownload, 7)] },
    ],
  });
});

const fileDownloadEsm = `import { Bot } from "grammy";
import { hydrateFiles } from "@grammyjs/files";
const bot = new Bot("t");
bot.api.config.use(hydrateFiles(bot.token));
bot.on("message:document", async (ctx) => {
  const file = await ctx.getFile();
  file.download();
});
`;

const fileDownloadCjs = `const { Bot } = require("grammy");
const { hydrateFiles } = require("@grammyjs/files");
const bot = new Bot("t");
bot.api.config.use(hydrateFiles(bot.token));
bot.on("message:document", async (ctx) => {
  const file = await ctx.getFile();
  file.download();
});
`;

esmTester.run("files (ES modules)", rule, {
  valid: [
    `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message:document", async (ctx) => {
  const file = await ctx.getFile();
  file.download();
});`,
  ],
  invalid: [{ name: "ES modules: file.download()", code: fileDownloadEsm, errors: [fileDownloadError(fileDownloadEsm, 7)] }],
});

cjsTester.run("files (CommonJS)", rule, {
  valid: [
    `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.on("message:document", async (ctx) => {
  const file = await ctx.getFile();
  file.download();
});`,
  ],
  invalid: [{ name: "CommonJS: file.download()", code: fileDownloadCjs, errors: [fileDownloadError(fileDownloadCjs, 7)] }],
});

// ---------------------------------------------------------------------------------------------
// conversations: the builder's handle (`external()` floats; the wait calls and `log()` are meant
// to run unawaited) and the context's controls (`enter()`, `exit()`).

const conversationHead = `import { Bot, type Context } from "grammy";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
type MyContext = ConversationFlavor<Context>;
const bot = new Bot<MyContext>("t");
bot.use(conversations());
`;

const externalBare = `${conversationHead}async function order(conversation: Conversation<MyContext, Context>, ctx: Context) {
  conversation.external(() => 1);
  await ctx.reply("ok");
}
bot.use(createConversation(order));
`;

const enterBare = `${conversationHead}bot.command("order", (ctx) => {
  ctx.conversation.enter("order");
});
`;

const exitBare = `${conversationHead}bot.command("cancel", (ctx) => {
  ctx.conversation.exit();
});
`;

describe.each(bothTsTesters)("conversations (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", rule, {
    valid: [
      {
        name: "conversation.wait() and conversation.log() bare in a builder",
        code: `${conversationHead}async function order(conversation: Conversation<MyContext, Context>, ctx: Context) {
  conversation.wait();
  conversation.log("x");
  await ctx.reply("ok");
}
bot.use(createConversation(order));`,
        filename,
      },
    ],
    invalid: [
      {
        name: "conversation.external() bare in a builder registered with createConversation()",
        code: externalBare,
        filename,
        errors: [
          {
            messageId: "floating",
            line: 7,
            column: 3,
            endLine: 7,
            endColumn: 33,
            data: { call: "conversation.external()" },
            suggestions: [
              { messageId: "addAwait", output: edited(externalBare, "  conversation.external", "  await conversation.external") },
              { messageId: "addCatch", output: addCatch(externalBare, "conversation.external(() => 1)") },
            ],
          },
        ],
      },
      {
        name: "ctx.conversation.enter() bare in a handler",
        code: enterBare,
        filename,
        errors: [
          {
            messageId: "floating",
            line: 7,
            column: 3,
            endLine: 7,
            endColumn: 34,
            data: { call: "ctx.conversation.enter()" },
            suggestions: [
              { messageId: "addAwait", output: edited(enterBare, "(ctx) => {\n  ctx.conversation", "async (ctx) => {\n  await ctx.conversation") },
              { messageId: "addCatch", output: addCatch(enterBare, 'ctx.conversation.enter("order")') },
            ],
          },
        ],
      },
      {
        name: "ctx.conversation.exit() bare in a handler",
        code: exitBare,
        filename,
        errors: [
          {
            messageId: "floating",
            line: 7,
            column: 3,
            endLine: 7,
            endColumn: 26,
            data: { call: "ctx.conversation.exit()" },
            suggestions: [
              { messageId: "addAwait", output: edited(exitBare, "(ctx) => {\n  ctx.conversation", "async (ctx) => {\n  await ctx.conversation") },
              { messageId: "addCatch", output: addCatch(exitBare, "ctx.conversation.exit()") },
            ],
          },
        ],
      },
    ],
  });
});

const conversationEsm = `import { Bot } from "grammy";
import { conversations, createConversation } from "@grammyjs/conversations";
const bot = new Bot("t");
bot.use(conversations());
async function order(conversation, ctx) {
  conversation.external(() => 1);
  conversation.wait();
  conversation.log("x");
  await ctx.reply("ok");
}
bot.use(createConversation(order));
bot.command("order", (ctx) => {
  ctx.conversation.enter("order");
});
`;

const conversationCjs = `const { Bot } = require("grammy");
const { conversations, createConversation } = require("@grammyjs/conversations");
const bot = new Bot("t");
bot.use(conversations());
bot.use(createConversation(async (conversation, ctx) => {
  conversation.external(() => 1);
  conversation.wait();
  await ctx.reply("ok");
}, "order"));
bot.command("cancel", (ctx) => {
  ctx.conversation.exit();
});
`;

esmTester.run("conversations (ES modules)", rule, {
  valid: [
    {
      name: "ES modules: external() of a function that createConversation() does not get",
      code: `import { Bot } from "grammy";
import { conversations } from "@grammyjs/conversations";
const bot = new Bot("t");
bot.use(conversations());
async function order(conversation, ctx) {
  conversation.external(() => 1);
  await ctx.reply("ok");
}`,
    },
  ],
  invalid: [
    {
      name: "ES modules: external() in the builder, enter() in a handler; wait() and log() are not reported",
      code: conversationEsm,
      errors: [
        {
          messageId: "floating",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 33,
          data: { call: "conversation.external()" },
          suggestions: [
            { messageId: "addAwait", output: edited(conversationEsm, "  conversation.external", "  await conversation.external") },
            { messageId: "addCatch", output: addCatch(conversationEsm, "conversation.external(() => 1)") },
          ],
        },
        {
          messageId: "floating",
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 34,
          data: { call: "ctx.conversation.enter()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: edited(conversationEsm, "(ctx) => {\n  ctx.conversation", "async (ctx) => {\n  await ctx.conversation"),
            },
            { messageId: "addCatch", output: addCatch(conversationEsm, 'ctx.conversation.enter("order")') },
          ],
        },
      ],
    },
  ],
});

cjsTester.run("conversations (CommonJS)", rule, {
  valid: [],
  invalid: [
    {
      name: "CommonJS: external() in an inline builder, exit() in a handler",
      code: conversationCjs,
      errors: [
        {
          messageId: "floating",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 33,
          data: { call: "conversation.external()" },
          suggestions: [
            { messageId: "addAwait", output: edited(conversationCjs, "  conversation.external", "  await conversation.external") },
            { messageId: "addCatch", output: addCatch(conversationCjs, "conversation.external(() => 1)") },
          ],
        },
        {
          messageId: "floating",
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 26,
          data: { call: "ctx.conversation.exit()" },
          suggestions: [
            { messageId: "addAwait", output: edited(conversationCjs, "(ctx) => {\n  ctx.conversation", "async (ctx) => {\n  await ctx.conversation") },
            { messageId: "addCatch", output: addCatch(conversationCjs, "ctx.conversation.exit()") },
          ],
        },
      ],
    },
  ],
});

// The conversation's wait calls resolve to the context of the update waited for: `await
// conversation.waitForCallbackQuery(...)` is a context, and so is the parameter of a `.then`
// callback on a wait. The same call on an object that is no conversation handle gives nothing.

const waitedBody = `  const answer = await conversation.waitForCallbackQuery("yes");
  answer.answerCallbackQuery();
  conversation.waitForCommand("help").then(async (help) => {
    await help.reply("Help");
  });
  const other = await queue.waitForCallbackQuery("yes");
  other.answerCallbackQuery();
  await ctx.reply("ok");
`;

const waitedTs = `${conversationHead}declare const queue: { waitForCallbackQuery(data: string): Promise<{ answerCallbackQuery(): Promise<void> }> };
async function order(conversation: Conversation<MyContext, Context>, ctx: Context) {
${waitedBody}}
bot.use(createConversation(order));
`;

const waitedJs = `import { Bot } from "grammy";
import { conversations, createConversation } from "@grammyjs/conversations";
import { queue } from "./queue.js";
const bot = new Bot("t");
bot.use(conversations());
async function order(conversation, ctx) {
${waitedBody}}
bot.use(createConversation(order));
`;

const waitedCjs = waitedJs
  .replace('import { Bot } from "grammy";', 'const { Bot } = require("grammy");')
  .replace('import { conversations, createConversation } from "@grammyjs/conversations";', 'const { conversations, createConversation } = require("@grammyjs/conversations");')
  .replace('import { queue } from "./queue.js";', 'const { queue } = require("./queue.js");');

/** The two reports of `waitedBody` in `code`, whose builder body starts on line `first`. */
function waitedErrors(code: string, first: number) {
  const answer = "answer.answerCallbackQuery()";
  const chain = 'conversation.waitForCommand("help").then(async (help) => {\n    await help.reply("Help");\n  })';
  return [
    {
      messageId: "floating" as const,
      line: first + 1,
      column: 3,
      endLine: first + 1,
      endColumn: 31,
      data: { call: "answer.answerCallbackQuery()" },
      suggestions: [
        { messageId: "addAwait" as const, output: edited(code, `  ${answer};`, `  await ${answer};`) },
        { messageId: "addCatch" as const, output: addCatch(code, answer) },
      ],
    },
    {
      messageId: "floatingHelper" as const,
      line: first + 2,
      column: 3,
      endLine: first + 2,
      endColumn: 43,
      data: { call: "…then()", carried: "help.reply()" },
      suggestions: [
        { messageId: "addAwait" as const, output: edited(code, `  ${chain};`, `  await ${chain};`) },
        { messageId: "addCatch" as const, output: addCatch(code, chain) },
      ],
    },
  ];
}

describe.each(bothTsTesters)("conversations: contexts a wait resolves to (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", rule, {
    valid: [],
    invalid: [
      {
        name: "awaited wait and a .then callback on one: contexts; the same call on another object: nothing",
        code: waitedTs,
        filename,
        errors: waitedErrors(waitedTs, 8),
      },
    ],
  });
});

esmTester.run("conversations: contexts a wait resolves to (ES modules)", rule, {
  valid: [],
  invalid: [{ name: "ES modules: awaited wait and a .then callback on one", code: waitedJs, errors: waitedErrors(waitedJs, 7) }],
});

cjsTester.run("conversations: contexts a wait resolves to (CommonJS)", rule, {
  valid: [],
  invalid: [{ name: "CommonJS: awaited wait and a .then callback on one", code: waitedCjs, errors: waitedErrors(waitedCjs, 7) }],
});

// ---------------------------------------------------------------------------------------------
// menu: the handlers of `text`, `back` and `submenu` buttons (also of a `dynamic` range) are
// middleware, so their `ctx` is a context and the `await` suggestion makes them async.

const menuHead = `import { Bot } from "grammy";
import { Menu } from "@grammyjs/menu";
const bot = new Bot("t");
`;

const menuText = `${menuHead}const menu = new Menu("m").text("Hi", (ctx) => {
  ctx.reply("x");
});
bot.use(menu);
`;

const menuBack = `${menuHead}const menu = new Menu("m").back("B", (ctx) => {
  ctx.reply("x");
});
bot.use(menu);
`;

const menuSubmenu = `${menuHead}const menu = new Menu("m").submenu("S", "id", (ctx) => {
  ctx.reply("x");
});
bot.use(menu);
`;

const menuAfterRow = `${menuHead}const menu = new Menu("m")
  .url("Docs", "https://grammy.dev")
  .row()
  .text("Hi", (ctx) => {
    ctx.reply("x");
  });
bot.use(menu);
`;

const menuAfterRange = `${menuHead}const cancel = new Menu("cancel").text("Cancel", (ctx) => ctx.reply("ok"));
const menu = new Menu("m")
  .addRange(cancel)
  .text("Reset", (ctx) => {
    ctx.reply("x");
  });
bot.use(menu);
`;

const menuStatement = `${menuHead}const menu = new Menu("m");
menu.text("Hi", (ctx) => {
  ctx.reply("x");
});
bot.use(menu);
`;

const menuDynamic = `${menuHead}const menu = new Menu("m");
menu.dynamic((ctx, range) => {
  range.text("x", (c) => {
    c.reply("y");
  });
});
bot.use(menu);
`;

/** `ctx.reply("x")` floating in a button handler `(ctx) => {` that the `await` suggestion makes async. */
const buttonReplyFloats = (code: string, line: number, column: number) => ({
  messageId: "floating" as const,
  line,
  column,
  endLine: line,
  endColumn: column + 14,
  data: { call: "ctx.reply()" },
  suggestions: [
    { messageId: "addAwait" as const, output: edited(edited(code, "(ctx) => {\n", "async (ctx) => {\n"), 'ctx.reply("x")', 'await ctx.reply("x")') },
    { messageId: "addCatch" as const, output: addCatch(code, 'ctx.reply("x")') },
  ],
});

const menuInvalid = [
  { name: "new Menu().text(label, handler)", code: menuText, errors: [buttonReplyFloats(menuText, 5, 3)] },
  { name: "new Menu().back(label, handler)", code: menuBack, errors: [buttonReplyFloats(menuBack, 5, 3)] },
  { name: "new Menu().submenu(label, id, handler)", code: menuSubmenu, errors: [buttonReplyFloats(menuSubmenu, 5, 3)] },
  { name: ".text() chained after .url() and .row()", code: menuAfterRow, errors: [buttonReplyFloats(menuAfterRow, 8, 5)] },
  { name: "const menu = new Menu(); menu.text(...) as a statement", code: menuStatement, errors: [buttonReplyFloats(menuStatement, 6, 3)] },
  { name: ".text() chained after .addRange(otherMenu)", code: menuAfterRange, errors: [buttonReplyFloats(menuAfterRange, 8, 5)] },
  {
    name: "range.text() inside menu.dynamic((ctx, range) => ...)",
    code: menuDynamic,
    errors: [
      {
        messageId: "floating" as const,
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 17,
        data: { call: "c.reply()" },
        suggestions: [
          { messageId: "addAwait" as const, output: edited(menuDynamic, '(c) => {\n    c.reply("y")', 'async (c) => {\n    await c.reply("y")') },
          { messageId: "addCatch" as const, output: addCatch(menuDynamic, 'c.reply("y")') },
        ],
      },
    ],
  },
];

const menuValid = [
  {
    name: "after .addRange(): an awaited reply, and a returned one",
    code: `${menuHead}const cancel = new Menu("cancel").text("Cancel", (ctx) => ctx.reply("ok"));
const menu = new Menu("m")
  .addRange(cancel)
  .text("Reset", async (ctx) => {
    await ctx.reply("x");
  })
  .add({ text: "Raw", middleware: [] })
  .text("Again", (ctx) => {
    return ctx.reply("x");
  });
bot.use(menu);`,
  },
  {
    name: "ctx.menu.update() without { immediate: true } returns nothing",
    code: `import { Bot, type Context } from "grammy";
import { Menu, type MenuFlavor } from "@grammyjs/menu";
const bot = new Bot<Context & MenuFlavor>("t");
const menu = new Menu<Context & MenuFlavor>("m").text("Refresh", (ctx) => {
  ctx.menu.update();
});
bot.use(menu);`,
  },
  {
    name: "a Menu class of another package: its handlers are not grammY middleware",
    code: `import { Bot } from "grammy";
import { Menu } from "telegraf-inline-menu";
const bot = new Bot("t");
const menu = new Menu("m").text("Hi", (ctx) => {
  ctx.reply("x");
});
bot.use(menu);`,
  },
];

describe.each(bothTsTesters)("menu (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", rule, {
    valid: menuValid.map((test) => ({ ...test, filename })),
    invalid: menuInvalid.map((test) => ({ ...test, filename })),
  });
});

esmTester.run("menu (ES modules)", rule, {
  valid: [
    `import { Bot } from "grammy";
import { Menu } from "@grammyjs/menu";
const bot = new Bot("t");
const menu = new Menu("m").text("Refresh", (ctx) => {
  ctx.menu.update();
});
bot.use(menu);`,
  ],
  invalid: [
    { name: "ES modules: new Menu().text(label, handler)", code: menuText, errors: [buttonReplyFloats(menuText, 5, 3)] },
    { name: "ES modules: menu.text(...) as a statement", code: menuStatement, errors: [buttonReplyFloats(menuStatement, 6, 3)] },
    { name: "ES modules: .text() chained after .addRange(otherMenu)", code: menuAfterRange, errors: [buttonReplyFloats(menuAfterRange, 8, 5)] },
  ],
});

const menuCjs = `const { Bot } = require("grammy");
const { Menu } = require("@grammyjs/menu");
const bot = new Bot("t");
const menu = new Menu("m")
  .back("B", (ctx) => {
    ctx.reply("x");
  })
  .row()
  .submenu("S", "id", (ctx) => {
    ctx.reply("x");
  });
menu.dynamic((ctx, range) => {
  range.text("x", (c) => {
    c.reply("y");
  });
});
bot.use(menu);
`;

const menuAfterRangeCjs = `const { Bot } = require("grammy");
const { Menu } = require("@grammyjs/menu");
const bot = new Bot("t");
const cancel = new Menu("cancel").text("Cancel", (ctx) => ctx.reply("ok"));
const menu = new Menu("m").addRange(cancel).row().text("Reset", (ctx) => {
  ctx.reply("x");
});
bot.use(menu);
`;

cjsTester.run("menu (CommonJS)", rule, {
  valid: [
    {
      name: "CommonJS: a Menu class of another package",
      code: `const { Bot } = require("grammy");
const { Menu } = require("telegraf-inline-menu");
const bot = new Bot("t");
const menu = new Menu("m").text("Hi", (ctx) => {
  ctx.reply("x");
});
bot.use(menu);`,
    },
  ],
  invalid: [
    { name: "CommonJS: .text() after .addRange(otherMenu).row()", code: menuAfterRangeCjs, errors: [buttonReplyFloats(menuAfterRangeCjs, 6, 3)] },
    {
      name: "CommonJS: back(), submenu() after row(), and a dynamic range",
      code: menuCjs,
      errors: [
        {
          messageId: "floating",
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 19,
          data: { call: "ctx.reply()" },
          suggestions: [
            { messageId: "addAwait", output: edited(menuCjs, '.back("B", (ctx) => {\n    ctx.reply', '.back("B", async (ctx) => {\n    await ctx.reply') },
            { messageId: "addCatch", output: edited(menuCjs, '(ctx) => {\n    ctx.reply("x");\n  })\n  .row', '(ctx) => {\n    ctx.reply("x").catch((error) => console.error(error));\n  })\n  .row') },
          ],
        },
        {
          messageId: "floating",
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 19,
          data: { call: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: edited(menuCjs, '"id", (ctx) => {\n    ctx.reply', '"id", async (ctx) => {\n    await ctx.reply'),
            },
            {
              messageId: "addCatch",
              output: edited(menuCjs, '"id", (ctx) => {\n    ctx.reply("x");', '"id", (ctx) => {\n    ctx.reply("x").catch((error) => console.error(error));'),
            },
          ],
        },
        {
          messageId: "floating",
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 17,
          data: { call: "c.reply()" },
          suggestions: [
            { messageId: "addAwait", output: edited(menuCjs, '(c) => {\n    c.reply("y")', 'async (c) => {\n    await c.reply("y")') },
            { messageId: "addCatch", output: addCatch(menuCjs, 'c.reply("y")') },
          ],
        },
      ],
    },
  ],
});

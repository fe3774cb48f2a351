// Functions of the project that pass on a grammY rejection (issue #17, group 6): a call of such a
// helper whose promise floats floats the grammY rejection inside it. Each shape in TypeScript,
// ES modules and CommonJS, without and with type information; positions and suggestions asserted.

import rule from "../../src/rules/no-floating-promises";
import { cjsTester, esmTester, tsTester, typedFilename, typedTester } from "../utils/testers";

const localHelper = `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function greet(ctx: Context) {
  await ctx.reply("Hi");
}
bot.command("start", (ctx) => {
  greet(ctx);
});
`;

const localHelperError = {
  messageId: "floatingHelper" as const,
  line: 7,
  column: 3,
  endLine: 7,
  endColumn: 13,
  data: { call: "greet()", carried: "ctx.reply()" },
  suggestions: [
    {
      messageId: "addAwait" as const,
      output: localHelper.replace('bot.command("start", (ctx) => {\n  greet(ctx);', 'bot.command("start", async (ctx) => {\n  await greet(ctx);'),
    },
    {
      messageId: "addCatch" as const,
      output: localHelper.replace("  greet(ctx);", "  greet(ctx).catch((error) => console.error(error));"),
    },
  ],
};

const classHelper = `import { Bot } from "grammy";
class Notifier {
  private bot = new Bot("t");
  async send(chat: number) {
    await this.bot.api.sendMessage(chat, "x");
  }
  run() {
    this.send(1);
  }
}
`;

const returningHelper = `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
const notify = (ctx: Context) => ctx.api.sendMessage(1, "x");
async function twice(ctx: Context) {
  await notify(ctx);
}
bot.on("message", (ctx) => {
  twice(ctx);
});
`;

const chainCallback = `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  fetch("https://x").then(async (response) => {
    await ctx.reply(await response.text());
  });
  return ctx.reply("fetching");
});
`;

const validTs = [
  {
    name: "a chain whose callback does grammY work, ended with .catch()",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  fetch("https://example.com")
    .then(async (response) => {
      await ctx.reply(await response.text());
    })
    .catch((error) => console.error(error));
});`,
  },
  {
    name: "bot.catch with an async handler is no promise chain",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.catch(async (err) => {
  await err.ctx.reply("Something went wrong");
});`,
  },
  {
    name: "the helper catches every grammY rejection itself",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function greet(ctx: Context) {
  try {
    await ctx.reply("Hi");
  } catch (error) {
    console.error(error);
  }
}
bot.command("start", (ctx) => {
  greet(ctx);
});`,
  },
  {
    name: "the helper awaits no grammY promise",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
async function save() {
  await fetch("https://example.com");
}
bot.command("start", async (ctx) => {
  save();
  await ctx.reply("saved");
});`,
  },
  {
    name: "the helper's grammY promise ends in .catch() inside it",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function greet(ctx: Context) {
  await ctx.reply("Hi").catch(() => {});
}
bot.command("start", (ctx) => {
  greet(ctx);
});`,
  },
  {
    name: "the helper's call is awaited",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function greet(ctx: Context) {
  await ctx.reply("Hi");
}
bot.command("start", async (ctx) => {
  await greet(ctx);
});`,
  },
  {
    name: "a non-async helper that only calls grammY without returning it is not a carrier (its own call is reported there)",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
function log(ctx: Context) {
  console.log(ctx.from?.id);
}
bot.command("start", (ctx) => {
  log(ctx);
  return ctx.reply("hi");
});`,
  },
];

tsTester.run("async helpers (TypeScript)", rule, {
  valid: validTs,
  invalid: [
    { name: "a local async helper that awaits ctx.reply()", code: localHelper, errors: [localHelperError] },
    {
      name: "a method of the class, through this",
      code: classHelper,
      errors: [
        {
          messageId: "floatingHelperOutsideMiddleware",
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 17,
          data: { call: "this.send()", carried: "this.bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "addCatch",
              output: classHelper.replace("    this.send(1);", "    this.send(1).catch((error) => console.error(error));"),
            },
          ],
        },
      ],
    },
    {
      name: "a floating chain on a non-grammY promise whose callback awaits ctx.reply(): the squiggle ends at .then",
      code: chainCallback,
      errors: [
        {
          messageId: "floatingHelper",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 26,
          data: { call: 'fetch("https://x").then()', carried: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: chainCallback
                .replace('bot.on("message", (ctx) => {', 'bot.on("message", async (ctx) => {')
                .replace('  fetch("https://x")', '  await fetch("https://x")'),
            },
            {
              messageId: "addCatch",
              output: chainCallback.replace("  });\n  return", "  }).catch((error) => console.error(error));\n  return"),
            },
          ],
        },
      ],
    },
    {
      name: "two helpers deep: the message names the grammY call at the bottom",
      code: returningHelper,
      errors: [
        {
          messageId: "floatingHelper",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 13,
          data: { call: "twice()", carried: "ctx.api.sendMessage()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: returningHelper.replace('bot.on("message", (ctx) => {\n  twice(ctx);', 'bot.on("message", async (ctx) => {\n  await twice(ctx);'),
            },
            {
              messageId: "addCatch",
              output: returningHelper.replace("  twice(ctx);", "  twice(ctx).catch((error) => console.error(error));"),
            },
          ],
        },
      ],
    },
  ],
});

typedTester.run("async helpers (typed)", rule, {
  valid: validTs.map((test) => ({ ...test, filename: typedFilename })),
  invalid: [
    { name: "typed: a local async helper that awaits ctx.reply()", code: localHelper, filename: typedFilename, errors: [localHelperError] },
  ],
});

const esmHelper = `import { Bot } from "grammy";
const bot = new Bot("t");
const greet = async (ctx) => {
  await ctx.reply("Hi");
};
bot.command("start", (ctx) => {
  greet(ctx);
});
`;

esmTester.run("async helpers (ES modules)", rule, {
  valid: [
    `import { Bot } from "grammy";
const bot = new Bot("t");
const greet = async (ctx) => {
  try { await ctx.reply("Hi"); } catch {}
};
bot.command("start", (ctx) => {
  greet(ctx);
});`,
  ],
  invalid: [
    {
      name: "a helper's untyped parameter is a context because its caller passes one",
      code: esmHelper,
      errors: [
        {
          messageId: "floatingHelper",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 13,
          data: { call: "greet()", carried: "ctx.reply()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: esmHelper.replace('bot.command("start", (ctx) => {\n  greet(ctx);', 'bot.command("start", async (ctx) => {\n  await greet(ctx);'),
            },
            {
              messageId: "addCatch",
              output: esmHelper.replace("  greet(ctx);", "  greet(ctx).catch((error) => console.error(error));"),
            },
          ],
        },
      ],
    },
  ],
});

const cjsHelper = `const { Bot } = require("grammy");
const bot = new Bot("t");
async function broadcast(ids) {
  for (const id of ids) await bot.api.sendMessage(id, "news");
}
bot.command("news", (ctx) => {
  broadcast([1, 2]);
  return ctx.reply("sent");
});
`;

cjsTester.run("async helpers (CommonJS)", rule, {
  valid: [
    `const { Bot } = require("grammy");
const bot = new Bot("t");
async function broadcast(ids) {
  for (const id of ids) await bot.api.sendMessage(id, "news");
}
bot.command("news", async (ctx) => {
  await broadcast([1, 2]);
  return ctx.reply("sent");
});`,
  ],
  invalid: [
    {
      name: "a helper awaiting bot.api in a loop, called bare",
      code: cjsHelper,
      errors: [
        {
          messageId: "floatingHelper",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 20,
          data: { call: "broadcast()", carried: "bot.api.sendMessage()" },
          suggestions: [
            {
              messageId: "addAwait",
              output: cjsHelper.replace('bot.command("news", (ctx) => {\n  broadcast([1, 2]);', 'bot.command("news", async (ctx) => {\n  await broadcast([1, 2]);'),
            },
            {
              messageId: "addCatch",
              output: cjsHelper.replace("  broadcast([1, 2]);", "  broadcast([1, 2]).catch((error) => console.error(error));"),
            },
          ],
        },
      ],
    },
  ],
});

// Every shape that typescript-eslint's own no-floating-promises suite tests
// (packages/eslint-plugin/tests/rules/no-floating-promises.test.ts), written with grammY promises
// (`ctx.reply()`, `ctx.api.getMe()`, `bot.api.sendMessage()`) inside a `bot.on(...)` handler and
// judged by what happens to a grammY bot (issue #22): a rejection that nobody handles escapes
// bot.catch and crashes the process; `void` does not handle it; `Promise.allSettled` never rejects;
// `.finally()` never handles; `.then(f)` without a rejection handler floats. Options of
// typescript-eslint's (ignoreVoid, ignoreIIFE, allowForKnownSafePromises, ...) map onto these
// verdicts; shapes that only exist for non-promise thenables are left out.
//
// Shared by tests/rules/no-floating-promises.test.ts (each shape untyped and typed, positions and
// suggestions asserted) and `node eval/compare.mjs --shapes-only` (the table of docs/comparison.md),
// so that the table cannot drift from the tests. `verdict` is the grammY verdict; `errors` what the
// rule reports, untyped and typed alike. A shape with `miss` is one the rule does not get right
// yet: it is left out of the tests, and the table and docs/rules/no-floating-promises.md list it.
// Typed cases are linted as tests/fixtures/file.ts; `./shapes-helpers.js` is tests/fixtures/shapes-helpers.ts.

export const typescriptEslintShapes = [
  // awaited
  {
    name: "awaited",
    shape: "awaited",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a");
});`,
  },
  // then(f, g)
  {
    name: "then-with-rejection-handler",
    shape: "then(f, g)",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(
    () => {},
    () => {},
  );
});`,
  },
  // then(f).catch(g)
  {
    name: "then-then-catch",
    shape: "then(f).catch(g)",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a")
    .then(() => {})
    .catch(() => {});
});`,
  },
  // then(f).catch(g).finally(h)
  {
    name: "catch-then-finally",
    shape: "then(f).catch(g).finally(h)",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a")
    .then(() => {})
    .catch(() => {})
    .finally(() => {});
});`,
  },
  // catch(g)
  {
    name: "catch",
    shape: "catch(g)",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(() => {});
});`,
  },
  // return p
  {
    name: "returned",
    shape: "return p",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  return ctx.reply("a");
});`,
  },
  // an async IIFE, awaited or caught
  {
    name: "async-iife-awaited",
    shape: "an async IIFE, awaited or caught",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await (async () => {
    await ctx.reply("a");
  })();
  (async () => {
    await ctx.reply("b");
  })().catch(() => {});
});`,
  },
  // a local async function, awaited or caught
  {
    name: "async-helper-awaited",
    shape: "a local async function, awaited or caught",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  await send(ctx);
  send(ctx).catch(() => {});
  send(ctx).then(
    () => {},
    () => {},
  );
});`,
  },
  // const y = x.then(f); y.catch(g)
  {
    name: "kept-then-caught",
    shape: "const y = x.then(f); y.catch(g)",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a");
  const logged = sent.then(() => {});
  logged.catch(() => {});
});`,
  },
  // cond ? p.catch(g) : null
  {
    name: "ternary-caught",
    shape: "cond ? p.catch(g) : null",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  Math.random() > 0.5 ? ctx.reply("a").catch(() => {}) : null;
});`,
  },
  // (p.catch(g), 123)
  {
    name: "sequence-caught",
    shape: "(p.catch(g), 123)",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a").catch(() => {}), 123);
  (123, ctx.reply("b").then(() => {}, () => {}));
});`,
  },
  // p.catch(g) || q.then(f, g)
  {
    name: "logical-caught",
    shape: "p.catch(g) || q.then(f, g)",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(() => {}) ||
    ctx.reply("b").then(
      () => {},
      () => {},
    );
});`,
  },
  // await obj.a?.b?.()
  {
    name: "optional-call-awaited",
    shape: "await obj.a?.b?.()",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.api?.getMe();
  await ctx.reply?.("a");
});`,
  },
  // await (cond && p())
  {
    name: "await-logical",
    shape: "await (cond && p())",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  await (condition && ctx.reply("a"));
});`,
  },
  // cond && (await p())
  {
    name: "logical-await",
    shape: "cond && (await p())",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition && (await ctx.reply("a"));
});`,
  },
  // catch(definitelyCallable)
  {
    name: "catch-with-callable",
    shape: "catch(definitelyCallable)",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(console.error);
});`,
  },
  // catch(g).finally(h).finally(h)
  {
    name: "catch-then-finallies",
    shape: "catch(g).finally(h).finally(h)",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a")
    .catch(() => {})
    .finally(() => {})
    .finally(() => {});
});`,
  },
  // await Promise.all([p, q])
  {
    name: "promise-all-awaited",
    shape: "await Promise.all([p, q])",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await Promise.all([ctx.reply("a"), ctx.reply("b")]);
});`,
  },
  // Promise.allSettled (never rejects)
  {
    name: "promise-all-settled",
    shape: "Promise.allSettled (never rejects)",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  Promise.allSettled([ctx.reply("a"), ctx.reply("b")]);
});`,
  },
  // tag`abc`.catch(g)
  {
    name: "tagged-template-caught",
    shape: "tag`abc`.catch(g)",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function notify(strings: TemplateStringsArray) {
  await bot.api.sendMessage(1, strings.join(""));
}
bot.on("message", async (ctx) => {
  notify\`hello\`.catch(() => {});
});`,
  },
  // a tag that returns a string
  {
    name: "tagged-template-no-promise",
    shape: "a tag that returns a string",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
const upper = (strings: TemplateStringsArray) => strings.join("").toUpperCase();
bot.on("message", async (ctx) => {
  upper\`hello\`;
});`,
  },
  // x = promiseArray
  {
    name: "assigned-outer",
    shape: "x = promiseArray",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
let pending: Promise<unknown>[] = [];
let last: Promise<unknown> | undefined;
bot.on("message", async (ctx) => {
  pending = [ctx.reply("a")];
  last = ctx.reply("b");
});`,
  },
  // async function f() { return promiseArray }
  {
    name: "array-returned-to-caller",
    shape: "async function f() { return promiseArray }",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
function collect(ctx: Context) {
  return [ctx.reply("a"), ctx.reply("b")];
}
bot.on("message", async (ctx) => {
  await Promise.all(collect(ctx));
});`,
  },
  // yield p; yield* promiseArray
  {
    name: "yielded",
    shape: "yield p; yield* promiseArray",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function* replies(ctx: Context) {
  yield ctx.reply("a");
  yield* [ctx.reply("b")];
}
bot.on("message", async (ctx) => {
  for await (const sent of replies(ctx)) console.log(sent);
});`,
  },
  // a helper that catches its own errors
  {
    name: "helper-catches-itself",
    shape: "a helper that catches its own errors",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  try {
    await ctx.reply("a");
  } catch (error) {
    console.error(error);
  }
}
bot.on("message", async (ctx) => {
  send(ctx);
});`,
  },
  // new Promise(...) kept and awaited
  {
    name: "new-promise-handed-on",
    shape: "new Promise(...) kept and awaited",
    verdict: "silent",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = new Promise((ok, fail) => ctx.reply("a").then(ok, fail));
  await sent;
});`,
  },
  // p;
  {
    name: "statement",
    shape: "p;",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a");
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 17,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // p.then(f)
  {
    name: "then-without-rejection-handler",
    shape: "p.then(f)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(() => {});
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a").then(() => {});
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(() => {}).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // p.catch()
  {
    name: "catch-without-handler",
    shape: "p.catch()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch();
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 17,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a").catch();
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch().catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // p.finally()
  {
    name: "finally",
    shape: "p.finally()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").finally();
});`,
    errors: [
      {
        messageId: "floatingFinally",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 17,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a").finally();
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").finally().catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // obj.a?.b?.c?.()
  {
    name: "optional-call",
    shape: "obj.a?.b?.c?.()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.api?.getMe();
  ctx.reply?.("a");
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 19,
        data: { call: "ctx.api?.getMe()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.api?.getMe();
  ctx.reply?.("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.api?.getMe().catch((error) => console.error(error));
  ctx.reply?.("a");
});`,
          },
        ],
      },
      {
        messageId: "floating",
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 19,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.api?.getMe();
  await ctx.reply?.("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.api?.getMe();
  ctx.reply?.("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // tag`abc`
  {
    name: "tagged-template",
    shape: "tag`abc`",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function notify(strings: TemplateStringsArray) {
  await bot.api.sendMessage(1, strings.join(""));
}
bot.on("message", async (ctx) => {
  notify\`hello\`;
});`,
    errors: [
      {
        messageId: "floatingHelper",
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 16,
        data: { call: "notify`…`", carried: "bot.api.sendMessage()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function notify(strings: TemplateStringsArray) {
  await bot.api.sendMessage(1, strings.join(""));
}
bot.on("message", async (ctx) => {
  await notify\`hello\`;
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function notify(strings: TemplateStringsArray) {
  await bot.api.sendMessage(1, strings.join(""));
}
bot.on("message", async (ctx) => {
  notify\`hello\`.catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // tag`abc`.then(f)
  {
    name: "tagged-template-then",
    shape: "tag`abc`.then(f)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function notify(strings: TemplateStringsArray) {
  await bot.api.sendMessage(1, strings.join(""));
}
bot.on("message", async (ctx) => {
  notify\`hello\`.then(() => {});
});`,
    errors: [
      {
        messageId: "floatingThen",
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 16,
        data: { call: "notify`…`" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function notify(strings: TemplateStringsArray) {
  await bot.api.sendMessage(1, strings.join(""));
}
bot.on("message", async (ctx) => {
  await notify\`hello\`.then(() => {});
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function notify(strings: TemplateStringsArray) {
  await bot.api.sendMessage(1, strings.join(""));
}
bot.on("message", async (ctx) => {
  notify\`hello\`.then(() => {}).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // tag`abc`.finally(f)
  {
    name: "tagged-template-finally",
    shape: "tag`abc`.finally(f)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function notify(strings: TemplateStringsArray) {
  await bot.api.sendMessage(1, strings.join(""));
}
bot.on("message", async (ctx) => {
  notify\`hello\`.finally(() => {});
});`,
    errors: [
      {
        messageId: "floatingFinally",
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 16,
        data: { call: "notify`…`" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function notify(strings: TemplateStringsArray) {
  await bot.api.sendMessage(1, strings.join(""));
}
bot.on("message", async (ctx) => {
  await notify\`hello\`.finally(() => {});
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function notify(strings: TemplateStringsArray) {
  await bot.api.sendMessage(1, strings.join(""));
}
bot.on("message", async (ctx) => {
  notify\`hello\`.finally(() => {}).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // (async () => { await p() })()
  {
    name: "async-iife",
    shape: "(async () => { await p() })()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async () => {
    await ctx.reply("a");
  })();
});`,
    errors: [
      {
        messageId: "floatingHelper",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 15,
        data: { call: "(async () => …)()", carried: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await (async () => {
    await ctx.reply("a");
  })();
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async () => {
    await ctx.reply("a");
  })().catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // (async () => { p() })()
  {
    name: "async-iife-unawaited-inside",
    shape: "(async () => { p() })()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async () => {
    ctx.reply("a");
  })();
});`,
    errors: [
      {
        messageId: "floating",
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 19,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async () => {
    await ctx.reply("a");
  })();
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async () => {
    ctx.reply("a").catch((error) => console.error(error));
  })();
});`,
          },
        ],
      },
    ],
  },
  // (async () => ...)().then(f)
  {
    name: "async-iife-then",
    shape: "(async () => ...)().then(f)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async () => {
    await ctx.reply("a");
  })().then(() => {});
});`,
    errors: [
      {
        messageId: "floatingThen",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 15,
        data: { call: "(async () => …)()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await (async () => {
    await ctx.reply("a");
  })().then(() => {});
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async () => {
    await ctx.reply("a");
  })().then(() => {}).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // returnsPromise();
  {
    name: "async-helper",
    shape: "returnsPromise();",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  send(ctx);
});`,
    errors: [
      {
        messageId: "floatingHelper",
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 12,
        data: { call: "send()", carried: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  await send(ctx);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  send(ctx).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // returnsPromise().then(f)
  {
    name: "async-helper-then",
    shape: "returnsPromise().then(f)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  send(ctx).then(() => {});
});`,
    errors: [
      {
        messageId: "floatingThen",
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 12,
        data: { call: "send()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  await send(ctx).then(() => {});
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  send(ctx).then(() => {}).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // returnsPromise().catch()
  {
    name: "async-helper-catch-empty",
    shape: "returnsPromise().catch()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  send(ctx).catch();
});`,
    errors: [
      {
        messageId: "floatingHelper",
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 12,
        data: { call: "send()", carried: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  await send(ctx).catch();
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  send(ctx).catch().catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // returnsPromise().finally()
  {
    name: "async-helper-finally",
    shape: "returnsPromise().finally()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  send(ctx).finally();
});`,
    errors: [
      {
        messageId: "floatingFinally",
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 12,
        data: { call: "send()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  await send(ctx).finally();
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  send(ctx).finally().catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // an imported async function
  {
    name: "imported-helper",
    shape: "an imported async function",
    verdict: "reports",
    code: `import { Bot } from "grammy";
import { greet } from "./shapes-helpers.js";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  greet(ctx);
});`,
    errors: [
      {
        messageId: "floatingHelper",
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 13,
        data: { call: "greet()", carried: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot } from "grammy";
import { greet } from "./shapes-helpers.js";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await greet(ctx);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot } from "grammy";
import { greet } from "./shapes-helpers.js";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  greet(ctx).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // cond ? p : null
  {
    name: "ternary",
    shape: "cond ? p : null",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  Math.random() > 0.5 ? ctx.reply("a") : null;
  Math.random() > 0.5 ? null : ctx.reply("b");
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 25,
        endLine: 4,
        endColumn: 39,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  Math.random() > 0.5 ? await ctx.reply("a") : null;
  Math.random() > 0.5 ? null : ctx.reply("b");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  Math.random() > 0.5 ? ctx.reply("a").catch((error) => console.error(error)) : null;
  Math.random() > 0.5 ? null : ctx.reply("b");
});`,
          },
        ],
      },
      {
        messageId: "floating",
        line: 5,
        column: 32,
        endLine: 5,
        endColumn: 46,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  Math.random() > 0.5 ? ctx.reply("a") : null;
  Math.random() > 0.5 ? null : await ctx.reply("b");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  Math.random() > 0.5 ? ctx.reply("a") : null;
  Math.random() > 0.5 ? null : ctx.reply("b").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // (p, 123); (123, p)
  {
    name: "sequence",
    shape: "(p, 123); (123, p)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a"), 123);
  (123, ctx.reply("b"));
  (123, ctx.reply("c"), 123);
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (await ctx.reply("a"), 123);
  (123, ctx.reply("b"));
  (123, ctx.reply("c"), 123);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a").catch((error) => console.error(error)), 123);
  (123, ctx.reply("b"));
  (123, ctx.reply("c"), 123);
});`,
          },
        ],
      },
      {
        messageId: "floating",
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 23,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a"), 123);
  (123, await ctx.reply("b"));
  (123, ctx.reply("c"), 123);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a"), 123);
  (123, ctx.reply("b").catch((error) => console.error(error)));
  (123, ctx.reply("c"), 123);
});`,
          },
        ],
      },
      {
        messageId: "floating",
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 23,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a"), 123);
  (123, ctx.reply("b"));
  (123, await ctx.reply("c"), 123);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a"), 123);
  (123, ctx.reply("b"));
  (123, ctx.reply("c").catch((error) => console.error(error)), 123);
});`,
          },
        ],
      },
    ],
  },
  // void p
  {
    name: "void",
    shape: "void p",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("a");
});`,
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // void /* ... */ p
  {
    name: "void-comment",
    shape: "void /* ... */ p",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void /* ... */ ctx.reply("a");
});`,
    errors: [
      {
        messageId: "floatingVoid",
        line: 4,
        column: 18,
        endLine: 4,
        endColumn: 32,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await /* ... */ ctx.reply("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void /* ... */ ctx.reply("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // void returnsPromise()
  {
    name: "void-helper",
    shape: "void returnsPromise()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  void send(ctx);
});`,
    errors: [
      {
        messageId: "floatingVoid",
        line: 7,
        column: 8,
        endLine: 7,
        endColumn: 17,
        data: { call: "send()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  await send(ctx);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
async function send(ctx: Context) {
  await ctx.reply("a");
}
bot.on("message", async (ctx) => {
  void send(ctx).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // const p = new Promise(...); p;
  {
    name: "kept-and-dropped",
    shape: "const p = new Promise(...); p;",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a");
  sent;
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 16,
        endLine: 4,
        endColumn: 30,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a").catch((error) => console.error(error));
  sent;
});`,
          },
        ],
      },
    ],
  },
  // const obj = { foo: p }; obj.foo;
  {
    name: "object-property",
    shape: "const obj = { foo: p }; obj.foo;",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const obj = { sent: ctx.reply("a") };
  obj.sent;
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 23,
        endLine: 4,
        endColumn: 37,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const obj = { sent: ctx.reply("a").catch((error) => console.error(error)) };
  obj.sent;
});`,
          },
        ],
      },
    ],
  },
  // new Promise(resolve => ...);
  {
    name: "new-promise",
    shape: "new Promise(resolve => ...);",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  new Promise((ok, fail) => ctx.reply("a").then(ok, fail));
});`,
    errors: [
      {
        messageId: "floatingHelper",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 59,
        data: { call: "new Promise()", carried: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await new Promise((ok, fail) => ctx.reply("a").then(ok, fail));
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  new Promise((ok, fail) => ctx.reply("a").then(ok, fail)).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // new Promise(executor with a block)
  {
    name: "new-promise-block",
    shape: "new Promise(executor with a block)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  new Promise((ok, fail) => {
    ctx.reply("a").then(ok).catch(fail);
  });
});`,
    errors: [
      {
        messageId: "floatingHelper",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 14,
        data: { call: "new Promise()", carried: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await new Promise((ok, fail) => {
    ctx.reply("a").then(ok).catch(fail);
  });
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  new Promise((ok, fail) => {
    ctx.reply("a").then(ok).catch(fail);
  }).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // promiseValue; .then(f); .catch(); .finally()
  {
    name: "kept-chains",
    shape: "promiseValue; .then(f); .catch(); .finally()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a");
  sent;
  sent.then(() => {});
  sent.catch();
  sent.finally();
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 16,
        endLine: 4,
        endColumn: 30,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a").catch((error) => console.error(error));
  sent;
  sent.then(() => {});
  sent.catch();
  sent.finally();
});`,
          },
        ],
      },
    ],
  },
  // new Promise(res => { (async () => { await res() })() })
  {
    name: "iife-in-new-promise",
    shape: "new Promise(res => { (async () => { await res() })() })",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await new Promise<void>((resolve) => {
    (async function () {
      await ctx.reply("a");
      resolve();
    })();
  });
});`,
    errors: [
      {
        messageId: "floatingHelper",
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 23,
        data: { call: "(async function() …)()", carried: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await new Promise<void>((resolve) => {
    (async function () {
      await ctx.reply("a");
      resolve();
    })().catch((error) => console.error(error));
  });
});`,
          },
        ],
      },
    ],
  },
  // (async function () { p })()
  {
    name: "async-function-iife",
    shape: "(async function () { p })()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async function () {
    ctx.reply("a");
  })();
});`,
    errors: [
      {
        messageId: "floating",
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 19,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async function () {
    await ctx.reply("a");
  })();
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async function () {
    ctx.reply("a").catch((error) => console.error(error));
  })();
});`,
          },
        ],
      },
    ],
  },
  // void cond || p()
  {
    name: "void-or",
    shape: "void cond || p()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  void condition || ctx.reply("a");
});`,
    errors: [
      {
        messageId: "floating",
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 35,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  void condition || await ctx.reply("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  void condition || ctx.reply("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // (await cond) && p()
  {
    name: "await-and",
    shape: "(await cond) && p()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  (await condition) && ctx.reply("a");
});`,
    errors: [
      {
        messageId: "floating",
        line: 5,
        column: 24,
        endLine: 5,
        endColumn: 38,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  (await condition) && await ctx.reply("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  (await condition) && ctx.reply("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // cond && p()
  {
    name: "and",
    shape: "cond && p()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition && ctx.reply("a");
});`,
    errors: [
      {
        messageId: "floating",
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 30,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition && await ctx.reply("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition && ctx.reply("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // cond || p()
  {
    name: "or",
    shape: "cond || p()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition || ctx.reply("a");
});`,
    errors: [
      {
        messageId: "floating",
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 30,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition || await ctx.reply("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition || ctx.reply("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // cond ?? p()
  {
    name: "nullish",
    shape: "cond ?? p()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const name = ctx.from?.username;
  name ?? ctx.reply("a");
});`,
    errors: [
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const name = ctx.from?.username;
  name ?? await ctx.reply("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const name = ctx.from?.username;
  name ?? ctx.reply("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // cond || cond || p()
  {
    name: "or-or",
    shape: "cond || cond || p()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition || condition || ctx.reply("a");
});`,
    errors: [
      {
        messageId: "floating",
        line: 5,
        column: 29,
        endLine: 5,
        endColumn: 43,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition || condition || await ctx.reply("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition || condition || ctx.reply("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // cond && promiseConst
  {
    name: "kept-and",
    shape: "cond && promiseConst",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a");
  const condition = ctx.chat?.type === "private";
  condition && sent;
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 16,
        endLine: 4,
        endColumn: 30,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const sent = ctx.reply("a").catch((error) => console.error(error));
  const condition = ctx.chat?.type === "private";
  condition && sent;
});`,
          },
        ],
      },
    ],
  },
  // let condition = false; condition && p()
  {
    name: "dead-branch",
    shape: "let condition = false; condition && p()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = false;
  condition && ctx.reply("a");
});`,
    errors: [
      {
        messageId: "floating",
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 30,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = false;
  condition && await ctx.reply("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = false;
  condition && ctx.reply("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // void (cond && p())
  {
    name: "void-and",
    shape: "void (cond && p())",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  void (condition && ctx.reply("a"));
});`,
    errors: [
      {
        messageId: "floatingVoid",
        line: 5,
        column: 22,
        endLine: 5,
        endColumn: 36,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  await (condition && ctx.reply("a"));
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  void (condition && ctx.reply("a").catch((error) => console.error(error)));
});`,
          },
        ],
      },
    ],
  },
  // cond && void p()
  {
    name: "and-void",
    shape: "cond && void p()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition && void ctx.reply("a");
});`,
    errors: [
      {
        messageId: "floatingVoid",
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 35,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition && await ctx.reply("a");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const condition = ctx.chat?.type === "private";
  condition && void ctx.reply("a").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // then(f, undefined | null | 3)
  {
    name: "then-not-a-handler",
    shape: "then(f, undefined | null | 3)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(() => {}, undefined);
  ctx.reply("b").then(() => {}, null);
  ctx.reply("c").then(() => {}, 3);
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a").then(() => {}, undefined);
  ctx.reply("b").then(() => {}, null);
  ctx.reply("c").then(() => {}, 3);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(() => {}, undefined).catch((error) => console.error(error));
  ctx.reply("b").then(() => {}, null);
  ctx.reply("c").then(() => {}, 3);
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(() => {}, undefined);
  await ctx.reply("b").then(() => {}, null);
  ctx.reply("c").then(() => {}, 3);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(() => {}, undefined);
  ctx.reply("b").then(() => {}, null).catch((error) => console.error(error));
  ctx.reply("c").then(() => {}, 3);
});`,
          },
        ],
      },
      {
        messageId: "floatingThen",
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 17,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(() => {}, undefined);
  ctx.reply("b").then(() => {}, null);
  await ctx.reply("c").then(() => {}, 3);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(() => {}, undefined);
  ctx.reply("b").then(() => {}, null);
  ctx.reply("c").then(() => {}, 3).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // catch(undefined | null | 3)
  {
    name: "catch-not-a-handler",
    shape: "catch(undefined | null | 3)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(undefined);
  ctx.reply("b").catch(null);
  ctx.reply("c").catch(3);
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 17,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a").catch(undefined);
  ctx.reply("b").catch(null);
  ctx.reply("c").catch(3);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(undefined).catch((error) => console.error(error));
  ctx.reply("b").catch(null);
  ctx.reply("c").catch(3);
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(undefined);
  await ctx.reply("b").catch(null);
  ctx.reply("c").catch(3);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(undefined);
  ctx.reply("b").catch(null).catch((error) => console.error(error));
  ctx.reply("c").catch(3);
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(undefined);
  ctx.reply("b").catch(null);
  await ctx.reply("c").catch(3);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch(undefined);
  ctx.reply("b").catch(null);
  ctx.reply("c").catch(3).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // p || 3
  {
    name: "or-value",
    shape: "p || 3",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a") || 3;
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 17,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a") || 3;
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch((error) => console.error(error)) || 3;
});`,
          },
        ],
      },
    ],
  },
  // void p.then(f, undefined)
  {
    name: "void-then-undefined",
    shape: "void p.then(f, undefined)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("a").then(() => {}, undefined);
});`,
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a").then(() => {}, undefined);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void ctx.reply("a").then(() => {}, undefined).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // p.finally(f)
  {
    name: "finally-callback",
    shape: "p.finally(f)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").finally(() => {});
});`,
    errors: [
      {
        messageId: "floatingFinally",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 17,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a").finally(() => {});
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").finally(() => {}).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // p.finally(f).finally(f)
  {
    name: "finally-finally",
    shape: "p.finally(f).finally(f)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a")
    .finally(() => {})
    .finally(() => {});
});`,
    errors: [
      {
        messageId: "floatingFinally",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 17,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a")
    .finally(() => {})
    .finally(() => {});
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a")
    .finally(() => {})
    .finally(() => {}).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // p.then(f).finally(f)
  {
    name: "then-finally",
    shape: "p.then(f).finally(f)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a")
    .then(() => {})
    .finally(() => {});
});`,
    errors: [
      {
        messageId: "floatingFinally",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 17,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a")
    .then(() => {})
    .finally(() => {});
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a")
    .then(() => {})
    .finally(() => {}).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // p()?.finally(f)
  {
    name: "optional-finally",
    shape: "p()?.finally(f)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply?.("a")?.finally(() => {});
});`,
    errors: [
      {
        messageId: "floatingFinally",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 19,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply?.("a")?.finally(() => {});
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply?.("a")?.finally(() => {}).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // (p.finally(f), 123)
  {
    name: "sequence-finally",
    shape: "(p.finally(f), 123)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a").finally(() => {}), 123);
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (await ctx.reply("a").finally(() => {}), 123);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (ctx.reply("a").finally(() => {}).catch((error) => console.error(error)), 123);
});`,
          },
        ],
      },
    ],
  },
  // (async () => ...)().finally()
  {
    name: "async-iife-finally",
    shape: "(async () => ...)().finally()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async () => {
    await ctx.reply("a");
  })().finally();
});`,
    errors: [
      {
        messageId: "floatingFinally",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 15,
        data: { call: "(async () => …)()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await (async () => {
    await ctx.reply("a");
  })().finally();
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  (async () => {
    await ctx.reply("a");
  })().finally().catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // maybePromiseArray?.[0]
  {
    name: "array-element-optional",
    shape: "maybePromiseArray?.[0]",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const replies = [ctx.reply("a"), ctx.reply("b")];
  replies?.[0];
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const replies = [ctx.reply("a").catch((error) => console.error(error)), ctx.reply("b")];
  replies?.[0];
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const replies = [ctx.reply("a"), ctx.reply("b").catch((error) => console.error(error))];
  replies?.[0];
});`,
          },
        ],
      },
    ],
  },
  // [1, 2, 3].map(() => p)
  {
    name: "map-statement",
    shape: "[1, 2, 3].map(() => p)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [1, 2, 3].map((id) => bot.api.sendMessage(id, "a"));
});`,
    errors: [
      {
        messageId: "floatingMap",
        line: 4,
        column: 25,
        endLine: 4,
        endColumn: 53,
        data: { call: "bot.api.sendMessage()" },
        suggestions: [
          {
            messageId: "wrapPromiseAll",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await Promise.all([1, 2, 3].map((id) => bot.api.sendMessage(id, "a")));
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [1, 2, 3].map((id) => bot.api.sendMessage(id, "a").catch((error) => console.error(error)));
});`,
          },
        ],
      },
    ],
  },
  // data.map(async () => { await p })
  {
    name: "map-async-statement",
    shape: "data.map(async () => { await p })",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const ids = [1, 2];
  ids.map(async (id) => {
    await bot.api.sendMessage(id, "a");
  });
});`,
    errors: [
      {
        messageId: "floatingInCallback",
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 39,
        data: { call: "bot.api.sendMessage()", caller: "ids.map()" },
        suggestions: [
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const ids = [1, 2];
  ids.map(async (id) => {
    await bot.api.sendMessage(id, "a").catch((error) => console.error(error));
  });
});`,
          },
        ],
      },
    ],
  },
  // void promiseArray
  {
    name: "void-array",
    shape: "void promiseArray",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void [ctx.reply("a"), ctx.reply("b")];
});`,
    errors: [
      {
        messageId: "floatingVoid",
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 23,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "wrapPromiseAll",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await Promise.all([ctx.reply("a"), ctx.reply("b")]);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void [ctx.reply("a").catch((error) => console.error(error)), ctx.reply("b")];
});`,
          },
        ],
      },
      {
        messageId: "floatingVoid",
        line: 4,
        column: 25,
        endLine: 4,
        endColumn: 39,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "wrapPromiseAll",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await Promise.all([ctx.reply("a"), ctx.reply("b")]);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  void [ctx.reply("a"), ctx.reply("b").catch((error) => console.error(error))];
});`,
          },
        ],
      },
    ],
  },
  // await promiseArray
  {
    name: "await-array",
    shape: "await promiseArray",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await [ctx.reply("a"), ctx.reply("b")];
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 24,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "wrapPromiseAll",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await Promise.all([ctx.reply("a"), ctx.reply("b")]);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await [ctx.reply("a").catch((error) => console.error(error)), ctx.reply("b")];
});`,
          },
        ],
      },
      {
        messageId: "floating",
        line: 4,
        column: 26,
        endLine: 4,
        endColumn: 40,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "wrapPromiseAll",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await Promise.all([ctx.reply("a"), ctx.reply("b")]);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await [ctx.reply("a"), ctx.reply("b").catch((error) => console.error(error))];
});`,
          },
        ],
      },
    ],
  },
  // [1, 2, p, 3];
  {
    name: "array-statement",
    shape: "[1, 2, p, 3];",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [1, 2, ctx.reply("a"), 3];
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 24,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "wrapPromiseAll",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await Promise.all([1, 2, ctx.reply("a"), 3]);
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [1, 2, ctx.reply("a").catch((error) => console.error(error)), 3];
});`,
          },
        ],
      },
    ],
  },
  // [1, 2, void p, 3]
  {
    name: "array-void-element",
    shape: "[1, 2, void p, 3]",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [1, 2, void ctx.reply("a"), 3];
});`,
    errors: [
      {
        messageId: "floatingVoid",
        line: 4,
        column: 15,
        endLine: 4,
        endColumn: 29,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [1, 2, await ctx.reply("a"), 3];
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [1, 2, void ctx.reply("a").catch((error) => console.error(error)), 3];
});`,
          },
        ],
      },
    ],
  },
  // [p] as const;
  {
    name: "array-as-const",
    shape: "[p] as const;",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [ctx.reply("a")] as const;
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await Promise.all([ctx.reply("a")]) as const;
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  [ctx.reply("a").catch((error) => console.error(error))] as const;
});`,
          },
        ],
      },
    ],
  },
  // cursed(); returning [Promise, Promise]
  {
    name: "tuple-helper",
    shape: "cursed(); returning [Promise, Promise]",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
function both(ctx: Context) {
  return [ctx.reply("a"), ctx.reply("b")] as const;
}
bot.on("message", async (ctx) => {
  both(ctx);
});`,
    errors: [
      {
        messageId: "floatingHelper",
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 12,
        data: { call: "both()", carried: "ctx.reply()" },
        suggestions: [
          {
            messageId: "wrapPromiseAll",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
function both(ctx: Context) {
  return [ctx.reply("a"), ctx.reply("b")] as const;
}
bot.on("message", async (ctx) => {
  await Promise.all(both(ctx));
});`,
          },
        ],
      },
    ],
  },
  // arrayOrPromiseTuple;
  {
    name: "array-variable",
    shape: "arrayOrPromiseTuple;",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const replies = [ctx.reply("a"), 5];
  replies;
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  const replies = [ctx.reply("a").catch((error) => console.error(error)), 5];
  replies;
});`,
          },
        ],
      },
    ],
  },
  // value as Promise<number>;
  {
    name: "as-promise",
    shape: "value as Promise<number>;",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a") as Promise<unknown>;
  <Promise<unknown>>ctx.reply("b");
});`,
    errors: [
      {
        messageId: "floating",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 17,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a") as Promise<unknown>;
  <Promise<unknown>>ctx.reply("b");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").catch((error) => console.error(error)) as Promise<unknown>;
  <Promise<unknown>>ctx.reply("b");
});`,
          },
        ],
      },
      {
        messageId: "floating",
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 35,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a") as Promise<unknown>;
  <Promise<unknown>>await ctx.reply("b");
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a") as Promise<unknown>;
  <Promise<unknown>>ctx.reply("b").catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // p.then()
  {
    name: "then-empty",
    shape: "p.then()",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then();
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a").then();
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then().catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // p.finally(...[], f)
  {
    name: "finally-spread",
    shape: "p.finally(...[], f)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").finally(...[], () => {});
});`,
    errors: [
      {
        messageId: "floatingFinally",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 17,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addAwait",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a").finally(...[], () => {});
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").finally(...[], () => {}).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // p.then(...[], f)
  {
    name: "then-spread",
    shape: "p.then(...[], f)",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(...[], () => {});
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
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  await ctx.reply("a").then(...[], () => {});
});`,
          },
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  ctx.reply("a").then(...[], () => {}).catch((error) => console.error(error));
});`,
          },
        ],
      },
    ],
  },
  // addEventListener(..., () => { void p })
  {
    name: "listener-void",
    shape: "addEventListener(..., () => { void p })",
    verdict: "reports",
    code: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
declare const emitter: { on(event: string, listener: () => void): void };
bot.on("message", (ctx) => {
  emitter.on("tick", () => void ctx.reply("a"));
  emitter.on("tock", () => {
    void ctx.reply("b");
  });
});`,
    errors: [
      {
        messageId: "floatingVoid",
        line: 5,
        column: 33,
        endLine: 5,
        endColumn: 47,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
declare const emitter: { on(event: string, listener: () => void): void };
bot.on("message", (ctx) => {
  emitter.on("tick", () => void ctx.reply("a").catch((error) => console.error(error)));
  emitter.on("tock", () => {
    void ctx.reply("b");
  });
});`,
          },
        ],
      },
      {
        messageId: "floatingVoid",
        line: 7,
        column: 10,
        endLine: 7,
        endColumn: 24,
        data: { call: "ctx.reply()" },
        suggestions: [
          {
            messageId: "addCatch",
            output: `import { Bot, type Context } from "grammy";
const bot = new Bot("t");
declare const emitter: { on(event: string, listener: () => void): void };
bot.on("message", (ctx) => {
  emitter.on("tick", () => void ctx.reply("a"));
  emitter.on("tock", () => {
    void ctx.reply("b").catch((error) => console.error(error));
  });
});`,
          },
        ],
      },
    ],
  },
];

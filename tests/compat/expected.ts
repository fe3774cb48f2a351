// The exact findings of the recommended config on the fixture bots (tests/fixtures/compat), as
// "file line:column-endLine:endColumn rule". Every line was checked against the bot's source: the
// span is the floating or unguarded call (no-floating-promises, no-unguarded-runner-stop), or the
// callee of the start or registration (`bot.start`, `run`, `bot.command`: issue #23, squiggles
// point, never paint). Every tool and every way of enabling the plugin must produce these.

/** The Node bots (`bots/`): clean polling, runner and webhook bots report nothing. */
export const nodeBotFindings: readonly string[] = [
  // `subscribers.forEach((id) => bot.api.sendMessage(id, "News!"))`: the sends float.
  "bots/broken-bot.js 13:31-13:63 grammy-reliability/no-floating-promises",
  // `bot.start();` at the top level of a CommonJS module: not awaited, no bot.catch, no listeners.
  // The floating promise is the whole call; the other two point at its callee, `bot.start`.
  "bots/broken-bot.js 17:1-17:12 grammy-reliability/no-floating-promises",
  "bots/broken-bot.js 17:1-17:10 grammy-reliability/require-error-handler",
  "bots/broken-bot.js 17:1-17:10 grammy-reliability/require-signal-handlers",
  // `ctx.reply("Welcome!");` in a block body: floats.
  "bots/broken-polling-bot.ts 8:3-8:24 grammy-reliability/no-floating-promises",
  // `await bot.start();`: no bot.catch, and only SIGINT stops the bot.
  "bots/broken-polling-bot.ts 16:7-16:16 grammy-reliability/require-error-handler",
  "bots/broken-polling-bot.ts 16:7-16:16 grammy-reliability/require-signal-handlers",
  // `bot.command("help", ...)` after `await bot.start()`.
  "bots/broken-polling-bot.ts 18:1-18:12 grammy-reliability/no-setup-after-start",
  // `run(bot)`: only SIGTERM stops the runner.
  "bots/broken-runner-bot.ts 9:16-9:19 grammy-reliability/require-signal-handlers",
  // `runner.stop().then(...)` returned from a SIGTERM listener: the guide's shutdown with a log
  // line chained on, not a floating promise (issue #24); but `.then` throws once the runner has
  // stopped, since `stop()` then returns undefined.
  "bots/broken-runner-bot.ts 10:31-10:44 grammy-reliability/no-unguarded-runner-stop",
  // `() => runner.stop()` and `await runner.stop();`: unguarded, both autofixable.
  "bots/broken-stop-bot.ts 11:30-11:43 grammy-reliability/no-unguarded-runner-stop",
  "bots/broken-stop-bot.ts 13:9-13:22 grammy-reliability/no-unguarded-runner-stop",
];

/** The Deno bots (`deno/`): the clean ones report nothing. */
export const denoBotFindings: readonly string[] = [
  // `ctx.reply(greeting)` after "Grüß dich 👋" on the same line (columns in UTF-16 code units).
  "deno/broken-deno-bot.ts 8:36-8:55 grammy-reliability/no-floating-promises",
  // `await bot.start();`: no bot.catch, and only SIGINT stops the bot.
  "deno/broken-deno-bot.ts 13:7-13:16 grammy-reliability/require-error-handler",
  "deno/broken-deno-bot.ts 13:7-13:16 grammy-reliability/require-signal-handlers",
  // `run(bot)` with no error handler.
  "deno/broken-deno-runner-bot.ts 8:16-8:19 grammy-reliability/require-error-handler",
  // `runner.stop().then(...)` in both listeners: unguarded (the chain itself is the guide's
  // shutdown with a log line, issue #24).
  "deno/broken-deno-runner-bot.ts 9:40-9:53 grammy-reliability/no-unguarded-runner-stop",
  "deno/broken-deno-runner-bot.ts 10:41-10:54 grammy-reliability/no-unguarded-runner-stop",
];

/** `typed/bot.ts`: only typed linting knows that a bot taken from a `Map<string, Bot>` is a Bot. */
export const typedOnlyFindings: readonly string[] = [
  "typed/bot.ts 10:5-10:42 grammy-reliability/no-floating-promises",
];

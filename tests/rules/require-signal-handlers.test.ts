import rule from "../../src/rules/require-signal-handlers";
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
import { pollingTs as guidePolling, pollingDeno as guidePollingDeno, pollingJs as guidePollingCjsVerbatim, runnerTs as guideRunner, runnerJs as guideRunnerCjs, runnerDeno as guideRunnerDeno } from "../utils/guide";

const both = "`SIGINT` and `SIGTERM`";
const polling = "the update offset is never confirmed and up to 100 updates are handled again on the next start";
const runner = "the runner is cut off mid-batch and updates can be lost";

// The guide's samples ("Scaling Up III: Reliability", "Graceful Shutdown"), verbatim.

// The guide's CommonJS sample ends with a top-level `await bot.start();`, which CommonJS does not
// allow (espree rejects it in `sourceType: "commonjs"`). It is linted here inside an async IIFE,
// as a real CommonJS bot would run it; the verbatim text is linted as a module by esmTester below.

const guidePollingCjs = `const { Bot } = require("grammy");

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

(async () => {
  await bot.start();
})();`;

tsTester.run("require-signal-handlers", rule, {
  valid: [
    guidePolling,
    guidePollingDeno,
    guideRunner,
    guideRunnerDeno,
    {
      name: "webhook bots never poll",
      code: `import { Bot, webhookCallback } from "grammy";
import express from "express";
const bot = new Bot(token);
const app = express();
app.use(express.json());
app.use(webhookCallback(bot, "express"));
app.listen(3000);`,
    },
    {
      name: "bot.handleUpdate in your own server is no polling either",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
server.on("update", (update) => bot.handleUpdate(update));`,
    },
    {
      name: "a bot of unknown origin (an untyped parameter) is not recognised",
      code: `import { Bot } from "grammy";
export async function launch(bot) {
  await bot.start();
}`,
    },
    {
      name: "every Node listener method, and process imported from node:process",
      code: `import { Bot } from "grammy";
import process from "node:process";
const a = new Bot(t1);
const b = new Bot(t2);
const c = new Bot(t3);
process.on("SIGINT", () => a.stop());
process.addListener("SIGTERM", () => a.stop());
process.prependListener("SIGINT", () => b.stop());
process.prependOnceListener("SIGTERM", () => b.stop());
process.once("SIGINT", () => c.stop());
process.on("SIGTERM", () => c.stop());
a.start();
b.start();
await c.start();`,
    },
    {
      name: "signals from constants, a for-of over a literal array, and forEach",
      code: `import { Bot } from "grammy";
const a = new Bot(t1);
const b = new Bot(t2);
const c = new Bot(t3);
const INT = "SIGINT";
const TERM = \`SIGTERM\`;
process.once(INT, () => a.stop());
process.once(TERM, () => a.stop());
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => b.stop());
const signals = ["SIGINT", "SIGTERM"] as const;
signals.forEach((signal) => {
  process.once(signal, () => c.stop());
});
a.start();
b.start();
await c.start();`,
    },
    {
      name: "a block body that awaits the stop",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", async () => {
  console.log("stopping");
  await bot.stop();
});
process.once("SIGTERM", async () => {
  await bot.stop();
});
await bot.start();`,
    },
    {
      name: "through same-file functions, any number of hops",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
async function shutdown(signal: string) {
  console.log(\`\${signal} received\`);
  await closeEverything();
}
const closeEverything = async () => {
  await db.close();
  await stopBot();
};
function stopBot() {
  return bot.stop();
}
process.once("SIGINT", () => shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
await bot.start();`,
    },
    {
      name: "functions that call each other (cycle guard)",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
function a(n: number): unknown {
  return n > 0 ? b(n - 1) : bot.stop();
}
function b(n: number): unknown {
  return a(n);
}
process.once("SIGINT", () => b(3));
process.once("SIGTERM", a);
await bot.start();`,
    },
    {
      name: "a stop handed to a callback, and bot.stop.bind(bot)",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", () => {
  setImmediate(() => bot.stop());
});
process.once("SIGTERM", bot.stop.bind(bot));
await bot.start();`,
    },
    {
      name: "the bot handed to a same-file function that stops its parameter",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
async function shutdown(target, code = 0) {
  await target.stop();
  process.exit(code);
}
process.once("SIGINT", () => shutdown(bot));
process.once("SIGTERM", () => shutdown(bot, 1));
await bot.start();`,
    },
    {
      name: "the bot handed to a function this file cannot see into may be stopped there",
      code: `import { Bot } from "grammy";
import { gracefulShutdown } from "./shutdown";
const bot = new Bot(token);
process.once("SIGINT", () => gracefulShutdown(bot));
process.once("SIGTERM", () => gracefulShutdown(bot));
await bot.start();`,
    },
    {
      name: "listeners this file cannot see into (imported) may stop the bot",
      code: `import { Bot } from "grammy";
import { shutdown } from "./shutdown";
const bot = new Bot(token);
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
await bot.start();`,
    },
    {
      name: "listeners registered before an awaited start in the same function",
      code: `import { Bot } from "grammy";
async function main() {
  const bot = new Bot(token);
  process.once("SIGINT", () => bot.stop());
  process.once("SIGTERM", () => bot.stop());
  await bot.start();
}
main();`,
    },
    {
      name: "a start that is not awaited does not block what follows",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
bot.start();
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());`,
    },
    {
      name: "listeners installed in onStart run while the bot polls",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start({
  onStart: () => {
    process.once("SIGINT", () => bot.stop());
    process.once("SIGTERM", () => bot.stop());
  },
});`,
    },
    {
      name: "exit after an awaited stop, or in the stop's then/finally",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", async () => {
  await bot.stop();
  process.exit(0);
});
process.once("SIGTERM", () => bot.stop().finally(() => process.exit(0)));
process.once("SIGTERM", () => {
  bot.stop().then(() => process.exit(0));
});
await bot.start();`,
    },
    {
      name: "exit after an awaited helper that awaits the stop",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
async function shutdown() {
  await Promise.all([bot.stop(), db.close()]);
}
process.once("SIGINT", async () => {
  await shutdown();
  process.exit(0);
});
process.once("SIGTERM", async () => {
  const stopping = bot.stop();
  await stopping;
  process.exit(0);
});
await bot.start();`,
    },
    {
      name: "an exit in another branch, or in a timeout fallback",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", () => {
  if (!bot.isRunning()) {
    process.exit(0);
  } else {
    bot.stop();
  }
});
process.once("SIGTERM", () => {
  bot.stop();
  setTimeout(() => process.exit(1), 10_000).unref();
});
await bot.start();`,
    },
    {
      name: "the runner's stop works unbound (it is a closure)",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
const handle = run(bot, { runner: { fetch: { allowed_updates: [] } } });
process.once("SIGINT", handle.stop);
process.once("SIGTERM", () => handle.isRunning() && handle.stop());`,
    },
    {
      name: "a runner handle that leaves this file is stopped elsewhere",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
export function startBot(bot: Bot) {
  return run(bot);
}
export const handles = [run(new Bot(token))];`,
    },
    {
      name: "a runner handle assigned later and aliased",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
let handle;
handle = run(bot);
const same = handle;
process.once("SIGINT", () => same.stop());
process.once("SIGTERM", () => handle.stop());`,
    },
    {
      name: "a typed parameter is a bot without type information too",
      code: `import { Bot } from "grammy";
export async function launch(bot: Bot) {
  process.once("SIGINT", () => bot.stop());
  process.once("SIGTERM", () => bot.stop());
  await bot.start();
}`,
    },
    {
      name: "option signals: every configured signal is handled",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => bot.stop());
}
await bot.start();`,
      options: [{ signals: ["SIGINT", "SIGTERM", "SIGHUP"] }],
    },
    {
      name: "option signals: only SIGTERM asked for",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGTERM", () => bot.stop());
await bot.start();`,
      options: [{ signals: ["SIGTERM"] }],
    },
    "const bot = new Bot(token);\nawait bot.start();",
  ],
  invalid: [
    {
      name: "squiggles point: a start with options over several lines is underlined at bot.start only",
      code: multiLineStart,
      errors: [
        {
          messageId: "missingSignals",
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 16,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: both, target: "bot" },
              output: multiLineStart.replace(
                "await bot.start({",
                'process.once("SIGINT", () => bot.stop());\nprocess.once("SIGTERM", () => bot.stop());\nawait bot.start({',
              ),
            },
          ],
        },
      ],
    },
    {
      name: "no listener at all",
      code: `import { Bot } from "grammy";

const bot = new Bot("<token>");

await bot.start();`,
      errors: [
        {
          messageId: "missingSignals",
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 16,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: both, target: "bot" },
              output: `import { Bot } from "grammy";

const bot = new Bot("<token>");

process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());
await bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "only SIGINT: the message names SIGTERM, the suggestion adds only it",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", () => bot.stop());
bot.start();`,
      errors: [
        {
          messageId: "missingSignals",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 10,
          data: { signals: "`SIGTERM`", target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: "`SIGTERM`", target: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());
bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "a caught start, inside a function: the suggestion keeps the indentation",
      code: `import { Bot } from "grammy";
export function main() {
  const bot = new Bot(token);
  bot.start().catch((err) => console.error(err));
}`,
      errors: [
        {
          messageId: "missingSignals",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 12,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: both, target: "bot" },
              output: `import { Bot } from "grammy";
export function main() {
  const bot = new Bot(token);
  process.once("SIGINT", () => bot.stop());
  process.once("SIGTERM", () => bot.stop());
  bot.start().catch((err) => console.error(err));
}`,
            },
          ],
        },
      ],
    },
    {
      name: "listeners after `await bot.start()` are installed only once the bot has stopped",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
await bot.start({ drop_pending_updates: true });
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());`,
      errors: [
        {
          messageId: "missingSignals",
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 16,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: both, target: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());
await bot.start({ drop_pending_updates: true });
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());`,
            },
          ],
        },
      ],
    },
    {
      name: "listeners that only exit never stop the bot",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", () => process.exit(0));
process.once("SIGTERM", () => {
  console.log("bye");
});
await bot.start();`,
      errors: [
        {
          messageId: "notStopped",
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 16,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
        },
      ],
    },
    {
      name: "listeners that stop a different bot",
      code: `import { Bot } from "grammy";
const main = new Bot(a);
const admin = new Bot(b);
process.once("SIGINT", () => main.stop());
process.once("SIGTERM", () => main.stop());
main.start();
admin.start();`,
      errors: [
        {
          messageId: "notStopped",
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 12,
          data: { signals: both, target: "admin", stop: "admin.stop()", consequence: polling },
        },
      ],
    },
    {
      name: "SIGINT handled by a listener that does not stop, SIGTERM not at all",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
process.on("SIGINT", () => console.log("interrupted"));
await bot.start();`,
      errors: [
        {
          messageId: "missingSignals",
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 16,
          data: { signals: "`SIGTERM`", target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: "`SIGTERM`", target: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
process.on("SIGINT", () => console.log("interrupted"));
process.once("SIGTERM", () => bot.stop());
await bot.start();`,
            },
          ],
        },
        {
          messageId: "notStopped",
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 16,
          data: { signals: "`SIGINT`", target: "bot", stop: "bot.stop()", consequence: polling },
        },
      ],
    },
    {
      name: "a listener on signals this file cannot name does not count unless it stops the bot",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
for (const signal of config.signals) process.on(signal, () => console.log(signal));
bot.start();`,
      errors: [
        {
          messageId: "missingSignals",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 10,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: both, target: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
for (const signal of config.signals) process.on(signal, () => console.log(signal));
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());
bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "exit before the stop has settled",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", () => {
  bot.stop();
  process.exit(0);
});
process.once("SIGTERM", () => {
  bot.stop().catch(console.error);
  process.exit(0);
});
await bot.start();`,
      errors: [
        {
          messageId: "exitBeforeStop",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          data: { exit: "process.exit()", stop: "bot.stop()", consequence: polling },
        },
        {
          messageId: "exitBeforeStop",
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 18,
          data: { exit: "process.exit()", stop: "bot.stop()", consequence: polling },
        },
      ],
    },
    {
      name: "exit before the stop, through helpers",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
function shutdown() {
  void bot.stop();
  process.exit(0);
}
async function stopBot() {
  await bot.stop();
}
async function stopLater() {
  bot.stop();
  await db.close();
}
process.once("SIGINT", () => shutdown());
process.once("SIGTERM", async () => {
  stopBot();
  process.exit(1);
});
process.once("SIGTERM", async () => {
  await stopLater();
  process.exit(2);
});
await bot.start();`,
      errors: [
        {
          messageId: "exitBeforeStop",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          data: { exit: "process.exit()", stop: "bot.stop()", consequence: polling },
        },
        {
          messageId: "exitBeforeStop",
          line: 17,
          column: 3,
          endLine: 17,
          endColumn: 18,
          data: { exit: "process.exit()", stop: "bot.stop()", consequence: polling },
        },
        {
          messageId: "exitBeforeStop",
          line: 21,
          column: 3,
          endLine: 21,
          endColumn: 18,
          data: { exit: "process.exit()", stop: "bot.stop()", consequence: polling },
        },
      ],
    },
    {
      name: "a same-file function that does not stop the parameter it is handed",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
function log(target) {
  console.log(target.botInfo.username, "stopping");
}
process.once("SIGINT", () => log(bot));
process.once("SIGTERM", () => log(bot));
await bot.start();`,
      errors: [
        {
          messageId: "notStopped",
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 16,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
        },
      ],
    },
    {
      name: "a parameter stopped without being awaited, then exit",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
function stopIt(target) {
  target.stop();
}
process.once("SIGINT", async () => {
  await stopIt(bot);
  process.exit(0);
});
process.once("SIGTERM", () => bot.stop());
await bot.start();`,
      errors: [
        {
          messageId: "exitBeforeStop",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 18,
          data: { exit: "process.exit()", stop: "bot.stop()", consequence: polling },
        },
      ],
    },
    {
      name: "exit in a helper called after a floating stop",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
const quit = (code: number) => process.exit(code);
const onSignal = () => {
  bot.stop();
  quit(0);
};
process.once("SIGINT", onSignal);
process.once("SIGTERM", onSignal);
bot.start();`,
      errors: [
        {
          messageId: "exitBeforeStop",
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 50,
          data: { exit: "process.exit()", stop: "bot.stop()", consequence: polling },
        },
      ],
    },
    {
      name: "exit placed before the stop: the stop never runs",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
const stop = async () => {
  process.exit(0);
  await bot.stop();
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
await bot.start();`,
      errors: [
        {
          messageId: "exitBeforeStop",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 18,
          data: { exit: "process.exit()", stop: "bot.stop()", consequence: polling },
        },
      ],
    },
    {
      name: "an unbound bot.stop is reported at the registration",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", bot.stop);
process.once("SIGTERM", (bot.stop));
await bot.start();`,
      errors: [
        {
          messageId: "unboundStop",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 33,
          data: { listener: "bot.stop" },
          suggestions: [
            {
              messageId: "bindStop",
              data: { listener: "bot.stop" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", (bot.stop));
await bot.start();`,
            },
          ],
        },
        {
          messageId: "unboundStop",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 36,
          data: { listener: "bot.stop" },
          suggestions: [
            {
              messageId: "bindStop",
              data: { listener: "bot.stop" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", bot.stop);
process.once("SIGTERM", (() => bot.stop()));
await bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "runner without listeners: the guide's guarded stop after the handle",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
const runner = run(bot);`,
      errors: [
        {
          messageId: "missingSignals",
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 19,
          data: { signals: both, target: "runner", stop: "runner.stop()", consequence: runner },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: both, target: "runner" },
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
const runner = run(bot);
const stopRunner = () => runner.isRunning() && runner.stop();
process.once("SIGINT", stopRunner);
process.once("SIGTERM", stopRunner);`,
            },
          ],
        },
      ],
    },
    {
      name: "runner: bot.stop() does nothing to it",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
const handle = run(bot);
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());`,
      errors: [
        {
          messageId: "botStopUnderRunner",
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 19,
          data: { signals: both, target: "handle", stop: "handle.stop()", bot: "bot", consequence: runner },
        },
      ],
    },
    {
      name: "runner: SIGTERM missing, stopRunner already taken, so the stop is written inline",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
async function main() {
  const handle = run(bot);
  const stopRunner = () => handle.isRunning() && handle.stop();
  process.once("SIGINT", stopRunner);
}`,
      errors: [
        {
          messageId: "missingSignals",
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 21,
          data: { signals: "`SIGTERM`", target: "handle", stop: "handle.stop()", consequence: runner },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: "`SIGTERM`", target: "handle" },
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
async function main() {
  const handle = run(bot);
  process.once("SIGTERM", () => handle.isRunning() && handle.stop());
  const stopRunner = () => handle.isRunning() && handle.stop();
  process.once("SIGINT", stopRunner);
}`,
            },
          ],
        },
      ],
    },
    {
      name: "run(bot) whose handle is thrown away",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
run(bot);`,
      errors: [
        {
          messageId: "runHandleDiscarded",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 4,
          data: { run: "run(bot)", signals: both, consequence: runner },
          suggestions: [
            {
              messageId: "keepRunnerHandle",
              data: { name: "runner", signals: both },
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
const runner = run(bot);
const stopRunner = () => runner.isRunning() && runner.stop();
process.once("SIGINT", stopRunner);
process.once("SIGTERM", stopRunner);`,
            },
          ],
        },
      ],
    },
    {
      name: "run(bot).task(): the handle is used once and dropped",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot(token);
await run(bot).task();`,
      errors: [
        {
          messageId: "runHandleDiscarded",
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 10,
          data: { run: "run(bot)", signals: both, consequence: runner },
        },
      ],
    },
    {
      name: "a Deno runner with the exit before its stop",
      code: `import { Bot } from "https://deno.land/x/grammy@v1.46.0/mod.ts";
import { run } from "https://deno.land/x/grammy_runner@v2.0.3/mod.ts";
const bot = new Bot(token);
const runner = run(bot);
const stopRunner = () => {
  if (runner.isRunning()) runner.stop();
  Deno.exit(0);
};
Deno.addSignalListener("SIGINT", stopRunner);
Deno.addSignalListener("SIGTERM", stopRunner);`,
      errors: [
        {
          messageId: "exitBeforeStop",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 15,
          data: { exit: "Deno.exit()", stop: "runner.stop()", consequence: runner },
        },
      ],
    },
    {
      name: "a Deno file gets Deno listeners",
      code: `import { Bot } from "https://deno.land/x/grammy/mod.ts";
const bot = new Bot(Deno.env.get("BOT_TOKEN") ?? "");
await bot.start();`,
      errors: [
        {
          messageId: "missingSignals",
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 16,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: both, target: "bot" },
              output: `import { Bot } from "https://deno.land/x/grammy/mod.ts";
const bot = new Bot(Deno.env.get("BOT_TOKEN") ?? "");
Deno.addSignalListener("SIGINT", () => bot.stop());
Deno.addSignalListener("SIGTERM", () => bot.stop());
await bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "an npm: specifier makes a Deno file even without the Deno global",
      code: `import { Bot } from "npm:grammy@1.46.0";
import { run } from "npm:@grammyjs/runner";
const bot = new Bot(token);
run(bot);`,
      errors: [
        {
          messageId: "runHandleDiscarded",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 4,
          data: { run: "run(bot)", signals: both, consequence: runner },
          suggestions: [
            {
              messageId: "keepRunnerHandle",
              data: { name: "runner", signals: both },
              output: `import { Bot } from "npm:grammy@1.46.0";
import { run } from "npm:@grammyjs/runner";
const bot = new Bot(token);
const runner = run(bot);
const stopRunner = () => runner.isRunning() && runner.stop();
Deno.addSignalListener("SIGINT", stopRunner);
Deno.addSignalListener("SIGTERM", stopRunner);`,
            },
          ],
        },
      ],
    },
    {
      name: "option signals: SIGHUP is missing",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());
await bot.start();`,
      options: [{ signals: ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"] }],
      errors: [
        {
          messageId: "missingSignals",
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 16,
          data: { signals: "`SIGHUP` and `SIGQUIT`", target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: "`SIGHUP` and `SIGQUIT`", target: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(token);
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());
process.once("SIGHUP", () => bot.stop());
process.once("SIGQUIT", () => bot.stop());
await bot.start();`,
            },
          ],
        },
      ],
    },
    {
      name: "no suggestion where the start is not a statement of its own, or the bot is no plain name",
      code: `import { Bot } from "grammy";
const bot = new Bot(token);
if (polling) await bot.start();
const done = bot.start();
new Bot(other).start();`,
      errors: [
        {
          messageId: "missingSignals",
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 29,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [],
        },
        {
          messageId: "missingSignals",
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 23,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [],
        },
        {
          messageId: "missingSignals",
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 21,
          data: { signals: both, target: "new Bot(other)", stop: "new Bot(other).stop()", consequence: polling },
          suggestions: [],
        },
      ],
    },
    {
      name: "a local `process` is not Node's: no suggestion",
      code: `import { Bot } from "grammy";
const process = { once() {} };
const bot = new Bot(token);
bot.start();`,
      errors: [
        {
          messageId: "missingSignals",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 10,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [],
        },
      ],
    },
  ],
});

esmTester.run("require-signal-handlers (ESM)", rule, {
  valid: [
    // The guide's JavaScript sample, verbatim: its top-level await needs a module.
    guidePollingCjsVerbatim,
    guidePolling,
    guideRunner,
  ],
  invalid: [
    {
      code: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.on("message", (ctx) => ctx.reply("hi"));
process.once("SIGTERM", () => bot.stop());
await bot.start();`,
      errors: [
        {
          messageId: "missingSignals",
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 16,
          data: { signals: "`SIGINT`", target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: "`SIGINT`", target: "bot" },
              output: `import { Bot } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN);
bot.on("message", (ctx) => ctx.reply("hi"));
process.once("SIGTERM", () => bot.stop());
process.once("SIGINT", () => bot.stop());
await bot.start();`,
            },
          ],
        },
      ],
    },
  ],
});

cjsTester.run("require-signal-handlers (CommonJS)", rule, {
  valid: [guidePollingCjs, guideRunnerCjs],
  invalid: [
    {
      name: "the guide's CommonJS sample without its listeners, in an async IIFE",
      code: `const { Bot } = require("grammy");

const bot = new Bot("<token>");

(async () => {
  await bot.start();
})();`,
      errors: [
        {
          messageId: "missingSignals",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 18,
          data: { signals: both, target: "bot", stop: "bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: both, target: "bot" },
              output: `const { Bot } = require("grammy");

const bot = new Bot("<token>");

(async () => {
  process.once("SIGINT", () => bot.stop());
  process.once("SIGTERM", () => bot.stop());
  await bot.start();
})();`,
            },
          ],
        },
      ],
    },
    {
      name: "the guide's CommonJS runner sample calling process.exit too early",
      code: `const { Bot } = require("grammy");
const { run } = require("@grammyjs/runner");

const bot = new Bot("<token>");

const runner = run(bot);

const stopRunner = () => {
  runner.isRunning() && runner.stop();
  process.exit(0);
};
process.once("SIGINT", stopRunner);
process.once("SIGTERM", stopRunner);`,
      errors: [
        {
          messageId: "exitBeforeStop",
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 18,
          data: { exit: "process.exit()", stop: "runner.stop()", consequence: runner },
        },
      ],
    },
  ],
});

typedTester.run("require-signal-handlers (typed)", rule, {
  valid: [
    { code: guidePolling, filename: typedFilename },
    { code: guideRunner, filename: typedFilename },
    {
      name: "a bot held in a class field, known by its type",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
export class App {
  constructor(private readonly bot: Bot) {}
  async start() {
    process.once("SIGINT", () => this.bot.stop());
    process.once("SIGTERM", () => this.bot.stop());
    await this.bot.start();
  }
}`,
    },
    {
      name: "class methods reached through this, and an arrow property passed as the listener",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
export class App {
  constructor(private readonly bot: Bot) {}
  private readonly onSignal = () => this.shutdown();
  async run() {
    process.once("SIGINT", this.onSignal);
    process.once("SIGTERM", async () => {
      await this.shutdown();
      process.exit(0);
    });
    await this.bot.start();
  }
  private async shutdown() {
    await this.#stopBot();
  }
  async #stopBot() {
    await this.bot.stop();
  }
}`,
    },
    {
      name: "a runner handle in a class field",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
export class App {
  private runner: RunnerHandle | undefined;
  constructor(private readonly bot: Bot) {}
  start() {
    this.runner = run(this.bot);
    process.once("SIGINT", () => this.stop());
    process.once("SIGTERM", () => this.stop());
  }
  stop() {
    return this.runner?.isRunning() && this.runner.stop();
  }
}`,
    },
  ],
  invalid: [
    {
      name: "a typed class without listeners: the suggestion stops this.bot",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
export class App {
  constructor(private readonly bot: Bot) {}
  async start() {
    await this.bot.start();
  }
}`,
      errors: [
        {
          messageId: "missingSignals",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 25,
          data: { signals: both, target: "this.bot", stop: "this.bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: both, target: "this.bot" },
              output: `import { Bot } from "grammy";
export class App {
  constructor(private readonly bot: Bot) {}
  async start() {
    process.once("SIGINT", () => this.bot.stop());
    process.once("SIGTERM", () => this.bot.stop());
    await this.bot.start();
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "typed: listeners stop another bot field",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
export class App {
  constructor(private readonly bot: Bot, private readonly admin: Bot) {}
  async start() {
    process.once("SIGINT", () => this.admin.stop());
    process.once("SIGTERM", () => this.admin.stop());
    await this.bot.start();
  }
}`,
      errors: [
        {
          messageId: "notStopped",
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 25,
          data: { signals: both, target: "this.bot", stop: "this.bot.stop()", consequence: polling },
        },
      ],
    },
    {
      name: "typed: a method passed unbound is not followed, a method that does not stop is",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
export class App {
  constructor(private readonly bot: Bot) {}
  async run() {
    process.once("SIGINT", () => this.log());
    process.once("SIGTERM", this.shutdown);
    await this.bot.start();
  }
  log() {
    console.log("bye");
  }
  async shutdown() {
    await this.bot.stop();
  }
}`,
      errors: [
        {
          messageId: "notStopped",
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 25,
          data: { signals: "`SIGINT`", target: "this.bot", stop: "this.bot.stop()", consequence: polling },
        },
      ],
    },
    {
      name: "typed: an exit before the stop",
      filename: typedFilename,
      code: `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGINT", () => {
  bot.stop();
  process.exit(0);
});
process.once("SIGTERM", () => bot.stop());
await bot.start();`,
      errors: [
        {
          messageId: "exitBeforeStop",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          data: { exit: "process.exit()", stop: "bot.stop()", consequence: polling },
        },
      ],
    },
  ],
});

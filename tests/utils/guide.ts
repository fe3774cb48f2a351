/**
 * The code samples of grammY's reliability guide ("Scaling Up III: Reliability"), verbatim (without the
 * final newline), in the order the guide shows them (tests/guide.test.ts checks them against the guide). Every rule
 * test lints them: they must stay clean (or, for require-error-handler, be reported, since the
 * guide leaves bot.catch to its errors page).
 */

/** Simple long polling, TypeScript. */
export const pollingTs = `import { Bot } from "grammy";

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

await bot.start();`;

/** Simple long polling, JavaScript: CommonJS `require` with top-level `await` (valid only as an ES module). */
export const pollingJs = `const { Bot } = require("grammy");

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

await bot.start();`;

/** Simple long polling, Deno. */
export const pollingDeno = `import { Bot } from "https://deno.land/x/grammy/mod.ts";

const bot = new Bot("<token>");

// Stopping the bot when Node process
// is about to be terminated
Deno.addSignalListener("SIGINT", () => bot.stop());
Deno.addSignalListener("SIGTERM", () => bot.stop());

await bot.start();`;

/** grammY runner, TypeScript. */
export const runnerTs = `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";

const bot = new Bot("<token>");

const runner = run(bot);

// Stopping the bot when Node process
// is about to be terminated
const stopRunner = () => runner.isRunning() && runner.stop();
process.once("SIGINT", stopRunner);
process.once("SIGTERM", stopRunner);`;

/** grammY runner, JavaScript (CommonJS). */
export const runnerJs = `const { Bot } = require("grammy");
const { run } = require("@grammyjs/runner");

const bot = new Bot("<token>");

const runner = run(bot);

// Stopping the bot when Node process
// is about to be terminated
const stopRunner = () => runner.isRunning() && runner.stop();
process.once("SIGINT", stopRunner);
process.once("SIGTERM", stopRunner);`;

/** grammY runner, Deno. */
export const runnerDeno = `import { Bot } from "https://deno.land/x/grammy/mod.ts";
import { run } from "https://deno.land/x/grammy_runner/mod.ts";

const bot = new Bot("<token>");

const runner = run(bot);

// Stopping the bot when Node process
// is about to be terminated
const stopRunner = () => runner.isRunning() && runner.stop();
Deno.addSignalListener("SIGINT", stopRunner);
Deno.addSignalListener("SIGTERM", stopRunner);`;

export const guideSamples = { pollingTs, pollingJs, pollingDeno, runnerTs, runnerJs, runnerDeno };

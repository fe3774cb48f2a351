// BROKEN on purpose: the runner is stopped without `runner.isRunning()`. Ctrl+C pressed twice (or
// SIGINT, then SIGTERM from the orchestrator) calls `runner.stop()` on a stopped runner, which
// returns `undefined` instead of a promise: `.then()` throws a TypeError and the shutdown runs twice.
import { Bot } from "grammy";
import { run } from "@grammyjs/runner";

const bot = new Bot(process.env.BOT_TOKEN ?? "");

bot.on("message", (ctx) => ctx.reply("Got it"));
bot.catch((err) => {
  console.error(`Error while handling update ${err.ctx.update.update_id}:`, err.error);
});

const runner = run(bot, { runner: { fetch: { allowed_updates: ["message"] } } });

const shutdown = (signal: string) => {
  console.log(`${signal} received, stopping the runner`);
  runner
    .stop()
    .then(() => console.log("Runner stopped."))
    .catch((err: unknown) => console.error("Stopping failed:", err));
};
process.once("SIGINT", () => shutdown("SIGINT"));
process.once("SIGTERM", () => shutdown("SIGTERM"));

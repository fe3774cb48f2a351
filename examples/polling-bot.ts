// A clean long-polling bot, as grammY's reliability guide asks: every promise awaited or
// returned, an error handler, and a graceful stop on SIGINT and SIGTERM.
import { Bot, GrammyError, HttpError } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN ?? "");

bot.command("start", (ctx) => ctx.reply("Welcome!"));
bot.on("message:text", async (ctx) => {
  await ctx.reply(`You said: ${ctx.msg.text}`);
});

bot.catch((err) => {
  const ctx = err.ctx;
  console.error(`Error while handling update ${ctx.update.update_id}:`);
  const e = err.error;
  if (e instanceof GrammyError) console.error("Error in request:", e.description);
  else if (e instanceof HttpError) console.error("Could not contact Telegram:", e);
  else console.error("Unknown error:", e);
});

process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

await bot.start();

// BROKEN on purpose: no error handler. The first handler that throws (here: the text handler, on
// any text that is not a number) reaches grammY's default handler, which logs "No error handler
// was set!" and stops the bot. The `.catch()` on the start does not help: it is Promise#catch,
// not bot.catch.
import { Bot } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN ?? "");

bot.command("start", async (ctx) => {
  await ctx.reply("Welcome! Send me a number and I will double it.");
});
bot.on("message:text", async (ctx) => {
  const value = Number(ctx.msg.text);
  if (Number.isNaN(value)) throw new Error(`not a number: ${ctx.msg.text}`);
  await ctx.reply(String(value * 2));
});

process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

// Promise#catch: it sees a failing start (bad token, another instance polling), not handler errors.
await bot.start().catch((error: unknown) => {
  console.error("Polling failed:", error);
});

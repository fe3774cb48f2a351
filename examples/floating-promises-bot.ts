// BROKEN on purpose: promises that float. A rejected reply or broadcast escapes bot.catch and,
// on Node >= 15, kills the process.
import { Bot } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN ?? "");
const subscribers: number[] = [];

bot.command("start", (ctx) => {
  ctx.reply("Welcome!");
});
bot.command("broadcast", async (ctx) => {
  subscribers.forEach((id) => bot.api.sendMessage(id, "News!"));
  await ctx.reply("Sent.");
});
bot.catch((err) => console.error(err));

process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

await bot.start();

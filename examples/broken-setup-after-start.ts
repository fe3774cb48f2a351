// BROKEN on purpose: setup placed after `await bot.start()`. That promise resolves only when the
// bot has stopped, so the admin commands never see an update, bot.catch never catches anything
// (the default handler stops the bot on the first error), and Ctrl+C kills the process without
// bot.stop(), so the next start re-processes the last updates.
import { Bot, Composer } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN ?? "");
const admin = new Composer();
bot.filter((ctx) => ctx.from?.id === Number(process.env.ADMIN_ID), admin);

bot.command("start", (ctx) => ctx.reply("Welcome!"));

await bot.start({ onStart: (me) => console.log(`@${me.username} is up`) });

admin.command("stats", (ctx) => ctx.reply("All good."));
bot.catch((err) => console.error(`Update ${err.ctx.update.update_id} failed:`, err.error));
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());

console.log("Bot stopped.");

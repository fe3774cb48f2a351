// BROKEN on purpose: no graceful shutdown. Nothing stops the bot on SIGTERM (what Docker, systemd
// and most hosts send), and the SIGINT listener exits before `bot.stop()` has confirmed the update
// offset, so every restart handles up to 100 updates again and users get duplicate messages.
import { Bot } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN ?? "");

bot.command("start", (ctx) => ctx.reply("Welcome!"));
bot.on("message:text", async (ctx) => {
  await ctx.reply(`You said: ${ctx.msg.text}`);
});
bot.catch((err) => console.error(`Update ${err.ctx.update.update_id} failed:`, err.error));

process.once("SIGINT", () => {
  console.log("Shutting down");
  bot.stop();
  process.exit(0);
});

await bot.start();

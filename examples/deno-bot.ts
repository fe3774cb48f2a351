// A clean Deno bot, imported from deno.land, stopping on both signals with Deno's API.
import { Bot } from "https://deno.land/x/grammy@v1.46.0/mod.ts";

const bot = new Bot(Deno.env.get("BOT_TOKEN") ?? "");

bot.on("message", async (ctx) => {
  await ctx.reply("Hi from Deno");
});
bot.catch((err) => console.error(`Update ${err.ctx.update.update_id} failed:`, err.error));

Deno.addSignalListener("SIGINT", () => bot.stop());
Deno.addSignalListener("SIGTERM", () => bot.stop());

await bot.start();

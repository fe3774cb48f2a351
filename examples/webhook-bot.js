// A clean webhook bot (CommonJS): no polling, so no signal handlers or bot.catch are required;
// errors reach the web framework through webhookCallback.
const express = require("express");
const { Bot, webhookCallback } = require("grammy");

const bot = new Bot(process.env.BOT_TOKEN ?? "");
bot.command("start", (ctx) => ctx.reply("Hello from a webhook"));

const app = express();
app.use(express.json());
app.use(`/${bot.token}`, webhookCallback(bot, "express"));
app.listen(Number(process.env.PORT ?? 3000));

// Small examples of the labels' shapes (eval/README.md, `shape`), for the list of what each setup
// misses in docs/comparison.md. Written for the page: no code of the corpus. Keyed by
// `<rule>/<shape>`, or by the shape alone where it means the same for every rule. eval/compare.mjs
// warns about a missed shape that has no example here.

export const shapeExamples = {
  "same-file": {
    what: "a handler registered in the same file as the bot",
    lang: "js",
    code: ['bot.command("start", (ctx) => {', '  ctx.reply("Hi!");', "});"],
  },
  "handler-file-without-grammy-import": {
    what: "a handler in a module that never imports grammY; another module registers it",
    lang: "js",
    code: ["// handlers/start.js (bot.js: bot.command(\"start\", start))", "export function start(ctx) {", '  ctx.reply("Welcome!");', "}"],
  },
  "handler-file-untyped-ctx": {
    what: "a handler module whose `ctx` has no type; the registration is elsewhere",
    lang: "js",
    code: ["module.exports = (ctx) => {", '  if (ctx.message.text === "/help") return showHelp(ctx);', '  ctx.reply("Unknown command");', "};"],
  },
  "untyped-any-ctx": {
    what: "a bot and a context typed `any`: only the registration says what `ctx` is",
    lang: "ts",
    code: ["const bot: any = createBot();", 'bot.command("help", (ctx: any) => {', '  ctx.reply("Commands: /start");', "});"],
  },
  "conversation-builder": {
    what: "a conversation's builder function (the conversations plugin), here with `void`",
    lang: "ts",
    code: ["async function order(conversation: Conversation, ctx: Context) {", '  if (ctx.hasCommand("cancel")) return void ctx.reply("Cancelled");', '  await ctx.reply("What would you like?");', "}"],
  },
  "plugin-conversation-exit": {
    what: "the conversations plugin's `exit()`, which returns a promise",
    lang: "js",
    code: ['bot.command("cancel", (ctx) => {', "  ctx.conversation.exit();", "});"],
  },
  "project-wrapper-call": {
    what: "the project's own wrapper object whose methods return grammY promises",
    lang: "js",
    code: ["const m = wrap(ctx); // m.reply = (text) => ctx.api.sendMessage(ctx.chat.id, text)", "try { await run(m); } catch (error) {", "  m.reply(String(error));", "}"],
  },
  "async-helper-call-voided": {
    what: "an async helper that awaits grammY work, called with `void`",
    lang: "ts",
    code: ["async function notify(chatId: number) {", '  await bot.api.sendMessage(chatId, "Done");', "}", "void notify(chatId);"],
  },
  "void-async-helper-call": {
    what: "the async main function, started with `void`",
    lang: "ts",
    code: ["async function main() {", "  await bot.start();", "}", "void main();"],
  },
  "stop-statement-in-block-listener": {
    what: "`bot.stop()` as a statement (not returned) in a signal listener",
    lang: "js",
    code: ['process.once("SIGINT", () => {', "  bot.stop();", "  process.exit(0);", "});"],
  },
  "bot-from-required-module": {
    what: "a bot exported by another module and brought in with `require`",
    lang: "js",
    code: ['const { bot } = require("./bot");', "bot.start();"],
  },
  "await-inside-arguments": {
    what: "a floating call whose arguments await something",
    lang: "js",
    code: ['bot.command("groups", async (ctx) => {', '  ctx.reply(await listGroups(), { parse_mode: "HTML" });', "});"],
  },
  "start-in-try-block": {
    what: "`bot.start()` in a `try` block: the `catch` never sees its rejection",
    lang: "js",
    code: ["try {", "  bot.start();", "} catch (error) {", "  console.error(error);", "}"],
  },
  "bot-param-in-helper-module": {
    what: "a helper module that receives the bot as a parameter",
    lang: "js",
    code: ["export function markClicked(bot, chatId, messageId) {", '  bot.api.editMessageText(chatId, messageId, "Clicked");', "}"],
  },
  "bot-param-registrar": {
    what: "a registrar that receives the bot and registers handlers on it, in a module without a grammY import",
    lang: "js",
    code: ["module.exports = (bot) => {", '  bot.on("message", (ctx) => { ctx.reply("Got it"); });', "};"],
  },
  "polling-branch": {
    what: "`bot.start()` in the branch that polls (the other one sets up a webhook)",
    lang: "js",
    code: ['if (process.env.NODE_ENV === "production") app.use(webhookCallback(bot, "express"));', "else bot.start();"],
  },
  "next-unawaited": {
    what: "grammY's `next()` handed to a callback whose return value nobody awaits",
    lang: "ts",
    code: ["bot.use((ctx, next) => {", "  db.isBanned(ctx.from?.id, (banned) => (banned ? undefined : next()));", "});"],
  },
  "no-floating-promises/class-field-bot": {
    what: "a bot kept in a class field, used as `this.bot`",
    lang: "ts",
    code: ["class Notifier {", "  constructor(private readonly bot: Bot) {}", '  send(chatId: number) { this.bot.api.sendMessage(chatId, "Hi"); }', "}"],
  },
  "require-error-handler/class-field-bot": {
    what: "a bot kept in a class field that polls without `bot.catch`",
    lang: "ts",
    code: ["class TelegramService {", '  private bot = new Bot(process.env.BOT_TOKEN ?? "");', "  onModuleInit() { this.bot.start().catch(console.error); }", "}"],
  },
  "subclass-bot-from-local-module": {
    what: "an instance of the project's own subclass of `Bot`, from another module",
    lang: "js",
    code: ['const { MyBot } = require("./my-bot"); // class MyBot extends Bot', "const bot = new MyBot(token);", "bot.start();"],
  },
  "project-helper-returning-grammy-promise": {
    what: "a method of the project that returns a grammY promise, called as a statement",
    lang: "js",
    code: ["bot.catch(({ ctx, error }) => {", "  this.handle(error, ctx); // handle() returns ctx.reply(...)", "});"],
  },
  "awaited-in-async-timer-callback": {
    what: "grammY work awaited inside an async `setTimeout` callback, whose promise the timer drops",
    lang: "ts",
    code: ["setTimeout(async () => {", "  await sendDigest(chatId); // sendDigest awaits bot.api.sendMessage", "}, 60_000);"],
  },
  "async-helper-call": {
    what: "the project's async helper that awaits grammY work, called as a statement",
    lang: "ts",
    code: ["async function greet(ctx: Context) {", '  await ctx.reply("Hello!");', "}", 'bot.command("hi", (ctx) => { greet(ctx); });'],
  },
  "command-object-loop": {
    what: "command objects registered in a loop; their `run(ctx)` is a handler",
    lang: "ts",
    code: ["const commands = [{ name: \"ping\", run: (ctx: Context) => { ctx.reply(\"pong\"); } }];", "for (const command of commands) bot.command(command.name, command.run);"],
  },
  "context-type-from-types-module": {
    what: "a context type built from plugin flavors in a types module",
    lang: "ts",
    code: ['import type { MyContext } from "./types"; // HydrateFlavor<Context>', "export async function help(ctx: MyContext) {", '  ctx.reply("Help");', "}"],
  },
  "menu-button-handler": {
    what: "a handler of a menu button (the menu plugin)",
    lang: "ts",
    code: ['const menu = new Menu("main").text("Refresh", (ctx) => {', '  ctx.editMessageText("Refreshed");', "});"],
  },
};

// A seeded, deterministic generator of realistic grammY bot projects for `npm run bench`.
//
// generateCorpus({ seed, files }) returns the same project for the same arguments, byte for byte:
// a shared `bot.ts`, a main entry point (polling or runner), feature modules (commands, callback
// queries, conversations, `bot.api` broadcasts, middleware), handler modules that never import
// grammY but whose functions the entry point or a command composer registers (what the plugin's
// project view is for), a few standalone bots with their own entry points, and ordinary modules
// that import nothing from grammY, directly or through local modules. Most promises are handled
// (awaited, returned, `.catch()`ed, `Promise.all`ed); a few float, as in real code. Its
// `package.json` depends on grammY, so the plugin treats it as a grammY project (the project view
// indexes it). The project type-checks against the real `grammy`, `@grammyjs/runner` and
// `@grammyjs/conversations` when written under the repository (see writeCorpus), so typed linting
// sees real types.
//
// generateScaleFile(sections) returns one standalone bot whose size grows linearly with
// `sections`: the workload for "no rule's time grows faster than the file size".
import { Buffer } from "node:buffer";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** mulberry32: a small seeded PRNG with good enough spread for picking code shapes. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(entries) {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
  };
}

const nouns = [
  "order", "invoice", "profile", "ticket", "reminder", "poll", "quiz", "note", "task", "event",
  "booking", "payment", "report", "feedback", "survey", "coupon", "wallet", "subscription", "group",
  "channel", "member", "ban", "warning", "language", "timezone", "weather", "news", "price", "alert",
  "stat",
];
const verbs = ["show", "list", "add", "remove", "edit", "cancel", "confirm", "share", "export", "reset"];
const phrases = [
  "Done!", "Something went wrong, try again later.", "Please send a number.", "Saved.",
  "Here you go:", "Not found.", "You are not allowed to do that.", "Choose an option:",
  "Thanks for your feedback!", "See you soon.",
];

const cap = (word) => word[0].toUpperCase() + word.slice(1);

/** Kinds of generated files, with the share of a corpus each takes (entries are added apart). */
const fileKinds = [
  ["commands", 16],
  ["callbacks", 12],
  ["conversation", 8],
  ["broadcast", 6],
  ["middleware", 5],
  ["handlers", 6],
  ["standalone", 4],
  ["util", 14],
  ["store", 10],
  ["service", 10],
];

/**
 * A project of `files` files (>= 1) for `seed`. Returns
 * `{ files: [{ path, text, kind, grammy }], tsconfig, packageJson }`, where `grammy` is false for
 * files that import nothing from grammY, directly or through local modules: the plain modules
 * (`util`, `store`, `service`) and the `handlers` modules (registered on the bot from elsewhere).
 */
export function generateCorpus({ seed, files: count }) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`files must be a positive integer, got ${count}`);
  const random = createRandom(seed);
  const out = [];
  if (count === 1) {
    out.push({ path: "src/main.ts", kind: "standalone", grammy: true, text: standaloneBot(random, 6, random.chance(0.5)) });
    return withProjectFiles(out);
  }

  // Plan first, so that imports point only at files that exist.
  const plan = [];
  for (let index = 0; index < count - 2; index++) plan.push(random.weighted(fileKinds));
  // Every kind at least once whenever there is room: a missing kind takes the last slot of the
  // most frequent one. Small corpora get at least one plain and one feature module.
  const required = plan.length >= fileKinds.length ? fileKinds.map(([kind]) => kind) : count >= 4 ? ["util", "commands"] : [];
  for (const kind of required) {
    if (plan.includes(kind)) continue;
    const counts = new Map();
    for (const planned of plan) counts.set(planned, (counts.get(planned) ?? 0) + 1);
    const [mostFrequent] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    plan[plan.lastIndexOf(mostFrequent)] = kind;
  }

  const used = new Set();
  const uniqueName = (base) => {
    let name = base;
    for (let suffix = 2; used.has(name); suffix++) name = `${base}${suffix}`;
    used.add(name);
    return name;
  };

  const plain = []; // { module, exports: [{ name, async }] }
  const features = []; // { module, exportName, kind }
  const handlerModules = []; // { module, exports: [name], claimed }: registered once, by a composer or the entry
  const planned = plan.map((kind) => ({ kind, name: uniqueName(`${random.pick(nouns)}-${kind}`) }));

  for (const { kind, name } of planned) {
    const module = `./${name}.js`;
    const file = `src/${name}.ts`;
    switch (kind) {
      case "util":
      case "store":
      case "service": {
        const generated = plainModule(random, kind, name, plain);
        plain.push({ module, exports: generated.exports });
        out.push({ path: file, kind, grammy: false, text: generated.text });
        break;
      }
      case "handlers": {
        const generated = handlerModule(random, name, plain);
        handlerModules.push({ module, exports: generated.exports, claimed: false });
        out.push({ path: file, kind, grammy: false, text: generated.text });
        break;
      }
      case "standalone":
        out.push({ path: file, kind, grammy: true, text: standaloneBot(random, random.int(2, 8), random.chance(0.5)) });
        break;
      default: {
        const generated = featureModule(random, kind, name, plain, handlerModules);
        if (generated.exportName) features.push({ module, exportName: generated.exportName, kind });
        out.push({ path: file, kind, grammy: true, text: generated.text });
      }
    }
  }

  out.unshift({ path: "src/bot.ts", kind: "bot", grammy: true, text: sharedBot() });
  const unclaimed = handlerModules.filter((handlers) => !handlers.claimed);
  out.push({ path: "src/main.ts", kind: "entry", grammy: true, text: entryPoint(random, features, unclaimed) });
  return withProjectFiles(out);
}

function withProjectFiles(files) {
  return {
    files,
    // grammY among the dependencies: the plugin's project view indexes the corpus, as it would a
    // real bot's (the versions are the repository's, whose node_modules the corpus resolves from).
    packageJson: `${JSON.stringify(
      {
        name: "bench-bot",
        private: true,
        type: "module",
        dependencies: { "@grammyjs/conversations": "2.1.1", "@grammyjs/runner": "2.0.3", grammy: "1.46.0" },
      },
      null,
      2,
    )}\n`,
    tsconfig: `${JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2022"],
          module: "NodeNext",
          moduleResolution: "NodeNext",
          types: ["node"],
          strict: true,
          skipLibCheck: true,
          noEmit: true,
        },
        include: ["src"],
      },
      null,
      2,
    )}\n`,
  };
}

/** Writes a corpus into `dir` (emptied first): `src/*.ts`, `tsconfig.json`, `package.json`. */
export function writeCorpus(dir, corpus) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "src"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), corpus.packageJson);
  writeFileSync(path.join(dir, "tsconfig.json"), corpus.tsconfig);
  for (const file of corpus.files) writeFileSync(path.join(dir, file.path), file.text);
  writeFileSync(
    path.join(dir, "manifest.json"),
    `${JSON.stringify(corpus.files.map(({ path: file, kind, grammy, text }) => ({ path: file, kind, grammy, bytes: Buffer.byteLength(text) })), null, 2)}\n`,
  );
  return readdirSync(path.join(dir, "src")).length;
}

// -------------------------------------------------------------------------------------------------
// grammY files

function sharedBot() {
  return `// The one Bot of this project, shared by every feature module.
import { Bot, Context, type SessionFlavor, session } from "grammy";
import { conversations, type ConversationFlavor } from "@grammyjs/conversations";

export interface SessionData {
  step: number;
  language: string;
}

export type MyContext = ConversationFlavor<Context & SessionFlavor<SessionData>>;

export const bot = new Bot<MyContext>(process.env.BOT_TOKEN ?? "");

bot.use(session({ initial: (): SessionData => ({ step: 0, language: "en" }) }));
bot.use(conversations());
`;
}

function entryPoint(random, features, handlerModules) {
  const runner = random.chance(0.5);
  const imports = [
    ...features.map(({ module, exportName }) => `import { ${exportName} } from "${module}";`),
    ...handlerModules.map(({ module, exports }) => `import { ${exports.join(", ")} } from "${module}";`),
  ];
  const installs = [
    ...features.map(({ exportName, kind }) =>
      kind === "middleware" || kind === "broadcast" ? `${exportName}(bot);` : `bot.use(${exportName});`,
    ),
    ...handlerModules.flatMap(({ exports }) => exports.map((name) => `bot.command("${name.toLowerCase()}", ${name});`)),
  ];
  const lines = [
    `// Entry point: installs every feature, then starts ${runner ? "the grammY runner" : "long polling"}.`,
    ...(runner ? [`import { run } from "@grammyjs/runner";`] : []),
    `import { bot } from "./bot.js";`,
    ...imports,
    "",
    ...installs,
    "",
    "bot.catch((err) => {",
    "  console.error(`Error while handling update ${err.ctx.update.update_id}:`, err.error);",
    "});",
    "",
  ];
  if (runner) {
    lines.push(
      "const runner = run(bot);",
      "const stopRunner = () => runner.isRunning() && runner.stop();",
      `process.once("SIGINT", stopRunner);`,
      `process.once("SIGTERM", stopRunner);`,
    );
  } else {
    lines.push(
      `process.once("SIGINT", () => bot.stop());`,
      `process.once("SIGTERM", () => bot.stop());`,
      "",
      "await bot.start({",
      "  onStart: (me) => console.log(`@${me.username} is running`),",
      "});",
    );
  }
  return `${lines.join("\n")}\n`;
}

/** A bot in one file: its own Bot, handlers, error handler, signals and start (some are broken). */
function standaloneBot(random, handlers, runner) {
  const careless = random.chance(0.3); // forgets something on purpose
  const lines = [
    `// A bot in one file, started with ${runner ? "the grammY runner" : "long polling"}.`,
    `import { Bot, Context, InlineKeyboard } from "grammy";`,
    ...(runner ? [`import { run } from "@grammyjs/runner";`] : []),
    "",
    "const bot = new Bot<Context>(process.env.BOT_TOKEN ?? \"\");",
    "const admins = new Set<number>([1, 2, 3]);",
    "",
  ];
  for (let index = 0; index < handlers; index++) lines.push(...handler(random, "bot", "Context", index), "");
  if (!careless || random.chance(0.5)) {
    lines.push("bot.catch((err) => console.error(\"update\", err.ctx.update.update_id, err.error));", "");
  }
  if (runner) {
    lines.push("const handle = run(bot);");
    if (careless && random.chance(0.5)) {
      lines.push(`process.once("SIGINT", () => handle.stop());`);
    } else {
      lines.push(
        "const stopRunner = () => handle.isRunning() && handle.stop();",
        `process.once("SIGINT", stopRunner);`,
        `process.once("SIGTERM", stopRunner);`,
      );
    }
  } else {
    if (!careless || random.chance(0.5)) {
      lines.push(`process.once("SIGINT", () => bot.stop());`, `process.once("SIGTERM", () => bot.stop());`);
    }
    lines.push("", careless && random.chance(0.5) ? "bot.start();" : "await bot.start();");
  }
  return `${lines.join("\n")}\n`;
}

function featureModule(random, kind, name, plain, handlerModules) {
  const exportName = kind === "middleware" || kind === "broadcast" ? `install${cap(camel(name))}` : camel(name);
  const helper = plain.length > 0 && random.chance(0.7) ? random.pick(plain) : undefined;
  const helperImport = helper ? [`import { ${helper.exports.map((e) => e.name).join(", ")} } from "${helper.module}";`] : [];
  const size = random.chance(0.1) ? random.int(12, 30) : random.int(1, 8);
  switch (kind) {
    case "commands":
    case "callbacks": {
      // Some command composers register the functions of a handler module (the others: main.ts).
      const registered = kind === "commands" ? handlerModules.find((handlers) => !handlers.claimed) : undefined;
      const registers = registered !== undefined && random.chance(0.3);
      if (registers) registered.claimed = true;
      const lines = [
        `// ${cap(kind)} about ${name.split("-")[0]}s.`,
        `import { Composer, InlineKeyboard } from "grammy";`,
        `import type { MyContext } from "./bot.js";`,
        ...helperImport,
        ...(registers ? [`import { ${registered.exports.join(", ")} } from "${registered.module}";`] : []),
        "",
        `export const ${exportName} = new Composer<MyContext>();`,
        "",
      ];
      for (let index = 0; index < size; index++) {
        lines.push(...(kind === "commands" ? handler(random, exportName, "MyContext", index, helper) : callbackHandler(random, exportName, index)), "");
      }
      if (registers) {
        lines.push(...registered.exports.map((fn) => `${exportName}.command("${fn.toLowerCase()}", ${fn});`), "");
      }
      return { exportName, text: `${lines.join("\n")}\n` };
    }
    case "conversation":
      return { exportName, text: conversationModule(random, name, exportName, size, helperImport) };
    case "broadcast":
      return { exportName, text: broadcastModule(random, name, exportName, size, helperImport) };
    case "middleware":
      return { exportName, text: middlewareModule(random, exportName, helperImport) };
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

function handler(random, target, contextType, index, helper) {
  const command = `${random.pick(verbs)}_${random.pick(nouns)}${index}`;
  const text = random.pick(phrases);
  const asyncHelper = helper?.exports.find((entry) => entry.async);
  const shape = random.weighted([
    ["arrowReturn", 20],
    ["awaitReply", 30],
    ["keyboard", 10],
    ["helper", asyncHelper ? 15 : 0],
    ["tryCatch", 8],
    ["promiseAll", 6],
    ["catchChain", 5],
    ["guard", 6],
    ["floating", 6],
  ]);
  switch (shape) {
    case "arrowReturn":
      return [`${target}.command("${command}", (ctx) => ctx.reply("${text}"));`];
    case "awaitReply":
      return [
        `${target}.command("${command}", async (ctx) => {`,
        `  const name = ctx.from?.first_name ?? "there";`,
        "  await ctx.reply(`Hi ${name}! " + text + "`);",
        "});",
      ];
    case "keyboard":
      return [
        `${target}.command("${command}", async (ctx) => {`,
        `  const keyboard = new InlineKeyboard().text("Yes", "${command}:yes").text("No", "${command}:no");`,
        `  await ctx.reply("${text}", { reply_markup: keyboard });`,
        "});",
      ];
    case "helper":
      return [
        `${target}.command("${command}", async (ctx) => {`,
        `  const result = await ${asyncHelper.name}(String(ctx.chat?.id ?? 0));`,
        "  await ctx.reply(`Result: ${JSON.stringify(result)}`);",
        "});",
      ];
    case "tryCatch":
      return [
        `${target}.command("${command}", async (ctx) => {`,
        "  try {",
        `    await ctx.replyWithChatAction("typing");`,
        `    await ctx.reply("${text}");`,
        "  } catch (error) {",
        `    console.error("reply failed", error);`,
        "  }",
        "});",
      ];
    case "promiseAll":
      return [
        `${target}.command("${command}", async (ctx) => {`,
        "  const chatId = ctx.chat?.id;",
        "  if (chatId === undefined) return;",
        "  await Promise.all([",
        `    ctx.api.sendMessage(chatId, "${text}"),`,
        `    ctx.react("👍"),`,
        "  ]);",
        "});",
      ];
    case "catchChain":
      return [
        `${target}.command("${command}", (ctx) => {`,
        `  ctx.reply("${text}").catch((error: unknown) => console.error(error));`,
        "});",
      ];
    case "guard":
      return [
        `${target}.command("${command}", async (ctx, next) => {`,
        "  if (!ctx.from || ctx.from.is_bot) {",
        "    await next();",
        "    return;",
        "  }",
        `  await ctx.reply("${text}");`,
        "});",
      ];
    case "floating":
      // A real bug: the reply's rejection escapes bot.catch.
      return [
        `${target}.command("${command}", (ctx) => {`,
        `  ctx.reply("${text}");`,
        "});",
      ];
    default:
      throw new Error(shape);
  }
}

function callbackHandler(random, target, index) {
  const data = `${random.pick(nouns)}:${random.pick(verbs)}:${index}`;
  const text = random.pick(phrases);
  if (random.chance(0.06)) {
    return [
      `${target}.callbackQuery("${data}", async (ctx) => {`,
      `  ctx.answerCallbackQuery();`,
      `  await ctx.editMessageText("${text}");`,
      "});",
    ];
  }
  if (random.chance(0.4)) {
    return [
      `${target}.callbackQuery(/^${data.replace(/:\d+$/, "")}:(\\d+)$/, async (ctx) => {`,
      "  const id = Number(ctx.match[1]);",
      "  await ctx.answerCallbackQuery({ text: `#${id}` });",
      `  await ctx.editMessageReplyMarkup({ reply_markup: new InlineKeyboard().text("Back", "back") });`,
      "});",
    ];
  }
  return [
    `${target}.callbackQuery("${data}", async (ctx) => {`,
    `  await ctx.answerCallbackQuery();`,
    `  await ctx.editMessageText("${text}");`,
    "});",
  ];
}

function conversationModule(random, name, exportName, size, helperImport) {
  const conversationName = `${camel(name)}Flow`;
  const lines = [
    `// A conversation: asks ${size} question${size === 1 ? "" : "s"}, then confirms.`,
    `import { Composer } from "grammy";`,
    `import { createConversation, type Conversation } from "@grammyjs/conversations";`,
    `import type { MyContext } from "./bot.js";`,
    ...helperImport,
    "",
    `async function ${conversationName}(conversation: Conversation<MyContext, MyContext>, ctx: MyContext) {`,
    "  const answers: string[] = [];",
  ];
  for (let index = 0; index < size; index++) {
    const noun = random.pick(nouns);
    lines.push(
      `  await ctx.reply("What is your ${noun}?");`,
      `  const answer${index} = await conversation.waitFor("message:text");`,
      `  answers.push(answer${index}.message.text);`,
    );
    if (random.chance(0.3)) lines.push(`  await answer${index}.react("👌");`);
  }
  lines.push(
    "  const savedAt = await conversation.now();",
    "  await ctx.reply(`Saved ${answers.length} answers at ${new Date(savedAt).toISOString()}`);",
    "}",
    "",
    `export const ${exportName} = new Composer<MyContext>();`,
    `${exportName}.use(createConversation(${conversationName}, "${conversationName}"));`,
    `${exportName}.command("${camel(name).toLowerCase()}", async (ctx) => {`,
    `  await ctx.conversation.enter("${conversationName}");`,
    "});",
    "",
  );
  return `${lines.join("\n")}\n`;
}

function broadcastModule(random, name, exportName, size, helperImport) {
  const lines = [
    "// Broadcasts through bot.api, outside of any update.",
    `import type { Api, Bot } from "grammy";`,
    `import type { MyContext } from "./bot.js";`,
    ...helperImport,
    "",
    "const subscribers = new Set<number>();",
    "",
    "async function sendAll(api: Api, text: string): Promise<number> {",
    "  const results = await Promise.allSettled([...subscribers].map((id) => api.sendMessage(id, text)));",
    `  return results.filter((result) => result.status === "fulfilled").length;`,
    "}",
    "",
    `export function ${exportName}(bot: Bot<MyContext>): void {`,
  ];
  for (let index = 0; index < size; index++) {
    const command = `${random.pick(verbs)}_${random.pick(nouns)}_all${index}`;
    const text = random.pick(phrases);
    const shape = random.weighted([["settled", 5], ["loop", 4], ["floatingForEach", 1]]);
    if (shape === "settled") {
      lines.push(
        `  bot.command("${command}", async (ctx) => {`,
        `    const sent = await sendAll(bot.api, "${text}");`,
        "    await ctx.reply(`Sent to ${sent} chats.`);",
        "  });",
      );
    } else if (shape === "loop") {
      lines.push(
        `  bot.command("${command}", async (ctx) => {`,
        "    for (const id of subscribers) {",
        `      await bot.api.sendMessage(id, "${text}");`,
        "    }",
        `    await ctx.reply("Done.");`,
        "  });",
      );
    } else {
      lines.push(
        `  bot.command("${command}", async (ctx) => {`,
        `    subscribers.forEach((id) => bot.api.sendMessage(id, "${text}"));`,
        `    await ctx.reply("Queued.");`,
        "  });",
      );
    }
  }
  lines.push(
    `  bot.command("subscribe_${camel(name).toLowerCase()}", async (ctx) => {`,
    "    if (ctx.chat) subscribers.add(ctx.chat.id);",
    `    await ctx.reply("Subscribed.");`,
    "  });",
    "}",
    "",
  );
  return `${lines.join("\n")}\n`;
}

function middlewareModule(random, exportName, helperImport) {
  const lines = [
    "// Middleware: timing, access control and a per-chat rate limit.",
    `import type { Bot, NextFunction } from "grammy";`,
    `import type { MyContext } from "./bot.js";`,
    ...helperImport,
    "",
    "const lastSeen = new Map<number, number>();",
    "",
    "async function timing(ctx: MyContext, next: NextFunction): Promise<void> {",
    "  const started = Date.now();",
    "  await next();",
    "  console.log(`update ${ctx.update.update_id} took ${Date.now() - started} ms`);",
    "}",
    "",
    `export function ${exportName}(bot: Bot<MyContext>): void {`,
    "  bot.use(timing);",
    "  bot.use(async (ctx, next) => {",
    "    const chatId = ctx.chat?.id ?? 0;",
    "    const now = Date.now();",
    `    if (now - (lastSeen.get(chatId) ?? 0) < ${random.int(200, 2000)}) {`,
    `      await ctx.reply("Slow down, please.");`,
    "      return;",
    "    }",
    "    lastSeen.set(chatId, now);",
    random.chance(0.1) ? "    next();" : "    await next();",
    "  });",
    "}",
    "",
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * Handlers in a module of their own that imports nothing from grammY (nor from a module that
 * does): plain functions of a structural context type, registered on the bot by the entry point or
 * a command composer. Only the project view connects them to grammY. Returns `{ exports, text }`.
 */
function handlerModule(random, name, plain) {
  const base = camel(name);
  const contextType = `${cap(name.split("-")[0])}Context`;
  const dependency = plain.length > 0 && random.chance(0.5) ? random.pick(plain) : undefined;
  const syncDependency = dependency?.exports.find((entry) => !entry.async);
  const lines = [
    `// Handlers for ${name.split("-")[0]}s: plain functions, registered on the bot by another module.`,
    ...(syncDependency ? [`import { ${syncDependency.name} } from "${dependency.module}";`] : []),
    "",
    `interface ${contextType} {`,
    "  readonly chat?: { readonly id: number };",
    "  readonly from?: { readonly first_name: string };",
    "  reply(text: string): Promise<unknown>;",
    "}",
    "",
  ];
  const exports = [];
  const size = random.int(2, 7);
  for (let index = 0; index < size; index++) {
    const fn = `${base}${cap(random.pick(verbs))}${index}`;
    const text = random.pick(phrases);
    exports.push(fn);
    const shape = random.weighted([["awaitReply", 40], ["arrowReturn", 25], ["tryCatch", 15], ["helper", syncDependency ? 12 : 0], ["floating", 8]]);
    switch (shape) {
      case "awaitReply":
        lines.push(
          `export async function ${fn}(ctx: ${contextType}): Promise<void> {`,
          `  const name = ctx.from?.first_name ?? "there";`,
          "  await ctx.reply(`Hi ${name}! " + text + "`);",
          "}",
        );
        break;
      case "arrowReturn":
        lines.push(`export const ${fn} = (ctx: ${contextType}) => ctx.reply("${text}");`);
        break;
      case "tryCatch":
        lines.push(
          `export async function ${fn}(ctx: ${contextType}): Promise<void> {`,
          "  try {",
          `    await ctx.reply("${text}");`,
          "  } catch (error) {",
          `    console.error("reply failed", error);`,
          "  }",
          "}",
        );
        break;
      case "helper":
        lines.push(
          `export async function ${fn}(ctx: ${contextType}): Promise<void> {`,
          `  await ctx.reply(${syncDependency.name}(ctx.chat?.id ?? 0));`,
          "}",
        );
        break;
      case "floating":
        // A real bug, visible only through the project view: the reply's rejection escapes bot.catch.
        lines.push(`export function ${fn}(ctx: ${contextType}): void {`, `  ctx.reply("${text}");`, "}");
        break;
      default:
        throw new Error(shape);
    }
    lines.push("");
  }
  return { exports, text: `${lines.join("\n")}\n` };
}

// -------------------------------------------------------------------------------------------------
// Files that know nothing of grammY (they may import each other and Node's modules)

function plainModule(random, kind, name, earlier) {
  const base = camel(name);
  const dependency = earlier.length > 0 && random.chance(0.5) ? random.pick(earlier) : undefined;
  const syncDependency = dependency?.exports.find((entry) => !entry.async);
  const lines = [`// ${cap(kind)}: ${name.replace(/-/g, " ")} (plain TypeScript, no bot code).`];
  if (kind === "store") lines.push(`import { readFile, writeFile } from "node:fs/promises";`);
  if (kind === "service") lines.push(`import { setTimeout as sleep } from "node:timers/promises";`);
  if (syncDependency) lines.push(`import { ${syncDependency.name} } from "${dependency.module}";`);
  lines.push("");
  const exports = [];
  const size = random.int(2, 7);
  for (let index = 0; index < size; index++) {
    const fn = `${base}${cap(random.pick(verbs))}${index}`;
    const use = syncDependency ? `${syncDependency.name}(String(input))` : "String(input)";
    if (kind === "util") {
      exports.push({ name: fn, async: false });
      lines.push(
        `export function ${fn}(input: string | number): string {`,
        `  const text = ${use}.trim();`,
        `  return text.length > ${random.int(8, 64)} ? \`\${text.slice(0, ${random.int(4, 8)})}…\` : text.toUpperCase();`,
        "}",
        "",
      );
    } else if (kind === "store") {
      exports.push({ name: fn, async: true });
      const floating = random.chance(0.1);
      lines.push(
        `const cache${index} = new Map<string, string>();`,
        "",
        `export async function ${fn}(key: string): Promise<string | undefined> {`,
        `  if (cache${index}.has(key)) return cache${index}.get(key);`,
        "  try {",
        `    const value = await readFile(\`/tmp/${name}-\${key}.json\`, "utf8");`,
        `    cache${index}.set(key, value);`,
        floating
          ? `    writeFile(\`/tmp/${name}-\${key}.bak\`, value); // floats, but it is no bot call`
          : `    await writeFile(\`/tmp/${name}-\${key}.bak\`, value);`,
        "    return value;",
        "  } catch {",
        "    return undefined;",
        "  }",
        "}",
        "",
      );
    } else {
      exports.push({ name: fn, async: true });
      lines.push(
        `export class ${cap(fn)}Client {`,
        "  private calls = 0;",
        "",
        "  async fetch(input: string): Promise<{ ok: boolean; calls: number }> {",
        "    this.calls++;",
        `    await sleep(${random.int(1, 50)});`,
        `    return { ok: ${use}.length > 0, calls: this.calls };`,
        "  }",
        "}",
        "",
        `export async function ${fn}(input: string): Promise<boolean> {`,
        `  const client = new ${cap(fn)}Client();`,
        `  const results = await Promise.all([client.fetch(input), client.fetch(input + "!")]);`,
        "  return results.every((result) => result.ok);",
        "}",
        "",
      );
    }
  }
  return { exports, text: `${lines.join("\n")}\n` };
}

function camel(name) {
  return name.split("-").map((part, index) => (index === 0 ? part : cap(part))).join("");
}

// -------------------------------------------------------------------------------------------------
// Scaling workload

/**
 * One standalone bot whose size is linear in `sections`: each section is a handful of handlers of
 * every shape, plus a function registered by reference and a broadcast. Same seed for every size,
 * so a larger file repeats the smaller one's mix.
 */
export function generateScaleFile(sections, seed = 7) {
  const random = createRandom(seed);
  const lines = [
    `// Scaling workload: ${sections} sections.`,
    `import { Bot, Context, InlineKeyboard, type NextFunction } from "grammy";`,
    `import { run } from "@grammyjs/runner";`,
    "",
    "const bot = new Bot<Context>(process.env.BOT_TOKEN ?? \"\");",
    "const subscribers: number[] = [];",
    "",
  ];
  for (let section = 0; section < sections; section++) {
    for (let index = 0; index < 4; index++) lines.push(...handler(random, "bot", "Context", section * 4 + index), "");
    lines.push(...callbackHandler(random, "bot", section), "");
    lines.push(
      `async function guard${section}(ctx: Context, next: NextFunction): Promise<void> {`,
      `  if (ctx.from?.id === ${section}) return;`,
      "  await next();",
      "}",
      `bot.use(guard${section});`,
      `bot.command("broadcast${section}", async (ctx) => {`,
      `  await Promise.allSettled(subscribers.map((id) => bot.api.sendMessage(id, "news ${section}")));`,
      `  await ctx.reply("sent");`,
      "});",
      "",
    );
  }
  lines.push(
    "bot.catch((err) => console.error(err.error));",
    "const handle = run(bot);",
    "const stop = () => handle.isRunning() && handle.stop();",
    `process.once("SIGINT", stop);`,
    `process.once("SIGTERM", stop);`,
  );
  return `${lines.join("\n")}\n`;
}

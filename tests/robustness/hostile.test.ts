import { describe, expect, it } from "vitest";

import { describeExceptions, lintEverything, namedLanguages, type SweepLanguage } from "./harness";

type LanguageName = keyof typeof namedLanguages;

interface HostileCase {
  readonly name: string;
  readonly code: string;
  readonly languages: readonly LanguageName[];
  /**
   * Where meaningful, what must be reported: `rule:messageId@line:column`, for every language the
   * case runs in. Reports of rules not listed here are not checked; a listed rule's reports must be
   * exactly these.
   */
  readonly reports?: Readonly<Record<string, readonly string[]>>;
}

const js: readonly LanguageName[] = ["ts", "esm"];

// Every case is linted with every rule on, plus the recogniser probe, in each of its languages; no
// rule may throw, and the code must parse (a case that does not parse tests nothing).
const cases: readonly HostileCase[] = [
  {
    name: "computed members",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
const name = "reply";
bot["on"]("message", (ctx) => {
  ctx["reply"]("a");
  ctx[\`reply\`]("b");
  ctx[name]("c");
  bot["api"]["sendMessage"](1, "d");
  ctx.api[name](1);
  ctx[0]; ctx[Symbol.iterator]; ctx[""]?.();
});
bot["catch"]((err) => console.error(err));
process["once"]("SIGINT", () => bot["stop"]());
process.once(\`SIGTERM\`, () => bot.stop());
await bot["start"]();`,
    languages: js,
    reports: {
      "no-floating-promises": ["floating@5:3", "floating@6:3", "floating@8:3"],
      "require-error-handler": [],
      "require-signal-handlers": [],
      "no-setup-after-start": [],
    },
  },
  {
    name: "optional chains everywhere",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot?.on?.("message", async (ctx) => {
  ctx?.reply?.("a");
  ctx?.api?.sendMessage?.(1, "b");
  await ctx?.reply("c");
  ctx.reply?.("d")?.catch?.(() => {});
  ctx?.["reply"]?.("e");
  (ctx?.reply)("f");
});
bot?.catch?.((err) => console.error(err));
process?.once?.("SIGINT", () => bot?.stop());
process?.once("SIGTERM", () => bot?.stop?.());
await bot?.start?.();
bot?.on("message", (ctx) => ctx?.reply("late"));`,
    languages: js,
    reports: {
      "no-floating-promises": ["floating@4:3", "floating@5:3", "floating@8:3", "floating@9:3"],
      "no-setup-after-start": ["setupAfterStart@15:1"],
      "require-error-handler": [],
      "require-signal-handlers": [],
    },
  },
  {
    name: "super and this receivers, getters, setters, static blocks",
    code: `import { Bot, Context } from "grammy";
class MyBot extends Bot {
  constructor(token: string) {
    super(token);
    this.on("message", (ctx) => this.handle(ctx));
    super.on("edited_message", (ctx) => { ctx.reply("edited"); });
  }
  async handle(ctx: Context) {
    ctx.reply("x");
    super.start();
    this.api.sendMessage(1, "y");
  }
  get self() { return this; }
  set token(value: string) { this.api.sendMessage(1, value); }
  static { this.prototype.start(); }
  async launch() { this.catch((err) => console.error(err)); await super.start(); this.use(() => {}); }
}
const bot = new MyBot("t");
const holder = { get bot() { return bot; }, set bot(value) {}, ctx: undefined as Context | undefined };
holder.bot.start();
holder.ctx?.reply("z");`,
    languages: ["ts"],
    // `super` and `this` of a subclass of Bot are the bot (not in a static block): its handlers'
    // contexts and its own calls are known without types.
    reports: { "no-floating-promises": ["floating@6:43", "floating@9:5", "floating@10:5", "floating@11:5", "floatingOutsideMiddleware@14:30"] },
  },
  {
    name: "spread arguments",
    code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const tokens = ["t"];
const bot = new Bot(...tokens);
const handlers = [(ctx) => ctx.reply("x")];
bot.on(...["message"], ...handlers);
bot.on("message", ...handlers, (ctx) => { ctx.reply(...["a", {}]); });
bot.catch(...[(err) => console.error(err)]);
process.once(...["SIGINT", () => bot.stop()]);
process.once("SIGTERM", ...[() => bot.stop()]);
const runner = run(...[bot]);
const args = [bot];
run(...args);
runner.stop(...[]);
bot.start(...[{ drop_pending_updates: true }]);`,
    languages: js,
    reports: {
      "no-floating-promises": ["floating@7:43", "floatingOutsideMiddleware@14:1", "floatingOutsideMiddleware@15:1"],
      "no-unguarded-runner-stop": ["unguardedStop@14:1"],
    },
  },
  {
    name: "tagged templates",
    code: `import { Bot } from "grammy";
const html = (strings, ...values) => strings.join("");
const bot = new Bot("t");
bot.on("message", (ctx) => {
  ctx.reply\`hello\`;
  ctx.reply(html\`<b>\${ctx.from?.id}</b>\`);
  bot.api.sendMessage\`1\`;
  String.raw\`\${ctx.reply("inside")}\`;
});`,
    languages: js,
    reports: { "no-floating-promises": ["floating@6:3"] },
  },
  {
    name: "import() of grammY",
    code: `const { Bot } = await import("grammy");
const grammy = await import("grammy");
const bot = new Bot("t");
const other = new grammy.Bot("t");
bot.on("message", (ctx) => { ctx.reply("x"); });
import("grammy").then(({ Bot: B }) => new B("t").start());
import("@grammyjs/runner").then((runner) => runner.run(bot).stop());
import(\`grammy\`);
import(name);
await other.start();`,
    languages: js,
    reports: {
      "no-floating-promises": ["floating@5:30"],
      "require-error-handler": ["missingHandler@10:7"],
      "require-signal-handlers": ["missingSignals@10:7"],
    },
  },
  {
    name: "export default new Bot(...)",
    code: `import { Bot } from "grammy";
export default new Bot("t");
export const started = new Bot("u").start();
export { Bot as B };`,
    languages: js,
    reports: { "require-error-handler": ["missingHandler@3:24"], "require-signal-handlers": ["missingSignals@3:24"] },
  },
  {
    name: "export default of a start call and of a handler",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
export default bot.start();`,
    languages: js,
    reports: { "require-error-handler": ["missingHandler@3:16"], "require-signal-handlers": ["missingSignals@3:16"] },
  },
  {
    name: "labelled statements",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", async (ctx) => {
  outer: for (const id of [1, 2]) {
    inner: {
      ctx.reply("x");
      if (id) break inner;
      continue outer;
    }
  }
  done: await ctx.reply("y");
});
main: {
  await bot.start();
  bot.on("message", (ctx) => ctx.reply("late"));
  break main;
}
bot.catch((err) => console.error(err));`,
    languages: js,
    reports: {
      "no-floating-promises": ["floating@6:7"],
      // bot.catch comes after the awaited start: it runs only once the bot has stopped.
      "require-error-handler": ["missingHandler@14:9"],
      "no-setup-after-start": ["setupAfterStart@15:3", "setupAfterStart@18:1"],
    },
  },
  {
    name: "with in a sloppy script, labelled function declarations, octal escapes",
    code: `var grammy = require("grammy");
with (grammy) {
  var bot = new Bot("t");
  bot.on("message", function (ctx) { ctx.reply("\\101"); });
  bot.start();
}
with (bot) { start(); use(function () {}); api.sendMessage(1, "x"); }
label: function declared(ctx) { ctx.reply("y"); }
with ({}) process.once("SIGINT", function () { bot.stop(); });`,
    languages: ["script", "cjs"],
    // Inside `with`, names cannot be resolved statically: unknown stays unknown (and silent).
    reports: {
      "no-floating-promises": [],
      "require-error-handler": [],
      "require-signal-handlers": [],
      "no-unguarded-runner-stop": [],
      "no-setup-after-start": [],
    },
  },
  {
    name: "decorators",
    code: `import { Bot, Context } from "grammy";
function Command(name: string) { return (target: unknown, key?: unknown) => {}; }
function Inject(target: unknown, key: unknown, index: number) {}
@Command("bot")
class Handlers {
  @Command("start") accessor ready = true;
  @Command("start")
  async start(@Inject ctx: Context) { ctx.reply("hi"); }
  @((t: unknown) => t) static bot = new Bot("t");
}
Handlers.bot.start();`,
    languages: ["ts"],
    reports: { "no-floating-promises": ["floating@8:39"] },
  },
  {
    name: "JSX in TSX",
    code: `import { Bot, Context } from "grammy";
const bot = new Bot("t");
function Reply({ ctx }: { ctx: Context }) {
  return <button onClick={() => ctx.reply("x")}>{ctx.from?.first_name}</button>;
}
bot.on("message", (ctx) => {
  const element = <Reply ctx={ctx} />;
  <>{ctx.reply("in jsx")}</>;
  ctx.reply(<b>{"x"}</b> as never);
});
const Bot2 = <Bot token="t" />;`,
    languages: ["tsx"],
    reports: { "no-floating-promises": ["floating@9:3"] },
  },
  {
    name: "JSX in JavaScript",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  const el = <div onClick={() => ctx.reply("x")}>{ctx.reply("y")}</div>;
  ctx.reply(<b />);
});`,
    languages: ["esm"],
    reports: { "no-floating-promises": ["floating@5:3"] },
  },
  {
    name: "TypeScript-only syntax",
    code: `import { Bot, type Context, Composer } from "grammy";
import type { RunnerHandle } from "@grammyjs/runner";
import grammy = require("grammy");
declare module "grammy" {
  interface Context { session: unknown }
  export function helper(): void;
}
declare const declared: Bot;
declare function make(): Bot;
enum Command { Start = "start", Help = "help" }
const enum Flag { A = 1 << 0 }
namespace Handlers {
  export const bot = new Bot("t") satisfies Bot;
  export namespace Inner { export const composer = new Composer(); }
  bot.command(Command.Start, (ctx) => { ctx.reply("x"); });
}
module Legacy { export const x = 1; }
abstract class Base<T extends Context = Context> {
  abstract handle(ctx: T): Promise<void>;
  constructor(private readonly bot: Bot, public ctx?: T) {}
  run(this: Base<T>) { this.bot!.start(); }
}
function over(x: string): void;
function over(x: number): void;
function over(x: unknown) {}
let late!: Bot;
const asserted = <Bot>declared;
const instantiated = new Bot<Context>("t");
const widened = instantiated as unknown as Bot;
type Handler = (ctx: Context) => void;
const handle: Handler = (ctx) => { ctx.reply("typed"); };
export = Handlers;
declared.start();
(declared as Bot).api.sendMessage(1, "x")!;
declared!.api.sendMessage(1, "y");
using disposable = { [Symbol.dispose]() {} };
function stopper(handle: RunnerHandle) { handle.stop(); }
const grammyBot = new grammy.Bot("u");
grammyBot.start();`,
    languages: ["ts"],
    reports: {
      // 21:24: `this.bot!.start()`, the constructor's parameter property `bot: Bot`.
      "no-floating-promises": ["floating@15:41", "floatingOutsideMiddleware@21:24", "floatingOutsideMiddleware@33:1", "floatingOutsideMiddleware@34:1", "floatingOutsideMiddleware@35:1", "floatingOutsideMiddleware@37:42", "floatingOutsideMiddleware@39:1"],
      "no-unguarded-runner-stop": ["unguardedStop@37:42"],
      "require-error-handler": ["missingHandler@39:1"],
    },
  },
  {
    name: "an empty file",
    code: "",
    languages: ["ts", "tsx", "esm", "cjs", "script"],
    reports: { "no-floating-promises": [], "require-error-handler": [], "require-signal-handlers": [] },
  },
  { name: "only whitespace", code: " \n\t\r\n\u2028\u2029\n", languages: ["ts", "esm", "cjs"] },
  { name: "only a shebang", code: "#!/usr/bin/env node", languages: ["ts", "esm", "cjs", "script"] },
  { name: "a shebang and a newline", code: "#!/usr/bin/env node\n", languages: ["ts", "esm", "cjs"] },
  { name: "only a comment naming grammY", code: "// grammy", languages: ["ts", "esm", "cjs", "script"] },
  { name: "only directives", code: '"use strict";\n"grammy";', languages: ["ts", "esm", "cjs", "script"] },
  { name: "only an import of grammY", code: 'import "grammy";', languages: ["ts", "esm"] },
  {
    name: "grammY's names on things that are not grammY",
    code: `const bot = { start() {}, catch() {}, on() {}, api: { sendMessage() {} } };
const ctx = { reply: async () => {} };
bot.start();
bot.on("message", (c) => { c.reply(); ctx.reply(); });
function run(b) { return { stop() {} }; }
run(bot).stop();
process.once("SIGINT", () => bot.stop());
// grammy`,
    languages: js,
    reports: {
      "no-floating-promises": [],
      "require-error-handler": [],
      "require-signal-handlers": [],
      "no-unguarded-runner-stop": [],
      "no-setup-after-start": [],
    },
  },
  {
    name: "calls with missing, odd and too many arguments",
    code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot;
new Bot();
bot.on();
bot.on("message");
bot.catch();
bot.catch(undefined, 1, 2);
process.once();
process.once("SIGINT");
process.on(undefined, undefined);
for (const s of [, "SIGINT", ...["SIGTERM"]]) process.once(s, () => bot.stop());
for (const s of []) process.once(s, bot.stop);
["SIGINT", "SIGTERM"].forEach();
[].forEach((s) => process.once(s, () => bot.stop()));
Deno.addSignalListener();
run();
run(undefined).stop();
const handle = run(bot, {}, 1, 2);
handle.stop();
handle.isRunning() && handle.stop;
bot.start;
bot.start.call(bot);
Reflect.apply(bot.start, bot, []);
await bot.start({}, 1);`,
    languages: js,
  },
  {
    name: "cycles and self references",
    code: `import { Bot, Context } from "grammy";
let a = b, b = a;
let bot = new Bot("t");
bot = bot;
bot = bot.use((ctx) => ctx.reply("x")) as unknown as Bot;
function f(): Bot { return f(); }
function g(): Bot { return h(); }
function h(): Bot { return g(); }
const made = f();
made.start();
g().start();
interface A extends B {}
interface B extends A {}
type X = Y;
type Y = X;
class C extends C {}
function handler(ctx: A, other: X) { ctx.reply("x"); other.reply("y"); }
bot.on("message", handler);
const { api } = bot;
({ api: bot } = { api: bot });
api.sendMessage(1, "z");`,
    languages: ["ts"],
    reports: { "no-floating-promises": ["floating@17:38", "floatingOutsideMiddleware@21:1"] },
  },
  {
    name: "generators, sequences, void, delete, typeof, meta properties",
    code: `import { Bot } from "grammy";
const bot = new Bot("t");
bot.on("message", function* (ctx) { yield ctx.reply("a"); });
bot.on("message", async function* (ctx) { yield* [ctx.reply("b")]; for await (const x of [ctx.reply("c")]) {} });
bot.on("message", (ctx) => { (0, ctx.reply)("d"); void ctx.reply("e"); delete ctx.reply; typeof ctx.reply; });
bot.on("message", (ctx) => { (ctx.reply("f"), ctx.reply("g")); ctx.reply("h") ?? ctx.reply("i"); });
function Make() { if (!new.target) return; import.meta.url; }
bot.on("message", (ctx) => { arguments; new (class { constructor() { ctx.reply("j"); } })(); });`,
    languages: ["esm"],
    reports: {
      "no-floating-promises": ["floatingVoid@5:56", "floating@6:31", "floating@6:47", "floating@6:64", "floating@6:82", "floating@8:70"],
    },
  },
  {
    name: "middleware shapes: bound, class methods, handler objects, catch clause contexts",
    code: `import { Bot, Composer } from "grammy";
const bot = new Bot("t");
const composer = new Composer();
class Feature { handle(ctx) { ctx.reply("x"); } }
const feature = new Feature();
bot.on("message", feature.handle.bind(feature));
bot.use(composer);
composer.route((ctx) => "a", { a: (ctx) => { ctx.reply("route"); }, [Symbol.iterator]: () => {} });
bot.errorBoundary((err) => { err.ctx.reply("oops"); }, (ctx) => { ctx.reply("inside"); });
bot.on("message", async (ctx, next) => { try { next(); } catch (ctx) { ctx.reply(); } finally { next; } });
bot.lazy((ctx) => (ctx) => ctx.reply("lazy"));
bot.filter((ctx) => ctx.reply("predicate") !== undefined, (ctx) => ctx.reply("ok"));`,
    languages: js,
    reports: { "no-floating-promises": ["floating@8:46", "floating@9:30", "floating@9:67", "floating@10:48"] },
  },
];

const languageNames = (testCase: HostileCase) => testCase.languages.map((language) => [language, namedLanguages[language]] as const);

describe.each(cases)("$name", (testCase) => {
  it.each(languageNames(testCase))("%s: parses, no rule throws, reports as expected", (_, language: SweepLanguage) => {
    const outcome = lintEverything(testCase.code, language);
    expect(describeExceptions(outcome.exceptions)).toEqual([]);
    expect(outcome.fatal).toBeUndefined();
    for (const [rule, expected] of Object.entries(testCase.reports ?? {})) {
      expect(outcome.reports.filter((report) => report.startsWith(`${rule}:`)).map((report) => report.slice(rule.length + 1)), rule).toEqual(expected);
    }
  });
});

describe("CRLF, CR, LS/PS line breaks and a BOM", () => {
  const code = cases[0]?.code ?? "";
  it.each([
    ["CRLF", code.replace(/\n/g, "\r\n")],
    ["CR", code.replace(/\n/g, "\r")],
    ["U+2028", code.replace(/\n/g, "\u2028")],
    ["BOM", `\uFEFF${code}`],
  ])("%s", (_, text) => {
    const outcome = lintEverything(text, namedLanguages.ts);
    expect(describeExceptions(outcome.exceptions)).toEqual([]);
    expect(outcome.fatal).toBeUndefined();
    expect(outcome.reports.filter((report) => report.startsWith("no-floating-promises:"))).toEqual([
      "no-floating-promises:floating@5:3",
      "no-floating-promises:floating@6:3",
      "no-floating-promises:floating@8:3",
    ]);
  });
});

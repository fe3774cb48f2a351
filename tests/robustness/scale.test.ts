import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { compileSources } from "./compiled";
import { describeExceptions, lintEverything, namedLanguages, namespace, sweeper } from "./harness";

type LanguageName = keyof typeof namedLanguages;

const lines = (count: number, line: (index: number) => string): string =>
  Array.from({ length: count }, (_, index) => line(index)).join("\n");

// -------------------------------------------------------------------------------------------------
// Chains the recogniser follows one hop at a time: flat code (ESLint itself has no trouble), but a
// recursive helper that follows them without a bound runs out of stack at about 2,000 hops.

const hops = 5_000;

const flatChains: readonly (readonly [string, string, LanguageName])[] = [
  ["const aliases", `import { Bot } from "grammy";\nconst a0 = new Bot("t");\n${lines(hops, (i) => `const a${i + 1} = a${i};`)}\na${hops}.start();`, "ts"],
  ["let assignments", `import { Bot } from "grammy";\nlet a0 = new Bot("t");\n${lines(hops, (i) => `let a${i + 1}; a${i + 1} = a${i};`)}\na${hops}.start();`, "esm"],
  ["factories", `import { Bot } from "grammy";\nfunction f0() { return new Bot("t"); }\n${lines(hops, (i) => `function f${i + 1}() { return f${i}(); }`)}\nconst bot = f${hops}();\nbot.start();`, "esm"],
  ["subclasses", `import { Bot } from "grammy";\nclass A0 extends Bot {}\n${lines(hops, (i) => `class A${i + 1} extends A${i} {}`)}\nnew A${hops}("t").start();`, "esm"],
  ["type aliases", `import { Context } from "grammy";\ntype C0 = Context;\n${lines(hops, (i) => `type C${i + 1} = C${i};`)}\nexport function handle(ctx: C${hops}) { ctx.reply("x"); }`, "ts"],
  ["interfaces", `import { Context } from "grammy";\ninterface C0 extends Context {}\n${lines(hops, (i) => `interface C${i + 1} extends C${i} {}`)}\nexport function handle(ctx: C${hops}) { ctx.reply("x"); }`, "ts"],
  ["CommonJS re-requires", `const g0 = require("grammy");\n${lines(hops, (i) => `const g${i + 1} = g${i};`)}\nconst bot = new g${hops}.Bot("t");\nbot.start();`, "cjs"],
  ["signal name constants", `import { Bot } from "grammy";\nconst bot = new Bot("t");\nconst s0 = "SIGINT";\n${lines(hops, (i) => `const s${i + 1} = s${i};`)}\nprocess.once(s${hops}, () => bot.stop());\nawait bot.start();`, "esm"],
  ["middleware passed by reference", `import { Bot } from "grammy";\nconst bot = new Bot("t");\nconst h0 = (ctx) => { ctx.reply("x"); };\n${lines(hops, (i) => `const h${i + 1} = h${i};`)}\nbot.on("message", h${hops});`, "esm"],
];

describe(`chains of ${hops} one-hop definitions (default stack)`, () => {
  it.each(flatChains)("%s", (_, code, language) => {
    const outcome = lintEverything(code, namedLanguages[language]);
    expect(describeExceptions(outcome.exceptions)).toEqual([]);
    expect(outcome.fatal).toBeUndefined();
  });
});

// -------------------------------------------------------------------------------------------------
// Deep ASTs. ESLint itself (eslint-scope, acorn, typescript-estree) recurses per level: on the
// default stack it gives up between 300 and 4,000 levels depending on the shape and the parser.
// So each shape runs twice: on the default stack at half the depth ESLint copes with (our rules
// then run in the headroom ESLint needs for itself), and at 10,000 levels in a worker thread with a
// bigger stack. Both first lint with no rule at all: ESLint must cope, or the test means nothing.

interface DeepShape {
  readonly name: string;
  /** Depth for the default stack, per language (half of what ESLint 10 alone copes with). */
  readonly esm: number;
  readonly ts: number;
  readonly code: (n: number) => string;
  /** At 10,000 levels: with espree, and also with typescript-eslint (slow to parse, so only some). */
  readonly at10k: readonly LanguageName[];
}

const header = 'import { Bot, Composer } from "grammy";\nimport * as grammy from "grammy";\nimport { run } from "@grammyjs/runner";\nconst bot = new Bot("t");\n';

const deepShapes: readonly DeepShape[] = [
  { name: "a.b.c... member chain", esm: 2000, ts: 300, at10k: ["esm"], code: (n) => `${header}a${".b".repeat(n)}.reply("x");\nbot.on("message", (ctx) => { ctx${".x".repeat(n)}.reply("y"); });` },
  { name: "ctx.api.api... receiver chain", esm: 2000, ts: 300, at10k: ["esm"], code: (n) => `${header}bot.on("message", (ctx) => { ctx${".api".repeat(n)}.sendMessage(1, "x"); });` },
  // ESLint's own time grows faster than linearly with optional chains: not at 10,000.
  { name: "ctx?.api?.api... optional chain", esm: 1000, ts: 300, at10k: [], code: (n) => `${header}bot.on("message", (ctx) => { ctx${"?.api".repeat(n)}?.sendMessage(1, "x"); });` },
  { name: "new grammy.x.x....Bot()", esm: 2000, ts: 300, at10k: ["esm"], code: (n) => `${header}const other = new grammy${'["x"]'.repeat(n)}.Bot("t");\nother.start();` },
  { name: "promise chain .then().then()...", esm: 1000, ts: 150, at10k: ["esm"], code: (n) => `${header}bot.on("message", (ctx) => { ctx.reply("x")${".then()".repeat(n)}; });` },
  { name: "nested arrow functions", esm: 500, ts: 300, at10k: ["esm", "ts"], code: (n) => `${header}bot.on("message", ${"(ctx) => ".repeat(n)}ctx.reply("x"));` },
  { name: "nested function declarations", esm: 1000, ts: 150, at10k: ["esm"], code: (n) => `${header}${"function f(ctx) { ".repeat(n)}ctx.reply("x");${" }".repeat(n)}\nbot.on("message", f);` },
  { name: "nested blocks around an awaited start", esm: 1500, ts: 300, at10k: ["esm"], code: (n) => `${header}${"{ ".repeat(n)}await bot.start(); bot.on("message", (ctx) => ctx.reply("late"));${" }".repeat(n)}` },
  { name: "nested ifs around signal listeners and a runner stop", esm: 2000, ts: 300, at10k: ["esm"], code: (n) => `${header}${"if (bot) ".repeat(n)}process.once("SIGINT", () => bot.stop());\nconst runner = run(bot);\n${"if (runner) ".repeat(n)}runner.stop();` },
];

describe("deep ASTs on the default stack", () => {
  it.each(deepShapes.flatMap((shape) => (["esm", "ts"] as const).map((language) => [`${shape.name} (${language}, ${shape[language]} deep)`, shape, language] as const)))(
    "%s",
    (_, shape, language) => {
      const code = shape.code(shape[language]);
      const control = sweeper.verifyCatching(code, namedLanguages[language], {});
      expect(describeExceptions(control.exceptions), "ESLint alone, with no rule, must cope").toEqual([]);
      const outcome = lintEverything(code, namedLanguages[language]);
      expect(describeExceptions(outcome.exceptions)).toEqual([]);
      expect(outcome.fatal).toBeUndefined();
    },
  );
});

const depth = 10_000;

interface DeepCase {
  readonly name: string;
  readonly language: LanguageName;
  readonly code: string;
}

const deepCases: readonly DeepCase[] = deepShapes.flatMap((shape) => shape.at10k.map((language) => ({ name: shape.name, language, code: shape.code(depth) })));

interface WorkerOutcome {
  readonly name: string;
  readonly language: string;
  readonly control: string | undefined;
  readonly exceptions: string[];
  readonly fatal: string | undefined;
}

/** Lints the cases in a worker thread with `stackSizeMb` of stack: control (no rules), then everything. */
async function lintInWorker(cases: readonly DeepCase[], stackSizeMb: number, src: string): Promise<WorkerOutcome[]> {
  const script = `
    const { parentPort, workerData } = require("node:worker_threads");
    (async () => {
      const { createSweeper, namedLanguages } = await import(workerData.sweepUrl);
      const sweeper = createSweeper({
        rules: require(workerData.src + "/rules/index.js").rules,
        namespace: workerData.namespace,
        grammy: require(workerData.src + "/grammy/index.js"),
        probe: true,
      });
      const describe = (exception) => (exception.ruleId || "(ESLint)") + ": " + exception.message + "\\n" + exception.stack;
      const results = workerData.cases.map((c) => {
        const language = namedLanguages[c.language];
        const control = sweeper.verifyCatching(c.code, language, {});
        const controlFatal = control.messages && control.messages.find((m) => m.fatal);
        const outcome = sweeper.verifyCatching(c.code, language);
        const fatal = outcome.messages && outcome.messages.find((m) => m.fatal);
        return {
          name: c.name,
          language: c.language,
          control: control.exceptions.map(describe).join("\\n") || (controlFatal && controlFatal.message) || undefined,
          exceptions: outcome.exceptions.map(describe),
          fatal: fatal ? fatal.message : undefined,
        };
      });
      parentPort.postMessage(results);
    })().catch((error) => parentPort.postMessage(String(error && error.stack)));`;
  const worker = new Worker(script, {
    eval: true,
    resourceLimits: { stackSizeMb },
    workerData: {
      cases,
      src,
      namespace,
      sweepUrl: pathToFileURL(path.join(__dirname, "..", "..", "scripts", "sweep.mjs")).href,
    },
  });
  try {
    const answer = await new Promise<unknown>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    if (!Array.isArray(answer)) throw new Error(`the worker failed: ${String(answer)}`);
    return answer as WorkerOutcome[];
  } finally {
    await worker.terminate();
  }
}

describe(`ASTs ${depth} levels deep (worker thread with a 256 MB stack)`, () => {
  let compiled: ReturnType<typeof compileSources> | undefined;
  let outcomes: WorkerOutcome[] = [];
  beforeAll(async () => {
    compiled = compileSources();
    outcomes = await lintInWorker(deepCases, 256, compiled.src);
  }, 180_000);
  afterAll(() => compiled?.dispose());

  it.each(deepCases.map((deepCase) => [`${deepCase.name} (${deepCase.language})`, deepCase] as const))("%s", (_, deepCase) => {
    const outcome = outcomes.find((item) => item.name === deepCase.name && item.language === deepCase.language);
    expect(outcome).toBeDefined();
    expect(outcome?.control, "ESLint alone, with no rule, must cope with this input for the test to mean anything").toBeUndefined();
    expect(outcome?.exceptions).toEqual([]);
    expect(outcome?.fatal).toBeUndefined();
  });
});

// -------------------------------------------------------------------------------------------------
// A 50,000-line bot.

describe("a 50,000-line bot", () => {
  const handlers = 5_000; // 10 lines each
  const code = [
    'import { Bot } from "grammy";',
    'const bot = new Bot("t");',
    ...Array.from({ length: handlers }, (_, i) =>
      [
        `bot.command("c${i}", async (ctx) => {`,
        `  const text = "handler ${i}";`,
        i % 10 === 0 ? "  ctx.reply(text);" : "  await ctx.reply(text);",
        "  if (ctx.from) {",
        `    await ctx.api.sendMessage(ctx.from.id, text);`,
        "  }",
        "  // a comment",
        "  return;",
        "});",
        "",
      ].join("\n"),
    ),
    "bot.catch((err) => console.error(err));",
    'process.once("SIGINT", () => bot.stop());',
    'process.once("SIGTERM", () => bot.stop());',
    "await bot.start();",
    ...Array.from({ length: 100 }, (_, i) => `bot.command("late${i}", (ctx) => ctx.reply("late"));`),
  ].join("\n");

  it.each(["ts", "esm"] as const)("%s: no rule throws; every floating reply and every late registration is reported", (language) => {
    expect(code.split("\n").length).toBeGreaterThanOrEqual(50_000);
    const outcome = lintEverything(code, namedLanguages[language]);
    expect(describeExceptions(outcome.exceptions)).toEqual([]);
    expect(outcome.fatal).toBeUndefined();
    expect(outcome.reports.filter((report) => report.startsWith("no-floating-promises:"))).toHaveLength(handlers / 10);
    expect(outcome.reports.filter((report) => report.startsWith("no-setup-after-start:"))).toHaveLength(100);
    expect(outcome.reports.filter((report) => /^require-(?:error|signal)-handlers?:/.test(report))).toEqual([]);
  });
});

import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import {
  exitsBeforeStop,
  listenerStops,
  listenerStopsTarget,
  pollingStartOf,
  runnerHandleOf,
  signalListenerOf,
  signalRuntimeOf,
  type GrammyModel,
  type ListenerStops,
  type StopTarget,
} from "../../src/grammy";
import { allNodes, probe, type ProbeLanguage } from "../utils/probe";

const header = 'import { Bot } from "grammy";\nimport { run } from "@grammyjs/runner";\nconst bot = new Bot(t);\nconst other = new Bot(t);\n';

function calls(model: GrammyModel, program: TSESTree.Program): TSESTree.CallExpression[] {
  return allNodes(program)
    .filter((node): node is TSESTree.CallExpression => node.type === "CallExpression")
    .sort((a, b) => a.range[0] - b.range[0]);
}

/** The bot `bot` (or, for `runner`, the handle `runner`) of the code, as a stop target. */
function targetOf(model: GrammyModel, program: TSESTree.Program, name: "bot" | "other" | "runner"): StopTarget {
  const identifier = allNodes(program).find(
    (node): node is TSESTree.Identifier => node.type === "Identifier" && node.name === name,
  );
  if (!identifier) throw new Error(`no ${name}`);
  return { kind: name === "runner" ? "handle" : "bot", identity: model.identityOf(identifier) };
}

/** For each signal listener in `code`, whether it stops `name`. */
function stopsOf(code: string, name: "bot" | "other" | "runner" = "bot", language: ProbeLanguage = "ts"): (boolean | undefined)[] {
  return probe(header + code, language, (model, program) => {
    const target = targetOf(model, program, name);
    return calls(model, program)
      .map((call) => signalListenerOf(model, call))
      .filter((listener) => listener !== undefined)
      .map((listener) => listenerStopsTarget(model, listener.listener, target));
  });
}

/** The text of the exits reported for every signal listener in `code`, stopping `name`. */
function earlyExits(code: string, name: "bot" | "runner" = "bot"): string[] {
  return probe(header + code, "ts", (model, program) => {
    const target = targetOf(model, program, name);
    return calls(model, program)
      .map((call) => signalListenerOf(model, call))
      .filter((listener) => listener !== undefined)
      .flatMap((listener) => exitsBeforeStop(model, listener.listener, target))
      .map((exit) => `${exit.loc.start.line - 4}:${model.sourceCode.getText(exit)}`);
  });
}

describe("listenerStops: does this listener stop that bot?", () => {
  it.each([
    ['process.once("SIGINT", () => bot.stop());', "an arrow"],
    ['process.once("SIGINT", async () => { await bot.stop(); });', "a block body"],
    ['process.once("SIGINT", function () { return bot.stop(); });', "a function expression"],
    ['function stop() { return bot.stop(); }\nprocess.once("SIGINT", stop);', "a declaration by name"],
    ['const stop = () => bot.stop();\nprocess.once("SIGINT", stop);', "a const arrow by name"],
    ['process.once("SIGINT", () => shutdown("SIGINT"));\nasync function shutdown(s) { log(s); await bot.stop(); }', "one hop"],
    ['const a = () => b();\nconst b = () => c();\nfunction c() { bot.isRunning() && bot.stop(); }\nprocess.once("SIGINT", a);', "three hops"],
    ['function a(n) { return n ? b(n) : bot.stop(); }\nfunction b(n) { return a(n - 1); }\nprocess.once("SIGINT", b);', "a cycle"],
    ['process.once("SIGINT", () => { setTimeout(() => bot.stop(), 10); });', "a callback"],
    ['const stop = () => bot.stop();\nprocess.once("SIGINT", () => { queueMicrotask(stop); });', "a function handed by name"],
    ['process.once("SIGINT", bot.stop.bind(bot));', "bind"],
    ['process.once("SIGINT", () => down(bot));\nfunction down(b) { return b.stop(); }', "a parameter"],
  ])("%s (%s)", (code) => {
    expect(stopsOf(code)).toEqual([true]);
  });

  it.each([
    ['process.once("SIGINT", () => process.exit(0));', "exit only"],
    ['process.once("SIGINT", () => other.stop());', "another bot"],
    ['function a() { return b(); }\nfunction b() { return a(); }\nprocess.once("SIGINT", a);', "a cycle that stops nothing"],
    ['process.once("SIGINT", () => { const s = () => bot.stop(); });', "a function defined inside and never called"],
  ])("not: %s (%s)", (code, label) => {
    // A function defined inside the listener and never called or handed over does not stop.
    expect(stopsOf(code), label).toEqual([false]);
  });

  it("bot.stop() does not stop a runner; the handle's (guarded) stop does", () => {
    const code = 'const runner = run(bot);\nprocess.once("SIGINT", () => bot.stop());\nconst stopRunner = () => runner.isRunning() && runner.stop();\nprocess.once("SIGTERM", stopRunner);\nprocess.once("SIGHUP", runner.stop);';
    expect(stopsOf(code, "runner")).toEqual([false, true, true]);
  });

  it("unknown listeners: imported, parameters, other objects' methods", () => {
    const code = 'import { shutdown } from "./down";\nprocess.once("SIGINT", shutdown);\nexport function on(fn) { process.once("SIGTERM", fn); }\nprocess.once("SIGHUP", app.close);';
    expect(stopsOf(code)).toEqual([undefined, undefined, undefined]);
  });

  it("an unbound bot.stop is told apart, and answers are cached per function", () => {
    const code = 'process.once("SIGINT", bot.stop);\nconst stop = () => bot.stop();\nprocess.once("SIGTERM", stop);\nprocess.once("SIGHUP", stop);';
    const [unbound, first, second] = probe(header + code, "ts", (model, program) =>
      calls(model, program)
        .map((call) => signalListenerOf(model, call))
        .filter((listener) => listener !== undefined)
        .map((listener) => listenerStops(model, listener.listener)),
    ) as [ListenerStops, ListenerStops, ListenerStops];
    expect(unbound.kind).toBe("unbound");
    expect(first.kind).toBe("known");
    expect(first.kind === "known" && second.kind === "known" && first.targets === second.targets).toBe(true);
  });

  it("works in CommonJS", () => {
    const code = `const { Bot } = require("grammy");\nconst bot = new Bot(t);\nconst other = new Bot(t);\nconst { run } = require("@grammyjs/runner");\nconst stop = () => bot.stop();\nprocess.once("SIGINT", stop);`;
    expect(
      probe(code, "cjs", (model, program) => {
        const target = targetOf(model, program, "bot");
        return calls(model, program)
          .map((call) => signalListenerOf(model, call))
          .filter((listener) => listener !== undefined)
          .map((listener) => listenerStopsTarget(model, listener.listener, target));
      }),
    ).toEqual([true]);
  });
});

describe("exitsBeforeStop", () => {
  it("an exit after a floating stop, directly or through helpers", () => {
    expect(earlyExits('process.once("SIGINT", () => { bot.stop(); process.exit(0); });')).toEqual(["1:process.exit(0)"]);
    expect(earlyExits('process.once("SIGINT", () => { void bot.stop().catch(log); process.exit(1); });')).toEqual([
      "1:process.exit(1)",
    ]);
    expect(earlyExits('function quit() { process.exit(2); }\nprocess.once("SIGINT", () => { bot.stop(); quit(); });')).toEqual([
      "1:process.exit(2)",
    ]);
    expect(earlyExits('async function stop() { await bot.stop(); }\nprocess.once("SIGINT", () => { stop(); process.exit(3); });')).toEqual([
      "2:process.exit(3)",
    ]);
    expect(
      earlyExits('async function stop() { bot.stop(); }\nprocess.once("SIGINT", async () => { await stop(); process.exit(4); });'),
    ).toEqual(["2:process.exit(4)"]);
    expect(earlyExits('process.once("SIGINT", () => { process.exit(5); bot.stop(); });')).toEqual(["1:process.exit(5)"]);
    expect(earlyExits('const runner = run(bot);\nprocess.once("SIGINT", () => { runner.stop(); Deno.exit(6); });', "runner")).toEqual([
      "2:Deno.exit(6)",
    ]);
  });

  it("not after an awaited stop, in then/finally, in a fallback timer, or in another branch", () => {
    for (const code of [
      'process.once("SIGINT", async () => { await bot.stop(); process.exit(0); });',
      'process.once("SIGINT", () => bot.stop().finally(() => process.exit(0)));',
      'process.once("SIGINT", () => { bot.stop().then(() => process.exit(0)); });',
      'process.once("SIGINT", () => { bot.stop(); setTimeout(() => process.exit(1), 5000); });',
      'process.once("SIGINT", () => { if (bot.isRunning()) bot.stop(); else process.exit(0); });',
      'process.once("SIGINT", async () => { await Promise.all([bot.stop(), db.close()]); process.exit(0); });',
      'async function stop() { await bot.stop(); }\nprocess.once("SIGINT", async () => { await stop(); process.exit(0); });',
      'process.once("SIGINT", async () => { const p = bot.stop(); await p; process.exit(0); });',
      'process.once("SIGINT", () => { other.stop(); process.exit(0); });',
      'function a() { b(); process.exit(0); }\nfunction b() { a(); }\nprocess.once("SIGINT", a);',
    ]) {
      expect(earlyExits(code), code).toEqual([]);
    }
  });
});

describe("runnerHandleOf", () => {
  const kinds = (code: string): string[] =>
    probe(header + code, "ts", (model, program) =>
      calls(model, program)
        .filter((call) => pollingStartOf(model, call)?.how === "run")
        .map((call) => {
          const use = runnerHandleOf(model, call);
          return use.kind === "discarded" ? `discarded${use.statement ? "" : " (no statement)"}` : use.kind;
        }),
    );

  it("kept, discarded, escaped", () => {
    expect(kinds("const runner = run(bot);")).toEqual(["kept"]);
    expect(kinds("let h;\nh = run(bot);")).toEqual(["kept"]);
    expect(kinds("const h = await run(bot);")).toEqual(["kept"]);
    expect(kinds("export const h = run(bot);")).toEqual(["kept"]);
    expect(kinds("run(bot);")).toEqual(["discarded"]);
    expect(kinds("void run(bot);")).toEqual(["discarded (no statement)"]);
    expect(kinds("await run(bot).task();")).toEqual(["discarded (no statement)"]);
    expect(kinds("const t = run(bot).task();")).toEqual(["discarded (no statement)"]);
    expect(kinds("export function f() { return run(bot); }")).toEqual(["escaped"]);
    expect(kinds("register(run(bot));\nconst { stop } = run(bot);")).toEqual(["escaped", "escaped"]);
  });
});

describe("signalRuntimeOf", () => {
  it("Deno by its global or its import specifiers, Node otherwise", () => {
    const runtime = (code: string): string => probe(code, "ts", (model) => signalRuntimeOf(model));
    expect(runtime('import { Bot } from "grammy";\nconst bot = new Bot(process.env.T);')).toBe("node");
    expect(runtime('import { Bot } from "grammy";\nconst bot = new Bot(Deno.env.get("T"));')).toBe("deno");
    expect(runtime('import { Bot } from "https://deno.land/x/grammy/mod.ts";')).toBe("deno");
    expect(runtime('import { Bot } from "npm:grammy";')).toBe("deno");
    expect(runtime('import { Bot } from "jsr:@grammyjs/grammy";')).toBe("deno");
    expect(runtime('const Deno = {};\nimport { Bot } from "grammy";\nDeno.x;')).toBe("node");
  });
});

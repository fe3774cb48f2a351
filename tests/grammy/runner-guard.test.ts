import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import { isGuardedRunnerStop, isSameHandle, runnerStopOf } from "../../src/grammy";
import { implies, reachingConditions } from "../../src/utils/reaching-conditions";
import { allNodes, probe, type ProbeLanguage } from "../utils/probe";

const header = `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const runner = run(new Bot("t"));
const other = run(new Bot("u"));
`;

/** For every runner stop in `code`, in source order: its source text and whether it is guarded. */
function stops(code: string, language: ProbeLanguage = "ts"): [string, boolean][] {
  return probe(code, language, (model, program) =>
    allNodes(program)
      .filter((node): node is TSESTree.CallExpression => node.type === "CallExpression")
      .sort((a, b) => a.range[0] - b.range[0])
      .flatMap((call) => {
        const stop = runnerStopOf(model, call);
        return stop ? [[model.sourceCode.getText(call), isGuardedRunnerStop(model, stop)] as [string, boolean]] : [];
      }),
  );
}

describe("runnerStopOf", () => {
  it("finds stop() on runner handles only", () => {
    expect(
      stops(`${header}runner.stop(); runner?.stop(); runner["stop"](); other.stop(); bot.stop(); timer.stop(); runner.task();`),
    ).toEqual([
      ["runner.stop()", false],
      ["runner?.stop()", false],
      ['runner["stop"]()', false],
      ["other.stop()", false],
    ]);
  });

  it("with type information: an optional class field typed RunnerHandle", () => {
    const code = `import { run, type RunnerHandle } from "@grammyjs/runner";
export class Service {
private runner?: RunnerHandle;
private kept: RunnerHandle | undefined;
halt(): void { void this.runner?.stop(); void this.kept?.stop(); }
}`;
    expect(stops(code, "typed")).toEqual([
      ["this.runner?.stop()", false],
      ["this.kept?.stop()", false],
    ]);
    // Without types, the fields are known by their annotations.
    expect(stops(code, "ts")).toEqual([
      ["this.runner?.stop()", false],
      ["this.kept?.stop()", false],
    ]);
  });
});

describe("isGuardedRunnerStop", () => {
  it.each([
    "runner.isRunning() && runner.stop()",
    "runner?.isRunning() && runner.stop()",
    "runner.isRunning() ? runner.stop() : undefined",
    "!runner.isRunning() ? undefined : runner.stop()",
    "!runner.isRunning() || runner.stop()",
    "ready && runner.isRunning() && runner.stop()",
    "(runner.isRunning(), runner.isRunning()) && runner.stop()",
    "runner.isRunning() === true && runner.stop()",
    "false !== runner.isRunning() && runner.stop()",
    "if (runner.isRunning()) runner.stop();",
    "if (runner.isRunning() && ready) { log(); runner.stop(); }",
    "if (!(runner.isRunning() && ready)) {} else runner.stop();",
    "!(runner.isRunning() && ready) || runner.stop()",
    "while (runner.isRunning()) runner.stop();",
    "function f() { if (!runner.isRunning()) return; runner.stop(); }",
    "function f() { if (!runner.isRunning()) { log(); throw new Error(); } runner.stop(); }",
    "function f() { if (!runner.isRunning() || stopping) return; { runner.stop(); } }",
    "function f() { if (runner.isRunning() === false) { if (a) return; else throw e; } runner.stop(); }",
    "function f() { if (runner.isRunning()) log(); else return; runner.stop(); }",
    "switch (x) { case 1: if (!runner.isRunning()) break; runner.stop(); }",
    "const alias = runner; alias.isRunning() && runner.stop();",
  ])("guarded: %s", (code) => {
    expect(stops(`${header}${code}`).map(([, guarded]) => guarded)).toEqual([true]);
  });

  it.each([
    "runner.stop()",
    "other.isRunning() && runner.stop()",
    "runner.isRunning() || runner.stop()",
    "runner.isRunning() ?? runner.stop()",
    "runner.isRunning() ? undefined : runner.stop()",
    "(runner.isRunning() || ready) && runner.stop()",
    "!(runner.isRunning() || ready) || runner.stop()",
    "if (!(runner.isRunning() || ready)) {} else runner.stop();",
    "runner.isRunning() == false || runner.stop()",
    "runner.size() && runner.stop()",
    "if (!runner.isRunning()) runner.stop();",
    "if (runner.isRunning()) process.once('SIGINT', () => runner.stop());",
    "if (runner.isRunning()) { class A { x = runner.stop(); } }",
    "function f() { if (!runner.isRunning()) log(); runner.stop(); }",
    "function f() { if (!runner.isRunning()) { for (;;) break; } runner.stop(); }",
    "function f() { runner.stop(); if (!runner.isRunning()) return; }",
    "function f() { if (!runner.isRunning()) return; } function g() { runner.stop(); }",
    "function f() { if (!other.isRunning()) return; runner.stop(); }",
    "do runner.stop(); while (runner.isRunning());",
  ])("not guarded: %s", (code) => {
    expect(stops(`${header}${code}`).map(([, guarded]) => guarded)).toEqual([false]);
  });
});

describe("isSameHandle", () => {
  function same(code: string, a: string, b: string, language: ProbeLanguage = "ts"): boolean {
    return probe(code, language, (model, program) => {
      const nodes = allNodes(program).filter((node) => node.type !== "ExpressionStatement");
      const left = nodes.find((node) => model.sourceCode.getText(node) === a);
      const right = nodes.filter((node) => model.sourceCode.getText(node) === b).at(-1);
      if (!left || !right) throw new Error("missing expression");
      return isSameHandle(model, left, right);
    });
  }

  it("variables, aliases, property paths and this", () => {
    expect(same(`${header}runner; runner;`, "runner", "runner")).toBe(true);
    expect(same(`${header}const r = runner; r; runner;`, "r", "runner")).toBe(true);
    expect(same(`${header}runner; other;`, "runner", "other")).toBe(false);
    expect(same(`${header}a.runner; a["runner"];`, "a.runner", 'a["runner"]')).toBe(true);
    expect(same(`${header}a.runner; b.runner;`, "a.runner", "b.runner")).toBe(false);
    expect(same(`${header}list[i]; list[i];`, "list[i]", "list[i]")).toBe(true);
    expect(same(`${header}list[i]; list[j];`, "list[i]", "list[j]")).toBe(false);
    expect(same(`${header}class A { m() { this.r; this.r; } }`, "this.r", "this.r")).toBe(true);
    expect(same(`${header}class A { #r; m() { this.#r; this.#r; } }`, "this.#r", "this.#r")).toBe(true);
    expect(same(`${header}class A { m() { this.r; function f() { this.r; } } }`, "this.r", "this.r")).toBe(false);
    expect(same(`${header}class A { m() { this.r; const f = () => this.r; } }`, "this.r", "this.r")).toBe(true);
  });
});

describe("reachingConditions and implies", () => {
  /** The conditions reaching the call `target()` in `code`, as [test text, holds]. */
  function conditions(code: string): [string, boolean][] {
    return probe(code, "ts", (model, program) => {
      const target = allNodes(program).find(
        (node) => node.type === "CallExpression" && model.sourceCode.getText(node) === "target()",
      );
      if (!target) throw new Error("no target()");
      return reachingConditions(target).map(({ test, holds }) => [model.sourceCode.getText(test), holds]);
    });
  }

  it("collects tests from the inside out and stops at the function", () => {
    expect(
      conditions(`if (a) { function f() { if (!b) return; if (c) { d || (e ? target() : 0); } } }`),
    ).toEqual([
      ["e", true],
      ["d", false],
      ["c", true],
      ["!b", false],
    ]);
    expect(conditions(`for (;;) { if (x) continue; while (y) target(); }`)).toEqual([
      ["y", true],
      ["x", false],
    ]);
    expect(conditions(`if (x) { log(); } target();`)).toEqual([]);
  });

  it("implies: what a truthy or falsy test proves", () => {
    const proves = (test: string, holds: boolean): boolean =>
      probe(`(${test});`, "ts", (model, program) => {
        const statement = program.body[0];
        if (statement?.type !== "ExpressionStatement") throw new Error("no expression");
        const atom = (node: TSESTree.Node): boolean => model.sourceCode.getText(node) === "p";
        return implies(statement.expression, holds, atom);
      });
    expect(proves("p", true)).toBe(true);
    expect(proves("p", false)).toBe(false);
    expect(proves("!p", false)).toBe(true);
    expect(proves("!!p", true)).toBe(true);
    expect(proves("p && q", true)).toBe(true);
    expect(proves("p && q", false)).toBe(false);
    expect(proves("p || q", true)).toBe(false);
    expect(proves("!p || !q", false)).toBe(true);
    expect(proves("!p && !q", false)).toBe(false);
    expect(proves("p === true", true)).toBe(true);
    expect(proves("p !== true", false)).toBe(true);
    expect(proves("p === false", false)).toBe(true);
    expect(proves("p == true", true)).toBe(false);
    expect(proves("(q, p)", true)).toBe(true);
    expect(proves("p ?? q", true)).toBe(false);
  });
});

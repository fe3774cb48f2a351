import { readdirSync } from "node:fs";
import path from "node:path";
import type { AST, Linter, SourceCode } from "eslint";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { namedLanguages, namespace, sweeper, type SweepLanguage } from "./harness";
import { rules } from "../../src/rules";

// Every fix and suggestion any rule offers is applied to generated variants of code that triggers
// it, and checked by the sweep's `checkEdit`: the output parses, no rule throws on it, the same
// rule no longer reports the same problem at that place, every AST node wholly outside the changed
// text is still there, every comment survives, the change stays in the reported statement (or the
// head of an enclosing function, where `async` goes), and CRLF files get no bare LF.
//
// The triggering code comes from the rules' own tests (their RuleTester calls are recorded instead
// of run, through a stand-in RuleTester) and from a table below.

interface RecordedCase {
  readonly code: string;
  readonly name?: string;
  readonly options?: readonly unknown[];
  readonly filename?: string;
  readonly languageOptions?: unknown;
  readonly errors?: readonly { suggestions?: readonly { messageId?: string }[] | null }[] | number;
}

interface RecordedRun {
  readonly config: { languageOptions?: { parser?: { parseForESLint?: unknown }; parserOptions?: Record<string, unknown> } };
  readonly name: string;
  readonly rule: unknown;
  readonly tests: { readonly invalid: readonly (RecordedCase | string)[] };
}

const recorded = vi.hoisted(() => ({ runs: [] as unknown[] }));

vi.mock("@typescript-eslint/rule-tester", () => ({
  RuleTester: class {
    static afterAll: unknown;
    static describe: unknown;
    static describeSkip: unknown;
    static it: unknown;
    static itOnly: unknown;
    static itSkip: unknown;
    constructor(readonly config: unknown) {}
    run(name: string, rule: unknown, tests: unknown): void {
      recorded.runs.push({ config: this.config, name, rule, tests });
    }
  },
}));

type LanguageName = keyof typeof namedLanguages;

interface Trigger {
  readonly rule: string;
  readonly source: string;
  readonly language: LanguageName;
  readonly code: string;
  readonly options: readonly unknown[];
}

// -------------------------------------------------------------------------------------------------
// Code that triggers fixes and suggestions, beyond the rules' own tests.

const own: readonly (readonly [rule: string, language: LanguageName, code: string])[] = [
  ["no-floating-promises", "ts", `import { Bot, Context } from "grammy";
const bot = new Bot("t");
bot.on("message", (ctx) => {
  ctx.reply("hi");
});
bot.command("a", async (ctx) => { ctx.reply(\`multi
line\`) });
bot.command("b", (ctx, next) => { next(); });
bot.command("c", async (ctx) => {
  (ctx.reply("paren"));
  ctx.reply("cast") as Promise<unknown>;
  ctx.reply("bang")!;
  ctx.reply("then").then(() => {});
  ctx.reply("finally").finally(() => {});
  ctx.reply("x"), ctx.reply("y");
  ctx.from ? ctx.reply("a") : ctx.reply("b");
  ctx.from && ctx.reply("and");
  ctx.reply?.("optional");
});
class Handlers {
  async handle(ctx: Context) { ctx.reply("method") }
}
const users = [1, 2];
users.forEach((id) => bot.api.sendMessage(id, "news"));
users.map((id) => bot.api.sendMessage(id, "news"));
setTimeout(() => bot.api.sendMessage(1, "later"), 10);
bot.api.sendMessage(1, "top level");`],
  ["no-floating-promises", "cjs", `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.api.sendMessage(1, "no top-level await here");
bot.on("message", function (ctx) { ctx.reply("x"); });
[1, 2].map((id) => bot.api.sendMessage(id, "news"));`],
  ["no-floating-promises", "esm", `import { Bot } from "grammy";
const bot = new Bot("t");
void bot.api.sendMessage(1, "void");
const handler = async (ctx) => { ctx.reply("x") }
bot.on("message", handler);
bot.on("message", async ({ reply }) => { await reply("destructured"); });`],
  ["require-signal-handlers", "ts", `import { Bot } from "grammy";
const bot = new Bot("t");
bot.catch((err) => console.error(err));
await bot.start();`],
  ["require-signal-handlers", "ts", `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGINT", () => bot.stop());
bot.start();`],
  ["require-signal-handlers", "ts", `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
run(bot);`],
  ["require-signal-handlers", "ts", `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);`],
  ["require-signal-handlers", "esm", `import { Bot } from "https://deno.land/x/grammy/mod.ts";
const bot = new Bot("t");
Deno.addSignalListener("SIGINT", () => bot.stop());
await bot.start();`],
  ["require-signal-handlers", "cjs", `const { Bot } = require("grammy");
const bot = new Bot("t");
process.once("SIGINT", bot.stop);
process.once("SIGTERM", () => bot.stop());
bot.start();`],
  ["require-error-handler", "ts", `import { Bot } from "grammy";
const bot = new Bot("t");
process.once("SIGINT", () => bot.stop());
process.once("SIGTERM", () => bot.stop());
await bot.start();`],
  ["require-error-handler", "cjs", `const { Bot } = require("grammy");
const bot = new Bot("t");
bot.catch = (err) => console.error(err);
(async () => {
  await bot.start();
})();`],
  ["require-error-handler", "esm", `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);
process.once("SIGINT", () => runner.isRunning() && runner.stop());`],
  ["no-unguarded-runner-stop", "ts", `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("t");
const runner = run(bot);
const stopRunner = () => runner.stop();
process.once("SIGINT", () => runner.stop());
process.once("SIGTERM", async () => { await runner.stop(); });
function shutdown() {
  runner.stop();
  runner.stop().then(() => console.log("stopped"));
  if (Date.now()) runner.stop();
  return runner.stop();
}`],
];

// -------------------------------------------------------------------------------------------------
// Variants of a piece of code that must not change what is reported.

interface Variant {
  readonly kind: string;
  readonly make: (code: string, sourceCode: SourceCode) => string | undefined;
}

/** Inserts `text(index)` at each offset (sorted ascending). */
function insertAt(code: string, offsets: readonly number[], text: (index: number) => string): string {
  let result = "";
  let last = 0;
  offsets.forEach((offset, index) => {
    result += code.slice(last, offset) + text(index);
    last = offset;
  });
  return result + code.slice(last);
}

function tokensOf(sourceCode: SourceCode): AST.Token[] {
  return sourceCode.ast.tokens;
}

const hasJsx = (sourceCode: SourceCode): boolean => tokensOf(sourceCode).some((token) => token.type.startsWith("JSX"));

/** Statement types whose last token may be an ASI-able `;`. */
const semicolonStatements = new Set([
  "ExpressionStatement",
  "VariableDeclaration",
  "ReturnStatement",
  "ThrowStatement",
  "BreakStatement",
  "ContinueStatement",
  "DebuggerStatement",
  "DoWhileStatement",
  "ImportDeclaration",
  "ExportNamedDeclaration",
  "ExportDefaultDeclaration",
  "ExportAllDeclaration",
  "TSTypeAliasDeclaration",
  "PropertyDefinition",
]);

/** Every node of an AST (iteratively). */
function nodesOf(sourceCode: SourceCode): { type: string; range: [number, number]; parent?: { type: string } }[] {
  const found: { type: string; range: [number, number]; parent?: { type: string } }[] = [];
  const stack: unknown[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> & { type: string; range: [number, number] };
    found.push(node);
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const value = node[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof (child as { type?: unknown }).type === "string") stack.push(child);
      }
    }
  }
  return found;
}

/** The code without the `;` that ASI would insert anyway (standard style: `;` before `(`/`[`/`` ` ``). */
function withoutSemicolons(code: string, sourceCode: SourceCode): string | undefined {
  const edits: { at: number; remove: number; insert: string }[] = [];
  for (const node of nodesOf(sourceCode)) {
    if (!semicolonStatements.has(node.type)) continue;
    if (node.type === "VariableDeclaration" && node.parent && /^For/.test(node.parent.type)) continue;
    const last = sourceCode.getLastToken(node as never);
    if (last?.value !== ";" || last.type !== "Punctuator") continue;
    const next = sourceCode.getTokenAfter(last, { includeComments: false });
    if (next && next.loc.start.line === last.loc.end.line) continue; // `a; b` on one line: keep
    edits.push({ at: last.range[0], remove: 1, insert: "" });
    if (next && /^[([`+\-/<]/.test(next.value)) edits.push({ at: next.range[0], remove: 0, insert: ";" });
  }
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => b.at - a.at);
  let result = code;
  for (const edit of edits) result = result.slice(0, edit.at) + edit.insert + result.slice(edit.at + edit.remove);
  return result;
}

/** After each statement of each statement list, a line that starts with `(` or `[` (ASI hazards). */
function withHazardLines(code: string, sourceCode: SourceCode, semicolons: boolean): string | undefined {
  const hazards = semicolons
    ? ["(0, Number)(0);", "[0].forEach(Number);", "`t`.trim();"]
    : [";(0, Number)(0)", ";[0].forEach(Number)", ";`t`.trim()"];
  const offsets: { at: number; indent: string }[] = [];
  for (const node of nodesOf(sourceCode)) {
    const list = (node as unknown as { body?: unknown; consequent?: unknown }).body ?? (node as unknown as { consequent?: unknown }).consequent;
    if (!Array.isArray(list) || !["Program", "BlockStatement", "StaticBlock", "SwitchCase"].includes(node.type)) continue;
    for (const statement of list as { range: [number, number]; type: string }[]) {
      // With semicolons, only after statements that cannot run on into the next line.
      const last = sourceCode.getLastToken(statement as never)?.value;
      const closed = last === ";" || (last === "}" && !/^(?:VariableDeclaration|ExpressionStatement|Export\w+|ReturnStatement|ThrowStatement)$/.test(statement.type));
      if (semicolons && !closed) continue;
      const lineStart = code.lastIndexOf("\n", statement.range[0] - 1) + 1;
      const indent = /^[ \t]*/.exec(code.slice(lineStart))?.[0] ?? "";
      offsets.push({ at: statement.range[1], indent });
    }
  }
  if (offsets.length === 0) return undefined;
  offsets.sort((a, b) => a.at - b.at);
  return insertAt(code, offsets.map((offset) => offset.at), (index) => `\n${offsets[index]?.indent ?? ""}${hazards[index % hazards.length] ?? ""}`);
}

const variants: readonly Variant[] = [
  { kind: "as written", make: (code) => code },
  { kind: "indented", make: (code) => (code.startsWith("#!") ? undefined : code.split("\n").map((line) => (line ? `    ${line}` : line)).join("\n")) },
  { kind: "tab-indented", make: (code) => (code.startsWith("#!") ? undefined : code.split("\n").map((line) => (line ? `\t\t${line}` : line)).join("\n")) },
  { kind: "CRLF line endings", make: (code) => code.replace(/\r?\n/g, "\r\n") },
  {
    kind: "a block comment between every two tokens",
    make: (code, sourceCode) => {
      if (hasJsx(sourceCode)) return undefined;
      const tokens = tokensOf(sourceCode);
      return insertAt(code, tokens.slice(0, -1).map((token) => token.range[1]), (index) => `/*c${index}*/`);
    },
  },
  {
    kind: "a line comment at the end of every line",
    make: (code, sourceCode) => {
      if (hasJsx(sourceCode)) return undefined;
      const tokens = tokensOf(sourceCode);
      const ends = tokens.filter((token, index) => {
        const next = tokens[index + 1];
        return !next || next.loc.start.line > token.loc.end.line;
      });
      return insertAt(code, ends.map((token) => token.range[1]), (index) => ` // c${index}`);
    },
  },
  { kind: "no semicolons", make: withoutSemicolons },
  { kind: "statements followed by lines starting with ( [ `", make: (code, sourceCode) => withHazardLines(code, sourceCode, true) },
  {
    kind: "no semicolons, lines starting with ;( ;[ ;`",
    make: (code, sourceCode) => {
      const bare = withoutSemicolons(code, sourceCode) ?? code;
      const parsed = sweeper.verify(bare, languageOfCode(sourceCode), {}).sourceCode;
      return parsed ? withHazardLines(bare, parsed, false) : undefined;
    },
  },
];

// `sourceCode` does not know its language; the variant that re-parses looks it up here.
const languageBySourceCode = new WeakMap<SourceCode, SweepLanguage>();
function languageOfCode(sourceCode: SourceCode): SweepLanguage {
  const language = languageBySourceCode.get(sourceCode);
  if (!language) throw new Error("unknown language");
  return language;
}

// -------------------------------------------------------------------------------------------------
// Collecting the triggers

function languageOfRun(run: RecordedRun, testCase: RecordedCase): LanguageName | undefined {
  const options = run.config.languageOptions;
  if (options?.parserOptions && ("projectService" in options.parserOptions || "project" in options.parserOptions)) return undefined; // typed
  if (testCase.languageOptions !== undefined) return undefined;
  if (testCase.filename !== undefined && !/^file\.tsx?$/.test(path.basename(testCase.filename))) return undefined;
  const espree = options?.parser !== undefined && options.parser.parseForESLint === undefined;
  if (!espree) return testCase.filename?.endsWith(".tsx") ? "tsx" : "ts";
  return options.parserOptions?.sourceType === "commonjs" ? "cjs" : "esm";
}

interface Collected {
  readonly triggers: Trigger[];
  /** Suggestion message ids the rules' own tests expect, per rule. */
  readonly expectedSuggestions: Map<string, Set<string>>;
}

async function collectTriggers(): Promise<Collected> {
  const triggers: Trigger[] = [];
  const expectedSuggestions = new Map<string, Set<string>>();
  const ruleByModule = new Map(Object.entries(rules).map(([name, rule]) => [rule as unknown, name]));
  const dir = path.join(__dirname, "..", "rules");
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".test.ts")).sort()) {
    recorded.runs.length = 0;
    await import(path.join(dir, file));
    for (const run of recorded.runs as RecordedRun[]) {
      const rule = ruleByModule.get(run.rule);
      if (!rule) continue;
      for (const testCase of run.tests.invalid) {
        if (typeof testCase === "string") continue;
        const errors = typeof testCase.errors === "object" ? testCase.errors : [];
        for (const error of errors) {
          for (const suggestion of error.suggestions ?? []) {
            if (suggestion.messageId) (expectedSuggestions.get(rule) ?? expectedSuggestions.set(rule, new Set()).get(rule))?.add(suggestion.messageId);
          }
        }
        const language = languageOfRun(run, testCase);
        if (!language) continue;
        triggers.push({ rule, source: `${file}: ${testCase.name ?? testCase.code.split("\n")[0] ?? ""}`, language, code: testCase.code, options: testCase.options ?? [] });
      }
    }
  }
  own.forEach(([rule, language, code], index) => {
    if (rule in rules) triggers.push({ rule, source: `own table #${index + 1}`, language, code, options: [] });
  });
  return { triggers, expectedSuggestions };
}

// -------------------------------------------------------------------------------------------------
// Checking

interface Checked {
  /** Problems, per rule and variant kind. */
  readonly problems: Map<string, string[]>;
  /** Per rule: how many fixes and suggestions (by message id) were applied and checked. */
  readonly applied: Map<string, { fixes: number; suggestions: Map<string, number> }>;
  /** Per variant kind: how many variants were kept (reports unchanged) and dropped. */
  readonly kept: Map<string, { kept: number; dropped: number }>;
}

const reportKey = (messages: readonly Linter.LintMessage[], ruleId: string): string =>
  messages
    .filter((message) => message.ruleId === ruleId)
    .map((message) => message.messageId ?? "")
    .sort()
    .join(",");

function checkAll(triggers: readonly Trigger[]): Checked {
  const problems = new Map<string, string[]>();
  const applied = new Map<string, { fixes: number; suggestions: Map<string, number> }>();
  const kept = new Map<string, { kept: number; dropped: number }>();
  const note = (map: Map<string, string[]>, key: string, text: string): void => {
    map.set(key, [...(map.get(key) ?? []), text]);
  };
  for (const trigger of triggers) {
    const ruleId = `${namespace}/${trigger.rule}`;
    const ruleConfig: Record<string, Linter.RuleEntry> = { [ruleId]: ["error", ...trigger.options] as Linter.RuleEntry };
    const language = namedLanguages[trigger.language];
    const base = sweeper.verifyCatching(trigger.code, language, ruleConfig);
    if (!base.messages || !base.sourceCode || base.messages.some((message) => message.fatal)) continue;
    const baseKey = reportKey(base.messages, ruleId);
    if (!base.messages.some((message) => message.ruleId === ruleId && (message.fix || message.suggestions?.length))) continue;
    languageBySourceCode.set(base.sourceCode, language);
    for (const variant of variants) {
      const counts = kept.get(variant.kind) ?? { kept: 0, dropped: 0 };
      kept.set(variant.kind, counts);
      const code = variant.make(trigger.code, base.sourceCode);
      if (code === undefined) continue;
      const linted = sweeper.verifyCatching(code, language, ruleConfig);
      if (!linted.messages || !linted.sourceCode || linted.messages.some((message) => message.fatal) || reportKey(linted.messages, ruleId) !== baseKey) {
        counts.dropped++;
        continue;
      }
      counts.kept++;
      for (const message of linted.messages.filter((item) => item.ruleId === ruleId)) {
        const edits = [
          ...(message.fix ? [{ label: "fix", id: undefined, fix: message.fix }] : []),
          ...(message.suggestions ?? []).map((suggestion) => ({ label: `suggestion ${suggestion.messageId ?? suggestion.desc}`, id: suggestion.messageId ?? suggestion.desc, fix: suggestion.fix })),
        ];
        for (const edit of edits) {
          const tally = applied.get(trigger.rule) ?? { fixes: 0, suggestions: new Map<string, number>() };
          applied.set(trigger.rule, tally);
          if (edit.id === undefined) tally.fixes++;
          else tally.suggestions.set(edit.id, (tally.suggestions.get(edit.id) ?? 0) + 1);
          const found = sweeper.checkEdit({ text: code, language, sourceCode: linted.sourceCode, message, edit: edit.fix, ruleConfig });
          for (const problem of found) {
            note(
              problems,
              `${trigger.rule} | ${variant.kind}${problem.kind === "eol" ? " (line endings)" : ""}`,
              `${trigger.source} [${trigger.language}], ${message.messageId ?? ""} at ${message.line}:${message.column}, ${edit.label}: ${problem.kind}: ${problem.detail}\n--- input ---\n${code}\n--- output ---\n${problem.output}\n---`,
            );
          }
        }
      }
    }
  }
  return { problems, applied, kept };
}

// -------------------------------------------------------------------------------------------------

const fixable = Object.entries(rules).filter(([, rule]) => rule.meta.fixable !== undefined).map(([name]) => name);
const suggesting = Object.entries(rules).filter(([, rule]) => rule.meta.hasSuggestions === true).map(([name]) => name);
const editing = [...new Set([...fixable, ...suggesting])].sort();

describe("fixes and suggestions on generated variants", () => {
  let collected: Collected = { triggers: [], expectedSuggestions: new Map() };
  let checked: Checked = { problems: new Map(), applied: new Map(), kept: new Map() };
  beforeAll(async () => {
    collected = await collectTriggers();
    checked = checkAll(collected.triggers);
  }, 300_000);

  it("gathers triggering code from the rules' own tests and the table", () => {
    for (const rule of editing) {
      expect(collected.triggers.filter((trigger) => trigger.rule === rule).length, rule).toBeGreaterThan(0);
    }
  });

  it("keeps most variants (a variant is dropped when it changes what is reported)", () => {
    for (const variant of variants) {
      const counts = checked.kept.get(variant.kind);
      expect(counts?.kept ?? 0, variant.kind).toBeGreaterThan(counts?.dropped ?? 0);
    }
  });

  it.each(fixable)("%s: its fixes are exercised", (rule) => {
    expect(checked.applied.get(rule)?.fixes ?? 0).toBeGreaterThan(0);
  });

  it.each(suggesting)("%s: every suggestion its tests know is exercised", (rule) => {
    const exercised = [...(checked.applied.get(rule)?.suggestions.keys() ?? [])].sort();
    expect(exercised.length).toBeGreaterThan(0);
    expect(exercised).toEqual(expect.arrayContaining([...(collected.expectedSuggestions.get(rule) ?? [])].sort()));
  });

  describe.each(editing)("%s", (rule) => {
    it.each(variants.map((variant) => variant.kind))("%s: every edit is sound", (kind) => {
      expect(checked.problems.get(`${rule} | ${kind}`) ?? []).toEqual([]);
    });

    it.each(variants.map((variant) => variant.kind))("%s: inserted line breaks match the file's", (kind) => {
      expect(checked.problems.get(`${rule} | ${kind} (line endings)`) ?? []).toEqual([]);
    });
  });
});

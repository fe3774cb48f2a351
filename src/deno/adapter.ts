import type { TSESLint } from "@typescript-eslint/utils";

import { namespace } from "../configs/recommended";
import type { GrammyRuleModule } from "../utils/create-rule";
import type { DenoFix, DenoReport, DenoRule } from "./deno-lint";
import { childEntries, offsetOf, type AnalyzedNode, type Position } from "./estree";
import { fileOf, type LintedFile } from "./source-code";

/*
 * An ESLint rule run as a deno lint rule: on deno's `Program`, the rule's listeners are called
 * over the file's ESTree copy with an ESLint-shaped context, and its reports are turned into deno's
 * shape: the message with its `{{placeholders}}` filled in, the suggestions (deno lint has none) and
 * the rule's docs page as the hint.
 */

export type AnyRule = GrammyRuleModule<string, readonly unknown[]>;

interface ReportDescriptor {
  node?: AnalyzedNode;
  loc?: Position | { start: Position; end?: Position };
  messageId?: string;
  message?: string;
  data?: Record<string, unknown>;
  fix?: ((fixer: Fixer) => DenoFix | Iterable<DenoFix> | null) | null;
  suggest?: readonly { messageId?: string; desc?: string; data?: Record<string, unknown> }[] | null;
}

type Fixer = ReturnType<typeof createFixer>;

/** ESLint's placeholder syntax: `{{ name }}`, left as is when `data` has no such key. */
function interpolate(text: string, data: Record<string, unknown> | undefined): string {
  if (!data) return text;
  return text.replace(/\{\{([^{}]+?)\}\}/g, (whole, term: string) => {
    const key = term.trim();
    return key in data ? String(data[key]) : whole;
  });
}

function createFixer() {
  const at = (range: readonly [number, number], text: string): DenoFix => ({ range: [range[0], range[1]], text });
  return {
    insertTextAfter: (node: AnalyzedNode, text: string) => at([node.range[1], node.range[1]], text),
    insertTextAfterRange: (range: readonly [number, number], text: string) => at([range[1], range[1]], text),
    insertTextBefore: (node: AnalyzedNode, text: string) => at([node.range[0], node.range[0]], text),
    insertTextBeforeRange: (range: readonly [number, number], text: string) => at([range[0], range[0]], text),
    remove: (node: AnalyzedNode) => at(node.range, ""),
    removeRange: (range: readonly [number, number]) => at(range, ""),
    replaceText: (node: AnalyzedNode, text: string) => at(node.range, text),
    replaceTextRange: (range: readonly [number, number], text: string) => at(range, text),
  };
}

type Listener = (node: AnalyzedNode) => void;

/** The rule's visitor as enter/exit listeners by node type (`*` for every node). */
function listenersOf(id: string, visitor: TSESLint.RuleListener): { enter: Map<string, Listener[]>; exit: Map<string, Listener[]> } {
  const enter = new Map<string, Listener[]>();
  const exit = new Map<string, Listener[]>();
  for (const [key, listener] of Object.entries(visitor as Record<string, unknown>)) {
    if (typeof listener !== "function") continue;
    for (const selector of key.split(",").map((part) => part.trim())) {
      const match = /^(\*|[A-Z][A-Za-z]*)(:exit)?$/.exec(selector);
      if (!match?.[1]) throw new Error(`${id}: the deno lint adapter supports node types and ":exit" only, not "${selector}"`);
      const map = match[2] ? exit : enter;
      const list = map.get(match[1]) ?? [];
      list.push(listener as Listener);
      map.set(match[1], list);
    }
  }
  return { enter, exit };
}

function runRule(name: string, rule: AnyRule, file: LintedFile, report: (descriptor: ReportDescriptor) => void): void {
  const id = `${namespace}/${name}`;
  const context = {
    id,
    options: [],
    settings: {},
    filename: file.filename,
    physicalFilename: file.filename,
    sourceCode: file.sourceCode,
    languageOptions: { ecmaVersion: "latest", sourceType: file.sourceType, parserOptions: {} },
    parserOptions: {},
    getSourceCode: () => file.sourceCode,
    getFilename: () => file.filename,
    getPhysicalFilename: () => file.filename,
    report,
  };
  const visitor = rule.create(context as unknown as Parameters<AnyRule["create"]>[0]);
  const { enter, exit } = listenersOf(id, visitor);
  if (enter.size === 0 && exit.size === 0) return;
  const visit = (node: AnalyzedNode): void => {
    for (const listener of enter.get(node.type) ?? []) listener(node);
    for (const listener of enter.get("*") ?? []) listener(node);
    for (const { key, child } of childEntries(node)) if (key !== "comments") visit(child);
    for (const listener of exit.get(node.type) ?? []) listener(node);
    for (const listener of exit.get("*") ?? []) listener(node);
  };
  visit(file.ast);
}

/** An ESLint report in deno's shape. */
function toDenoReport(rule: AnyRule, file: LintedFile, descriptor: ReportDescriptor): DenoReport {
  const messages = rule.meta.messages as Record<string, string | undefined>;
  const template = descriptor.messageId ? (messages[descriptor.messageId] ?? descriptor.messageId) : (descriptor.message ?? "");
  const lineStarts = file.lineStarts;
  let range: [number, number];
  if (descriptor.loc) {
    const { start, end } = "start" in descriptor.loc ? descriptor.loc : { start: descriptor.loc, end: undefined };
    const from = offsetOf(lineStarts, start);
    range = [from, end ? offsetOf(lineStarts, end) : from];
  } else if (descriptor.node) {
    range = [descriptor.node.range[0], descriptor.node.range[1]];
  } else {
    range = [0, 0];
  }
  const suggestions = (descriptor.suggest ?? []).map(
    (suggestion) =>
      suggestion.desc ??
      interpolate((suggestion.messageId && messages[suggestion.messageId]) ?? "", suggestion.data ?? descriptor.data),
  );
  const hint = [...suggestions.map((text) => `Suggestion: ${text}`), `Docs: ${rule.meta.docs?.url ?? ""}`].join("\n");
  const result: DenoReport = { range, message: interpolate(template, descriptor.data), hint };
  const fix = descriptor.fix;
  if (fix && rule.meta.fixable) {
    const produced = fix(createFixer());
    const fixes = produced === null ? [] : Symbol.iterator in produced ? [...produced] : [produced];
    if (fixes.length > 0) result.fix = () => fixes;
  }
  return result;
}

/** The ESLint rule `name` as a deno lint rule. */
export function adapt(name: string, rule: AnyRule): DenoRule {
  return {
    create(context) {
      return {
        Program(program) {
          const file = fileOf(context, program);
          runRule(name, rule, file, (descriptor) => {
            context.report(toDenoReport(rule, file, descriptor));
          });
        },
      };
    },
  };
}

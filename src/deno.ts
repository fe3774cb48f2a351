import { analyze, type Scope, type ScopeManager } from "@typescript-eslint/scope-manager";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { namespace } from "./configs/recommended";
import { rules } from "./rules";
import type { GrammyRuleModule } from "./utils/create-rule";
import { tokenize, tokenLookups } from "./utils/tokenize";

/*
 * The `./deno` entry: the recommended rules as a deno lint plugin.
 *
 *   // deno.json
 *   { "lint": { "plugins": ["npm:eslint-plugin-grammy-reliability/deno"] } }
 *
 * deno lint's plugin API is close to ESLint's but not the same: the plugin has a top-level `name`,
 * reports carry the message text (no message ids, no `data`), rules take no options, and rules get
 * no scope manager, no tokens and no `loc` on nodes. This adapter runs the plugin's ESLint rules
 * unchanged on an ESTree copy of deno's tree (with `parent`, `range` and `loc`), with the scope
 * manager ESLint gets from typescript-eslint's parser (`@typescript-eslint/scope-manager`, run on
 * the copy) and a tokenizer of its own, and turns every report into deno's shape: the message with
 * its `{{placeholders}}` filled in, the suggestions (deno lint has none) and the rule's docs page as
 * the hint.
 */

/** deno lint's `Deno.lint.Fix`. */
interface DenoFix {
  range: [number, number];
  text?: string;
}

/** deno lint's `Deno.lint.ReportData`, as this adapter fills it. */
interface DenoReport {
  range: [number, number];
  message: string;
  hint?: string;
  fix?: () => DenoFix[];
}

/** deno lint's `Deno.lint.RuleContext`, as far as this adapter reads it. */
interface DenoRuleContext {
  readonly id: string;
  readonly filename: string;
  readonly sourceCode: { readonly text: string };
  report(data: DenoReport): void;
}

/** deno lint's `Deno.lint.Rule`. */
interface DenoRule {
  create(context: DenoRuleContext): Record<string, (node: unknown) => void>;
}

/** deno lint's `Deno.lint.Plugin`. */
interface DenoLintPlugin {
  name: string;
  rules: Record<string, DenoRule>;
}

type AnyRule = GrammyRuleModule<string, readonly unknown[]>;

/** A node of the ESTree copy: typescript-estree's shape, as far as deno's tree has it. */
interface AnalyzedNode {
  readonly type: string;
  readonly range: readonly [number, number];
  parent?: AnalyzedNode | null;
  readonly [key: string]: unknown;
}

/** One linted file, shared by all rules: the ESTree copy, its lines and its scopes. */
interface LintedFile {
  readonly filename: string;
  readonly text: string;
  readonly ast: AnalyzedNode;
  readonly lineStarts: readonly number[];
  readonly sourceCode: object;
}

interface Position {
  line: number;
  column: number;
}

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

// ---------------------------------------------------------------------------------------------
// deno's tree -> ESTree

/** Line start offsets, split as ESLint splits lines. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  const lineBreak = /\r\n|[\r\n\u2028\u2029]/g;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}

function positionOf(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) };
}

function offsetOf(lineStarts: readonly number[], position: Position): number {
  return (lineStarts[position.line - 1] ?? 0) + position.column;
}

function isDenoNode(value: unknown): value is Record<string, unknown> & { type: string; range: [number, number] } {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** ESTree's child keys, in evaluation order, to order the visitor keys found in deno's tree. */
const keyOrder = [
  "decorators", "key", "id", "typeParameters", "params", "returnType", "superClass", "superTypeArguments",
  "implements", "extends", "discriminant", "block", "handler", "finalizer", "param", "object", "property",
  "callee", "tag", "typeArguments", "arguments", "quasi", "quasis", "expressions", "init", "test", "update",
  "left", "right", "specifiers", "imported", "local", "exported", "declaration", "declarations", "source",
  "elements", "properties", "value", "argument", "expression", "label", "cases", "consequent", "alternate",
  "body", "typeAnnotation", "typeName", "members", "attributes",
];

/** `visitorKeys` for the rules: per node type, the keys that hold child nodes in this file. */
function visitorKeysOf(childKeys: ReadonlyMap<string, ReadonlySet<string>>): Record<string, readonly string[]> {
  const rank = (key: string): number => {
    const index = keyOrder.indexOf(key);
    return index < 0 ? keyOrder.length : index;
  };
  return Object.fromEntries(
    [...childKeys].map(([type, keys]) => [type, [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))]),
  );
}

/** Node types to which typescript-estree always gives `decorators` (deno only when there are some). */
const decoratable: ReadonlySet<string> = new Set([
  "Identifier", "ArrayPattern", "ObjectPattern", "AssignmentPattern", "RestElement", "TSParameterProperty",
  "ClassDeclaration", "ClassExpression", "MethodDefinition", "PropertyDefinition", "AccessorProperty",
  "TSAbstractMethodDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty",
]);

/**
 * typescript-estree's fields where deno's differ, as the scope manager and the rules read them:
 * `decorators` is always an array, a template element's text is in `value`, a module declaration
 * says whether it is `declare global`.
 */
function alignWithTypescriptEstree(copy: Record<string, unknown> & AnalyzedNode): void {
  if (decoratable.has(copy.type) && copy.decorators === undefined) copy.decorators = [];
  if (copy.type === "TSModuleDeclaration" && copy.global === undefined) copy.global = copy.kind === "global";
  if (copy.type === "TemplateElement" && copy.value === undefined) {
    copy.value = { cooked: copy.cooked ?? null, raw: copy.raw };
    delete copy.cooked;
    delete copy.raw;
  }
}

/**
 * A plain ESTree copy of deno's tree. deno's nodes expose their fields as getters on one shared
 * prototype (only the fields of the node's type return a value); the copy adds `parent` and `loc`.
 * deno wraps every link of an optional chain in a `ChainExpression`; ESTree has one around the
 * whole chain, so the inner ones are dropped. Where deno's fields differ from typescript-estree's in
 * what the scope manager or the rules read, the copy takes typescript-estree's.
 */
function toEstree(root: unknown, lineStarts: readonly number[], childKeys: Map<string, Set<string>>): AnalyzedNode {
  const convert = (node: Record<string, unknown> & { type: string; range: [number, number] }, parent: AnalyzedNode | null, inChain: boolean): AnalyzedNode => {
    if (node.type === "ChainExpression" && inChain && parent && node.range[0] === parent.range[0] && isDenoNode(node.expression)) {
      return convert(node.expression, parent, true);
    }
    const range: [number, number] = [node.range[0], node.range[1]];
    const copy: Record<string, unknown> & AnalyzedNode = {
      type: node.type,
      range,
      loc: { start: positionOf(lineStarts, range[0]), end: positionOf(lineStarts, range[1]) },
      parent,
    };
    const chainLink = node.type === "ChainExpression" || (inChain && (node.type === "MemberExpression" || node.type === "CallExpression" || node.type === "TSNonNullExpression"));
    const prototype = Object.getPrototypeOf(node) as object | null;
    const keys = prototype && prototype !== Object.prototype ? Object.getOwnPropertyNames(prototype) : Object.keys(node);
    for (const key of keys) {
      if (key === "constructor" || key === "type" || key === "range" || key === "parent" || key === "comments") continue;
      let value = node[key];
      if (value === undefined) continue;
      // deno wraps a static block's statements in a BlockStatement; ESTree lists them.
      if (node.type === "StaticBlock" && key === "body" && isDenoNode(value) && value.type === "BlockStatement") value = value.body;
      const keepsChain = chainLink && (key === "expression" || key === "object" || key === "callee");
      copy[key] = convertValue(value, copy, keepsChain);
      if (isDenoNode(value) || (Array.isArray(value) && value.some(isDenoNode))) {
        const keys = childKeys.get(node.type) ?? new Set<string>();
        keys.add(key);
        childKeys.set(node.type, keys);
      }
    }
    alignWithTypescriptEstree(copy);
    if (node.type === "Program") copy.comments = [];
    return copy;
  };
  const convertValue = (value: unknown, parent: AnalyzedNode, inChain: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item: unknown) => convertValue(item, parent, false));
    if (isDenoNode(value)) return convert(value, parent, inChain);
    return value;
  };
  if (!isDenoNode(root)) throw new Error(`${namespace}: deno lint handed over no Program node`);
  return convert(root, null, false);
}

// ---------------------------------------------------------------------------------------------
// An ESLint-shaped SourceCode for the rules

function createSourceCode(
  text: string,
  ast: AnalyzedNode,
  lineStarts: readonly number[],
  scopeManager: ScopeManager,
  visitorKeys: Record<string, readonly string[]>,
): object {
  const lines = text.split(/\r\n|[\r\n\u2028\u2029]/);
  // deno lint hands over no tokens: tokenize the text the first time a rule asks for one.
  let lookups: ReturnType<typeof tokenLookups> | undefined;
  const tokens = (): ReturnType<typeof tokenLookups> =>
    (lookups ??= tokenLookups(
      tokenize(text).map((token) => ({
        ...token,
        loc: { start: positionOf(lineStarts, token.range[0]), end: positionOf(lineStarts, token.range[1]) },
      })),
    ));
  type Lookups = ReturnType<typeof tokenLookups>;
  return {
    text,
    ast,
    lines,
    hasBOM: false,
    parserServices: {},
    visitorKeys,
    scopeManager,
    getText(node?: AnalyzedNode, before = 0, after = 0): string {
      return node ? text.slice(Math.max(node.range[0] - before, 0), node.range[1] + after) : text;
    },
    getLines: (): string[] => lines,
    getScope: (node: AnalyzedNode): Scope => scopeOf(scopeManager, node),
    getDeclaredVariables: (node: AnalyzedNode) => scopeManager.getDeclaredVariables(node as unknown as TSESTree.Node),
    getAncestors(node: AnalyzedNode): AnalyzedNode[] {
      const ancestors: AnalyzedNode[] = [];
      for (let current = node.parent; current; current = current.parent) ancestors.unshift(current);
      return ancestors;
    },
    getLocFromIndex: (index: number): Position => positionOf(lineStarts, index),
    getIndexFromLoc: (position: Position): number => offsetOf(lineStarts, position),
    getFirstToken: (...args: Parameters<Lookups["getFirstToken"]>) => tokens().getFirstToken(...args),
    getLastToken: (...args: Parameters<Lookups["getLastToken"]>) => tokens().getLastToken(...args),
    getTokenBefore: (...args: Parameters<Lookups["getTokenBefore"]>) => tokens().getTokenBefore(...args),
    getTokenAfter: (...args: Parameters<Lookups["getTokenAfter"]>) => tokens().getTokenAfter(...args),
    getTokenByRangeStart: (offset: number) => tokens().getTokenByRangeStart(offset),
    getTokens: (node: AnalyzedNode) => tokens().getTokens(node),
    getAllComments: (): unknown[] => [],
    getCommentsBefore: (): unknown[] => [],
    getCommentsAfter: (): unknown[] => [],
    getCommentsInside: (): unknown[] => [],
  };
}

/**
 * The innermost scope around a node, as ESLint's `SourceCode#getScope`: the program's outermost
 * scope for `Program`, and the function's scope for a named function expression's name scope.
 */
function scopeOf(scopeManager: ScopeManager, node: AnalyzedNode): Scope {
  const inner = node.type !== "Program";
  for (let current: AnalyzedNode | null | undefined = node; current; current = current.parent) {
    // ESLint also steps from eslint-scope's "function-expression-name" scope into its child; `inner`
    // acquisition never returns typescript-eslint's counterpart, so that step is not needed here.
    const scope = scopeManager.acquire(current as unknown as TSESTree.Node, inner);
    if (scope) return scope;
  }
  const [globalScope] = scopeManager.scopes;
  if (!globalScope) throw new Error(`${namespace}: the scope manager found no global scope`);
  return globalScope;
}

/**
 * The scopes of the ESTree copy, analysed as typescript-eslint's parser does for ESLint when no
 * `parserOptions.lib` is set (TypeScript's `esnext` globals, no global return).
 */
function analyzeScopes(ast: AnalyzedNode): ScopeManager {
  return analyze(ast as unknown as TSESTree.Program, { sourceType: ast.sourceType === "script" ? "script" : "module" });
}

let lastFile: LintedFile | undefined;

/** The file deno is linting, converted once and shared by every rule of the plugin. */
function fileOf(context: DenoRuleContext, program: unknown): LintedFile {
  const text = context.sourceCode.text;
  if (lastFile?.filename === context.filename && lastFile.text === text) return lastFile;
  const lineStarts = lineStartsOf(text);
  const childKeys = new Map<string, Set<string>>();
  const ast = toEstree(program, lineStarts, childKeys);
  const sourceCode = createSourceCode(text, ast, lineStarts, analyzeScopes(ast), visitorKeysOf(childKeys));
  lastFile = { filename: context.filename, text, ast, lineStarts, sourceCode };
  return lastFile;
}

// ---------------------------------------------------------------------------------------------
// Running an ESLint rule

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

function isNode(value: unknown): value is AnalyzedNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** The child nodes of a node with the key that holds them, in source order. */
function childEntries(node: AnalyzedNode): { key: string; child: AnalyzedNode }[] {
  const entries: { key: string; child: AnalyzedNode }[] = [];
  for (const key of Object.keys(node)) {
    if (key === "parent" || key === "range" || key === "loc") continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) entries.push({ key, child: item });
    } else if (isNode(value)) {
      entries.push({ key, child: value });
    }
  }
  return entries.sort((a, b) => a.child.range[0] - b.child.range[0]);
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
    languageOptions: { ecmaVersion: "latest", sourceType: file.ast.sourceType, parserOptions: {} },
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

function adapt(name: string, rule: AnyRule): DenoRule {
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

/** The plugin's name, shown in deno lint's output: rules are `grammy-reliability/<rule-name>`. */
const name: DenoLintPlugin["name"] = namespace;

/** The recommended rules, as in ESLint's `recommended` config. */
const denoRules: DenoLintPlugin["rules"] = Object.fromEntries(
  Object.entries(rules)
    .filter(([, rule]) => rule.meta.docs?.recommended === true)
    .map(([ruleName, rule]) => [ruleName, adapt(ruleName, rule)]),
);

// An object literal of names, so that Node.js sees `name` and `rules` as named exports too.
export = { name, rules: denoRules };

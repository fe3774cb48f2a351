import type { Scope, ScopeManager } from "@typescript-eslint/scope-manager";
import type { TSESTree } from "@typescript-eslint/utils";

import type { DenoRuleContext } from "./deno-lint";
import { lineStartsOf, offsetOf, positionOf, sourceTypeOf, toEstree, visitorKeysOf, type AnalyzedNode, type Position } from "./estree";
import { analyzeScopes, scopeOf } from "./scopes";
import { tokenize, tokenLookups, typeListEnds } from "./tokenize";

/** One linted file, shared by all rules: the ESTree copy, its lines and its scopes. */
export interface LintedFile {
  readonly filename: string;
  readonly text: string;
  readonly ast: AnalyzedNode;
  /** ESLint's `languageOptions.sourceType` for the file. */
  readonly sourceType: "module" | "commonjs";
  readonly lineStarts: readonly number[];
  readonly sourceCode: object;
}

/**
 * An ESLint-shaped SourceCode for the rules: text and lines, the tree with its visitor keys, the
 * scope manager, and the token lookups (on tokens made the first time a rule asks for one).
 */
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
      tokenize(text, typeListEnds(ast, text)).map((token) => ({
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

let lastFile: LintedFile | undefined;

/** The file deno is linting, converted once and shared by every rule of the plugin. */
export function fileOf(context: DenoRuleContext, program: unknown): LintedFile {
  const text = context.sourceCode.text;
  if (lastFile?.filename === context.filename && lastFile.text === text) return lastFile;
  const lineStarts = lineStartsOf(text);
  const childKeys = new Map<string, Set<string>>();
  const sourceType = sourceTypeOf(context.filename, (program as { sourceType?: unknown } | null)?.sourceType);
  const ast = toEstree(program, { text, lineStarts, sourceType: sourceType === "commonjs" ? "script" : "module" }, childKeys);
  const sourceCode = createSourceCode(text, ast, lineStarts, analyzeScopes(ast), visitorKeysOf(childKeys));
  lastFile = { filename: context.filename, text, ast, sourceType, lineStarts, sourceCode };
  return lastFile;
}

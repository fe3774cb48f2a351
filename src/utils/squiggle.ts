import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { forEachNode, isFunction, type FunctionNode } from "./ast";

/**
 * Where a report on `node` is drawn: squiggles point, they never paint a function body.
 *
 * - A node on one line: the node.
 * - A node over several lines: its head, on its first line: for a call (`bot.api.sendMessage(...)
 *   .then(async () => {...})`), its callee; cut at the end of the first line, and before the first
 *   function inside it (`(async () =>` of an IIFE, `bot.filter(` of a chain around a handler).
 *
 * `headEnd` ends the head earlier than the node or its callee (`fetch(url).then` of a chain whose
 * callback does grammY work), on one line as on several.
 */
export function squiggleOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  headEnd?: number,
): TSESTree.SourceLocation {
  if (node.loc.start.line === node.loc.end.line) {
    return headEnd === undefined ? node.loc : { start: node.loc.start, end: sourceCode.getLocFromIndex(headEnd) };
  }
  const start = node.range[0];
  const head = node.type === "CallExpression" || node.type === "NewExpression" ? node.callee : node;
  const line = sourceCode.lines[node.loc.start.line - 1] ?? "";
  const lineEnd = start - node.loc.start.column + line.trimEnd().length;
  let end = Math.min(headEnd ?? head.range[1], lineEnd);
  const fn = firstFunctionWithin(sourceCode, node, end);
  if (fn) {
    // Before the function, without the `(` or `,` that opens its place; an IIFE keeps its head.
    let cut = fn.range[0];
    for (let token = sourceCode.getTokenBefore(fn); token && token.range[0] >= start; token = sourceCode.getTokenBefore(token)) {
      cut = token.range[1];
      if (token.value !== "(" && token.value !== ",") break;
      cut = token.range[0];
    }
    end = cut > start ? Math.min(end, cut) : Math.min(end, fn.body.range[0]);
  }
  end = start + sourceCode.text.slice(start, end).trimEnd().length;
  return { start: node.loc.start, end: sourceCode.getLocFromIndex(Math.max(end, start + 1)) };
}

/** The callee of a call, as `squiggleOf` draws it: `bot.on`, `bot.start`, `run`. */
export function calleeSquiggleOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): TSESTree.SourceLocation {
  return squiggleOf(sourceCode, call.callee);
}

/** The first function (in source order) that starts inside `node` before `end`. */
function firstFunctionWithin(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  end: number,
): FunctionNode | undefined {
  let first: FunctionNode | undefined;
  forEachNode(node, sourceCode.visitorKeys, (inner) => {
    if (isFunction(inner) && inner.range[0] < end && (!first || inner.range[0] < first.range[0])) first = inner;
  });
  return first;
}

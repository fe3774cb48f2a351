import type { TSESTree } from "@typescript-eslint/utils";

import { enclosingFunction, statementList } from "../utils/ast";

/**
 * Whether `node` runs after `statement` has completed, in the same flow: a later statement of the
 * same block, or of an enclosing block of the same function (or module), and not inside a nested
 * function (callbacks run whenever they are called). Used for "after `await bot.start()`", which
 * resolves only once the bot has stopped.
 */
export function runsAfter(node: TSESTree.Node, statement: TSESTree.Statement): boolean {
  if (node.range[0] < statement.range[1]) return false;
  if (enclosingFunction(node) !== enclosingFunction(statement)) return false;
  for (let current: TSESTree.Node = statement; current.parent; current = current.parent) {
    if (isFunctionBoundary(current)) return false;
    const siblings = statementList(current.parent);
    if (!siblings) continue;
    const index = siblings.indexOf(current);
    const last = siblings.at(-1);
    const next = siblings[index + 1];
    if (index >= 0 && next && last && node.range[0] >= next.range[0] && node.range[1] <= last.range[1]) return true;
  }
  return false;
}

function isFunctionBoundary(node: TSESTree.Node): boolean {
  return (
    node.type === "ArrowFunctionExpression" ||
    node.type === "FunctionDeclaration" ||
    node.type === "FunctionExpression"
  );
}

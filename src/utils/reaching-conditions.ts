import type { TSESTree } from "@typescript-eslint/utils";

import { isFunction, skipTransparent, statementList } from "./ast";

/** A condition that code is reached under: `test` evaluated truthy (`holds`) or falsy (`!holds`). */
export interface ReachingCondition {
  readonly test: TSESTree.Expression;
  readonly holds: boolean;
}

/**
 * The conditions a node is only reached under, within its own function: the left side of `&&`
 * and `||`, the test of `if`, `?:`, `while` and `for` around it, and early exits before it
 * (`if (!ok) return;` earlier in the same or an enclosing block). Stops at the nearest function or
 * class member boundary: a callback runs later, when its surroundings' tests no longer tell.
 */
export function reachingConditions(node: TSESTree.Node): ReachingCondition[] {
  const found: ReachingCondition[] = [];
  for (let current = node; current.parent && !isBoundary(current); current = current.parent) {
    const parent = current.parent;
    switch (parent.type) {
      case "LogicalExpression":
        if (parent.right === current && parent.operator !== "??") {
          found.push({ test: parent.left, holds: parent.operator === "&&" });
        }
        break;
      case "ConditionalExpression":
      case "IfStatement":
        if (parent.consequent === current) found.push({ test: parent.test, holds: true });
        else if (parent.alternate === current) found.push({ test: parent.test, holds: false });
        break;
      case "WhileStatement":
      case "ForStatement":
        if (parent.body === current && parent.test) found.push({ test: parent.test, holds: true });
        break;
      default:
        break;
    }
    const siblings = statementList(parent);
    const earlierSiblings = siblings?.slice(0, Math.max(siblings.indexOf(current), 0)) ?? [];
    for (const earlier of earlierSiblings) {
      if (earlier.type !== "IfStatement") continue;
      // `if (!ok) return;`: what follows runs only when the test was falsy (and the reverse for else).
      if (alwaysExits(earlier.consequent)) found.push({ test: earlier.test, holds: false });
      if (earlier.alternate && alwaysExits(earlier.alternate)) found.push({ test: earlier.test, holds: true });
    }
  }
  return found;
}

/**
 * Whether `test` evaluating truthy (`holds`) or falsy (`!holds`) proves that `atom` is true for
 * one of its sub-expressions: `!`, `&&`, `||`, `=== true`/`=== false`, the last of a sequence.
 */
export function implies(test: TSESTree.Node, holds: boolean, atom: (node: TSESTree.Node) => boolean): boolean {
  const node = skipTransparent(test);
  if (atom(node)) return holds;
  switch (node.type) {
    case "UnaryExpression":
      return node.operator === "!" && implies(node.argument, !holds, atom);
    case "LogicalExpression": {
      const left = (outcome: boolean): boolean => implies(node.left, outcome, atom);
      const right = (outcome: boolean): boolean => implies(node.right, outcome, atom);
      if (node.operator === "&&") return holds ? left(true) || right(true) : left(false) && right(false);
      if (node.operator === "||") return holds ? left(true) && right(true) : left(false) || right(false);
      return false;
    }
    case "BinaryExpression": {
      // `x === true`, `x !== false`, `false === x`: the same as `x` (or `!x`) for a boolean.
      if (node.operator !== "===" && node.operator !== "!==") return false;
      const literal = [node.left, node.right].find(isBooleanLiteral);
      const other = node.left === literal ? node.right : node.left;
      if (!literal) return false;
      const same = literal.value === (node.operator === "===");
      return implies(other, same ? holds : !holds, atom);
    }
    case "SequenceExpression": {
      const last = node.expressions.at(-1);
      return last !== undefined && implies(last, holds, atom);
    }
    default:
      return false;
  }
}

/** Whether control never falls through a statement: it returns, throws, breaks or continues. */
export function alwaysExits(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case "ReturnStatement":
    case "ThrowStatement":
    case "BreakStatement":
    case "ContinueStatement":
      return true;
    case "BlockStatement":
      return statement.body.some(alwaysExits);
    case "IfStatement":
      return statement.alternate !== null && alwaysExits(statement.consequent) && alwaysExits(statement.alternate);
    default:
      return false;
  }
}

function isBoundary(node: TSESTree.Node): boolean {
  return (
    isFunction(node) ||
    node.type === "PropertyDefinition" ||
    node.type === "AccessorProperty" ||
    node.type === "StaticBlock"
  );
}

function isBooleanLiteral(node: TSESTree.Node): node is TSESTree.BooleanLiteral {
  return node.type === "Literal" && typeof node.value === "boolean";
}

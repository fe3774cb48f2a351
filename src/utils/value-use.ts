import type { TSESTree } from "@typescript-eslint/utils";

import { enclosingFunction, transparentParent, type FunctionNode } from "./ast";

/**
 * Where the value of an expression goes: the first place that does something with it, seen through
 * casts, parentheses, `a ? x : y`, `a ?? x` and the last expression of a sequence.
 */
export type ValueUse =
  /** `value.x`, `value.x(...)`. */
  | { readonly kind: "memberObject"; readonly member: TSESTree.MemberExpression }
  /** `f(value)`, `new F(value)`: handed to the callee. */
  | { readonly kind: "argument"; readonly call: TSESTree.CallExpression | TSESTree.NewExpression }
  /** `const x = value` with a plain identifier (not a pattern). */
  | { readonly kind: "declared"; readonly id: TSESTree.Identifier }
  /** `x = value` with a plain identifier target. */
  | { readonly kind: "assigned"; readonly id: TSESTree.Identifier }
  /** `return value`, `() => value`: out of the function (undefined at module level). */
  | { readonly kind: "returned"; readonly fn: FunctionNode | undefined }
  /** `value;` as a statement: thrown away. */
  | { readonly kind: "discarded" }
  /**
   * Out of sight: exported, stored in an object, array, member or pattern (`obj.x = value`,
   * `{ value }`, `[value]`, `...value`), yielded, thrown.
   */
  | { readonly kind: "stored" }
  /** Only read where it is: a comparison, a condition, a template literal, `typeof value`. */
  | { readonly kind: "other" };

export function valueUse(node: TSESTree.Node): ValueUse {
  let { node: current, parent } = transparentParent(node);
  for (;;) {
    if (!parent) return { kind: "other" };
    const passedOn =
      (parent.type === "ConditionalExpression" && parent.test !== current) ||
      parent.type === "LogicalExpression" ||
      (parent.type === "SequenceExpression" && parent.expressions.at(-1) === current);
    if (!passedOn) break;
    ({ node: current, parent } = transparentParent(parent));
  }
  switch (parent.type) {
    case "MemberExpression":
      return parent.object === current ? { kind: "memberObject", member: parent } : { kind: "other" };
    case "CallExpression":
    case "NewExpression":
      return parent.callee === current ? { kind: "other" } : { kind: "argument", call: parent };
    case "VariableDeclarator":
      if (parent.init !== current) return { kind: "other" };
      return parent.id.type === "Identifier" ? { kind: "declared", id: parent.id } : { kind: "stored" };
    case "AssignmentExpression":
      if (parent.right !== current) return { kind: "other" };
      return parent.left.type === "Identifier" ? { kind: "assigned", id: parent.left } : { kind: "stored" };
    case "ReturnStatement":
      return { kind: "returned", fn: enclosingFunction(parent) };
    case "ArrowFunctionExpression":
      return parent.body === current ? { kind: "returned", fn: parent } : { kind: "other" };
    case "ExpressionStatement":
      return { kind: "discarded" };
    case "ExportSpecifier":
    case "ExportDefaultDeclaration":
    case "Property":
    case "PropertyDefinition":
    case "ArrayExpression":
    case "SpreadElement":
    case "YieldExpression":
    case "ThrowStatement":
    case "AssignmentPattern":
    case "TSExportAssignment":
      return { kind: "stored" };
    default:
      return { kind: "other" };
  }
}

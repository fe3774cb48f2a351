import type { TSESTree } from "@typescript-eslint/utils";

import { isFunction, skipTransparent, type FunctionNode } from "../utils/ast";
import { findVariable, type Variable } from "../utils/scope";
import type { GrammyModel } from "./model";

/*
 * Functions of a module as the cross-module analysis follows them: which function a name calls
 * (in this module or, through imports, in another), its parameters, its calls and its returns.
 */

/** A function and the model of the module it is written in. */
export interface ModuleFunction {
  readonly model: GrammyModel;
  readonly fn: FunctionNode;
}

/**
 * The function of this module a node names: a function expression, a function declaration's name,
 * or a `const` initialised with a function.
 */
export function localFunctionOf(model: GrammyModel, node: TSESTree.Node): FunctionNode | undefined {
  const inner = skipTransparent(node);
  if (isFunction(inner)) return inner;
  if (inner.type !== "Identifier") return undefined;
  const variable = findVariable(model.sourceCode, inner);
  if (variable?.defs.length !== 1) return undefined;
  const definition = variable.defs[0];
  if (definition?.type === "FunctionName" && isFunction(definition.node)) return definition.node;
  if (definition?.type === "Variable" && definition.node.id === definition.name && definition.parent.kind === "const") {
    const init = definition.node.init && skipTransparent(definition.node.init);
    return isFunction(init) ? init : undefined;
  }
  return undefined;
}

/** The function a callee names, in this module or (imported) in another module of the project. */
export function functionOf(model: GrammyModel, callee: TSESTree.Node, depth = 0): ModuleFunction | undefined {
  if (depth > 8) return undefined;
  const local = localFunctionOf(model, callee);
  if (local) return { model, fn: local };
  const foreign = model.foreignOf(callee);
  if (foreign?.kind !== "node") return undefined;
  const fn = localFunctionOf(foreign.model, foreign.node);
  if (fn) return { model: foreign.model, fn };
  // `export { setup }` of an imported `setup`, `export default setup`: one more step.
  const next = skipTransparent(foreign.node);
  return next.type === "Identifier" && next !== callee ? functionOf(foreign.model, next, depth + 1) : undefined;
}

/** The variable of a function's parameter at `index` (plain, defaulted or a parameter property). */
export function parameterVariable(model: GrammyModel, fn: FunctionNode, index: number): Variable | undefined {
  let parameter: TSESTree.Node | undefined = fn.params[index];
  if (parameter?.type === "TSParameterProperty") parameter = parameter.parameter;
  if (parameter?.type === "AssignmentPattern") parameter = parameter.left;
  if (parameter?.type !== "Identifier") return undefined;
  return model.sourceCode.getDeclaredVariables(fn).find((variable) => variable.defs[0]?.name === parameter);
}

const callsCache = new WeakMap<TSESTree.Node, readonly TSESTree.CallExpression[]>();
const assignmentsCache = new WeakMap<TSESTree.Node, readonly TSESTree.AssignmentExpression[]>();
const thisCache = new WeakMap<TSESTree.Node, readonly TSESTree.ThisExpression[]>();
const membersCache = new WeakMap<TSESTree.Node, readonly TSESTree.MemberExpression[]>();

/** Every call inside a node, nested functions included, in source order (cached per node). */
export function callsIn(model: GrammyModel, root: TSESTree.Node): readonly TSESTree.CallExpression[] {
  return cachedDescendants(callsCache, model, root, (node): node is TSESTree.CallExpression => node.type === "CallExpression");
}

/** Every `this` inside a node, nested functions and classes included, in source order (cached per node). */
export function thisExpressionsIn(model: GrammyModel, root: TSESTree.Node): readonly TSESTree.ThisExpression[] {
  return cachedDescendants(thisCache, model, root, (node): node is TSESTree.ThisExpression => node.type === "ThisExpression");
}

/** Every member expression inside a node, nested functions included, in source order (cached per node). */
export function membersIn(model: GrammyModel, root: TSESTree.Node): readonly TSESTree.MemberExpression[] {
  return cachedDescendants(membersCache, model, root, (node): node is TSESTree.MemberExpression => node.type === "MemberExpression");
}

/** Every assignment inside a node, nested functions included, in source order (cached per node). */
export function assignmentsIn(model: GrammyModel, root: TSESTree.Node): readonly TSESTree.AssignmentExpression[] {
  return cachedDescendants(
    assignmentsCache,
    model,
    root,
    (node): node is TSESTree.AssignmentExpression => node.type === "AssignmentExpression",
  );
}

/** The nodes of one type inside `root`, found once per root and kept in `cache`. */
function cachedDescendants<T extends TSESTree.Node>(
  cache: WeakMap<TSESTree.Node, readonly T[]>,
  model: GrammyModel,
  root: TSESTree.Node,
  wanted: (node: TSESTree.Node) => node is T,
): readonly T[] {
  let found = cache.get(root);
  if (!found) {
    found = descendants(model, root, wanted);
    cache.set(root, found);
  }
  return found;
}

function descendants<T extends TSESTree.Node>(
  model: GrammyModel,
  root: TSESTree.Node,
  wanted: (node: TSESTree.Node) => node is T,
): T[] {
  const found: T[] = [];
  const keys = model.sourceCode.visitorKeys;
  const visit = (node: TSESTree.Node): void => {
    if (wanted(node)) found.push(node);
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) visit(item);
      } else if (isNode(child)) visit(child);
    }
  };
  visit(root);
  return found;
}

/** The expressions a function returns (its expression body, or its own `return`s, not nested functions'). */
export function returnedExpressions(model: GrammyModel, fn: FunctionNode): TSESTree.Expression[] {
  if (fn.body.type !== "BlockStatement") return [fn.body];
  const found: TSESTree.Expression[] = [];
  const keys = model.sourceCode.visitorKeys;
  const visit = (node: TSESTree.Node): void => {
    if (node.type === "ReturnStatement") {
      if (node.argument) found.push(node.argument);
      return;
    }
    if (isFunction(node) || node.type === "ClassBody") return;
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) visit(item);
      } else if (isNode(child)) visit(child);
    }
  };
  visit(fn.body);
  return found;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

import type { TSESTree } from "@typescript-eslint/utils";

import { enclosingFunction, forEachNode, isFunction, skipTransparent, transparentParent, type FunctionNode } from "../utils/ast";
import { callText } from "../utils/call-text";
import { Memo } from "./memo";
import type { GrammyModel } from "./model";

/**
 * The grammY call (its text, as messages show it) whose rejection a function of the project passes on to its caller: one it
 * awaits (an async function) or returns, outside a `try` that catches it. `async function send()
 * { await ctx.reply(t) }` carries `ctx.reply(t)`; a caller that drops the promise of `send()`
 * floats that rejection as surely as a bare `ctx.reply(t)` would. Calls of other such functions
 * count too (`notify()` awaiting `send()`), however deep, without cycles. Undefined when the
 * function catches every grammY rejection itself, or makes none.
 */
export function carriedRejection(model: GrammyModel, fn: FunctionNode): string | undefined {
  return cachedCarried(model, fn, false)?.call;
}

/**
 * Whether what `carriedRejection` found is an array of grammY promises that the function returns
 * (`return [ctx.reply(a), ctx.reply(b)]`): awaiting it, or `.catch()` on it, handles nothing.
 */
export function carriesArray(model: GrammyModel, fn: FunctionNode): boolean {
  return cachedCarried(model, fn, false)?.array === true;
}

/**
 * Like `carriedRejection`, counting only grammY calls the function awaits: those it returns are
 * reported where they are returned when the function is a callback of a floating chain.
 */
export function awaitedRejection(model: GrammyModel, fn: FunctionNode): string | undefined {
  return cachedCarried(model, fn, true)?.call;
}

/** The grammY call a function passes on, and whether it returns it in an array. */
interface Carried {
  readonly call: string;
  readonly array: boolean;
}

function cachedCarried(model: GrammyModel, fn: FunctionNode, awaitedOnly: boolean): Carried | undefined {
  let byModel = memos.get(model);
  if (!byModel) {
    byModel = [new Memo(), new Memo()];
    memos.set(model, byModel);
  }
  // A recursive function carries what its other calls carry: the memo cuts the cycle. An async
  // function that returns an array of grammY promises returns a promise of it, which neither
  // rejects with them nor is an array to await with `Promise.all`: not followed.
  return byModel[awaitedOnly ? 1 : 0].get(fn, () => {
    const found = findCarried(model, fn, awaitedOnly);
    return found?.array && fn.async ? undefined : found;
  });
}

const memos = new WeakMap<GrammyModel, [Memo<FunctionNode, Carried>, Memo<FunctionNode, Carried>]>();

function findCarried(model: GrammyModel, fn: FunctionNode, awaitedOnly: boolean): Carried | undefined {
  // `(ctx) => ctx.reply(t)`: the body is returned.
  if (fn.body.type !== "BlockStatement") {
    const body = skipTransparent(fn.body);
    if (awaitedOnly && body.type !== "AwaitExpression") return undefined;
    const awaited = body.type === "AwaitExpression" ? skipTransparent(body.argument) : body;
    if (awaited.type === "ArrayExpression") return awaitedOnly ? undefined : inArray(firstGrammyElement(model, awaited));
    return awaited.type === "CallExpression" ? grammyCallIn(model, awaited, body.type === "AwaitExpression") : undefined;
  }
  let found: Carried | undefined;
  forEachNode(fn.body, model.sourceCode.visitorKeys, (node) => {
    if (found || enclosingFunction(node) !== fn) return;
    // `return [ctx.reply(a), ctx.reply(b)]`: a tuple of grammY promises, whose rejections the
    // caller receives as surely as a returned promise's (and drops with the array).
    if (node.type === "ArrayExpression" && !awaitedOnly) {
      const { parent } = transparentParent(node);
      if (parent?.type === "ReturnStatement" && !insideTry(node, fn)) found = inArray(firstGrammyElement(model, node));
      return;
    }
    if (node.type !== "CallExpression") return;
    const how = escapes(node, fn);
    if (!how || (awaitedOnly && how !== "awaited")) return;
    found = grammyCallIn(model, node, how === "awaited");
  });
  return found;
}

function inArray(call: string | undefined): Carried | undefined {
  return call === undefined ? undefined : { call, array: true };
}

/** The first element of an array literal that is a grammY call, or carries one. */
function firstGrammyElement(model: GrammyModel, array: TSESTree.ArrayExpression): string | undefined {
  for (const element of array.elements) {
    const inner = element && element.type !== "SpreadElement" ? skipTransparent(element) : undefined;
    const found = inner?.type === "CallExpression" ? grammyCallIn(model, inner, false) : undefined;
    if (found && !found.array) return found.call;
  }
  return undefined;
}

/**
 * The grammY call whose rejection a `new Promise(executor)` takes on: the executor hands its
 * `reject` to that call's chain (`new Promise((ok, fail) => ctx.reply(t).then(ok, fail))`,
 * `.catch(fail)`), so the new promise rejects when the call does. Undefined for any other executor.
 */
export function executorRejection(model: GrammyModel, construction: TSESTree.NewExpression): string | undefined {
  const executor = functionOf(construction.arguments[0]);
  const reject = executor?.params[1];
  if (!executor || reject?.type !== "Identifier") return undefined;
  const declared = model.sourceCode.scopeManager?.getDeclaredVariables(executor) ?? [];
  const variable = declared.find((candidate) => candidate.name === reject.name);
  for (const reference of variable?.references ?? []) {
    const { node: argument, parent: call } = transparentParent(reference.identifier);
    if (call?.type !== "CallExpression" || skipTransparent(call.callee).type !== "MemberExpression") continue;
    const member = skipTransparent(call.callee) as TSESTree.MemberExpression;
    const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
    const name = member.property.type === "Identifier" && !member.computed ? member.property.name : undefined;
    if (!((name === "then" && index === 1) || (name === "catch" && index === 0))) continue;
    // The head of the chain the handler sits on: `ctx.reply(t).then(ok).catch(fail)` is `ctx.reply(t)`.
    let head = skipTransparent(member.object);
    for (let hops = 0; head.type === "CallExpression" && hops < 16; hops++) {
      const inner = skipTransparent(head.callee);
      if (inner.type !== "MemberExpression" || inner.property.type !== "Identifier" || !chainMethods.has(inner.property.name)) break;
      head = skipTransparent(inner.object);
    }
    const found = head.type === "CallExpression" ? grammyCallIn(model, head, false) : undefined;
    if (found && !found.array) return found.call;
  }
  return undefined;
}

const chainMethods: ReadonlySet<string> = new Set(["then", "catch", "finally"]);

/**
 * The text of the grammY call a call is, or carries (through another function of the project).
 * Awaiting an array of grammY promises (a helper's) rejects with none of them.
 */
function grammyCallIn(model: GrammyModel, call: TSESTree.CallExpression, awaited: boolean): Carried | undefined {
  if (!model.mayBePromiseCall(call)) return undefined;
  const promise = model.promiseCall(call);
  if (!promise || (awaited && promise.array === true)) return undefined;
  return { call: promise.carried ?? callText(model.sourceCode, call), array: promise.array === true };
}

/**
 * Whether (and how) a call's promise leaves the function to its caller: awaited in an async
 * function, or returned, and not inside the block of a `try` that has a `catch`.
 */
function escapes(call: TSESTree.CallExpression, fn: FunctionNode): "awaited" | "returned" | false {
  let holder = transparentParent(call).parent;
  let how: "awaited" | "returned" = "returned";
  if (holder?.type === "AwaitExpression") {
    if (!fn.async) return false;
    how = "awaited";
    const awaited = transparentParent(holder);
    const outer = awaited.node;
    holder = awaited.parent;
    // `await ctx.reply(t);` or `return await ...`, `const sent = await ...`: it rejects here.
    if (holder?.type !== "ReturnStatement" && holder?.type !== "ExpressionStatement" && holder?.type !== "VariableDeclarator") {
      if (!(holder?.type === "AssignmentExpression" && holder.right === outer)) return false;
    }
  } else if (holder?.type !== "ReturnStatement") {
    return false;
  }
  return insideTry(call, fn) ? false : how;
}

/** Whether a node sits in the block of a `try` that has a `catch`, within `fn`. */
function insideTry(node: TSESTree.Node, fn: FunctionNode): boolean {
  let current: TSESTree.Node = node;
  while (current !== fn && current.parent !== undefined) {
    const above: TSESTree.Node = current.parent;
    if (above.type === "TryStatement" && above.block === current && above.handler !== null) return true;
    current = above;
  }
  return false;
}

/** A function node, or undefined: what a callee resolves to in its own module. */
export function functionOf(node: TSESTree.Node | undefined): FunctionNode | undefined {
  if (!node) return undefined;
  const inner = skipTransparent(node);
  return isFunction(inner) ? inner : undefined;
}

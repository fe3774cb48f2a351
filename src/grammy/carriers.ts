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
  return cachedCarried(model, fn, false);
}

/**
 * Like `carriedRejection`, counting only grammY calls the function awaits: those it returns are
 * reported where they are returned when the function is a callback of a floating chain.
 */
export function awaitedRejection(model: GrammyModel, fn: FunctionNode): string | undefined {
  return cachedCarried(model, fn, true);
}

function cachedCarried(model: GrammyModel, fn: FunctionNode, awaitedOnly: boolean): string | undefined {
  let byModel = memos.get(model);
  if (!byModel) {
    byModel = [new Memo(), new Memo()];
    memos.set(model, byModel);
  }
  // A recursive function carries what its other calls carry: the memo cuts the cycle.
  return byModel[awaitedOnly ? 1 : 0].get(fn, () => findCarried(model, fn, awaitedOnly));
}

const memos = new WeakMap<GrammyModel, [Memo<FunctionNode, string>, Memo<FunctionNode, string>]>();

function findCarried(model: GrammyModel, fn: FunctionNode, awaitedOnly: boolean): string | undefined {
  // `(ctx) => ctx.reply(t)`: the body is returned.
  if (fn.body.type !== "BlockStatement") {
    const body = skipTransparent(fn.body);
    if (awaitedOnly && body.type !== "AwaitExpression") return undefined;
    const awaited = body.type === "AwaitExpression" ? skipTransparent(body.argument) : body;
    return awaited.type === "CallExpression" ? grammyCallIn(model, awaited) : undefined;
  }
  let found: string | undefined;
  forEachNode(fn.body, model.sourceCode.visitorKeys, (node) => {
    if (found || node.type !== "CallExpression" || enclosingFunction(node) !== fn) return;
    const how = escapes(node, fn);
    if (!how || (awaitedOnly && how !== "awaited")) return;
    found = grammyCallIn(model, node);
  });
  return found;
}

/** The text of the grammY call a call is, or carries (through another function of the project). */
function grammyCallIn(model: GrammyModel, call: TSESTree.CallExpression): string | undefined {
  if (!model.mayBePromiseCall(call)) return undefined;
  const promise = model.promiseCall(call);
  if (!promise) return undefined;
  return promise.carried ?? callText(model.sourceCode, call);
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

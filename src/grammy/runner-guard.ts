import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember, isFunction, skipTransparent, staticMemberName } from "../utils/ast";
import { implies, reachingConditions } from "../utils/reaching-conditions";
import type { GrammyModel } from "./model";

/** `handle.stop()` on a grammY runner handle (grammy-facts.md, "The runner"). */
export interface RunnerStop {
  readonly call: TSESTree.CallExpression;
  /** The callee: `handle.stop`, `handle?.stop`, `handle["stop"]`. */
  readonly member: TSESTree.MemberExpression;
  /** The handle, as written: `runner`, `this.runner`, `(h as RunnerHandle)`. */
  readonly handle: TSESTree.Expression;
}

/** The runner stop a call is, or undefined (`bot.stop()`, `server.stop()` and timers are not). */
export function runnerStopOf(model: GrammyModel, call: TSESTree.CallExpression): RunnerStop | undefined {
  const callee = calleeMember(call);
  if (callee?.name !== "stop" || !model.is(callee.member.object, "RunnerHandle")) return undefined;
  return { call, member: callee.member, handle: callee.member.object };
}

/**
 * Whether a runner stop runs only after the SAME handle's `isRunning()` returned true, in the same
 * function: `h.isRunning() && h.stop()`, `if (h.isRunning()) h.stop()`, `h.isRunning() ? h.stop()
 * : x`, or an earlier `if (!h.isRunning()) return;`. A check around a callback does not count: by
 * the time the callback runs, the runner may have stopped.
 */
export function isGuardedRunnerStop(model: GrammyModel, stop: RunnerStop): boolean {
  const isRunningCall = (node: TSESTree.Node): boolean => isRunningCallOn(model, node, stop.handle);
  return reachingConditions(stop.call).some((condition) => implies(condition.test, condition.holds, isRunningCall));
}

/** `handle.isRunning()` (also `handle?.isRunning()`) on the given handle. */
export function isRunningCallOn(model: GrammyModel, node: TSESTree.Node, handle: TSESTree.Node): boolean {
  const call = skipTransparent(node);
  if (call.type !== "CallExpression") return false;
  const callee = calleeMember(call);
  return callee?.name === "isRunning" && isSameHandle(model, callee.member.object, handle);
}

/**
 * Whether two expressions denote the same handle: the same variable (through aliases, by
 * `model.identityOf`), or the same property path on the same object (`this.runner`,
 * `service.runner`, `runners[i]`).
 */
export function isSameHandle(model: GrammyModel, a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = skipTransparent(a);
  const right = skipTransparent(b);
  if (left.type === "Identifier" && right.type === "Identifier") {
    const leftIdentity = model.identityOf(left);
    const rightIdentity = model.identityOf(right);
    if (leftIdentity !== undefined || rightIdentity !== undefined) return leftIdentity === rightIdentity;
    return left.name === right.name; // two undeclared globals
  }
  if (left.type === "ThisExpression" && right.type === "ThisExpression") return thisOwner(left) === thisOwner(right);
  if (left.type === "PrivateIdentifier" && right.type === "PrivateIdentifier") return left.name === right.name;
  if (left.type === "MemberExpression" && right.type === "MemberExpression") {
    const leftKey = staticMemberName(left);
    const rightKey = staticMemberName(right);
    const sameKey =
      leftKey !== undefined || rightKey !== undefined
        ? leftKey === rightKey
        : left.computed === right.computed && isSameHandle(model, left.property, right.property);
    return sameKey && isSameHandle(model, left.object, right.object);
  }
  return false;
}

/** What `this` is bound by: the nearest non-arrow function, class member, or the program. */
function thisOwner(node: TSESTree.ThisExpression): TSESTree.Node | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunction(current) && current.type !== "ArrowFunctionExpression") return current;
    if (current.type === "PropertyDefinition" || current.type === "StaticBlock") return current;
  }
  return undefined;
}

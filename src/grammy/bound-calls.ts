import type { TSESTree } from "@typescript-eslint/utils";

import { boundFunctionOf, skipTransparent } from "../utils/ast";
import { constDeclaratorOf } from "../utils/scope";
import type { GrammyKind } from "./kinds";
import type { GrammyModel } from "./model";

/**
 * grammY promise methods called with an explicit `this`: `ctx.reply.call(ctx, t)`,
 * `(isDocument ? ctx.replyWithDocument : ctx.replyWithPhoto).bind(ctx)(id)`, and the same through a
 * `const` (`const send = ctx.reply.bind(ctx); send(t)`). Whatever `this` is, the call returns the
 * method's promise (or throws before there is one).
 */

/** How many `const` aliases a bound method is followed through. */
const maxAliases = 4;

export interface BoundPromiseMethod {
  readonly receiver: GrammyKind | "plugin";
  readonly method: string;
}

/** The grammY promise method a call runs bound, if it is one. */
export function boundPromiseMethodOf(model: GrammyModel, call: TSESTree.CallExpression): BoundPromiseMethod | undefined {
  const fn = boundFunctionOf(call) ?? boundAlias(model, call.callee);
  return fn && promiseMethodOf(model, fn, 0);
}

/** Cheap, from syntax alone: whether `boundPromiseMethodOf` may say yes. */
export function mayBeBoundCall(model: GrammyModel, call: TSESTree.CallExpression): boolean {
  return boundFunctionOf(call) !== undefined || boundAlias(model, call.callee) !== undefined;
}

/** `send` of `const send = f.bind(o); send(...)`: the `f`. */
function boundAlias(model: GrammyModel, callee: TSESTree.Node): TSESTree.Expression | undefined {
  const init = constInit(model, skipTransparent(callee));
  if (init?.type !== "CallExpression" || init.arguments.length === 0) return undefined;
  const bound = skipTransparent(init.callee);
  if (bound.type !== "MemberExpression" || bound.computed || bound.property.type !== "Identifier") return undefined;
  return bound.property.name === "bind" ? bound.object : undefined;
}

/** A reference to a grammY promise method, or a choice between such references. */
function promiseMethodOf(model: GrammyModel, node: TSESTree.Node, aliases: number): BoundPromiseMethod | undefined {
  const inner = skipTransparent(node);
  switch (inner.type) {
    case "MemberExpression": {
      if (inner.property.type !== "Identifier" || inner.computed || !model.isPromiseMethodReference(inner)) return undefined;
      return { receiver: model.kindOf(inner.object) ?? "plugin", method: inner.property.name };
    }
    case "ConditionalExpression": {
      const consequent = promiseMethodOf(model, inner.consequent, aliases);
      return consequent && promiseMethodOf(model, inner.alternate, aliases) ? consequent : undefined;
    }
    case "Identifier": {
      const init = aliases < maxAliases ? constInit(model, inner) : undefined;
      return init && promiseMethodOf(model, init, aliases + 1);
    }
    default:
      return undefined;
  }
}

/** The initialiser of a `const` bound once, by its identifier. */
function constInit(model: GrammyModel, node: TSESTree.Node): TSESTree.Expression | undefined {
  return node.type === "Identifier" ? constDeclaratorOf(model.sourceCode, node)?.init : undefined;
}

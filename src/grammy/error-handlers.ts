import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember, skipTransparent, staticMemberName } from "../utils/ast";
import type { GrammyModel } from "./model";

/** Installing (or trying to install) a bot's error handler. */
export interface ErrorHandlerInstall {
  readonly node: TSESTree.AssignmentExpression | TSESTree.CallExpression;
  /** The bot expression (`bot` in `bot.catch(...)`). */
  readonly bot: TSESTree.Node;
  /**
   * `catch`: `bot.catch(handler)`; `errorHandler`: `bot.errorHandler = handler`, which works too;
   * `catchAssignment`: `bot.catch = handler`, which replaces the method and installs nothing.
   */
  readonly how: "catch" | "catchAssignment" | "errorHandler";
}

export function errorHandlerInstallOf(
  model: GrammyModel,
  node: TSESTree.AssignmentExpression | TSESTree.CallExpression,
): ErrorHandlerInstall | undefined {
  if (node.type === "CallExpression") {
    const member = calleeMember(node);
    if (member?.name !== "catch" || !model.is(member.member.object, "Bot")) return undefined;
    // `bot.catch()` sets `errorHandler` to undefined: no handler, whatever the call looks like.
    if (node.arguments.length === 0) return undefined;
    return { node, bot: member.member.object, how: "catch" };
  }
  const target = skipTransparent(node.left);
  if (node.operator !== "=" || target.type !== "MemberExpression") return undefined;
  const name = staticMemberName(target);
  if ((name !== "catch" && name !== "errorHandler") || !model.is(target.object, "Bot")) return undefined;
  return { node, bot: target.object, how: name === "catch" ? "catchAssignment" : "errorHandler" };
}

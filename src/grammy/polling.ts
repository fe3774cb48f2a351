import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember, skipTransparent, transparentParent } from "../utils/ast";
import type { GrammyModel } from "./model";

/** A place where a bot starts long polling: `bot.start(...)` or the runner's `run(bot, ...)`. */
export interface PollingStart {
  readonly call: TSESTree.CallExpression;
  readonly how: "start" | "run";
  /** The bot expression: the receiver of `start`, the first argument of `run`. */
  readonly bot: TSESTree.Node;
  /**
   * The statement `await bot.start(...)` (also through `.catch()`/`.then()`/`.finally()`), which
   * completes only when the bot has stopped; undefined when the start is not awaited there.
   */
  readonly awaitedStatement: TSESTree.ExpressionStatement | undefined;
}

export function pollingStartOf(model: GrammyModel, call: TSESTree.CallExpression): PollingStart | undefined {
  const member = calleeMember(call);
  if (member?.name === "start" && model.is(member.member.object, "Bot")) {
    return { call, how: "start", bot: member.member.object, awaitedStatement: awaitedStatementOf(call) };
  }
  // `run(bot)`, `runner.run(bot)` with `import * as runner`, `require("@grammyjs/runner").run(bot)`.
  const exported = model.exportOf(skipTransparent(call.callee));
  const [bot] = call.arguments;
  if (exported?.module === "runner" && exported.name === "run" && bot && bot.type !== "SpreadElement") {
    return { call, how: "run", bot, awaitedStatement: undefined };
  }
  return undefined;
}

/** `await x;`, `await x.catch(...);`: the statement when the call is awaited at statement level. */
function awaitedStatementOf(call: TSESTree.CallExpression): TSESTree.ExpressionStatement | undefined {
  let { parent, node } = transparentParent(call);
  // Climb promise chains: `bot.start().catch(...)` is still the start, awaited or not.
  while (
    parent?.type === "MemberExpression" &&
    parent.object === node &&
    parent.parent.type === "CallExpression" &&
    parent.parent.callee === parent &&
    ["catch", "then", "finally"].includes(parent.property.type === "Identifier" ? parent.property.name : "")
  ) {
    ({ parent, node } = transparentParent(parent.parent));
  }
  if (parent?.type !== "AwaitExpression") return undefined;
  const statement = transparentParent(parent).parent;
  return statement?.type === "ExpressionStatement" ? statement : undefined;
}

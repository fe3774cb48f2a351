import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember, skipTransparent, staticMemberName, transparentParent } from "../utils/ast";
import { promiseChainMethods } from "./kinds";
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

/** `await bot.start();` (also through `.catch()`/`.then()`/`.finally()`): the statement, else undefined. */
function awaitedStatementOf(call: TSESTree.CallExpression): TSESTree.ExpressionStatement | undefined {
  const started = startStatementOf(call);
  return started?.awaited ? started.statement : undefined;
}

export function pollingStartOf(model: GrammyModel, call: TSESTree.CallExpression): PollingStart | undefined {
  const member = calleeMember(call);
  // A subclass's own `start` is not grammY's (it may run the runner itself: that `run` is the start).
  if (member?.name === "start" && model.is(member.member.object, "Bot") && !model.ownBotMethodOf(member.member)) {
    return { call, how: "start", bot: member.member.object, awaitedStatement: awaitedStatementOf(call) };
  }
  // `run(bot)`, `runner.run(bot)` with `import * as runner`, `require("@grammyjs/runner").run(bot)`.
  // Through a member, only a `run` can be it: other calls are not asked what their callee is.
  const [bot] = call.arguments;
  if (!bot || bot.type === "SpreadElement" || (member && member.name !== "run")) return undefined;
  const exported = model.exportOf(skipTransparent(call.callee));
  return exported?.module === "runner" && exported.name === "run"
    ? { call, how: "run", bot, awaitedStatement: undefined }
    : undefined;
}

/**
 * The expression statement a start call heads, seen through promise chains, `await` and `void`:
 * `bot.start();`, `await bot.start();`, `bot.start().catch(h);`, `void bot.start();`. `awaited`
 * says whether the statement completes only when the start's promise settles.
 */
export function startStatementOf(
  call: TSESTree.CallExpression,
): { statement: TSESTree.ExpressionStatement; awaited: boolean } | undefined {
  let { parent, node } = transparentParent(call);
  let awaited = false;
  for (;;) {
    if (
      parent?.type === "MemberExpression" &&
      parent.object === node &&
      parent.parent.type === "CallExpression" &&
      parent.parent.callee === parent &&
      promiseChainMethods.has(staticMemberName(parent) ?? "")
    ) {
      ({ parent, node } = transparentParent(parent.parent));
    } else if (parent?.type === "AwaitExpression") {
      awaited = true;
      ({ parent, node } = transparentParent(parent));
    } else if (parent?.type === "UnaryExpression" && parent.operator === "void") {
      ({ parent, node } = transparentParent(parent));
    } else {
      break;
    }
  }
  return parent?.type === "ExpressionStatement" ? { statement: parent, awaited } : undefined;
}

/**
 * The start call an `await` waits for, seen down through promise chains and `void`:
 * `await bot.start()`, `await bot.start().catch(h)`, `await (void bot.start())`. The converse of
 * `startStatementOf` (which confirms the await heads a statement); undefined for anything else.
 */
export function awaitedStartCall(node: TSESTree.AwaitExpression): TSESTree.CallExpression | undefined {
  let current = skipTransparent(node.argument);
  for (;;) {
    if (current.type === "AwaitExpression" || (current.type === "UnaryExpression" && current.operator === "void")) {
      current = skipTransparent(current.argument);
      continue;
    }
    if (current.type !== "CallExpression") return undefined;
    const member = calleeMember(current);
    if (member?.name === "start") return current;
    if (!member || !promiseChainMethods.has(member.name)) return undefined;
    current = skipTransparent(member.member.object);
  }
}

import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { skipTransparent, staticMemberName } from "./ast";

/** Longest callee text shown in full; longer ones keep their last two segments. */
const maxCalleeLength = 32;

/**
 * How a message names a call: the callee's text and `()`, without whitespace (`ctx.reply()`,
 * `bot.api.sendMessage()`), shortened to its last segments when long (`…api.sendMessage()`).
 */
export function callText(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression | TSESTree.NewExpression): string {
  const callee = skipTransparent(call.callee);
  const prefix = call.type === "NewExpression" ? "new " : "";
  const full = sourceCode
    .getText(callee)
    .replace(/\s+/g, " ")
    .replace(/\s*(\??\.)\s*/g, "$1");
  if (full.length <= maxCalleeLength || callee.type !== "MemberExpression") return `${prefix}${full}()`;
  const name = staticMemberName(callee) ?? "…";
  const object = skipTransparent(callee.object);
  const owner =
    object.type === "Identifier"
      ? object.name
      : object.type === "MemberExpression"
        ? staticMemberName(object)
        : object.type === "ThisExpression"
          ? "this"
          : undefined;
  return `${prefix}…${owner === undefined ? "" : `${owner}.`}${name}()`;
}

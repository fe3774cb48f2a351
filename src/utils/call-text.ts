import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { boundFunctionOf, skipTransparent, staticMemberName } from "./ast";

/** Longest callee text shown in full; longer ones keep their last two segments. */
const maxCalleeLength = 32;

/**
 * How a message names a call: the callee's text and `()`, without whitespace (`ctx.reply()`,
 * `bot.api.sendMessage()`), shortened to its last segments when long (`…api.sendMessage()`).
 */
export function callText(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression | TSESTree.NewExpression): string {
  // `f.call(o, x)`, `f.bind(o)(x)`: named by the function they run, `(a ? f : g)()` in full.
  const bound = call.type === "CallExpression" ? boundFunctionOf(call) : undefined;
  if (bound && bound.type !== "MemberExpression" && bound.type !== "Identifier") {
    return `(${squeeze(sourceCode.getText(skipTransparent(bound)))})()`;
  }
  const callee = skipTransparent(bound ?? call.callee);
  // An IIFE: `(async () => …)()`, `(function send() …)()`.
  if (callee.type === "ArrowFunctionExpression") return `(${callee.async ? "async " : ""}() => …)()`;
  if (callee.type === "FunctionExpression") {
    return `(${callee.async ? "async " : ""}function${callee.generator ? "*" : ""}${callee.id ? ` ${callee.id.name}` : ""}() …)()`;
  }
  const prefix = call.type === "NewExpression" ? "new " : "";
  const full = squeeze(sourceCode.getText(callee));
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

/** Source text on one line, without space around `.` and `?.`. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\s*(\??\.)\s*/g, "$1");
}

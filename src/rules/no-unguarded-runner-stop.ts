import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { fileTouchesGrammy, getGrammyModel, isGuardedRunnerStop, runnerStopOf, type RunnerStop } from "../grammy";
import { skipTransparent, statementList, staticMemberName } from "../utils/ast";
import { createRule } from "../utils/create-rule";
import { squiggleOf } from "../utils/squiggle";
import { startsAfterUnterminatedLine } from "../utils/text";

export type MessageIds = "unguardedStop" | "guardStatement" | "resolveWhenStopped";
export type Options = [];

/**
 * Reports `handle.stop()` on a grammY runner handle that does not run under the same handle's
 * `isRunning()`. On a stopped or crashed runner `stop()` returns `undefined` although it is typed
 * `Promise<void>` (grammy-facts.md, "The runner").
 *
 * The autofix only touches code whose behaviour for a RUNNING runner stays the same:
 * - `h.stop();` / `await h.stop();` / `void h.stop();` as a statement becomes
 *   `if (h.isRunning()) h.stop();`: when running, the same call runs; its value was dropped anyway.
 * - `() => h.stop()` becomes `() => h.isRunning() && h.stop()` (the guide's form): when running,
 *   `&&` yields its right side, so the arrow returns the very promise `stop()` returns. Only for a
 *   stopped runner does the arrow return `false` where it returned `undefined` (both falsy, neither a
 *   promise). The arrow's type widens to `false | Promise<void>`, so an arrow with a declared return
 *   type (or an annotated variable) gets the suggestion below instead.
 * Elsewhere the stop's value is used (`const p = h.stop()`, `return h.stop()`, `h.stop().then()`),
 * and suggestions are offered: `(h.isRunning() ? h.stop() : Promise.resolve())`, which keeps the
 * value a promise for a stopped runner (so `.then()` no longer throws), and, when the stop heads a
 * statement, running the whole statement only while the runner runs.
 */
export default createRule<Options, MessageIds>({
  name: "no-unguarded-runner-stop",
  meta: {
    type: "problem",
    docs: {
      description: "Require `isRunning()` of the same grammY runner handle before calling its `stop()`",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    messages: {
      unguardedStop:
        "`{{handle}}.stop()` also runs once the runner has stopped or crashed (a second signal, a fatal error), where it returns `undefined` instead of a promise and the shutdown runs twice; call it only while `{{handle}}.isRunning()` is true.",
      guardStatement: "Run this statement only while `{{handle}}.isRunning()` is true",
      resolveWhenStopped:
        "Call `{{handle}}.stop()` only while `{{handle}}.isRunning()` is true and use a resolved promise otherwise",
    },
    languages: ["js/js"],
  },
  defaultOptions: [],
  create(context) {
    if (!fileTouchesGrammy(context)) return {};
    const model = getGrammyModel(context);
    const sourceCode = context.sourceCode;

    return {
      CallExpression(call) {
        const stop = runnerStopOf(model, call);
        if (!stop || isGuardedRunnerStop(model, stop)) return;
        const data = { handle: sourceCode.getText(skipTransparent(stop.handle)) };
        // Guarding repeats the handle expression: only when reading it twice is harmless.
        if (!isPlainReference(stop.handle)) {
          context.report({ node: call, loc: squiggleOf(sourceCode, call), messageId: "unguardedStop", data });
          return;
        }
        const guard = isRunningText(sourceCode, stop);
        // The stop as one expression: `h?.stop()` is a chain around the call.
        const unit: TSESTree.Expression = call.parent.type === "ChainExpression" ? call.parent : call;
        const statement = statementHeadedBy(unit);

        if (statement && !statement.chained) {
          context.report({
            node: call,
            loc: squiggleOf(sourceCode, call),
            messageId: "unguardedStop",
            data,
            fix: (fixer) => fixer.replaceText(statement.node, guardedStatement(sourceCode, statement.node, guard)),
          });
          return;
        }
        const arrow = unit.parent;
        if (arrow.type === "ArrowFunctionExpression" && arrow.body === unit && !hasDeclaredReturnType(arrow)) {
          context.report({
            node: call,
            loc: squiggleOf(sourceCode, call),
            messageId: "unguardedStop",
            data,
            fix: (fixer) => fixer.insertTextBefore(unit, `${guard} && `),
          });
          return;
        }

        const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
        if (statement) {
          suggest.push({
            messageId: "guardStatement",
            data,
            fix: (fixer) => fixer.replaceText(statement.node, guardedStatement(sourceCode, statement.node, guard)),
          });
        }
        if (isUnshadowed(sourceCode, call, "Promise")) {
          const conditional = `${guard} ? ${sourceCode.getText(unit)} : Promise.resolve()`;
          suggest.push({
            messageId: "resolveWhenStopped",
            data,
            fix: (fixer) =>
              fixer.replaceText(
                unit,
                // A line starting with `(` could join the line before it (ASI); `Promise.resolve(p)`
                // of a native promise is that same promise, so this form behaves the same.
                startsAfterUnterminatedLine(sourceCode, unit)
                  ? `Promise.resolve(${guard} ? ${sourceCode.getText(unit)} : undefined)`
                  : needsParentheses(sourceCode, unit)
                    ? `(${conditional})`
                    : conditional,
              ),
          });
        }
        context.report({ node: call, loc: squiggleOf(sourceCode, call), messageId: "unguardedStop", data, suggest });
      },
    };
  },
});

/** `runner`, `this.runner`, `deps.runners["main"]`: reading it again has no side effects. */
function isPlainReference(node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  switch (inner.type) {
    case "Identifier":
    case "ThisExpression":
      return true;
    case "MemberExpression":
      return (
        (!inner.computed || inner.property.type === "Identifier" || staticMemberName(inner) !== undefined) &&
        isPlainReference(inner.object)
      );
    default:
      return false;
  }
}

/** `h.isRunning()` written like the stop's callee: `h?.isRunning()`, `(h as RunnerHandle).isRunning()`. */
function isRunningText(sourceCode: Readonly<TSESLint.SourceCode>, stop: RunnerStop): string {
  const { member, call } = stop;
  const text = sourceCode.text;
  const before = text.slice(member.range[0], member.property.range[0]);
  const after = text.slice(member.property.range[1], member.range[1]);
  const name = member.computed ? '"isRunning"' : "isRunning";
  return `${before}${name}${after}${call.optional ? "?.()" : "()"}`;
}

/**
 * The expression statement the stop heads: `h.stop();`, `await h.stop();`, `void h.stop();`
 * (`chained: false`), or `h.stop().then(...);` where the stop starts a call chain (`chained: true`).
 */
function statementHeadedBy(
  unit: TSESTree.Expression,
): { node: TSESTree.ExpressionStatement; chained: boolean } | undefined {
  let current: TSESTree.Node = unit;
  let chained = false;
  for (;;) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === "ExpressionStatement") return { node: parent, chained };
    if (
      parent.type === "AwaitExpression" ||
      parent.type === "ChainExpression" ||
      (parent.type === "UnaryExpression" && parent.operator === "void")
    ) {
      current = parent;
    } else if (
      parent.type === "MemberExpression" &&
      parent.object === current &&
      parent.parent.type === "CallExpression" &&
      parent.parent.callee === parent
    ) {
      current = parent.parent;
      chained = true;
    } else {
      return undefined;
    }
  }
}

/** `if (guard) statement`, in braces where a bare `if` could capture a following `else`. */
function guardedStatement(
  sourceCode: Readonly<TSESLint.SourceCode>,
  statement: TSESTree.ExpressionStatement,
  guard: string,
): string {
  const guarded = `if (${guard}) ${sourceCode.getText(statement)}`;
  return statementList(statement.parent) ? guarded : `{ ${guarded} }`;
}

/** An arrow whose return type is written down: `&&` would widen it with `false`. */
function hasDeclaredReturnType(arrow: TSESTree.ArrowFunctionExpression): boolean {
  if (arrow.returnType) return true;
  const parent = arrow.parent;
  switch (parent.type) {
    case "TSAsExpression":
    case "TSSatisfiesExpression":
    case "TSTypeAssertion":
      return true;
    case "VariableDeclarator":
      return parent.id.typeAnnotation !== undefined;
    case "PropertyDefinition":
    case "AccessorProperty":
      return parent.typeAnnotation !== undefined;
    case "AssignmentPattern":
      return parent.left.typeAnnotation !== undefined;
    default:
      return false;
  }
}

/** Whether a conditional expression put in place of `node` needs parentheses. */
function needsParentheses(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const before = sourceCode.getTokenBefore(node);
  const after = sourceCode.getTokenAfter(node);
  if (before?.value === "(" && after?.value === ")") return false;
  const parent = node.parent;
  switch (parent?.type) {
    case "VariableDeclarator":
      return parent.init !== node;
    case "ReturnStatement":
    case "ArrayExpression":
    case "TemplateLiteral":
      return false;
    case "CallExpression":
    case "NewExpression":
      return parent.callee === node;
    case "Property":
      return parent.value !== node;
    case "AssignmentExpression":
      return parent.right !== node;
    case "ArrowFunctionExpression":
      return parent.body !== node;
    default:
      return true;
  }
}

/** Whether `name` at `node` is the global of that name (no local declaration shadows it). */
function isUnshadowed(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): boolean {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable) return variable.defs.length === 0;
  }
  return true;
}

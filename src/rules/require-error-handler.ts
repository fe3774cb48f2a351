import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import {
  errorBoundaryOf,
  errorHandlerInstallOf,
  fileTouchesGrammy,
  getGrammyModel,
  pollingStartOf,
  runsAfter,
  visibleBotOrigin,
  type PollingStart,
} from "../grammy";
import { enclosingFunction, isFunction, skipTransparent, type FunctionNode } from "../utils/ast";
import { createRule } from "../utils/create-rule";
import { calleeSquiggleOf, squiggleOf } from "../utils/squiggle";
import { lineBreakOf } from "../utils/text";
import { helperListSchema } from "../utils/helper-schema";

export type MessageIds =
  | "missingHandler"
  | "missingHandlerRunner"
  | "catchAssignment"
  | "addErrorHandler"
  | "callCatch";
export type Options = [{ errorHandlerHelpers?: { module: string; name: string }[] }];

/** Something that protects a bot's middleware: `bot.catch(h)`, `bot.errorHandler = h`, a boundary. */
interface Protection {
  readonly node: TSESTree.Node;
  /** `model.identityOf` the bot it protects. */
  readonly bot: object | undefined;
  /** `bot.catch = h`: protects nothing, reported on its own; its bot's start is not reported again. */
  readonly attempted: boolean;
}

export default createRule<Options, MessageIds>({
  name: "require-error-handler",
  meta: {
    type: "problem",
    docs: {
      description: "Require an error handler (`bot.catch`) for bots that poll for updates",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          errorHandlerHelpers: helperListSchema(
            "Functions from packages that install an error handler on the bot they are handed, e.g. `{ \"module\": \"@acme/bot-kit\", \"name\": \"setupErrors\" }` (`\"default\"` for a default export).",
          ),
        },
      },
    ],
    messages: {
      missingHandler:
        "This bot polls for updates but has no error handler; grammY's default handler stops the bot at the first error. Add `{{bot}}.catch(...)` before starting.",
      missingHandlerRunner:
        "This bot runs under the grammY runner but has no error handler; the default handler only logs each error, and the update that failed is lost. Add `{{bot}}.catch(...)` before starting the runner.",
      catchAssignment:
        "`{{bot}}.catch = ...` replaces the method and installs no error handler, so grammY's default handler stays in place. Call `{{bot}}.catch(handler)` instead.",
      addErrorHandler: "Add `{{bot}}.catch(...)` that logs the failing update and its error",
      callCatch: "Call `{{bot}}.catch(...)` with this handler",
    },
    languages: ["js/js"],
  },
  defaultOptions: [{ errorHandlerHelpers: [] }],
  create(context, [options]) {
    if (!fileTouchesGrammy(context)) return {};
    const model = getGrammyModel(context);
    const sourceCode = context.sourceCode;

    const starts: PollingStart[] = [];
    const protections: Protection[] = [];
    /** Calls that may install a handler: asked what they are only if the file starts a bot. */
    const otherCalls: TSESTree.CallExpression[] = [];
    const returns = new Map<FunctionNode, TSESTree.Expression[]>();

    return {
      CallExpression(call) {
        const start = pollingStartOf(model, call);
        if (start) starts.push(start);
        else otherCalls.push(call);
      },
      AssignmentExpression(assignment) {
        const install = errorHandlerInstallOf(model, assignment);
        if (!install) return;
        const attempted = install.how === "catchAssignment";
        protections.push({ node: assignment, bot: model.identityOf(install.bot), attempted });
        if (!attempted) return;
        const bot = botName(sourceCode, install.bot);
        context.report({
          node: assignment,
          loc: squiggleOf(sourceCode, assignment.left),
          messageId: "catchAssignment",
          data: { bot },
          suggest:
            assignment.parent.type === "ExpressionStatement"
              ? [
                  {
                    messageId: "callCatch",
                    data: { bot },
                    fix: callFix(sourceCode, assignment),
                  },
                ]
              : [],
        });
      },
      ReturnStatement(statement) {
        const fn = enclosingFunction(statement);
        if (!fn || !statement.argument) return;
        const list = returns.get(fn) ?? [];
        list.push(statement.argument);
        returns.set(fn, list);
      },
      "Program:exit"() {
        if (starts.length === 0) return;
        for (const call of otherCalls) {
          const install = errorHandlerInstallOf(model, call);
          if (install) {
            protections.push({ node: call, bot: model.identityOf(install.bot), attempted: false });
            continue;
          }
          const boundary = errorBoundaryOf(model, call);
          if (boundary?.protects) protections.push({ node: call, bot: model.identityOf(boundary.bot), attempted: false });
        }
        const returnsOf = (fn: FunctionNode): readonly TSESTree.Node[] => returns.get(fn) ?? [];
        for (const start of starts) {
          // After `await bot.start()` in the same flow, a handler is installed once the bot has stopped.
          const inTime = (node: TSESTree.Node): boolean =>
            !(start.awaitedStatement && runsAfter(node, start.awaitedStatement));
          // The handler of this very binding, in this file: no need to look where the bot comes from.
          const direct = model.identityOf(start.bot);
          if (direct !== undefined && protections.some((protection) => protection.bot === direct && inTime(protection.node))) {
            continue;
          }
          // Only a bot whose whole setup this file sees: one from elsewhere may have its handler there.
          const origin = visibleBotOrigin(model, start.bot, returnsOf, options);
          if (!origin || origin.installedElsewhere) continue;
          const found = protections.filter(
            (protection) => protection.bot !== undefined && origin.identities.has(protection.bot) && inTime(protection.node),
          );
          // A helper handed the bot (`setupErrorHandling(bot)`) installs it, unless only once the bot has stopped.
          const installed = origin.installs.some(inTime);
          if (found.length > 0 || installed) continue;
          const bot = botName(sourceCode, start.bot);
          const statement = insertionPoint(start.call);
          const name = skipTransparent(start.bot);
          context.report({
            node: start.call,
            loc: calleeSquiggleOf(sourceCode, start.call),
            messageId: start.how === "run" ? "missingHandlerRunner" : "missingHandler",
            data: { bot },
            suggest:
              statement && name.type === "Identifier"
                ? [
                    {
                      messageId: "addErrorHandler",
                      data: { bot },
                      fix: (fixer) => fixer.insertTextBefore(statement, handlerText(sourceCode, statement, name.name)),
                    },
                  ]
                : [],
          });
        }
      },
    };
  },
});

/** The bot as the messages name it: its source text when short and simple, else `bot`. */
function botName(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const inner = skipTransparent(node);
  const text = sourceCode.getText(inner);
  const simple = inner.type === "Identifier" || (inner.type === "MemberExpression" && !inner.computed);
  return simple && text.length <= 40 && !text.includes("\n") ? text : "bot";
}

/** `bot.catch = handler` as `bot.catch(handler)`. */
function callFix(
  sourceCode: Readonly<TSESLint.SourceCode>,
  assignment: TSESTree.AssignmentExpression,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] {
  return (fixer) => {
    // `bot.catch = h` -> `bot.catch(h)`: the ` = ` becomes `(`, and `)` closes after the handler.
    // Comments around the `=` stay where they are; only the `=` itself is replaced then.
    const equals = sourceCode.getTokenAfter(assignment.left, (token) => token.value === "=");
    const next = equals && sourceCode.getTokenAfter(equals, { includeComments: true });
    if (!equals || !next) return [];
    const between: [number, number] = [assignment.left.range[1], next.range[0]];
    const commented = sourceCode.getCommentsInside(assignment).some(
      (comment) => comment.range[0] >= between[0] && comment.range[1] <= between[1],
    ) || next.type === "Block" || next.type === "Line";
    return [
      commented ? fixer.replaceText(equals, "(") : fixer.replaceTextRange(between, "("),
      fixer.insertTextAfterRange(assignment.range, ")"),
    ];
  };
}

/**
 * The statement before which the handler can be inserted: the start's own expression statement
 * or declaration (`await bot.start();`, `const runner = run(bot);`), directly in a block or the
 * module body, not inside a callback.
 */
function insertionPoint(call: TSESTree.CallExpression): TSESTree.Statement | undefined {
  let current: TSESTree.Node = call;
  while (current.parent && !isFunction(current) && !isStatement(current)) current = current.parent;
  if (current.type !== "ExpressionStatement" && current.type !== "VariableDeclaration") return undefined;
  const statement: TSESTree.Statement =
    current.parent.type === "ExportNamedDeclaration" ? current.parent : current;
  const list = statement.parent.type;
  return list === "Program" || list === "BlockStatement" || list === "StaticBlock" || list === "SwitchCase"
    ? statement
    : undefined;
}

function isStatement(node: TSESTree.Node): boolean {
  return node.type.endsWith("Statement") || node.type.endsWith("Declaration");
}

/** grammY's error-handling guide's handler, on its own lines at the statement's indentation. */
function handlerText(sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Statement, bot: string): string {
  const line = sourceCode.lines[statement.loc.start.line - 1] ?? "";
  const indent = /^\s*/.exec(line)?.[0] ?? "";
  const step = indent.includes("\t") ? "\t" : "  ";
  const log = "console.error(`Error while handling update ${err.ctx.update.update_id}:`, err.error);";
  const eol = lineBreakOf(sourceCode);
  return `${bot}.catch((err) => {${eol}${indent}${step}${log}${eol}${indent}});${eol}${indent}`;
}

import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember } from "../utils/ast";
import { findVariable, type Variable } from "../utils/scope";
import { valueUse } from "../utils/value-use";
import type { GrammyModel } from "./model";

/** An error boundary installed at a bot's root: `bot.errorBoundary(handler, ...middleware)`. */
export interface ErrorBoundary {
  readonly call: TSESTree.CallExpression;
  /** The bot expression (`bot` in `bot.errorBoundary(...)`). */
  readonly bot: TSESTree.Node;
  /**
   * Whether it protects some of the bot's middleware: it wraps middleware given to it, or
   * middleware is installed on the composer it returns (`const safe = bot.errorBoundary(h);
   * safe.on(...)`, `bot.errorBoundary(h).use(...)`). Also true when the composer goes where this
   * file cannot follow it (handed to a function, exported): unknown is not "protects nothing".
   * False when it wraps nothing and its composer is thrown away or never given middleware.
   */
  readonly protects: boolean;
}

/** `bot.errorBoundary(...)` on a Bot (a composer's boundary protects only that composer). */
export function errorBoundaryOf(model: GrammyModel, call: TSESTree.CallExpression): ErrorBoundary | undefined {
  const member = calleeMember(call);
  if (member?.name !== "errorBoundary" || !model.is(member.member.object, "Bot")) return undefined;
  const wrapsMiddleware = call.arguments.length >= 2;
  return { call, bot: member.member.object, protects: wrapsMiddleware || composerGetsMiddleware(model, call) };
}

/** Whether middleware is (or may be) installed on the composer a registration call returns. */
function composerGetsMiddleware(
  model: GrammyModel,
  composer: TSESTree.Node,
  seen: Set<Variable> = new Set(),
): boolean {
  const use = valueUse(composer);
  switch (use.kind) {
    case "discarded":
    case "other":
      return false;
    case "memberObject": {
      const call = use.member.parent;
      // `safe.on(...)`: installed; `safe.middleware()`: nothing is; `fn(safe.use)`: cannot tell.
      if (call.type !== "CallExpression" || call.callee !== use.member) return true;
      return model.registrationTarget(call) !== undefined;
    }
    case "argument":
      // `bot.use(bot.errorBoundary(h))` installs the empty composer once more; any other function
      // may install middleware on it.
      return use.call.type !== "CallExpression" || model.registrationTarget(use.call) === undefined;
    case "declared":
    case "assigned": {
      if (use.id.parent.parent?.parent?.type === "ExportNamedDeclaration") return true; // `export const safe = ...`
      const variable = findVariable(model.sourceCode, use.id);
      if (!variable) return true;
      if (seen.has(variable)) return false; // `a = b; b = a;`: already being looked at
      seen.add(variable);
      return variable.references.some(
        (reference) => reference.isRead() && composerGetsMiddleware(model, reference.identifier, seen),
      );
    }
    case "returned":
    case "stored":
      return true;
  }
}

import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import {
  errorHandlerInstallOf,
  executorRejection,
  fileTouchesGrammy,
  getGrammyModel,
  isFilterQueryRegistration,
  isProcess,
  signalListenerOf,
  type GrammyModel,
} from "../grammy";
import { calleeMember, enclosingFunction, isFunction, skipTransparent, staticMemberName, transparentParent, type FunctionNode } from "../utils/ast";
import { isUnshadowedGlobal } from "../utils/scope";
import { callText } from "../utils/call-text";
import { createRule } from "../utils/create-rule";
import { squiggleOf } from "../utils/squiggle";
import { dropsCallbackResult, promiseUsage, type CallbackDrop, type FloatingPromise, type PromiseFloat } from "../utils/promise-usage";

export type Options = [{ ignoreVoid: boolean }];
/** The main messages: inside middleware a rejection bypasses `bot.catch`; elsewhere it is unhandled. */
type FloatingMessageId =
  | "floating"
  | "floatingHelper"
  | "floatingReference"
  | "floatingVoid"
  | "floatingThen"
  | "floatingFinally"
  | "floatingCallback"
  | "floatingInCallback"
  | "floatingMap"
  | "floatingMember";
export type MessageIds =
  | FloatingMessageId
  | `${FloatingMessageId}OutsideMiddleware`
  | "addAwait"
  | "awaitBeforeMember"
  | "addCatch"
  | "wrapPromiseAll"
  | "wrapReference";

const messageIdOf: Readonly<Record<PromiseFloat, FloatingMessageId>> = {
  discarded: "floating",
  void: "floatingVoid",
  then: "floatingThen",
  finally: "floatingFinally",
  dropped: "floatingCallback",
  awaitedInDropped: "floatingInCallback",
  map: "floatingMap",
  member: "floatingMember",
};

/** What the `.catch()` suggestion appends: log, so that the failure is seen and nothing crashes. */
const catchHandler = ".catch((error) => console.error(error))";

export default createRule<Options, MessageIds>({
  name: "no-floating-promises",
  meta: {
    type: "problem",
    docs: {
      description: "Require every grammY promise to be awaited, returned or caught",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          ignoreVoid: {
            type: "boolean",
            description:
              "Treat `void promise` as handled, for teams that use `void` to mean \"fire and forget; a rejection may crash the process\".",
          },
        },
      },
    ],
    messages: {
      floating:
        "`{{call}}` is neither awaited nor caught; if it rejects, the error bypasses bot.catch and crashes the process. Await it, return it, or end it with .catch().",
      floatingHelper:
        "`{{call}}` is neither awaited nor caught, and it passes on the rejection of `{{carried}}`; if that rejects, the error bypasses bot.catch and crashes the process. Await it, return it, or end it with .catch().",
      floatingReference:
        "`{{reference}}` is handed to `{{caller}}`, which ignores the promise it returns; if it rejects, the error bypasses bot.catch and crashes the process. Hand over a function that ends it with .catch().",
      floatingVoid:
        "`void` does not catch `{{call}}`; if it rejects, the error bypasses bot.catch and crashes the process. Await it, return it, or end it with .catch().",
      floatingThen:
        "`{{call}}` ends in .then() without a rejection handler; if it rejects, the error bypasses bot.catch and crashes the process. Await it, return it, or add .catch().",
      floatingFinally:
        "`{{call}}` ends in .finally(), which passes rejections on; if it rejects, the error bypasses bot.catch and crashes the process. Await it, return it, or add .catch().",
      floatingCallback:
        "`{{call}}` is returned to `{{caller}}`, which ignores the promise; if it rejects, the error bypasses bot.catch and crashes the process. End it with .catch() inside the callback.",
      floatingInCallback:
        "`{{call}}` is awaited inside an async callback whose promise `{{caller}}` ignores; if it rejects, the error bypasses bot.catch and crashes the process. Catch it inside the callback: try/catch, or end it with .catch().",
      floatingMap:
        "The promises of `{{call}}` in this .map() are never awaited; if one rejects, the error bypasses bot.catch and crashes the process. Await them with Promise.all(), or end each with .catch().",
      floatingMember:
        "`{{property}}` is read from the promise of `{{call}}`, not from its result, and the promise itself is neither awaited nor caught; if it rejects, the error bypasses bot.catch and crashes the process. Await the call before reading: `(await {{call}}){{property}}`.",
      floatingOutsideMiddleware:
        "`{{call}}` is neither awaited nor caught; if it rejects, the rejection is unhandled and ends the process (Node.js 15 and later, Deno). Await it, return it, or end it with .catch().",
      floatingHelperOutsideMiddleware:
        "`{{call}}` is neither awaited nor caught, and it passes on the rejection of `{{carried}}`; if that rejects, the rejection is unhandled and ends the process (Node.js 15 and later, Deno). Await it, return it, or end it with .catch().",
      floatingReferenceOutsideMiddleware:
        "`{{reference}}` is handed to `{{caller}}`, which ignores the promise it returns; if it rejects, the rejection is unhandled and ends the process (Node.js 15 and later, Deno). Hand over a function that ends it with .catch().",
      floatingVoidOutsideMiddleware:
        "`void` does not catch `{{call}}`; if it rejects, the rejection is unhandled and ends the process (Node.js 15 and later, Deno). Await it, return it, or end it with .catch().",
      floatingThenOutsideMiddleware:
        "`{{call}}` ends in .then() without a rejection handler; if it rejects, the rejection is unhandled and ends the process (Node.js 15 and later, Deno). Await it, return it, or add .catch().",
      floatingFinallyOutsideMiddleware:
        "`{{call}}` ends in .finally(), which passes rejections on; if it rejects, the rejection is unhandled and ends the process (Node.js 15 and later, Deno). Await it, return it, or add .catch().",
      floatingCallbackOutsideMiddleware:
        "`{{call}}` is returned to `{{caller}}`, which ignores the promise; if it rejects, the rejection is unhandled and ends the process (Node.js 15 and later, Deno). End it with .catch() inside the callback.",
      floatingInCallbackOutsideMiddleware:
        "`{{call}}` is awaited inside an async callback whose promise `{{caller}}` ignores; if it rejects, the rejection is unhandled and ends the process (Node.js 15 and later, Deno). Catch it inside the callback: try/catch, or end it with .catch().",
      floatingMapOutsideMiddleware:
        "The promises of `{{call}}` in this .map() are never awaited; if one rejects, the rejection is unhandled and ends the process (Node.js 15 and later, Deno). Await them with Promise.all(), or end each with .catch().",
      floatingMemberOutsideMiddleware:
        "`{{property}}` is read from the promise of `{{call}}`, not from its result, and the promise itself is neither awaited nor caught; if it rejects, the rejection is unhandled and ends the process (Node.js 15 and later, Deno). Await the call before reading: `(await {{call}}){{property}}`.",
      addAwait: "Add `await`",
      awaitBeforeMember: "Await the call before reading `{{property}}`",
      addCatch: "Add `.catch()` that logs the error",
      wrapPromiseAll: "Wrap in `await Promise.all(...)`",
      wrapReference: "Wrap in a function that ends it with `.catch()`",
    },
    languages: ["js/js"],
  },
  defaultOptions: [{ ignoreVoid: false }],
  create(context, [{ ignoreVoid }]) {
    if (!fileTouchesGrammy(context)) return {};
    const model = getGrammyModel(context);
    const sourceCode = context.sourceCode;
    // What the parser actually parsed: under a CommonJS parser option ESLint may still report
    // `languageOptions.sourceType` as "module", and top-level `await` would not parse.
    const topLevelAwait = sourceCode.ast.sourceType === "module";

    return {
      CallExpression(node) {
        checkReferences(node);
        // Two questions: is the call grammY's, and where does its value go. Names rule most calls
        // out at once; then where the value goes is cheap to see, and only a call that floats is
        // asked what its callee is (following imports into other modules, or, with types, a
        // signature resolution). Most grammY calls are awaited and never cost that.
        if (!model.mayBePromiseCall(node)) return;
        const usage = promiseUsage(node, {
          sourceCode,
          ignoreVoid,
          awaitsCallbacks,
          acceptsDrop: (drop) => isShutdownStop(model, node, drop),
        });
        if (!usage) return;
        if (usage.how === "awaitedInDropped" && usage.dropper && listensAsProcessEnds(model, usage.dropper.call)) return;
        const promise = model.promiseCall(node);
        if (!promise) return;
        // Returned into a chain on another grammY promise (`ctx.reply(t).then(() => conversation.halt())`):
        // one floating chain, reported at its head.
        if (usage.promise !== node) {
          const head = model.grammyChainHead(usage.promise);
          if (head && head !== node) return;
        }
        // A chain whose callback does grammY work (`fetch(url).then(async (r) => ...)`): the squiggle
        // covers the chain up to `.then`, not the callback's body.
        const member = promise.chain ? calleeMember(node) : undefined;
        report(node, callText(sourceCode, node), usage, promise.carried, member?.member.property.range[1], promise.array);
      },
      // `new Promise((ok, fail) => ctx.reply(t).then(ok, fail))`: the new promise takes on the
      // call's rejection, and floats like it.
      NewExpression(node) {
        const callee = skipTransparent(node.callee);
        if (callee.type !== "Identifier" || callee.name !== "Promise" || !isFunction(node.arguments[0] ?? callee)) return;
        if (!isUnshadowedGlobal(sourceCode, callee)) return;
        const usage = promiseUsage(node, { sourceCode, ignoreVoid, awaitsCallbacks });
        if (!usage || usage.how === "awaitedInDropped") return;
        const carried = executorRejection(model, node);
        if (carried !== undefined) report(node, callText(sourceCode, node), usage, carried);
      },
      // `` notify`Done` ``: a tag of the project that passes on a grammY rejection.
      TaggedTemplateExpression(node) {
        const usage = promiseUsage(node, { sourceCode, ignoreVoid, awaitsCallbacks });
        if (!usage || usage.how === "awaitedInDropped") return;
        const carried = model.taggedTemplateRejection(node);
        if (carried !== undefined) report(node, `${sourceCode.getText(node.tag)}\`…\``, usage, carried);
      },
    };

    /**
     * Reports a floating grammY promise. A helper of the project that passes on a grammY rejection
     * (`carried`), thrown away: the message names that call.
     */
    function report(
      node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.TaggedTemplateExpression,
      call: string,
      usage: FloatingPromise,
      carriedCall: string | undefined,
      headEnd?: number,
      array?: boolean,
    ): void {
      const carried = carriedCall !== undefined && usage.how === "discarded" ? carriedCall : undefined;
      context.report({
        node,
        loc: squiggleOf(sourceCode, node, headEnd),
        messageId: placed(carried !== undefined ? "floatingHelper" : messageIdOf[usage.how], node),
        data: {
          call,
          caller: usage.dropper ? callText(sourceCode, usage.dropper.call) : "",
          property: usage.member ? propertyText(usage.member) : "",
          ...(carried !== undefined && { carried }),
        },
        suggest: array ? arraySuggestions(node, usage) : suggestionsFor(node, usage),
      });
    }

    /**
     * A helper that returns an array of grammY promises: awaiting the array, or `.catch()` on it,
     * handles none of them. Only `await Promise.all(...)` does, where `await` may go.
     */
    function arraySuggestions(node: TSESTree.Node, usage: FloatingPromise): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (usage.promise !== node || (usage.how !== "discarded" && usage.how !== "void")) return [];
      const site = awaitSite(usage.voidExpression ?? node);
      if (!site) return [];
      const voidToken = usage.voidExpression && sourceCode.getFirstToken(usage.voidExpression);
      return [
        {
          messageId: "wrapPromiseAll",
          fix: (fixer) => [
            ...makeAsync(fixer, site.asyncFor),
            ...(voidToken ? [fixer.replaceText(voidToken, "await")] : []),
            fixer.replaceText(node, `${voidToken ? "" : "await "}Promise.all(${sourceCode.getText(node)})`),
          ],
        },
      ];
    }

    /**
     * `setTimeout(reply.delete, 5000)`: a grammY promise method handed by reference to a caller
     * that ignores what its callback returns. Cheap first: only callers that drop a result.
     */
    function checkReferences(call: TSESTree.CallExpression): void {
      call.arguments.forEach((argument, index) => {
        const reference = skipTransparent(argument);
        if (reference.type !== "MemberExpression" || !dropsCallbackResult(sourceCode, call, index)) return;
        // Signal listeners (`bot.stop` handed unbound) are require-signal-handlers' to judge.
        if (awaitsCallbacks(call) || signalListenerOf(model, call) || !model.isPromiseMethodReference(reference)) return;
        const text = sourceCode.getText(reference);
        // A timer calls its callback with no arguments: `() => reply.delete().catch(...)` is the same
        // call, with the rejection handled. Other callers pass arguments: no suggestion there.
        const timer = skipTransparent(call.callee).type === "Identifier";
        context.report({
          node: reference,
          loc: squiggleOf(sourceCode, reference),
          messageId: placed("floatingReference", call),
          data: { reference: text, caller: callText(sourceCode, call) },
          suggest: timer
            ? [{ messageId: "wrapReference", fix: (fixer) => fixer.replaceText(argument, `() => ${text}()${catchHandler}`) }]
            : [],
        });
      });
    }

    /** The message for where the promise floats: in middleware (bypasses `bot.catch`) or outside. */
    function placed(id: FloatingMessageId, node: TSESTree.Node): MessageIds {
      return model.runsInMiddleware(node) ? id : `${id}OutsideMiddleware`;
    }

    function awaitsCallbacks(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
      return (
        call.type === "CallExpression" &&
        (model.registrationTarget(call) !== undefined ||
          errorHandlerInstallOf(model, call) !== undefined ||
          // `router.route("a").on("message", ...)`: a composer the model does not know, given middleware.
          isFilterQueryRegistration(call))
      );
    }

    function suggestionsFor(
      call: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.TaggedTemplateExpression,
      usage: FloatingPromise,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (usage.member) return memberSuggestions(usage.member, usage.promise);
      const suggestions: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      const voidToken = usage.voidExpression && sourceCode.getFirstToken(usage.voidExpression);
      const array = usage.array;
      if (array) {
        const site = array.awaited ? { asyncFor: undefined } : awaitSite(usage.voidExpression ?? array.node);
        if (site) {
          suggestions.push({
            messageId: "wrapPromiseAll",
            fix: (fixer) => [
              ...makeAsync(fixer, site.asyncFor),
              ...(voidToken ? [fixer.replaceText(voidToken, "await")] : []),
              fixer.replaceText(
                array.node,
                `${array.awaited || voidToken ? "" : "await "}Promise.all(${sourceCode.getText(array.node)})`,
              ),
            ],
          });
        }
      } else if (usage.awaitTarget) {
        const target = usage.awaitTarget;
        const site = awaitSite(usage.voidExpression ?? target);
        if (site) {
          suggestions.push({
            messageId: "addAwait",
            fix: (fixer) => [
              ...makeAsync(fixer, site.asyncFor),
              voidToken ? fixer.replaceText(voidToken, "await") : fixer.insertTextBefore(target, "await "),
            ],
          });
        }
      }
      // `handle.stop()` and `handle.task()` return undefined once the runner has stopped.
      const maybeUndefined = usage.promise === call && call.type === "CallExpression" && isRunnerHandleCall(model, call);
      suggestions.push({
        messageId: "addCatch",
        fix: (fixer) => fixer.insertTextAfter(usage.promise, `${maybeUndefined ? "?" : ""}${catchHandler}`),
      });
      return suggestions;
    }

    /**
     * `await ctx.api.getMe().id` -> `(await ctx.api.getMe()).id`: only where `await` already is
     * (the read is awaited) or may be (an async function). A statement that starts with `await`
     * keeps it, so that the new `(` cannot join the line before.
     */
    function memberSuggestions(
      member: TSESTree.MemberExpression,
      promise: TSESTree.Node,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const { node: read, parent } = transparentParent(member);
      const awaited = parent?.type === "AwaitExpression" && parent.argument === read ? parent : undefined;
      if (!awaited && !enclosingFunction(member)?.async) return [];
      const awaitToken = awaited && !statementOf(awaited) ? (sourceCode.getFirstToken(awaited) ?? undefined) : undefined;
      // The keyword and the white space after it; a comment there stays.
      const awaitEnd = awaitToken && awaitToken.range[1] + (/^\s*/.exec(sourceCode.text.slice(awaitToken.range[1]))?.[0].length ?? 0);
      return [
        {
          messageId: "awaitBeforeMember",
          data: { property: propertyText(member) },
          fix: (fixer) => [
            ...(awaitToken && awaitEnd !== undefined ? [fixer.removeRange([awaitToken.range[0], awaitEnd])] : []),
            fixer.insertTextBefore(promise, "(await "),
            fixer.insertTextAfter(promise, ")"),
          ],
        },
      ];
    }

    /** `.id`, `?.id`, `["id"]`: the text of a member access after its object. */
    function propertyText(member: TSESTree.MemberExpression): string {
      return sourceCode.text.slice(member.object.range[1], member.range[1]).replace(/^\)+/, "").trim();
    }

    /**
     * Whether `await` may go at `node`: in an async function; in a grammY handler that is not async
     * yet (`asyncFor`: the suggestion marks it `async`); at the top level of an ES module.
     */
    function awaitSite(node: TSESTree.Node): { asyncFor: FunctionNode | undefined } | undefined {
      let current: TSESTree.Node = node;
      for (let parent = node.parent; parent; current = parent, parent = parent.parent) {
        if (isFunction(parent)) {
          if (parent.body !== current) return undefined; // a parameter default
          if (parent.async) return { asyncFor: undefined };
          if (parent.generator || parent.returnType || isMethod(parent)) return undefined;
          const role = model.placeOf(parent)?.role;
          return role && role !== "predicate" ? { asyncFor: parent } : undefined;
        }
        switch (parent.type) {
          case "PropertyDefinition":
          case "AccessorProperty":
          case "StaticBlock":
          case "TSModuleBlock":
            return undefined;
          default:
            break;
        }
      }
      return topLevelAwait ? { asyncFor: undefined } : undefined;
    }
  },
});

/**
 * The guide's canonical shutdown: a stop call (`bot.stop()`, a runner handle's `stop()`, guarded
 * or not) returned from a SIGINT or SIGTERM listener. The process is exiting anyway.
 */
function isShutdownStop(model: GrammyModel, call: TSESTree.CallExpression, drop: CallbackDrop): boolean {
  if (drop.call.type !== "CallExpression") return false;
  if (!drop.direct && !returnedThroughChain(call, drop.callback)) return false;
  const member = calleeMember(call);
  if (member?.name !== "stop" || !model.is(member.member.object, "Bot", "RunnerHandle")) return false;
  const listener = signalListenerOf(model, drop.call);
  if (listener?.listener === undefined || drop.call.arguments.indexOf(listener.listener as TSESTree.CallExpressionArgument) !== drop.index) {
    return false;
  }
  return listener.signals?.some((signal) => signal === "SIGINT" || signal === "SIGTERM") ?? false;
}

/** Promise methods a shutdown may chain on its stop: the process is exiting whatever they do. */
const shutdownChainMethods: ReadonlySet<string> = new Set(["then", "finally", "catch"]);

/**
 * Whether the stop's promise reaches what `fn` returns through `.then(...)`, `.finally(...)` and
 * `.catch(...)` calls only, and a guard's `&&` or `?:` (`() => handle.stop().then(() => log("bye"))`,
 * `{ return runner.isRunning() && runner.stop().finally(exit) }`): the stop, with a log line chained on.
 */
function returnedThroughChain(call: TSESTree.CallExpression, fn: FunctionNode): boolean {
  let node: TSESTree.Node = call;
  for (let hops = 0; hops < 16; hops++) {
    const { node: outer, parent } = transparentParent(node);
    if (parent?.type === "MemberExpression" && parent.object === outer) {
      const name = staticMemberName(parent);
      const chained = transparentParent(parent).parent;
      if (name === undefined || !shutdownChainMethods.has(name) || chained?.type !== "CallExpression") return false;
      node = chained;
      continue;
    }
    // A guard: `runner.isRunning() && runner.stop()`, `(runner.isRunning() ? runner.stop() :
    // Promise.resolve()).then(...)` (what no-unguarded-runner-stop suggests).
    if (
      (parent?.type === "LogicalExpression" && parent.operator === "&&" && parent.right === outer) ||
      (parent?.type === "ConditionalExpression" && parent.test !== outer)
    ) {
      node = parent;
      continue;
    }
    if (parent === fn) return fn.body === outer;
    return parent?.type === "ReturnStatement" && enclosingFunction(parent) === fn;
  }
  return false;
}

/**
 * `process.once("SIGINT", async () => { await stop(); process.exit(0) })`, `process.on(
 * "uncaughtException", ...)`, `Deno.addSignalListener(...)`: listeners that run as the process
 * ends, where a bot is stopped (awaiting the stop is the guide's shutdown written out), and whose
 * signal handling require-signal-handlers judges. What they await is not reported.
 */
function listensAsProcessEnds(model: GrammyModel, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  if (call.type !== "CallExpression") return false;
  if (signalListenerOf(model, call)) return true;
  const member = calleeMember(call);
  return member !== undefined && isProcess(model, member.member.object);
}

function isRunnerHandleCall(model: GrammyModel, call: TSESTree.CallExpression): boolean {
  const member = calleeMember(call);
  return member !== undefined && model.is(member.member.object, "RunnerHandle");
}

function isMethod(fn: FunctionNode): boolean {
  const parent = fn.parent;
  return (
    parent.type === "MethodDefinition" ||
    parent.type === "TSAbstractMethodDefinition" ||
    (parent.type === "Property" && (parent.method || parent.kind !== "init"))
  );
}

/** The expression statement an expression begins, if any. */
function statementOf(node: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
  let current: TSESTree.Node = node;
  for (let parent = node.parent; parent; current = parent, parent = parent.parent) {
    if (parent.type === "ExpressionStatement") return parent;
    if (parent.range[0] !== current.range[0]) return undefined;
  }
  return undefined;
}

function makeAsync(fixer: TSESLint.RuleFixer, fn: FunctionNode | undefined): TSESLint.RuleFix[] {
  return fn ? [fixer.insertTextBefore(fn, "async ")] : [];
}

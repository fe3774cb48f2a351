import type { TSESTree } from "@typescript-eslint/utils";

import { skipTransparent, staticString, type FunctionNode } from "../utils/ast";
import { importOriginOf } from "../utils/import-origin";
import { findVariable, type Variable } from "../utils/scope";
import type { GrammyModel } from "./model";
import { callsIn, functionOf, localFunctionOf, parameterVariable } from "./module-functions";
import { signalListenerOf, type SignalListener } from "./signals";

/** A function named by the package it comes from and its export name (`"default"` for a default export). */
export interface HelperName {
  readonly module: string;
  readonly name: string;
}

/**
 * Shutdown libraries whose callback runs when the process gets a stop signal: where the callback
 * is and which signals they listen to (from their documentation).
 */
interface ShutdownLibrary extends HelperName {
  readonly signals: readonly string[];
  /** The callback: the first function-like argument, or these properties of the options object. */
  readonly callback: "argument" | { readonly properties: readonly string[]; readonly signalOptions: true };
}

const libraries: readonly ShutdownLibrary[] = [
  // onShutdown(handler), onShutdown(name, handler), onShutdown(name, dependencies, handler)
  { module: "node-graceful-shutdown", name: "onShutdown", signals: ["SIGINT", "SIGTERM", "SIGQUIT"], callback: "argument" },
  // closeWithGrace([options], fn)
  { module: "close-with-grace", name: "default", signals: ["SIGINT", "SIGTERM"], callback: "argument" },
  // exitHook(fn), asyncExitHook(fn, options)
  { module: "exit-hook", name: "default", signals: ["SIGINT", "SIGTERM"], callback: "argument" },
  { module: "exit-hook", name: "asyncExitHook", signals: ["SIGINT", "SIGTERM"], callback: "argument" },
  // exitHook(fn) of async-exit-hook: SIGINT, SIGTERM, SIGHUP and SIGBREAK
  { module: "async-exit-hook", name: "default", signals: ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"], callback: "argument" },
  // createTerminus(server, { signal = "SIGTERM", signals = [], onSignal, beforeShutdown, onShutdown })
  {
    module: "@godaddy/terminus",
    name: "createTerminus",
    signals: ["SIGTERM"],
    callback: { properties: ["beforeShutdown", "onSignal", "onShutdown"], signalOptions: true },
  },
];

/**
 * Signal listeners registered through a shutdown helper: a shutdown library, a helper named in the
 * rule's `shutdownHelpers` option (its callback is taken to run on every signal), or a function of
 * the project that registers its callback parameter with `process.on("SIGINT", ...)` (also through
 * further such functions). One listener per callback; `call` is the helper call.
 */
export function shutdownListenersOf(
  model: GrammyModel,
  call: TSESTree.CallExpression,
  helpers: readonly HelperName[] = [],
): SignalListener[] {
  return new HelperAnalysis(helpers).listeners(model, call, 0);
}

/** Every signal listener a call registers: `process.once(...)`, `Deno.addSignalListener(...)` or a shutdown helper. */
export function signalListenersOf(
  model: GrammyModel,
  call: TSESTree.CallExpression,
  helpers: readonly HelperName[] = [],
): SignalListener[] {
  const direct = signalListenerOf(model, call);
  return direct ? [direct] : shutdownListenersOf(model, call, helpers);
}

export function matchesHelper(origin: HelperName | undefined, helpers: readonly HelperName[]): boolean {
  return origin !== undefined && helpers.some((helper) => helper.module === origin.module && helper.name === origin.name);
}

/** How many helper functions deep a registration is followed (`onShutdown` -> `register` -> `process.on`). */
const maxHelperDepth = 6;

class HelperAnalysis {
  private readonly registered = new Map<FunctionNode, readonly { index: number; signals: readonly string[] | undefined; runtime: SignalListener["runtime"] }[]>();

  constructor(private readonly helpers: readonly HelperName[]) {}

  listeners(model: GrammyModel, call: TSESTree.CallExpression, depth: number): SignalListener[] {
    const callee = skipTransparent(call.callee);
    const origin = importOriginOf(model.sourceCode, callee);
    if (origin) {
      const library = libraries.find((candidate) => candidate.module === origin.module && candidate.name === origin.name);
      if (library) return libraryListeners(call, library);
      if (matchesHelper(origin, this.helpers)) {
        const listener = firstCallback(call);
        return listener ? [{ call, runtime: "node", signals: undefined, listener }] : [];
      }
    }
    // A project function: called by its name (`onShutdown(...)`, imported or not), with a callback.
    if (callee.type !== "Identifier" || depth >= maxHelperDepth) return [];
    if (!call.arguments.some((argument) => isCallbackLike(model, argument))) return [];
    const target = functionOf(model, callee);
    if (!target) return [];
    const listeners: SignalListener[] = [];
    for (const registration of this.registrations(target.model, target.fn, depth)) {
      const listener = call.arguments[registration.index];
      if (listener && listener.type !== "SpreadElement") {
        listeners.push({ call, runtime: registration.runtime, signals: registration.signals, listener });
      }
    }
    return listeners;
  }

  /** Which parameters of a function it registers as a signal listener, and for which signals. */
  private registrations(
    model: GrammyModel,
    fn: FunctionNode,
    depth: number,
  ): readonly { index: number; signals: readonly string[] | undefined; runtime: SignalListener["runtime"] }[] {
    const cached = this.registered.get(fn);
    if (cached) return cached;
    this.registered.set(fn, []); // recursion guard
    const parameters = fn.params.map((_, index) => parameterVariable(model, fn, index));
    const found: { index: number; signals: readonly string[] | undefined; runtime: SignalListener["runtime"] }[] = [];
    for (const inner of callsIn(model, fn.body)) {
      const direct = signalListenerOf(model, inner);
      const listeners = direct ? [direct] : this.listeners(model, inner, depth + 1);
      for (const listener of listeners) {
        parameters.forEach((parameter, index) => {
          if (parameter && listener.listener && invokes(model, listener.listener, parameter)) {
            found.push({ index, signals: listener.signals, runtime: listener.runtime });
          }
        });
      }
    }
    this.registered.set(fn, found);
    return found;
  }
}

function libraryListeners(call: TSESTree.CallExpression, library: ShutdownLibrary): SignalListener[] {
  if (library.callback === "argument") {
    const listener = firstCallback(call);
    return listener ? [{ call, runtime: "node", signals: library.signals, listener }] : [];
  }
  const options = call.arguments.map((argument) => skipTransparent(argument)).find((argument) => argument.type === "ObjectExpression");
  if (options?.type !== "ObjectExpression") return [];
  const property = (name: string): TSESTree.Node | undefined => {
    for (const candidate of options.properties) {
      if (candidate.type !== "Property" || candidate.kind !== "init") continue;
      const key = candidate.computed ? staticString(candidate.key) : candidate.key.type === "Identifier" ? candidate.key.name : staticString(candidate.key);
      if (key === name) return candidate.value;
    }
    return undefined;
  };
  // `signal` (default SIGTERM) and `signals`; unknown when not literal.
  let signals: string[] | undefined = [];
  const single = property("signal");
  if (single) {
    const value = staticString(single);
    if (value === undefined) signals = undefined;
    else signals.push(value);
  } else signals.push(...library.signals);
  const list = property("signals");
  if (list && signals) {
    const array = skipTransparent(list);
    if (array.type !== "ArrayExpression") signals = undefined;
    else {
      for (const element of array.elements) {
        const value = element ? staticString(element) : undefined;
        if (value === undefined) {
          signals = undefined;
          break;
        }
        signals.push(value);
      }
    }
  }
  const unique = signals && [...new Set(signals)];
  const listeners: SignalListener[] = [];
  for (const name of library.callback.properties) {
    const listener = property(name);
    if (listener) listeners.push({ call, runtime: "node", signals: unique, listener });
  }
  return listeners;
}

/** The first argument that can be a callback: not a literal, object, array or template. */
function firstCallback(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  return call.arguments.find((argument) => {
    const inner = skipTransparent(argument);
    return (
      inner.type !== "Literal" &&
      inner.type !== "ObjectExpression" &&
      inner.type !== "ArrayExpression" &&
      inner.type !== "TemplateLiteral" &&
      inner.type !== "SpreadElement"
    );
  });
}

/**
 * A callback written here: a function, or the name of a function of this module. (A bot handed to
 * a helper, `registerShutdown(bot)`, is followed elsewhere; see `handedSetupOf`.)
 */
function isCallbackLike(model: GrammyModel, argument: TSESTree.Node): boolean {
  return localFunctionOf(model, argument) !== undefined;
}

/** Whether a listener (as written) is the parameter, or a function of this module that calls it. */
function invokes(model: GrammyModel, listener: TSESTree.Node, parameter: Variable): boolean {
  const inner = skipTransparent(listener);
  if (inner.type === "Identifier") {
    if (findVariable(model.sourceCode, inner) === parameter) return true;
  }
  const fn = localFunctionOf(model, inner);
  if (!fn) return false;
  return callsIn(model, fn.body).some((call) => {
    const callee = skipTransparent(call.callee);
    if (callee.type === "Identifier" && findVariable(model.sourceCode, callee) === parameter) return true;
    // `handlers.forEach((h) => h())` over the parameter is beyond this; a direct call is enough.
    return false;
  });
}

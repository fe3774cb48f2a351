import type { TSESTree } from "@typescript-eslint/utils";

import {
  calleeMember,
  forEachNode,
  isFunction,
  propertyKeyName,
  skipTransparent,
  staticMemberName,
  transparentParent,
  type FunctionNode,
} from "../utils/ast";
import { findVariable } from "../utils/scope";
import { isFieldIdentity } from "./class-fields";
import { runsAfter } from "./flow";
import type { GrammyModel } from "./model";
import { importsDenoModules } from "./modules/graph";
import { isDenoProject } from "./project/root";
import { isGlobal, isProcess } from "./signals";

/**
 * What a shutdown stops: a bot started with `bot.start()` (stopped by `bot.stop()`) or a grammY
 * runner handle (stopped by `handle.stop()`; `bot.stop()` does nothing to a runner).
 */
export interface StopTarget {
  readonly kind: "bot" | "handle";
  /** `model.identityOf` of the bot or handle; undefined when unknown (then it matches any of its kind). */
  readonly identity: object | undefined;
}

/** What a signal listener argument does about stopping, as far as this file shows. */
export type ListenerStops =
  /** Not a function of this file (imported, a parameter, a method): it may stop anything. */
  | { readonly kind: "unknown" }
  /** `process.once("SIGINT", bot.stop)`: grammY calls it with the wrong `this`; it stops nothing. */
  | { readonly kind: "unbound"; readonly member: TSESTree.MemberExpression; readonly target: StopTarget }
  /** A function (or `x.stop.bind(x)`, or a runner's `handle.stop`) and everything it stops. */
  | { readonly kind: "known"; readonly targets: readonly StopTarget[] };

/** Where the handle returned by the runner's `run(bot)` goes. */
export type RunnerHandleUse =
  /** `const runner = run(bot)`, `this.runner = run(bot)`: kept where a listener can stop it. */
  | {
      readonly kind: "kept";
      readonly target: StopTarget;
      /** The binding or assignment target (`runner`, `this.runner`). */
      readonly holder: TSESTree.Node;
      /** The statement that keeps it (`const runner = run(bot);`). */
      readonly statement: TSESTree.Statement | undefined;
    }
  /** `run(bot);`, `await run(bot).task()`: nothing can ever stop it. */
  | { readonly kind: "discarded"; readonly statement: TSESTree.ExpressionStatement | undefined }
  /** Returned, passed on, exported: stopped (or not) somewhere this file cannot see. */
  | { readonly kind: "escaped" };

/** Whether a stop of `stopped` stops `wanted` (same kind; same object when both are known). */
export function sameTarget(stopped: StopTarget, wanted: StopTarget): boolean {
  return (
    stopped.kind === wanted.kind &&
    (stopped.identity === undefined || wanted.identity === undefined || stopped.identity === wanted.identity)
  );
}

/** The target an expression denotes when it is a grammY bot or runner handle. */
export function stopTargetOf(model: GrammyModel, node: TSESTree.Node): StopTarget | undefined {
  const kind = model.kindOf(node);
  if (kind === "Bot") return { kind: "bot", identity: model.identityOf(node) };
  if (kind === "RunnerHandle") return { kind: "handle", identity: model.identityOf(node) };
  return undefined;
}

/** `process.exit(...)` (also `node:process`) or `Deno.exit(...)`. */
export function isExitCall(model: GrammyModel, call: TSESTree.CallExpression): boolean {
  const member = calleeMember(call);
  if (member?.name !== "exit") return false;
  return isProcess(model, member.member.object) || isGlobal(model, member.member.object, "Deno");
}

/** What a signal listener (the argument as written) stops, following same-file functions. */
export function listenerStops(model: GrammyModel, listener: TSESTree.Node | undefined): ListenerStops {
  return analysisOf(model).listenerStops(listener);
}

/** Whether a listener stops `target`; undefined when the listener cannot be seen into. */
export function listenerStopsTarget(
  model: GrammyModel,
  listener: TSESTree.Node | undefined,
  target: StopTarget,
): boolean | undefined {
  const stops = listenerStops(model, listener);
  if (stops.kind === "unknown") return undefined;
  if (stops.kind === "unbound") return false;
  if (stops.targets.some((stopped) => sameTarget(stopped, target))) return true;
  // A bot kept on a class field is stopped from outside its class only through a method of the
  // instance (`app.stop()`), which this analysis cannot see into: such a listener is trusted.
  if (target.identity !== undefined && isFieldIdentity(target.identity) && callsUnknownMethod(model, listener)) return undefined;
  return false;
}

/** Whether a listener written here calls a method of an object the model does not know (`app.stop()`). */
function callsUnknownMethod(model: GrammyModel, listener: TSESTree.Node | undefined): boolean {
  const fn = listener && skipTransparent(listener);
  if (!isFunction(fn)) return false;
  let found = false;
  forEachNode(fn.body, model.sourceCode.visitorKeys, (node) => {
    if (found || node.type !== "CallExpression") return;
    const member = calleeMember(node);
    if (!member) return;
    const object = skipTransparent(member.member.object);
    // `this.log()` is followed by the analysis itself; `process` and `console` hold no bot.
    if (object.type === "ThisExpression" || isProcess(model, object) || (object.type === "Identifier" && object.name === "console")) return;
    if (model.kindOf(object) === undefined) found = true;
  });
  return found;
}

/**
 * The `process.exit()` / `Deno.exit()` calls, in a listener or the same-file functions it reaches,
 * that end the process before its stop of `target` has settled: `bot.stop(); process.exit(0);`
 * (also through helpers, and an exit placed before the stop). An awaited stop followed by the exit,
 * or an exit in the stop's `.then()`/`.finally()`, is fine.
 */
export function exitsBeforeStop(
  model: GrammyModel,
  listener: TSESTree.Node | undefined,
  target: StopTarget,
): readonly TSESTree.CallExpression[] {
  return analysisOf(model).exitsBeforeStop(listener, target);
}

/** Where the handle of the runner's `run(bot)` call goes (see `RunnerHandleUse`). */
export function runnerHandleOf(model: GrammyModel, run: TSESTree.CallExpression): RunnerHandleUse {
  let { node, parent } = transparentParent(run);
  // A handle is no promise: `await run(bot)` is the handle itself.
  while (parent?.type === "AwaitExpression") ({ node, parent } = transparentParent(parent));
  if (parent?.type === "VariableDeclarator" && parent.init === node) {
    if (parent.id.type !== "Identifier") return { kind: "escaped" };
    const declaration = parent.parent;
    return {
      kind: "kept",
      target: { kind: "handle", identity: model.identityOf(parent.id) },
      holder: parent.id,
      statement: declaration.parent.type === "ExportNamedDeclaration" ? declaration.parent : declaration,
    };
  }
  if (parent?.type === "AssignmentExpression" && parent.right === node && parent.operator === "=") {
    const holder = parent.left;
    if (holder.type !== "Identifier" && holder.type !== "MemberExpression") return { kind: "escaped" };
    const statement = transparentParent(parent).parent;
    return {
      kind: "kept",
      target: { kind: "handle", identity: model.identityOf(holder) },
      holder,
      statement: statement?.type === "ExpressionStatement" ? statement : undefined,
    };
  }
  // `run(bot).task()`: the handle is used once and dropped.
  let dropped = false;
  while (
    parent &&
    (parent.type === "AwaitExpression" ||
      (parent.type === "UnaryExpression" && parent.operator === "void") ||
      (parent.type === "CallExpression" && parent.callee === node) ||
      (parent.type === "MemberExpression" && parent.object === node))
  ) {
    if (parent.type === "MemberExpression") dropped = true;
    ({ node, parent } = transparentParent(parent));
  }
  if (parent?.type === "ExpressionStatement") {
    return { kind: "discarded", statement: skipTransparent(parent.expression) === run ? parent : undefined };
  }
  return dropped ? { kind: "discarded", statement: undefined } : { kind: "escaped" };
}

/**
 * Which runtime a file registers signal listeners with: Deno when it uses the `Deno` global or
 * imports from URLs or `npm:`/`jsr:` specifiers (as Deno does), or when its project says so: a
 * Deno config is its nearest manifest, or a module it imports does (a `main.ts` that gets grammY
 * through `./deps.ts`). Node otherwise.
 */
export function signalRuntimeOf(model: GrammyModel): "node" | "deno" {
  const sourceCode = model.sourceCode;
  const globalScope = sourceCode.scopeManager?.globalScope;
  const usesDeno =
    globalScope !== null &&
    globalScope !== undefined &&
    (globalScope.through.some((reference) => reference.identifier.name === "Deno") ||
      (globalScope.set.get("Deno")?.references.length ?? 0) > 0);
  if (usesDeno) return "deno";
  const denoImport = sourceCode.ast.body.some(
    (statement) =>
      (statement.type === "ImportDeclaration" ||
        statement.type === "ExportAllDeclaration" ||
        statement.type === "ExportNamedDeclaration") &&
      statement.source !== null &&
      /^(?:https?:|npm:|jsr:)/.test(statement.source.value),
  );
  if (denoImport) return "deno";
  const file = model.origin?.file;
  return file !== undefined && (isDenoProject(file) || importsDenoModules(file)) ? "deno" : "node";
}

// -------------------------------------------------------------------------------------------------
// Internals: one analysis per model, facts cached per function.

/** What a function does in its own flow (not inside the functions it defines). */
interface FunctionFacts {
  /** `x.stop()` on a bot or runner handle. */
  readonly stops: readonly { readonly call: TSESTree.CallExpression; readonly target: StopTarget }[];
  /** `p.stop()` on the function's own parameter `p` (a bot or handle handed in by its callers). */
  readonly parameterStops: readonly { readonly call: TSESTree.CallExpression; readonly index: number }[];
  /** Calls and `new` that reach same-file functions or are handed a bot or runner handle. */
  readonly calls: readonly FunctionCall[];
  readonly exits: readonly TSESTree.CallExpression[];
}

interface FunctionCall {
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The same-file function called by name (`shutdown()`, `this.shutdown()`). */
  readonly callee: FunctionNode | undefined;
  /** Same-file functions handed over (`.then(() => bot.stop())`, `setTimeout(stop, 10)`). */
  readonly handed: readonly FunctionNode[];
  /** Bots and runner handles handed over as arguments (`shutdown(bot)`), by position. */
  readonly targets: readonly { readonly index: number; readonly target: StopTarget }[];
}

/** How a call's promise is used where it is made. */
type PromiseUse = "awaited" | "returned" | "held" | "floating";

const analyses = new WeakMap<GrammyModel, ShutdownAnalysis>();

function analysisOf(model: GrammyModel): ShutdownAnalysis {
  let analysis = analyses.get(model);
  if (!analysis) {
    analysis = new ShutdownAnalysis(model);
    analyses.set(model, analysis);
  }
  return analysis;
}

class ShutdownAnalysis {
  private readonly factsCache = new Map<FunctionNode, FunctionFacts>();
  private readonly targetsCache = new Map<FunctionNode, readonly StopTarget[]>();
  private readonly exitsCache = new Map<FunctionNode, readonly TSESTree.CallExpression[]>();

  constructor(private readonly model: GrammyModel) {}

  listenerStops(listener: TSESTree.Node | undefined): ListenerStops {
    if (!listener) return { kind: "unknown" };
    const node = skipTransparent(listener);
    const fn = this.localFunction(node, false);
    if (fn) return { kind: "known", targets: this.stopTargets(fn) };
    if (node.type === "MemberExpression" && staticMemberName(node) === "stop") {
      const target = stopTargetOf(this.model, node.object);
      // The runner's `stop` is a closure and works unbound; the bot's is a method that needs `this`.
      if (target?.kind === "bot") return { kind: "unbound", member: node, target };
      if (target) return { kind: "known", targets: [target] };
    }
    // `bot.stop.bind(bot)`
    if (node.type === "CallExpression") {
      const member = calleeMember(node);
      const bound = member?.name === "bind" ? skipTransparent(member.member.object) : undefined;
      if (bound?.type === "MemberExpression" && staticMemberName(bound) === "stop") {
        const target = stopTargetOf(this.model, bound.object);
        if (target) return { kind: "known", targets: [target] };
      }
    }
    return { kind: "unknown" };
  }

  exitsBeforeStop(listener: TSESTree.Node | undefined, target: StopTarget): readonly TSESTree.CallExpression[] {
    const root = listener ? this.localFunction(skipTransparent(listener), false) : undefined;
    if (!root) return [];
    const found = new Set<TSESTree.CallExpression>();
    for (const fn of this.reachable(root, true)) {
      const facts = this.facts(fn);
      const stopping = [
        ...facts.stops.filter((stop) => sameTarget(stop.target, target)).map((stop) => ({ call: stop.call, via: undefined })),
        ...facts.calls
          .filter((call) => this.callStops(call, target, false))
          .map((call) => ({ call: call.call, via: call.callee })),
      ];
      if (stopping.length === 0) continue;
      const exitPoints: { node: TSESTree.Node; exits: readonly TSESTree.CallExpression[]; direct: boolean }[] = [
        ...facts.exits.map((exit) => ({ node: exit, exits: [exit], direct: true })),
        ...facts.calls.flatMap((call) => {
          const exits = call.callee ? this.exitsOf(call.callee) : [];
          return exits.length > 0 ? [{ node: call.call, exits, direct: false }] : [];
        }),
      ];
      for (const point of exitPoints) {
        const early = stopping.some(({ call, via }) => {
          if (call === point.node) return false;
          const stopStatement = statementOf(call, fn);
          if (stopStatement && runsAfter(point.node, stopStatement)) {
            const use = promiseUse(call, fn);
            if (use === "floating") return true;
            if (use === "awaited" && via) return !this.settles(via, target, new Set());
            return false;
          }
          // The exit comes first: the stop never runs.
          const exitStatement = point.direct ? exitStatementOf(point.node, fn) : undefined;
          return exitStatement !== undefined && runsAfter(call, exitStatement);
        });
        if (early) for (const exit of point.exits) found.add(exit);
      }
    }
    return [...found].sort((a, b) => a.range[0] - b.range[0]);
  }

  /** Everything a function stops, itself or through the same-file functions it reaches. */
  private stopTargets(root: FunctionNode): readonly StopTarget[] {
    const cached = this.targetsCache.get(root);
    if (cached) return cached;
    const targets: StopTarget[] = [];
    for (const fn of this.reachable(root, true)) {
      const facts = this.facts(fn);
      targets.push(...facts.stops.map((stop) => stop.target));
      for (const call of facts.calls) {
        for (const { index, target } of call.targets) {
          // Handed to a function of this file that stops that parameter, or to one this file
          // cannot see into (`gracefulShutdown(bot)`), which may well stop it.
          if (call.callee ? this.facts(call.callee).parameterStops.some((stop) => stop.index === index) : true) {
            targets.push(target);
          }
        }
      }
    }
    this.targetsCache.set(root, targets);
    return targets;
  }

  private stopsTarget(fn: FunctionNode, target: StopTarget): boolean {
    return this.stopTargets(fn).some((stopped) => sameTarget(stopped, target));
  }

  /**
   * Whether a call surely stops `target`: it calls or hands over a same-file function that does,
   * or hands the target to a same-file function that stops that parameter. With `maybe`, also
   * when it hands the target to a function this file cannot see into.
   */
  private callStops(call: FunctionCall, target: StopTarget, maybe: boolean): boolean {
    if ([call.callee, ...call.handed].some((fn) => fn !== undefined && this.stopsTarget(fn, target))) return true;
    return call.targets.some(
      (handed) =>
        sameTarget(handed.target, target) &&
        (call.callee ? this.facts(call.callee).parameterStops.some((stop) => stop.index === handed.index) : maybe),
    );
  }

  /** The exit calls a function makes, itself or through functions it calls by name. */
  private exitsOf(root: FunctionNode): readonly TSESTree.CallExpression[] {
    const cached = this.exitsCache.get(root);
    if (cached) return cached;
    const exits = [...this.reachable(root, false)].flatMap((fn) => this.facts(fn).exits);
    this.exitsCache.set(root, exits);
    return exits;
  }

  /**
   * Whether awaiting a call of `fn` waits for its stop of `target`: every stopping call in it is
   * awaited, returned or kept, and settles in turn. Cycles count as settled.
   */
  private settles(fn: FunctionNode, target: StopTarget, seen: Set<FunctionNode>): boolean {
    if (seen.has(fn)) return true;
    seen.add(fn);
    const facts = this.facts(fn);
    const stops = [
      ...facts.stops.filter((stop) => sameTarget(stop.target, target)).map((stop) => stop.call),
      ...facts.parameterStops.map((stop) => stop.call),
    ];
    if (stops.some((call) => promiseUse(call, fn) === "floating")) return false;
    for (const call of facts.calls) {
      if (!this.callStops(call, target, false)) continue;
      const use = promiseUse(call.call, fn);
      if (use === "floating") return false;
      if (use !== "held" && call.callee && !this.settles(call.callee, target, seen)) return false;
    }
    return true;
  }

  /** The functions reachable from `root` (itself included), by name and, if asked, as arguments. */
  private reachable(root: FunctionNode, throughArguments: boolean): Set<FunctionNode> {
    const seen = new Set<FunctionNode>();
    const pending = [root];
    for (let fn = pending.pop(); fn; fn = pending.pop()) {
      if (seen.has(fn)) continue; // the cycle guard: `a` calls `b` calls `a`
      seen.add(fn);
      for (const call of this.facts(fn).calls) {
        if (call.callee) pending.push(call.callee);
        if (throughArguments) pending.push(...call.handed);
      }
    }
    return seen;
  }

  private facts(fn: FunctionNode): FunctionFacts {
    const cached = this.factsCache.get(fn);
    if (cached) return cached;
    const stops: { call: TSESTree.CallExpression; target: StopTarget }[] = [];
    const parameterStops: { call: TSESTree.CallExpression; index: number }[] = [];
    const calls: FunctionCall[] = [];
    const exits: TSESTree.CallExpression[] = [];
    const keys = this.model.sourceCode.visitorKeys;
    const visit = (node: TSESTree.Node): void => {
      if (isFunction(node) || node.type === "ClassBody") return;
      if (node.type === "CallExpression" || node.type === "NewExpression") {
        if (node.type === "CallExpression") {
          const member = calleeMember(node);
          const stopped = member?.name === "stop" ? skipTransparent(member.member.object) : undefined;
          const target = stopped && stopTargetOf(this.model, stopped);
          const index = stopped ? parameterIndex(this.model, fn, stopped) : -1;
          if (index >= 0) parameterStops.push({ call: node, index });
          if (target) stops.push({ call: node, target });
          else if (isExitCall(this.model, node)) exits.push(node);
        }
        const callee = this.localFunction(skipTransparent(node.callee), true);
        const handed: FunctionNode[] = [];
        const targets: { index: number; target: StopTarget }[] = [];
        node.arguments.forEach((argument, index) => {
          const reached = this.localFunction(skipTransparent(argument), false);
          if (reached) handed.push(reached);
          const target = argument.type === "SpreadElement" ? undefined : stopTargetOf(this.model, argument);
          if (target) targets.push({ index, target });
        });
        if (callee || handed.length > 0 || targets.length > 0) calls.push({ call: node, callee, handed, targets });
      }
      for (const key of keys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const item of child) if (isNode(item)) visit(item);
        } else if (isNode(child)) visit(child);
      }
    };
    for (const parameter of fn.params) visit(parameter);
    visit(fn.body);
    const facts: FunctionFacts = { stops, parameterStops, calls, exits };
    this.factsCache.set(fn, facts);
    return facts;
  }

  /**
   * A function written here, or a name for one: a declaration, a variable initialised with one,
   * or a method of the enclosing class reached through `this` (as a callee; unbound, only arrow
   * properties keep their `this`).
   */
  private localFunction(node: TSESTree.Node, asCallee: boolean): FunctionNode | undefined {
    if (isFunction(node)) return node;
    if (node.type === "MemberExpression" && node.object.type === "ThisExpression") {
      return classMemberFunction(node, asCallee);
    }
    if (node.type !== "Identifier") return undefined;
    const definition = findVariable(this.model.sourceCode, node)?.defs[0];
    if (definition?.type === "FunctionName" && isFunction(definition.node)) return definition.node;
    if (definition?.type === "Variable" && definition.node.id === definition.name && definition.node.init) {
      const init = skipTransparent(definition.node.init);
      return isFunction(init) ? init : undefined;
    }
    return undefined;
  }
}

/** `this.name` inside a class: the method or function-valued property `name` of that class. */
function classMemberFunction(member: TSESTree.MemberExpression, asCallee: boolean): FunctionNode | undefined {
  const name = propertyKeyName(member.property, member.computed);
  if (name === undefined) return undefined;
  // `this` is the one of the nearest non-arrow function, or of the class field being initialised.
  let owner: TSESTree.MethodDefinition | TSESTree.PropertyDefinition | TSESTree.StaticBlock | undefined;
  for (let current: TSESTree.Node | undefined = member.parent; current; current = current.parent) {
    if (current.type === "FunctionExpression" || current.type === "FunctionDeclaration") {
      if (current.parent.type === "MethodDefinition") owner = current.parent;
      break;
    }
    if (current.type === "PropertyDefinition" || current.type === "StaticBlock") {
      owner = current;
      break;
    }
  }
  if (owner?.parent.type !== "ClassBody") return undefined;
  const isStatic = owner.type === "StaticBlock" || owner.static;
  for (const element of owner.parent.body) {
    if (element.type !== "MethodDefinition" && element.type !== "PropertyDefinition") continue;
    if (element.static !== isStatic || propertyKeyName(element.key, element.computed) !== name) continue;
    if (element.type === "MethodDefinition") {
      return element.kind === "method" && asCallee && isFunction(element.value) ? element.value : undefined;
    }
    const value = element.value && skipTransparent(element.value);
    if (!isFunction(value)) return undefined;
    return asCallee || value.type === "ArrowFunctionExpression" ? value : undefined;
  }
  return undefined;
}

/** The position of `fn`'s own (plain) parameter that `node` names, or -1. */
function parameterIndex(model: GrammyModel, fn: FunctionNode, node: TSESTree.Node): number {
  if (node.type !== "Identifier") return -1;
  const definition = findVariable(model.sourceCode, node)?.defs[0];
  if (definition?.type !== "Parameter" || definition.node !== fn) return -1;
  return fn.params.findIndex((parameter) => {
    const inner = parameter.type === "TSParameterProperty" ? parameter.parameter : parameter;
    return (inner.type === "AssignmentPattern" ? inner.left : inner) === definition.name;
  });
}

/** How a call's value is used, looking up to its statement within `fn`. */
function promiseUse(call: TSESTree.Node, fn: FunctionNode): PromiseUse {
  let node: TSESTree.Node = call;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    if (parent === fn) return fn.body === node ? "returned" : "held";
    switch (parent.type) {
      case "AwaitExpression":
        return "awaited";
      case "ReturnStatement":
        return "returned";
      case "VariableDeclarator":
      case "AssignmentExpression":
      case "AssignmentPattern":
      case "YieldExpression":
      case "Property":
        return "held";
      default:
        if (/Statement$|Declaration$/.test(parent.type)) return "floating";
    }
  }
  return "floating";
}

/** The statement of `fn`'s own flow that contains `node`. */
function statementOf(node: TSESTree.Node, fn: FunctionNode): TSESTree.Statement | undefined {
  for (let current = node.parent; current && current !== fn; current = current.parent) {
    if (/Statement$|Declaration$/.test(current.type)) return current as TSESTree.Statement;
  }
  return undefined;
}

/** `process.exit(0);` (also awaited or voided) as a statement of its own: it always runs there. */
function exitStatementOf(exit: TSESTree.Node, fn: FunctionNode): TSESTree.Statement | undefined {
  const statement = statementOf(exit, fn);
  if (statement?.type !== "ExpressionStatement") return undefined;
  let expression = skipTransparent(statement.expression);
  while (expression.type === "AwaitExpression" || (expression.type === "UnaryExpression" && expression.operator === "void")) {
    expression = skipTransparent(expression.argument);
  }
  return expression === exit ? statement : undefined;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { calleeMember, enclosingFunction, isFunction, skipTransparent, transparentParent, type FunctionNode } from "./ast";
import { isUnshadowedGlobal } from "./scope";

/**
 * Whether a promise value is handled, and if not, how it floats. Knows nothing about grammY: it
 * starts at any promise-valued expression and walks UP to the place that decides its fate, the way
 * typescript-eslint's `no-floating-promises` walks down from statements (with `parseThenCall`,
 * `parseCatchCall` and `parseFinallyCall` of its `promiseUtils`).
 *
 * Handled: `await`ed; `return`ed (an arrow's expression body too); ended with `.catch(handler)` or
 * `.then(onFulfilled, onRejected)`; assigned, stored or passed as an argument; inside
 * `Promise.all/any/race(...)` that is itself handled, or `Promise.allSettled(...)` (never rejects).
 *
 * Floating: thrown away as a statement (also from a statement-level `&&`, `||`, `??`, ternary,
 * comma expression or optional call), `void`, `.then(onFulfilled)` or `.finally()` alone; read for a
 * property (`await p.id` awaits the property, not the promise); returned
 * into a caller that ignores what its callback returns (`forEach`, timers, `process.nextTick`,
 * event listeners); returned into a `.map()` whose array nobody hands to `Promise.all`.
 */
export type PromiseFloat =
  /** Thrown away: `p;`, `cond && p;`, `p && x`, `(p, x)`, `p ? a : b`, `.catch()` without a handler. */
  | "discarded"
  | "void"
  /** A statement-level chain ending in `.then(onFulfilled)` without a rejection handler. */
  | "then"
  /** A statement-level chain ending in `.finally(...)`, which passes the rejection on. */
  | "finally"
  /** Returned into a callback whose caller ignores the returned promise. */
  | "dropped"
  /**
   * Awaited in an async callback whose caller ignores the callback's promise (`setTimeout`,
   * `forEach`, a listener), outside a `try` that catches: the await only moves the rejection there.
   */
  | "awaitedInDropped"
  /** Returned into a `.map()` callback whose array of promises nobody awaits. */
  | "map"
  /** Read for a property (`await p.id`, `p.result`): only the property is used, never the promise. */
  | "member";

export interface FloatingPromise {
  readonly how: PromiseFloat;
  /** The last expression known to be the promise (or a chain on it): where `.catch()` goes. */
  readonly promise: TSESTree.Node;
  /**
   * Where `await` would go: the promise itself, or undefined when awaiting cannot help (the
   * promise is dropped by a callback's caller, or sits in an array).
   */
  readonly awaitTarget: TSESTree.Node | undefined;
  /** For `void p`: the `void` expression (awaiting replaces the operator). */
  readonly voidExpression: TSESTree.UnaryExpression | undefined;
  /** An array of promises (`list.map(...)`, `[p, q]`) that would need `Promise.all`. */
  readonly array: { readonly node: TSESTree.Node; readonly awaited: boolean } | undefined;
  /** For `dropped`: the call that ignores what its callback returns. */
  readonly dropper: CallbackDrop | undefined;
  /** For `member`: the property read on the promise. */
  readonly member: TSESTree.MemberExpression | undefined;
}

/** A callback handed to a caller that ignores the promise the callback returns. */
export interface CallbackDrop {
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly callback: FunctionNode;
  /** The argument position the callback (or a reference to it) takes. */
  readonly index: number;
  /** True when the callback returns the promise itself, not a chain or array built on it. */
  readonly direct: boolean;
}

export interface PromiseUsageOptions {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** `void p` counts as handled. */
  readonly ignoreVoid: boolean;
  /**
   * A call that awaits what its callbacks return although it looks like a dropper (`bot.on`) or a
   * promise chain (`bot.catch`).
   */
  readonly awaitsCallbacks?: (call: TSESTree.CallExpression | TSESTree.NewExpression) => boolean;
  /** A drop the caller accepts as deliberate: true makes it handled. */
  readonly acceptsDrop?: (drop: CallbackDrop) => boolean;
}

/** Timers and queues whose first argument is a callback whose result is ignored. */
const droppingGlobals: ReadonlySet<string> = new Set([
  "setTimeout",
  "setInterval",
  "setImmediate",
  "queueMicrotask",
]);

/** Event-listener registrations: the listener is the second argument and its result is ignored. */
const listenerMethods: ReadonlySet<string> = new Set([
  "on",
  "once",
  "addListener",
  "prependListener",
  "prependOnceListener",
  "addEventListener",
  "addSignalListener",
]);

const combinators: ReadonlySet<string> = new Set(["all", "any", "race"]);

/** How many steps (nodes and callback hops) a walk may take: far more than real code needs. */
const maxSteps = 200;

/** Walks up from a promise-valued expression: undefined when it is handled, else how it floats. */
export function promiseUsage(
  start: TSESTree.Node,
  options: PromiseUsageOptions,
  depth = 0,
  /** `start` is an array of promises (a read of a local that holds one). */
  startsArray = false,
): FloatingPromise | undefined {
  let node: TSESTree.Node = start;
  let promise: TSESTree.Node = start;
  let via: "then" | "finally" | undefined;
  let direct = true;
  let array: { node: TSESTree.Node; fromMap: boolean } | undefined = startsArray ? { node: start, fromMap: false } : undefined;
  const visited = new Set<FunctionNode>();

  const floating = (
    how: PromiseFloat,
    extra: {
      voidExpression?: TSESTree.UnaryExpression;
      awaited?: boolean;
      dropper?: CallbackDrop;
      member?: TSESTree.MemberExpression;
    } = {},
  ): FloatingPromise => ({
    how,
    promise,
    awaitTarget: array || how === "dropped" || how === "awaitedInDropped" ? undefined : promise,
    voidExpression: extra.voidExpression,
    array: array ? { node: array.node, awaited: extra.awaited ?? false } : undefined,
    dropper: extra.dropper,
    member: extra.member,
  });
  /** The verdict for a value thrown away at a statement (or `void`). */
  const thrownAway = (): PromiseFloat => (array?.fromMap ? "map" : array ? "discarded" : (via ?? "discarded"));

  for (let steps = 0; steps < maxSteps; steps++) {
    const { node: current, parent } = transparentParent(node);
    if (!parent) return undefined;
    switch (parent.type) {
      case "AwaitExpression": {
        // Awaiting an array does not await the promises in it.
        if (array) return floating(thrownAway(), { awaited: true });
        // `setTimeout(async () => { await ctx.reply(t) })`: the rejection moves into the callback's
        // promise, which its caller ignores.
        const drop = droppedAwait(parent, options);
        return drop ? floating("awaitedInDropped", { dropper: drop }) : undefined;
      }
      case "ExpressionStatement":
        return floating(thrownAway());
      case "UnaryExpression":
        if (parent.operator !== "void") return undefined;
        return options.ignoreVoid ? undefined : floating("void", { voidExpression: parent });
      case "LogicalExpression":
        // `p && x` is `x`: the promise (always truthy) is thrown away, whatever happens to `x`.
        if (parent.left === current && parent.operator === "&&") return floating("discarded");
        node = parent;
        continue;
      case "ConditionalExpression":
        if (parent.test === current) return floating("discarded");
        node = parent;
        continue;
      case "SequenceExpression":
        if (parent.expressions.at(-1) !== current) return floating("discarded");
        node = parent;
        continue;
      case "ArrayExpression":
        array = { node: parent, fromMap: array?.fromMap ?? false };
        direct = false;
        node = parent;
        continue;
      case "SpreadElement":
        if (!array) return undefined;
        node = parent;
        continue;
      case "TemplateLiteral":
        // `${ctx.reply(t)}` makes a string of the promise, which is lost; a tag receives it.
        return parent.parent.type === "TaggedTemplateExpression" ? undefined : floating("discarded");
      case "MemberExpression": {
        // `replies[0]`, `replies?.[0]`: an element of the array, a promise of its own.
        if (array && !array.fromMap && parent.object === current && isIndexRead(parent)) {
          array = undefined;
          promise = parent;
          via = undefined;
          node = parent;
          continue;
        }
        if (parent.object !== current || array) return undefined;
        const step = chainStep(parent);
        if (step === "handled") return undefined;
        if (step === "read") return floating("member", { member: parent });
        promise = step.call;
        via = step.via;
        direct = false;
        node = step.call;
        continue;
      }
      case "CallExpression":
      case "NewExpression": {
        if (parent.callee === current) return undefined;
        if (parent.type === "CallExpression" && parent.arguments[0] === current) {
          const combinator = promiseCombinator(options.sourceCode, parent);
          if (combinator === "allSettled") return undefined;
          if (combinator) {
            promise = parent;
            via = undefined;
            array = undefined;
            direct = false;
            node = parent;
            continue;
          }
        }
        return undefined; // handed to a function: whoever receives it owns it
      }
      case "ReturnStatement":
      case "ArrowFunctionExpression": {
        if (parent.type === "ArrowFunctionExpression" && parent.body !== current) return undefined;
        const fn = parent.type === "ArrowFunctionExpression" ? parent : enclosingFunction(parent);
        if (!fn || visited.has(fn)) return undefined;
        visited.add(fn);
        const next = returnedInto(fn, options, { direct, array: array !== undefined });
        if (next.verdict === "handled") return undefined;
        if (next.verdict === "dropped") return floating("dropped", { dropper: next.drop });
        if (next.verdict === "arrayAwaited") return floating(thrownAway(), { awaited: true });
        // Carried on: the value of `next.node` now is (or holds) the promise.
        direct = false;
        if (next.verdict === "map") {
          array = { node: next.node, fromMap: true };
        } else {
          promise = next.node;
          via = undefined;
          array = undefined;
        }
        node = next.node;
        continue;
      }
      case "Property": {
        // `const obj = { sent: ctx.reply(t) };` and then `obj.sent;`.
        if (parent.value !== current || array || via !== undefined || promise !== start || startsArray) return undefined;
        const dropped = droppedProperty(parent, options, depth);
        return dropped && { ...dropped, promise, awaitTarget: undefined, voidExpression: undefined, member: undefined, array: undefined };
      }
      case "VariableDeclarator": {
        // `const sent = ctx.reply(t);` and then `sent;`, `sent.then(f)`, or no read at all.
        // `const replies = [ctx.reply(a), ctx.reply(b)];` and then `replies;` or `await replies`.
        if (parent.init !== current || via !== undefined) return undefined;
        if (array ? array.fromMap || skipTransparent(current) !== array.node : promise !== start || startsArray) return undefined;
        const dropped = droppedLocal(parent, options, depth, array !== undefined);
        // Suggestions stay at the call: `.catch()` there (a `Promise.all` at a read is not offered).
        return dropped && { ...dropped, promise, awaitTarget: undefined, voidExpression: undefined, member: undefined, array: undefined };
      }
      default:
        // Assigned, declared, stored, yielded, exported, compared, ...: out of this walk's hands.
        return undefined;
    }
  }
  return undefined;
}

type ChainStep = "handled" | "read" | { call: TSESTree.CallExpression; via: "then" | "finally" | undefined };

/** Members of every promise: reading one (`const { then } = p`, `typeof p.then`) is no mistake. */
const promiseMembers: ReadonlySet<string> = new Set(["then", "catch", "finally", "constructor"]);

/**
 * `p.then(...)`, `p.catch(...)`, `p.finally(...)` on the promise: handled, or the chain goes on.
 * A property read that no promise has (`p.id`): "read", the promise itself is lost.
 */
function chainStep(member: TSESTree.MemberExpression): ChainStep {
  const call = transparentParent(member).parent;
  const name = memberName(member);
  if (call?.type !== "CallExpression" || skipTransparent(call.callee) !== member) {
    return name === undefined || promiseMembers.has(name) || Object.hasOwn(Object.prototype, name) ? "handled" : "read";
  }
  const args = spreadArguments(call.arguments);
  if (!args) {
    // `p.catch(...handlers)`: a handler only when the spread surely holds one, which is unknown here.
    return name === "then" || name === "catch" || name === "finally" ? { call, via: name === "catch" ? undefined : name } : "handled";
  }
  switch (name) {
    case "then":
      return args[1] && isRejectionHandler(args[1]) ? "handled" : { call, via: "then" };
    case "catch":
      return args[0] && isRejectionHandler(args[0]) ? "handled" : { call, via: undefined };
    case "finally":
      return { call, via: "finally" };
    default:
      return "handled"; // some other method consumes the promise; its own result is its own matter
  }
}

/**
 * The arguments of a call with array literals spread in place (`p.catch(...[log])` is
 * `p.catch(log)`); undefined when a spread's elements are unknown (`p.catch(...handlers)`).
 */
function spreadArguments(args: readonly TSESTree.CallExpressionArgument[]): readonly TSESTree.Node[] | undefined {
  if (!args.some((argument) => argument.type === "SpreadElement")) return args;
  const flat: TSESTree.Node[] = [];
  for (const argument of args) {
    if (argument.type !== "SpreadElement") {
      flat.push(argument);
      continue;
    }
    const spread = skipTransparent(argument.argument);
    if (spread.type !== "ArrayExpression") return undefined;
    for (const element of spread.elements) {
      if (element === null || element.type === "SpreadElement") return undefined;
      flat.push(element);
    }
  }
  return flat;
}

/**
 * Anything that may be a function handles a rejection; a missing handler (`undefined`, `null`,
 * `void 0`) and a value that is surely no function (`3`, `"log"`, `{}`, `[]`, a template) do not.
 */
function isRejectionHandler(node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  if (inner.type === "Identifier" && inner.name === "undefined") return false;
  switch (inner.type) {
    case "Literal":
    case "TemplateLiteral":
    case "ObjectExpression":
    case "ArrayExpression":
      return false;
    case "UnaryExpression":
      return false; // `void 0`, `-1`, `!f`, `typeof f`: never a function
    default:
      return true;
  }
}

function memberName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed) return member.property.type === "Identifier" ? member.property.name : undefined;
  return member.property.type === "Literal" && typeof member.property.value === "string"
    ? member.property.value
    : undefined;
}

/** `Promise.all(...)` and friends, on the unshadowed global `Promise`. */
function promiseCombinator(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
): "all" | "any" | "race" | "allSettled" | undefined {
  const member = calleeMember(call);
  if (!member) return undefined;
  const object = skipTransparent(member.member.object);
  if (object.type !== "Identifier" || object.name !== "Promise" || !isUnshadowedGlobal(sourceCode, object)) {
    return undefined;
  }
  if (member.name === "allSettled") return "allSettled";
  return combinators.has(member.name) ? (member.name as "all" | "any" | "race") : undefined;
}

type Returned =
  | { verdict: "handled" }
  | { verdict: "dropped"; drop: CallbackDrop }
  /** The callback feeds a promise chain (`p.then(cb)`): the chain's call carries the promise. */
  | { verdict: "chain"; node: TSESTree.CallExpression }
  /** The callback feeds `.map()`: the map call is an array of promises. */
  | { verdict: "map"; node: TSESTree.CallExpression }
  /** An array returned to a caller that awaits what its callback returns: the array, not its promises. */
  | { verdict: "arrayAwaited" };

/**
 * What happens to what a function returns: it depends on who calls it. Only callbacks are
 * followed (the function itself an argument, or a `const`/function declaration passed by name);
 * a function called directly hands its promise to its caller, which owns it.
 */
function returnedInto(
  fn: FunctionNode,
  options: PromiseUsageOptions,
  carried: { direct: boolean; array: boolean },
): Returned {
  let carriedOn: Returned | undefined;
  for (const { call, index } of callbackUses(options.sourceCode, fn)) {
    const member = call.type === "CallExpression" ? calleeMember(call) : undefined;
    // `bot.catch(handler)` is no promise chain: grammY awaits what the handler returns. An array of
    // promises (`(ctx) => [ctx.reply(a), ctx.reply(b)]`) is awaited as one value: its promises float.
    if (options.awaitsCallbacks?.(call)) {
      if (carried.array) return { verdict: "arrayAwaited" };
      continue;
    }
    if (member && call.type === "CallExpression" && !carried.array) {
      const chains =
        (member.name === "then" && index <= 1) ||
        ((member.name === "catch" || member.name === "finally") && index === 0);
      if (chains) {
        carriedOn ??= { verdict: "chain", node: call };
        continue;
      }
      if ((member.name === "map" || member.name === "flatMap") && index === 0) {
        carriedOn ??= { verdict: "map", node: call };
        continue;
      }
    }
    if (carried.array) continue; // an array returned into a callback: out of this walk's hands
    if (!dropsCallbackResult(options.sourceCode, call, index)) continue;
    const drop: CallbackDrop = { call, callback: fn, index, direct: carried.direct };
    if (options.acceptsDrop?.(drop)) continue;
    return { verdict: "dropped", drop };
  }
  return carriedOn ?? { verdict: "handled" };
}

/**
 * The drop of the async function an `await` rejects, when its rejection escapes the function (no
 * `try` with a `catch` around it there) and the function's caller ignores its promise.
 */
function droppedAwait(awaited: TSESTree.AwaitExpression, options: PromiseUsageOptions): CallbackDrop | undefined {
  let child: TSESTree.Node = awaited;
  for (let node: TSESTree.Node | undefined = awaited.parent; node; node = node.parent) {
    if (node.type === "TryStatement" && node.block === child && node.handler) return undefined;
    if (isFunction(node)) {
      if (!node.async) return undefined;
      // The awaited promise rejects the function's own: `direct`, as `() => p` would return it.
      const into = returnedInto(node, options, { direct: true, array: false });
      if (into.verdict === "dropped") return into.drop;
      // `ids.map(async (id) => { await send(id) })` whose array of promises nobody awaits.
      if (into.verdict === "map" && promiseUsage(into.node, options, 0, true)) {
        return { call: into.node, callback: node, index: 0, direct: true };
      }
      return undefined;
    }
    child = node;
  }
  return undefined;
}

/** How many locals deep a promise is followed (`const a = p; const b = a;`). */
const maxLocalHops = 4;

/**
 * How a promise kept in a `const` of a function floats, when every read of it in that function
 * floats too (`sent;`, `sent.then(f)`, `void sent`), or when it is never read: the first such
 * read's verdict. Undefined when any read may handle or hand it on (awaited, returned, an argument,
 * stored, read in a nested function, exported): whoever gets it owns it.
 */
function droppedLocal(
  declarator: TSESTree.VariableDeclarator,
  options: PromiseUsageOptions,
  depth: number,
  holdsArray: boolean,
): FloatingPromise | undefined {
  if (depth >= maxLocalHops) return undefined;
  const reads = constReadsOf(declarator, options);
  if (!reads) return undefined;
  let first: FloatingPromise | undefined;
  for (const read of reads) {
    const usage = promiseUsage(read, options, depth + 1, holdsArray);
    if (!usage) return undefined;
    // `sent.message_id`: the read is the mistake the member verdict names at its own site; here
    // the promise is simply left unhandled.
    first ??= usage.how === "member" ? { ...usage, how: "discarded" } : usage;
  }
  return first ?? {
    how: "discarded",
    promise: declarator.id,
    awaitTarget: undefined,
    voidExpression: undefined,
    array: undefined,
    dropper: undefined,
    member: undefined,
  };
}

/**
 * A promise kept as a property of an object literal held by a `const` (`const obj = { sent:
 * ctx.reply(t) }`), followed through the reads of that property in the same function (`obj.sent;`):
 * floating when every one of them floats. Any other use of the object (handed on, spread, returned,
 * a computed read) may reach the promise, and so may a closure: then it is not this walk's. A
 * property never read is left alone.
 */
function droppedProperty(property: TSESTree.Property, options: PromiseUsageOptions, depth: number): FloatingPromise | undefined {
  if (depth >= maxLocalHops || property.computed || property.kind !== "init" || property.method) return undefined;
  const key =
    property.key.type === "Identifier"
      ? property.key.name
      : typeof property.key.value === "string"
        ? property.key.value
        : undefined;
  const { node: object, parent: declarator } = transparentParent(property.parent);
  if (key === undefined || declarator?.type !== "VariableDeclarator" || declarator.init !== object) return undefined;
  const reads = constReadsOf(declarator, options);
  if (!reads) return undefined;
  let first: FloatingPromise | undefined;
  for (const read of reads) {
    const { node: outer, parent: member } = transparentParent(read);
    if (member?.type !== "MemberExpression" || member.object !== outer) return undefined; // the object is handed on
    const name = memberName(member);
    if (name === undefined) return undefined;
    if (name !== key) continue;
    const usage = promiseUsage(member, options, depth + 1);
    if (!usage) return undefined;
    first ??= usage.how === "member" ? { ...usage, how: "discarded" } : usage;
  }
  return first;
}

/**
 * The reads of a local `const` (not exported, not destructured), when all of them are in the
 * function that declares it; undefined when a closure reads it (it keeps the value), or when the
 * binding is of another kind.
 */
function constReadsOf(declarator: TSESTree.VariableDeclarator, options: PromiseUsageOptions): TSESTree.Node[] | undefined {
  if (declarator.id.type !== "Identifier") return undefined;
  const declaration = declarator.parent;
  if (declaration.kind !== "const" || declaration.parent.type === "ExportNamedDeclaration") return undefined;
  const [variable] = options.sourceCode.getDeclaredVariables(declarator);
  if (!variable) return undefined;
  const home = enclosingFunction(declarator);
  const reads: TSESTree.Node[] = [];
  for (const reference of variable.references) {
    if (reference.init || !reference.isRead()) continue;
    const read = reference.identifier as TSESTree.Node;
    if (enclosingFunction(read) !== home) return undefined; // a closure keeps it
    reads.push(read);
  }
  return reads;
}

/** The calls a function is handed to as a callback, and at which argument position. */
function callbackUses(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fn: FunctionNode,
): { call: TSESTree.CallExpression | TSESTree.NewExpression; index: number }[] {
  const positions: TSESTree.Node[] = [];
  const outer = transparentParent(fn);
  if (outer.parent?.type === "VariableDeclarator" && outer.parent.init === outer.node) {
    for (const variable of sourceCode.getDeclaredVariables(outer.parent)) {
      for (const reference of variable.references) {
        if (!reference.init && reference.isRead()) positions.push(reference.identifier);
      }
    }
  } else if (fn.type === "FunctionDeclaration") {
    for (const variable of sourceCode.getDeclaredVariables(fn)) {
      if (variable.defs.some((definition) => definition.node === fn)) {
        for (const reference of variable.references) if (reference.isRead()) positions.push(reference.identifier);
      }
    }
  } else {
    positions.push(fn);
  }
  const uses: { call: TSESTree.CallExpression | TSESTree.NewExpression; index: number }[] = [];
  for (const position of positions) {
    const { node, parent } = transparentParent(position);
    if (parent?.type !== "CallExpression" && parent?.type !== "NewExpression") continue;
    const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
    if (index >= 0) uses.push({ call: parent, index });
  }
  return uses;
}

/**
 * A caller that ignores what the callback at `index` returns: `forEach`, `setTimeout`,
 * `setInterval`, `setImmediate`, `queueMicrotask`, `process.nextTick`, event listeners
 * (`.on`, `.once`, `addEventListener`, ...), and a server's `listen` callback, its last argument
 * (`app.listen(port, async () => { await bot.api.setWebhook(url) })`: Node's http, Express, Koa and
 * Fastify call it when listening starts and ignore what it returns). Known by name: no type tells
 * a dropper apart.
 */
export function dropsCallbackResult(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
): boolean {
  if (call.type !== "CallExpression") return false;
  const callee = skipTransparent(call.callee);
  if (callee.type === "Identifier") {
    return index === 0 && droppingGlobals.has(callee.name) && isUnshadowedGlobal(sourceCode, callee);
  }
  const member = calleeMember(call);
  if (!member) return false;
  if (member.name === "forEach") return index === 0;
  if (listenerMethods.has(member.name)) return index === 1;
  if (member.name === "listen") return index > 0 && index === call.arguments.length - 1;
  const object = skipTransparent(member.member.object);
  if (object.type !== "Identifier" || !isUnshadowedGlobal(sourceCode, object)) return false;
  if (member.name === "nextTick") return index === 0 && object.name === "process";
  return index === 0 && droppingGlobals.has(member.name) && object.name === "globalThis";
}

/** `a[0]`, `a?.[1]`: an element read by a number. */
function isIndexRead(member: TSESTree.MemberExpression): boolean {
  return member.computed && member.property.type === "Literal" && typeof member.property.value === "number";
}

import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember, skipTransparent, staticString } from "../utils/ast";
import { findVariable, isUnshadowedGlobal } from "../utils/scope";
import type { GrammyModel } from "./model";

/** Node's `process` methods that register a signal listener. */
export const processListenerMethods: ReadonlySet<string> = new Set([
  "on",
  "once",
  "addListener",
  "prependListener",
  "prependOnceListener",
]);

/** A signal listener registration: `process.once("SIGINT", fn)`, `Deno.addSignalListener(...)`. */
export interface SignalListener {
  readonly call: TSESTree.CallExpression;
  readonly runtime: "node" | "deno";
  /** The signal names it listens to; undefined when they cannot be known statically. */
  readonly signals: readonly string[] | undefined;
  /** The listener argument, as written (a function, or a reference to one). */
  readonly listener: TSESTree.Node | undefined;
}

export function signalListenerOf(model: GrammyModel, call: TSESTree.CallExpression): SignalListener | undefined {
  const member = calleeMember(call);
  if (!member) return undefined;
  let runtime: SignalListener["runtime"] | undefined;
  if (processListenerMethods.has(member.name) && isProcess(model, member.member.object)) runtime = "node";
  else if (member.name === "addSignalListener" && isGlobal(model, member.member.object, "Deno")) runtime = "deno";
  if (!runtime) return undefined;
  const [signal, listener] = call.arguments;
  if (!signal) return undefined;
  const signals = signalNames(model, signal);
  // `process.on("exit", ...)`, `process.on("message", ...)`: not signals.
  if (signals?.every((name) => !name.startsWith("SIG"))) return undefined;
  return { call, runtime, signals, listener };
}

/** `process` (the global, `globalThis.process`, or imported from `node:process`). */
export function isProcess(model: GrammyModel, node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  if (isGlobal(model, inner, "process")) return true;
  if (inner.type !== "Identifier") return false;
  const definition = findVariable(model.sourceCode, inner)?.defs[0];
  if (definition?.type === "Variable") {
    // const process = require("node:process");
    const init = definition.node.init && skipTransparent(definition.node.init);
    const [source] = init?.type === "CallExpression" ? init.arguments : [];
    return (
      definition.node.id === definition.name &&
      init?.type === "CallExpression" &&
      init.callee.type === "Identifier" &&
      init.callee.name === "require" &&
      source?.type === "Literal" &&
      (source.value === "process" || source.value === "node:process")
    );
  }
  if (definition?.type !== "ImportBinding" || definition.parent.type !== "ImportDeclaration") return false;
  const source = definition.parent.source.value;
  return (
    (source === "process" || source === "node:process") &&
    (definition.node.type === "ImportDefaultSpecifier" || definition.node.type === "ImportNamespaceSpecifier")
  );
}

/** An unshadowed global (`Deno`, `process`), also reached as `globalThis.X`. */
export function isGlobal(model: GrammyModel, node: TSESTree.Node, name: string): boolean {
  const inner = skipTransparent(node);
  if (inner.type === "Identifier") return inner.name === name && isUnshadowedGlobal(model.sourceCode, inner);
  if (inner.type === "MemberExpression" && !inner.computed && inner.property.type === "Identifier") {
    return inner.property.name === name && isGlobal(model, inner.object, "globalThis");
  }
  return false;
}

/**
 * The signal names an argument stands for: a literal, a constant, or the loop variable of
 * `for (const s of ["SIGINT", "SIGTERM"])` / `["SIGINT", "SIGTERM"].forEach((s) => ...)`.
 */
export function signalNames(model: GrammyModel, node: TSESTree.Node): readonly string[] | undefined {
  const literal = staticString(node);
  if (literal !== undefined) return [literal];
  if (node.type !== "Identifier") return undefined;
  const definition = findVariable(model.sourceCode, node)?.defs[0];
  if (!definition) return undefined;
  if (definition.type === "Variable") {
    const declarator = definition.node;
    const declaration = declarator.parent;
    const loop = declaration.parent;
    if (loop.type === "ForOfStatement" && loop.left === declaration) return literalStrings(model, loop.right);
    if (declaration.kind === "const" && declarator.init && declarator.id === definition.name) {
      const value = staticString(declarator.init);
      return value === undefined ? undefined : [value];
    }
    return undefined;
  }
  if (definition.type === "Parameter") {
    const fn = definition.node;
    const call = fn.parent;
    if (fn.params[0] !== definition.name || call.type !== "CallExpression" || call.arguments[0] !== fn) return undefined;
    const member = calleeMember(call);
    return member?.name === "forEach" ? literalStrings(model, member.member.object) : undefined;
  }
  return undefined;
}

function literalStrings(model: GrammyModel, node: TSESTree.Node): readonly string[] | undefined {
  let array = skipTransparent(node);
  if (array.type === "Identifier") {
    const definition = findVariable(model.sourceCode, array)?.defs[0];
    if (definition?.type !== "Variable" || definition.parent.kind !== "const" || !definition.node.init) return undefined;
    array = skipTransparent(definition.node.init);
  }
  if (array.type !== "ArrayExpression") return undefined;
  const values: string[] = [];
  for (const element of array.elements) {
    const value = element ? staticString(element) : undefined;
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

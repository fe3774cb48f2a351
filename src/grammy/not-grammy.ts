import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember, skipTransparent, staticMemberName } from "../utils/ast";
import { constDeclaratorOf, findVariable, isUnshadowedGlobal } from "../utils/scope";
import { grammyMethodNames, methodsOfKind } from "./kinds";
import { composerRegistrationMethods } from "./members.generated";
import type { GrammyModel } from "./model";
import { isRuntimeModule } from "./modules/graph";

/** `Promise.all(...)` and `Promise.allSettled(...)` give arrays, awaited or not; never one object. */
const arrayPromiseStatics: ReadonlySet<string> = new Set(["all", "allSettled"]);

/** How many `const` definitions deep the question is followed (`const b = a; const a = ...`). */
const maxHops = 16;

/**
 * Whether syntax alone proves that an expression's value is no grammY object, so that the type
 * checker need not be asked about it (asking about a call resolves the call: its arguments and
 * callbacks are checked). False means "not proven", never "is grammY".
 *
 * Proven: a call of a grammY object's own method other than a registration (`ctx.reply(...)`,
 * `bot.api.getMe()`), awaited or not: scripts/generate-grammy-members.mjs checks against grammY's
 * declarations that none of them returns (or resolves to) a grammY object. `Promise.all(...)` and
 * `Promise.allSettled(...)` of the global `Promise`, awaited or not. A `const` without a type
 * annotation whose initializer is proven.
 */
export function isKnownNotGrammy(model: GrammyModel, node: TSESTree.Node, hops = 0): boolean {
  if (hops > maxHops) return false;
  let inner = skipTransparent(node);
  if (inner.type === "AwaitExpression") inner = skipTransparent(inner.argument);
  switch (inner.type) {
    case "CallExpression":
      return isGrammyMemberCall(model, inner) || isArrayPromise(model, inner);
    case "Identifier": {
      const declarator = constDeclaratorOf(model.sourceCode, inner);
      if (!declarator || declarator.id.typeAnnotation !== undefined) return false;
      return isKnownNotGrammy(model, declarator.init, hops + 1);
    }
    default:
      return false;
  }
}

/** `ctx.reply(...)`, `bot.api.getMe()`, `handle.isRunning()`: a grammY object's non-registration method. */
function isGrammyMemberCall(model: GrammyModel, call: TSESTree.CallExpression): boolean {
  const member = calleeMember(call);
  if (!member || composerRegistrationMethods.has(member.name)) return false;
  // Only a grammY method name makes the receiver worth asking about.
  if (!grammyMethodNames.has(member.name)) return false;
  const receiver = model.kindOf(member.member.object);
  return receiver !== undefined && (methodsOfKind[receiver]?.has(member.name) ?? false);
}

function isArrayPromise(model: GrammyModel, call: TSESTree.CallExpression): boolean {
  const callee = skipTransparent(call.callee);
  if (callee.type !== "MemberExpression" || !arrayPromiseStatics.has(staticMemberName(callee) ?? "")) return false;
  const object = skipTransparent(callee.object);
  return object.type === "Identifier" && object.name === "Promise" && isUnshadowedGlobal(model.sourceCode, object);
}

/** The language's and the runtimes' own namespaces: their methods are declared by them, not grammY. */
const builtinNamespaces: ReadonlySet<string> = new Set([
  "Array",
  "Atomics",
  "Date",
  "Deno",
  "Intl",
  "JSON",
  "Math",
  "Number",
  "Object",
  "Promise",
  "Reflect",
  "String",
  "Symbol",
  "console",
  "process",
]);

/** Constructors whose instances' methods are the language's own (`new Map()`, `new Set()`). */
const builtinConstructors: ReadonlySet<string> = new Set([
  "AbortController",
  "Array",
  "Date",
  "Error",
  "Map",
  "Set",
  "URL",
  "URLSearchParams",
  "WeakMap",
  "WeakRef",
  "WeakSet",
]);

/**
 * Whether syntax alone proves that a call's function is not declared by grammY or a grammY plugin,
 * so that the type checker need not be asked whether it returns one of their promises: a function
 * declared in this file or imported from the runtime (`node:timers/promises`), a global of the
 * language or runtime (`setTimeout`, `console.log`, `process.once`), or a method of an array or of
 * a `const` made by a built-in constructor (`const seen = new Set()`, `const lines: string[] = []`,
 * `const all = await Promise.all(...)`).
 */
export function isSurelyNotGrammyDeclared(model: GrammyModel, call: TSESTree.CallExpression): boolean {
  const callee = skipTransparent(call.callee);
  if (callee.type === "Identifier") {
    const variable = findVariable(model.sourceCode, callee);
    if (!variable || variable.defs.length === 0) return true; // a global of the language or runtime
    return variable.defs.every((definition) => {
      switch (definition.type) {
        case "FunctionName":
          return true;
        case "Variable":
          return definition.node.init !== null && isFunctionExpression(definition.node.init);
        case "ImportBinding":
          return definition.parent.type === "ImportDeclaration" && isRuntimeModule(definition.parent.source.value);
        default:
          return false;
      }
    });
  }
  if (callee.type !== "MemberExpression") return false;
  const receiver = skipTransparent(callee.object);
  if (receiver.type === "ArrayExpression") return true;
  if (receiver.type !== "Identifier") return false;
  if (builtinNamespaces.has(receiver.name) && isUnshadowedGlobal(model.sourceCode, receiver)) return true;
  const declarator = constDeclaratorOf(model.sourceCode, receiver);
  if (!declarator) return false;
  const annotation = declarator.id.typeAnnotation?.typeAnnotation;
  let init = skipTransparent(declarator.init);
  if (init.type === "ArrayExpression") return annotation === undefined || annotation.type === "TSArrayType";
  if (init.type === "AwaitExpression") init = skipTransparent(init.argument);
  if (init.type === "CallExpression") return isArrayPromise(model, init); // `const all = await Promise.all(...)`
  if (init.type !== "NewExpression" || init.callee.type !== "Identifier") return false;
  const constructor = init.callee;
  return (
    builtinConstructors.has(constructor.name) &&
    isUnshadowedGlobal(model.sourceCode, constructor) &&
    (annotation === undefined ||
      (annotation.type === "TSTypeReference" &&
        annotation.typeName.type === "Identifier" &&
        annotation.typeName.name === constructor.name))
  );
}

function isFunctionExpression(node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  return inner.type === "ArrowFunctionExpression" || inner.type === "FunctionExpression";
}

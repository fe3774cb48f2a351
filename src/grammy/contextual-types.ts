import type { TSESTree } from "@typescript-eslint/utils";

import { enclosingFunction, propertyKeyName, type FunctionNode } from "../utils/ast";
import { findVariable } from "../utils/scope";
import { declaredMemberTypes, denotedType, nonNullPart, type TypeIn, type Written } from "./declared-types";
import type { GrammyModel } from "./model";

/**
 * How many types deep one question is followed (an array of an array, a property of a property):
 * real code stays far below it.
 */
const maxHops = 16;

/**
 * The type that a function's parameter gets from its context, not from an annotation of its own:
 * the function is a method or a property value of an object literal that is checked against a
 * declared type (`{ async run(bot, ctx) {...} } satisfies Command`, `as Command`, `const c: Command
 * = {...}`, an element of `const list: Command[] = [...]`, the value returned by a function
 * annotated to return `Command`), and that type declares the member as a method or a property of
 * function type whose parameter at the same position is annotated. `position` counts parameters
 * without a `this` parameter. Undefined whenever a step cannot be read: a generic type, a mapped
 * or conditional type, a union of object types, an overloaded member, a rest parameter.
 */
export function contextualParameterType(model: GrammyModel, fn: FunctionNode, position: number): TypeIn | undefined {
  const property = fn.parent;
  if (property.type !== "Property" || property.value !== fn || property.kind !== "init") return undefined;
  if (property.parent.type !== "ObjectExpression") return undefined;
  const key = propertyKeyName(property.key, property.computed);
  if (key === undefined) return undefined;
  const object = contextualTypeOf(model, property.parent, 0);
  const member = object && memberType(object, key);
  if (!member) return undefined;
  const middleware = middlewareContext(member, position);
  if (middleware) return middleware;
  const signature = signatureOf(member, 0);
  const parameter = signature && withoutThis(signature.type.params)[position];
  if (!signature || !parameter || parameter.type === "RestElement") return undefined;
  const annotation = "typeAnnotation" in parameter ? parameter.typeAnnotation?.typeAnnotation : undefined;
  return annotation && { model: signature.model, type: annotation };
}

/** The type an expression is checked against where it is written, when that is declared. */
function contextualTypeOf(model: GrammyModel, node: TSESTree.Node, hops: number): Written | undefined {
  if (hops > maxHops) return undefined;
  const parent = node.parent;
  switch (parent?.type) {
    case "TSSatisfiesExpression":
    case "TSAsExpression":
    case "TSTypeAssertion":
      if (parent.expression !== node) return undefined;
      // `{...} as const satisfies Command`: `const` says nothing, the outer type does.
      if (isConstType(parent.typeAnnotation)) return contextualTypeOf(model, parent, hops + 1);
      return { model, type: parent.typeAnnotation };
    case "TSNonNullExpression":
      return contextualTypeOf(model, parent, hops + 1);
    case "VariableDeclarator": {
      const annotation = parent.init === node ? parent.id.typeAnnotation?.typeAnnotation : undefined;
      return annotation && { model, type: annotation };
    }
    case "PropertyDefinition": {
      // `commands: Command[] = [...]` in a class
      const annotation = parent.value === node ? parent.typeAnnotation?.typeAnnotation : undefined;
      return annotation && { model, type: annotation };
    }
    case "ArrayExpression": {
      const array = contextualTypeOf(model, parent, hops + 1);
      return array && elementType(array, hops + 1);
    }
    case "Property": {
      // `{ start: { async run(bot, ctx) {...} } } satisfies Record`: a member of the outer type.
      if (parent.value !== node || parent.kind !== "init" || parent.parent.type !== "ObjectExpression") return undefined;
      const key = propertyKeyName(parent.key, parent.computed);
      const outer = key === undefined ? undefined : contextualTypeOf(model, parent.parent, hops + 1);
      return outer && key !== undefined ? memberType(outer, key) : undefined;
    }
    case "ReturnStatement": {
      const fn = enclosingFunction(parent);
      return fn && returnedType(model, fn);
    }
    case "ArrowFunctionExpression":
      return parent.body === node ? returnedType(model, parent) : undefined;
    default:
      return undefined;
  }
}

/** The declared return type of a function, for what it returns (not an async function's `Promise<T>`). */
function returnedType(model: GrammyModel, fn: FunctionNode): Written | undefined {
  if (fn.async || fn.generator) return undefined;
  const annotation = fn.returnType?.typeAnnotation;
  return annotation && { model, type: annotation };
}

function isConstType(type: TSESTree.TypeNode): boolean {
  return type.type === "TSTypeReference" && type.typeName.type === "Identifier" && type.typeName.name === "const" && !type.typeArguments;
}

/** The type of the elements of an array type: `T[]`, `readonly T[]`, `Array<T>`, `ReadonlyArray<T>`. */
function elementType(source: Written, hops: number): Written | undefined {
  if (hops > maxHops) return undefined;
  let type = source.type;
  if (type.type === "TSTypeOperator" && type.operator === "readonly" && type.typeAnnotation) type = type.typeAnnotation;
  if (type.type === "TSArrayType") return { model: source.model, type: type.elementType };
  if (type.type === "TSTypeReference" && type.typeName.type === "Identifier" && type.typeArguments?.params.length === 1) {
    const name = type.typeName;
    const [argument] = type.typeArguments.params;
    // The language's own `Array`, not a type of that name declared by the project.
    if ((name.name === "Array" || name.name === "ReadonlyArray") && !findVariable(source.model.sourceCode, name)?.defs.length) {
      return argument && { model: source.model, type: argument };
    }
    return undefined;
  }
  const aliased = type.type === "TSTypeReference" ? plainType(source) : undefined;
  return aliased && elementType(aliased, hops + 1);
}

/**
 * The declared type of one member of an object type: a property's annotation, or the method
 * signature itself. Undefined when the type declares the member more than once (overloads, parts
 * of an intersection) or inside a generic declaration, or not in a way that can be read.
 */
/**
 * grammY's middleware types are functions of the context they are given: `MiddlewareFn<C>` is
 * `(ctx: C, next: NextFunction) => ...`, and `Middleware<C>` is that or an object holding one
 * (grammY's composer.d.ts). `callback: MiddlewareFn<MyContext>` gives a function's first parameter
 * `MyContext`.
 */
function middlewareContext(member: Written, position: number): TypeIn | undefined {
  const { model, type } = member;
  if (position !== 0 || type.type !== "TSTypeReference") return undefined;
  const exported = model.exportOf(type.typeName);
  if (exported?.module !== "grammy" || (exported.name !== "MiddlewareFn" && exported.name !== "Middleware")) return undefined;
  const context = type.typeArguments?.params[0];
  return context && { model, type: context };
}

function memberType(source: Written, key: string): Written | undefined {
  const [only, ...others] = declaredMemberTypes(source, key);
  return only && others.length === 0 && !only.generic ? only : undefined;
}

/**
 * The function type a member is declared with: a method signature, `(bot, ctx: C) => R`, an alias
 * of a function type, a union of one with `undefined` (an optional member). Not a generic one.
 */
function signatureOf(
  source: Written,
  hops: number,
): { readonly model: GrammyModel; readonly type: TSESTree.TSFunctionType | TSESTree.TSMethodSignature } | undefined {
  if (hops > maxHops) return undefined;
  const plain = plainType(source);
  if (!plain) return undefined;
  const { model, type } = plain;
  if (type.type === "TSMethodSignature" && type.kind !== "method") return undefined; // a getter or a setter
  if (type.type === "TSFunctionType" || type.type === "TSMethodSignature") return type.typeParameters ? undefined : { model, type };
  const only = type.type === "TSUnionType" ? nonNullPart(type) : undefined;
  return only && signatureOf({ model, type: only }, hops + 1);
}

/**
 * What a type denotes when that is one type written outside any generic declaration (a
 * substitution would be needed otherwise), not an interface's declarations.
 */
function plainType(source: Written): Written | undefined {
  const denoted = denotedType(source);
  return denoted?.kind === "type" && !denoted.written.generic ? denoted.written : undefined;
}

/** A function's or signature's parameters without a leading `this: T` parameter. */
export function withoutThis(parameters: readonly TSESTree.Parameter[]): readonly TSESTree.Parameter[] {
  const [first] = parameters;
  return first?.type === "Identifier" && first.name === "this" ? parameters.slice(1) : parameters;
}

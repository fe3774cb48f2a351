import type { TSESTree } from "@typescript-eslint/utils";

import { propertyKeyName, type FunctionNode } from "../utils/ast";
import { findVariable } from "../utils/scope";
import type { GrammyModel } from "./model";

/** A type written in one module: its node, and the model of the module that holds it. */
export interface TypeIn {
  readonly model: GrammyModel;
  readonly type: TSESTree.TypeNode;
}

/** A type as this file reads it: a type node, or a method signature (read for its parameters). */
interface Written {
  readonly model: GrammyModel;
  readonly type: TSESTree.TypeNode | TSESTree.TSMethodSignature;
}

/** What a type name may denote that this module reads members of: a type alias, or an interface. */
export type TypeDeclaration = TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration;

/**
 * The declarations of a type name, and the model of the module that holds them (an interface may
 * be declared in parts). Given by `GrammyModel.typeDeclarationsOf`, which follows imports.
 */
export interface DeclarationsIn {
  readonly model: GrammyModel;
  readonly declarations: readonly TypeDeclaration[];
}

/**
 * How many types deep one question is followed (an alias of an alias, an interface that extends
 * another, a property of a property): real code stays far below it.
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
  const member = object && memberType(object, key, 0);
  const signature = member && signatureOf(member, 0);
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
      return outer && key !== undefined ? memberType(outer, key, hops + 1) : undefined;
    }
    case "ReturnStatement": {
      const fn = enclosingFunctionOf(parent);
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

function enclosingFunctionOf(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "ArrowFunctionExpression" || current.type === "FunctionDeclaration" || current.type === "FunctionExpression") {
      return current;
    }
  }
  return undefined;
}

function isConstType(type: TSESTree.TypeNode): boolean {
  return type.type === "TSTypeReference" && type.typeName.type === "Identifier" && type.typeName.name === "const" && !type.typeArguments;
}

/** What a type is once the names it is written with are followed (`followName`). */
type Followed =
  | { readonly kind: "type"; readonly in: Written }
  | { readonly kind: "interfaces"; readonly model: GrammyModel; readonly declarations: readonly TSESTree.TSInterfaceDeclaration[] };

function followed(source: Written, hops: number): Followed | undefined {
  const type = source.type;
  if (type.type !== "TSTypeReference") return { kind: "type", in: source };
  // A generic's arguments would have to be substituted: unknown.
  return type.typeArguments ? undefined : followName(source.model, type.typeName, hops);
}

/**
 * What a type name denotes, in any module of the project: the type an alias without type
 * parameters stands for (followed further), or the declarations of an interface.
 */
function followName(model: GrammyModel, name: TSESTree.Node, hops: number): Followed | undefined {
  if (hops > maxHops) return undefined;
  const found = model.typeDeclarationsOf(name);
  if (!found || !isPlain(found.declarations)) return undefined;
  const [first] = found.declarations;
  if (first?.type === "TSTypeAliasDeclaration") return followed({ model: found.model, type: first.typeAnnotation }, hops + 1);
  const interfaces = found.declarations.filter((declaration) => declaration.type === "TSInterfaceDeclaration");
  return { kind: "interfaces", model: found.model, declarations: interfaces };
}

/** One type alias, or interfaces only, none of them generic. */
function isPlain(declarations: readonly TypeDeclaration[]): boolean {
  if (declarations.length === 0 || declarations.some((declaration) => declaration.typeParameters)) return false;
  return declarations.length === 1 || declarations.every((declaration) => declaration.type === "TSInterfaceDeclaration");
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
  const resolved = type.type === "TSTypeReference" ? followed(source, hops + 1) : undefined;
  return resolved?.kind === "type" ? elementType(resolved.in, hops + 1) : undefined;
}

/**
 * The declared type of one member of an object type: a property's annotation, or the method
 * signature itself. Undefined when the type has no such member that can be read, or declares it
 * more than once (overloads).
 */
function memberType(source: Written, key: string, hops: number): Written | undefined {
  if (hops > maxHops) return undefined;
  const resolved = followed(source, hops + 1);
  return resolved && memberOf(resolved, key, hops);
}

function memberOf(resolved: Followed, key: string, hops: number): Written | undefined {
  if (resolved.kind === "interfaces") {
    const { model, declarations } = resolved;
    const own = declarations.flatMap((declaration) => declaration.body.body);
    const found = memberIn(model, own, key);
    if (found !== "none") return found;
    // An inherited member: from the interfaces (or aliases) this one extends.
    for (const declaration of declarations) {
      for (const heritage of declaration.extends) {
        if (heritage.typeArguments) continue;
        const base = followName(model, heritage.expression, hops + 1);
        const inherited = base && memberOf(base, key, hops + 1);
        if (inherited) return inherited;
      }
    }
    return undefined;
  }
  const type = resolved.in.type;
  switch (type.type) {
    case "TSTypeLiteral": {
      const found = memberIn(resolved.in.model, type.members, key);
      return found === "none" ? undefined : found;
    }
    case "TSIntersectionType":
      for (const part of type.types) {
        const found = memberType({ model: resolved.in.model, type: part }, key, hops + 1);
        if (found) return found;
      }
      return undefined;
    case "TSUnionType": {
      const [only, ...others] = type.types.filter((part) => part.type !== "TSUndefinedKeyword" && part.type !== "TSNullKeyword");
      return only && others.length === 0 ? memberType({ model: resolved.in.model, type: only }, key, hops + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** A member named `key` among an object type's members; "none" when there is none (look further). */
function memberIn(model: GrammyModel, members: readonly TSESTree.TypeElement[], key: string): Written | "none" | undefined {
  const named = members.filter(
    (member): member is TSESTree.TSMethodSignature | TSESTree.TSPropertySignature =>
      (member.type === "TSMethodSignature" || member.type === "TSPropertySignature") && propertyKeyName(member.key, member.computed) === key,
  );
  const [only] = named;
  if (!only) return "none";
  if (named.length > 1) return undefined;
  if (only.type === "TSMethodSignature") return only.kind === "method" ? { model, type: only } : undefined;
  const annotation = only.typeAnnotation?.typeAnnotation;
  return annotation && { model, type: annotation };
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
  const resolved = followed(source, hops + 1);
  if (resolved?.kind !== "type") return undefined;
  const { model, type } = resolved.in;
  if (type.type === "TSFunctionType" || type.type === "TSMethodSignature") return type.typeParameters ? undefined : { model, type };
  if (type.type === "TSUnionType") {
    const [only, ...others] = type.types.filter((part) => part.type !== "TSUndefinedKeyword" && part.type !== "TSNullKeyword");
    return only && others.length === 0 ? signatureOf({ model, type: only }, hops + 1) : undefined;
  }
  return undefined;
}

/** A function's or signature's parameters without a leading `this: T` parameter. */
export function withoutThis(parameters: readonly TSESTree.Parameter[]): readonly TSESTree.Parameter[] {
  const [first] = parameters;
  return first?.type === "Identifier" && first.name === "this" ? parameters.slice(1) : parameters;
}

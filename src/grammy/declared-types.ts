import type { TSESTree } from "@typescript-eslint/utils";

import { propertyKeyName } from "../utils/ast";
import { fieldWritesOf, type ClassNode } from "./class-fields";
import type { GrammyModel } from "./model";

/**
 * The types the project declares, read off their syntax: what a type name denotes, followed across
 * the project's modules (`.d.ts` types modules included, never into grammY or a package), and the
 * declared types of a named member of an object type. Two questions stand on it, each with its own
 * policy on what it finds: the contextual type of an object literal's method wants exactly one
 * declaration (contextual-types.ts); the class a context's member is an instance of wants one
 * class among all declarations (declared-members.ts).
 */

/** A type written in one module: its node, and the model of the module that holds it. */
export interface TypeIn {
  readonly model: GrammyModel;
  readonly type: TSESTree.TypeNode;
}

/** A type as written in one module: a type node, or a method signature (a member declared as a method). */
export interface Written {
  readonly model: GrammyModel;
  readonly type: TSESTree.TypeNode | TSESTree.TSMethodSignature;
  /**
   * Written inside a generic declaration (`type Job<C> = { run(ctx: C): unknown }`): it may name a
   * type parameter that the reference would substitute, which syntax does not do. Absent: false.
   */
  readonly generic?: boolean;
}

/** What a type name may denote that this module reads members of. */
export type TypeDeclaration = TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration | ClassNode;

/** Whether a node declares a type whose members this module reads. */
export function isTypeDeclaration(node: TSESTree.Node): node is TypeDeclaration {
  return (
    node.type === "TSInterfaceDeclaration" ||
    node.type === "TSTypeAliasDeclaration" ||
    node.type === "ClassDeclaration" ||
    node.type === "ClassExpression"
  );
}

/**
 * The declarations of a type name, and the model of the module that holds them (an interface may
 * be declared in parts, and merged with a class). Given by `GrammyModel.typeDeclarationsOf`,
 * which follows imports.
 */
export interface DeclarationsIn {
  readonly model: GrammyModel;
  readonly declarations: readonly TypeDeclaration[];
}

/** What a type is once the names it is written with are followed (`denotedType`). */
export type Denoted =
  | { readonly kind: "type"; readonly written: Written }
  | {
      readonly kind: "declarations";
      readonly model: GrammyModel;
      readonly declarations: readonly (TSESTree.TSInterfaceDeclaration | ClassNode)[];
      readonly generic: boolean;
    };

/**
 * How many types deep one question is followed (an alias of an alias, an interface that extends
 * another, a part of an intersection): real code stays far below it, and a cyclic type (which
 * TypeScript rejects, but which a file may still contain) stops here.
 */
const maxHops = 16;

/**
 * What a type denotes: the type itself unless it is a reference; for a reference, the type an
 * alias stands for (followed further), or the interfaces and classes of that name. A grammY or
 * plugin generic that keeps the context it is given (`CommandContext<MyContext>`,
 * `HydrateFlavor<MyContext>`) denotes its argument, as far as the project's members go (its own
 * are grammY's). Undefined for a name the project does not declare.
 */
export function denotedType(source: Written, hops = 0): Denoted | undefined {
  if (hops > maxHops) return undefined;
  const { model, type } = source;
  if (type.type !== "TSTypeReference") return { kind: "type", written: source };
  const parameter = model.flavorParameter(type.typeName);
  const argument = parameter === undefined ? undefined : type.typeArguments?.params[parameter];
  if (argument) return denotedType({ ...source, type: argument }, hops + 1);
  return denotedName(model, type.typeName, source.generic === true, hops + 1);
}

function denotedName(model: GrammyModel, name: TSESTree.Node, generic: boolean, hops: number): Denoted | undefined {
  if (hops > maxHops) return undefined;
  const found = model.typeDeclarationsOf(name);
  if (!found) return undefined;
  const isGeneric = generic || found.declarations.some((declaration) => declaration.typeParameters);
  const alias = found.declarations.find((declaration) => declaration.type === "TSTypeAliasDeclaration");
  if (!alias) {
    const declarations = found.declarations.filter((declaration) => declaration.type !== "TSTypeAliasDeclaration");
    return { kind: "declarations", model: found.model, declarations, generic: isGeneric };
  }
  // An alias is declared once, and merges with nothing: anything else is code TypeScript rejects.
  if (found.declarations.length > 1) return undefined;
  return denotedType({ model: found.model, type: alias.typeAnnotation, generic: isGeneric }, hops + 1);
}

/**
 * The declared types of the member `name` of a type, as the project writes them: a property's
 * annotation, or a method signature; of an object type, of an interface (all its declarations, and
 * what it extends unless it declares the member itself), of a class's annotated field, of every
 * part of an intersection, of a union with `undefined` or `null` (an optional value). Every
 * declaration found is given (overloads, several parts); a caller decides what several mean.
 */
export function declaredMemberTypes(source: Written, name: string, hops = 0): Written[] {
  if (hops > maxHops) return [];
  const denoted = denotedType(source, hops + 1);
  return denoted ? membersOf(denoted, name, hops + 1) : [];
}

function membersOf(denoted: Denoted, name: string, hops: number): Written[] {
  if (hops > maxHops) return [];
  if (denoted.kind === "declarations") return declarationMembers(denoted, name, hops);
  const { model, type } = denoted.written;
  const generic = denoted.written.generic === true;
  switch (type.type) {
    case "TSTypeLiteral":
      return membersIn(model, type.members, name, generic) ?? [];
    case "TSIntersectionType":
      return type.types.flatMap((part) => declaredMemberTypes({ model, type: part, generic }, name, hops + 1));
    case "TSUnionType": {
      const only = nonNullPart(type);
      return only ? declaredMemberTypes({ model, type: only, generic }, name, hops + 1) : [];
    }
    default:
      return [];
  }
}

function declarationMembers(denoted: Extract<Denoted, { kind: "declarations" }>, name: string, hops: number): Written[] {
  const { model, declarations, generic } = denoted;
  let declaresIt = false;
  const own: Written[] = [];
  for (const declaration of declarations) {
    if (declaration.type === "TSInterfaceDeclaration") {
      const found = membersIn(model, declaration.body.body, name, generic);
      if (found) own.push(...found);
      declaresIt ||= found !== undefined;
    } else {
      const writes = fieldWritesOf(declaration, name, model.sourceCode.visitorKeys);
      for (const write of writes) if (write.annotation) own.push({ model, type: write.annotation, generic });
      declaresIt ||= writes.length > 0;
    }
  }
  // A member an interface declares itself hides the one it inherits.
  if (declaresIt) return own;
  return declarations.flatMap((declaration) =>
    declaration.type === "TSInterfaceDeclaration"
      ? declaration.extends.flatMap((heritage) => {
          const base = denotedName(model, heritage.expression, generic, hops + 1);
          return base ? membersOf(base, name, hops + 1) : [];
        })
      : [],
  );
}

/**
 * The members named `name` among an object type's members, with their declared types; undefined
 * when none has that name (a property without an annotation has that name, and no declared type).
 */
function membersIn(model: GrammyModel, members: readonly TSESTree.TypeElement[], name: string, generic: boolean): Written[] | undefined {
  let named = false;
  const found: Written[] = [];
  for (const member of members) {
    if (member.type !== "TSMethodSignature" && member.type !== "TSPropertySignature") continue;
    if (propertyKeyName(member.key, member.computed) !== name) continue;
    named = true;
    const type = member.type === "TSMethodSignature" ? member : member.typeAnnotation?.typeAnnotation;
    if (type) found.push({ model, type, generic });
  }
  return named ? found : undefined;
}

/** The one part of a union that is not `undefined` or `null` (`Logger | undefined`, an optional member). */
export function nonNullPart(union: TSESTree.TSUnionType): TSESTree.TypeNode | undefined {
  const [only, ...others] = union.types.filter((part) => part.type !== "TSUndefinedKeyword" && part.type !== "TSNullKeyword");
  return others.length === 0 ? only : undefined;
}

import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember, isFunction, propertyKeyName, skipTransparent, staticMemberName } from "../utils/ast";
import { findVariable } from "../utils/scope";
import { fieldWritesOf, holdingClassOf, type ClassNode } from "./class-fields";
import { methodsOfKind } from "./kinds";
import type { GrammyModel } from "./model";

/**
 * What the project declares a grammY object to hold: `ctx.logger` where the context's type is
 * `Context & { logger: Logger }` (an alias, an interface extending `Context`, an object type; in
 * this module or imported, `.d.ts` types modules included) is an instance of the project's class
 * `Logger`, so `ctx.logger.log()` is a call of that class's method. Only the project's own
 * declarations are read: grammY's members (`ctx.api`, `ctx.msg`) and plugins' (`ctx.session`) are
 * declared in packages and never followed. Unknown stays unknown.
 */

/** A type as written in one module of the project. */
interface TypeAt {
  readonly model: GrammyModel;
  readonly type: TSESTree.TypeNode;
}

type TypeDeclaration = TSESTree.TypeNode | TSESTree.TSInterfaceDeclaration | ClassNode;

/** How many type references, type arguments and bindings deep one question is followed. */
const maxHops = 12;

/**
 * The class of the project that `object.name` is an instance of, as the declared type of a grammY
 * context or bot says: one class, or undefined (unknown, not a class, or several that disagree).
 */
export function declaredMemberClass(
  model: GrammyModel,
  member: TSESTree.MemberExpression,
): { model: GrammyModel; classNode: ClassNode } | undefined {
  const name = staticMemberName(member);
  if (name === undefined) return undefined;
  const kind = model.kindOf(member.object);
  if (kind !== "Context" && kind !== "Bot") return undefined;
  // grammY's own members keep their meaning (`ctx.api` is an Api, `ctx.reply` a method).
  if (methodsOfKind[kind]?.has(name) || model.kindOf(member) !== undefined) return undefined;
  const found = new Map<ClassNode, { model: GrammyModel; classNode: ClassNode }>();
  for (const declared of declaredTypesOf(model, member.object, 0)) {
    for (const memberType of membersNamed(declared.model, declared.type, name, 0)) {
      const owner = classOfType(memberType);
      if (!owner) return undefined; // a member that is not a class of the project: not followed
      found.set(owner.classNode, owner);
    }
  }
  const [only] = found.values();
  return found.size === 1 ? only : undefined;
}

/**
 * The declared types of a grammY object: a binding's annotation (`ctx: MyContext`), or, for the
 * context of a handler registered without one, the context type the registration target was
 * created with (`new Composer<MyContext>()`, `bot: Bot<MyContext>`, `new MenuRange<MyContext>()`).
 */
function declaredTypesOf(model: GrammyModel, node: TSESTree.Node, hops: number): TypeAt[] {
  const inner = skipTransparent(node);
  if (inner.type !== "Identifier" || hops > maxHops) return [];
  const definition = findVariable(model.sourceCode, inner)?.defs[0];
  if (!definition) return [];
  const name = definition.name;
  const annotation = "typeAnnotation" in name ? name.typeAnnotation?.typeAnnotation : undefined;
  if (annotation) return [{ model, type: annotation }];
  if (definition.type === "Variable" && definition.node.id === name && definition.node.init) {
    return declaredTypesOf(model, definition.node.init, hops + 1);
  }
  if (definition.type !== "Parameter" || !isFunction(definition.node)) return [];
  const fn = definition.node;
  const place = model.kindOf(inner) === "Context" && fn.params[0] === name ? model.placeOf(fn) : undefined;
  if ((place?.role !== "middleware" && place?.role !== "predicate") || !inModule(model, place.call)) return [];
  const target = calleeMember(place.call)?.member.object;
  return target ? contextTypeArgument(model, target, hops + 1) : [];
}

/**
 * The context type an object that takes middleware was created with: the first type argument of
 * `new Composer<C>()`, of an annotation `Bot<C>`, through method chains (`composer.chatType(...)`),
 * aliases, fields and imports. The argument must itself be a grammY context type.
 */
function contextTypeArgument(model: GrammyModel, node: TSESTree.Node, hops: number): TypeAt[] {
  if (hops > maxHops) return [];
  const inner = skipTransparent(node);
  switch (inner.type) {
    case "NewExpression":
      return contextArgumentOf(model, inner.typeArguments);
    case "CallExpression": {
      const member = calleeMember(inner);
      return member ? contextTypeArgument(model, member.member.object, hops + 1) : [];
    }
    case "MemberExpression": {
      // `this.composer`: the field's annotation, or what it is initialised with.
      const name = staticMemberName(inner);
      const classNode = holdingClassOf(inner);
      if (!classNode || name === undefined) return [];
      return fieldWritesOf(classNode, name, model.sourceCode.visitorKeys).flatMap((write) =>
        write.annotation?.type === "TSTypeReference"
          ? contextArgumentOf(model, write.annotation.typeArguments)
          : write.value
            ? contextTypeArgument(model, write.value, hops + 1)
            : [],
      );
    }
    case "Identifier": {
      const definition = findVariable(model.sourceCode, inner)?.defs[0];
      if (!definition) return [];
      const name = definition.name;
      const annotation = "typeAnnotation" in name ? name.typeAnnotation?.typeAnnotation : undefined;
      if (annotation) return annotation.type === "TSTypeReference" ? contextArgumentOf(model, annotation.typeArguments) : [];
      if (definition.type === "Variable" && definition.node.id === name && definition.node.init) {
        return contextTypeArgument(model, definition.node.init, hops + 1);
      }
      if (definition.type !== "ImportBinding" || !model.mayFollowForeign(inner)) return [];
      const value = model.foreignOf(inner);
      if (value?.kind !== "node") return [];
      return model.across(() => contextTypeArgument(value.model, value.node, hops + 1)) ?? [];
    }
    default:
      return [];
  }
}

function contextArgumentOf(model: GrammyModel, typeArguments: TSESTree.TSTypeParameterInstantiation | undefined): TypeAt[] {
  const argument = typeArguments?.params[0];
  return argument && model.annotationKind(argument) === "Context" ? [{ model, type: argument }] : [];
}

/**
 * The declared types of the member `name` of a type: a property of an object type or interface
 * (and of what it extends), of every part of an intersection, of what an alias names, of a class's
 * annotated field.
 */
function membersNamed(model: GrammyModel, type: TypeDeclaration, name: string, hops: number): TypeAt[] {
  if (hops > maxHops) return [];
  switch (type.type) {
    case "TSTypeLiteral":
      return propertiesNamed(model, type.members, name);
    case "TSInterfaceDeclaration": {
      const found = propertiesNamed(model, type.body.body, name);
      for (const heritage of type.extends) found.push(...typeNameMembers(model, heritage.expression, name, hops + 1));
      return found;
    }
    case "TSIntersectionType":
      return type.types.flatMap((part) => membersNamed(model, part, name, hops + 1));
    case "TSTypeReference": {
      // `CommandContext<MyContext>`, `HydrateFlavor<MyContext>`: grammY's or a plugin's generic
      // that keeps the context it is given; its own members are grammY's.
      const parameter = model.flavorParameter(type.typeName);
      const argument = parameter === undefined ? undefined : type.typeArguments?.params[parameter];
      if (argument) return membersNamed(model, argument, name, hops + 1);
      return typeNameMembers(model, type.typeName, name, hops + 1);
    }
    case "ClassDeclaration":
    case "ClassExpression":
      return fieldWritesOf(type, name, model.sourceCode.visitorKeys).flatMap((write) =>
        write.annotation ? [{ model, type: write.annotation }] : [],
      );
    default:
      return [];
  }
}

function propertiesNamed(model: GrammyModel, members: readonly TSESTree.TypeElement[], name: string): TypeAt[] {
  const found: TypeAt[] = [];
  for (const member of members) {
    if (member.type !== "TSPropertySignature" || propertyKeyName(member.key, member.computed) !== name) continue;
    if (member.typeAnnotation) found.push({ model, type: member.typeAnnotation.typeAnnotation });
  }
  return found;
}

/**
 * The members `name` of the type a name denotes: a type alias, an interface (every declaration of
 * it), or a class of this module, or what a project module exports under it. A type of grammY or
 * of a package is not read.
 */
function typeNameMembers(model: GrammyModel, typeName: TSESTree.Node, name: string, hops: number): TypeAt[] {
  if (hops > maxHops) return [];
  if (typeName.type === "TSQualifiedName" || typeName.type === "MemberExpression") {
    // `types.MyContext` of `import type * as types from "./types"`
    const left = typeName.type === "TSQualifiedName" ? typeName.left : typeName.object;
    const right = typeName.type === "TSQualifiedName" ? typeName.right.name : staticMemberName(typeName);
    const namespace = left.type === "Identifier" && model.mayFollowForeign(left) ? model.foreignOf(left) : undefined;
    if (namespace?.kind !== "module" || right === undefined) return [];
    const exported = namespace.model.moduleExport(right);
    if (exported?.kind !== "node") return [];
    return model.across(() => typeNameMembers(exported.model, exported.node, name, hops + 1)) ?? [];
  }
  if (typeName.type === "ClassDeclaration" || typeName.type === "ClassExpression") return membersNamed(model, typeName, name, hops + 1);
  if (typeName.type !== "Identifier") return [];
  const variable = findVariable(model.sourceCode, typeName);
  const found: TypeAt[] = [];
  for (const definition of variable?.defs ?? []) {
    const node = definition.node;
    if (definition.type === "ImportBinding") {
      const value = model.mayFollowForeign(typeName) ? model.foreignOf(typeName) : undefined;
      if (value?.kind === "node") found.push(...(model.across(() => typeNameMembers(value.model, value.node, name, hops + 1)) ?? []));
    } else if (node.type === "TSTypeAliasDeclaration") {
      found.push(...membersNamed(model, node.typeAnnotation, name, hops + 1));
    } else if (node.type === "TSInterfaceDeclaration" || node.type === "ClassDeclaration") {
      found.push(...membersNamed(model, node, name, hops + 1));
    }
  }
  return found;
}

/** The class of the project a member's declared type names (`Logger`, `Logger | undefined`). */
function classOfType({ model, type }: TypeAt): { model: GrammyModel; classNode: ClassNode } | undefined {
  let named: TSESTree.TypeNode = type;
  if (named.type === "TSUnionType") {
    const parts = named.types.filter((part) => part.type !== "TSUndefinedKeyword" && part.type !== "TSNullKeyword");
    if (parts.length !== 1 || !parts[0]) return undefined;
    named = parts[0];
  }
  return named.type === "TSTypeReference" ? model.classNamed(named.typeName) : undefined;
}

/** Whether a node belongs to the model's own file (a place may be found in another module). */
function inModule(model: GrammyModel, node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  while (current.parent) current = current.parent;
  return current === model.sourceCode.ast;
}

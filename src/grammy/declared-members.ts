import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember, isFunction, skipTransparent, staticMemberName } from "../utils/ast";
import { findVariable } from "../utils/scope";
import { fieldWritesOf, holdingClassOf, type ClassNode } from "./class-fields";
import { declaredMemberTypes, nonNullPart, type TypeIn, type Written } from "./declared-types";
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

/** How many bindings, calls and fields deep the declared type of a grammY object is looked for. */
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
    for (const memberType of declaredMemberTypes(declared, name)) {
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
function declaredTypesOf(model: GrammyModel, node: TSESTree.Node, hops: number): TypeIn[] {
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
function contextTypeArgument(model: GrammyModel, node: TSESTree.Node, hops: number): TypeIn[] {
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

function contextArgumentOf(model: GrammyModel, typeArguments: TSESTree.TSTypeParameterInstantiation | undefined): TypeIn[] {
  const argument = typeArguments?.params[0];
  return argument && model.annotationKind(argument) === "Context" ? [{ model, type: argument }] : [];
}

/** The class of the project a member's declared type names (`Logger`, `Logger | undefined`). */
function classOfType({ model, type }: Written): { model: GrammyModel; classNode: ClassNode } | undefined {
  const named = type.type === "TSUnionType" ? nonNullPart(type) : type;
  return named?.type === "TSTypeReference" ? model.classNamed(named.typeName) : undefined;
}

/** Whether a node belongs to the model's own file (a place may be found in another module). */
function inModule(model: GrammyModel, node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  while (current.parent) current = current.parent;
  return current === model.sourceCode.ast;
}

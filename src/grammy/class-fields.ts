import type { TSESTree } from "@typescript-eslint/utils";

import { forEachNode, isFunction, propertyKeyName, skipTransparent, staticMemberName, type FunctionNode } from "../utils/ast";

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** What is written into one field of a class: its declaration's annotation, or a value. */
export interface FieldWrite {
  /** `bot: Bot<MyContext>`, `constructor(private bot: Bot)`; undefined when not annotated. */
  readonly annotation: TSESTree.TypeNode | undefined;
  /** `bot = new Bot(token)`, `this.bot = new Bot(token)`, `this.bot = bot`. */
  readonly value: TSESTree.Expression | undefined;
}

/**
 * The class whose instance `this` is: the class of the nearest method, accessor, constructor or
 * field initialiser around it (arrow functions keep the `this` of where they are written; any
 * other function has its own). Undefined outside a class, or in a static member.
 */
export function thisClassOf(node: TSESTree.ThisExpression | TSESTree.Super): ClassNode | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === "FunctionExpression" || current.type === "FunctionDeclaration") {
      const owner = current.parent;
      if (owner.type === "MethodDefinition" && !owner.static) return owner.parent.parent;
      return undefined;
    }
    if (current.type === "PropertyDefinition" || current.type === "AccessorProperty") {
      return current.static ? undefined : current.parent.parent;
    }
    if (current.type === "StaticBlock") return undefined;
  }
  return undefined;
}

const writesCache = new WeakMap<ClassNode, Map<string, readonly FieldWrite[]>>();

/**
 * Every place a class writes its field `name`: the field declaration (`bot: Bot`, `bot = new
 * Bot()`), a constructor parameter property (`constructor(private bot: Bot)`), and assignments
 * `this.name = value` in its own members (not in nested classes). Read once per class and name.
 */
export function fieldWritesOf(
  classNode: ClassNode,
  name: string,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>> | undefined,
): readonly FieldWrite[] {
  let byName = writesCache.get(classNode);
  if (!byName) {
    byName = new Map();
    writesCache.set(classNode, byName);
  }
  let writes = byName.get(name);
  if (!writes) {
    writes = collectWrites(classNode, name, visitorKeys);
    byName.set(name, writes);
  }
  return writes;
}

function collectWrites(
  classNode: ClassNode,
  name: string,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>> | undefined,
): FieldWrite[] {
  const writes: FieldWrite[] = [];
  for (const element of classNode.body.body) {
    if (element.type === "PropertyDefinition" && !element.static && !element.computed && propertyKeyName(element.key, element.computed) === name) {
      writes.push({ annotation: element.typeAnnotation?.typeAnnotation, value: element.value ?? undefined });
    }
    if (element.type === "MethodDefinition" && element.kind === "constructor") {
      for (const parameter of element.value.params) {
        if (parameter.type !== "TSParameterProperty") continue;
        const bound = parameter.parameter.type === "AssignmentPattern" ? parameter.parameter.left : parameter.parameter;
        if (bound.name === name) {
          writes.push({ annotation: bound.typeAnnotation?.typeAnnotation, value: undefined });
        }
      }
    }
  }
  // Assignments in nested classes and plain functions write another `this`: `thisClassOf` tells.
  forEachNode(classNode.body, visitorKeys, (node) => {
    if (node.type !== "AssignmentExpression" || node.operator !== "=") return;
    const target = skipTransparent(node.left);
    if (
      target.type === "MemberExpression" &&
      target.object.type === "ThisExpression" &&
      staticMemberName(target) === name &&
      thisClassOf(target.object) === classNode
    ) {
      writes.push({ annotation: undefined, value: node.right });
    }
  });
  return writes;
}

const identities = new WeakMap<ClassNode, Map<string, object>>();

/** Whether an identity (`GrammyModel.identityOf`) is a class field's. */
export function isFieldIdentity(identity: object): boolean {
  return fieldIdentities.has(identity);
}

const fieldIdentities = new WeakSet();

/** One key per class and field: `this.bot` in any member of the class denotes the same object. */
export function fieldIdentity(classNode: ClassNode, name: string): object {
  let byName = identities.get(classNode);
  if (!byName) {
    byName = new Map();
    identities.set(classNode, byName);
  }
  let identity = byName.get(name);
  if (!identity) {
    identity = { classNode, name };
    byName.set(name, identity);
    fieldIdentities.add(identity);
  }
  return identity;
}

/** The constructor of a class, when `fn` is one: its callers are the class's `new` expressions. */
export function constructedClassOf(fn: TSESTree.Node): ClassNode | undefined {
  if (!isFunction(fn)) return undefined;
  const method = fn.parent;
  return method.type === "MethodDefinition" && method.kind === "constructor" ? method.parent.parent : undefined;
}

/** The class whose instance holds a value: `this` in a class, or its field `this.bot`. */
export function holdingClassOf(node: TSESTree.Node): ClassNode | undefined {
  const inner = skipTransparent(node);
  if (inner.type === "ThisExpression") return thisClassOf(inner);
  if (inner.type !== "MemberExpression") return undefined;
  const object = skipTransparent(inner.object);
  return object.type === "ThisExpression" ? thisClassOf(object) : undefined;
}

/** `this.name` as a callee: the method (or function-valued field) `name` of the class `this` is. */
export function thisMethodOf(member: TSESTree.MemberExpression): FunctionNode | undefined {
  const object = skipTransparent(member.object);
  const name = staticMemberName(member);
  const classNode = object.type === "ThisExpression" ? thisClassOf(object) : undefined;
  return classNode && name !== undefined ? instanceMethodOf(classNode, name) : undefined;
}

/** The static method `name` of a class. */
export function staticMethodOf(classNode: ClassNode, name: string): FunctionNode | undefined {
  for (const element of classNode.body.body) {
    if (element.type === "MethodDefinition" && element.kind === "method" && element.static && !element.computed && propertyKeyName(element.key, element.computed) === name) {
      return isFunction(element.value) ? element.value : undefined;
    }
  }
  return undefined;
}

/** The instance method (or function-valued field) `name` of a class, inherited ones not included. */
export function instanceMethodOf(classNode: ClassNode, name: string): FunctionNode | undefined {
  for (const element of classNode.body.body) {
    if (element.type === "MethodDefinition" && element.kind === "method" && !element.static && !element.computed && propertyKeyName(element.key, element.computed) === name) {
      return isFunction(element.value) ? element.value : undefined;
    }
    if (element.type === "PropertyDefinition" && !element.static && !element.computed && propertyKeyName(element.key, element.computed) === name) {
      const value = element.value && skipTransparent(element.value);
      return isFunction(value) ? value : undefined;
    }
  }
  return undefined;
}

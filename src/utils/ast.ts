import type { TSESTree } from "@typescript-eslint/utils";

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

export function isFunction(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === "ArrowFunctionExpression" ||
    node?.type === "FunctionDeclaration" ||
    node?.type === "FunctionExpression"
  );
}

/**
 * Strips what does not change the value at run time: TypeScript casts, non-null assertions,
 * `satisfies`, and the optional-chain wrapper.
 */
export function skipTransparent(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case "TSAsExpression":
      case "TSNonNullExpression":
      case "TSSatisfiesExpression":
      case "TSTypeAssertion":
      case "TSInstantiationExpression":
        current = current.expression;
        break;
      case "ChainExpression":
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The parent, seen through the wrappers `skipTransparent` removes. */
export function transparentParent(node: TSESTree.Node): { node: TSESTree.Node; parent: TSESTree.Node | undefined } {
  let current = node;
  let parent = current.parent;
  while (
    parent &&
    (parent.type === "TSAsExpression" ||
      parent.type === "TSNonNullExpression" ||
      parent.type === "TSSatisfiesExpression" ||
      parent.type === "TSTypeAssertion" ||
      parent.type === "ChainExpression")
  ) {
    current = parent;
    parent = current.parent;
  }
  return { node: current, parent };
}

/** The static name of a member access: `a.b`, `a["b"]`, `a?.b`; undefined when computed. */
export function staticMemberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) {
    return node.property.type === "Identifier" ? node.property.name : undefined;
  }
  const property = node.property;
  if (property.type === "Literal" && typeof property.value === "string") return property.value;
  if (property.type === "TemplateLiteral" && property.expressions.length === 0) {
    return property.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The string value of a literal or an expression-free template literal. */
export function staticString(node: TSESTree.Node): string | undefined {
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/**
 * The static name of a property, method or class member key: `a`, `#a`, `"a"`, `["a"]`; undefined
 * for a computed key that is no string literal.
 */
export function propertyKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === "PrivateIdentifier") return `#${key.name}`;
  if (!computed && key.type === "Identifier") return key.name;
  return staticString(key);
}

/** The nearest enclosing function, or undefined at module/script level. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) return current;
  }
  return undefined;
}

/** `a.b(...)` / `a?.b(...)` / `a["b"](...)`: the callee member and its static name. */
export function calleeMember(
  call: TSESTree.CallExpression,
): { member: TSESTree.MemberExpression; name: string } | undefined {
  const callee = skipTransparent(call.callee);
  if (callee.type !== "MemberExpression") return undefined;
  const name = staticMemberName(callee);
  return name === undefined ? undefined : { member: callee, name };
}

/** The statement list a node holds directly (a block, the program, a switch case). */
export function statementList(node: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  switch (node.type) {
    case "Program":
    case "BlockStatement":
    case "StaticBlock":
    case "TSModuleBlock":
      return node.body;
    case "SwitchCase":
      return node.consequent;
    default:
      return undefined;
  }
}

/** Whether code can be inserted next to a statement: it sits in a statement list, not as an `if` branch. */
export function isInStatementList(statement: TSESTree.Node): boolean {
  return statement.parent !== undefined && statementList(statement.parent) !== undefined;
}

/**
 * Visits `root` and every node below it in source order (pre-order, as ESLint enters them),
 * without recursion: no input is deep enough to exhaust the stack. For a question asked only now
 * and then, where a listener on every node of a type would cost every file.
 */
export function forEachNode(
  root: TSESTree.Node,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>> | undefined,
  visit: (node: TSESTree.Node) => void,
): void {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    visit(node);
    // Without the parser's keys (a custom one that gives none), every property but the back links.
    const keys = visitorKeys?.[node.type] ?? Object.keys(node).filter((key) => !nonChildKeys.has(key));
    for (let k = keys.length - 1; k >= 0; k--) {
      const child: unknown = (node as unknown as Record<string, unknown>)[keys[k] ?? ""];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) if (isNode(child[i])) stack.push(child[i] as TSESTree.Node);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
}

const nonChildKeys: ReadonlySet<string> = new Set(["parent", "loc", "range", "tokens", "comments"]);

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/**
 * The function a call runs with an explicit `this`: `f` of `f.call(o, ...)`, `f.apply(o, args)`
 * and `f.bind(o)(...)`. Undefined for any other call.
 */
export function boundFunctionOf(call: TSESTree.CallExpression): TSESTree.Expression | undefined {
  const callee = skipTransparent(call.callee);
  if (callee.type === "MemberExpression") {
    const name = staticMemberName(callee);
    return name === "call" || name === "apply" ? callee.object : undefined;
  }
  if (callee.type !== "CallExpression") return undefined;
  const inner = skipTransparent(callee.callee);
  return inner.type === "MemberExpression" && staticMemberName(inner) === "bind" ? inner.object : undefined;
}

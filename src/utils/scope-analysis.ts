/**
 * A small scope analysis for ESTree / typescript-estree trees, shaped like ESLint's scope manager
 * (`eslint-scope`, `@typescript-eslint/scope-manager`) as far as the rules of this plugin use it:
 * scopes with `set`, `upper` and `variables`, variables with `defs` and `references`, references
 * with `identifier`, `resolved` and `writeExpr`. For hosts that hand rules a tree but no scope
 * manager (deno lint). Type-level names (type aliases, interfaces, enums, imports) are declared;
 * references inside type annotations are not tracked.
 */

/** The part of an ESTree node this analysis reads. */
export interface AnalyzedNode {
  readonly type: string;
  readonly range: readonly [number, number];
  parent?: AnalyzedNode | null;
  readonly [key: string]: unknown;
}

export type ScopeType = "global" | "module" | "function" | "block" | "for" | "switch" | "catch" | "class" | "tsModule";

export type DefinitionType =
  | "Variable"
  | "Parameter"
  | "FunctionName"
  | "ClassName"
  | "ImportBinding"
  | "CatchClause"
  | "Type"
  | "TSEnumName"
  | "TSModuleName";

export interface Definition {
  readonly type: DefinitionType;
  readonly name: AnalyzedNode;
  readonly node: AnalyzedNode;
  readonly parent: AnalyzedNode | null;
}

export interface Reference {
  readonly identifier: AnalyzedNode;
  readonly from: Scope;
  resolved: Variable | null;
  readonly writeExpr: AnalyzedNode | null;
  readonly init: boolean;
  isWrite(): boolean;
  isRead(): boolean;
  isReadOnly(): boolean;
  isWriteOnly(): boolean;
  isReadWrite(): boolean;
}

export interface Variable {
  readonly name: string;
  readonly scope: Scope;
  readonly identifiers: AnalyzedNode[];
  readonly defs: Definition[];
  readonly references: Reference[];
}

export interface Scope {
  readonly type: ScopeType;
  readonly block: AnalyzedNode;
  readonly upper: Scope | null;
  readonly variableScope: Scope;
  readonly childScopes: Scope[];
  readonly variables: Variable[];
  readonly set: Map<string, Variable>;
  readonly references: Reference[];
  readonly through: Reference[];
}

export interface ScopeAnalysis {
  /** The innermost scope around a node, as ESLint's `sourceCode.getScope(node)` returns it. */
  readonly getScope: (node: AnalyzedNode) => Scope;
  /** The variables a declaration declares, as ESLint's `sourceCode.getDeclaredVariables(node)`. */
  readonly getDeclaredVariables: (node: AnalyzedNode) => Variable[];
  readonly globalScope: Scope;
  readonly scopes: readonly Scope[];
}

const READ = 1;
const WRITE = 2;

/** TypeScript nodes that carry run-time values; every other `TS*` node is type-level only. */
const valueLevelTsNodes: ReadonlySet<string> = new Set([
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSNonNullExpression",
  "TSTypeAssertion",
  "TSInstantiationExpression",
  "TSParameterProperty",
  "TSExportAssignment",
  "TSImportEqualsDeclaration",
  "TSExternalModuleReference",
  "TSModuleDeclaration",
  "TSModuleBlock",
  "TSEnumDeclaration",
  "TSDeclareFunction",
  "TSAbstractMethodDefinition",
  "TSAbstractPropertyDefinition",
  "TSAbstractAccessorProperty",
  "TSEmptyBodyFunctionExpression",
  "TSTypeAliasDeclaration",
  "TSInterfaceDeclaration",
]);

function isNode(value: unknown): value is AnalyzedNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** The child nodes of a node with the key that holds them, in source order. */
export function childEntries(node: AnalyzedNode): { key: string; child: AnalyzedNode }[] {
  const entries: { key: string; child: AnalyzedNode }[] = [];
  for (const key of Object.keys(node)) {
    if (key === "parent" || key === "range" || key === "loc") continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) entries.push({ key, child: item });
    } else if (isNode(value)) {
      entries.push({ key, child: value });
    }
  }
  return entries.sort((a, b) => a.child.range[0] - b.child.range[0]);
}

/** Analyses the scopes of a program whose nodes have `parent` links. */
export function analyzeScopes(program: AnalyzedNode, sourceType: "module" | "script" | "commonjs"): ScopeAnalysis {
  const scopes: Scope[] = [];
  const scopeByNode = new Map<AnalyzedNode, Scope>();
  const declared = new Map<AnalyzedNode, Variable[]>();
  const pending: Reference[] = [];

  const newScope = (type: ScopeType, block: AnalyzedNode, upper: Scope | null): Scope => {
    const isVariableScope = type === "global" || type === "module" || type === "function" || type === "tsModule";
    const scope: Scope = {
      type,
      block,
      upper,
      variableScope: undefined as unknown as Scope,
      childScopes: [],
      variables: [],
      set: new Map(),
      references: [],
      through: [],
    };
    (scope as { variableScope: Scope }).variableScope = isVariableScope || !upper ? scope : upper.variableScope;
    upper?.childScopes.push(scope);
    scopes.push(scope);
    scopeByNode.set(block, scope);
    return scope;
  };

  const declare = (scope: Scope, name: AnalyzedNode, definition: Omit<Definition, "name">): void => {
    const text = name.name;
    if (typeof text !== "string") return;
    let variable = scope.set.get(text);
    if (!variable) {
      variable = { name: text, scope, identifiers: [], defs: [], references: [] };
      scope.set.set(text, variable);
      scope.variables.push(variable);
    }
    variable.identifiers.push(name);
    variable.defs.push({ ...definition, name });
    for (const key of [definition.node, definition.parent]) {
      if (!key) continue;
      const list = declared.get(key) ?? [];
      if (!list.includes(variable)) list.push(variable);
      declared.set(key, list);
    }
  };

  const reference = (scope: Scope, identifier: AnalyzedNode, flag: number, writeExpr: AnalyzedNode | null, init: boolean): void => {
    const ref: Reference = {
      identifier,
      from: scope,
      resolved: null,
      writeExpr,
      init,
      isWrite: () => (flag & WRITE) !== 0,
      isRead: () => (flag & READ) !== 0,
      isReadOnly: () => flag === READ,
      isWriteOnly: () => flag === WRITE,
      isReadWrite: () => flag === (READ | WRITE),
    };
    scope.references.push(ref);
    pending.push(ref);
  };

  /**
   * Every identifier a binding pattern binds, with the expressions (defaults, keys) it evaluates
   * and, per identifier, the defaults that may be written into it (`{ a = 1 }`).
   */
  const patternParts = (
    pattern: AnalyzedNode,
  ): { names: AnalyzedNode[]; expressions: AnalyzedNode[]; defaults: Map<AnalyzedNode, AnalyzedNode[]> } => {
    const names: AnalyzedNode[] = [];
    const expressions: AnalyzedNode[] = [];
    const defaults = new Map<AnalyzedNode, AnalyzedNode[]>();
    const enclosing: AnalyzedNode[] = [];
    const visit = (node: AnalyzedNode | null | undefined): void => {
      if (!node) return;
      switch (node.type) {
        case "Identifier":
          names.push(node);
          if (enclosing.length > 0) defaults.set(node, [...enclosing]);
          return;
        case "ObjectPattern":
          for (const property of node.properties as AnalyzedNode[]) {
            if (property.type === "RestElement") visit(property.argument as AnalyzedNode);
            else {
              if (property.computed) expressions.push(property.key as AnalyzedNode);
              visit(property.value as AnalyzedNode);
            }
          }
          return;
        case "ArrayPattern":
          for (const element of node.elements as (AnalyzedNode | null)[]) visit(element);
          return;
        case "RestElement":
          visit(node.argument as AnalyzedNode);
          return;
        case "AssignmentPattern":
          enclosing.push(node.right as AnalyzedNode);
          visit(node.left as AnalyzedNode);
          enclosing.pop();
          expressions.push(node.right as AnalyzedNode);
          return;
        case "TSParameterProperty":
          visit(node.parameter as AnalyzedNode);
          return;
        default:
          // `a.b = ...` in an assignment pattern: an expression, not a binding.
          expressions.push(node);
      }
    };
    visit(pattern);
    return { names, expressions, defaults };
  };

  /** Write references for the defaults of a pattern's identifiers, as eslint-scope records them. */
  const referenceDefaults = (scope: Scope, defaults: ReadonlyMap<AnalyzedNode, readonly AnalyzedNode[]>, init: boolean): void => {
    for (const [name, values] of defaults) for (const value of values) reference(scope, name, WRITE, value, init);
  };

  const walk = (node: AnalyzedNode, scope: Scope): void => {
    switch (node.type) {
      case "Identifier":
        reference(scope, node, READ, null, false);
        return;
      case "Program": {
        const global = newScope("global", node, null);
        walkChildren(node, sourceType === "script" ? global : newScope(sourceType === "module" ? "module" : "function", node, global));
        return;
      }
      case "FunctionDeclaration":
      case "TSDeclareFunction":
        if (isNode(node.id)) declare(scope, node.id, { type: "FunctionName", node, parent: null });
        walkFunction(node, scope);
        return;
      case "FunctionExpression":
      case "ArrowFunctionExpression":
      case "TSEmptyBodyFunctionExpression":
        walkFunction(node, scope);
        return;
      case "ClassDeclaration":
      case "ClassExpression": {
        if (node.type === "ClassDeclaration" && isNode(node.id)) declare(scope, node.id, { type: "ClassName", node, parent: null });
        if (isNode(node.superClass)) walk(node.superClass, scope);
        const inner = newScope("class", node, scope);
        if (isNode(node.id)) declare(inner, node.id, { type: "ClassName", node, parent: null });
        for (const decorator of (node.decorators as AnalyzedNode[] | undefined) ?? []) walk(decorator, scope);
        if (isNode(node.body)) walk(node.body, inner);
        return;
      }
      case "BlockStatement":
      case "StaticBlock":
        walkChildren(node, newScope("block", node, scope));
        return;
      case "ForStatement":
      case "ForInStatement":
      case "ForOfStatement":
        walkChildren(node, newScope("for", node, scope));
        return;
      case "SwitchStatement": {
        if (isNode(node.discriminant)) walk(node.discriminant, scope);
        const inner = newScope("switch", node, scope);
        for (const switchCase of node.cases as AnalyzedNode[]) walk(switchCase, inner);
        return;
      }
      case "CatchClause": {
        const inner = newScope("catch", node, scope);
        if (isNode(node.param)) {
          const { names, expressions, defaults } = patternParts(node.param);
          for (const name of names) declare(inner, name, { type: "CatchClause", node, parent: null });
          referenceDefaults(inner, defaults, true);
          for (const expression of expressions) walk(expression, inner);
        }
        if (isNode(node.body)) walk(node.body, inner);
        return;
      }
      case "VariableDeclaration": {
        const target = node.kind === "var" ? scope.variableScope : scope;
        const loop = node.parent;
        const loopRight =
          loop && (loop.type === "ForInStatement" || loop.type === "ForOfStatement") && loop.left === node
            ? (loop.right as AnalyzedNode)
            : null;
        for (const declarator of node.declarations as AnalyzedNode[]) {
          const { names, expressions, defaults } = patternParts(declarator.id as AnalyzedNode);
          for (const name of names) declare(target, name, { type: "Variable", node: declarator, parent: node });
          referenceDefaults(scope, defaults, true);
          for (const expression of expressions) walk(expression, scope);
          const init = isNode(declarator.init) ? declarator.init : null;
          const written = init ?? loopRight;
          if (written) for (const name of names) reference(scope, name, WRITE, written, init !== null);
          if (init) walk(init, scope);
        }
        return;
      }
      case "AssignmentExpression": {
        const left = node.left as AnalyzedNode;
        const right = node.right as AnalyzedNode;
        const flag = node.operator === "=" ? WRITE : READ | WRITE;
        const { names, expressions, defaults } = patternParts(left);
        referenceDefaults(scope, defaults, false);
        for (const name of names) reference(scope, name, flag, right, false);
        for (const expression of expressions) walk(expression, scope);
        walk(right, scope);
        return;
      }
      case "UpdateExpression": {
        const argument = node.argument as AnalyzedNode;
        if (argument.type === "Identifier") reference(scope, argument, READ | WRITE, null, false);
        else walk(argument, scope);
        return;
      }
      case "ImportDeclaration":
        for (const specifier of node.specifiers as AnalyzedNode[]) {
          if (isNode(specifier.local)) declare(scope, specifier.local, { type: "ImportBinding", node: specifier, parent: node });
        }
        return;
      case "TSImportEqualsDeclaration":
        if (isNode(node.id)) declare(scope, node.id, { type: "ImportBinding", node, parent: null });
        return;
      case "TSTypeAliasDeclaration":
      case "TSInterfaceDeclaration":
        if (isNode(node.id)) declare(scope, node.id, { type: "Type", node, parent: null });
        return;
      case "TSEnumDeclaration":
        if (isNode(node.id)) declare(scope, node.id, { type: "TSEnumName", node, parent: null });
        return;
      case "TSModuleDeclaration": {
        if (isNode(node.id) && node.id.type === "Identifier") declare(scope, node.id, { type: "TSModuleName", node, parent: null });
        if (isNode(node.body)) walkChildren(node.body, newScope("tsModule", node, scope));
        return;
      }
      case "MemberExpression":
        walk(node.object as AnalyzedNode, scope);
        if (node.computed) walk(node.property as AnalyzedNode, scope);
        return;
      case "Property":
      case "MethodDefinition":
      case "PropertyDefinition":
      case "AccessorProperty":
      case "TSAbstractMethodDefinition":
      case "TSAbstractPropertyDefinition":
      case "TSAbstractAccessorProperty": {
        const key = node.key as AnalyzedNode;
        const value = isNode(node.value) ? node.value : null;
        if (node.computed) walk(key, scope);
        for (const decorator of (node.decorators as AnalyzedNode[] | undefined) ?? []) walk(decorator, scope);
        if (value) walk(value, scope);
        return;
      }
      case "LabeledStatement":
        walk(node.body as AnalyzedNode, scope);
        return;
      case "BreakStatement":
      case "ContinueStatement":
      case "MetaProperty":
      case "ExportAllDeclaration":
      case "PrivateIdentifier":
      case "Literal":
      case "TemplateElement":
      case "Super":
      case "ThisExpression":
        return;
      case "ExportNamedDeclaration":
        if (isNode(node.declaration)) walk(node.declaration, scope);
        if (!node.source) {
          for (const specifier of node.specifiers as AnalyzedNode[]) {
            if (isNode(specifier.local)) walk(specifier.local, scope);
          }
        }
        return;
      default:
        if (node.type.startsWith("TS") && !valueLevelTsNodes.has(node.type)) return;
        walkChildren(node, scope);
    }
  };

  const walkChildren = (node: AnalyzedNode, scope: Scope): void => {
    for (const { child } of childEntries(node)) walk(child, scope);
  };

  const walkFunction = (fn: AnalyzedNode, scope: Scope): void => {
    for (const decorator of (fn.decorators as AnalyzedNode[] | undefined) ?? []) walk(decorator, scope);
    const inner = newScope("function", fn, scope);
    if (fn.type === "FunctionExpression" && isNode(fn.id)) declare(inner, fn.id, { type: "FunctionName", node: fn, parent: null });
    for (const parameter of (fn.params as AnalyzedNode[] | undefined) ?? []) {
      const { names, expressions, defaults } = patternParts(parameter);
      for (const name of names) declare(inner, name, { type: "Parameter", node: fn, parent: null });
      referenceDefaults(inner, defaults, true);
      for (const expression of expressions) walk(expression, inner);
    }
    const body = isNode(fn.body) ? fn.body : null;
    if (!body) return;
    if (body.type === "BlockStatement") {
      scopeByNode.set(body, inner); // a function's body shares the function's scope
      walkChildren(body, inner);
    } else {
      walk(body, inner);
    }
  };

  walk(program, undefined as unknown as Scope);
  const globalScope = scopes[0];
  if (!globalScope) throw new Error("scope analysis: no program scope");

  // Resolve every reference from its scope outwards; scopes it leaves unresolved list it in `through`.
  for (const ref of pending) {
    const name = ref.identifier.name as string;
    for (let scope: Scope | null = ref.from; scope; scope = scope.upper) {
      const variable = scope.set.get(name);
      if (variable) {
        ref.resolved = variable;
        variable.references.push(ref);
        break;
      }
      scope.through.push(ref);
    }
  }

  return {
    globalScope,
    scopes,
    getScope: (node) => {
      if (node.type === "Program") return globalScope; // as ESLint: the program's outermost scope
      for (let current: AnalyzedNode | null | undefined = node; current; current = current.parent) {
        const scope = scopeByNode.get(current);
        if (scope) return scope;
      }
      return globalScope;
    },
    getDeclaredVariables: (node) => declared.get(node) ?? [],
  };
}

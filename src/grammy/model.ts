import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { calleeMember, isFunction, skipTransparent, staticMemberName, type FunctionNode } from "../utils/ast";
import { findVariable, type Variable } from "../utils/scope";
import { kindByClassName, kindByTypeName, type FunctionRole, type GrammyExport, type GrammyKind } from "./kinds";
import {
  apiMethods,
  apiPromiseMethods,
  botMethods,
  botPromiseMethods,
  composerRegistrationMethods,
  contextMethods,
  contextPromiseMethods,
  contextTypeNames,
  runnerHandleMethods,
  runnerHandlePromiseMethods,
} from "./members.generated";
import { isEndorsedUnawaited, isImmediateMenuCall } from "./plugin-promises";
import { grammyModuleOf, mentionsGrammy } from "./sources";
import { TypedGrammy, typeInformation } from "./typed";

/** A call that returns a grammY promise, and what made it one. */
export interface GrammyPromiseCall {
  readonly call: TSESTree.CallExpression;
  /** What the callee's receiver is; `next` for a middleware's `next()`, `typed` when only types knew. */
  readonly receiver: GrammyKind | "typed";
  /** The method name (`reply`, `sendMessage`, `start`, ...), or `next`. */
  readonly method: string;
}

/** A function's place in grammY: which registration call it is handed to, and as what. */
export interface FunctionPlace {
  readonly role: FunctionRole;
  /** The registration call (`bot.on(...)`, `bot.catch(...)`, `createConversation(...)`). */
  readonly call: TSESTree.CallExpression;
}

/** Names of grammY members any rule may ask about; a call with another name is never grammY's. */
const grammyMethodNames: ReadonlySet<string> = new Set([
  ...contextMethods,
  ...apiMethods,
  ...botMethods,
  ...runnerHandleMethods,
]);

/**
 * Everything this plugin knows about the grammY objects of one file. Built once per file (see
 * `getGrammyModel`), answered lazily and cached: rules ask, they never re-derive.
 */
export class GrammyModel {
  /** False when the file cannot touch grammY: rules then return no visitors. */
  readonly touchesGrammy: boolean;
  readonly typed: TypedGrammy | undefined;

  private readonly kindCache = new Map<TSESTree.Node, GrammyKind | null>();
  private readonly variableKindCache = new Map<Variable, GrammyKind | null>();
  private readonly exportCache = new Map<TSESTree.Node, GrammyExport | null>();
  private readonly placeCache = new Map<FunctionNode, FunctionPlace | null>();
  private readonly annotationCache = new Map<TSESTree.Node, GrammyKind | null>();

  constructor(readonly sourceCode: Readonly<TSESLint.SourceCode>) {
    const services = typeInformation(sourceCode);
    this.typed = services ? new TypedGrammy(services) : undefined;
    // Without types a file must name grammY to use it. With types, grammY objects can arrive
    // through local modules without the word in this file, so any file that imports may.
    this.touchesGrammy = mentionsGrammy(sourceCode.text) || (this.typed !== undefined && hasImports(sourceCode.ast));
  }

  // ---------------------------------------------------------------------------------------------
  // What an expression is

  /** The grammY kind of an expression's value (`Bot`, `Context`, ...), or undefined when unknown. */
  kindOf(node: TSESTree.Node): GrammyKind | undefined {
    const cached = this.kindCache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    this.kindCache.set(node, null); // guards against cycles (`let a = b; let b = a;`)
    let kind = this.syntacticKind(skipTransparent(node));
    if (kind === undefined && this.typed) kind = this.typed.kindOf(node);
    this.kindCache.set(node, kind ?? null);
    return kind;
  }

  /** Whether an expression is a grammY object of one of the given kinds. */
  is(node: TSESTree.Node, ...kinds: readonly GrammyKind[]): boolean {
    const kind = this.kindOf(node);
    return kind !== undefined && kinds.includes(kind);
  }

  /**
   * A key that is the same for every expression denoting the same grammY object in this file: the
   * variable for `bot`, the property symbol for `this.bot` (typed). Undefined when unknown.
   */
  identityOf(node: TSESTree.Node): object | undefined {
    const inner = skipTransparent(node);
    if (inner.type === "Identifier") {
      const variable = findVariable(this.sourceCode, inner);
      if (variable) return this.aliasedVariable(variable);
    }
    if (this.typed && (inner.type === "MemberExpression" || inner.type === "Identifier")) {
      return this.typed.identityOf(inner);
    }
    return undefined;
  }

  /** The grammY export an expression denotes: the `Bot` class, the runner's `run`, a namespace. */
  exportOf(node: TSESTree.Node): GrammyExport | undefined {
    const cached = this.exportCache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    this.exportCache.set(node, null);
    const result = this.computeExport(skipTransparent(node));
    this.exportCache.set(node, result ?? null);
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // Calls

  /** A call returning a grammY promise (`ctx.reply()`, `bot.api.sendMessage()`, `next()`, ...). */
  promiseCall(call: TSESTree.CallExpression): GrammyPromiseCall | undefined {
    const callee = skipTransparent(call.callee);
    if (callee.type === "Identifier") {
      if (this.kindOf(callee) === "Next") return { call, receiver: "Next", method: "next" };
      return this.typedPromiseCall(call, callee.name);
    }
    const member = calleeMember(call);
    if (!member) return undefined;
    const method = member.name;
    if (isImmediateMenuCall(this, call)) return { call, receiver: "Context", method };
    // Other names are never grammY's own members; with types, a plugin's may still be a promise.
    if (!grammyMethodNames.has(method)) return this.typedPromiseCall(call, method);
    const receiver = this.kindOf(member.member.object);
    if (
      (receiver === "Context" && contextPromiseMethods.has(method)) ||
      (receiver === "Api" && apiPromiseMethods.has(method)) ||
      (receiver === "Bot" && botPromiseMethods.has(method)) ||
      (receiver === "RunnerHandle" && runnerHandlePromiseMethods.has(method))
    ) {
      return { call, receiver, method };
    }
    if (receiver !== undefined) return undefined; // a known grammY object, a method that is no promise
    return this.typedPromiseCall(call, method);
  }

  /** `bot.on(...)`, `composer.command(...)`, ...: the object middleware is registered on. */
  registrationTarget(call: TSESTree.CallExpression): TSESTree.Expression | undefined {
    const member = calleeMember(call);
    if (!member || !composerRegistrationMethods.has(member.name)) return undefined;
    return this.is(member.member.object, "Bot", "Composer") ? member.member.object : undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Functions

  /** Where a function is handed to grammY, and as what: middleware, predicate, error handler. */
  placeOf(fn: FunctionNode): FunctionPlace | undefined {
    const cached = this.placeCache.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    this.placeCache.set(fn, null);
    const place = this.computePlace(fn);
    this.placeCache.set(fn, place ?? null);
    return place;
  }

  // ---------------------------------------------------------------------------------------------
  // Internals

  private syntacticKind(node: TSESTree.Node): GrammyKind | undefined {
    switch (node.type) {
      case "Identifier": {
        const variable = findVariable(this.sourceCode, node);
        return variable ? this.variableKind(variable) : undefined;
      }
      case "NewExpression": {
        const created = this.exportOf(node.callee);
        return created?.module === "grammy" ? kindByClassName.get(created.name) : undefined;
      }
      case "CallExpression":
        return this.callKind(node);
      case "MemberExpression": {
        const name = staticMemberName(node);
        if (name === "api" && this.is(node.object, "Bot", "Context")) return "Api";
        if (name === "raw" && this.is(node.object, "Api")) return "Api";
        if (name === "ctx" && this.is(node.object, "BotError")) return "Context";
        return undefined;
      }
      case "AwaitExpression":
        return undefined;
      default:
        return undefined;
    }
  }

  private callKind(call: TSESTree.CallExpression): GrammyKind | undefined {
    const callee = skipTransparent(call.callee);
    const exported = this.exportOf(callee);
    if (exported?.module === "runner" && exported.name === "run") return "RunnerHandle";
    if (this.registrationTarget(call)) return "Composer"; // every registration method returns one
    if (callee.type === "Identifier") return this.factoryKind(callee);
    return undefined;
  }

  /** `const bot = createBot()` with `function createBot() { ...; return new Bot(...) }` here. */
  private factoryKind(callee: TSESTree.Identifier): GrammyKind | undefined {
    const variable = findVariable(this.sourceCode, callee);
    const definition = variable?.defs[0]?.node;
    let fn: TSESTree.Node | null | undefined = definition;
    if (definition?.type === "VariableDeclarator") fn = definition.init;
    if (!isFunction(fn)) return undefined;
    if (fn.body.type !== "BlockStatement") return this.kindOf(fn.body);
    for (const returned of returnedExpressions(fn.body)) {
      const kind = this.kindOf(returned);
      if (kind) return kind;
    }
    return undefined;
  }

  private variableKind(variable: Variable): GrammyKind | undefined {
    const cached = this.variableKindCache.get(variable);
    if (cached !== undefined) return cached ?? undefined;
    this.variableKindCache.set(variable, null);
    const kind = this.computeVariableKind(variable);
    this.variableKindCache.set(variable, kind ?? null);
    return kind;
  }

  private computeVariableKind(variable: Variable): GrammyKind | undefined {
    const definition = variable.defs[0];
    if (!definition) return undefined;
    const name = definition.name;
    const annotated = "typeAnnotation" in name && name.typeAnnotation ? this.annotationKind(name.typeAnnotation.typeAnnotation) : undefined;
    if (annotated) return annotated;
    switch (definition.type) {
      case "Parameter":
        return isFunction(definition.node) ? this.parameterKind(definition.node, name) : undefined;
      case "Variable": {
        for (const reference of variable.references) {
          const written = reference.writeExpr;
          if (!written) continue;
          const kind = this.writtenKind(reference.identifier, written);
          if (kind) return kind;
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** The kind of what is written into a binding: whole (`x = v`) or destructured (`{ api } = bot`). */
  private writtenKind(identifier: TSESTree.Node, written: TSESTree.Node): GrammyKind | undefined {
    const parent = identifier.parent;
    if (parent?.type === "VariableDeclarator" || parent?.type === "AssignmentExpression") return this.kindOf(written);
    if (parent?.type === "Property" && parent.value === identifier && parent.parent.type === "ObjectPattern") {
      const key = parent.computed ? undefined : parent.key.type === "Identifier" ? parent.key.name : undefined;
      if (key === "api" && this.is(written, "Bot", "Context")) return "Api";
    }
    return undefined;
  }

  private parameterKind(fn: FunctionNode, name: TSESTree.Node): GrammyKind | undefined {
    const index = fn.params.findIndex((parameter) => parameterBinds(parameter, name));
    if (index < 0) return undefined;
    const place = this.placeOf(fn);
    if (!place) return undefined;
    switch (place.role) {
      case "middleware":
        return index === 0 ? "Context" : index === 1 ? "Next" : undefined;
      case "predicate":
        return index === 0 ? "Context" : undefined;
      case "errorHandler":
        return index === 0 ? "BotError" : index === 1 ? "Next" : undefined;
      case "conversation":
        return index === 1 ? "Context" : undefined;
    }
  }

  private computePlace(fn: FunctionNode): FunctionPlace | undefined {
    const direct = this.argumentPlace(fn);
    if (direct) return direct;
    // A function declared here and passed by reference: `bot.command("start", onStart)`.
    let declared: TSESTree.Identifier | undefined;
    if (fn.type === "FunctionDeclaration") declared = fn.id ?? undefined;
    else if (fn.parent.type === "VariableDeclarator" && fn.parent.id.type === "Identifier") declared = fn.parent.id;
    if (!declared) return undefined;
    const variable = findVariable(this.sourceCode, declared);
    for (const reference of variable?.references ?? []) {
      const place = this.argumentPlace(reference.identifier);
      if (place) return place;
    }
    return undefined;
  }

  /** The place of a function (or a reference to one) that is itself an argument of a grammY call. */
  private argumentPlace(node: TSESTree.Node): FunctionPlace | undefined {
    let argument: TSESTree.Node = node;
    let parent = node.parent;
    // `route(router, { a: mw, b: mw })`: the handlers object's values are middleware.
    if (parent?.type === "Property" && parent.value === node && parent.parent.type === "ObjectExpression") {
      argument = parent.parent;
      parent = argument.parent;
    }
    if (parent?.type !== "CallExpression") return undefined;
    const call = parent;
    const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
    if (index < 0) return undefined;
    const member = calleeMember(call);
    if (member && this.is(member.member.object, "Bot", "Composer")) {
      const role = roleOfArgument(member.name, index);
      if (role === "errorHandler" && member.name === "catch" && !this.is(member.member.object, "Bot")) return undefined;
      return role ? { role, call } : undefined;
    }
    const exported = this.exportOf(call.callee);
    if (exported?.module === "conversations" && exported.name === "createConversation" && index === 0) {
      return { role: "conversation", call };
    }
    return undefined;
  }

  private computeExport(node: TSESTree.Node): GrammyExport | undefined {
    switch (node.type) {
      case "Identifier": {
        const variable = findVariable(this.sourceCode, node);
        return variable ? this.variableExport(variable) : undefined;
      }
      case "MemberExpression": {
        const namespace = this.exportOf(node.object);
        const name = staticMemberName(node);
        return namespace?.name === "*" && name !== undefined ? { module: namespace.module, name } : undefined;
      }
      case "CallExpression": {
        // require("grammy")
        const callee = node.callee;
        const [specifier] = node.arguments;
        if (callee.type !== "Identifier" || callee.name !== "require" || !specifier) return undefined;
        if (findVariable(this.sourceCode, callee)?.defs.length) return undefined; // a local `require`
        const source = specifier.type === "Literal" && typeof specifier.value === "string" ? specifier.value : undefined;
        const module = source === undefined ? undefined : grammyModuleOf(source);
        return module ? { module, name: "*" } : undefined;
      }
      case "ImportExpression": {
        const source = node.source.type === "Literal" && typeof node.source.value === "string" ? node.source.value : undefined;
        const module = source === undefined ? undefined : grammyModuleOf(source);
        return module ? { module, name: "*" } : undefined;
      }
      case "AwaitExpression":
        return this.exportOf(node.argument);
      default:
        return undefined;
    }
  }

  private variableExport(variable: Variable): GrammyExport | undefined {
    const definition = variable.defs[0];
    if (!definition) return undefined;
    switch (definition.type) {
      case "ImportBinding": {
        const node = definition.node;
        if (node.type === "TSImportEqualsDeclaration") {
          const reference = node.moduleReference;
          if (reference.type !== "TSExternalModuleReference") return undefined;
          const module = grammyModuleOf(reference.expression.value);
          return module ? { module, name: "*" } : undefined;
        }
        const declaration = node.parent;
        if (declaration.type !== "ImportDeclaration") return undefined;
        const module = grammyModuleOf(declaration.source.value);
        if (!module) return undefined;
        if (node.type === "ImportSpecifier") {
          const imported = node.imported.type === "Identifier" ? node.imported.name : node.imported.value;
          return { module, name: imported };
        }
        return { module, name: "*" }; // namespace, or default (CommonJS interop gives the module)
      }
      case "Variable": {
        const declarator = definition.node;
        if (!declarator.init) return undefined;
        const name = definition.name;
        if (declarator.id === name) return this.exportOf(declarator.init); // const B = grammy.Bot
        const property = name.parent;
        if (property.type === "Property" && property.value === name && property.parent.type === "ObjectPattern") {
          const source = this.exportOf(declarator.init);
          const key = property.computed ? undefined : property.key.type === "Identifier" ? property.key.name : undefined;
          return source?.name === "*" && key !== undefined ? { module: source.module, name: key } : undefined;
        }
        return undefined;
      }
      case "ClassName": {
        // class MyBot extends Bot {}: instances are Bots.
        const superClass = definition.node.superClass;
        return superClass ? this.exportOf(superClass) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** What a type annotation says a binding is (`ctx: MyContext`, `bot: Bot<C>`, `h: RunnerHandle`). */
  private annotationKind(type: TSESTree.TypeNode): GrammyKind | undefined {
    const cached = this.annotationCache.get(type);
    if (cached !== undefined) return cached ?? undefined;
    this.annotationCache.set(type, null);
    const kind = this.computeAnnotationKind(type);
    this.annotationCache.set(type, kind ?? null);
    return kind;
  }

  private computeAnnotationKind(type: TSESTree.TypeNode): GrammyKind | undefined {
    switch (type.type) {
      case "TSTypeReference":
        return this.typeNameKind(type.typeName);
      case "TSIntersectionType":
        for (const part of type.types) {
          const kind = this.annotationKind(part);
          if (kind) return kind;
        }
        return undefined;
      case "TSUnionType": {
        const kinds = new Set(
          type.types
            .filter((part) => part.type !== "TSUndefinedKeyword" && part.type !== "TSNullKeyword")
            .map((part) => this.annotationKind(part)),
        );
        const [only] = kinds;
        return kinds.size === 1 ? only : undefined;
      }
      default:
        return undefined;
    }
  }

  private typeNameKind(name: TSESTree.EntityName): GrammyKind | undefined {
    if (name.type === "TSQualifiedName") {
      const namespace = name.left.type === "Identifier" ? this.exportOf(name.left) : undefined;
      return namespace?.name === "*" ? grammyTypeKind({ module: namespace.module, name: name.right.name }) : undefined;
    }
    if (name.type !== "Identifier") return undefined;
    const variable = findVariable(this.sourceCode, name);
    const definition = variable?.defs[0];
    if (!variable || !definition) return undefined;
    if (definition.type === "ImportBinding") {
      const exported = this.variableExport(variable);
      return exported ? grammyTypeKind(exported) : undefined;
    }
    const node = definition.node;
    switch (node.type) {
      case "TSTypeAliasDeclaration":
        return this.annotationKind(node.typeAnnotation);
      case "TSInterfaceDeclaration":
        for (const heritage of node.extends) {
          if (heritage.expression.type === "Identifier" || heritage.expression.type === "MemberExpression") {
            const kind =
              heritage.expression.type === "Identifier"
                ? this.typeNameKind(heritage.expression)
                : this.exportOf(heritage.expression) && grammyTypeKind(this.exportOf(heritage.expression));
            if (kind) return kind;
          }
        }
        return undefined;
      case "ClassDeclaration": {
        const exported = node.superClass ? this.exportOf(node.superClass) : undefined;
        return exported ? grammyTypeKind(exported) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** `const b = bot` aliases: the variable first written with a grammY object. */
  private aliasedVariable(variable: Variable): Variable {
    let current = variable;
    for (let hops = 0; hops < 8; hops++) {
      const definition = current.defs[0];
      if (definition?.type !== "Variable" || definition.node.id !== definition.name) return current;
      const init = definition.node.init && skipTransparent(definition.node.init);
      if (init?.type !== "Identifier") return current;
      const next = findVariable(this.sourceCode, init);
      if (!next) return current;
      current = next;
    }
    return current;
  }

  private typedPromiseCall(call: TSESTree.CallExpression, method: string): GrammyPromiseCall | undefined {
    if (!this.typed) return undefined;
    const declared = this.typed.grammyThenableCall(call);
    if (!declared || isEndorsedUnawaited(declared)) return undefined;
    return { call, receiver: "typed", method: declared.name || method };
  }
}

const cache = new WeakMap<object, GrammyModel>();

/** The grammY model of the file a rule is linting: built once per file, shared by all rules. */
export function getGrammyModel(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): GrammyModel {
  const sourceCode = context.sourceCode;
  let model = cache.get(sourceCode);
  if (!model) {
    model = new GrammyModel(sourceCode);
    cache.set(sourceCode, model);
  }
  return model;
}

function grammyTypeKind(exported: GrammyExport | undefined): GrammyKind | undefined {
  if (!exported) return undefined;
  if (exported.module === "grammy" && contextTypeNames.has(exported.name)) return "Context";
  if (exported.module === "runner" && exported.name === "RunnerHandle") return "RunnerHandle";
  return exported.module === "grammy" ? kindByTypeName.get(exported.name) : undefined;
}

/** Which argument of a registration method receives which kind of function. */
function roleOfArgument(method: string, index: number): FunctionRole | undefined {
  switch (method) {
    case "catch":
      return index === 0 ? "errorHandler" : undefined;
    case "errorBoundary":
      return index === 0 ? "errorHandler" : "middleware";
    case "filter":
    case "drop":
    case "branch":
    case "route":
      return index === 0 ? "predicate" : "middleware";
    case "lazy":
      return index === 0 ? "predicate" : undefined;
    default:
      return composerRegistrationMethods.has(method) ? "middleware" : undefined;
  }
}

function parameterBinds(parameter: TSESTree.Parameter, name: TSESTree.Node): boolean {
  if (parameter === name) return true;
  if (parameter.type === "AssignmentPattern") return parameter.left === name;
  if (parameter.type === "TSParameterProperty") return parameterBinds(parameter.parameter, name);
  return false;
}

/** The expressions a block's `return` statements return, not looking into nested functions. */
function returnedExpressions(body: TSESTree.BlockStatement): TSESTree.Expression[] {
  const found: TSESTree.Expression[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === "ReturnStatement") {
      if (node.argument) found.push(node.argument);
      return;
    }
    if (isFunction(node) || node.type === "ClassDeclaration" || node.type === "ClassExpression") return;
    for (const child of childStatements(node)) visit(child);
  };
  visit(body);
  return found;
}

/** The statements directly inside a statement (blocks, branches, loops, try, switch). */
function childStatements(node: TSESTree.Node): TSESTree.Node[] {
  switch (node.type) {
    case "BlockStatement":
      return node.body;
    case "IfStatement":
      return node.alternate ? [node.consequent, node.alternate] : [node.consequent];
    case "ForStatement":
    case "ForInStatement":
    case "ForOfStatement":
    case "WhileStatement":
    case "DoWhileStatement":
    case "LabeledStatement":
      return [node.body];
    case "TryStatement":
      return [node.block, ...(node.handler ? [node.handler.body] : []), ...(node.finalizer ? [node.finalizer] : [])];
    case "SwitchStatement":
      return node.cases.flatMap((switchCase) => switchCase.consequent);
    default:
      return [];
  }
}

function hasImports(program: TSESTree.Program): boolean {
  return program.body.some(
    (statement) =>
      statement.type === "ImportDeclaration" ||
      statement.type === "TSImportEqualsDeclaration" ||
      (statement.type === "VariableDeclaration" &&
        statement.declarations.some((declarator) => declarator.init?.type === "CallExpression")),
  );
}

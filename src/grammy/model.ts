import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";

import path from "node:path";

import {
  calleeMember,
  enclosingFunction,
  forEachNode,
  isFunction,
  propertyKeyName,
  skipTransparent,
  staticMemberName,
  staticString,
  transparentParent,
  type FunctionNode,
} from "../utils/ast";
import { findVariable, type Variable } from "../utils/scope";
import { valueUse } from "../utils/value-use";
import {
  grammyMethodNames,
  kindByClassName,
  kindByTypeName,
  promiseChainMethods,
  type FunctionRole,
  type GrammyExport,
  type GrammyKind,
} from "./kinds";
import { boundPromiseMethodOf, mayBeBoundCall } from "./bound-calls";
import { Memo } from "./memo";
import { awaitedRejection, carriedRejection, carriesArray, functionOf } from "./carriers";
import {
  constructedClassOf,
  fieldIdentity,
  fieldWritesOf,
  holdingClassOf,
  instanceMethodOf,
  staticMethodOf,
  thisClassOf,
  thisMethodOf,
  type ClassNode,
} from "./class-fields";
import { contextualParameterType, withoutThis } from "./contextual-types";
import { isTypeDeclaration, type DeclarationsIn } from "./declared-types";
import { declaredMemberClass } from "./declared-members";
import { exportTableOf } from "./modules/exports";
import { derivedLifetimeMs } from "./modules/files";
import { importsBeyondRuntime, importsLeadToGrammy, isRuntimeModule, specifiersOfProgram } from "./modules/graph";
import { loadSourceCode, offerLintedSource, parseSettingsOf, type ParseSettings } from "./modules/loader";
import { resolveSpecifier } from "./modules/resolve";
import {
  apiPromiseMethods,
  botPromiseMethods,
  composerRegistrationMethods,
  contextPromiseMethods,
  contextTypeNames,
  runnerHandlePromiseMethods,
} from "./members.generated";
import { importOriginOf } from "../utils/import-origin";
import { isKnownNotGrammy, isSurelyNotGrammyDeclared } from "./not-grammy";
import { isConversationWaitCall, isPluginPromiseCall, menuArgumentRole, pluginPromiseMethodNames } from "./plugin-objects";
import { isEndorsedUnawaited, isImmediateMenuCall, isMenuControlName } from "./plugin-promises";
import { contextFlavorParameter } from "./plugin-types";
import { grammyModuleOf, mentionsGrammy } from "./sources";
import { grammyReachOf, importedByGrammyCode, importersOf } from "./project/importers";
import { grammyProjectOf } from "./project/root";
import { referencesToExport, wholeModule } from "./project/uses";
import { signalListenerOf } from "./signals";
import { seesGlobalGrammyName } from "./global-types";
import { TypedGrammy, typeInformation } from "./typed";
import { typedModuleFile } from "./typed-modules";

/** A call that returns a grammY promise, and what made it one. */
export interface GrammyPromiseCall {
  readonly call: TSESTree.CallExpression;
  /**
   * What the callee's receiver is; `next` for a middleware's `next()`, `typed` when only types
   * knew, `helper` for a function of the project that passes on a grammY rejection (`carried`).
   */
  readonly receiver: GrammyKind | "typed" | "helper" | "plugin";
  /** For a `helper`: the text of the grammY call inside it whose rejection it passes on. */
  readonly carried?: string;
  /** A `.then()`/`.catch()`/`.finally()` whose callback carries the rejection (`fetch(u).then(...)`). */
  readonly chain?: boolean;
  /** For a `helper`: it returns an array of grammY promises, not a promise (`carriesArray`). */
  readonly array?: boolean;
  /** The method name (`reply`, `sendMessage`, `start`, ...), or `next`. */
  readonly method: string;
}

/** A function's place in grammY: which registration call it is handed to, and as what. */
export interface FunctionPlace {
  readonly role: FunctionRole;
  /** The registration call (`bot.on(...)`, `bot.catch(...)`, `createConversation(...)`). */
  readonly call: TSESTree.CallExpression;
}

/** Names of grammY's promise-returning members: without types, no other method name is one. */
const promiseMethodNames: ReadonlySet<string> = new Set([
  ...contextPromiseMethods,
  ...apiPromiseMethods,
  ...botPromiseMethods,
  ...runnerHandlePromiseMethods,
]);

/**
 * How many definitions deep the model follows one question (`a2 = a1`, `a1 = a0`, `a0 = new Bot()`;
 * factories, subclasses, type aliases, member chains). Real code stays far below it; beyond it the
 * answer is "unknown", so that no input, however long its chains, can exhaust the stack.
 */
const maxDepth = 100;

/** Where a model's file lives and how it was parsed: what it needs to follow imports into other files. */
export interface ModuleOrigin {
  /** The absolute path of the file. */
  readonly file: string;
  readonly settings: ParseSettings;
}

/**
 * What an expression of one file denotes in another module, when it comes from one: a grammY
 * export (re-exported by a local `deps.ts`, say), a node of another module's model (ask that model
 * about it), or a whole project module (a namespace import, `require("./x")`).
 */
export type ForeignValue =
  | { readonly kind: "grammy"; readonly export: GrammyExport }
  | { readonly kind: "node"; readonly model: GrammyModel; readonly node: TSESTree.Node }
  | { readonly kind: "module"; readonly model: GrammyModel };

/**
 * How many modules deep one question may be followed (`main` -> `bot` -> `deps` -> ...). Each
 * model bounds its own depth (`maxDepth`); this bounds the chain of models.
 */
const maxModuleHops = 24;
let moduleHops = 0;

/**
 * Everything this plugin knows about the grammY objects of one file. Built once per file (see
 * `getGrammyModel`), answered lazily and cached: rules ask, they never re-derive.
 */
export class GrammyModel {
  readonly typed: TypedGrammy | undefined;

  private readonly kinds = new Memo<TSESTree.Node, GrammyKind>();
  private readonly variableKinds = new Memo<Variable, GrammyKind>();
  private readonly exports = new Memo<TSESTree.Node, GrammyExport>();
  private readonly places = new Memo<FunctionNode, FunctionPlace>();
  private readonly middlewareFunctions = new Memo<FunctionNode, boolean>();
  private readonly annotationKinds = new Memo<TSESTree.Node, GrammyKind>();
  private readonly foreignValues = new Memo<TSESTree.Node, ForeignValue>();
  private readonly moduleExports = new Memo<string, ForeignValue>();
  /** While a helper call is asked about: whether following it into another module is worth it. */
  private followGate: (() => boolean) | undefined;
  /** How many cached questions are being answered right now, one inside the other (see `maxDepth`). */
  private depth = 0;
  private touches: boolean | undefined;

  /**
   * @param origin The file's path and parse settings; without it the model sees this file only
   * (imports of project modules stay unknown).
   */
  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    readonly origin?: ModuleOrigin,
  ) {
    const services = typeInformation(sourceCode);
    this.typed = services ? new TypedGrammy(services) : undefined;
  }

  /**
   * False when the file cannot touch grammY: rules then return no visitors. A file touches grammY
   * when it names it, when its project imports lead to a module that does (text checks, cached),
   * or, with types, when it or a project module it imports imports a package (grammY objects may
   * then arrive through the package's types). The runtime's own modules (`node:fs`) never count.
   */
  get touchesGrammy(): boolean {
    this.touches ??= touchesGrammy(this.sourceCode, this.origin?.file, typeInformation(this.sourceCode)?.program);
    return this.touches;
  }

  // ---------------------------------------------------------------------------------------------
  // What an expression is

  /** The grammY kind of an expression's value (`Bot`, `Context`, ...), or undefined when unknown. */
  kindOf(node: TSESTree.Node): GrammyKind | undefined {
    // Cycles (`let a = b; let b = a;`) are cut by the memo.
    return this.answer(this.kinds, node, () => {
      const inner = skipTransparent(node);
      const kind = this.syntacticKind(inner);
      if (kind === undefined && this.typed && !isKnownNotGrammy(this, inner)) return this.typed.kindOf(node);
      return kind;
    });
  }

  /**
   * The answer `memo` keeps for `key`, worked out by `answer` when it has none, at most `maxDepth`
   * questions deep: beyond that, unknown (and not kept).
   */
  private answer<K, V>(memo: Memo<K, V>, key: K, answer: () => V | undefined): V | undefined {
    if (this.depth >= maxDepth && !memo.has(key)) return undefined;
    this.depth++;
    try {
      return memo.get(key, answer);
    } finally {
      this.depth--;
    }
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
    // `this` in a subclass of Bot: one identity per class (no field can be called `this`).
    if (inner.type === "ThisExpression") {
      const classNode = thisClassOf(inner);
      if (classNode) return fieldIdentity(classNode, "this");
    }
    if (inner.type === "MemberExpression" && skipTransparent(inner.object).type === "ThisExpression") {
      const name = staticMemberName(inner);
      const classNode = thisClassOf(skipTransparent(inner.object) as TSESTree.ThisExpression);
      if (name !== undefined && classNode) return fieldIdentity(classNode, name);
    }
    if (this.typed && (inner.type === "MemberExpression" || inner.type === "Identifier")) {
      return this.typed.identityOf(inner);
    }
    return undefined;
  }

  /** The grammY export an expression denotes: the `Bot` class, the runner's `run`, a namespace. */
  exportOf(node: TSESTree.Node): GrammyExport | undefined {
    return this.answer(this.exports, node, () => this.computeExport(skipTransparent(node)));
  }

  // ---------------------------------------------------------------------------------------------
  // Calls

  /** A call returning a grammY promise (`ctx.reply()`, `bot.api.sendMessage()`, `next()`, ...). */
  promiseCall(call: TSESTree.CallExpression): GrammyPromiseCall | undefined {
    const bound = boundPromiseMethodOf(this, call);
    if (bound) return { call, ...bound };
    const callee = skipTransparent(call.callee);
    // `(async () => { await ctx.reply(t) })()`: an IIFE passes on what it awaits (what it returns
    // is followed to the IIFE's call where it is returned).
    const iife = functionOf(callee);
    if (iife) {
      const carried = awaitedRejection(this, iife);
      return carried ? { call, receiver: "helper", method: "", carried } : undefined;
    }
    if (callee.type === "Identifier") {
      if (this.mayBeNext(callee) && this.kindOf(callee) === "Next") return { call, receiver: "Next", method: "next" };
      return this.helperPromiseCall(call, callee, callee.name) ?? this.typedPromiseCall(call, callee.name);
    }
    const member = calleeMember(call);
    if (!member) return undefined;
    const method = member.name;
    // `.then()`, `.catch()`, `.finally()` of a chain are the language's; the chain's head is asked
    // about, not them (grammY's one `catch`, `bot.catch`, returns nothing). No type is needed. A
    // callback of the chain that does grammY work passes its rejection on, though.
    if (promiseChainMethods.has(method)) return this.chainCallbackCall(call, member.member.object, method);
    if (isImmediateMenuCall(this, call)) return { call, receiver: "Context", method };
    if (isPluginPromiseCall(this, member.member.object, method)) return { call, receiver: "plugin", method };
    // Other names are never grammY's own members; with types, a plugin's may still be a promise.
    if (!grammyMethodNames.has(method)) {
      return this.helperPromiseCall(call, member.member, method) ?? this.typedPromiseCall(call, method);
    }
    const receiver = this.kindOf(member.member.object);
    // `bot.start()` where the bot's class of the project declares its own `start`: that method runs,
    // not grammY's, and it is asked what it passes on like any other function of the project.
    if (receiver === "Bot" && this.ownBotMethodOf(member.member)) return this.helperPromiseCall(call, member.member, method);
    if (
      (receiver === "Context" && contextPromiseMethods.has(method)) ||
      (receiver === "Api" && apiPromiseMethods.has(method)) ||
      (receiver === "Bot" && botPromiseMethods.has(method)) ||
      (receiver === "RunnerHandle" && runnerHandlePromiseMethods.has(method))
    ) {
      return { call, receiver, method };
    }
    if (receiver !== undefined) return undefined; // a known grammY object, a method that is no promise
    return this.helperPromiseCall(call, member.member, method) ?? this.typedPromiseCall(call, method);
  }

  /**
   * A call of a function of the project that passes on a grammY rejection (`carriedRejection`):
   * declared in this file, a method of this class (`this.send()`), or imported from a project module.
   */
  private helperPromiseCall(call: TSESTree.CallExpression, callee: TSESTree.Node, method: string): GrammyPromiseCall | undefined {
    // With types, a callee typed to return no promise cannot pass a rejection on: it is not
    // followed into another module. Asked only when syntax has to go there (`followGate`).
    let followed: boolean | undefined;
    const previous = this.followGate;
    this.followGate = () => (followed ??= this.typed === undefined || this.typed.mayReturnThenable(call));
    let target: ReturnType<GrammyModel["calledFunction"]>;
    try {
      target = this.calledFunction(callee);
    } finally {
      this.followGate = previous;
    }
    if (!target) return undefined;
    const carried = target.model === this ? carriedRejection(this, target.fn) : this.across(() => carriedRejection(target.model, target.fn));
    if (!carried) return undefined;
    const array = target.model === this ? carriesArray(this, target.fn) : this.across(() => carriesArray(target.model, target.fn));
    return { call, receiver: "helper", method, carried, ...(array && { array }) };
  }

  /**
   * The grammY call whose rejection a tagged template passes on: its tag is a function of the
   * project that carries one (`` notify`Done` `` with `async function notify(strings) { await
   * bot.api.sendMessage(id, strings.join("")) }`).
   */
  taggedTemplateRejection(template: TSESTree.TaggedTemplateExpression): string | undefined {
    const target = this.calledFunction(template.tag);
    if (!target) return undefined;
    return target.model === this ? carriedRejection(this, target.fn) : this.across(() => carriedRejection(target.model, target.fn));
  }

  /**
   * The method a member call on a bot reaches when the bot's class is a subclass of the project that
   * declares it (`class AppBot extends Bot { async start() { run(this); } }`, then `bot.start()` or
   * `this.start()`): the subclass's, which hides grammY's. Undefined for grammY's own members.
   */
  ownBotMethodOf(member: TSESTree.MemberExpression): FunctionNode | undefined {
    const name = staticMemberName(member);
    if (name === undefined) return undefined;
    if (skipTransparent(member.object).type === "ThisExpression") return thisMethodOf(member);
    const owner = this.instanceClassOf(member.object);
    return owner && instanceMethodOf(owner.classNode, name);
  }

  /** The class of the project whose instance a class of this module keeps in its field `name` (annotated, or written with one). */
  private fieldInstanceClassOf(classNode: ClassNode, name: string, hops: number): { model: GrammyModel; classNode: ClassNode } | undefined {
    for (const write of fieldWritesOf(classNode, name, this.sourceCode.visitorKeys)) {
      const found =
        write.annotation?.type === "TSTypeReference"
          ? this.classNamed(write.annotation.typeName)
          : write.value && this.instanceClassOf(write.value, hops + 1);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The class of the project an expression is an instance of: `new Handler()`, a binding or a
   * field annotated `Handler` or initialised with `new Handler()`, a call of a function annotated to
   * return one (`Handler.getInstance()`). The class may live in another module.
   */
  private instanceClassOf(node: TSESTree.Node, hops = 0): { model: GrammyModel; classNode: ClassNode } | undefined {
    if (hops > 8) return undefined;
    const inner = skipTransparent(node);
    switch (inner.type) {
      case "NewExpression":
        return this.classNamed(inner.callee);
      case "Identifier": {
        const definition = findVariable(this.sourceCode, inner)?.defs[0];
        if (!definition) return undefined;
        const name = definition.name;
        const annotation = "typeAnnotation" in name ? name.typeAnnotation?.typeAnnotation : undefined;
        if (annotation?.type === "TSTypeReference") return this.classNamed(annotation.typeName);
        if (definition.type === "Variable" && definition.node.id === name && definition.node.init) {
          return this.instanceClassOf(definition.node.init, hops + 1);
        }
        return undefined;
      }
      case "MemberExpression": {
        const name = staticMemberName(inner);
        if (name === undefined) return undefined;
        const classNode = holdingClassOf(inner);
        if (!classNode) {
          // `bot.handlers` where `bot` is an instance of a class of the project (in any module)
          // whose field `handlers` holds one: the field's writes are read in that class's module.
          const holder = this.instanceClassOf(inner.object, hops + 1);
          const held = holder && this.across(() => holder.model.fieldInstanceClassOf(holder.classNode, name, hops + 1));
          // `ctx.logger` where the context's type declares `logger: Logger`.
          return held ?? declaredMemberClass(this, inner);
        }
        return this.fieldInstanceClassOf(classNode, name, hops);
      }
      case "CallExpression": {
        // `Handler.getInstance()`: a static method, or a function, annotated to return an instance.
        const callee = skipTransparent(inner.callee);
        let fn: FunctionNode | undefined;
        if (callee.type === "MemberExpression") {
          const owner = this.classNamed(callee.object);
          const name = staticMemberName(callee);
          fn = owner && name !== undefined ? staticMethodOf(owner.classNode, name) : undefined;
          const returned = fn?.returnType?.typeAnnotation;
          return owner && returned?.type === "TSTypeReference" ? owner.model.classNamed(returned.typeName) : undefined;
        }
        const target = this.calledFunction(callee);
        const returned = target?.fn.returnType?.typeAnnotation;
        return target && returned?.type === "TSTypeReference" ? target.model.classNamed(returned.typeName) : undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * Whether a question may follow `node` into the project module it is imported from: it must be a
   * project module (a package or the runtime's own module is never followed), and the helper gate
   * must allow it.
   */
  mayFollowForeign(node: TSESTree.Node): boolean {
    if (!this.followGate) return true;
    const origin = this.origin && importOriginOf(this.sourceCode, node);
    if (!this.origin || !origin || isRuntimeModule(origin.module)) return false;
    if (resolveSpecifier(this.origin.file, origin.module)?.kind !== "file") return false;
    return this.followGate();
  }

  /** The class a name denotes, declared here or imported from a project module. */
  classNamed(name: TSESTree.Node): { model: GrammyModel; classNode: ClassNode } | undefined {
    const inner = skipTransparent(name);
    if (inner.type !== "Identifier") return undefined;
    const definition = findVariable(this.sourceCode, inner)?.defs[0];
    if (definition?.type === "ClassName") return { model: this, classNode: definition.node };
    // Imported, or required (`const { Handler } = require("./handler")`).
    const imported = definition?.type === "ImportBinding" || (definition?.type === "Variable" && definition.parent.kind === "const");
    if (!imported || !this.mayComeFromModule(inner) || !this.mayFollowForeign(inner)) return undefined;
    const value = this.foreignOf(inner);
    if (value?.kind !== "node") return undefined;
    const node = skipTransparent(value.node);
    if (node.type === "ClassDeclaration" || node.type === "ClassExpression") return { model: value.model, classNode: node };
    if (node.type !== "Identifier") return undefined;
    const declared = findVariable(value.model.sourceCode, node)?.defs[0];
    return declared?.type === "ClassName" ? { model: value.model, classNode: declared.node } : undefined;
  }

  /**
   * `fetch(url).then(async (r) => { await ctx.reply(t) })`: a chain on a promise that is not
   * grammY's whose callback passes a grammY rejection on; the chain's promise then rejects with
   * it. A chain on a grammY promise is left to that promise, which is reported at its own call.
   */
  private chainCallbackCall(call: TSESTree.CallExpression, object: TSESTree.Node, method: string): GrammyPromiseCall | undefined {
    // `bot.catch(handler)` installs an error handler: no promise chain.
    if (this.kindOf(object) !== undefined) return undefined;
    let carried: string | undefined;
    for (const argument of call.arguments) {
      // Only what the callback awaits: a grammY call it returns is reported where it is returned.
      const fn = functionOf(argument);
      carried = fn ? awaitedRejection(this, fn) : undefined;
      if (carried !== undefined) break;
    }
    if (carried === undefined) return undefined;
    if (this.grammyChainHead(object)) return undefined;
    return { call, receiver: "helper", method, carried, chain: true };
  }

  /**
   * The grammY promise call a chain starts with (`ctx.reply(t)` of `ctx.reply(t).then(f).catch(g)`),
   * or undefined when its head is no grammY promise. A floating chain is reported once, at its head.
   */
  grammyChainHead(chain: TSESTree.Node): TSESTree.CallExpression | undefined {
    let head = skipTransparent(chain);
    for (let hops = 0; head.type === "CallExpression" && hops < maxDepth; hops++) {
      const member = calleeMember(head);
      if (!member || !promiseChainMethods.has(member.name)) break;
      head = skipTransparent(member.member.object);
    }
    return head.type === "CallExpression" && this.mayBePromiseCall(head) && this.promiseCall(head) ? head : undefined;
  }

  /** The function a callee names, and the model of its module. */
  private calledFunction(callee: TSESTree.Node): { model: GrammyModel; fn: FunctionNode } | undefined {
    const inner = skipTransparent(callee);
    if (inner.type === "MemberExpression") {
      if (skipTransparent(inner.object).type === "ThisExpression") {
        const fn = thisMethodOf(inner);
        return fn ? { model: this, fn } : undefined;
      }
      // `handler.send(ctx)` on an instance of a class of the project.
      const name = staticMemberName(inner);
      const owner = name === undefined ? undefined : this.instanceClassOf(inner.object);
      const method = owner && name !== undefined ? instanceMethodOf(owner.classNode, name) : undefined;
      if (owner && method) return { model: owner.model, fn: method };
      if (!this.mayComeFromModule(inner)) return undefined;
    } else if (inner.type === "Identifier") {
      const definition = findVariable(this.sourceCode, inner)?.defs[0];
      if (definition?.type === "FunctionName" && isFunction(definition.node)) return { model: this, fn: definition.node };
      if (definition?.type === "Variable" && definition.node.id === definition.name) {
        const fn = functionOf(definition.node.init ?? undefined);
        if (fn) return { model: this, fn };
      }
      if (!this.mayComeFromModule(inner)) return undefined;
    } else {
      return undefined;
    }
    if (!this.mayFollowForeign(inner)) return undefined;
    const value = this.foreignOf(inner);
    if (value?.kind !== "node") return undefined;
    const node = skipTransparent(value.node);
    const direct = functionOf(node);
    if (direct) return { model: value.model, fn: direct };
    if (node.type !== "Identifier") return undefined;
    const definition = findVariable(value.model.sourceCode, node)?.defs[0];
    if (definition?.type === "FunctionName" && isFunction(definition.node)) return { model: value.model, fn: definition.node };
    if (definition?.type === "Variable" && definition.node.id === definition.name) {
      const fn = functionOf(definition.node.init ?? undefined);
      if (fn) return { model: value.model, fn };
    }
    return undefined;
  }

  /**
   * A grammY promise method handed over by reference, not called here: `reply.delete` (hydrate) in
   * `setTimeout(reply.delete, 5000)`. Its receiver is known as for `promiseCall`.
   */
  isPromiseMethodReference(member: TSESTree.MemberExpression): boolean {
    const name = staticMemberName(member);
    if (name === undefined) return false;
    if (isPluginPromiseCall(this, member.object, name)) return true;
    if (!grammyMethodNames.has(name)) return false;
    const receiver = this.kindOf(member.object);
    return (
      (receiver === "Context" && contextPromiseMethods.has(name)) ||
      (receiver === "Api" && apiPromiseMethods.has(name)) ||
      (receiver === "Bot" && botPromiseMethods.has(name)) ||
      (receiver === "RunnerHandle" && runnerHandlePromiseMethods.has(name))
    );
  }

  /**
   * Whether `promiseCall` may say yes, from names and bindings alone: without types, only a call of
   * a parameter or an alias (`next()`) or of one of grammY's promise methods (or the menu plugin's
   * control calls) can be. With types, anything may be. Cheap: rules ask it before anything costly.
   */
  mayBePromiseCall(call: TSESTree.CallExpression): boolean {
    if (this.typed || mayBeBoundCall(this, call)) return true;
    const callee = skipTransparent(call.callee);
    if (functionOf(callee)) return true; // an IIFE
    if (callee.type === "Identifier") return this.mayBeNext(callee) || this.mayBeHelper(callee);
    const member = calleeMember(call);
    if (!member) return false;
    if (promiseMethodNames.has(member.name) || isMenuControlName(member.name) || pluginPromiseMethodNames.has(member.name)) return true;
    if (promiseChainMethods.has(member.name)) return call.arguments.some((argument) => functionOf(argument) !== undefined);
    // A method of the project's own (`this.send()`, `handler.send()`, `Service.get().send()`) may
    // carry a grammY rejection: asked only when its promise floats.
    const object = skipTransparent(member.member.object);
    switch (object.type) {
      case "ThisExpression":
      case "CallExpression":
      case "NewExpression":
        return true;
      case "MemberExpression": {
        // `this.handler.send()`, and `ctx.logger.log()` where the context's type declares `logger`.
        const holder = skipTransparent(object.object);
        if (holder.type === "ThisExpression") return true;
        return holder.type === "Identifier" && (findVariable(this.sourceCode, holder)?.defs.length ?? 0) > 0;
      }
      case "Identifier":
        return (findVariable(this.sourceCode, object)?.defs.length ?? 0) > 0;
      default:
        return false;
    }
  }

  /** A function declared in this file, or an import of a project module (a helper may carry a rejection). */
  private mayBeHelper(callee: TSESTree.Identifier): boolean {
    const definition = findVariable(this.sourceCode, callee)?.defs[0];
    if (definition?.type === "FunctionName") return true;
    if (definition?.type === "Variable") return isFunction(definition.node.init && skipTransparent(definition.node.init)) || this.mayComeFromModule(callee);
    return definition?.type === "ImportBinding" && this.mayComeFromModule(callee);
  }

  /** `next` is a parameter (or an alias of one), never an import: no other module is read for it. */
  private mayBeNext(callee: TSESTree.Identifier): boolean {
    const definition = findVariable(this.sourceCode, callee)?.defs[0];
    return (
      definition?.type === "Parameter" ||
      (definition?.type === "Variable" &&
        definition.node.id === definition.name &&
        definition.node.init !== null &&
        skipTransparent(definition.node.init).type === "Identifier")
    );
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
    return this.answer(this.places, fn, () => this.computePlace(fn));
  }

  /**
   * Whether code at `node` runs while grammY handles an update, so that an error thrown there
   * reaches `bot.catch` and a rejection nobody catches bypasses it: inside a function handed to
   * grammY (middleware, a predicate, an error handler, a conversation), a function that takes a
   * context, or a function of the project called from one of these (`handleStart(ctx)` in a
   * handler), here or in a module that imports it. Elsewhere (the top level, a signal listener, a
   * timer or event listener set up at startup) a rejection nobody catches is an unhandled one.
   */
  runsInMiddleware(node: TSESTree.Node): boolean {
    for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
      const inner = fn;
      if (this.answer(this.middlewareFunctions, inner, () => this.computeRunsInMiddleware(inner)) === true) return true;
    }
    return false;
  }

  private computeRunsInMiddleware(fn: FunctionNode): boolean {
    if (this.placeOf(fn)) return true;
    if (fn.params.some((parameter) => parameter.type === "Identifier" && this.kindOf(parameter) === "Context")) return true;
    return this.callsOf(fn).some(({ model, call }) =>
      model === this ? this.runsInMiddleware(call) : this.across(() => model.runsInMiddleware(call)) === true,
    );
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
        const object = skipTransparent(node.object);
        if (object.type === "ThisExpression" && name !== undefined) return this.fieldKind(object, name);
        return this.foreignKind(node); // `config.bot` of `import * as config from "./config"`
      }
      case "AwaitExpression": {
        // `await conversation.waitFor("message")`: the context of the update the conversation waited for.
        const awaited = skipTransparent(node.argument);
        if (awaited.type === "CallExpression" && isConversationWaitCall(this, awaited)) return "Context";
        // No grammY object is thenable: awaiting one gives the object itself (`await run(bot)`).
        return this.kindOf(node.argument);
      }
      case "Super":
      case "ThisExpression": {
        // `this` (and `super`) in a subclass of `Bot` (or of another grammY class) is one.
        const classNode = thisClassOf(node);
        const created = classNode?.superClass ? this.exportOf(classNode.superClass) : undefined;
        return created?.module === "grammy" ? kindByClassName.get(created.name) : undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * `this.bot` in a class that writes its `bot` field with a grammY object: declared with a
   * grammY type, initialised or assigned in any member (`this.bot = new Bot(token)` in the
   * constructor, `this.runner = run(this.bot)` in `start()`), also when the field is declared
   * `any`. Every write whose kind is known must agree.
   */
  private fieldKind(self: TSESTree.ThisExpression, name: string): GrammyKind | undefined {
    const classNode = thisClassOf(self);
    if (!classNode) return undefined;
    const kinds = new Set<GrammyKind>();
    for (const write of fieldWritesOf(classNode, name, this.sourceCode.visitorKeys)) {
      const kind =
        (write.annotation && this.annotationKind(write.annotation)) ?? (write.value && this.kindOf(write.value));
      if (kind) kinds.add(kind);
    }
    const [only] = kinds;
    return kinds.size === 1 ? only : undefined;
  }

  private callKind(call: TSESTree.CallExpression): GrammyKind | undefined {
    const callee = skipTransparent(call.callee);
    const exported = this.exportOf(callee);
    if (exported?.module === "runner" && exported.name === "run") return "RunnerHandle";
    if (this.registrationTarget(call)) return "Composer"; // every registration method returns one
    if (callee.type === "Identifier") return this.factoryKind(callee);
    if (callee.type === "MemberExpression") return this.foreignReturnKind(callee); // `factories.createBot()`
    return undefined;
  }

  /**
   * `const bot = createBot()` with `function createBot() { ...; return new Bot(...) }` here, or
   * imported from a project module (`import { createBot } from "./bot"`).
   */
  private factoryKind(callee: TSESTree.Identifier): GrammyKind | undefined {
    const variable = findVariable(this.sourceCode, callee);
    const definition = variable?.defs[0];
    if (definition?.type === "ImportBinding" || (definition?.type === "Variable" && !isFunction(definition.node.init))) {
      return this.foreignReturnKind(callee);
    }
    let fn: TSESTree.Node | null | undefined = definition?.node;
    if (fn?.type === "VariableDeclarator") fn = fn.init;
    return isFunction(fn) ? this.functionReturnKind(fn) : undefined;
  }

  private functionReturnKind(fn: FunctionNode): GrammyKind | undefined {
    if (fn.body.type !== "BlockStatement") return this.kindOf(fn.body);
    for (const returned of returnedExpressions(fn.body)) {
      const kind = this.kindOf(returned);
      if (kind) return kind;
    }
    return undefined;
  }

  /**
   * The kind a call of a function of this module returns: `node` names the function (an
   * identifier bound to it, or the function itself, as another model's export table gives it).
   */
  returnKindOf(node: TSESTree.Node): GrammyKind | undefined {
    const inner = skipTransparent(node);
    if (isFunction(inner)) return this.functionReturnKind(inner);
    if (inner.type === "Identifier") return this.factoryKind(inner);
    if (inner.type === "MemberExpression") return this.foreignReturnKind(inner);
    return undefined;
  }

  private variableKind(variable: Variable): GrammyKind | undefined {
    return this.variableKinds.get(variable, () => this.computeVariableKind(variable));
  }

  private computeVariableKind(variable: Variable): GrammyKind | undefined {
    const definition = variable.defs[0];
    if (!definition) return undefined;
    const name = definition.name;
    const annotated = "typeAnnotation" in name && name.typeAnnotation ? this.annotationKind(name.typeAnnotation.typeAnnotation) : undefined;
    if (annotated) return annotated;
    switch (definition.type) {
      case "Parameter": {
        if (!isFunction(definition.node)) return undefined;
        const direct = this.parameterKind(definition.node, name);
        if (direct) return direct;
        // `bot.catch(({ ctx, error }) => ...)`, `(({ api }) => ...)`: a property of a known parameter.
        const property = name.parent;
        if (property.type !== "Property" || property.value !== name || property.parent.type !== "ObjectPattern") return undefined;
        const key = property.computed ? undefined : property.key.type === "Identifier" ? property.key.name : undefined;
        const whole = this.parameterKind(definition.node, property.parent);
        if (key === "ctx" && whole === "BotError") return "Context";
        return key === "api" && (whole === "Bot" || whole === "Context") ? "Api" : undefined;
      }
      case "Variable": {
        for (const reference of variable.references) {
          const written = reference.writeExpr;
          if (!written) continue;
          const kind = this.writtenKind(reference.identifier, written);
          if (kind) return kind;
        }
        // `const { bot } = require("./bot")`
        return name.type === "Identifier" ? this.foreignKind(name) : undefined;
      }
      case "ImportBinding":
        // `import { bot } from "./bot"`: what the other module exports under that name.
        return name.type === "Identifier" ? this.foreignKind(name) : undefined;
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
    const contextual = this.contextualParameterKind(fn, index);
    if (contextual) return contextual;
    if (index === 0 && this.receivesWaitedContext(fn)) return "Context";
    const place = this.placeOf(fn);
    if (!place) return this.callerArgumentKind(fn, index);
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

  /** `conversation.waitFor("message").then((ctx) => ...)`: the callback gets the context the wait resolves to. */
  private receivesWaitedContext(fn: FunctionNode): boolean {
    const { node, parent } = transparentParent(fn);
    if (parent?.type !== "CallExpression" || parent.arguments[0] !== node) return false;
    const member = calleeMember(parent);
    if (member?.name !== "then") return false;
    const waited = skipTransparent(member.member.object);
    return waited.type === "CallExpression" && isConversationWaitCall(this, waited);
  }

  /**
   * The kind a parameter without an annotation of its own gets from the type its object literal is
   * checked against: `ctx` of `{ async run(bot, ctx) {...} } satisfies Command` where `Command`
   * declares `run(bot: B, ctx: CommandContext<Context>)` (see `contextualParameterType`).
   */
  private contextualParameterKind(fn: FunctionNode, index: number): GrammyKind | undefined {
    const parameter = fn.params[index];
    const position = parameter ? withoutThis(fn.params).indexOf(parameter) : -1;
    if (position < 0) return undefined;
    const declared = contextualParameterType(this, fn, position);
    if (!declared) return undefined;
    return declared.model === this ? this.annotationKind(declared.type) : this.across(() => declared.model.annotationKind(declared.type));
  }

  private computePlace(fn: FunctionNode): FunctionPlace | undefined {
    const direct = this.argumentPlace(fn);
    if (direct) return direct;
    // A function declared here and passed by reference: `bot.command("start", onStart)`.
    const declared = declaredNameOf(fn);
    const variable = declared && findVariable(this.sourceCode, declared);
    for (const reference of variable?.references ?? []) {
      const place = this.argumentPlace(reference.identifier);
      if (place) return place;
    }
    // Exported and registered by another module: `bot.command("start", start)` in `bot.ts`.
    for (const { model, node } of this.foreignReferencesTo(fn, true)) {
      const place = this.across(() => model.argumentPlace(node));
      if (place) return place;
    }
    // Made by a factory whose call is registered: `bot.catch(errors.middleware())`, `bot.use(logger())`.
    const factory = factoryOf(fn);
    for (const { model, call } of factory ? this.callsOf(factory) : []) {
      const place = model === this ? this.argumentPlace(call) : this.across(() => model.argumentPlace(call));
      if (place) return place;
    }
    return undefined;
  }

  /**
   * The calls of a function of this module, here and in the modules that import it: by its name,
   * or for a method, on `this` and on instances of its class.
   */
  private callsOf(fn: FunctionNode): { model: GrammyModel; call: TSESTree.CallExpression }[] {
    const found: { model: GrammyModel; call: TSESTree.CallExpression }[] = [];
    const add = (model: GrammyModel, node: TSESTree.Node): void => {
      const { node: callee, parent } = transparentParent(node);
      if (parent?.type === "CallExpression" && parent.callee === callee) found.push({ model, call: parent });
    };
    const declared = declaredNameOf(fn);
    const variable = declared && findVariable(this.sourceCode, declared);
    for (const reference of variable?.references ?? []) add(this, reference.identifier);
    for (const { model, node } of this.foreignReferencesTo(fn, true)) add(model, node);
    for (const callee of this.methodCallsOf(fn)) add(this, callee);
    for (const { model, callee } of this.foreignMethodCallsOf(fn)) add(model, callee);
    return found;
  }

  /**
   * The kind its callers pass a function for one parameter: `handleStart(ctx)` in a handler makes
   * `handleStart`'s first parameter a context, in this module or in any module that imports it.
   * Every caller whose argument is known must agree; unknown arguments say nothing.
   */
  private callerArgumentKind(fn: FunctionNode, index: number): GrammyKind | undefined {
    const kinds = new Set<GrammyKind>();
    const consider = (model: GrammyModel, node: TSESTree.Node): void => {
      const { node: callee, parent } = transparentParent(node);
      if ((parent?.type !== "CallExpression" && parent?.type !== "NewExpression") || parent.callee !== callee) return;
      const argument = parent.arguments[index];
      if (!argument || argument.type === "SpreadElement") return;
      if (parent.arguments.slice(0, index).some((earlier) => earlier.type === "SpreadElement")) return;
      const kind = model === this ? this.kindOf(argument) : this.across(() => model.kindOf(argument));
      if (kind) kinds.add(kind);
    };
    // A constructor's callers are the class's `new` expressions: `new Service(bot)`.
    const target = constructedClassOf(fn) ?? fn;
    const declared = declaredNameOf(target);
    const variable = declared && findVariable(this.sourceCode, declared);
    for (const reference of variable?.references ?? []) consider(this, reference.identifier);
    for (const { model, node } of this.foreignReferencesTo(target, true)) consider(model, node);
    // A method's callers in this file: `this.handle(err, ctx)`, `new Commands().install(bot)`.
    for (const callee of this.methodCallsOf(fn)) consider(this, callee);
    // ... and in the modules that import its class: `handler.changeLocation(ctx)`.
    for (const { model, callee } of this.foreignMethodCallsOf(fn)) consider(model, callee);
    const [only] = kinds;
    return kinds.size === 1 ? only : undefined;
  }

  /**
   * Whether a module that uses a class of this one (imports and references it) registers a signal
   * listener: a bot that an instance holds may be stopped there, through the instance's methods.
   */
  instanceStoppedByImporters(classNode: ClassNode): boolean {
    return this.foreignReferencesTo(classNode).some(({ model }) => hasSignalListener(model));
  }

  /**
   * Whether another module of the project may install an error handler on the bot this module
   * exports under a binding: false when no module uses the export, or when every use only reads the
   * bot's API or info through it (`bot.api.sendMessage(...)`, `bot.botInfo.username`), which
   * installs nothing; undefined outside a grammY project, where nobody can tell.
   */
  exportMaySetUpElsewhere(declared: TSESTree.Identifier): boolean | undefined {
    if (!this.origin || !grammyProjectOf(this.origin.file)) return undefined;
    const { file, settings } = this.origin;
    return exportNamesOf(this.sourceCode, undefined, declared).some((name) =>
      referencesToExport(file, name, settings).some(({ node }) => !readsBotApiOnly(node)),
    );
  }

  /**
   * The callees that call an instance method in this file: `this.handle(...)` in its class, and
   * `h.handle(...)`, `new H().install(bot)` on instances of the class.
   */
  private methodCallsOf(fn: FunctionNode): TSESTree.MemberExpression[] {
    const method = fn.parent;
    if (method.type !== "MethodDefinition" || method.kind !== "method" || method.static) return [];
    const classNode = method.parent.parent;
    const name = method.computed ? undefined : method.key.type === "Identifier" ? method.key.name : undefined;
    if (name === undefined) return [];
    const found: TSESTree.MemberExpression[] = [];
    forEachNode(this.sourceCode.ast, this.sourceCode.visitorKeys, (node) => {
      if (node.type !== "CallExpression") return;
      const callee = skipTransparent(node.callee);
      if (callee.type !== "MemberExpression" || staticMemberName(callee) !== name) return;
      if (skipTransparent(callee.object).type === "ThisExpression") {
        if (thisMethodOf(callee) === fn) found.push(callee);
      } else if (this.instanceClassOf(callee.object)?.classNode === classNode) {
        found.push(callee);
      }
    });
    return found;
  }

  /**
   * The callees that call an instance method in the project's other modules, on instances of its
   * exported class there: `handler.changeLocation(ctx)` with `handler: LocationHandler` or
   * `const handler = new LocationHandler()`. The class is matched by file and position, since the
   * other module may see this file parsed apart from the copy being linted.
   */
  private foreignMethodCallsOf(fn: FunctionNode): { model: GrammyModel; callee: TSESTree.MemberExpression }[] {
    const method = fn.parent;
    if (method.type !== "MethodDefinition" || method.kind !== "method" || method.static || !this.origin) return [];
    const classNode = method.parent.parent;
    const name = method.computed ? undefined : method.key.type === "Identifier" ? method.key.name : undefined;
    if (name === undefined) return [];
    const file = this.origin.file;
    const found: { model: GrammyModel; callee: TSESTree.MemberExpression }[] = [];
    const seen = new Set<GrammyModel>();
    for (const { model } of this.foreignReferencesTo(classNode)) {
      if (seen.has(model)) continue;
      seen.add(model);
      forEachNode(model.sourceCode.ast, model.sourceCode.visitorKeys, (node) => {
        if (node.type !== "CallExpression") return;
        const callee = skipTransparent(node.callee);
        if (callee.type !== "MemberExpression" || staticMemberName(callee) !== name) return;
        if (skipTransparent(callee.object).type === "ThisExpression") return;
        const owner = this.across(() => model.instanceClassOf(callee.object));
        if (owner?.model.origin?.file === file && owner.classNode.range[0] === classNode.range[0]) found.push({ model, callee });
      });
    }
    return found;
  }

  /**
   * References to a function of this module in the project's other modules, through its exports.
   * `handedOnly` for questions that a call with literals only never answers (where a function is
   * registered, what its callers pass): modules that only make such calls are not parsed.
   */
  private foreignReferencesTo(fn: FunctionNode | ClassNode, handedOnly = false): { model: GrammyModel; node: TSESTree.Expression }[] {
    if (!this.origin) return [];
    const found: { model: GrammyModel; node: TSESTree.Expression }[] = [];
    const paths = [
      ...exportNamesOf(this.sourceCode, fn).map((name) => ({ name, path: [] as readonly string[] })),
      ...(fn.type === "ClassDeclaration" || fn.type === "ClassExpression" ? [] : exportPathsOf(this.sourceCode, fn)),
    ];
    for (const { name, path } of paths) {
      for (const reference of referencesToExport(this.origin.file, name, this.origin.settings, handedOnly)) {
        const model = this.otherModule(reference.file);
        if (!model) continue;
        const node = memberChain(reference.node, path);
        if (node) found.push({ model, node });
        // `const commands = [start, help]; for (const c of commands) bot.command(c.name, c.execute)`
        else if (path.length > 0) {
          for (const element of iterationAliases(model.sourceCode, reference.node)) {
            const aliased = memberChain(element, path);
            if (aliased) found.push({ model, node: aliased });
          }
        }
      }
    }
    return found;
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
    const menuRole = menuArgumentRole(this, call, index);
    return menuRole ? { role: menuRole, call } : undefined;
  }

  private computeExport(node: TSESTree.Node): GrammyExport | undefined {
    return this.syntacticExport(node) ?? this.foreignExport(node);
  }

  private syntacticExport(node: TSESTree.Node): GrammyExport | undefined {
    switch (node.type) {
      case "Identifier": {
        const variable = findVariable(this.sourceCode, node);
        return variable ? this.variableExport(variable) : undefined;
      }
      case "ClassDeclaration":
      case "ClassExpression":
        // `export default class extends Bot {}`, as another module's export table gives it.
        return node.superClass ? this.exportOf(node.superClass) : undefined;
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
  annotationKind(type: TSESTree.TypeNode | TSESTree.TSInterfaceDeclaration): GrammyKind | undefined {
    // Cycles (`interface A extends B {}`, `interface B extends A {}`) are cut by the memo.
    return this.answer(this.annotationKinds, type, () =>
      type.type === "TSInterfaceDeclaration" ? this.interfaceKind(type) : this.computeAnnotationKind(type),
    );
  }

  private computeAnnotationKind(type: TSESTree.TypeNode): GrammyKind | undefined {
    switch (type.type) {
      case "TSTypeReference": {
        const kind = this.typeNameKind(type.typeName);
        if (kind) return kind;
        // `HydrateFlavor<Context>`, `CommandContext<MyContext>`: a plugin's generic that keeps the context.
        const parameter = this.flavorParameter(type.typeName);
        const argument = parameter === undefined ? undefined : type.typeArguments?.params[parameter];
        return argument ? this.annotationKind(argument) : undefined;
      }
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
      if (namespace?.name === "*") return grammyTypeKind({ module: namespace.module, name: name.right.name });
      // `types.MyContext` of `import type * as types from "./types"`
      const left = name.left;
      if (left.type !== "Identifier") return undefined;
      return this.foreignTypeKind(name, () => {
        const module = this.foreignOf(left);
        return module?.kind === "module" ? module.model.moduleExport(name.right.name) : undefined;
      });
    }
    if (name.type !== "Identifier") return undefined;
    const variable = findVariable(this.sourceCode, name);
    const definition = variable?.defs[0];
    if (!variable || !definition) return undefined;
    if (definition.type === "ImportBinding") {
      const exported = this.variableExport(variable);
      if (exported) return grammyTypeKind(exported);
      // `import type { MyContext } from "./context"`
      return this.foreignTypeKind(name, () => this.foreignOf(name));
    }
    const node = definition.node;
    switch (node.type) {
      case "TSTypeParameter":
        // `<C extends Context>`: a value of `C` is one of its constraint (a default promises nothing).
        return node.constraint ? this.annotationKind(node.constraint) : undefined;
      case "TSTypeAliasDeclaration":
        return this.annotationKind(node.typeAnnotation);
      case "TSInterfaceDeclaration":
        return this.annotationKind(node);
      case "ClassDeclaration": {
        const exported = node.superClass ? this.exportOf(node.superClass) : undefined;
        return exported ? grammyTypeKind(exported) : undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * The context-carrying type parameter of a type imported from grammY or a plugin, as their
   * declarations say (plugins.generated.ts): 0 for `HydrateFlavor`, `FileFlavor`, `CommandContext`.
   */
  flavorParameter(name: TSESTree.EntityName): number | undefined {
    const origin = importOriginOf(this.sourceCode, name.type === "TSQualifiedName" ? name.left : name);
    if (!origin) return undefined;
    const typeName = name.type === "TSQualifiedName" ? name.right.name : origin.name;
    return contextFlavorParameter(origin.module, typeName);
  }

  /** What an interface extends (through `annotationKind`, which caches it and bounds the depth). */
  private interfaceKind(node: TSESTree.TSInterfaceDeclaration): GrammyKind | undefined {
    for (const heritage of node.extends) {
      if (heritage.expression.type === "Identifier" || heritage.expression.type === "MemberExpression") {
        const kind =
          heritage.expression.type === "Identifier"
            ? this.typeNameKind(heritage.expression)
            : this.exportOf(heritage.expression) && grammyTypeKind(this.exportOf(heritage.expression));
        if (kind) return kind;
        // `interface MyContext extends HydrateFlavor<Context> {}`: a plugin's generic that keeps the context.
        const name = heritage.expression.type === "Identifier" ? heritage.expression : undefined;
        const parameter = name && this.flavorParameter(name);
        const argument = parameter === undefined ? undefined : heritage.typeArguments?.params[parameter];
        const flavored = argument && this.annotationKind(argument);
        if (flavored) return flavored;
      }
    }
    return undefined;
  }

  /**
   * The kind a type of this module names: `node` is an identifier bound to a type alias, an
   * interface, a class or an imported type (as another model's export table gives it).
   */
  typeKindOf(node: TSESTree.Node): GrammyKind | undefined {
    if (node.type === "Identifier") return this.typeNameKind(node);
    if (node.type === "ClassDeclaration" || node.type === "ClassExpression") {
      return node.superClass ? grammyTypeKind(this.exportOf(node.superClass)) : undefined;
    }
    return undefined;
  }

  /**
   * The declarations a type name of this module denotes (`Command`, `types.Command`, `Base` of
   * `interface A extends Base`): a type alias, or the interfaces and classes of that name, declared
   * here or in the project module it is imported from (through re-exports; `.d.ts` files included).
   * Undefined for the types of grammY and of packages, for type parameters, and for names nobody
   * declares. `name` may also be a declaration itself, as an export table gives `export default`.
   */
  typeDeclarationsOf(name: TSESTree.Node): DeclarationsIn | undefined {
    if (isTypeDeclaration(name)) return { model: this, declarations: [name] };
    if (name.type === "TSQualifiedName" || name.type === "MemberExpression") {
      // `types.Command` of `import type * as types from "./types"`
      const left = name.type === "TSQualifiedName" ? name.left : name.object;
      const right = name.type === "TSQualifiedName" ? name.right.name : staticMemberName(name);
      if (left.type !== "Identifier" || right === undefined || !this.mayComeFromModule(left) || !this.mayFollowForeign(left)) return undefined;
      const module = this.foreignOf(left);
      const value = module?.kind === "module" ? module.model.moduleExport(right) : undefined;
      return value?.kind === "node" ? this.across(() => value.model.typeDeclarationsOf(value.node)) : undefined;
    }
    if (name.type !== "Identifier") return undefined;
    const definitions = findVariable(this.sourceCode, name)?.defs ?? [];
    const declarations = definitions.flatMap((definition) => (isTypeDeclaration(definition.node) ? [definition.node] : []));
    if (declarations.length > 0) return { model: this, declarations };
    // `import type { Command } from "../types"`
    if (definitions[0]?.type !== "ImportBinding" || !this.mayComeFromModule(name) || !this.mayFollowForeign(name)) return undefined;
    const value = this.foreignOf(name);
    return value?.kind === "node" ? this.across(() => value.model.typeDeclarationsOf(value.node)) : undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Other modules of the project

  /**
   * What an expression of this file denotes in another module: an import of a project module
   * (relative, or an alias of the Deno import map), `require("./x")`, `await import("./x")`, a
   * member of such a module, or a variable initialised with one. Undefined when it comes from no
   * project module, or when the module cannot be found or parsed (unknown stays unknown).
   */
  foreignOf(node: TSESTree.Node): ForeignValue | undefined {
    if (!this.origin) return undefined;
    return this.answer(this.foreignValues, node, () => this.computeForeign(skipTransparent(node)));
  }

  /** What this module exports under `name` (`"default"` for the default export), followed through re-exports. */
  moduleExport(name: string): ForeignValue | undefined {
    // Cycles (`export * from "./a"` in both a and b) are cut by the memo.
    return this.moduleExports.get(name, () => this.computeModuleExport(name));
  }

  private computeModuleExport(name: string): ForeignValue | undefined {
    const table = exportTableOf(this.sourceCode.ast);
    const entry = table.named.get(name);
    if (entry?.kind === "local") return { kind: "node", model: this, node: entry.node };
    if (entry?.kind === "reexport") return this.importFrom(entry.specifier, entry.name);
    if (name === "default") {
      // A CommonJS module imported by default gives `module.exports`.
      return table.commonjs ? { kind: "node", model: this, node: table.commonjs } : undefined;
    }
    for (const specifier of table.star) {
      const found = this.importFrom(specifier, name);
      if (found) return found;
    }
    return undefined;
  }

  private computeForeign(node: TSESTree.Node): ForeignValue | undefined {
    switch (node.type) {
      case "Identifier": {
        const definition = findVariable(this.sourceCode, node)?.defs[0];
        if (definition?.type === "ImportBinding") {
          const specifier = definition.node;
          if (specifier.type === "TSImportEqualsDeclaration") {
            const reference = specifier.moduleReference;
            return reference.type === "TSExternalModuleReference"
              ? this.requireOf(reference.expression.value, reference.expression)
              : undefined;
          }
          const declaration = specifier.parent;
          if (declaration.type !== "ImportDeclaration") return undefined;
          const source = declaration.source.value;
          if (specifier.type === "ImportNamespaceSpecifier") return this.importFrom(source, "*", declaration.source);
          if (specifier.type === "ImportDefaultSpecifier") return this.importFrom(source, "default", declaration.source);
          const imported = specifier.imported.type === "Identifier" ? specifier.imported.name : specifier.imported.value;
          return this.importFrom(source, imported, declaration.source);
        }
        if (definition?.type !== "Variable") return undefined;
        const declarator = definition.node;
        if (!declarator.init) return undefined;
        if (declarator.id === definition.name) return this.foreignOf(declarator.init);
        // `const { bot } = require("./bot")`
        const property = definition.name.parent;
        if (property.type !== "Property" || property.value !== definition.name || property.parent !== declarator.id) {
          return undefined;
        }
        const key = property.computed ? staticString(property.key) : property.key.type === "Identifier" ? property.key.name : undefined;
        const source = this.foreignOf(declarator.init);
        return key === undefined || !source ? undefined : memberOfForeign(source, key);
      }
      case "CallExpression": {
        // require("./bot")
        const [specifier] = node.arguments;
        if (node.callee.type !== "Identifier" || node.callee.name !== "require" || !specifier) return undefined;
        if (findVariable(this.sourceCode, node.callee)?.defs.length) return undefined;
        const source = staticString(specifier);
        return source === undefined ? undefined : this.requireOf(source, specifier);
      }
      case "ImportExpression": {
        const source = staticString(node.source);
        return source === undefined ? undefined : this.importFrom(source, "*", node.source);
      }
      case "AwaitExpression":
        return this.foreignOf(node.argument);
      case "MemberExpression": {
        const name = staticMemberName(node);
        const object = name === undefined ? undefined : this.foreignOf(node.object);
        return object && name !== undefined ? memberOfForeign(object, name) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** `import { name } from specifier` (`"*"`: the namespace; `"default"`: the default export). */
  private importFrom(specifier: string, name: string, literal?: TSESTree.Node): ForeignValue | undefined {
    const resolved = this.resolve(specifier, literal);
    if (resolved?.kind === "grammy") {
      return { kind: "grammy", export: { module: resolved.module, name: name === "default" ? "*" : name } };
    }
    if (resolved?.kind !== "file") return undefined;
    const model = this.otherModule(resolved.path);
    if (!model) return undefined;
    return name === "*" ? { kind: "module", model } : model.moduleExport(name);
  }

  /** `require(specifier)`: `module.exports` of a CommonJS module, the namespace of an ES module. */
  private requireOf(specifier: string, literal?: TSESTree.Node): ForeignValue | undefined {
    const resolved = this.resolve(specifier, literal);
    if (resolved?.kind === "grammy") return { kind: "grammy", export: { module: resolved.module, name: "*" } };
    if (resolved?.kind !== "file") return undefined;
    const model = this.otherModule(resolved.path);
    const commonjs = model && exportTableOf(model.sourceCode.ast).commonjs;
    if (model && commonjs) return { kind: "node", model, node: commonjs };
    return model ? { kind: "module", model } : undefined;
  }

  /**
   * What a specifier names; with types, also what TypeScript resolved it to (a `paths` alias, say)
   * when this model's own resolution finds nothing.
   */
  private resolve(specifier: string, literal?: TSESTree.Node): ReturnType<typeof resolveSpecifier> {
    if (!this.origin) return undefined;
    const resolved = resolveSpecifier(this.origin.file, specifier);
    if (resolved || !literal) return resolved;
    const services = this.typed && typeInformation(this.sourceCode);
    const file = services ? typedModuleFile(services, literal) : undefined;
    return file === undefined ? undefined : { kind: "file", path: file };
  }

  /** The model of another file of the project, parsed the way this one was (this model for its own file). */
  otherModule(file: string): GrammyModel | undefined {
    if (!this.origin) return undefined;
    return file === this.origin.file ? this : modelOfFile(file, this.origin.settings);
  }

  /** Asks another model a question, bounding how many modules deep one question goes. */
  across<T>(ask: () => T | undefined): T | undefined {
    if (moduleHops >= maxModuleHops) return undefined;
    moduleHops++;
    try {
      return ask();
    } finally {
      moduleHops--;
    }
  }

  // With types, the checker already sees through imports: it is asked first, so that typed linting
  // parses other modules only where types say nothing (`any` from a module it cannot resolve, such
  // as a Deno URL import).

  /** A cheap syntactic test: the node names an import of a module other than grammY (nothing is read). */
  private mayComeFromModule(node: TSESTree.Node): boolean {
    if (!this.origin) return false;
    const origin = importOriginOf(this.sourceCode, node);
    return origin !== undefined && grammyModuleOf(origin.module) === undefined;
  }

  private foreignKind(node: TSESTree.Node): GrammyKind | undefined {
    if (!this.mayComeFromModule(node)) return undefined;
    const typed = this.typed?.kindOf(node);
    if (typed) return typed;
    const value = this.foreignOf(node);
    return value?.kind === "node" ? this.across(() => value.model.kindOf(value.node)) : undefined;
  }

  private foreignReturnKind(callee: TSESTree.Node): GrammyKind | undefined {
    if (!this.mayComeFromModule(callee)) return undefined;
    const { node, parent } = transparentParent(callee);
    const typed = parent?.type === "CallExpression" && parent.callee === node ? this.typed?.kindOf(parent) : undefined;
    if (typed) return typed;
    const value = this.foreignOf(callee);
    return value?.kind === "node" ? this.across(() => value.model.returnKindOf(value.node)) : undefined;
  }

  private foreignTypeKind(name: TSESTree.EntityName, find: () => ForeignValue | undefined): GrammyKind | undefined {
    if (!this.mayComeFromModule(name.type === "TSQualifiedName" ? name.left : name)) return undefined;
    const typed = this.typed?.kindOf(name);
    if (typed) return typed;
    const value = find();
    if (value?.kind === "grammy") return grammyTypeKind(value.export);
    return value?.kind === "node" ? this.across(() => value.model.typeKindOf(value.node)) : undefined;
  }

  /**
   * The grammY export a binding from a project module is (`import { Bot } from "./deps.ts"`, a
   * subclass of `Bot` declared there). Followed only for names a grammY export could have (a class
   * name, or one of grammY's functions that rules ask about), so that a file's ordinary calls of
   * its own helpers never make it read other files.
   */
  private foreignExport(node: TSESTree.Node): GrammyExport | undefined {
    if (!this.origin || (node.type !== "Identifier" && node.type !== "MemberExpression")) return undefined;
    const name = node.type === "Identifier" ? importedName(this.sourceCode, node) : staticMemberName(node);
    if (name === undefined || !mayBeGrammyExport(name) || !this.mayComeFromModule(node)) return undefined;
    const value = this.foreignOf(node);
    if (value?.kind === "grammy") return value.export;
    return value?.kind === "node" ? this.across(() => value.model.exportOf(value.node)) : undefined;
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
    if (!this.typed || isSurelyNotGrammyDeclared(this, call)) return undefined;
    const declared = this.typed.grammyThenableCall(call);
    if (!declared || isEndorsedUnawaited(declared)) return undefined;
    return { call, receiver: "typed", method: declared.name || method };
  }
}

/** See `GrammyModel.touchesGrammy`. */
function touchesGrammy(sourceCode: Readonly<TSESLint.SourceCode>, file: string | undefined, program: ts.Program | undefined): boolean {
  const text = sourceCode.text;
  if (mentionsGrammy(text)) return true;
  const typed = program !== undefined;
  // A saved file of an indexed grammY project: the project pass has the answer already.
  const known = file === undefined || typed ? undefined : grammyReachOf(file, text);
  if (known !== undefined) return known;
  const specifiers = specifiersOfProgram(sourceCode.ast, text);
  // With types, a type the program declares globally with grammY in it (`global.d.ts`).
  if (program && seesGlobalGrammyName(program, text)) return true;
  if (file === undefined) return typed && importsBeyondRuntime(specifiers);
  // Also a file that never names grammY, but whose functions grammY code imports: handlers
  // registered from another module, helpers called with a context (the project view).
  return importsLeadToGrammy(file, text, typed, specifiers) || importedByGrammyCode(file);
}

const touchCache = new WeakMap<object, boolean>();

/**
 * Whether the file a rule is linting may touch grammY (`GrammyModel.touchesGrammy`), answered
 * before any model is built: most files of a project never do, and their rules return at once.
 */
export function fileTouchesGrammy(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): boolean {
  const sourceCode = context.sourceCode;
  let touches = touchCache.get(sourceCode);
  if (touches === undefined) {
    touches =
      cache.get(sourceCode)?.touchesGrammy ??
      touchesGrammy(sourceCode, fileOf(context), typeInformation(sourceCode)?.program);
    touchCache.set(sourceCode, touches);
  }
  return touches;
}

const cache = new WeakMap<object, GrammyModel>();

/**
 * The grammY model of the file a rule is linting: built once per file, shared by all rules. It
 * knows the file's path and parser, to follow imports into the project's other modules.
 */
export function getGrammyModel(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): GrammyModel {
  const sourceCode = context.sourceCode;
  let model = cache.get(sourceCode);
  if (!model) {
    const origin = originOf(context);
    model = new GrammyModel(sourceCode, origin);
    cache.set(sourceCode, model);
    // Other files' questions about this module reuse this parse and this model: offered only when
    // some module of the project imports it (nobody asks about an entry point).
    if (origin && importersOf(origin.file).length > 0 && offerLintedSource(origin.file, origin.settings, sourceCode)) {
      otherModels.set(sourceCode, { at: Date.now(), model });
    }
  }
  return model;
}

/** The linted file's origin; undefined when it is no file on disk (`<input>`, `<text>`). */
function originOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ModuleOrigin | undefined {
  const file = fileOf(context);
  return file === undefined ? undefined : { file, settings: parseSettingsOf(context) };
}

/** The linted file's absolute path; undefined when it is no file on disk (`<input>`, `<text>`). */
function fileOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): string | undefined {
  let file: unknown;
  try {
    const loose = context as unknown as { physicalFilename?: unknown; filename?: unknown };
    file = loose.physicalFilename ?? loose.filename;
  } catch {
    return undefined;
  }
  return typeof file === "string" && path.isAbsolute(file) ? file : undefined;
}

/**
 * The model of another module of the project, parsed the way the linted file was: once per path
 * and modification time (the parse is cached by the loader, the model per parse). Undefined when
 * the file cannot be read or parsed.
 */
export function modelOfFile(file: string, settings: ParseSettings): GrammyModel | undefined {
  const sourceCode = loadSourceCode(file, settings);
  if (!sourceCode) return undefined;
  const now = Date.now();
  let entry = otherModels.get(sourceCode);
  // A model's answers may rest on other files (`export * from "./deps"`): renewed now and then.
  if (!entry || now - entry.at >= derivedLifetimeMs) {
    entry = { at: now, model: new GrammyModel(sourceCode, { file, settings }) };
    otherModels.set(sourceCode, entry);
  }
  return entry.model;
}

const otherModels = new WeakMap<object, { at: number; model: GrammyModel }>();

/** Lower-case grammY functions that rules ask `exportOf` about; grammY's classes are capitalised. */
const grammyFunctionNames: ReadonlySet<string> = new Set(["run", "createConversation", "webhookCallback"]);

function mayBeGrammyExport(name: string): boolean {
  return /^[A-Z]/.test(name) || grammyFunctionNames.has(name);
}

/**
 * The name a binding has in the module it comes from: `Bot` for `import { Bot as B }` or
 * `const { Bot: B } = require(...)`, the local name otherwise.
 */
function importedName(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Identifier): string {
  const definition = findVariable(sourceCode, node)?.defs[0];
  if (definition?.type === "ImportBinding" && definition.node.type === "ImportSpecifier") {
    const imported = definition.node.imported;
    return imported.type === "Identifier" ? imported.name : imported.value;
  }
  const property = definition?.type === "Variable" ? definition.name.parent : undefined;
  if (property?.type === "Property" && property.value === definition?.name && !property.computed) {
    return property.key.type === "Identifier" ? property.key.name : node.name;
  }
  return node.name;
}

/** `name` of a foreign value: an export of a project module, of grammY's namespace, or a property of an exported object. */
function memberOfForeign(value: ForeignValue, name: string): ForeignValue | undefined {
  switch (value.kind) {
    case "module":
      return value.model.moduleExport(name);
    case "grammy":
      return value.export.name === "*" ? { kind: "grammy", export: { module: value.export.module, name } } : undefined;
    case "node": {
      // `module.exports = { bot }` required whole: `require("./bot").bot`.
      const object = skipTransparent(value.node);
      if (object.type !== "ObjectExpression") return undefined;
      for (const property of object.properties) {
        if (property.type !== "Property" || property.kind !== "init") continue;
        const key = property.computed ? staticString(property.key) : property.key.type === "Identifier" ? property.key.name : staticString(property.key);
        if (key === name) return { kind: "node", model: value.model, node: property.value };
      }
      return undefined;
    }
  }
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


/** The identifier a function (or class) is declared with: `function f`, `const f = () => ...`, `class C`. */
/** The function that returns `fn` (`return (ctx) => ...`, `() => (ctx) => ...`), if one does. */
function factoryOf(fn: FunctionNode): FunctionNode | undefined {
  const { node, parent } = transparentParent(fn);
  if (parent?.type === "ArrowFunctionExpression" && parent.body === node) return parent;
  if (parent?.type !== "ReturnStatement" || parent.argument !== node) return undefined;
  for (let current: TSESTree.Node | undefined = parent.parent; current; current = current.parent) {
    if (isFunction(current)) return current;
  }
  return undefined;
}

function declaredNameOf(fn: FunctionNode | ClassNode): TSESTree.Identifier | undefined {
  if (fn.type === "FunctionDeclaration" || fn.type === "ClassDeclaration") return fn.id ?? undefined;
  const { node, parent } = transparentParent(fn);
  if (parent?.type === "VariableDeclarator" && parent.init === node && parent.id.type === "Identifier") return parent.id;
  return undefined;
}

/**
 * The names a module exports a function under: `export function start`, `export const start =`,
 * `export { start }`, `export default`, `exports.start =`, `module.exports = { start }`;
 * `"module.exports"` when it is the whole CommonJS export (`module.exports = (ctx) => ...`), which
 * an ES default import gives too.
 */
function exportNamesOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fn: FunctionNode | ClassNode | undefined,
  declared: TSESTree.Identifier | undefined = fn && declaredNameOf(fn),
): string[] {
  const table = exportTableOf(sourceCode.ast);
  // A class declaration's name is two variables, inside the class and around it: `exports.C = C`
  // names the outer one, which the scope of the name itself does not see.
  const variables = new Set<Variable>(fn?.type === "ClassDeclaration" ? sourceCode.getDeclaredVariables(fn) : []);
  const variable = declared && findVariable(sourceCode, declared);
  if (variable) variables.add(variable);
  const denotes = (node: TSESTree.Node): boolean => {
    const inner = skipTransparent(node);
    if (inner === fn || inner === declared) return true;
    const referenced = inner.type === "Identifier" ? findVariable(sourceCode, inner) : undefined;
    return referenced !== undefined && variables.has(referenced);
  };
  const names: string[] = [];
  for (const [name, entry] of table.named) {
    if (entry.kind === "local" && denotes(entry.node)) names.push(name);
  }
  if (table.commonjs && denotes(table.commonjs)) names.push(wholeModule, "default");
  return names;
}

const signalListenerCache = new WeakMap<GrammyModel, boolean>();

/** Whether a module registers a signal listener (`process.once("SIGINT", ...)`, `Deno.addSignalListener`). */
function hasSignalListener(model: GrammyModel): boolean {
  let found = signalListenerCache.get(model);
  if (found === undefined) {
    found = false;
    if (model.sourceCode.text.includes("SIG")) {
      forEachNode(model.sourceCode.ast, model.sourceCode.visitorKeys, (node) => {
        if (!found && node.type === "CallExpression" && signalListenerOf(model, node)) found = true;
      });
    }
    signalListenerCache.set(model, found);
  }
  return found;
}

/** How many objects deep a function may sit in an exported value (`controller.groups.create.stepOne`). */
const maxExportPath = 6;

/**
 * Where a function sits inside what its module exports, as an export name and a member path: a
 * method of a class whose instance is exported (`module.exports = new Controller()`, path
 * `["handle"]`), a function in an object literal that is exported or written into a field of such
 * a class in its constructor (`this.groups = { create: { stepOne(ctx) {} } }`: path
 * `["groups", "create", "stepOne"]`). Registrations in other modules reach it through that path.
 */
function exportPathsOf(sourceCode: Readonly<TSESLint.SourceCode>, fn: FunctionNode): { name: string; path: readonly string[] }[] {
  const path: string[] = [];
  let node: TSESTree.Node = fn;
  for (let depth = 0; depth <= maxExportPath; depth++) {
    const { node: outer, parent } = transparentParent(node);
    if (parent?.type === "Property" && parent.value === outer && parent.parent.type === "ObjectExpression") {
      const key = propertyKeyName(parent.key, parent.computed);
      if (key === undefined) return [];
      path.unshift(key);
      node = parent.parent;
      continue;
    }
    if (parent?.type === "MethodDefinition" && parent.value === outer && !parent.static && parent.kind === "method") {
      const key = propertyKeyName(parent.key, parent.computed);
      return key === undefined ? [] : instanceExports(sourceCode, parent.parent.parent).map((name) => ({ name, path: [key, ...path] }));
    }
    if (parent?.type === "AssignmentExpression" && parent.right === outer && parent.operator === "=") {
      // `this.groups = { ... }`, `this.handle = async (ctx) => ...` in a member of a class: the path
      // goes through the field.
      const target = skipTransparent(parent.left);
      const field = target.type === "MemberExpression" ? staticMemberName(target) : undefined;
      const self = target.type === "MemberExpression" ? skipTransparent(target.object) : undefined;
      const classNode = self?.type === "ThisExpression" ? thisClassOf(self) : undefined;
      if (classNode && field !== undefined) {
        return instanceExports(sourceCode, classNode).map((name) => ({ name, path: [field, ...path] }));
      }
      // `module.exports = { ... }`, `exports.start = { ... }`: the export table below has it.
    }
    if (path.length === 0) return []; // the function itself: exportNamesOf answers
    // An exported object literal: `module.exports = { start: { run(ctx) {} } }`, `export const commands = {...}`.
    const declared = parent?.type === "VariableDeclarator" && parent.init === outer && parent.id.type === "Identifier" ? parent.id : undefined;
    const names = exportNamesOf(sourceCode, undefined, declared);
    const table = exportTableOf(sourceCode.ast);
    for (const [name, entry] of table.named) if (entry.kind === "local" && skipTransparent(entry.node) === outer) names.push(name);
    if (table.commonjs && skipTransparent(table.commonjs) === outer) names.push(wholeModule, "default");
    return [...new Set(names)].map((name) => ({ name, path }));
  }
  return [];
}

/** The names under which a module exports an instance of a class (`module.exports = new C()`, `export default new C()`, `export const c = new C()`). */
function instanceExports(sourceCode: Readonly<TSESLint.SourceCode>, classNode: ClassNode): string[] {
  const table = exportTableOf(sourceCode.ast);
  const isInstance = (node: TSESTree.Node): boolean => {
    let inner = skipTransparent(node);
    if (inner.type === "Identifier") {
      const definition = findVariable(sourceCode, inner)?.defs[0];
      if (definition?.type !== "Variable" || definition.node.id !== definition.name || !definition.node.init) return false;
      inner = skipTransparent(definition.node.init);
    }
    if (inner.type !== "NewExpression") return false;
    const callee = skipTransparent(inner.callee);
    if (callee === classNode) return true;
    if (callee.type !== "Identifier") return false;
    const definition = findVariable(sourceCode, callee)?.defs[0];
    return definition?.type === "ClassName" && definition.node === classNode;
  };
  const names: string[] = [];
  for (const [name, entry] of table.named) if (entry.kind === "local" && isInstance(entry.node)) names.push(name);
  if (table.commonjs && isInstance(table.commonjs)) names.push(wholeModule, "default");
  return names;
}

/** `reference.a.b` for the path `["a", "b"]`: the member expression at the end, if the reference has it. */
function memberChain(reference: TSESTree.Expression, path: readonly string[]): TSESTree.Expression | undefined {
  let current: TSESTree.Expression = reference;
  for (const name of path) {
    const { node, parent } = transparentParent(current);
    if (parent?.type !== "MemberExpression" || parent.object !== node || staticMemberName(parent) !== name) return undefined;
    current = parent;
  }
  return current;
}


/**
 * Where the elements of the array an expression sits in are read one by one: the references of
 * the loop variable of `for (const c of commands)` and of the parameter of `commands.forEach((c) =>
 * ...)` (also `.map`), for `const commands = [start, help]` in this module. Empty otherwise.
 */
function iterationAliases(sourceCode: Readonly<TSESLint.SourceCode>, element: TSESTree.Node): TSESTree.Identifier[] {
  const { node, parent } = transparentParent(element);
  if (parent?.type !== "ArrayExpression" || !parent.elements.includes(node as TSESTree.Expression)) return [];
  const holder = transparentParent(parent);
  const declarator = holder.parent;
  if (declarator?.type !== "VariableDeclarator" || declarator.init !== holder.node || declarator.id.type !== "Identifier") return [];
  const found: TSESTree.Identifier[] = [];
  const readsOf = (declared: TSESTree.Node, name: string): void => {
    for (const variable of sourceCode.getDeclaredVariables(declared)) {
      if (variable.name !== name) continue;
      for (const reference of variable.references) {
        if (!reference.init && reference.isRead()) found.push(reference.identifier as TSESTree.Identifier);
      }
    }
  };
  for (const variable of sourceCode.getDeclaredVariables(declarator)) {
    for (const reference of variable.references) {
      const use = transparentParent(reference.identifier);
      const loop = use.parent;
      if (loop?.type === "ForOfStatement" && loop.right === use.node && loop.left.type === "VariableDeclaration") {
        const [loopDeclarator] = loop.left.declarations;
        if (loopDeclarator.id.type === "Identifier") readsOf(loopDeclarator, loopDeclarator.id.name);
        continue;
      }
      if (loop?.type !== "MemberExpression" || loop.object !== use.node) continue;
      const method = staticMemberName(loop);
      const call = transparentParent(loop).parent;
      const callback = call?.type === "CallExpression" ? call.arguments[0] : undefined;
      const item = isFunction(callback) ? callback.params[0] : undefined;
      if ((method === "forEach" || method === "map") && callback && item?.type === "Identifier") readsOf(callback, item.name);
    }
  }
  return found;
}

/** Members of a bot whose reading installs nothing on it: its API and what it knows of itself. */
const inertBotMembers: ReadonlySet<string> = new Set(["api", "botInfo", "isInited", "isRunning"]);

/** `bot.api...`, `bot.botInfo`: a use of a bot that cannot install an error handler on it. */
function readsBotApiOnly(node: TSESTree.Node): boolean {
  const use = valueUse(node);
  if (use.kind !== "memberObject") return false;
  const name = staticMemberName(use.member);
  return name !== undefined && inertBotMembers.has(name);
}

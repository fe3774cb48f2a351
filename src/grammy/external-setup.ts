import type { TSESTree } from "@typescript-eslint/utils";

import { isFunction, skipTransparent, staticMemberName, transparentParent, type FunctionNode } from "../utils/ast";
import { importOriginOf } from "../utils/import-origin";
import { findVariable, type Variable } from "../utils/scope";
import { valueUse } from "../utils/value-use";
import { thisClassOf, type ClassNode } from "./class-fields";
import type { GrammyModel } from "./model";
import {
  assignmentsIn,
  callsIn,
  functionOf,
  localFunctionOf,
  parameterVariable,
  membersIn,
  returnedExpressions,
  thisExpressionsIn,
} from "./module-functions";
import { exportTableOf } from "./modules/exports";
import { importClosure, fileFacts } from "./modules/graph";
import { isRelativeSpecifier, resolveSpecifier } from "./modules/resolve";
import { matchesHelper, signalListenersOf, type HelperName } from "./shutdown-helpers";

/** Helpers the user names in rule options (see `errorHandlerHelpers`, `shutdownHelpers`). */
export interface SetupOptions {
  /** Functions that install an error handler on the bot they are handed. */
  readonly errorHandlerHelpers?: readonly HelperName[];
  /** Functions that run their callback when the process gets a stop signal. */
  readonly shutdownHelpers?: readonly HelperName[];
}

/**
 * What is done to a bot (or runner handle) outside the linted file's own statements: in the module
 * that exports it, in the factory that creates it, in a helper it is handed to, or in the other
 * modules of the linted file's imports that import it.
 */
export interface ExternalSetup {
  /** `bot.catch(...)`, `bot.errorHandler = ...` or a root error boundary is installed for it. */
  readonly installsErrorHandler: boolean;
  /** Signals on which a listener stops it (`"*"`: a listener whose signals cannot be known). */
  readonly stopsOn: ReadonlySet<string>;
  /** It goes to code outside the project (a package's function): anything may happen to it there. */
  readonly escapes: boolean;
  /** It goes to project code that cannot be read or parsed, or further than the analysis follows. */
  readonly unreadable: boolean;
}

const nothing: ExternalSetup = { installsErrorHandler: false, stopsOn: new Set(), escapes: false, unreadable: false };
const outOfSight: ExternalSetup = { ...nothing, escapes: true };
const unreadable: ExternalSetup = { ...nothing, unreadable: true };

/** Whether an error handler is installed (`installed`), surely not (`absent`), or cannot be known. */
export function errorHandlerVerdict(setup: ExternalSetup): "installed" | "absent" | "unknown" {
  if (setup.installsErrorHandler) return "installed";
  return setup.escapes || setup.unreadable ? "unknown" : "absent";
}

/** Whether a listener set up elsewhere stops the bot on `signal`. */
export function stopsOnSignal(setup: ExternalSetup, signal: string): boolean {
  return setup.stopsOn.has(signal) || setup.stopsOn.has("*");
}

/**
 * The setup of a bot that comes from another module of the project: imported (`import { bot }
 * from "./bot"`, `require("./bot").bot`), made by an imported factory (`createBot()`), or an
 * instance of an imported subclass of `Bot` (`new MyBot()`). Undefined when the expression does
 * not come from another module (ask the linted file itself).
 */
export function externalSetupOf(model: GrammyModel, node: TSESTree.Node, options: SetupOptions = {}): ExternalSetup | undefined {
  return new SetupAnalysis(model, options).external(node);
}

/**
 * Like `externalSetupOf`, for a bot held in a variable of the linted file: `const bot = createBot()`
 * (through aliases) is asked about `createBot()`.
 */
export function externalSetupOfBinding(
  model: GrammyModel,
  node: TSESTree.Node,
  options: SetupOptions = {},
): ExternalSetup | undefined {
  let current = skipTransparent(node);
  for (let hops = 0; hops < 8 && current.type === "Identifier"; hops++) {
    const variable = findVariable(model.sourceCode, current);
    const definition = variable?.defs[0];
    if (variable?.defs.length !== 1 || definition?.type !== "Variable" || definition.node.id !== definition.name) break;
    if (!definition.node.init || variable.references.some((reference) => reference.isWrite() && reference.init !== true)) break;
    current = skipTransparent(definition.node.init);
  }
  return externalSetupOf(model, current, options);
}

/**
 * What the constructors of a subclass of `Bot` declared in another module set up (`new MyBot()`
 * with `import { MyBot } from "./my-bot"`); undefined when the class is not imported from the project.
 */
export function externalClassSetupOf(
  model: GrammyModel,
  classReference: TSESTree.Node,
  options: SetupOptions = {},
): ExternalSetup | undefined {
  return new SetupAnalysis(model, options).externalClass(classReference);
}

/**
 * What a call does to the bot (or runner handle) it is handed as argument `index`: a function of
 * this file or of another module is followed into (`setupErrorHandling(bot)`,
 * `registerShutdown(bot)`), and so is a class's constructor (`new Routes(bot)`) with the members
 * that read the field it keeps the bot in; a helper named in the options installs an error
 * handler; grammY's own functions (`run(bot)`) do nothing of the kind; any other function is out
 * of sight.
 */
export function handedSetupOf(
  model: GrammyModel,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
  options: SetupOptions = {},
): ExternalSetup {
  return new SetupAnalysis(model, options).handed(model, call, index);
}

/** How many functions, factories and modules deep one question is followed. */
const maxDepth = 12;

class SetupAnalysis {
  private depth = 0;
  /** (function, parameter) pairs being looked at: a recursive helper adds nothing new. */
  private readonly active = new Set<string>();
  private readonly ids = new WeakMap<object, number>();

  constructor(
    private readonly linted: GrammyModel,
    private readonly options: SetupOptions,
  ) {}

  external(node: TSESTree.Node): ExternalSetup | undefined {
    const inner = skipTransparent(node);
    switch (inner.type) {
      case "AwaitExpression":
        return this.external(inner.argument);
      case "NewExpression":
        return this.externalClass(inner.callee);
      case "CallExpression": {
        if (localFunctionOf(this.linted, inner.callee)) return undefined; // a factory of this file: visible here
        const target = functionOf(this.linted, inner.callee);
        if (target) return this.guard(() => this.factorySetup(target.model, target.fn));
        if (this.unreadableImport(this.linted, inner.callee)) return unreadable; // a factory we cannot read
        break;
      }
      default:
        break;
    }
    const foreign = this.linted.foreignOf(inner);
    if (foreign?.kind === "node") return this.guard(() => this.homeSetup(foreign.model, foreign.node));
    if (foreign) return undefined; // grammY itself, or a whole module
    return this.unreadableImport(this.linted, inner) ? unreadable : undefined;
  }

  externalClass(callee: TSESTree.Node): ExternalSetup | undefined {
    const foreign = this.linted.foreignOf(callee);
    if (foreign?.kind === "node") return this.guard(() => this.classSetup(foreign.model, foreign.node));
    if (foreign) return undefined; // grammY's own class (re-exported by a `deps.ts`, say)
    return this.unreadableImport(this.linted, callee) ? unreadable : undefined;
  }

  handed(model: GrammyModel, call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): ExternalSetup {
    const callee = skipTransparent(call.callee);
    if (matchesHelper(importOriginOf(model.sourceCode, callee), this.options.errorHandlerHelpers ?? [])) {
      return { ...nothing, installsErrorHandler: true };
    }
    const exported = call.type === "CallExpression" ? model.exportOf(callee) : undefined;
    if (exported && (exported.module === "grammy" || exported.module === "runner")) return nothing; // run(bot), webhookCallback(bot)
    if (call.type === "NewExpression") {
      // `new Routes(bot)` of a class of this file or of another module: what its constructor does.
      const constructed = this.classOf(model, callee);
      if (constructed) {
        const keepsField = (name: string): boolean => instanceKeepsField(model, call, name);
        return this.guard(() => this.constructedSetup(constructed.model, constructed.classNode, index, keepsField)) ?? unreadable;
      }
    }
    const target = functionOf(model, callee);
    if (target) return this.guard(() => this.parameterSetup(target.model, target.fn, index)) ?? unreadable;
    return this.unreadableImport(model, callee) ? unreadable : outOfSight;
  }

  // -----------------------------------------------------------------------------------------------
  // Where bots come from

  /** A bot exported by a module: a variable there (followed through re-exports), or an expression. */
  private homeSetup(model: GrammyModel, node: TSESTree.Node): ExternalSetup {
    const inner = skipTransparent(node);
    if (inner.type === "Identifier") {
      const variable = findVariable(model.sourceCode, inner);
      const definition = variable?.defs[0];
      if (!variable || !definition) return unreadable;
      if (definition.type === "ImportBinding" || (definition.type === "Variable" && model.foreignOf(inner)?.kind === "node")) {
        // `import { bot } from "./a"; export { bot };`: the bot lives further on.
        const next = model.foreignOf(inner);
        if (next?.kind !== "node") return unreadable;
        return this.guard(() => this.homeSetup(next.model, next.node)) ?? unreadable;
      }
      if (definition.type !== "Variable") return outOfSight;
      return merge(this.variableSetup(model, variable, "home"), this.importersSetup(model, variable));
    }
    return merge(this.valueSetup(model, inner), this.importersSetup(model, inner));
  }

  /** What an expression that yields a bot already did to it: a factory's setup, a subclass's constructor. */
  private valueSetup(model: GrammyModel, node: TSESTree.Node): ExternalSetup {
    const inner = skipTransparent(node);
    switch (inner.type) {
      case "NewExpression":
        return this.classSetupOfCallee(model, inner.callee);
      case "AwaitExpression":
        return this.valueSetup(model, inner.argument);
      case "CallExpression": {
        const target = functionOf(model, inner.callee);
        if (target) return this.guard(() => this.factorySetup(target.model, target.fn)) ?? unreadable;
        return this.unreadableImport(model, inner.callee) ? unreadable : outOfSight;
      }
      case "Identifier": {
        const variable = findVariable(model.sourceCode, inner);
        return variable ? this.variableSetup(model, variable, "home") : outOfSight;
      }
      default:
        return outOfSight;
    }
  }

  /** `createBot()`: what the factory does to the bot it returns (every return must be a bot it can see). */
  private factorySetup(model: GrammyModel, fn: FunctionNode): ExternalSetup {
    const returned = returnedExpressions(model, fn);
    if (returned.length === 0) return outOfSight;
    const setups = returned.map((expression) => {
      const inner = skipTransparent(expression);
      if (inner.type === "Identifier") {
        const variable = findVariable(model.sourceCode, inner);
        const definition = variable?.defs[0];
        if (!variable || definition?.type !== "Variable") return outOfSight; // a parameter handed in
        const local = isInside(definition.node, fn);
        return local
          ? this.variableSetup(model, variable, "factory")
          : merge(this.variableSetup(model, variable, "home"), this.importersSetup(model, variable));
      }
      return this.valueSetup(model, inner);
    });
    return alternatives(setups);
  }

  /** `new MyBot()` of a subclass declared in `model`: what its constructors set up. */
  private classSetup(model: GrammyModel, node: TSESTree.Node): ExternalSetup {
    let inner = skipTransparent(node);
    if (inner.type === "Identifier") {
      const definition = findVariable(model.sourceCode, inner)?.defs[0];
      if (definition?.type === "ImportBinding") {
        const next = model.foreignOf(inner);
        return next?.kind === "node" ? (this.guard(() => this.classSetup(next.model, next.node)) ?? unreadable) : nothing;
      }
      if (definition?.type === "ClassName") inner = definition.node;
      else if (definition?.type === "Variable" && definition.node.init) inner = skipTransparent(definition.node.init);
      else return nothing; // grammY's own class, as far as the model can tell
    }
    if (inner.type !== "ClassDeclaration" && inner.type !== "ClassExpression") return nothing;
    let setup = nothing;
    for (const member of inner.body.body) {
      if (member.type === "StaticBlock") continue;
      if (!("key" in member)) continue;
      const key = member.key;
      const name = member.computed ? undefined : key.type === "Identifier" ? key.name : undefined;
      if (name === "catch" || name === "errorHandler") return outOfSight; // an override: who knows
      if (name === "constructor" && member.type === "MethodDefinition" && isFunction(member.value)) {
        setup = merge(setup, this.constructorSetup(model, member.value));
      }
    }
    return inner.superClass ? merge(setup, this.classSetupOfCallee(model, inner.superClass)) : setup;
  }

  private classSetupOfCallee(model: GrammyModel, callee: TSESTree.Node): ExternalSetup {
    return this.guard(() => this.classSetup(model, callee)) ?? unreadable;
  }

  /** `this.catch(...)`, `this.errorHandler = ...` in a constructor; `this` handed elsewhere is out of sight. */
  private constructorSetup(model: GrammyModel, constructor: FunctionNode): ExternalSetup {
    let installs = false;
    let escapes = false;
    for (const call of callsIn(model, constructor.body)) {
      const callee = skipTransparent(call.callee);
      if (callee.type === "MemberExpression" && callee.object.type === "ThisExpression") {
        const name = staticMemberName(callee);
        if (name === "catch" || (name === "errorBoundary" && call.arguments.length >= 2)) installs = true;
      }
      if (call.arguments.some((argument) => skipTransparent(argument).type === "ThisExpression")) escapes = true;
    }
    for (const assignment of assignmentsIn(model, constructor.body)) {
      const target = skipTransparent(assignment.left);
      if (
        assignment.operator === "=" &&
        target.type === "MemberExpression" &&
        target.object.type === "ThisExpression" &&
        staticMemberName(target) === "errorHandler"
      ) {
        installs = true;
      }
      if (skipTransparent(assignment.right).type === "ThisExpression") escapes = true; // `registry.bot = this`
    }
    return { ...nothing, installsErrorHandler: installs, escapes };
  }

  // -----------------------------------------------------------------------------------------------
  // What is done to a bot held in a variable

  /**
   * The uses of a variable holding the bot, in its module: `home` (a module's exported bot: its
   * exports are how it leaves), `factory` (returned by the factory being followed), `parameter`
   * (a helper's parameter: returning it hands it back to the caller), `field` (read from a class
   * field: returning it hands it to whoever calls the method). `fields`: the class whose
   * constructor is being followed, whose fields the bot may be stored in.
   */
  private variableSetup(
    model: GrammyModel,
    variable: Variable,
    mode: "home" | "factory" | "parameter" | "field",
    fields?: FieldContext,
  ): ExternalSetup {
    const variables = new Set<Variable>([variable]);
    const pending = [variable];
    const alias = (id: TSESTree.Identifier): void => {
      const found = findVariable(model.sourceCode, id);
      if (found && !variables.has(found)) {
        variables.add(found);
        pending.push(found);
      }
    };
    let setup = nothing;
    for (let current = pending.pop(); current; current = pending.pop()) {
      for (const reference of current.references) {
        if (!reference.isRead()) continue;
        setup = merge(setup, this.useSetup(model, reference.identifier, mode, alias, fields));
      }
    }
    // Signal listeners of the module that stop it.
    const scope = mode === "home" ? model.sourceCode.ast : (variable.scope.block as TSESTree.Node);
    return merge(setup, { ...nothing, stopsOn: this.listenerSignals(model, scope, variables) });
  }

  /** What one read of the bot (a variable's reference, or `this.bot`) does to it. */
  private useSetup(
    model: GrammyModel,
    node: TSESTree.Node,
    mode: "home" | "factory" | "parameter" | "field",
    alias: (id: TSESTree.Identifier) => void,
    fields: FieldContext | undefined,
  ): ExternalSetup {
    const use = valueUse(node);
    switch (use.kind) {
      case "memberObject":
        return installsThrough(use.member) ? { ...nothing, installsErrorHandler: true } : nothing;
      case "argument": {
        const index = argumentIndex(use.call, node);
        return index < 0 ? outOfSight : this.handed(model, use.call, index);
      }
      case "declared":
      case "assigned":
        alias(use.id);
        return nothing;
      case "returned":
        // `getBot()`: its callers may do anything
        return mode === "home" || mode === "field" ? outOfSight : nothing;
      case "stored": {
        if (mode === "home" && isExportPosition(node)) return nothing;
        // `this.bot = bot` in the constructor being followed: what the class does with its field.
        const field = fields && storedField(node, fields.classNode);
        return fields && field !== undefined ? this.fieldSetup(model, fields.classNode, field, fields.keepsField) : outOfSight;
      }
      case "discarded":
      case "other":
        return nothing;
    }
  }

  /**
   * `new Routes(bot)` with the bot as argument `index`: what the class's constructor does with it,
   * and what its members do with the field it stores it in. Without a constructor of its own, the
   * arguments go to the superclass's constructor (out of sight) or nowhere.
   */
  private constructedSetup(
    model: GrammyModel,
    classNode: ClassNode,
    index: number,
    keepsField: (name: string) => boolean,
  ): ExternalSetup {
    const key = `new:${String(this.idOf(classNode))}:${String(index)}`;
    if (this.active.has(key)) return nothing;
    this.active.add(key);
    try {
      const constructor = constructorOf(classNode);
      if (!constructor) return classNode.superClass ? outOfSight : nothing;
      const parameter = constructor.params[index];
      if (!parameter) return constructor.params.some((param) => param.type === "RestElement") ? outOfSight : nothing;
      let setup = nothing;
      if (parameter.type === "TSParameterProperty") {
        // `constructor(private bot: Bot)`: the field `bot` holds it.
        const bound = parameter.parameter.type === "AssignmentPattern" ? parameter.parameter.left : parameter.parameter;
        setup = this.fieldSetup(model, classNode, bound.name, keepsField);
      } else if (parameter.type === "RestElement") {
        return outOfSight;
      }
      const variable = parameterVariable(model, constructor, index);
      if (!variable) return outOfSight; // a destructuring pattern
      return merge(setup, this.variableSetup(model, variable, "parameter", { classNode, keepsField }));
    } finally {
      this.active.delete(key);
    }
  }

  /**
   * What the members of a class do with the bot in its field `name` (`this.bot.catch(...)`,
   * `register(this.bot)`, `return this.bot`). Out of sight when other code may reach the field:
   * `this` handed on or destructured, a computed `this[key]`, or a field that is neither private
   * (`private`, `protected`, `#bot`) nor kept from other code by the instance (`keepsField`), or
   * one that a superclass's members may read.
   */
  private fieldSetup(model: GrammyModel, classNode: ClassNode, name: string, keepsField: (name: string) => boolean): ExternalSetup {
    const key = `field:${String(this.idOf(classNode))}:${name}`;
    if (this.active.has(key)) return nothing;
    this.active.add(key);
    try {
      if (!fieldIsPrivate(classNode, name) && (classNode.superClass || !keepsField(name))) return outOfSight;
      const fields: FieldContext = { classNode, keepsField };
      const aliases: TSESTree.Identifier[] = [];
      let setup = nothing;
      for (const self of thisExpressionsIn(model, classNode.body)) {
        if (thisClassOf(self) !== classNode) continue; // a nested class's or function's own `this`
        const { node, parent } = transparentParent(self);
        if (parent?.type !== "MemberExpression" || parent.object !== node) return outOfSight;
        const member = memberKey(parent);
        if (member === undefined) return outOfSight; // `this[key]`
        if (member !== name || isWriteTarget(parent)) continue;
        setup = merge(setup, this.useSetup(model, parent, "field", (id) => aliases.push(id), fields));
      }
      // `other.bot` inside the class (a static method, another instance): the field of some instance.
      if (membersIn(model, classNode.body).some((member) => memberKey(member) === name && skipTransparent(member.object).type !== "ThisExpression")) {
        return outOfSight;
      }
      for (const id of aliases) {
        const variable = findVariable(model.sourceCode, id);
        if (variable) setup = merge(setup, this.variableSetup(model, variable, "field", fields));
      }
      // A class that stops something, or listens for signals, may stop this bot: trusted to.
      const stops = callsIn(model, classNode.body).some((call) => {
        const callee = skipTransparent(call.callee);
        return callee.type === "MemberExpression" && staticMemberName(callee) === "stop";
      });
      return stops ? merge(setup, { ...nothing, stopsOn: new Set(["*"]) }) : setup;
    } finally {
      this.active.delete(key);
    }
  }

  /** The class a `new` expression's callee names: of this module, or imported from another. */
  private classOf(model: GrammyModel, node: TSESTree.Node, depth = 0): { model: GrammyModel; classNode: ClassNode } | undefined {
    if (depth > 8) return undefined;
    const inner = skipTransparent(node);
    if (inner.type === "ClassDeclaration" || inner.type === "ClassExpression") return { model, classNode: inner };
    if (inner.type !== "Identifier") return undefined;
    const variable = findVariable(model.sourceCode, inner);
    const definition = variable?.defs[0];
    if (variable?.defs.length === 1 && variable.references.every((reference) => !reference.isWrite() || reference.init === true)) {
      if (definition?.type === "ClassName") return { model, classNode: definition.node };
      if (definition?.type === "Variable" && definition.node.id === definition.name && definition.node.init) {
        const init = skipTransparent(definition.node.init);
        if (init.type === "ClassExpression") return { model, classNode: init };
      }
    }
    const foreign = model.foreignOf(inner);
    return foreign?.kind === "node" ? this.classOf(foreign.model, foreign.node, depth + 1) : undefined;
  }

  /** A helper's parameter: what the helper does with what it is handed. */
  private parameterSetup(model: GrammyModel, fn: FunctionNode, index: number): ExternalSetup {
    const key = `${String(this.idOf(fn))}:${String(index)}`;
    if (this.active.has(key)) return nothing;
    this.active.add(key);
    try {
      if (fn.params[index]?.type === "RestElement") return outOfSight;
      const parameter = parameterVariable(model, fn, index);
      if (!parameter) return fn.params.length > index ? outOfSight : nothing;
      return this.variableSetup(model, parameter, "parameter");
    } finally {
      this.active.delete(key);
    }
  }

  /** The signals on which listeners registered in `scope` stop one of `variables`. */
  private listenerSignals(model: GrammyModel, scope: TSESTree.Node, variables: ReadonlySet<Variable>): ReadonlySet<string> {
    const signals = new Set<string>();
    for (const call of callsIn(model, scope)) {
      const callee = skipTransparent(call.callee);
      // Only calls that can register a listener: a member call (`process.once`) or a plain name.
      if (callee.type !== "MemberExpression" && callee.type !== "Identifier") continue;
      if (call.arguments.length === 0) continue;
      for (const listener of signalListenersOf(model, call, this.options.shutdownHelpers ?? [])) {
        if (!listener.listener || !listenerStops(model, listener.listener, variables)) continue;
        for (const signal of listener.signals ?? ["*"]) signals.add(signal);
      }
    }
    return signals;
  }

  // -----------------------------------------------------------------------------------------------
  // Other modules that import the bot

  /**
   * What the modules of the linted file's import closure that import the bot (directly or through
   * modules re-exporting it) do to it. The linted file itself is left to the rule.
   */
  private importersSetup(home: GrammyModel, key: Variable | TSESTree.Node): ExternalSetup {
    const lintedFile = this.linted.origin?.file;
    const homeFile = home.origin?.file;
    if (lintedFile === undefined || homeFile === undefined) return unreadable;
    const closure = importClosure(lintedFile);
    // The import graph is read off the text; when it does not even lead to the bot's module (an
    // alias only TypeScript resolves, say), it may miss the modules that import the bot too.
    if (!closure?.includes(homeFile)) return unreadable;
    const targets = new Set<string>([homeFile]);
    const scanned = new Set<string>([homeFile, lintedFile]);
    let setup = nothing;
    for (let changed = true; changed; ) {
      changed = false;
      for (const file of closure) {
        if (scanned.has(file)) continue;
        const imports = fileFacts(file)?.imports ?? [];
        if (!imports.some((imported) => targets.has(imported))) continue;
        scanned.add(file);
        const model = this.linted.otherModule(file);
        if (!model) {
          setup = merge(setup, unreadable);
          continue;
        }
        const bindings = this.bindingsOf(model, targets, key);
        if (bindings.length > 0) {
          for (const binding of bindings) setup = merge(setup, this.variableSetup(model, binding, "home"));
        }
        if (this.reexports(model, key)) {
          targets.add(file);
          changed = true;
        }
      }
    }
    return setup;
  }

  /** The module-level bindings of `model` that import the bot from one of `targets`. */
  private bindingsOf(model: GrammyModel, targets: ReadonlySet<string>, key: Variable | TSESTree.Node): Variable[] {
    const file = model.origin?.file;
    if (file === undefined) return [];
    const found: Variable[] = [];
    for (const scope of model.sourceCode.scopeManager?.scopes ?? []) {
      if (scope.type !== "module" && scope.type !== "global" && !(scope.type === "function" && scope.upper.type === "global")) continue;
      for (const variable of scope.variables) {
        const definition = variable.defs[0];
        const source = sourceOf(definition);
        if (source === undefined) continue;
        const resolved = resolveSpecifier(file, source);
        if (resolved?.kind !== "file" || !targets.has(resolved.path)) continue;
        const identifier = variable.identifiers[0];
        if (identifier && this.keyOf(model, identifier) === key) found.push(variable);
      }
    }
    return found;
  }

  private reexports(model: GrammyModel, key: Variable | TSESTree.Node): boolean {
    for (const name of exportTableOf(model.sourceCode.ast).named.keys()) {
      const value = model.moduleExport(name);
      if (value?.kind === "node" && this.keyOf(value.model, value.node) === key) return true;
    }
    return false;
  }

  /** What identifies a bot across modules: its variable in its home module, or the exported expression. */
  private keyOf(model: GrammyModel, node: TSESTree.Node, depth = 0): Variable | TSESTree.Node | undefined {
    if (depth > 8) return undefined;
    const inner = skipTransparent(node);
    if (inner.type !== "Identifier") return inner;
    const foreign = model.foreignOf(inner);
    if (foreign?.kind === "node") return this.keyOf(foreign.model, foreign.node, depth + 1);
    if (foreign) return undefined;
    return findVariable(model.sourceCode, inner);
  }

  // -----------------------------------------------------------------------------------------------

  /**
   * A name imported from a project module that cannot be found or parsed (one that can be read
   * but re-exports a package's function is out of sight, not unreadable).
   */
  private unreadableImport(model: GrammyModel, node: TSESTree.Node): boolean {
    const origin = importOriginOf(model.sourceCode, node);
    if (!origin || !model.origin) return false;
    const resolved = resolveSpecifier(model.origin.file, origin.module);
    if (resolved?.kind === "file") return model.otherModule(resolved.path) === undefined;
    return resolved === undefined && isRelativeSpecifier(origin.module);
  }

  private guard(ask: () => ExternalSetup): ExternalSetup | undefined {
    if (this.depth >= maxDepth) return unreadable;
    this.depth++;
    try {
      return ask();
    } finally {
      this.depth--;
    }
  }

  private idOf(node: object): number {
    let id = this.ids.get(node);
    if (id === undefined) {
      id = nextId++;
      this.ids.set(node, id);
    }
    return id;
  }
}

let nextId = 0;

/** Two setups of the same bot, one after the other. */
function merge(a: ExternalSetup, b: ExternalSetup): ExternalSetup {
  if (a === nothing) return b;
  if (b === nothing) return a;
  return {
    installsErrorHandler: a.installsErrorHandler || b.installsErrorHandler,
    stopsOn: new Set([...a.stopsOn, ...b.stopsOn]),
    escapes: a.escapes || b.escapes,
    unreadable: a.unreadable || b.unreadable,
  };
}

/** Setups of which any one may be the bot's (the returns of a factory): only what all of them do counts. */
function alternatives(setups: readonly ExternalSetup[]): ExternalSetup {
  const [first, ...rest] = setups;
  if (!first) return outOfSight;
  return {
    installsErrorHandler: setups.every((setup) => setup.installsErrorHandler),
    stopsOn: new Set([...first.stopsOn].filter((signal) => rest.every((setup) => setup.stopsOn.has(signal)))),
    escapes: setups.some((setup) => setup.escapes),
    unreadable: setups.some((setup) => setup.unreadable),
  };
}

/** `bot.catch(h)`, `bot.errorHandler = h`, `bot.errorBoundary(h, ...mw)` (or a boundary whose composer is used). */
function installsThrough(member: TSESTree.MemberExpression): boolean {
  const name = staticMemberName(member);
  const { node, parent } = transparentParent(member);
  if (parent?.type === "CallExpression" && parent.callee === node) {
    if (name === "catch") return parent.arguments.length > 0;
    if (name === "errorBoundary") return parent.arguments.length >= 2 || valueUse(parent).kind !== "discarded";
    return false;
  }
  return name === "errorHandler" && parent?.type === "AssignmentExpression" && parent.left === node && parent.operator === "=";
}

/** The class whose constructor is being followed, and whether its instance keeps a public field to itself. */
interface FieldContext {
  readonly classNode: ClassNode;
  readonly keepsField: (name: string) => boolean;
}

function constructorOf(classNode: ClassNode): FunctionNode | undefined {
  for (const member of classNode.body.body) {
    // Overload signatures have no body; the implementation does.
    if (member.type === "MethodDefinition" && member.kind === "constructor" && isFunction(member.value)) return member.value;
  }
  return undefined;
}

/** A member's name as a field is keyed: `bot`, `#bot`; undefined when computed from a value. */
function memberKey(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === "PrivateIdentifier") return `#${member.property.name}`;
  return staticMemberName(member);
}

/** `#bot`, `private bot`, `protected bot`, `constructor(private bot)`: no code outside the class (and its subclasses) reads it. */
function fieldIsPrivate(classNode: ClassNode, name: string): boolean {
  if (name.startsWith("#")) return true;
  for (const member of classNode.body.body) {
    if (member.type === "PropertyDefinition" && !member.computed && !member.static && member.key.type === "Identifier" && member.key.name === name) {
      return member.accessibility === "private" || member.accessibility === "protected";
    }
    if (member.type === "MethodDefinition" && member.kind === "constructor") {
      for (const parameter of member.value.params) {
        if (parameter.type !== "TSParameterProperty") continue;
        const bound = parameter.parameter.type === "AssignmentPattern" ? parameter.parameter.left : parameter.parameter;
        if (bound.name === name) {
          return parameter.accessibility === "private" || parameter.accessibility === "protected";
        }
      }
    }
  }
  return false;
}

/** `this.bot = value` (the value as `valueUse` saw it stored): the field `bot` of `classNode`. */
function storedField(value: TSESTree.Node, classNode: ClassNode): string | undefined {
  const { node, parent } = transparentParent(value);
  if (parent?.type !== "AssignmentExpression" || parent.right !== node || parent.operator !== "=") return undefined;
  const target = skipTransparent(parent.left);
  if (target.type !== "MemberExpression" || target.object.type !== "ThisExpression") return undefined;
  return thisClassOf(target.object) === classNode ? memberKey(target) : undefined;
}

/** `this.bot = x`, `this.bot ??= x`, `this.bot++`: a write, not a read of the bot. */
function isWriteTarget(member: TSESTree.MemberExpression): boolean {
  const { node, parent } = transparentParent(member);
  return (
    (parent?.type === "AssignmentExpression" && parent.left === node) ||
    (parent?.type === "UpdateExpression" && parent.argument === node)
  );
}

/**
 * Whether the instance that `new C(...)` makes keeps its field `name` from other code: it is
 * thrown away, or held in a variable only ever used for its other members (`routes.register()`).
 */
function instanceKeepsField(model: GrammyModel, call: TSESTree.NewExpression, name: string): boolean {
  const otherMember = (node: TSESTree.Node): boolean => {
    const use = valueUse(node);
    if (use.kind !== "memberObject") return false;
    const key = memberKey(use.member);
    return key !== undefined && key !== name;
  };
  const use = valueUse(call);
  if (use.kind === "discarded") return true;
  if (use.kind === "memberObject") return otherMember(call);
  if (use.kind !== "declared") return false;
  const variable = findVariable(model.sourceCode, use.id);
  const definition = variable?.defs[0];
  if (definition?.type !== "Variable" || definition.parent.parent.type === "ExportNamedDeclaration") return false; // `export const routes = ...`
  return (
    variable !== undefined &&
    variable.references.every((reference) => (reference.isWrite() ? reference.init === true : otherMember(reference.identifier)))
  );
}

/** Which argument of a call an identifier is (seen through casts and `a ?? b`); -1 when unclear. */
function argumentIndex(call: TSESTree.CallExpression | TSESTree.NewExpression, identifier: TSESTree.Node): number {
  let current: TSESTree.Node = identifier;
  while (current.parent && current.parent !== call) current = current.parent;
  return call.arguments.indexOf(current as TSESTree.CallExpressionArgument);
}

/** `export { bot }`, `export default bot`, `module.exports = { bot }`, `exports.bot = bot`, `export = bot`. */
function isExportPosition(identifier: TSESTree.Node): boolean {
  const { node, parent } = transparentParent(identifier);
  if (!parent) return false;
  if (parent.type === "ExportSpecifier" || parent.type === "ExportDefaultDeclaration" || parent.type === "TSExportAssignment") {
    return true;
  }
  if (parent.type === "Property" && parent.value === node && parent.parent.type === "ObjectExpression") {
    return isModuleExportsValue(parent.parent);
  }
  return isModuleExportsValue(node);
}

function isModuleExportsValue(node: TSESTree.Node): boolean {
  const { node: inner, parent } = transparentParent(node);
  if (parent?.type !== "AssignmentExpression" || parent.right !== inner) return false;
  const target = skipTransparent(parent.left);
  if (target.type !== "MemberExpression") return false;
  const object = skipTransparent(target.object);
  if (object.type === "Identifier") return object.name === "exports" || (object.name === "module" && staticMemberName(target) === "exports");
  return object.type === "MemberExpression" && isModuleExports(object);
}

function isModuleExports(node: TSESTree.MemberExpression): boolean {
  const object = skipTransparent(node.object);
  return object.type === "Identifier" && object.name === "module" && staticMemberName(node) === "exports";
}

/** The module specifier a binding is imported or required from. */
function sourceOf(definition: Variable["defs"][number] | undefined): string | undefined {
  if (!definition) return undefined;
  if (definition.type === "ImportBinding") {
    const declaration = definition.parent;
    return declaration.type === "ImportDeclaration" ? declaration.source.value : undefined;
  }
  if (definition.type !== "Variable" || !definition.node.init) return undefined;
  let init = skipTransparent(definition.node.init);
  while (init.type === "MemberExpression" || init.type === "AwaitExpression") {
    init = skipTransparent(init.type === "MemberExpression" ? init.object : init.argument);
  }
  if (init.type === "CallExpression" && init.callee.type === "Identifier" && init.callee.name === "require") {
    const [specifier] = init.arguments;
    return specifier?.type === "Literal" && typeof specifier.value === "string" ? specifier.value : undefined;
  }
  if (init.type === "ImportExpression" && init.source.type === "Literal" && typeof init.source.value === "string") {
    return init.source.value;
  }
  return undefined;
}

/**
 * Whether a listener (as written in `model`) stops one of `variables`: a function that calls
 * `x.stop()` (or hands `x` to another function, which may stop it), itself or through functions
 * of the module it calls; `x.stop.bind(x)`; `handle.stop` (a runner handle's stop works unbound;
 * a bot's does not). A listener that cannot be seen into may stop anything.
 */
function listenerStops(model: GrammyModel, listener: TSESTree.Node, variables: ReadonlySet<Variable>): boolean {
  const inner = skipTransparent(listener);
  const fn = localFunctionOf(model, inner);
  if (fn) return bodyStops(model, fn, variables, new Set());
  const holds = (node: TSESTree.Node): boolean => {
    const target = skipTransparent(node);
    if (target.type !== "Identifier") return false;
    const variable = findVariable(model.sourceCode, target);
    return variable !== undefined && variables.has(variable);
  };
  if (inner.type === "MemberExpression" && staticMemberName(inner) === "stop") {
    return holds(inner.object) && model.kindOf(inner.object) !== "Bot";
  }
  if (inner.type === "CallExpression") {
    const callee = skipTransparent(inner.callee);
    if (callee.type === "MemberExpression" && staticMemberName(callee) === "bind") {
      const bound = skipTransparent(callee.object);
      return bound.type === "MemberExpression" && staticMemberName(bound) === "stop" && holds(bound.object);
    }
  }
  return true;
}

function bodyStops(model: GrammyModel, fn: FunctionNode, variables: ReadonlySet<Variable>, seen: Set<FunctionNode>): boolean {
  if (seen.has(fn) || seen.size > 32) return false;
  seen.add(fn);
  const holds = (node: TSESTree.Node): boolean => {
    const target = skipTransparent(node);
    if (target.type !== "Identifier") return false;
    const variable = findVariable(model.sourceCode, target);
    return variable !== undefined && variables.has(variable);
  };
  for (const call of callsIn(model, fn.body)) {
    const callee = skipTransparent(call.callee);
    if (callee.type === "MemberExpression" && staticMemberName(callee) === "stop" && holds(callee.object)) return true;
    if (call.arguments.some((argument) => holds(argument))) return true; // `shutdown(bot)` may stop it
    const reached = localFunctionOf(model, callee);
    if (reached && bodyStops(model, reached, variables, seen)) return true;
  }
  return false;
}

function isInside(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

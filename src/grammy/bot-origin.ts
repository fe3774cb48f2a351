import type { TSESTree } from "@typescript-eslint/utils";

import { enclosingFunction, isFunction, skipTransparent, type FunctionNode } from "../utils/ast";
import { findVariable, type Variable } from "../utils/scope";
import { valueUse } from "../utils/value-use";
import {
  errorHandlerVerdict,
  externalClassSetupOf,
  externalSetupOf,
  handedSetupOf,
  type ExternalSetup,
  type SetupOptions,
} from "./external-setup";
import type { GrammyModel } from "./model";

/** A bot whose whole setup this file can see. */
export interface BotOrigin {
  /**
   * The identities (`model.identityOf`) under which this file handles that bot: its variable and
   * aliases, and the variables of in-file factory functions that create and return it.
   */
  readonly identities: ReadonlySet<object>;
  /**
   * Calls of this file that hand the bot to a function installing its error handler
   * (`setupErrorHandling(bot)`, followed into this file's or another module's function, or a
   * helper named in `errorHandlerHelpers`).
   */
  readonly installs: readonly (TSESTree.CallExpression | TSESTree.NewExpression)[];
  /**
   * The bot comes from another module of the project (imported, made by an imported factory, an
   * imported subclass) and an error handler is installed there, or in another module that imports it.
   */
  readonly installedElsewhere: boolean;
}

/**
 * Where a bot comes from, when this file sees all of its setup: it is created here with grammY's
 * `new Bot(...)` (directly, through aliases, subclasses without a constructor of their own, or
 * factory functions of this file), and never handed to code this file cannot see into (a call
 * other than grammY's own `run(bot)` / `webhookCallback(bot)`, an export, an object or array).
 *
 * A bot from another module of the project (imported, made by an imported factory, an instance of
 * an imported subclass) is visible when its setup there can be followed (see `externalSetupOf`);
 * a bot handed to a function or a class constructor of this file or of another module is followed
 * into it (see `handedSetupOf`).
 *
 * Undefined when the bot came from elsewhere (a parameter, a package, the result of a call this
 * file cannot see, a member such as `this.bot`, a module that cannot be read) or went elsewhere:
 * whatever a rule wants to know about its setup (an error handler, signal handlers) may then
 * happen out of sight.
 *
 * `returnsOf` gives the expressions a function's `return` statements return (not those of nested
 * functions); rules collect them in their visitors.
 */
export function visibleBotOrigin(
  model: GrammyModel,
  bot: TSESTree.Node,
  returnsOf: (fn: FunctionNode) => readonly TSESTree.Node[],
  options: SetupOptions = {},
): BotOrigin | undefined {
  const walk = new OriginWalk(model, returnsOf, options);
  return walk.expression(bot)
    ? { identities: walk.identities, installs: walk.installs, installedElsewhere: walk.installedElsewhere }
    : undefined;
}

/**
 * How many expressions and variables one walk may visit. Real setups take a handful; a longer chain
 * (`const a1 = a0; const a2 = a1; ...` thousands deep) counts as out of sight, which keeps the walk's
 * recursion, and so the stack, bounded on any input.
 */
const maxSteps = 200;

class OriginWalk {
  readonly identities = new Set<object>();
  readonly installs: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
  installedElsewhere = false;
  private readonly variables = new Set<Variable>();
  private readonly factories = new Set<FunctionNode>();
  private steps = 0;

  constructor(
    private readonly model: GrammyModel,
    private readonly returnsOf: (fn: FunctionNode) => readonly TSESTree.Node[],
    private readonly options: SetupOptions,
  ) {}

  /** A bot set up in another module: visible unless what happens to it there cannot be known. */
  private external(setup: ExternalSetup | undefined): boolean {
    if (!setup) return false;
    const verdict = errorHandlerVerdict(setup);
    if (verdict === "installed") this.installedElsewhere = true;
    return verdict !== "unknown";
  }

  /** Whether an expression yielding the bot is visible all the way. */
  expression(node: TSESTree.Node): boolean {
    if (++this.steps > maxSteps) return false;
    const inner = skipTransparent(node);
    switch (inner.type) {
      case "NewExpression":
        return this.createsBot(inner);
      case "Identifier": {
        const variable = findVariable(this.model.sourceCode, inner);
        return variable !== undefined && this.variable(variable);
      }
      case "CallExpression":
        return this.factoryCall(inner);
      case "AwaitExpression": {
        // `await createBot()` with an async factory of this file.
        const argument = skipTransparent(inner.argument);
        return argument.type === "CallExpression" && this.factoryCall(argument);
      }
      case "MemberExpression":
        // `config.bot` of `import * as config from "./config"`, `require("./bot").bot`
        return this.external(externalSetupOf(this.model, inner, this.options));
      default:
        return false;
    }
  }

  /** A variable holding the bot: only written with visible bots, and never let out of sight. */
  private variable(variable: Variable): boolean {
    if (this.variables.has(variable)) return true;
    if (++this.steps > maxSteps) return false;
    this.variables.add(variable);
    const [identifier] = variable.identifiers;
    if (!identifier || variable.defs.length === 0) return false;
    const identity = this.model.identityOf(identifier);
    if (identity) this.identities.add(identity);
    let written = false;
    for (const definition of variable.defs) {
      if (definition.type === "ImportBinding" && variable.defs.length === 1) {
        // `import { bot } from "./bot"`: visible when its setup in the project can be followed.
        if (!this.external(externalSetupOf(this.model, identifier, this.options))) return false;
        written = true;
        continue;
      }
      if (definition.type !== "Variable") return false; // a parameter, a catch clause
      // Exported: another module may install the handler, unless the project view shows that no
      // module of the project uses the export, or that each one only reads its API (`bot.api`).
      if (definition.parent.parent.type === "ExportNamedDeclaration" && this.model.exportMaySetUpElsewhere(identifier) !== false) {
        return false;
      }
    }
    for (const reference of variable.references) {
      if (reference.isWrite()) {
        written = true;
        const target = reference.identifier.parent;
        const plainWrite =
          (target.type === "VariableDeclarator" && target.id === reference.identifier) ||
          (target.type === "AssignmentExpression" && target.left === reference.identifier && target.operator === "=");
        if (!plainWrite || !reference.writeExpr) {
          // `const { bot } = require("./bot")`
          if (!this.external(externalSetupOf(this.model, reference.identifier, this.options))) return false;
          continue;
        }
        if (!this.expression(reference.writeExpr)) return false;
      }
      if (reference.isRead() && !this.staysInSight(reference.identifier)) return false;
    }
    return written;
  }

  /** Whether a read of the bot keeps it where this file can see what is done with it. */
  private staysInSight(identifier: TSESTree.Node): boolean {
    const use = valueUse(identifier);
    switch (use.kind) {
      case "memberObject":
      case "discarded":
      case "other":
        return true;
      case "argument": {
        const module = use.call.type === "CallExpression" ? this.model.exportOf(use.call.callee)?.module : undefined;
        if (module === "grammy" || module === "runner") return true;
        // Handed over while an update is handled (`bot.on("message", (ctx) => route(bot, ctx))`):
        // nothing done there is in place when the bot starts, so it is no setup.
        if (this.runsPerUpdate(use.call)) return true;
        // `setupErrorHandling(bot)`, `new Routes(bot)`: followed into the function or the class's
        // constructor and members, in this file or another module.
        const index = argumentIndex(use.call, identifier);
        if (index < 0) return false;
        const verdict = errorHandlerVerdict(handedSetupOf(this.model, use.call, index, this.options));
        if (verdict === "installed") this.installs.push(use.call);
        return verdict !== "unknown";
      }
      case "declared":
      case "assigned": {
        const variable = findVariable(this.model.sourceCode, use.id);
        return variable !== undefined && this.variable(variable);
      }
      case "returned":
        return use.fn !== undefined && this.factories.has(use.fn);
      case "stored": {
        // `export default bot`, `export { bot }`: in sight while the project view shows that no
        // module uses the export, or that each one only reads its API (`bot.api`).
        const parent = identifier.parent;
        if (identifier.type !== "Identifier") return false;
        if (parent?.type !== "ExportDefaultDeclaration" && !(parent?.type === "ExportSpecifier" && parent.local === identifier)) return false;
        const declared = findVariable(this.model.sourceCode, identifier)?.identifiers[0];
        return declared !== undefined && this.model.exportMaySetUpElsewhere(declared) === false;
      }
    }
  }

  /** Whether a node runs only while grammY handles an update: inside middleware, a predicate, a builder. */
  private runsPerUpdate(node: TSESTree.Node): boolean {
    for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
      if (this.model.placeOf(fn)) return true;
    }
    return false;
  }

  /**
   * `createBot()` with `function createBot() { const bot = new Bot(t); ...; return bot; }` here, or
   * imported from another module of the project (followed there), or `require("./bot")`.
   */
  private factoryCall(call: TSESTree.CallExpression): boolean {
    const callee = skipTransparent(call.callee);
    const fn = callee.type === "Identifier" ? this.localFunction(callee) : undefined;
    if (!fn) return this.external(externalSetupOf(this.model, call, this.options));
    if (this.factories.has(fn)) return true;
    this.factories.add(fn);
    const returned = fn.body.type === "BlockStatement" ? this.returnsOf(fn) : [fn.body];
    return returned.length > 0 && returned.every((expression) => this.expression(expression));
  }

  private localFunction(callee: TSESTree.Identifier): FunctionNode | undefined {
    const variable = findVariable(this.model.sourceCode, callee);
    if (variable?.defs.length !== 1) return undefined;
    const node = variable.defs[0]?.node;
    if (node?.type === "FunctionDeclaration") return node;
    if (node?.type === "VariableDeclarator" && node.parent.kind === "const" && isFunction(node.init)) return node.init;
    return undefined;
  }

  /**
   * `new Bot(...)` of grammY. A subclass declared here counts only while it has no constructor
   * and no `catch`/`errorHandler` member of its own: those may set up what the rule looks for.
   */
  private createsBot(node: TSESTree.NewExpression): boolean {
    const created = this.model.exportOf(node.callee);
    if (created?.module !== "grammy" || created.name !== "Bot") return false;
    let current = skipTransparent(node.callee);
    for (let hops = 0; hops < 8 && current.type === "Identifier"; hops++) {
      // A subclass declared in another module: what its constructors set up there.
      const external = externalClassSetupOf(this.model, current, this.options);
      if (external) return this.external(external);
      const definition = findVariable(this.model.sourceCode, current)?.defs[0];
      let declared: TSESTree.Node | null | undefined = definition?.node;
      if (declared?.type === "VariableDeclarator") declared = declared.init && skipTransparent(declared.init);
      if (declared?.type !== "ClassDeclaration" && declared?.type !== "ClassExpression") return true;
      if (!plainSubclass(declared)) return false;
      if (!declared.superClass) return false;
      current = skipTransparent(declared.superClass);
    }
    return true;
  }
}

function plainSubclass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): boolean {
  return node.body.body.every((member) => {
    if (member.type === "StaticBlock") return false;
    if (!("key" in member) || member.computed) return true;
    const key = member.key;
    const name = key.type === "Identifier" ? key.name : key.type === "Literal" ? String(key.value) : undefined;
    return name !== "constructor" && name !== "catch" && name !== "errorHandler";
  });
}

/** Which argument of a call an identifier is (seen through casts and `a ?? b`); -1 when unclear. */
function argumentIndex(call: TSESTree.CallExpression | TSESTree.NewExpression, identifier: TSESTree.Node): number {
  let current: TSESTree.Node = identifier;
  while (current.parent && current.parent !== call) current = current.parent;
  return call.arguments.indexOf(current as TSESTree.CallExpressionArgument);
}

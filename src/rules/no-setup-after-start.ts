import type { TSESTree } from "@typescript-eslint/utils";

import {
  awaitedStartCall,
  errorHandlerInstallOf,
  fileTouchesGrammy,
  getGrammyModel,
  pollingStartOf,
  runsAfter,
  signalListenerOf,
  type GrammyModel,
} from "../grammy";
import { calleeMember, forEachNode, skipTransparent, transparentParent } from "../utils/ast";
import { createRule } from "../utils/create-rule";
import { calleeSquiggleOf, squiggleOf } from "../utils/squiggle";

export type MessageIds = "setupAfterStart";
export type Options = [];

/** `await bot.start()`: everything after it in the same flow runs once the bot has stopped. */
interface AwaitedStart {
  readonly statement: TSESTree.ExpressionStatement;
  readonly botText: string;
  readonly bot: object | undefined;
}

/** Setup found anywhere in the file; reported when it runs after an awaited start of its bot. */
interface Setup {
  readonly node: TSESTree.AssignmentExpression | TSESTree.CallExpression;
  /** The bot (or composer) it sets up; undefined for signal listeners, which concern any bot. */
  readonly target: object | undefined;
  readonly signal: boolean;
}

export default createRule<Options, MessageIds>({
  name: "no-setup-after-start",
  meta: {
    type: "problem",
    docs: {
      description:
        "Disallow registering middleware, error handlers and signal listeners after `await bot.start()`",
      recommended: true,
    },
    schema: [],
    messages: {
      setupAfterStart:
        "This runs only after the bot has stopped, because `await {{bot}}.start()` resolves when polling ends. Move it above the start call (use the `onStart` option to run code once the bot is up).",
    },
    languages: ["js/js"],
  },
  defaultOptions: [],
  create(context) {
    if (!fileTouchesGrammy(context)) return {};
    const model = getGrammyModel(context);

    const starts: AwaitedStart[] = [];
    const setups: Setup[] = [];
    /** Which composers are installed on which bot or composer: `bot.use(c)`, `const c = bot.on(...)`. */
    const installed = new Map<object, Set<object>>();
    const install = (parent: object | undefined, child: object | undefined): void => {
      if (!parent || !child || parent === child) return;
      let children = installed.get(parent);
      if (!children) installed.set(parent, (children = new Set()));
      children.add(child);
    };

    /** The awaited start calls found: not setup themselves. */
    const startCalls = new Set<TSESTree.CallExpression>();

    const classifyCall = (call: TSESTree.CallExpression): void => {
      const target = model.registrationTarget(call);
      if (target) {
        const root = rootOf(model, target);
        for (const argument of call.arguments) {
          if (argument.type !== "SpreadElement") install(root, model.identityOf(argument));
        }
        // `bot.on("message").filter(...)`: the chain is one registration, reported once as a whole.
        if (!isChainedFurther(model, call)) setups.push({ node: call, target: root, signal: false });
        return;
      }
      const handler = errorHandlerInstallOf(model, call);
      if (handler) {
        setups.push({ node: call, target: model.identityOf(handler.bot), signal: false });
        return;
      }
      if (signalListenerOf(model, call)) setups.push({ node: call, target: undefined, signal: true });
    };

    return {
      // Only an awaited `bot.start()` makes setup reportable. Awaits are few: the rule listens to
      // them alone, and walks the file for setup only once it has found such a start.
      AwaitExpression(node) {
        const call = awaitedStartCall(node);
        if (!call || startCalls.has(call)) return;
        const start = pollingStartOf(model, call);
        if (start?.how !== "start" || !start.awaitedStatement) return;
        startCalls.add(call);
        starts.push({
          statement: start.awaitedStatement,
          botText: context.sourceCode.getText(skipTransparent(start.bot)),
          bot: model.identityOf(start.bot),
        });
      },
      "Program:exit"(program) {
        if (starts.length === 0) return;
        forEachNode(program, context.sourceCode.visitorKeys, (node) => {
          if (node.type === "CallExpression") {
            if (!startCalls.has(node)) classifyCall(node);
          } else if (node.type === "AssignmentExpression") {
            const handler = errorHandlerInstallOf(model, node);
            if (handler) setups.push({ node, target: model.identityOf(handler.bot), signal: false });
          } else if (node.type === "VariableDeclarator") {
            // `const privateChats = bot.chatType("private")`: a composer installed on the bot.
            const init = node.init && skipTransparent(node.init);
            if (init?.type !== "CallExpression") return;
            const target = model.registrationTarget(init);
            if (target) install(rootOf(model, target), model.identityOf(node.id));
          }
        });
        for (const setup of setups) {
          const start = starts.find(
            (candidate) =>
              runsAfter(setup.node, candidate.statement) &&
              (setup.signal || (setup.target !== undefined && isInstalledOn(installed, setup.target, candidate.bot))),
          );
          if (!start) continue;
          // The registration's callee (`bot.on`), or what is assigned (`bot.errorHandler`): never the handler.
          const loc =
            setup.node.type === "CallExpression"
              ? calleeSquiggleOf(context.sourceCode, setup.node)
              : squiggleOf(context.sourceCode, setup.node.left);
          context.report({ node: setup.node, loc, messageId: "setupAfterStart", data: { bot: start.botText } });
        }
      },
    };
  },
});

/** The bot or composer at the root of a registration chain: `bot` in `bot.on("message").filter(...)`. */
function rootOf(model: GrammyModel, target: TSESTree.Node): object | undefined {
  let current = skipTransparent(target);
  while (current.type === "CallExpression") {
    const next = model.registrationTarget(current);
    if (!next) return undefined;
    current = skipTransparent(next);
  }
  return model.identityOf(current);
}

/** Whether a registration call is the receiver of a further registration call. */
function isChainedFurther(model: GrammyModel, call: TSESTree.CallExpression): boolean {
  const { node, parent } = transparentParent(call);
  if (parent?.type !== "MemberExpression" || parent.object !== node) return false;
  const outer = transparentParent(parent).parent;
  return outer?.type === "CallExpression" && calleeMember(outer)?.member === parent && model.registrationTarget(outer) !== undefined;
}

/** Whether `target` is the bot itself, or a composer installed on it (directly or through others). */
function isInstalledOn(installed: ReadonlyMap<object, ReadonlySet<object>>, target: object, bot: object | undefined): boolean {
  if (!bot) return false;
  const seen = new Set<object>([bot]);
  const queue = [bot];
  for (let current = queue.pop(); current; current = queue.pop()) {
    if (current === target) return true;
    for (const child of installed.get(current) ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
  return false;
}

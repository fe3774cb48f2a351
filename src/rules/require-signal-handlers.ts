import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import {
  externalSetupOfBinding,
  exitsBeforeStop,
  fileTouchesGrammy,
  getGrammyModel,
  handedSetupOf,
  holdingClassOf,
  listenerStops,
  listenerStopsTarget,
  pollingStartOf,
  runnerHandleOf,
  runsAfter,
  sameTarget,
  shutdownListenersOf,
  signalListenerOf,
  signalRuntimeOf,
  startStatementOf,
  stopsOnSignal,
  type PollingStart,
  type SignalListener,
  type ExternalSetup,
  type StopTarget,
} from "../grammy";
import { isInStatementList, skipTransparent } from "../utils/ast";
import { createRule } from "../utils/create-rule";
import { calleeSquiggleOf, squiggleOf } from "../utils/squiggle";
import { lineBreakOf } from "../utils/text";
import { helperListSchema } from "../utils/helper-schema";

export type MessageIds =
  | "missingSignals"
  | "notStopped"
  | "botStopUnderRunner"
  | "exitBeforeStop"
  | "unboundStop"
  | "runHandleDiscarded"
  | "addSignalListeners"
  | "keepRunnerHandle"
  | "bindStop";
export type Options = [{ signals?: string[]; shutdownHelpers?: { module: string; name: string }[] }];

const defaultSignals = ["SIGINT", "SIGTERM"];

/** What is lost when a polling bot dies without its stop, by what started it. */
const consequences = {
  start: "the update offset is never confirmed and up to 100 updates are handled again on the next start",
  run: "the runner is cut off mid-batch and updates can be lost",
} as const;

export default createRule<Options, MessageIds>({
  name: "require-signal-handlers",
  meta: {
    type: "problem",
    docs: {
      description: "Require long-polling bots to stop on `SIGINT` and `SIGTERM`",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          signals: {
            type: "array",
            description: 'The signals every polling bot must stop on; add e.g. `"SIGHUP"` or `"SIGQUIT"`.',
            items: { type: "string", pattern: "^SIG[A-Z0-9]+$" },
            uniqueItems: true,
            minItems: 1,
          },
          shutdownHelpers: helperListSchema(
            "Functions from packages that run their callback when the process is told to stop, e.g. `{ \"module\": \"@acme/bot-kit\", \"name\": \"whenStopping\" }` (`\"default\"` for a default export); a callback that stops the bot counts as a listener for every signal.",
          ),
        },
      },
    ],
    messages: {
      missingSignals:
        "`{{target}}` polls without a listener that stops it on {{signals}}, so when the process is told to stop, {{consequence}}; before polling starts, register one that calls `{{stop}}`.",
      notStopped:
        "The {{signals}} listeners never call `{{stop}}`, so when the process is told to stop, {{consequence}}; make them stop `{{target}}`.",
      botStopUnderRunner:
        "`{{bot}}.stop()` does nothing to a bot started with `run()`, so on {{signals}} {{consequence}}; stop the runner handle instead (`{{stop}}`).",
      exitBeforeStop:
        "`{{exit}}` ends the process before `{{stop}}` has finished, so {{consequence}}; `await` the stop before exiting.",
      unboundStop:
        "`{{listener}}` is passed without its bot, so it runs with the wrong `this` and stops nothing; pass `() => {{listener}}()` instead.",
      runHandleDiscarded:
        "The handle of `{{run}}` is thrown away, so no signal listener can stop the runner and on {{signals}} {{consequence}}; keep the handle and stop it.",
      addSignalListeners: "Add {{signals}} listeners that stop `{{target}}`",
      keepRunnerHandle: "Keep the handle as `{{name}}` and stop it on {{signals}}",
      bindStop: "Pass `() => {{listener}}()`",
    },
    languages: ["js/js"],
  },
  defaultOptions: [{ signals: defaultSignals, shutdownHelpers: [] }],
  create(context, [options]) {
    if (!fileTouchesGrammy(context)) return {};
    const model = getGrammyModel(context);
    const sourceCode = context.sourceCode;
    const eol = lineBreakOf(sourceCode);
    const wanted = [...new Set(options.signals ?? defaultSignals)];
    const setupOptions = { shutdownHelpers: options.shutdownHelpers ?? [] };

    const starts: PollingStart[] = [];
    const listeners: SignalListener[] = [];
    /** Calls with arguments that are no listener registration themselves: shutdown helpers, helpers handed the bot. */
    const otherCalls: TSESTree.CallExpression[] = [];
    const reported = new Set<TSESTree.Node>();

    /**
     * What code elsewhere does about stopping the target: the module the bot comes from (its
     * factory, its subclass, the modules importing it) and the helpers this file hands the target
     * to (`registerShutdown(bot)`). `unknown` when such code cannot be read.
     */
    const stopsElsewhere = (start: PollingStart, target: StopTarget): { covers: (signal: string) => boolean; unknown: boolean } => {
      const setups: ExternalSetup[] = [];
      // A runner is stopped through its handle: what stops the bot elsewhere does nothing to it.
      if (start.how === "start") {
        const external = externalSetupOfBinding(model, start.bot, setupOptions);
        if (external) setups.push(external);
      }
      for (const call of otherCalls) {
        if (start.awaitedStatement && runsAfter(call, start.awaitedStatement)) continue;
        call.arguments.forEach((argument, index) => {
          if (argument.type === "SpreadElement" || skipTransparent(argument).type !== "Identifier") return;
          const identity = model.identityOf(argument);
          if (identity === undefined || identity !== target.identity) return;
          setups.push(handedSetupOf(model, call, index, setupOptions));
        });
      }
      // A bot that an instance holds (`this`, `this.bot`) may be stopped wherever the instance is:
      // a module that uses the class and listens for signals is trusted to stop it.
      const holder = holdingClassOf(start.bot);
      return {
        covers: (signal) => setups.some((setup) => stopsOnSignal(setup, signal)),
        unknown: setups.some((setup) => setup.unreadable) || (holder !== undefined && model.instanceStoppedByImporters(holder)),
      };
    };

    /** The guide's lines, in this file's runtime; undefined when the runtime's global is shadowed. */
    const listenerLines = (at: TSESTree.Node, signals: readonly string[], stop: string): string[] | undefined => {
      const runtime = listeners[0]?.runtime ?? signalRuntimeOf(model);
      const api = runtime === "deno" ? "Deno.addSignalListener" : "process.once";
      if (!isRuntimeGlobal(sourceCode, at, runtime === "deno" ? "Deno" : "process")) return undefined;
      return signals.map((signal) => `${api}(${JSON.stringify(signal)}, ${stop});`);
    };

    /** `const stopRunner = () => runner.isRunning() && runner.stop();` and its listeners. */
    const runnerLines = (at: TSESTree.Node, handle: string, signals: readonly string[]): string[] | undefined => {
      const guarded = `() => ${handle}.isRunning() && ${handle}.stop()`;
      if (!isNameFree(sourceCode, at, "stopRunner")) return listenerLines(at, signals, guarded);
      const lines = listenerLines(at, signals, "stopRunner");
      return lines && [`const stopRunner = ${guarded};`, ...lines];
    };

    const checkStart = (start: PollingStart): void => {
      const consequence = consequences[start.how];
      let target: StopTarget;
      let targetText: string;
      let insert: (signals: readonly string[]) => TSESLint.ReportFixFunction | undefined;
      if (start.how === "start") {
        target = { kind: "bot", identity: model.identityOf(start.bot) };
        targetText = sourceCode.getText(skipTransparent(start.bot));
        const started = startStatementOf(start.call)?.statement;
        const statement = started && isInStatementList(started) ? started : undefined;
        const text = targetText;
        insert = (signals) => {
          if (!statement || !isSimpleReference(skipTransparent(start.bot))) return undefined;
          const lines = listenerLines(statement, signals, `() => ${text}.stop()`);
          const indent = indentOf(sourceCode, statement);
          return lines && ((fixer) => fixer.insertTextBefore(statement, `${lines.join(`${eol}${indent}`)}${eol}${indent}`));
        };
      } else {
        const handle = runnerHandleOf(model, start.call);
        if (handle.kind === "escaped") return;
        if (handle.kind === "discarded") {
          reportDiscarded(start, handle.statement);
          return;
        }
        target = handle.target;
        targetText = sourceCode.getText(handle.holder);
        const statement = handle.statement;
        const text = targetText;
        insert = (signals) => {
          if (!statement || !isInStatementList(statement) || !isSimpleReference(handle.holder)) return undefined;
          const lines = runnerLines(statement, text, signals);
          const indent = indentOf(sourceCode, statement);
          return lines && ((fixer) => fixer.insertTextAfter(statement, lines.map((line) => `${eol}${indent}${line}`).join("")));
        };
      }
      const stopText = `${targetText}.stop()`;

      // Listeners registered after `await bot.start()` are only installed once the bot has stopped.
      const active = listeners.filter(
        (listener) => !start.awaitedStatement || !runsAfter(listener.call, start.awaitedStatement),
      );
      const stopsIt = (listener: SignalListener): boolean => {
        const stops = listenerStops(model, listener.listener);
        if (stops.kind === "unbound") return sameTarget(stops.target, target); // reported at the listener
        // Undefined: imported, passed in or calling into an instance that holds the bot: it may well stop it.
        return listenerStopsTarget(model, listener.listener, target) ?? true;
      };
      let elsewhere: ReturnType<typeof stopsElsewhere> | undefined; // looked up only when this file has no answer
      const absent: string[] = [];
      const unstopped: string[] = [];
      for (const signal of wanted) {
        if (active.some((listener) => (listener.signals?.includes(signal) ?? true) && stopsIt(listener))) continue;
        elsewhere ??= stopsElsewhere(start, target);
        if (elsewhere.covers(signal) || elsewhere.unknown) continue; // stopped (or maybe stopped) out of this file
        if (active.some((listener) => listener.signals?.includes(signal))) unstopped.push(signal);
        else absent.push(signal);
      }

      if (absent.length > 0) {
        const fix = insert(absent);
        context.report({
          node: start.call,
          loc: calleeSquiggleOf(sourceCode, start.call),
          messageId: "missingSignals",
          data: { signals: formatSignals(absent), target: targetText, stop: stopText, consequence },
          suggest: fix
            ? [{ messageId: "addSignalListeners", data: { signals: formatSignals(absent), target: targetText }, fix }]
            : null,
        });
      }
      if (unstopped.length > 0) {
        const bot: StopTarget = { kind: "bot", identity: model.identityOf(start.bot) };
        const stopsBot =
          target.kind === "handle" &&
          active.some((listener) => {
            if (!listener.signals?.some((signal) => unstopped.includes(signal))) return false;
            const stops = listenerStops(model, listener.listener);
            if (stops.kind === "unbound") return sameTarget(stops.target, bot);
            return stops.kind === "known" && stops.targets.some((stopped) => sameTarget(stopped, bot));
          });
        context.report({
          node: start.call,
          loc: calleeSquiggleOf(sourceCode, start.call),
          messageId: stopsBot ? "botStopUnderRunner" : "notStopped",
          data: {
            signals: formatSignals(unstopped),
            target: targetText,
            stop: stopText,
            bot: sourceCode.getText(skipTransparent(start.bot)),
            consequence,
          },
        });
      }

      for (const listener of active) {
        for (const exit of exitsBeforeStop(model, listener.listener, target)) {
          if (reported.has(exit)) continue;
          reported.add(exit);
          context.report({
            node: exit,
            loc: squiggleOf(sourceCode, exit),
            messageId: "exitBeforeStop",
            data: { exit: `${sourceCode.getText(exit.callee)}()`, stop: stopText, consequence },
          });
        }
      }
      for (const listener of listeners) {
        const stops = listenerStops(model, listener.listener);
        if (stops.kind !== "unbound" || !sameTarget(stops.target, target) || reported.has(listener.call)) continue;
        reported.add(listener.call);
        const text = sourceCode.getText(stops.member);
        context.report({
          node: listener.call,
          loc: squiggleOf(sourceCode, listener.call),
          messageId: "unboundStop",
          data: { listener: text },
          suggest: [
            {
              messageId: "bindStop",
              data: { listener: text },
              fix: (fixer) => fixer.replaceText(listener.listener ?? stops.member, `() => ${text}()`),
            },
          ],
        });
      }
    };

    const reportDiscarded = (start: PollingStart, statement: TSESTree.ExpressionStatement | undefined): void => {
      const name = ["runner", "handle", "runnerHandle"].find((candidate) => isNameFree(sourceCode, start.call, candidate));
      const lines =
        statement && name && isInStatementList(statement) ? runnerLines(statement, name, wanted) : undefined;
      const indent = statement ? indentOf(sourceCode, statement) : "";
      context.report({
        node: start.call,
          loc: calleeSquiggleOf(sourceCode, start.call),
        messageId: "runHandleDiscarded",
        data: { run: sourceCode.getText(start.call), signals: formatSignals(wanted), consequence: consequences.run },
        suggest:
          statement && name && lines
            ? [
                {
                  messageId: "keepRunnerHandle",
                  data: { name, signals: formatSignals(wanted) },
                  fix: (fixer) => [
                    fixer.insertTextBefore(statement, `const ${name} = `),
                    fixer.insertTextAfter(statement, lines.map((line) => `${eol}${indent}${line}`).join("")),
                  ],
                },
              ]
            : null,
      });
    };

    return {
      CallExpression(call) {
        const start = pollingStartOf(model, call);
        if (start) starts.push(start);
        const listener = signalListenerOf(model, call);
        if (listener) listeners.push(listener);
        else if (call.arguments.length > 0) otherCalls.push(call);
      },
      "Program:exit"() {
        if (starts.length === 0) return;
        // Shutdown helpers (`onShutdown(() => bot.stop())`): looked into only when something polls.
        for (const call of otherCalls) listeners.push(...shutdownListenersOf(model, call, setupOptions.shutdownHelpers));
        for (const start of starts) checkStart(start);
      },
    };
  },
});

/** "`SIGINT`", "`SIGINT` and `SIGTERM`", "`SIGINT`, `SIGTERM` and `SIGHUP`". */
function formatSignals(signals: readonly string[]): string {
  const quoted = signals.map((signal) => `\`${signal}\``);
  const last = quoted.pop() ?? "";
  return quoted.length > 0 ? `${quoted.join(", ")} and ${last}` : last;
}


/** `bot`, `this.bot`, `app.bot`: safe to repeat in the inserted listeners. */
function isSimpleReference(node: TSESTree.Node): boolean {
  if (node.type === "Identifier" || node.type === "ThisExpression") return true;
  return node.type === "MemberExpression" && !node.computed && !node.optional && isSimpleReference(node.object);
}

/** The whitespace before a statement on its line (or the line's indentation when code precedes it). */
function indentOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? "";
  const before = line.slice(0, node.loc.start.column);
  return /^\s*$/.test(before) ? before : (/^\s*/.exec(line)?.[0] ?? "");
}

/** Whether declaring `name` at `node` neither clashes with nor shadows a variable in view. */
function isNameFree(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): boolean {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope; scope = scope.upper) {
    if (scope.set.has(name)) return false;
    if (scope.type === "global" && scope.through.some((reference) => reference.identifier.name === name)) return false;
  }
  return true;
}

/** Whether `process` / `Deno` at `node` is the runtime's own (or `process` imported from `node:process`). */
function isRuntimeGlobal(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): boolean {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (!variable || variable.defs.length === 0) continue;
    const definition = variable.defs[0];
    return (
      definition?.type === "ImportBinding" &&
      definition.parent.type === "ImportDeclaration" &&
      (definition.parent.source.value === "process" || definition.parent.source.value === "node:process") &&
      definition.node.type !== "ImportSpecifier"
    );
  }
  return true;
}

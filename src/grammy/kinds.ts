import { apiMethods, botMethods, contextMethods, runnerHandleMethods } from "./members.generated";
import type { GrammyModule } from "./sources";

/** The grammY objects rules ask about. */
export type GrammyKind =
  | "Api"
  | "Bot"
  | "BotError"
  | "Composer"
  | "Context"
  /** The `next` function a middleware receives. */
  | "Next"
  /** What `run(bot)` of `@grammyjs/runner` returns. */
  | "RunnerHandle";

/** A value exported by a grammY module: `{ module: "grammy", name: "Bot" }`; `"*"` is the module. */
export interface GrammyExport {
  readonly module: GrammyModule;
  readonly name: string;
}

/** grammY classes whose `new` gives an object rules know. */
export const kindByClassName: ReadonlyMap<string, GrammyKind> = new Map([
  ["Bot", "Bot"],
  ["Api", "Api"],
  ["Composer", "Composer"],
  ["Context", "Context"],
  ["BotError", "BotError"],
]);

/** grammY types that, as an annotation, say what a binding is (context types come from the table). */
export const kindByTypeName: ReadonlyMap<string, GrammyKind> = new Map([
  ["Bot", "Bot"],
  ["Api", "Api"],
  ["Composer", "Composer"],
  ["BotError", "BotError"],
  ["NextFunction", "Next"],
  ["RunnerHandle", "RunnerHandle"],
]);

/** What a function passed to a registration method receives as its parameters. */
export type FunctionRole =
  /** `(ctx, next) => ...`: a middleware. */
  | "middleware"
  /** `(ctx) => boolean | key | middleware`: filter/drop/branch predicates, `route` and `lazy`. */
  | "predicate"
  /** `(err, next) => ...`: `bot.catch` and `errorBoundary` handlers. */
  | "errorHandler"
  /** `(conversation, ctx) => ...`: a conversation builder of `@grammyjs/conversations`. */
  | "conversation";

/** The callable members of each grammY object that has methods of its own, as grammY declares them. */
export const methodsOfKind: Partial<Readonly<Record<GrammyKind, ReadonlySet<string>>>> = {
  Api: apiMethods,
  Bot: botMethods,
  Context: contextMethods,
  RunnerHandle: runnerHandleMethods,
};

/** Names of grammY members any rule may ask about; a call with another name is never grammY's. */
export const grammyMethodNames: ReadonlySet<string> = new Set(
  Object.values(methodsOfKind).flatMap((methods) => [...methods]),
);

/** The language's promise-chain methods: `.then()`, `.catch()`, `.finally()`. */
export const promiseChainMethods: ReadonlySet<string> = new Set(["then", "catch", "finally"]);

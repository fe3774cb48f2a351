// Contextual types of object literals: a command object's `run(bot, ctx)` has no annotation of its
// own, its parameters get their types from the type the object is checked against (`{ ... }
// satisfies Command`, `as Command`, `<Command>{ ... }`, `const c: Command = { ... }`, an element of
// `Command[]`, `readonly Command[]` or `Array<Command>`, the value returned by a function annotated
// to return `Command`). The type may be an alias or an interface (also an inherited member), of this
// module or imported from a `.d.ts` barrel, its member a method signature or a property of function
// type; parameters are matched by position. A type that cannot be followed without types (a
// generic, a union) leaves the parameter unknown. TypeScript only: JavaScript has no such types.
// Fixtures: tests/fixtures/modules/shapes-contextual/.

import path from "node:path";
import { describe } from "vitest";

import noFloatingPromises from "../../src/rules/no-floating-promises";
import { edited, fixture, typedModulesTester } from "../modules/helpers";
import { tsTester } from "../utils/testers";

/** A file of `tests/fixtures/modules/shapes-contextual/` as a test case. */
const shape = (file: string): ReturnType<typeof fixture> => fixture(path.join("shapes-contextual", file));

/**
 * The report of the bare `callText` on one line of `code` (it occurs there once, ended by `;`), a
 * call of a grammY method `call`: `addAwait` when its function is async, and `addCatch`.
 */
function floating(
  code: string,
  line: number,
  column: number,
  callText: string,
  call: string,
  inAsync = true,
): {
  messageId: "floating";
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  data: { call: string; caller: string };
  suggestions: { messageId: "addAwait" | "addCatch"; output: string }[];
} {
  return {
    messageId: "floating",
    line,
    column,
    endLine: line,
    endColumn: column + callText.length,
    data: { call, caller: "" },
    suggestions: [
      ...(inAsync ? [{ messageId: "addAwait" as const, output: edited(code, `${callText};`, `await ${callText};`) }] : []),
      { messageId: "addCatch", output: edited(code, callText, `${callText}.catch((error) => console.error(error))`) },
    ],
  };
}

const satisfies = shape("satisfies.ts");
const as = shape("as.ts");
const annotated = shape("annotated.ts");
const interfaces = shape("interfaces.ts");
const local = shape("local.ts");

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("no-floating-promises: parameters typed by the object literal's contextual type (%s)", (_, tester) => {
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [
      {
        ...shape("lookalikes.ts"),
        name: "a web route's ctx, a Context declared here, no contextual type, an undeclared position, awaited replies",
      },
      { ...shape("types/index.d.ts"), name: "the barrel itself" },
      { ...shape("types/commands.d.ts"), name: "the declarations themselves" },
    ],
    invalid: [
      {
        ...satisfies,
        name: "export default { async run(bot, ctx) } satisfies Command (an alias from a .d.ts barrel): ctx and bot",
        errors: [
          floating(satisfies.code, 6, 5, 'ctx.reply("Welcome!")', "ctx.reply()"),
          floating(satisfies.code, 7, 5, 'bot.api.sendMessage(1, "Someone started the bot.")', "bot.api.sendMessage()"),
        ],
      },
      {
        ...as,
        name: "{ run: async (bot, ctx) => ... } as Command, and <Command>{ run(bot, ctx) { ... } }",
        errors: [
          floating(as.code, 6, 5, 'ctx.reply("Try /start.")', "ctx.reply()"),
          // A method is not made async by a suggestion (its function starts at the parameters).
          floating(as.code, 13, 5, 'ctx.reply("A bot.")', "ctx.reply()", false),
        ],
      },
      {
        ...annotated,
        name: "const c: Command, elements of Command[], readonly Command[] and Array<Command>, returned from (): Command",
        errors: [
          floating(annotated.code, 6, 5, 'ctx.reply("pong")', "ctx.reply()"),
          floating(annotated.code, 15, 7, "ctx.reply(ctx.match)", "ctx.reply()"),
          floating(annotated.code, 24, 7, 'ctx.reply("Frozen.")', "ctx.reply()"),
          floating(annotated.code, 33, 7, 'ctx.reply("Array.")', "ctx.reply()"),
          floating(annotated.code, 42, 7, "ctx.reply(name)", "ctx.reply()"),
        ],
      },
      {
        ...interfaces,
        name: "an interface's method signature, one inherited by Feature[] elements, and types.Command of a namespace import",
        errors: [
          floating(interfaces.code, 7, 5, 'ctx.reply("Hello!")', "ctx.reply()"),
          floating(interfaces.code, 16, 7, 'ctx.replyWithDice("🎲")', "ctx.replyWithDice()"),
          floating(interfaces.code, 24, 5, 'ctx.reply("Qualified.")', "ctx.reply()"),
        ],
      },
      {
        ...local,
        name: "an interface of this module; the implementation leaves a declared parameter out",
        errors: [floating(local.code, 11, 5, 'ctx.reply("Reminder!")', "ctx.reply()")],
      },
    ],
  });
});

const generic = shape("generic.ts");

tsTester.run("no-floating-promises: a generic contextual type is not followed without types", noFloatingPromises, {
  valid: [{ ...generic, name: "satisfies Job<Context>: unknown stays unknown" }],
  invalid: [],
});

typedModulesTester.run("no-floating-promises: a generic contextual type, with types", noFloatingPromises, {
  valid: [],
  invalid: [
    {
      ...generic,
      name: "satisfies Job<Context>: the checker substitutes the type argument",
      errors: [floating(generic.code, 8, 5, 'ctx.reply("generic")', "ctx.reply()")],
    },
  ],
});

// Flavored contexts declared as interfaces (`interface IContext extends
// ParseModeFlavor<HydrateFlavor<Context>> {}`), and grammY's middleware types as contextual types
// (`callback: MiddlewareFn<IContext>`). Fixtures: tests/fixtures/modules/shapes-flavored/.
const flavored = (file: string): ReturnType<typeof fixture> => fixture(path.join("shapes-flavored", file));
const command = flavored("command.ts");

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("no-floating-promises: flavored interfaces and grammY's middleware types (%s)", (_, tester) => {
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [
      { ...flavored("lookalikes.ts"), name: "a web framework's MiddlewareFn, an interface extending a generic of the project" },
      { ...flavored("types/telegram.d.ts"), name: "the declarations themselves" },
    ],
    invalid: [
      {
        ...command,
        name: "a hydrated message's delete handed to setTimeout in a MiddlewareFn<IContext> callback, and dropped in a function of an IContext",
        errors: [
          {
            messageId: "floatingReference",
            line: 8,
            column: 18,
            endLine: 8,
            endColumn: 30,
            data: { reference: "reply.delete", caller: "setTimeout()" },
            suggestions: [
              {
                messageId: "wrapReference",
                output: edited(command.code, "setTimeout(reply.delete, 1000)", "setTimeout(() => reply.delete().catch((error) => console.error(error)), 1000)"),
              },
            ],
          },
          floating(command.code, 17, 3, "reply.delete()", "reply.delete()"),
        ],
      },
    ],
  });
});

// Members of a context typed as a class of the project (issue #17): `ctx.audit.record()` where the
// context's type declares `audit: Audit` (an intersection alias in a `.d.ts` types module, an
// interface extending Context, an object type of the handler's own module) is a call of `Audit`'s
// method, which floats the grammY rejection the method passes on. The context's type is read off
// an annotation (`ctx: AppContext`) or off the registration target (`new Composer<AppContext>()`,
// `new Bot<ShopContext>()`), followed across modules. TypeScript only, without and with type
// information (declaring a context's members takes types: JSDoc is out of scope). The fixtures
// are tests/fixtures/modules/shapes-context-members/.

import path from "node:path";
import { describe } from "vitest";

import noFloatingPromises from "../../src/rules/no-floating-promises";
import { addCatch, edited, fixture, floatingHelperReport, typedModulesTester } from "../modules/helpers";
import { tsTester } from "../utils/testers";

/** A file of `tests/fixtures/modules/shapes-context-members/` as a test case. */
const shape = (file: string): ReturnType<typeof fixture> => fixture(path.join("shapes-context-members", file));


const record = "ctx.audit.record()";
const sendMessage = "bot.api.sendMessage()";

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("no-floating-promises: members of a context typed as a class of the project (%s)", (_, tester) => {
  const alias = shape("handlers/alias.ts");
  const local = shape("handlers/local.ts");
  const shop = shape("handlers/interface.ts");
  const voided = shape("handlers/void.ts");
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [
      {
        ...shape("handlers/alias-handled.ts"),
        name: "awaited, returned, a method that catches (try/catch, .catch()), a sync method, a class without grammY work",
      },
      { ...shape("handlers/not-grammy.ts"), name: "a context-like type that is no grammY context: not followed" },
      { ...voided, name: "void, with ignoreVoid", options: [{ ignoreVoid: true }] },
      // The modules the members' types and classes live in report nothing of their own.
      shape("audit.ts"),
      shape("notifier.ts"),
      shape("clock.ts"),
      shape("shop-context.ts"),
      shape("types/app-context.d.ts"),
      shape("types/services.d.ts"),
    ],
    invalid: [
      {
        ...alias,
        name: "an intersection alias in a .d.ts types module, whose member's class is imported there; Composer<AppContext>, ctx: AppContext, CommandContext<AppContext>",
        errors: [
          // `record()` awaits `this.write()`, which awaits `bot.api.sendMessage()`: two project methods.
          floatingHelperReport(alias.code, 8, 3, 'ctx.audit.record("start")', record, sendMessage, edited(alias.code, '  ctx.audit.record("start")', '  await ctx.audit.record("start")')),
          floatingHelperReport(
            alias.code,
            13,
            3,
            'ctx.audit.record("message")',
            record,
            sendMessage,
            edited(alias.code, '(ctx) => {\n  ctx.audit.record("message")', 'async (ctx) => {\n  await ctx.audit.record("message")'),
          ),
          floatingHelperReport(alias.code, 17, 3, 'ctx.audit.record("help")', record, sendMessage, edited(alias.code, '  ctx.audit.record("help")', '  await ctx.audit.record("help")')),
          // `CommandContext<AppContext>`: grammY's generic keeps the context it is given.
          floatingHelperReport(alias.code, 22, 3, 'ctx.audit.record("command")', record, sendMessage, edited(alias.code, '  ctx.audit.record("command")', '  await ctx.audit.record("command")')),
        ],
      },
      {
        ...shop,
        name: "an interface extending Context in a module of its own; a method awaiting this.bot.api.sendMessage()",
        errors: [
          floatingHelperReport(
            shop.code,
            8,
            3,
            'ctx.notifier.notify(1, "seen")',
            "ctx.notifier.notify()",
            "this.bot.api.sendMessage()",
            edited(shop.code, '(ctx) => {\n  ctx.notifier.notify(1, "seen")', 'async (ctx) => {\n  await ctx.notifier.notify(1, "seen")'),
          ),
        ],
      },
      {
        ...local,
        name: "an object type of the handler's own module; middleware of use() and of a chatType() chain",
        errors: [
          floatingHelperReport(local.code, 10, 3, 'ctx.audit.record("use")', record, sendMessage, edited(local.code, '  ctx.audit.record("use")', '  await ctx.audit.record("use")')),
          floatingHelperReport(
            local.code,
            15,
            3,
            'ctx.audit.record("private")',
            record,
            sendMessage,
            edited(local.code, '(ctx) => {\n  ctx.audit.record("private")', 'async (ctx) => {\n  await ctx.audit.record("private")'),
          ),
        ],
      },
      {
        ...voided,
        name: "void does not catch: reported by default",
        errors: [
          {
            messageId: "floatingVoid",
            line: 4,
            column: 8,
            endLine: 4,
            endColumn: 32,
            data: { call: record, caller: "" },
            suggestions: [
              {
                messageId: "addAwait",
                output: edited(voided.code, "  void ctx", "  await ctx"),
              },
              { messageId: "addCatch", output: addCatch(voided.code, 'ctx.audit.record("void")') },
            ],
          },
        ],
      },
    ],
  });
});

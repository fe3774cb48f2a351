// Command objects registered in a loop (issue #17, group 2): `{ name, execute(ctx) }` objects in
// modules that never import grammY, collected in an array by the bot module and registered one by
// one (`for (const command of commands) bot.command(command.name, command.execute)`, or
// `list.forEach((command) => bot.command(command.name, (ctx) => command.run(ctx)))`). Fixtures:
// tests/fixtures/modules/project-view/command-loop/.

import path from "node:path";
import { describe } from "vitest";

import noFloatingPromises from "../../src/rules/no-floating-promises";
import { edited, fixture, typedModulesTester } from "../modules/helpers";
import { cjsTester, tsTester } from "../utils/testers";

const loop = (file: string): ReturnType<typeof fixture> => fixture(path.join("project-view", "command-loop", file));

const start = loop("commands/start.js");

cjsTester.run("no-floating-promises: command objects registered in a for...of loop (CommonJS)", noFloatingPromises, {
  valid: [loop("commands/about.js"), loop("bot.js")],
  invalid: [
    {
      ...start,
      name: "execute() of an object in the array that the loop registers",
      errors: [
        {
          messageId: "floating",
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 26,
          data: { call: "ctx.reply()", caller: "" },
          suggestions: [
            // A method is not made async by a suggestion (its function starts at the parameters).
            { messageId: "addCatch", output: edited(start.code, 'ctx.reply("Welcome!")', 'ctx.reply("Welcome!").catch((error) => console.error(error))') },
          ],
        },
      ],
    },
  ],
});

const help = loop("commands/help.ts");

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("no-floating-promises: command objects registered with forEach (%s)", (_, tester) => {
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [{ ...loop("commands/unused.ts"), name: "imported, never put in the registered array" }, loop("main.ts")],
    invalid: [
      {
        ...help,
        name: "run(ctx) of an object in the array whose forEach calls it with a context",
        errors: [
          {
            messageId: "floating",
            line: 4,
            column: 5,
            endLine: 4,
            endColumn: 29,
            data: { call: "ctx.reply()", caller: "" },
            suggestions: [
              { messageId: "addAwait", output: edited(help.code, '    ctx.reply("Try /start.");', '    await ctx.reply("Try /start.");') },
              { messageId: "addCatch", output: edited(help.code, 'ctx.reply("Try /start.")', 'ctx.reply("Try /start.").catch((error) => console.error(error))') },
            ],
          },
        ],
      },
    ],
  });
});

// Issue #21: with type information, a file sees grammY values through what its program declares
// globally (`declare global { type LocalizedContext = Context & {...} }` in a global.d.ts), even when
// it imports nothing; a module augmentation of grammY keeps grammY's own members grammY's. Without
// types, a file that imports nothing stays out of reach (it is cheap, and says nothing of grammY).
// Lookalikes: a web framework's global context and a hand-written `Context` stay silent in both
// modes. Fixture: tests/fixtures/global-types/ (a project of its own, so that its globals and its
// augmentation stay out of the other fixtures' programs).

import { RuleTester } from "@typescript-eslint/rule-tester";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe } from "vitest";

import noFloatingPromises from "../../src/rules/no-floating-promises";
import { fixturesDir, tsTester } from "../utils/testers";
import { edited } from "./helpers";

const projectDir = path.join(fixturesDir, "global-types");
const typedTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: projectDir } },
});

const file = (name: string): { filename: string; code: string } => {
  const filename = path.join(projectDir, "src", name);
  return { filename, code: readFileSync(filename, "utf8") };
};
const hello = file("handlers/hello.ts");
const logs = file("handlers/logs.ts");
const routes = file("web/routes.ts");

const catchHandler = ".catch((error) => console.error(error))";

/** The report of the bare `ctx.reply("Sending the logs")` in logs.ts (both modes). */
const logsReply = {
  messageId: "floating" as const,
  line: 5,
  column: 3,
  endLine: 5,
  endColumn: 32,
  data: { call: "ctx.reply()", caller: "" },
  suggestions: [{ messageId: "addCatch" as const, output: edited(logs.code, 'ctx.reply("Sending the logs")', `ctx.reply("Sending the logs")${catchHandler}`) }],
};

describe("no-floating-promises: global types and module augmentation (#21)", () => {
  typedTester.run("typed", noFloatingPromises, {
    valid: [{ ...routes, name: "a global KoaContext and a hand-written Context, each with a reply of its own" }],
    invalid: [
      {
        ...hello,
        name: "a file that imports nothing, whose parameter has the global LocalizedContext (Context & {...})",
        errors: [
          {
            messageId: "floating",
            line: 3,
            column: 3,
            endLine: 3,
            endColumn: 50,
            data: { call: "ctx.replyWithPhoto()", caller: "" },
            suggestions: [
              {
                messageId: "addCatch",
                output: edited(hello.code, 'ctx.replyWithPhoto("https://example.org/a.png")', `ctx.replyWithPhoto("https://example.org/a.png")${catchHandler}`),
              },
            ],
          },
        ],
      },
      { ...logs, name: "grammY's Context with the project's augmentation: reply is grammY's, sendLogs is not", errors: [logsReply] },
    ],
  });

  tsTester.run("untyped", noFloatingPromises, {
    valid: [
      { ...routes, name: "the lookalikes" },
      { ...hello, name: "a global type is the checker's to see: without types the file imports nothing of grammY" },
    ],
    invalid: [{ ...logs, name: "grammY's Context, augmented", errors: [logsReply] }],
  });
});

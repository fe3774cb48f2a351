// Typed mode cannot silently fall behind untyped (issue #18). tests/fixtures/typed-vs-untyped/ is a
// small project with real grammY and hydrate declarations (from this repository's node_modules),
// linted as a user's ESLint would lint it with the plugin's `flat/recommended`: untyped, and with
// typescript-eslint's project service on the fixture's tsconfig.json. Each mode's reports are pinned
// (rule, file, line, column), and every untyped report must also be a typed one.

import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

import { plugin } from "../src/plugin";
import { fixturesDir } from "./utils/testers";

const projectDir = path.join(fixturesDir, "typed-vs-untyped");

interface Report {
  rule: string;
  file: string;
  line: number;
  column: number;
}

/** Every report of the project's files, in file, line and column order. */
async function lintProject(typed: boolean): Promise<Report[]> {
  const eslint = new ESLint({
    cwd: projectDir,
    overrideConfigFile: true,
    ignore: false,
    overrideConfig: [
      {
        files: ["**/*.ts"],
        languageOptions: {
          parser: tsParser,
          parserOptions: typed ? { projectService: true, tsconfigRootDir: projectDir } : {},
        },
      },
      plugin.configs["flat/recommended"] as Linter.Config,
    ],
  });
  const results = await eslint.lintFiles(["*.ts"]);
  return results
    .flatMap((result) =>
      result.messages.map((message) => ({
        rule: message.ruleId ?? "(parse)",
        file: path.relative(projectDir, result.filePath),
        line: message.line,
        column: message.column,
      })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

const floating = (file: string, line: number, column: number): Report => ({
  rule: "grammy-reliability/no-floating-promises",
  file,
  line,
  column,
});

/** What the imports, the scope and the project view show. */
const seenUntyped: Report[] = [
  floating("bot.ts", 14, 3), // ctx.reply() in a handler of the same file
  floating("jobs.ts", 7, 5), // greet.run(ctx): bot.ts hands it a context
  floating("status.ts", 5, 3), // the hydrated message's pin()
  floating("status.ts", 6, 3), // ctx.replyWithChatAction() on the project's MyContext
];

/** What only the types show. */
const seenOnlyTyped: Report[] = [
  floating("bot.ts", 19, 3), // editText() of the hydrated message a helper returns
  floating("jobs.ts", 14, 5), // a generic Job<Context>'s ctx, registered nowhere
  floating("registry.ts", 14, 5), // a bot kept in a Map<string, Bot<MyContext>>
];

describe("typed vs untyped on a project with grammY and hydrate installed", () => {
  let untyped: Report[] = [];
  let typed: Report[] = [];
  beforeAll(async () => {
    untyped = await lintProject(false);
    typed = await lintProject(true);
  });

  it("untyped: reports the floating grammY promises that syntax and the project view show", () => {
    expect(untyped).toEqual(seenUntyped);
  });

  it("typed: also reports those only the types show", () => {
    const expected = [...seenUntyped, ...seenOnlyTyped].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
    );
    expect(typed).toEqual(expected);
  });

  it("every untyped report is also a typed report", () => {
    const key = (report: Report): string => `${report.rule} ${report.file}:${report.line}:${report.column}`;
    const typedKeys = new Set(typed.map(key));
    expect(untyped.map(key).filter((report) => !typedKeys.has(report))).toEqual([]);
  });
});

import tsParser from "@typescript-eslint/parser";
import { RuleTester } from "@typescript-eslint/rule-tester";
import type { TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import * as espree from "espree";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { getGrammyModel, type GrammyModel } from "../../src/grammy";
import { fixturesDir } from "../utils/testers";

/** The multi-file fixture projects (`tests/fixtures/modules/`, one pattern per folder). */
export const modulesDir = path.join(fixturesDir, "modules");

/** Type-aware, through `tests/fixtures/modules/tsconfig.json`. */
export const typedModulesTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: modulesDir } },
});

/** A fixture file as a test case: its absolute path (imports resolve from it) and its text. */
export function fixture(file: string): { name: string; filename: string; code: string } {
  const filename = path.resolve(modulesDir, file);
  return { name: path.relative(modulesDir, filename), filename, code: readFileSync(filename, "utf8") };
}

/**
 * A temporary copy of `broken/` with the module that does not parse: that file is written here,
 * not kept among the fixtures, because the benchmark lints every fixture and wants them to parse.
 * Created once per test file, when first asked for.
 */
export function brokenProject(): string {
  if (brokenDir === undefined) {
    brokenDir = mkdtempSync(path.join(os.tmpdir(), "grammy-broken-"));
    cpSync(path.join(modulesDir, "broken"), brokenDir, { recursive: true });
    cpSync(path.join(modulesDir, "tsconfig.json"), path.join(brokenDir, "tsconfig.json"));
    writeFileSync(path.join(brokenDir, "package.json"), '{ "type": "module", "private": true }\n');
    writeFileSync(
      path.join(brokenDir, "syntax-error.ts"),
      'import { Bot } from "grammy";\n\nexport const bot = new Bot(process.env.BOT_TOKEN ?? "";\n\nexport function setupErrorHandling(bot: Bot) {\n  bot.catch(console.error);\n}\n',
    );
  }
  return brokenDir;
}
let brokenDir: string | undefined;

/**
 * A small project in a fresh temporary folder (its real path): file path -> text, an object being
 * written as JSON. `removeTempProjects()` deletes them all.
 */
export function tempProject(files: Record<string, string | object>): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "grammy-project-")));
  tempProjects.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}
const tempProjects: string[] = [];

export function removeTempProjects(): void {
  for (const dir of tempProjects.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Type-aware, for the temporary copy of `broken/` (grammY's types do not resolve there: `any`). */
export function typedBrokenTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: brokenProject() } },
  });
}

/** `code` with `find` (which must occur exactly once) replaced: a suggestion's expected output. */
export function edited(code: string, find: string, replacement: string): string {
  const index = code.indexOf(find);
  if (index < 0 || code.indexOf(find, index + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(find)}`);
  return code.slice(0, index) + replacement + code.slice(index + find.length);
}

/** The `.catch()` suggestion's output: `call` (which must occur once) ends in the logging handler. */
export function addCatch(code: string, call: string): string {
  return edited(code, call, `${call}.catch((error) => console.error(error))`);
}

/**
 * The report of `callText` (which must occur once in `code`, on one line) floating at
 * `line`/`column`: a project function or method that passes on the rejection of `carried`.
 * `awaited` is the `await` suggestion's output.
 */
export function floatingHelperReport(
  code: string,
  line: number,
  column: number,
  callText: string,
  call: string,
  carried: string,
  awaited: string,
): {
  messageId: "floatingHelper";
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  data: { call: string; carried: string };
  suggestions: [{ messageId: "addAwait"; output: string }, { messageId: "addCatch"; output: string }];
} {
  return {
    messageId: "floatingHelper",
    line,
    column,
    endLine: line,
    endColumn: column + callText.length,
    data: { call, carried },
    suggestions: [
      { messageId: "addAwait", output: awaited },
      { messageId: "addCatch", output: addCatch(code, callText) },
    ],
  };
}

/**
 * Lints a fixture file with a one-off rule that hands its grammY model to `ask` (as
 * `tests/utils/probe.ts` does for snippets), with the file's real path so that imports resolve.
 * `parser` replaces the default one (typescript-eslint's; espree for `.js`), e.g. to count parses.
 */
export function probeFile<T>(
  file: string,
  ask: (model: GrammyModel, program: TSESTree.Program) => T,
  options: { typed?: boolean; parser?: Linter.Parser } = {},
): T {
  const filename = path.resolve(modulesDir, file);
  const root = filename.startsWith(modulesDir) ? modulesDir : path.dirname(filename);
  const isJs = filename.endsWith(".js");
  let answer: { value: T } | undefined;
  const linter = new Linter({ configType: "flat", cwd: "/" });
  const languageOptions: Linter.LanguageOptions = isJs
    ? { parser: options.parser ?? espree, sourceType: "commonjs", ecmaVersion: "latest" }
    : {
        parser: options.parser ?? tsParser,
        sourceType: "module",
        parserOptions: options.typed ? { projectService: true, tsconfigRootDir: root } : {},
      };
  const messages = linter.verify(
    readFileSync(filename, "utf8"),
    [
      {
        files: ["**/*.ts", "**/*.js"],
        languageOptions,
        plugins: {
          probe: {
            rules: {
              probe: {
                create(context) {
                  return {
                    "Program:exit"(node: unknown) {
                      answer = { value: ask(getGrammyModel(context as never), node as TSESTree.Program) };
                    },
                  };
                },
              },
            },
          },
        },
        rules: { "probe/probe": "error" },
      },
    ],
    filename,
  );
  const fatal = messages.find((message) => message.fatal === true || message.ruleId === "probe/probe");
  if (fatal) throw new Error(`probe failed: ${fatal.message}`);
  if (!answer) throw new Error("probe rule did not run");
  return answer.value;
}

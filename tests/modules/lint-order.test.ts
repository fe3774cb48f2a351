// ESLint reads the files it lints concurrently, so the order in which one process lints the files
// of a project varies from run to run. The project view answers questions about other files with
// what it has seen so far (the parse of a linted file is reused for other files' questions), so
// this is where a verdict could come to depend on that order. Each project of
// tests/fixtures/modules/project-view/ is linted in two copies, in opposite orders, in one
// process: the reports must be the same.

import { ESLint, type Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { plugin } from "../../src/plugin";
import { modulesDir } from "./helpers";

const projectsDir = path.join(modulesDir, "project-view");
const scratch = mkdtempSync(path.join(os.tmpdir(), "grammy-lint-order-"));
afterAll(() => { rmSync(scratch, { recursive: true, force: true }); });

/** The project's source files, relative to it, in a fixed order. */
function sourcesOf(directory: string, prefix = ""): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const file = path.join(directory, name);
      if (statSync(file).isDirectory()) return sourcesOf(file, path.join(prefix, name));
      return /\.(?:[cm]?[jt]s)$/.test(name) ? [path.join(prefix, name)] : [];
    });
}

/** A fresh copy of a fixture project, so that no earlier lint of this process has seen it. */
function copyOf(project: string, label: string): string {
  const copy = path.join(scratch, `${project}-${label}`);
  cpSync(path.join(projectsDir, project), copy, { recursive: true });
  return copy;
}

function eslintFor(cwd: string): ESLint {
  const config: Linter.Config[] = [
    { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
    // As a user's config says it: ESLint then declares `require`, `module` and `exports` itself.
    { files: ["**/*.js", "**/*.cjs"], languageOptions: { sourceType: "commonjs" } },
    { files: ["**/*.mjs"], languageOptions: { sourceType: "module" } },
    { files: ["**/*.{js,cjs,mjs,ts,cts,mts}"], plugins: { "grammy-reliability": plugin as never }, rules: ruleEntries() },
  ];
  return new ESLint({ cwd, overrideConfigFile: true, ignore: false, overrideConfig: config });
}

function ruleEntries(): Linter.RulesRecord {
  return Object.fromEntries(Object.keys(plugin.rules).map((name) => [`grammy-reliability/${name}`, "error"]));
}

/** Every report of every file, linted one at a time in the given order, keyed by file. */
async function reportsInOrder(cwd: string, files: readonly string[]): Promise<Record<string, string[]>> {
  const eslint = eslintFor(cwd);
  const reports: Record<string, string[]> = {};
  for (const file of files) {
    const [result] = await eslint.lintFiles([path.join(cwd, file)]);
    reports[file] = (result?.messages ?? []).map((message) => `${message.line}:${message.column} ${message.ruleId ?? "(parse)"}`);
  }
  return reports;
}

describe("verdicts do not depend on the order files are linted in", () => {
  const projects = readdirSync(projectsDir).filter((name) => statSync(path.join(projectsDir, name)).isDirectory());

  it.each(projects)("%s", async (project) => {
    const files = sourcesOf(path.join(projectsDir, project));
    const forward = await reportsInOrder(copyOf(project, "forward"), files);
    const backward = await reportsInOrder(copyOf(project, "backward"), [...files].reverse());
    expect(backward).toEqual(forward);
  });

  // The shape that once depended on the order: a CommonJS module that ESLint lints (and whose
  // parse the view then reuses) registers a handler that another module exports. ESLint resolves
  // `require` to the global it declares for CommonJS; our own parse of a module leaves it undeclared.
  it("a handler registered by a CommonJS module linted before it", async () => {
    const alone = await reportsInOrder(copyOf("commonjs-chain", "alone"), ["handlers/welcome.js"]);
    const after = await reportsInOrder(copyOf("commonjs-chain", "after"), ["commands/welcome.js", "handlers/welcome.js"]);
    const floating = ["2:3 grammy-reliability/no-floating-promises"];
    expect(alone["handlers/welcome.js"]).toEqual(floating);
    expect(after["handlers/welcome.js"]).toEqual(floating);
  });
});

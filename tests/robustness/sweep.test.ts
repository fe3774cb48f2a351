import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

import { ciSlice, listSourceFiles, type FileResult } from "../../scripts/sweep.mjs";
import { sweeper } from "./harness";

// The CI slice of the crash sweep (`npm run sweep:ci` runs the same slice on the built package):
// grammy's and @grammyjs/*'s own files, typescript's smaller lib .d.ts files and a fixed sample of
// the rest of node_modules, linted with every rule and the recogniser probe on. `npm run sweep`
// lints all of node_modules on demand.

const nodeModules = path.join(__dirname, "..", "..", "node_modules");

describe("crash sweep, CI slice (in-process, TypeScript sources)", () => {
  const files = ciSlice(listSourceFiles(nodeModules));
  let results: FileResult[] = [];
  beforeAll(() => {
    results = files.map((file) => sweeper.lintFile(file, readFileSync(path.join(nodeModules, file), "utf8"), path.join(nodeModules, file)));
  }, 300_000);

  it("covers grammy, @grammyjs/*, typescript's lib and a sample of the rest", () => {
    expect(files.filter((file) => file.startsWith("grammy/")).length).toBeGreaterThan(20);
    expect(files.filter((file) => file.startsWith("@grammyjs/")).length).toBeGreaterThan(20);
    expect(files.filter((file) => file.startsWith("typescript/lib/lib.")).length).toBeGreaterThan(50);
    expect(files.filter((file) => !/^(?:grammy|@grammyjs|typescript)\//.test(file)).length).toBeGreaterThan(100);
  });

  it("parses (nearly) every file, so that the rules actually ran", () => {
    const unparsed = results.filter((result) => result.language === undefined).map((result) => `${result.file}: ${result.parseError ?? result.coreError ?? "?"}`);
    expect(unparsed.length, unparsed.join("\n")).toBeLessThanOrEqual(results.length / 50);
  });

  it("no rule (and not the recogniser) throws on any file", () => {
    expect(results.flatMap((result) => result.exceptions.map((exception) => `${result.file}${exception.line ? `:${exception.line}` : ""}: ${exception.ruleId ?? "(ESLint)"}: ${exception.message}\n${exception.stack}`))).toEqual([]);
  });

  it("every fix and suggestion offered on these files is sound", () => {
    expect(results.flatMap((result) => result.editProblems.map((problem) => `${result.file}:${problem.line}:${problem.column} ${problem.ruleId} ${problem.edit}: ${problem.kind}: ${problem.detail}`))).toEqual([]);
  });

  it("reports nothing in files that never mention grammY (the sweep's marker only wakes the rules up)", () => {
    expect(results.filter((result) => result.category === "marked").flatMap((result) => result.reports.map((report) => `${result.file}:${report.line}:${report.column} ${report.ruleId}: ${report.message}`))).toEqual([]);
  });
});

describe("crash sweep, control group (the example bots)", () => {
  // The same sweeper on examples/: the broken bots must be reported, or the sweep's zeros above
  // would mean nothing.
  const examples = path.join(__dirname, "..", "..", "examples");
  const files = readdirSync(examples).filter((file) => /\.[cm]?[jt]sx?$/.test(file)).sort();

  it.each(files)("%s", (file) => {
    const result = sweeper.lintFile(`examples/${file}`, readFileSync(path.join(examples, file), "utf8"), path.join(examples, file));
    expect(result.language).toBeDefined();
    expect(result.exceptions.map((exception) => `${exception.ruleId ?? "(ESLint)"}: ${exception.message}`)).toEqual([]);
    expect(result.editProblems.map((problem) => `${problem.line}:${problem.column} ${problem.ruleId} ${problem.edit}: ${problem.kind}: ${problem.detail}`)).toEqual([]);
    if (file.startsWith("broken-")) expect(result.reports.length).toBeGreaterThan(0);
  });
});

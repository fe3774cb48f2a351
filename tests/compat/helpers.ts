// Shared by the compatibility tests: temporary projects made of the fixture bots, the BUILT plugin
// installed into them as npm would (its package.json "files"), and real tools run as processes.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";

import { filesOf } from "../../eval/corpus-files.mjs";

export const root = path.join(__dirname, "..", "..");
export const fixturesDir = path.join(root, "tests", "fixtures", "compat");
export const packageJson = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  name: string;
  version: string;
  files: string[];
  dependencies?: Record<string, string>;
};

/** An executable of this repository's devDependencies (`node_modules/.bin/<name>`). */
export function bin(name: string): string {
  return path.join(root, "node_modules", ".bin", name);
}

/**
 * Tools whose npm packages ship one binary package per platform (oxlint, deno). The registry CI
 * reaches carries only linux-x64's, so no lockfile can list them all and `npm ci` would refuse
 * the project: they stay out of devDependencies and are installed here on first use, pinned, into
 * `.tools/` (`npm install` skips the platform packages it cannot have).
 */
const pinnedTools = { oxlint: "1.94.0", deno: "2.9.6" } as const;

export async function toolBin(name: keyof typeof pinnedTools): Promise<string> {
  const version = pinnedTools[name];
  const prefix = path.join(root, ".tools", `${name}-${version}`);
  const executable = path.join(prefix, "node_modules", ".bin", name);
  if (!existsSync(executable)) {
    mkdirSync(prefix, { recursive: true });
    writeFileSync(path.join(prefix, "package.json"), JSON.stringify({ private: true }));
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const args = ["install", "--no-audit", "--no-fund", "--prefer-offline", `${name}@${version}`];
    const result = await run(npm, args, { cwd: prefix, timeoutMs: 300_000 });
    if (result.status !== 0 || !existsSync(executable)) {
      throw new Error(`installing ${name}@${version} failed:\n${result.stderr}`);
    }
  }
  return executable;
}

/** The CLI script of an ESLint major installed here: `eslint-v8`, `eslint-v9` or `eslint` (10). */
export function eslintCli(packageName: "eslint-v8" | "eslint-v9" | "eslint"): string {
  return path.join(root, "node_modules", packageName, "bin", "eslint.js");
}

const projects: string[] = [];

/**
 * A fresh project in the system's temporary directory: the given fixture folders copied in
 * (`bots`, `deno`, `typed`) and the given files written. Removed by `removeProjects()`.
 */
export function createProject(name: string, options: { fixtures?: readonly string[]; files?: Record<string, string> } = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `grammy-compat-${name}-`));
  projects.push(dir);
  for (const folder of options.fixtures ?? []) {
    cpSync(path.join(fixturesDir, folder), path.join(dir, folder), { recursive: true });
  }
  for (const [file, text] of Object.entries(options.files ?? {})) writeFile(dir, file, text);
  return dir;
}

export function removeProjects(): void {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function writeFile(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/**
 * Installs the built plugin into `dir/node_modules` as `npm install` of the packed tarball lays it
 * out: package.json plus the "files" (dist, docs, README), copied, so that the project sees the
 * package exactly as published (and may edit its copy, e.g. its version); and beside it its runtime
 * dependencies (docs/resolution.md), copied from this repository's node_modules, hoisted as npm
 * does. The install test checks the same against the packed tarball and the registry.
 */
export function installBuiltPlugin(dir: string): string {
  const target = path.join(dir, "node_modules", packageJson.name);
  mkdirSync(target, { recursive: true });
  cpSync(path.join(root, "package.json"), path.join(target, "package.json"));
  for (const entry of packageJson.files) {
    const from = path.join(root, entry);
    try {
      cpSync(from, path.join(target, entry), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error; // e.g. no LICENSE yet
    }
  }
  const pending = Object.keys(packageJson.dependencies ?? {});
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const installed = path.join(dir, "node_modules", name);
    if (existsSync(installed)) continue;
    const from = path.join(root, "node_modules", name);
    cpSync(from, installed, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(from, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    pending.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return target;
}

/** Makes one of this repository's installed packages resolvable from `dir` (a symlink). */
export function linkPackage(dir: string, name: string, installedAs: string = name): void {
  const link = path.join(dir, "node_modules", name);
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(path.join(root, "node_modules", installedAs), link, "dir");
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to its end (never throws for a non-zero exit) and returns what it printed. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined>; timeoutMs?: number },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Runs `node <script> ...args`. */
export function runNode(script: string, args: readonly string[], options: Parameters<typeof run>[2]): Promise<Run> {
  return run(process.execPath, [script, ...args], options);
}

// ---------------------------------------------------------------------------------------------
// Findings: "file line:column-endLine:endColumn rule", comparable across tools

export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** One finding as a line of text: `bots/bot.ts 8:3-8:24 grammy-reliability/no-floating-promises`. */
export function finding(file: string, span: Span, ruleId: string): string {
  return `${file.split(path.sep).join("/")} ${span.line}:${span.column}-${span.endLine}:${span.endColumn} ${ruleId}`;
}

/** Sorted by file, then position, then rule, so that lists compare independent of tool order. */
export function sortFindings(findings: readonly string[]): string[] {
  const key = (text: string): [string, number, number, string] => {
    const match = /^(\S+) (\d+):(\d+)-\S+ (.*)$/.exec(text);
    return match ? [match[1] ?? "", Number(match[2]), Number(match[3]), match[4] ?? ""] : [text, 0, 0, ""];
  };
  return [...findings].sort((a, b) => {
    const [fileA, lineA, columnA, ruleA] = key(a);
    const [fileB, lineB, columnB, ruleB] = key(b);
    return fileA.localeCompare(fileB) || lineA - lineB || columnA - columnB || ruleA.localeCompare(ruleB);
  });
}

/** ESLint's results (Node API or `--format json`) as findings, paths relative to `cwd`. */
export function eslintFindings(
  results: readonly {
    filePath: string;
    messages: readonly { ruleId: string | null; line: number; column: number; endLine?: number; endColumn?: number; message: string }[];
  }[],
  cwd: string,
): string[] {
  const findings: string[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      const span = { line: message.line, column: message.column, endLine: message.endLine ?? 0, endColumn: message.endColumn ?? 0 };
      findings.push(finding(path.relative(cwd, result.filePath), span, message.ruleId ?? `(fatal) ${message.message}`));
    }
  }
  return sortFindings(findings);
}

/** A 1-based line and column (UTF-16 code units, as ESLint counts) for an offset into `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|[\r\n\u2028\u2029]/);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** A span from offsets into `text`. */
export function spanOf(text: string, start: number, end: number): Span {
  const from = positionAt(text, start);
  const to = positionAt(text, end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** The same findings under another plugin namespace (`grammy-reliability/x` -> `grammy/x`). */
export function renamed(findings: readonly string[], namespace: string): string[] {
  return findings.map((text) => text.replace(" grammy-reliability/", ` ${namespace}/`));
}

/** The findings of some files only: those whose path starts with one of the prefixes. */
export function only(findings: readonly string[], ...prefixes: readonly string[]): string[] {
  return findings.filter((text) => prefixes.some((prefix) => text.startsWith(prefix)));
}

// ---------------------------------------------------------------------------------------------
// The rule pages' code examples, as files

/** The ❌ and ✅ code examples of docs/rules/*.md that are linted with default options. */
export function docsExamples(): { file: string; code: string }[] {
  const docsDir = path.join(root, "docs", "rules");
  const examples: { file: string; code: string }[] = [];
  for (const page of readdirSync(docsDir).filter((file) => file.endsWith(".md"))) {
    const lines = readFileSync(path.join(docsDir, page), "utf8").split("\n");
    let verdict = false;
    let options = false;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? "";
      if (line.startsWith("#")) {
        verdict = line.includes("❌") || line.includes("✅");
        options = false;
        continue;
      }
      if (line.startsWith("<!-- options:")) options = true;
      const fence = /^```(ts|js)$/.exec(line);
      if (!fence) continue;
      let end = index + 1;
      while (end < lines.length && lines[end] !== "```") end++;
      if (verdict && !options) {
        const code = `${lines.slice(index + 1, end).join("\n")}\n`;
        // As tests/docs.test.ts parses them: JavaScript with `require(` is CommonJS.
        const extension = fence[1] === "ts" ? "ts" : /\brequire\(/.test(code) ? "cjs" : "js";
        examples.push({ file: `docs-examples/${page.replace(/\.md$/, "")}-${String(index + 2)}.${extension}`, code });
      }
      index = end;
    }
  }
  return examples;
}

/** Writes `docsExamples()` into `dir` and returns their relative paths. */
export function writeDocsExamples(dir: string): string[] {
  return docsExamples().map(({ file, code }) => {
    writeFile(dir, file, code);
    return file;
  });
}

// ---------------------------------------------------------------------------------------------
// ESLint 10 as the reference the other tools are compared with

/**
 * ESLint 10 with the built plugin's flat/recommended: TypeScript through typescript-eslint's parser
 * (no types), the Node bots' .js as CommonJS, other .js as ES modules, .cjs as CommonJS.
 */
export function referenceEslint(dir: string, options: { fix?: boolean } = {}): ESLint {
  const builtPlugin = createRequire(__filename)(root) as { configs: { "flat/recommended": Linter.Config } };
  return new ESLint({
    cwd: dir,
    fix: options.fix ?? false,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
      { files: ["bots/**/*.js"], languageOptions: { sourceType: "commonjs" } },
      builtPlugin.configs["flat/recommended"],
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// The README's snippets, so that what users copy is what the tests run

/** The code blocks (language and text) of the README section whose `### ` heading starts so. */
export function readmeBlocks(heading: string): { language: string; code: string }[] {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const start = readme.indexOf(`\n### ${heading}`);
  if (start < 0) throw new Error(`README has no section "${heading}"`);
  const rest = readme.slice(start + 1);
  const next = rest.slice(1).search(/\n##/);
  const section = next < 0 ? rest : rest.slice(0, next + 1);
  return [...section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((match) => ({ language: match[1] ?? "", code: match[2] ?? "" }));
}

// ---------------------------------------------------------------------------------------------
// Source files to compare the deno adapter's parts with typescript-eslint's on

/** Every .ts file of tests/fixtures/ and examples/. */
export function fixtureAndExampleFiles(): string[] {
  return [path.join(root, "tests", "fixtures"), path.join(root, "examples")]
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)))
    .filter((file) => file.endsWith(".ts"))
    .sort();
}

/**
 * The .ts and .js files of the dev corpus's Deno repositories (eval/labels/*.json with
 * `"runtime": "deno"`) that are checked out under .eval/, as the accuracy harness lists them. None
 * where .eval/ is absent, as in CI.
 */
export function denoCorpusFiles(): string[] {
  const labelsDir = path.join(root, "eval", "labels");
  const files: string[] = [];
  for (const labelFile of readdirSync(labelsDir).filter((file) => file.endsWith(".json")).sort()) {
    const labels = JSON.parse(readFileSync(path.join(labelsDir, labelFile), "utf8")) as { runtime?: string; include?: string[]; exclude?: string[] };
    const dir = path.join(root, ".eval", labelFile.replace(/\.json$/, ""));
    if (labels.runtime !== "deno" || !existsSync(dir)) continue;
    files.push(...filesOf(dir, labels).filter((file) => /\.[cm]?[jt]s$/.test(file)));
  }
  return files;
}

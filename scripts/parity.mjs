// Parity of the `./deno` entry with ESLint: the same files linted by ESLint (typescript-eslint's
// parser, flat/recommended) and by `deno lint` with the built plugin must give the same reports,
// compared as `file line:column rule message`. On the Deno repositories of the dev corpus that are
// checked out under .eval/ (eval/labels/*.json with "runtime": "deno"); tests/compat/deno-parity.test.ts
// runs the same comparison on the Deno fixtures.
//
//   npm run parity                 prints the summary and every difference
//   npm run parity -- --write      also writes docs/deno-parity.md
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { filesOf } from "../eval/corpus-files.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const load = createRequire(path.join(root, "package.json"));
const denoBin = path.join(root, ".tools", "deno-2.9.6", "node_modules", ".bin", "deno");

/** A 1-based line and column (UTF-16 code units, as ESLint counts) for an offset into `text`. */
function positionAt(text, offset) {
  const before = text.slice(0, offset).split(/\r\n|[\r\n\u2028\u2029]/);
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

/** ESLint's reports on `files` (absolute paths) of the project in `dir`. */
async function eslintReports(dir, files) {
  const { ESLint } = load("eslint");
  const tsParser = load("@typescript-eslint/parser");
  const plugin = load(root);
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ["**/*.ts", "**/*.mts", "**/*.cts"], languageOptions: { parser: tsParser } }, plugin.configs["flat/recommended"]],
  });
  const reports = [];
  const fatal = [];
  for (const result of await eslint.lintFiles(files)) {
    for (const message of result.messages) {
      if (!message.ruleId) fatal.push(`${realpathSync(result.filePath)}: ${message.message}`);
      else reports.push(`${realpathSync(result.filePath)} ${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
  }
  return { reports, fatal };
}

/** `deno lint`'s reports of the plugin on `files`, with no other rule. */
function denoReports(dir, files) {
  const temp = mkdtempSync(path.join(os.tmpdir(), "grammy-parity-"));
  try {
    writeFileSync(
      path.join(temp, "plugin.mjs"),
      `import { createRequire } from "node:module";\nexport default createRequire(import.meta.url)(${JSON.stringify(path.join(root, "dist", "deno.js"))});\n`,
    );
    writeFileSync(path.join(temp, "deno.json"), JSON.stringify({ lint: { plugins: ["./plugin.mjs"], rules: { tags: [] } } }));
    const result = spawnSync(denoBin, ["lint", "--json", "--config", path.join(temp, "deno.json"), ...files], {
      cwd: dir,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, DENO_DIR: path.join(temp, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1", NO_COLOR: "1" },
    });
    const output = JSON.parse(result.stdout || "{}");
    const reports = (output.diagnostics ?? [])
      .filter((diagnostic) => diagnostic.code.startsWith("grammy-reliability/"))
      .map((diagnostic) => {
        const file = realpathSync(fileURLToPath(diagnostic.filename));
        const start = Buffer.from(readFileSync(file, "utf8"), "utf8").subarray(0, diagnostic.range.start.bytePos).toString("utf8").length;
        return `${file} ${positionAt(readFileSync(file, "utf8"), start)} ${diagnostic.code} ${diagnostic.message}`;
      });
    const errors = (output.errors ?? []).map((error) => `${error.file_path}: ${error.message.split("\n")[0]}`);
    return { reports, errors };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Lints each project's files with both and compares. Returns the counts and the differences
 * (`- ` only ESLint, `+ ` only deno lint), paths relative to the repository.
 */
export async function compareParity(projects) {
  let fileCount = 0;
  let reportCount = 0;
  const differences = [];
  const problems = [];
  for (const { dir, files } of projects) {
    if (files.length === 0) continue;
    fileCount += files.length;
    const eslint = await eslintReports(dir, files);
    const deno = denoReports(dir, files);
    problems.push(...eslint.fatal.map((text) => `ESLint: ${text}`), ...deno.errors.map((text) => `deno lint: ${text}`));
    const theirs = eslint.reports.sort();
    const ours = deno.reports.sort();
    reportCount += theirs.length;
    const evalDir = path.join(root, ".eval");
    const realEval = existsSync(evalDir) ? realpathSync(evalDir) : evalDir;
    const relative = (text) => (text.startsWith(realEval) ? `.eval${text.slice(realEval.length)}` : path.relative(realpathSync(root), text));
    for (const report of theirs) if (!ours.includes(report)) differences.push(`- ${relative(report)}`);
    for (const report of ours) if (!theirs.includes(report)) differences.push(`+ ${relative(report)}`);
  }
  return { files: fileCount, reports: reportCount, differences, problems };
}

/** The Deno repositories of the dev corpus under .eval/, with their linted files. */
export function denoCorpusProjects() {
  const labelsDir = path.join(root, "eval", "labels");
  const projects = [];
  for (const labelFile of readdirSync(labelsDir).filter((file) => file.endsWith(".json")).sort()) {
    const labels = JSON.parse(readFileSync(path.join(labelsDir, labelFile), "utf8"));
    const dir = path.join(root, ".eval", labelFile.replace(/\.json$/, ""));
    if (labels.runtime === "deno" && existsSync(dir)) projects.push({ dir, files: filesOf(dir, labels).filter((file) => /\.[cm]?[jt]s$/.test(file)) });
  }
  return projects;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const projects = denoCorpusProjects();
  const result = await compareParity(projects);
  const agreeing = result.reports - result.differences.filter((line) => line.startsWith("- ")).length;
  const summary =
    `${projects.length} Deno repositories, ${result.files} files: ESLint ${result.reports} reports, ` +
    `${agreeing} of them reported identically by deno lint (rule, line, column, message); ${result.differences.length} differences.`;
  console.log(summary);
  for (const line of [...result.differences, ...result.problems]) console.log(line);
  if (process.argv.includes("--write")) {
    const md = [
      "# deno lint parity on the dev corpus",
      "",
      "<!-- Generated by `npm run parity -- --write` (scripts/parity.mjs). Do not edit by hand. -->",
      "",
      "The Deno repositories of the dev corpus (eval/labels, `\"runtime\": \"deno\"`), linted by ESLint",
      "(typescript-eslint's parser, `flat/recommended`) and by `deno lint` 2.9.6 with the `./deno` entry;",
      "reports compared as file, line, column, rule and message.",
      "",
      summary,
      "",
      ...(result.differences.length > 0 ? ["```diff", ...result.differences, "```", ""] : []),
      ...(result.problems.length > 0 ? ["Problems:", "", ...result.problems.map((text) => `- ${text}`), ""] : []),
    ];
    writeFileSync(path.join(root, "docs", "deno-parity.md"), md.join("\n"));
  }
  process.exitCode = result.differences.length > 0 ? 1 : 0;
}

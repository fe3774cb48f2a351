#!/usr/bin/env node
// The dev corpus harness (eval/README.md): lints each labelled real bot with the BUILT plugin's
// recommended config, untyped, and scores every rule against the labels. Writes docs/accuracy.md
// when it runs on the whole corpus.
//
//   node eval/run.mjs                 all repos, writes docs/accuracy.md
//   node eval/run.mjs --repo o/n      one repo, prints every disagreement, writes nothing
//   node eval/run.mjs --verbose       all repos, prints every disagreement
//   node eval/run.mjs --json FILE     also writes the raw results
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const labelsDir = path.join(root, "eval", "labels");
const workDir = path.join(root, ".eval");
const mirrors = process.env.GRAMMY_EVAL_MIRRORS ?? "/work/.mirror";

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const onlyRepo = option("--repo");
// `--plugin DIR`: another build of the plugin (a checkout's dist/), to measure before and after.
const pluginDir = path.resolve(option("--plugin") ?? path.join(root, "dist"));
const { default: plugin } = await import(pathToFileURL(path.join(pluginDir, "index.js")).href);
const ruleNames = Object.keys(plugin.rules).sort();
const verbose = flag("--verbose") || onlyRepo !== undefined;

const sourceFile = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const skippedFolders = new Set(["node_modules", ".git", "dist", "build", "out", "coverage", ".next", "vendor"]);

/** Every label file, as parsed JSON, sorted by repo. */
function readLabels() {
  return readdirSync(labelsDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => JSON.parse(readFileSync(path.join(labelsDir, file), "utf8")))
    .sort((a, b) => a.repo.localeCompare(b.repo));
}

/** The repo's tree at the pinned commit, extracted once into .eval/. */
function checkout(labels) {
  const gitDir = path.join(mirrors, labels.repo.replace("/", "+"), "repo");
  if (!existsSync(gitDir)) return undefined;
  const dir = path.join(workDir, labels.repo.replace("/", "__"));
  const stamp = path.join(dir, ".eval-commit");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === labels.commit) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Only what linting reads: sources and the manifests that say how they resolve. A snapshot may
  // lack large binary files (images, videos), so the tree is not archived whole.
  const wanted = /\.(?:[cm]?[jt]sx?|json|jsonc|ya?ml)$/;
  const git = (gitArgs, input) =>
    execFileSync("git", ["--git-dir", gitDir, ...gitArgs], { input, maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "pipe"] });
  let entries;
  try {
    entries = git(["ls-tree", "-r", "--full-tree", labels.commit])
      .toString("utf8")
      .split("\n")
      .map((line) => /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line))
      .filter((match) => match && wanted.test(match[2]) && !match[2].split("/").includes("node_modules"))
      .map((match) => ({ sha: match[1], file: match[2] }));
  } catch (error) {
    console.error(`${labels.repo}: cannot list ${labels.commit}: ${String(error.stderr ?? error).split("\n")[0]}`);
    return undefined;
  }
  const batch = git(["cat-file", "--batch"], entries.map((entry) => entry.sha).join("\n") + "\n");
  let offset = 0;
  for (const entry of entries) {
    const headerEnd = batch.indexOf(10, offset);
    const header = batch.subarray(offset, headerEnd).toString("utf8");
    offset = headerEnd + 1;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!size) continue; // "missing": the snapshot lacks it
    const content = batch.subarray(offset, offset + Number(size[1]));
    offset += Number(size[1]) + 1;
    const target = path.join(dir, entry.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  writeFileSync(stamp, labels.commit);
  return dir;
}

function filesOf(dir, labels) {
  const excluded = new Set((labels.exclude ?? []).map((folder) => path.join(dir, folder)));
  const files = [];
  const walk = (folder) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (excluded.has(full)) continue;
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) walk(full);
      } else if (entry.isFile() && sourceFile.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) {
        if (statSync(full).size < 1_000_000) files.push(full);
      }
    }
  };
  for (const folder of labels.include ?? ["."]) walk(path.join(dir, folder));
  return files.sort();
}

/** CommonJS or ES module, the way Node decides for a .js file: the nearest package.json's type. */
function sourceTypeOf(file, dir) {
  if (file.endsWith(".cjs") || file.endsWith(".cts")) return "commonjs";
  if (file.endsWith(".mjs") || file.endsWith(".mts") || /\.tsx?$/.test(file)) return "module";
  for (let folder = path.dirname(file); folder.startsWith(dir); folder = path.dirname(folder)) {
    const manifest = path.join(folder, "package.json");
    if (existsSync(manifest)) {
      try {
        return JSON.parse(readFileSync(manifest, "utf8")).type === "module" ? "module" : "commonjs";
      } catch {
        return "commonjs";
      }
    }
  }
  return "commonjs";
}

/** Lints the files; a crash of a rule is caught per file and counted, never fatal. */
async function lint(dir, files) {
  const reports = [];
  const crashes = [];
  const byType = { commonjs: [], module: [] };
  for (const file of files) byType[sourceTypeOf(file, dir)].push(file);
  for (const [sourceType, group] of Object.entries(byType)) {
    if (group.length === 0) continue;
    const scoped = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      ignore: false,
      overrideConfig: [
        {
          files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"],
          languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        },
        {
          files: ["**/*.js", "**/*.jsx", "**/*.cjs", "**/*.mjs"],
          languageOptions: { sourceType, parserOptions: { ecmaFeatures: { jsx: true } } },
        },
        plugin.configs["flat/recommended"],
        { linterOptions: { reportUnusedDisableDirectives: "off", noInlineConfig: true } },
      ],
    });
    let results;
    try {
      results = await scoped.lintFiles(group);
    } catch {
      results = [];
      for (const file of group) {
        try {
          results.push(...(await scoped.lintFiles([file])));
        } catch (error) {
          crashes.push({ file: path.relative(dir, file), error: String(error?.message ?? error).split("\n")[0] });
        }
      }
    }
    for (const result of results) {
      for (const message of result.messages) {
        const file = path.relative(dir, result.filePath).split(path.sep).join("/");
        if (message.ruleId === null) {
          reports.push({ rule: "(parse)", file, line: message.line, column: message.column, message: message.message });
          continue;
        }
        const rule = message.ruleId.replace(/^grammy-reliability\//, "");
        reports.push({ rule, file, line: message.line, column: message.column, message: message.message });
      }
    }
  }
  return { reports, crashes };
}

function score(labels, reports) {
  const key = (entry) => `${entry.rule}|${entry.file}|${entry.line}`;
  const expected = new Map();
  for (const entry of labels.report ?? []) {
    const k = key(entry);
    const previous = expected.get(k);
    expected.set(k, { entry, count: (previous?.count ?? 0) + (entry.count ?? 1) });
  }
  const found = new Map();
  for (const report of reports) {
    if (report.rule === "(parse)") continue;
    const k = key(report);
    const previous = found.get(k);
    found.set(k, { report, count: (previous?.count ?? 0) + 1 });
  }
  const perRule = Object.fromEntries(ruleNames.map((rule) => [rule, { tp: 0, fp: 0, fn: 0, silent: 0, silentKept: 0 }]));
  for (const entry of labels.silent ?? []) {
    const stats = perRule[entry.rule];
    if (!stats) continue;
    stats.silent += 1;
    if (!found.has(key(entry))) stats.silentKept += 1;
  }
  const falsePositives = [];
  const falseNegatives = [];
  for (const [k, { entry, count }] of expected) {
    const hit = Math.min(count, found.get(k)?.count ?? 0);
    const stats = (perRule[entry.rule] ??= { tp: 0, fp: 0, fn: 0 });
    stats.tp += hit;
    stats.fn += count - hit;
    if (count > hit) falseNegatives.push({ ...entry, missed: count - hit });
  }
  for (const [k, { report, count }] of found) {
    const extra = count - Math.min(count, expected.get(k)?.count ?? 0);
    if (extra === 0) continue;
    const stats = (perRule[report.rule] ??= { tp: 0, fp: 0, fn: 0 });
    stats.fp += extra;
    const silent = (labels.silent ?? []).find((entry) => key(entry) === k);
    falsePositives.push({ ...report, extra, labelledSilent: silent !== undefined });
  }
  return { perRule, falsePositives, falseNegatives };
}

const ratio = (a, b) => (b === 0 ? "—" : (a / b).toFixed(2));
const precisionOf = (s) => ratio(s.tp, s.tp + s.fp);
const recallOf = (s) => ratio(s.tp, s.tp + s.fn);

const allLabels = readLabels().filter((labels) => onlyRepo === undefined || labels.repo === onlyRepo);
if (allLabels.length === 0) {
  console.error(onlyRepo ? `no labels for ${onlyRepo}` : "no labels in eval/labels");
  process.exit(2);
}
const results = [];
const missing = [];
for (const labels of allLabels) {
  const dir = checkout(labels);
  if (dir === undefined) {
    missing.push(labels.repo);
    continue;
  }
  const files = filesOf(dir, labels);
  const { reports, crashes } = await lint(dir, files);
  const scored = score(labels, reports);
  const parseErrors = reports.filter((report) => report.rule === "(parse)");
  results.push({ labels, files: files.length, crashes, parseErrors, ...scored });
  const line = ruleNames
    .map((rule) => {
      const s = scored.perRule[rule];
      return s.tp + s.fp + s.fn === 0 ? undefined : `${rule} ${s.tp}/${s.tp + s.fn} fp ${s.fp}`;
    })
    .filter(Boolean)
    .join("; ");
  console.log(`${labels.repo} (${files.length} files${crashes.length ? `, ${crashes.length} CRASHES` : ""}): ${line || "no labels, no reports"}`);
  if (verbose) {
    for (const fn of scored.falseNegatives)
      console.log(`    missed   ${fn.rule} ${fn.file}:${fn.line} [${fn.shape ?? "?"}] ${fn.note ?? ""}`);
    for (const fp of scored.falsePositives)
      console.log(
        `    extra    ${fp.rule} ${fp.file}:${fp.line}:${fp.column}${fp.labelledSilent ? " (labelled silent)" : ""} ${fp.message}`,
      );
    for (const crash of crashes) console.log(`    CRASH    ${crash.file}: ${crash.error}`);
    for (const error of parseErrors) console.log(`    parse    ${error.file}:${error.line} ${error.message}`);
  }
}
if (missing.length > 0) console.log(`\nskipped (no mirror): ${missing.join(", ")}`);

const totals = Object.fromEntries(ruleNames.map((rule) => [rule, { tp: 0, fp: 0, fn: 0, silent: 0, silentKept: 0 }]));
const missedShapes = new Map();
for (const result of results) {
  for (const rule of ruleNames) {
    for (const k of ["tp", "fp", "fn", "silent", "silentKept"]) totals[rule][k] += result.perRule[rule][k];
  }
  for (const fn of result.falseNegatives) {
    const k = `${fn.rule}: ${fn.shape ?? "?"}`;
    missedShapes.set(k, (missedShapes.get(k) ?? 0) + fn.missed);
  }
}
const crashCount = results.reduce((sum, result) => sum + result.crashes.length, 0);
console.log("\nrule                          precision  recall   tp   fp   fn");
for (const rule of ruleNames) {
  const s = totals[rule];
  console.log(
    `${rule.padEnd(30)}${precisionOf(s).padStart(9)}${recallOf(s).padStart(8)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}`,
  );
}
console.log(`crashes: ${crashCount}`);
if (missedShapes.size > 0) {
  console.log("\nmissed, by shape:");
  for (const [shape, count] of [...missedShapes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${shape}`);
}

const jsonOut = option("--json");
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ totals, results }, null, 2));

if (onlyRepo === undefined && !flag("--no-write")) {
  writeFileSync(path.join(root, "docs", "accuracy.md"), accuracyPage());
  console.log("\nwrote docs/accuracy.md");
}

function accuracyPage() {
  const lines = [
    "# Accuracy on real bots",
    "",
    "<!-- Generated by `npm run eval` (eval/run.mjs) from the labels in eval/labels/. Do not edit. -->",
    "",
    `The dev corpus is ${results.length} public grammY projects, each pinned at a commit and labelled by`,
    "reading its code: every place a rule must report, and lookalikes where it must stay silent",
    "(eval/README.md). The plugin's `recommended` config runs on each, untyped, as a user's ESLint",
    "would. A report that is not labelled counts as a false positive; a label without a report counts",
    "as a miss. No corpus code is kept in this repository, only the labels.",
    "",
    "## Per rule",
    "",
    "| rule | precision | recall | found | false reports | missed | lookalikes kept silent |",
    "| :-- | --: | --: | --: | --: | --: | --: |",
    ...ruleNames.map((rule) => {
      const s = totals[rule];
      return `| ${rule} | ${precisionOf(s)} | ${recallOf(s)} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.silentKept}/${s.silent} |`;
    }),
    "",
    "A rule with no place to report in the corpus has no recall (—); its lookalikes still count.",
    "",
    `Rule crashes: ${crashCount}.` + (missing.length ? ` Skipped (no local mirror): ${missing.join(", ")}.` : ""),
    "",
    "## Per repository",
    "",
    "Each cell is found/labelled, then false reports.",
    "",
    `| repository | commit | runtime | language | files | ${ruleNames.join(" | ")} |`,
    `| :-- | :-- | :-- | :-- | --: | ${ruleNames.map(() => ":--").join(" | ")} |`,
    ...results.map((result) => {
      const cells = ruleNames.map((rule) => {
        const s = result.perRule[rule];
        return s.tp + s.fp + s.fn === 0 ? "·" : `${s.tp}/${s.tp + s.fn}${s.fp ? `, ${s.fp} fp` : ""}`;
      });
      const { repo, commit, runtime, language } = result.labels;
      return `| ${repo} | ${commit.slice(0, 10)} | ${runtime} | ${language} | ${result.files} | ${cells.join(" | ")} |`;
    }),
    "",
  ];
  if (missedShapes.size > 0) {
    lines.push("## What is still missed, by shape", "", "| rule: shape | missed |", "| :-- | --: |");
    for (const [shape, count] of [...missedShapes].sort((a, b) => b[1] - a[1])) lines.push(`| ${shape} | ${count} |`);
    lines.push("");
  }
  return lines.join("\n");
}

#!/usr/bin/env node
// The dev corpus harness (eval/README.md): lints each labelled real bot with the BUILT plugin's
// recommended config, untyped, and scores every rule against the labels. With --typed it also
// installs each Node repo's dependencies and lints it again with type information (typescript-eslint's
// project service), scored against the same labels. Writes docs/accuracy.md when it runs on the
// whole corpus. Checkout, install, linting and scoring live in eval/lib/, shared with
// eval/compare.mjs (the side-by-side comparison with typescript-eslint).
//
//   node eval/run.mjs                 all repos, untyped, writes docs/accuracy.md
//   node eval/run.mjs --typed         all repos, untyped and typed, writes docs/accuracy.md
//   node eval/run.mjs --repo o/n      one repo, prints every disagreement, writes nothing
//   node eval/run.mjs --repo o/n --typed   also the typed run's disagreements (with the labels and
//                                     with the untyped run)
//   node eval/run.mjs --verbose       all repos, prints every disagreement
//   node eval/run.mjs --json FILE     also writes the raw results
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { filesOf } from "./corpus-files.mjs";
import { flag, option } from "./lib/args.mjs";
import { checkout, readLabels, root } from "./lib/corpus.mjs";
import { installRepo } from "./lib/install.mjs";
import { lintTyped, lintUntyped } from "./lib/lint.mjs";
import { addInto, cellOf, emptyTotals, fatalCount, precisionOf, recallOf, score } from "./lib/score.mjs";

const onlyRepo = option("--repo");
// `--plugin DIR`: another build of the plugin (a checkout's dist/), to measure before and after.
const pluginDir = path.resolve(option("--plugin") ?? path.join(root, "dist"));
const { default: plugin } = await import(pathToFileURL(path.join(pluginDir, "index.js")).href);
const ruleNames = Object.keys(plugin.rules).sort();
const verbose = flag("--verbose") || onlyRepo !== undefined;
const typedMode = flag("--typed");
// `--shuffle SEED`: lints the files one at a time in a seeded random order. ESLint reads files
// asynchronously, so their order varies from run to run: the verdicts must not depend on it.
const shuffleSeed = option("--shuffle");
const recommended = [plugin.configs["flat/recommended"]];

const summaryOf = (perRule) =>
  ruleNames
    .map((rule) => {
      const s = perRule[rule];
      return s.tp + s.fp + s.fn === 0 ? undefined : `${rule} ${s.tp}/${s.tp + s.fn} fp ${s.fp}`;
    })
    .filter(Boolean)
    .join("; ");

/** Where typed does worse than untyped on a rule: fewer places found, or more false reports. */
const isWorse = (untyped, typed) => typed.tp < untyped.tp || typed.fp > untyped.fp;

/** The reports (rule, file, line) of one run that the other run does not make, with their labels. */
function differences(labels, untypedReports, typedReports) {
  const key = (entry) => `${entry.rule}|${entry.file}|${entry.line}`;
  const tally = (reports) => {
    const map = new Map();
    for (const report of reports) {
      if (report.rule === "(parse)") continue;
      const previous = map.get(key(report));
      map.set(key(report), { report, count: (previous?.count ?? 0) + 1 });
    }
    return map;
  };
  const labelOf = (report) =>
    (labels.report ?? []).some((entry) => key(entry) === key(report))
      ? "labelled report"
      : (labels.silent ?? []).some((entry) => key(entry) === key(report))
        ? "labelled silent"
        : "unlabelled";
  const only = (from, other) =>
    [...from]
      .map(([k, { report, count }]) => ({ ...report, count: count - (other.get(k)?.count ?? 0), label: labelOf(report) }))
      .filter((report) => report.count > 0);
  const untyped = tally(untypedReports);
  const typed = tally(typedReports);
  return { lost: only(untyped, typed), added: only(typed, untyped) };
}

const printDifferences = (diff, rules) => {
  for (const [word, list] of [["lost", diff.lost], ["added", diff.added]]) {
    for (const report of list.filter((entry) => rules === undefined || rules.includes(entry.rule)))
      console.log(
        `    typed ${word.padEnd(6)}${report.rule} ${report.file}:${report.line}:${report.column}${report.count > 1 ? ` (x${report.count})` : ""} [${report.label}] ${report.message}`,
      );
  }
};

const printDisagreements = (scored, crashes, parseErrors, indent) => {
  for (const fn of scored.falseNegatives)
    console.log(`${indent}missed   ${fn.rule} ${fn.file}:${fn.line} [${fn.shape ?? "?"}] ${fn.note ?? ""}`);
  for (const fp of scored.falsePositives)
    console.log(
      `${indent}extra    ${fp.rule} ${fp.file}:${fp.line}:${fp.column}${fp.labelledSilent ? " (labelled silent)" : ""} ${fp.message}`,
    );
  for (const crash of crashes) console.log(`${indent}CRASH    ${crash.file}: ${crash.error}`);
  for (const error of parseErrors) console.log(`${indent}parse    ${error.file}:${error.line} ${error.message.split("\n")[0]}`);
};

const allLabels = readLabels().filter((labels) => onlyRepo === undefined || labels.repo === onlyRepo);
if (allLabels.length === 0) {
  console.error(onlyRepo ? `no labels for ${onlyRepo}` : "no labels in eval/labels");
  process.exit(2);
}
const results = [];
const missing = [];
const started = performance.now();
for (const labels of allLabels) {
  const dir = checkout(labels);
  if (dir === undefined) {
    missing.push(labels.repo);
    continue;
  }
  const files = filesOf(dir, labels);
  // Installed first, so that both runs see the same tree (node_modules included).
  const install = typedMode && labels.runtime === "node" ? installRepo(dir, labels) : undefined;
  const { reports, crashes } = await lintUntyped(dir, files, recommended, { shuffleSeed });
  const scored = score(labels, reports, ruleNames);
  const parseErrors = reports.filter((report) => report.rule === "(parse)");
  const result = { labels, files: files.length, crashes, parseErrors, ...scored, install };
  results.push(result);
  const crashNote = (list) => (list.length ? `, ${list.length} CRASHES` : "");
  console.log(`${labels.repo} (${files.length} files${crashNote(crashes)}): ${summaryOf(scored.perRule) || "no labels, no reports"}`);
  if (verbose) printDisagreements(scored, crashes, parseErrors, "    ");
  if (!typedMode) continue;
  if (install === undefined) {
    console.log(`  typed: not run (${labels.runtime} repo)`);
    continue;
  }
  if (!install.ok) {
    console.log(`  typed: install failed: ${install.reason}`);
    continue;
  }
  const typedRun = await lintTyped(dir, files, recommended, { shuffleSeed });
  const typedScored = score(labels, typedRun.reports, ruleNames);
  const typedParseErrors = typedRun.reports.filter((report) => report.rule === "(parse)");
  const diff = differences(labels, reports, typedRun.reports);
  const worse = ruleNames.filter((rule) => isWorse(scored.perRule[rule], typedScored.perRule[rule]));
  result.typed = { ...typedScored, crashes: typedRun.crashes, parseErrors: typedParseErrors, counts: typedRun.counts, relints: typedRun.relints, diff, worse };
  const { tsconfig, defaultProject, jsTyped, jsUntyped } = typedRun.counts;
  console.log(
    `  typed (${tsconfig} in a tsconfig, ${defaultProject} default project, ${jsTyped} JS typed, ${jsUntyped} JS untyped${crashNote(typedRun.crashes)}${fatalCount(typedParseErrors) ? `, ${fatalCount(typedParseErrors)} PARSE ERRORS` : ""}): ${summaryOf(typedScored.perRule) || "no labels, no reports"}`,
  );
  for (const rule of worse) {
    const u = scored.perRule[rule];
    const t = typedScored.perRule[rule];
    console.log(`  TYPED WORSE ${labels.repo} ${rule}: found ${u.tp} -> ${t.tp}, false reports ${u.fp} -> ${t.fp}`);
  }
  if (verbose) {
    printDifferences(diff);
    if (onlyRepo !== undefined) {
      console.log("  typed run, against the labels:");
      printDisagreements(typedScored, typedRun.crashes, typedParseErrors, "    ");
    }
  } else if (worse.length > 0) printDifferences(diff, worse);
}
if (missing.length > 0) console.log(`\nskipped (no mirror): ${missing.join(", ")}`);

const totals = emptyTotals(ruleNames);
const missedShapes = new Map();
for (const result of results) {
  addInto(totals, result.perRule);
  for (const fn of result.falseNegatives) {
    const k = `${fn.rule}: ${fn.shape ?? "?"}`;
    missedShapes.set(k, (missedShapes.get(k) ?? 0) + fn.missed);
  }
}
const crashCount = results.reduce((sum, result) => sum + result.crashes.length, 0);
const printTable = (title, table) => {
  console.log(`\n${title.padEnd(30)}precision  recall   tp   fp   fn`);
  for (const rule of ruleNames) {
    const s = table[rule];
    console.log(
      `${rule.padEnd(30)}${precisionOf(s).padStart(9)}${recallOf(s).padStart(8)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}`,
    );
  }
};
printTable("rule", totals);
console.log(`crashes: ${crashCount}`);
if (missedShapes.size > 0) {
  console.log("\nmissed, by shape:");
  for (const [shape, count] of [...missedShapes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${shape}`);
}

// Typed totals, over the repos whose dependencies installed, next to the untyped run on the same repos.
const typedResults = results.filter((result) => result.typed !== undefined);
const typedTotals = emptyTotals(ruleNames);
const untypedOnTyped = emptyTotals(ruleNames);
for (const result of typedResults) {
  addInto(typedTotals, result.typed.perRule);
  addInto(untypedOnTyped, result.perRule);
}
const typedCrashCount = typedResults.reduce((sum, result) => sum + result.typed.crashes.length, 0);
const typedParseCount = typedResults.reduce((sum, result) => sum + fatalCount(result.typed.parseErrors), 0);
const untypedParseOnTyped = typedResults.reduce((sum, result) => sum + fatalCount(result.parseErrors), 0);
const installFailed = results.filter((result) => result.install && !result.install.ok);
const notNode = results.filter((result) => result.labels.runtime !== "node");
const untypedOnly = typedResults.filter(({ typed }) => typed.counts.tsconfig + typed.counts.defaultProject + typed.counts.jsTyped === 0);
const worseCells = typedResults.flatMap((result) => result.typed.worse.map((rule) => ({ result, rule })));
if (typedMode) {
  printTable(`untyped, on ${typedResults.length} repos`, untypedOnTyped);
  printTable(`typed, on ${typedResults.length} repos`, typedTotals);
  console.log(`typed crashes: ${typedCrashCount}; typed parse errors: ${typedParseCount} (untyped: ${untypedParseOnTyped})`);
  if (installFailed.length > 0) {
    console.log("\ninstall failed:");
    for (const result of installFailed) console.log(`  ${result.labels.repo}: ${result.install.reason}`);
  }
  if (worseCells.length === 0) console.log("\ntyped is never worse than untyped");
  else {
    console.log("\nTYPED WORSE THAN UNTYPED:");
    for (const { result, rule } of worseCells) {
      const u = result.perRule[rule];
      const t = result.typed.perRule[rule];
      console.log(`  ${result.labels.repo} ${rule}: found ${u.tp} -> ${t.tp}, false reports ${u.fp} -> ${t.fp}`);
    }
  }
}
console.log(`\n${Math.round((performance.now() - started) / 1000)} s`);

const jsonOut = option("--json");
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ totals, typedTotals, results }, null, 2));

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
    ...(typedMode
      ? ["", "The Node projects whose dependencies install are linted a second time with type information: see", "[With type information](#with-type-information)."]
      : []),
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
      const cells = ruleNames.map((rule) => cellOf(result.perRule[rule]));
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
  if (typedMode) lines.push(...typedSection());
  return lines.join("\n");
}

function typedSection() {
  const arrow = (a, b) => (a === b ? a : `${a} → ${b}`);
  const lines = [
    "## With type information",
    "",
    "<!-- Generated by `npm run eval -- --typed`. -->",
    "",
    `Of the ${results.length} projects, ${results.length - notNode.length} run on Node. For each of them the harness installs the`,
    "dependencies of every package.json in scope (the one at or above each linted folder, and those",
    "inside it) with `npm install --ignore-scripts --no-audit --no-fund --legacy-peer-deps",
    "--no-package-lock` (no lifecycle scripts, lockfiles ignored, the npm registry only), then lints",
    "the same files again with typescript-eslint's project service (`parserOptions.projectService`,",
    "`tsconfigRootDir` the project): a TypeScript file gets the program of the tsconfig.json that holds",
    "it, or the default project (`allowDefaultProject`, the project's root tsconfig options) when none",
    "does; a JavaScript file is typed when a tsconfig with `allowJs` (or a jsconfig.json) holds it, and",
    "untyped otherwise, as in the untyped run. The type checker is the harness's TypeScript",
    `${ts.version}, not the project's own. The untyped run reads the same tree, node_modules included.`,
    `The ${notNode.length} Deno projects are untyped only: their dependencies are URLs and import maps that npm does`,
    "not install.",
    "",
    `Dependencies installed for ${typedResults.length} of the ${results.length - notNode.length} Node projects; the figures below are over`,
    "these, untyped → typed where the two differ.",
    `${untypedOnly.length} of them are JavaScript that no tsconfig with \`allowJs\` holds, so their typed run is the untyped one:`,
    `${typedResults.length - untypedOnly.length} projects get type information.`,
    "",
    "| rule | precision | recall | found | false reports | missed | lookalikes kept silent |",
    "| :-- | --: | --: | --: | --: | --: | --: |",
    ...ruleNames.map((rule) => {
      const u = untypedOnTyped[rule];
      const t = typedTotals[rule];
      return `| ${rule} | ${arrow(precisionOf(u), precisionOf(t))} | ${arrow(recallOf(u), recallOf(t))} | ${arrow(u.tp, t.tp)} | ${arrow(u.fp, t.fp)} | ${arrow(u.fn, t.fn)} | ${arrow(`${u.silentKept}/${u.silent}`, `${t.silentKept}/${t.silent}`)} |`;
    }),
    "",
    `Rule crashes with types: ${typedCrashCount}. Files the typed run could not parse: ${typedParseCount} (untyped: ${untypedParseOnTyped}).`,
    "",
    worseCells.length === 0
      ? "**Typed is never worse than untyped**: on no project and no rule does it find fewer places or report more falsely."
      : `**Typed is worse than untyped on ${worseCells.length} project/rule pair${worseCells.length === 1 ? "" : "s"}** (fewer found or more false reports), in bold below.`,
    "",
    "### Per repository, typed",
    "",
    "Each cell is the typed run's found/labelled, then false reports; the files column counts those in a",
    "tsconfig / in the default project / JavaScript typed / JavaScript untyped.",
    "",
    `| repository | files | ${ruleNames.join(" | ")} |`,
    `| :-- | :-- | ${ruleNames.map(() => ":--").join(" | ")} |`,
    ...typedResults.map((result) => {
      const { tsconfig, defaultProject, jsTyped, jsUntyped } = result.typed.counts;
      const cells = ruleNames.map((rule) => {
        const cell = cellOf(result.typed.perRule[rule]);
        return result.typed.worse.includes(rule) ? `**${cell} (untyped ${cellOf(result.perRule[rule])})**` : cell;
      });
      return `| ${result.labels.repo} | ${tsconfig} / ${defaultProject} / ${jsTyped} / ${jsUntyped} | ${cells.join(" | ")} |`;
    }),
    "",
  ];
  if (installFailed.length > 0) {
    lines.push("### Dependencies that did not install", "", "| repository | reason |", "| :-- | :-- |");
    for (const result of installFailed) lines.push(`| ${result.labels.repo} | ${result.install.reason.replaceAll("|", "\\|")} |`);
    lines.push("");
  }
  if (notNode.length > 0) lines.push(`Untyped only (Deno): ${notNode.map((result) => result.labels.repo).join(", ")}.`, "");
  return lines;
}

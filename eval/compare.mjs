#!/usr/bin/env node
// Side by side with typescript-eslint on the dev corpus (issue #18): for each labelled repository,
// on the same files, in one Node process per setup (eval/compare-worker.mjs):
//   (a) typescript-eslint's no-floating-promises and no-misused-promises, typed (recommended options)
//   (b) this plugin's flat/recommended, untyped
//   (c) this plugin's flat/recommended, typed
// Typed setups run on the Node repositories whose dependencies install (as `eval/run.mjs --typed`
// installs them); Deno repositories, and those that do not install, run (b) only. Every setup is
// scored against the labels of eval/labels/, and timed per file with ESLint's stats (the median
// of several runs, the setups side by side in each run, beside the floor: ESLint with types and no
// rules). Writes docs/comparison.md when it runs on the whole corpus.
//
//   node eval/compare.mjs                 all repos, 3 runs, writes docs/comparison.md
//   node eval/compare.mjs --runs 5        the median of 5 runs
//   node eval/compare.mjs --repo o/n      one repo, prints every disagreement, writes nothing
//   node eval/compare.mjs --verbose       prints every disagreement of every repo
//   node eval/compare.mjs --no-write      prints, writes nothing
//   node eval/compare.mjs --json FILE     also writes the raw results
//   node eval/compare.mjs --out FILE      writes the page to FILE (also with --repo)
//   node eval/compare.mjs --shapes-only   rewrites only the section of typescript-eslint's shapes
//                                         (eval/lib/shapes-table.mjs), without the corpus; seconds
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { filesOf } from "./corpus-files.mjs";
import { flag, option } from "./lib/args.mjs";
import { checkout, readLabels, root } from "./lib/corpus.mjs";
import { installRepo } from "./lib/install.mjs";
import { addInto, cellOf, emptyTotals, fatalCount, precisionOf, recallOf, score } from "./lib/score.mjs";
import { shapeExamples } from "./shapes.mjs";
import { listenerFacts } from "./lib/listeners.mjs";
import { shapesSection, withShapesSection } from "./lib/shapes-table.mjs";

const onlyRepo = option("--repo");
const runs = Number(option("--runs") ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("--runs takes a positive integer");
  process.exit(2);
}
const verbose = flag("--verbose") || onlyRepo !== undefined;
const pluginEntry = path.join(root, "dist", "index.js");
const { default: plugin } = await import(pathToFileURL(pluginEntry).href);
if (flag("--shapes-only")) {
  const pageFile = option("--out") ?? path.join(root, "docs", "comparison.md");
  writeFileSync(pageFile, withShapesSection(readFileSync(pageFile, "utf8"), shapesSection(plugin)));
  console.log(`wrote the shapes section of ${path.relative(root, pageFile)}`);
  process.exit(0);
}
const ruleNames = Object.keys(plugin.rules).sort();
const pluginId = (rule) => `grammy-reliability/${rule}`;
const nfp = "no-floating-promises";
const tseslintIds = ["@typescript-eslint/no-floating-promises", "@typescript-eslint/no-misused-promises"];
const started = performance.now();
const scratch = mkdtempSync(path.join(os.tmpdir(), "grammy-compare-"));

// ---------------------------------------------------------------------------------------------
// The corpus: checked out, dependencies installed where eval/run.mjs --typed installs them.

const allLabels = readLabels().filter((labels) => onlyRepo === undefined || labels.repo === onlyRepo);
if (allLabels.length === 0) {
  console.error(onlyRepo ? `no labels for ${onlyRepo}` : "no labels in eval/labels");
  process.exit(2);
}
const repos = [];
const missing = [];
for (const labels of allLabels) {
  const dir = checkout(labels);
  if (dir === undefined) {
    missing.push(labels.repo);
    continue;
  }
  const files = filesOf(dir, labels).map((file) => path.relative(dir, file).split(path.sep).join("/"));
  const install = labels.runtime === "node" ? installRepo(dir, labels) : undefined;
  repos.push({ labels, name: labels.repo, dir, files, install, typed: install?.ok === true });
}
const typedRepos = repos.filter((repo) => repo.typed);
const installFailed = repos.filter((repo) => repo.install && !repo.install.ok);
const denoRepos = repos.filter((repo) => repo.labels.runtime !== "node");
console.log(
  `${repos.length} repos: ${typedRepos.length} Node repos with dependencies installed, ${installFailed.length} that did not install, ${denoRepos.length} Deno`,
);
for (const repo of installFailed) console.log(`  install failed: ${repo.name}: ${repo.install.reason}`);

/**
 * The machine's busy CPU time so far, in ms (Linux's /proc/stat; undefined elsewhere). Set against
 * the lint process's own CPU time, it shows how much other work shared the machine during a setup.
 */
function machineBusyMs() {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: all but idle and iowait is busy.
    const [user, nice, system, , , irq, softirq, steal] = fields;
    return ((user + nice + system + irq + softirq + steal) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}
/** Per setup run: the share of the machine's CPU time that other processes used meanwhile. */
const otherShares = [];
/** Runs one setup in its own Node process over the given repos; returns its output, by repo. */
function runSetup(setup, list, classifications) {
  const specFile = path.join(scratch, `${setup}.spec.json`);
  const out = path.join(scratch, `${setup}.out.json`);
  const spec = {
    setup,
    plugin: pluginEntry,
    out,
    repos: list.map((repo) => ({ name: repo.name, dir: repo.dir, files: repo.files, classification: classifications?.get(repo.name) })),
  };
  writeFileSync(specFile, JSON.stringify(spec));
  const begun = performance.now();
  const busyBefore = machineBusyMs();
  const child = spawnSync(process.execPath, [path.join(root, "eval", "compare-worker.mjs"), specFile], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (child.status !== 0) throw new Error(`setup ${setup} failed (exit ${child.status ?? child.signal})`);
  const result = JSON.parse(readFileSync(out, "utf8"));
  rmSync(out);
  const wallMs = performance.now() - begun;
  const busyAfter = machineBusyMs();
  let note = "";
  if (busyBefore !== undefined && busyAfter !== undefined) {
    const share = Math.max(0, busyAfter - busyBefore - result.cpuMs) / (wallMs * os.cpus().length);
    otherShares.push(share);
    note = ` (other processes: ${(100 * share).toFixed(0)}% of the machine)`;
  }
  console.log(`  ${setup}: ${Math.round(wallMs / 1000)} s${note}`);
  return { ...result, byRepo: new Map(result.repos.map((repo) => [repo.name, repo])) };
}

// Which files each tsconfig holds, corrected by the project service once, so that every typed setup
// lints every file once, with the same programs.
console.log("classify (typed, no rules)");
const classified = runSetup("classify", typedRepos);
const classifications = new Map([...classified.byRepo].map(([name, repo]) => [name, repo.classification]));
for (const repo of typedRepos) {
  const entry = classified.byRepo.get(repo.name);
  repo.counts = entry.counts;
  const { inProject, inDefault } = entry.classification;
  repo.typedFiles = new Set([...inProject, ...inDefault]);
}

// The setups side by side in every run, in a rotating order.
const setups = [
  { id: "a", repos: typedRepos },
  { id: "b", repos: repos },
  { id: "c", repos: typedRepos },
  { id: "floor", repos: typedRepos },
  { id: "floor-untyped", repos: repos },
];
const outputs = Object.fromEntries(setups.map((setup) => [setup.id, []]));
for (let run = 0; run < runs; run += 1) {
  console.log(`run ${run + 1} of ${runs}`);
  for (let index = 0; index < setups.length; index += 1) {
    const setup = setups[(index + run) % setups.length];
    outputs[setup.id].push(runSetup(setup.id, setup.repos, classifications));
  }
}
rmSync(scratch, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// Scores.

/** The same reports in every run: the verdicts must not depend on the run (eval/README.md). */
const reportKey = (report) => `${report.rule}|${report.file}|${report.line}|${report.column}`;
const unstable = [];
for (const setup of ["a", "b", "c"]) {
  for (const repo of setups.find((entry) => entry.id === setup).repos) {
    const first = outputs[setup][0].byRepo.get(repo.name).reports.map(reportKey).sort().join("\n");
    for (const later of outputs[setup].slice(1))
      if (later.byRepo.get(repo.name).reports.map(reportKey).sort().join("\n") !== first) unstable.push(`${setup} ${repo.name}`);
  }
}
if (unstable.length > 0) console.log(`REPORTS DIFFER BETWEEN RUNS: ${[...new Set(unstable)].join(", ")}`);

const labelsMention = (labels, rule) => {
  const lines = new Set();
  for (const entry of [...(labels.report ?? []), ...(labels.silent ?? [])]) if (entry.rule === rule) lines.add(`${entry.file}|${entry.line}`);
  return lines;
};

/**
 * typescript-eslint's reports scored against the no-floating-promises labels, fairly: its two rules
 * are one setup, and a line counts once per report of the rule that reports it most. On a line
 * labelled `report` a report is found; on a line labelled `silent` it is false; on a line the labels
 * do not mention it is outside grammY, unless it is the guide's shutdown (a stop returned from a
 * SIGINT/SIGTERM listener), which the harness finds itself and counts as false.
 */
function scoreTsEslint(repo, reports) {
  const mentioned = labelsMention(repo.labels, nfp);
  const lines = new Map();
  for (const report of reports) {
    if (report.rule === "(parse)") continue;
    const k = `${report.file}|${report.line}`;
    const entry = lines.get(k) ?? { file: report.file, line: report.line, counts: new Map(), reports: [] };
    entry.counts.set(report.rule, (entry.counts.get(report.rule) ?? 0) + 1);
    entry.reports.push(report);
    lines.set(k, entry);
  }
  const merged = [];
  const outside = [];
  const shutdown = { labelled: 0, detected: 0 };
  const unmentioned = [];
  for (const [k, entry] of lines) {
    const count = Math.max(...entry.counts.values());
    const isShutdown = entry.reports.some((report) => factsOf(repo, report).shutdown.has(at(report)));
    const silentShape = (repo.labels.silent ?? []).find((label) => label.rule === nfp && `${label.file}|${label.line}` === k)?.shape;
    if (mentioned.has(k)) {
      if (silentShape !== undefined && (isShutdown || /shutdown|stop-chain/.test(silentShape))) shutdown.labelled += count;
    } else if (isShutdown) shutdown.detected += count;
    else {
      unmentioned.push(entry);
      continue;
    }
    for (let index = 0; index < count; index += 1) merged.push({ ...entry.reports[0], rule: nfp });
  }
  // A no-misused-promises report on a function (an async timer callback) stands for one labelled
  // place inside it that (a) does not report otherwise: the plugin reports there, in the function.
  const credited = new Set();
  const signalListeners = [];
  for (const entry of unmentioned) {
    for (const report of entry.reports) {
      const end = report.rule === tseslintIds[1] ? factsOf(repo, report).ends.get(at(report)) : undefined;
      const inside =
        end === undefined
          ? undefined
          : (repo.labels.report ?? []).find(
              (label) =>
                label.rule === nfp &&
                label.file === report.file &&
                label.line > report.line &&
                label.line <= end &&
                !lines.has(`${label.file}|${label.line}`) &&
                !credited.has(`${label.file}|${label.line}`),
            );
      if (inside !== undefined) {
        credited.add(`${inside.file}|${inside.line}`);
        merged.push({ ...report, line: inside.line, rule: nfp });
        continue;
      }
      outside.push(report);
      if (factsOf(repo, report).signal.has(at(report))) signalListeners.push(report);
    }
  }
  const ofRule = (list) => (list ?? []).filter((entry) => entry.rule === nfp);
  const scored = score({ ...repo.labels, report: ofRule(repo.labels.report), silent: ofRule(repo.labels.silent) }, merged, [nfp]);
  return { ...scored, outside, shutdown, credited: credited.size, signalListeners };
}

const at = (report) => `${report.line}:${report.column}`;
const factsCache = new Map();
/** What eval/lib/listeners.mjs finds in the report's file. */
function factsOf(repo, report) {
  const file = path.join(repo.dir, report.file);
  if (!factsCache.has(file)) factsCache.set(file, listenerFacts(file));
  return factsCache.get(file);
}

const results = repos.map((repo) => {
  const output = (setup) => outputs[setup][0].byRepo.get(repo.name);
  const parseErrors = (setup) => fatalCount(output(setup).reports.filter((report) => report.rule === "(parse)"));
  const result = { repo, b: score(repo.labels, output("b").reports, ruleNames), parse: { b: parseErrors("b") }, crashes: { b: output("b").crashes } };
  if (repo.typed) {
    result.a = scoreTsEslint(repo, output("a").reports);
    result.c = score(repo.labels, output("c").reports, ruleNames);
    result.parse.a = parseErrors("a");
    result.parse.c = parseErrors("c");
    result.crashes.a = output("a").crashes;
    result.crashes.c = output("c").crashes;
    result.worse = ruleNames.filter((rule) => result.c.perRule[rule].tp < result.b.perRule[rule].tp || result.c.perRule[rule].fp > result.b.perRule[rule].fp);
    result.worseSites = result.worse.flatMap((rule) => siteDifferences(repo, rule, output("b").reports, output("c").reports));
  }
  return result;
});

/** The lines where (c) reports `rule` and (b) does not, or the reverse, with their labels. */
function siteDifferences(repo, rule, untyped, typed) {
  const lines = (reports) => {
    const counts = new Map();
    for (const report of reports) if (report.rule === rule) counts.set(`${report.file}:${report.line}`, (counts.get(`${report.file}:${report.line}`) ?? 0) + 1);
    return counts;
  };
  const u = lines(untyped);
  const t = lines(typed);
  const labelOf = (site) =>
    (repo.labels.report ?? []).some((entry) => entry.rule === rule && `${entry.file}:${entry.line}` === site)
      ? "labelled report"
      : (repo.labels.silent ?? []).some((entry) => entry.rule === rule && `${entry.file}:${entry.line}` === site)
        ? "labelled silent"
        : "unlabelled";
  const sites = [];
  for (const [site, count] of u) if (count > (t.get(site) ?? 0)) sites.push({ rule, site, change: "typed lost", label: labelOf(site) });
  for (const [site, count] of t) if (count > (u.get(site) ?? 0)) sites.push({ rule, site, change: "typed added", label: labelOf(site) });
  return sites;
}

const totalsOver = (list, key, names) => {
  const totals = emptyTotals(names);
  for (const result of list) addInto(totals, result[key].perRule);
  return totals;
};
const typedResults = results.filter((result) => result.repo.typed);
const otherResults = results.filter((result) => !result.repo.typed);
const totals = {
  a: totalsOver(typedResults, "a", [nfp])[nfp],
  b: totalsOver(typedResults, "b", ruleNames),
  c: totalsOver(typedResults, "c", ruleNames),
  bAll: totalsOver(results, "b", ruleNames),
};
const outsideCount = typedResults.reduce((sum, result) => sum + result.a.outside.length, 0);
const shutdownFalse = typedResults.reduce(
  (sum, result) => ({ labelled: sum.labelled + result.a.shutdown.labelled, detected: sum.detected + result.a.shutdown.detected }),
  { labelled: 0, detected: 0 },
);
const aCredited = typedResults.reduce((sum, result) => sum + result.a.credited, 0);
const aSignalOutside = typedResults.reduce((sum, result) => sum + result.a.signalListeners.length, 0);
const aSilentFalse = typedResults.reduce((sum, result) => sum + result.a.falsePositives.filter((fp) => fp.labelledSilent).reduce((n, fp) => n + fp.extra, 0), 0);
/** The plugin's reports on lines the labels do not mention: false reports, as in eval/run.mjs. */
const unlabelledOf = (list, setup, rule) =>
  list.reduce((sum, result) => sum + result[setup].falsePositives.filter((fp) => fp.rule === rule && !fp.labelledSilent).reduce((n, fp) => n + fp.extra, 0), 0);

// ---------------------------------------------------------------------------------------------
// Times: per file, the median over the runs of ESLint's stats; summed over a set of files.

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** Per file `repo/file`: the medians of its total time and of the time of each rule id. */
function medianTimes(setup) {
  const perFile = new Map();
  for (const output of outputs[setup]) {
    for (const repo of output.repos) {
      for (const file of repo.stats) {
        const k = `${repo.name}/${file.file}`;
        const entry = perFile.get(k) ?? { repo: repo.name, file: file.file, totals: [], rules: new Map() };
        entry.totals.push(file.total);
        for (const [id, ms] of Object.entries(file.rules)) entry.rules.set(id, [...(entry.rules.get(id) ?? []), ms]);
        perFile.set(k, entry);
      }
    }
  }
  return new Map(
    [...perFile].map(([k, entry]) => [
      k,
      { repo: entry.repo, file: entry.file, total: median(entry.totals), rules: Object.fromEntries([...entry.rules].map(([id, list]) => [id, median(list)])) },
    ]),
  );
}
const times = Object.fromEntries(setups.map((setup) => [setup.id, medianTimes(setup.id)]));
/** Milliseconds summed over the files `filter` keeps: ESLint's total, or the rules `ids`. */
const timeOf = (setup, filter, ids) => {
  let sum = 0;
  let count = 0;
  for (const entry of times[setup].values()) {
    if (!filter(entry)) continue;
    count += 1;
    sum += ids === undefined ? entry.total : ids.reduce((n, id) => n + (entry.rules[id] ?? 0), 0);
  }
  return { sum, count, perFile: count === 0 ? 0 : sum / count };
};
const typedNames = new Set(typedRepos.map((repo) => repo.name));
const reposByName = new Map(repos.map((repo) => [repo.name, repo]));
const onTypedRepos = (entry) => typedNames.has(entry.repo);
const onTypedFiles = (entry) => typedNames.has(entry.repo) && reposByName.get(entry.repo).typedFiles.has(entry.file);
const pluginIds = ruleNames.map(pluginId);
const ms = (value) => (value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(2));
const timing = {
  files: timeOf("b", onTypedRepos).count,
  typedFiles: timeOf("c", onTypedFiles).count,
  a: { rules: timeOf("a", onTypedRepos, tseslintIds), total: timeOf("a", onTypedRepos) },
  b: { rules: timeOf("b", onTypedRepos, pluginIds), total: timeOf("b", onTypedRepos) },
  c: { rules: timeOf("c", onTypedRepos, pluginIds), total: timeOf("c", onTypedRepos) },
  floor: timeOf("floor", onTypedRepos),
  floorUntyped: timeOf("floor-untyped", onTypedRepos),
  rule: Object.fromEntries(
    ruleNames.map((rule) => [rule, { b: timeOf("b", onTypedRepos, [pluginId(rule)]), c: timeOf("c", onTypedRepos, [pluginId(rule)]) }]),
  ),
  // Our typed rules against typescript-eslint's, on the files both lint with type information.
  percentTypedFiles: (100 * timeOf("c", onTypedFiles, pluginIds).sum) / timeOf("a", onTypedFiles, tseslintIds).sum,
  percentNfpTypedFiles: (100 * timeOf("c", onTypedFiles, [pluginId(nfp)]).sum) / timeOf("a", onTypedFiles, tseslintIds).sum,
  percentAllFiles: (100 * timeOf("c", onTypedRepos, pluginIds).sum) / timeOf("a", onTypedRepos, tseslintIds).sum,
};
const repoTime = (setup, name, ids) => timeOf(setup, (entry) => entry.repo === name, ids).perFile;

// ---------------------------------------------------------------------------------------------
// The console.

const row = (label, s, extra = "") =>
  `${label.padEnd(34)}${precisionOf(s).padStart(9)}${recallOf(s).padStart(8)}${String(s.tp).padStart(6)}${String(s.fp).padStart(6)}${String(s.fn).padStart(6)}${extra}`;
for (const result of results) {
  const { repo } = result;
  const parts = [`(b) ${cellOf(result.b.perRule[nfp])}`];
  if (repo.typed) parts.unshift(`(a) ${cellOf(result.a.perRule[nfp])}, ${result.a.outside.length} outside`), parts.push(`(c) ${cellOf(result.c.perRule[nfp])}`);
  console.log(`${repo.name} (${repo.files.length} files${repo.typed ? "" : repo.install ? ", not installed" : ", deno"}): ${nfp} ${parts.join("; ")}`);
  if (verbose) printDisagreements(result);
  for (const site of result.worseSites ?? []) console.log(`  TYPED WORSE ${site.rule} ${site.site}: ${site.change} [${site.label}]`);
}
console.log(`\n${nfp} on the ${typedResults.length} installed repos (${timing.files} files)`);
console.log(`${"setup".padEnd(34)}precision  recall  found false missed`);
console.log(row("(a) typescript-eslint, typed", totals.a, `   outside grammY ${outsideCount}`));
console.log(row("(b) grammy-reliability, untyped", totals.b[nfp]));
console.log(row("(c) grammy-reliability, typed", totals.c[nfp]));
console.log(row(`(b) on all ${results.length} repos`, totals.bAll[nfp]));
console.log(`(a) false reports: ${aSilentFalse} on lines labelled silent (${shutdownFalse.labelled} of them the guide's shutdown), ${shutdownFalse.detected} on unlabelled shutdown listeners`);
console.log(`(a) found through a no-misused-promises report on the function around the place: ${aCredited}; outside grammY on other signal listeners: ${aSignalOutside}`);
for (const rule of ruleNames.filter((name) => name !== nfp)) {
  console.log(row(`${rule} (b)`, totals.b[rule]));
  console.log(row(`${rule} (c)`, totals.c[rule]));
}
console.log(`\ntimes per file, median of ${runs} run(s), on the ${timing.files} files of the installed repos:`);
for (const setup of ["a", "b", "c"])
  console.log(`  (${setup}) rules ${ms(timing[setup].rules.perFile)} ms, lint ${ms(timing[setup].total.perFile)} ms`);
console.log(`  floor: typed ${ms(timing.floor.perFile)} ms, untyped ${ms(timing.floorUntyped.perFile)} ms`);
if (otherShares.length > 0) console.log(`  other processes' share of the machine during a setup: at most ${(100 * Math.max(...otherShares)).toFixed(0)}%`);
console.log(
  `  our typed rules / typescript-eslint's rules: ${timing.percentTypedFiles.toFixed(1)}% on the ${timing.typedFiles} typed files (${nfp} alone ${timing.percentNfpTypedFiles.toFixed(1)}%), ${timing.percentAllFiles.toFixed(1)}% on all files`,
);
const worse = typedResults.filter((result) => result.worse.length > 0);
console.log(worse.length === 0 ? "\ntyped (c) is never below untyped (b)" : `\nTYPED (c) BELOW UNTYPED (b) on ${worse.map((result) => result.repo.name).join(", ")}`);
console.log(`\n${Math.round((performance.now() - started) / 1000)} s`);

function printDisagreements(result) {
  for (const setup of ["a", "b", "c"]) {
    const scored = result[setup];
    if (scored === undefined) continue;
    for (const fn of scored.falseNegatives) console.log(`    (${setup}) missed ${fn.rule} ${fn.file}:${fn.line} [${fn.shape ?? "?"}] ${fn.note ?? ""}`);
    for (const fp of scored.falsePositives)
      console.log(`    (${setup}) extra  ${fp.rule} ${fp.file}:${fp.line}:${fp.column}${fp.labelledSilent ? " (labelled silent)" : ""} ${fp.message}`);
    for (const report of scored.outside ?? []) console.log(`    (${setup}) outside ${report.rule.replace("@typescript-eslint/", "")} ${report.file}:${report.line}:${report.column}`);
    for (const crash of result.crashes[setup] ?? []) console.log(`    (${setup}) CRASH ${crash.file}: ${crash.error}`);
  }
}

const jsonOut = option("--json");
if (jsonOut)
  writeFileSync(
    jsonOut,
    JSON.stringify({ totals, timing, results: results.map(({ repo, ...rest }) => ({ repo: repo.name, ...rest })) }, (key, value) => (value instanceof Set ? [...value] : value), 2),
  );

// ---------------------------------------------------------------------------------------------
// What each setup misses, by the labels' shape, on the installed repos.

const lineText = (repo, file, line) => {
  try {
    return readFileSync(path.join(repo.dir, file), "utf8").split("\n")[line - 1] ?? "";
  } catch {
    return "";
  }
};
/** `rule: shape` -> { rule, shape, a, b, c, aUntyped, aVoid, bOther }: missed places per setup. */
const missedShapes = new Map();
const missedEntry = (fn) => {
  const k = `${fn.rule}: ${fn.shape ?? "?"}`;
  if (!missedShapes.has(k)) missedShapes.set(k, { rule: fn.rule, shape: fn.shape ?? "?", a: 0, b: 0, c: 0, aUntyped: 0, aVoid: 0, bOther: 0 });
  return missedShapes.get(k);
};
for (const result of typedResults) {
  for (const fn of result.a.falseNegatives) {
    const entry = missedEntry(fn);
    entry.a += fn.missed;
    if (!result.repo.typedFiles.has(fn.file)) entry.aUntyped += fn.missed;
    else if (/\bvoid\s/.test(lineText(result.repo, fn.file, fn.line))) entry.aVoid += fn.missed;
  }
  for (const setup of ["b", "c"]) for (const fn of result[setup].falseNegatives) missedEntry(fn)[setup] += fn.missed;
}
for (const result of otherResults) for (const fn of result.b.falseNegatives) missedEntry(fn).bOther += fn.missed;
const exampleOf = (entry) => shapeExamples[`${entry.rule}/${entry.shape}`] ?? shapeExamples[entry.shape];
const noExample = [...missedShapes.values()].filter((entry) => exampleOf(entry) === undefined);
if (noExample.length > 0) console.log(`\nmissed shapes without an example in eval/shapes.mjs: ${noExample.map((entry) => `${entry.rule}: ${entry.shape}`).join(", ")}`);

const pageOut = option("--out") ?? (onlyRepo === undefined && !flag("--no-write") ? path.join(root, "docs", "comparison.md") : undefined);
if (pageOut !== undefined) {
  writeFileSync(pageOut, withShapesSection(comparisonPage(), shapesSection(plugin)));
  console.log(`\nwrote ${path.relative(root, pageOut)}`);
}

function comparisonPage() {
  const aMissedUntyped = [...missedShapes.values()].reduce((sum, entry) => sum + entry.aUntyped, 0);
  const aMissedVoid = [...missedShapes.values()].reduce((sum, entry) => sum + entry.aVoid, 0);
  const typedFileCount = typedResults.reduce((sum, result) => sum + result.repo.typedFiles.size, 0);
  const setUp = {
    a: "typescript-eslint's parser and plugin, TypeScript, a tsconfig, the bot's dependencies installed",
    b: "the plugin's config alone",
    c: "typescript-eslint's parser, TypeScript, a tsconfig, the bot's dependencies installed",
  };
  const percent = (value) => `${value.toFixed(0)}%`;
  const ruleTime = (t) => ms(t.perFile);
  const lines = [
    "# Side by side with typescript-eslint",
    "",
    "<!-- Generated by `npm run compare` (eval/compare.mjs) from the labels in eval/labels/. Do not edit. -->",
    "",
    `The dev corpus (eval/README.md) is ${results.length} public grammY bots, each pinned at a commit and labelled by reading`,
    "its code. On the files of each bot, three setups run, each in its own Node process:",
    "",
    "- **(a)** typescript-eslint's `@typescript-eslint/no-floating-promises` and `@typescript-eslint/no-misused-promises`,",
    `  with type information, set as its \`recommended-type-checked\` config sets them (typescript-eslint ${tseslintVersion()});`,
    "- **(b)** this plugin's `flat/recommended`, untyped;",
    "- **(c)** this plugin's `flat/recommended` with type information.",
    "",
    `Type information needs the bot's dependencies: (a) and (c) run on the ${typedResults.length} Node bots whose dependencies`,
    "install (`npm install --ignore-scripts --no-package-lock`, as `npm run eval -- --typed` installs them; the",
    `${installFailed.length} that did not are [listed below](#dependencies-that-did-not-install)), with typescript-eslint's project service (\`projectService\`,`,
    "`tsconfigRootDir` the bot): a file that a tsconfig holds gets its program, a TypeScript file that none holds the default",
    "project, a JavaScript file that no tsconfig with `allowJs` holds is linted without types (so (a) cannot lint it).",
    `Of their ${timing.files} files, ${typedFileCount} have type information. The ${denoRepos.length} Deno bots run (b) only: their dependencies are URLs`,
    `and import maps that npm does not install. The checker is TypeScript ${ts.version}. The bots' own inline ESLint`,
    "comments are not read, in any setup.",
    "",
    "**Scoring.** Every setup is scored against the same labels. For (a), its two rules together answer",
    "`no-floating-promises`: a line counts once per report of the rule that reports it most often. A report of (a) on",
    "a line labelled `report` is found; on a line labelled `silent` it is a false report; on a line the labels do",
    "not mention it is counted under *reports outside grammY* (a promise that is not grammY's: typescript-eslint is",
    "right to report it, this plugin does not look for it), except on the grammY guide's shutdown,",
    '`process.once("SIGINT", () => bot.stop())` (a stop returned from a SIGINT or SIGTERM listener, which',
    "no-misused-promises flags): that is a false report, since it pushes users to break the guide's pattern. Where the",
    "labels do not mark such a listener, the harness finds it itself (eval/lib/listeners.mjs: the listener, an arrow or",
    "function or a function of the same file, returns `x.stop()`, possibly behind `&&` or with `.then`/`.finally`",
    "chained on). A no-misused-promises report on a function (an async callback handed to `setTimeout`) counts as",
    "finding one labelled place inside that function that (a) does not report otherwise: the place where this plugin",
    "reports the same floating promise. This plugin's setups are scored exactly as `npm run eval` scores them: every",
    "report the labels do not list is a false report.",
    "",
    `**Timing.** ESLint's \`stats: true\` gives, per file, the time of each rule (its \`create\` and its listeners, which`,
    "include the type checker's work that the rule triggers) and the file's total (parse with the program, rules,",
    `everything). Each figure is, per file, the median of ${runs} run${runs === 1 ? "" : "s"}, then averaged over the files. The setups run side by side`,
    "in every run (in a rotating order), each in a fresh process, with the floors beside them: ESLint with the same",
    `parser setup and no rules, with type information and without. Measured on a ${os.cpus().length}-core machine, one lint process at a`,
    otherShares.length === 0
      ? "time."
      : `time; while a setup ran, other processes used at most ${(100 * Math.max(...otherShares)).toFixed(0)}% of the machine's CPU time (the busy time of`,
    ...(otherShares.length === 0 ? [] : ["/proc/stat less the lint process's own; the more, the less exact the times)."]),
    "",
    `## ${nfp}`,
    "",
    `On the ${typedResults.length} bots that (a) and (c) can run on (${timing.files} files):`,
    "",
    "| setup | precision | recall | found | false reports | missed | reports outside grammY | rule time per file | lint time per file | set-up needed |",
    "| :-- | --: | --: | --: | --: | --: | --: | --: | --: | :-- |",
    `| (a) typescript-eslint, typed | ${precisionOf(totals.a)} | ${recallOf(totals.a)} | ${totals.a.tp} | ${totals.a.fp} | ${totals.a.fn} | ${outsideCount} | ${ruleTime(timing.a.rules)} ms | ${ms(timing.a.total.perFile)} ms | ${setUp.a} |`,
    ...["b", "c"].map((setup) => {
      const s = totals[setup][nfp];
      const label = setup === "b" ? "(b) grammy-reliability, untyped" : "(c) grammy-reliability, typed";
      return `| ${label} | ${precisionOf(s)} | ${recallOf(s)} | ${s.tp} | ${s.fp} | ${s.fn} | — (${unlabelledOf(typedResults, setup, nfp)} unlabelled, counted as false) | ${ruleTime(timing.rule[nfp][setup])} ms | ${ms(timing[setup].total.perFile)} ms | ${setUp[setup]} |`;
    }),
    "",
    `The floor, ESLint with no rules on the same files: ${ms(timing.floor.perFile)} ms per file with type information, ${ms(timing.floorUntyped.perFile)} ms without.`,
    "The rule time of (a) is its two rules'; lint time per file is the setup's whole run (for (b) and (c) all five rules of",
    "`recommended`).",
    "",
    `**Cost of this plugin's typed rules.** All five rules of (c) take ${percent(timing.percentTypedFiles)} of (a)'s rule time on the ${timing.typedFiles} files both`,
    `lint with type information (\`${nfp}\` alone: ${percent(timing.percentNfpTypedFiles)}); over all ${timing.files} files, ${percent(timing.percentAllFiles)}. Issue #18's budget is 15%.`,
    "",
    `**False reports of (a)**: ${totals.a.fp}, of which ${aSilentFalse} on lines labelled silent (${shutdownFalse.labelled} of them the guide's shutdown) and ${shutdownFalse.detected} on shutdown`,
    `listeners the labels do not mark (found by the harness). **Misses of (a)**: ${totals.a.fn}, of which ${aMissedUntyped} in JavaScript files`,
    `without type information and ${aMissedVoid} behind \`void\` (typescript-eslint's \`ignoreVoid\`, on by default). Found through a`,
    `no-misused-promises report on the function around them: ${aCredited}. Of the ${outsideCount} reports outside grammY, ${aSignalOutside} are no-misused-promises`,
    "reports on other SIGINT/SIGTERM listeners (async listeners with several shutdown steps): not the guide's",
    "pattern, so not counted as false.",
    "",
    `(b) on all ${results.length} bots (with the Deno bots and those whose dependencies did not install), as [docs/accuracy.md](accuracy.md):`,
    `precision ${precisionOf(totals.bAll[nfp])}, recall ${recallOf(totals.bAll[nfp])} (${totals.bAll[nfp].tp} found, ${totals.bAll[nfp].fp} false, ${totals.bAll[nfp].fn} missed).`,
    "",
  ];
  for (const rule of ruleNames.filter((name) => name !== nfp)) {
    lines.push(
      `## ${rule}`,
      "",
      "typescript-eslint has no counterpart: (a) does not apply.",
      "",
      "| setup | precision | recall | found | false reports | missed | rule time per file | set-up needed |",
      "| :-- | --: | --: | --: | --: | --: | --: | :-- |",
      ...["b", "c"].map((setup) => {
        const s = totals[setup][rule];
        return `| (${setup}) grammy-reliability, ${setup === "b" ? "untyped" : "typed"} | ${precisionOf(s)} | ${recallOf(s)} | ${s.tp} | ${s.fp} | ${s.fn} | ${ruleTime(timing.rule[rule][setup])} ms | ${setUp[setup]} |`;
      }),
      "",
    );
  }
  const worseResults = typedResults.filter((result) => result.worse.length > 0);
  lines.push(
    "## Typed against untyped",
    "",
    worseResults.length === 0
      ? `On every one of the ${typedResults.length} bots and every rule, (c) finds at least what (b) finds and reports no more falsely.`
      : `(c) is below (b) on ${worseResults.length} bot${worseResults.length === 1 ? "" : "s"}: ${worseResults.map((result) => `${result.repo.name} (${result.worseSites.map((site) => `${site.rule} ${site.site} ${site.change}, ${site.label}`).join("; ")})`).join("; ")}.`,
    "",
    "## Per repository",
    "",
    `Each ${nfp} cell is found/labelled, then false reports; for (a) also its reports outside grammY. Times are the`,
    "rule time per file (for (b) and (c) all five rules). Other rules: (b) → (c) where they differ.",
    "",
    `| repository | runtime | files | typed files | (a) ${nfp} | (b) | (c) | (a) ms | (b) ms | (c) ms | other rules |`,
    "| :-- | :-- | --: | --: | :-- | :-- | :-- | --: | --: | --: | :-- |",
    ...results.map((result) => {
      const { repo } = result;
      const others = ruleNames
        .filter((rule) => rule !== nfp)
        .map((rule) => {
          const b = cellOf(result.b.perRule[rule]);
          if (!repo.typed) return b === "·" ? undefined : `${rule} ${b}`;
          const c = cellOf(result.c.perRule[rule]);
          if (b === "·" && c === "·") return undefined;
          return `${rule} ${b === c ? b : `${b} → ${c}`}`;
        })
        .filter(Boolean)
        .join("; ");
      const typedCells = repo.typed
        ? [
            `${cellOf(result.a.perRule[nfp])}${result.a.outside.length ? `, ${result.a.outside.length} outside` : ""}`,
            cellOf(result.b.perRule[nfp]),
            cellOf(result.c.perRule[nfp]),
            repo.typedFiles.size === 0 ? "—" : ms(repoTime("a", repo.name, tseslintIds)),
            ms(repoTime("b", repo.name, pluginIds)),
            ms(repoTime("c", repo.name, pluginIds)),
          ]
        : ["—", cellOf(result.b.perRule[nfp]), "—", "—", ms(repoTime("b", repo.name, pluginIds)), "—"];
      const why = repo.typed ? "node" : repo.install ? "node, not installed" : "deno";
      return `| ${repo.name} | ${why} | ${repo.files.length} | ${repo.typed ? repo.typedFiles.size : "—"} | ${typedCells.join(" | ")} | ${others || "·"} |`;
    }),
    "",
  );
  if (missing.length > 0) lines.push(`Skipped (no local mirror): ${missing.join(", ")}.`, "");
  if (installFailed.length > 0) {
    lines.push("## Dependencies that did not install", "", "These run (b) only.", "", "| repository | reason |", "| :-- | :-- |");
    for (const repo of installFailed) lines.push(`| ${repo.name} | ${repo.install.reason.replaceAll("|", "\\|")} |`);
    lines.push("");
  }
  const shapes = [...missedShapes.values()].sort((x, y) => x.rule.localeCompare(y.rule) || y.a + y.b + y.c - (x.a + x.b + x.c) || x.shape.localeCompare(y.shape));
  if (shapes.length > 0) {
    lines.push(
      "## What each setup misses, by shape",
      "",
      `Missed places on the ${typedResults.length} bots of the tables above, grouped by the labels' \`shape\`; for (a) also how many of`,
      `them are in files without type information, and behind \`void\`. (b) on the other ${otherResults.length} bots: the last column.`,
      "Each example is written for this page.",
      "",
      "| rule: shape | (a) | (a): no types / `void` | (b) | (c) | (b), other bots |",
      "| :-- | --: | :-- | --: | --: | --: |",
      ...shapes.map((entry) => {
        const a = entry.rule === nfp ? [entry.a, `${entry.aUntyped} / ${entry.aVoid}`] : ["—", "—"];
        return `| ${entry.rule}: [${entry.shape}](#${anchorOf(entry)}) | ${a.join(" | ")} | ${entry.b} | ${entry.c} | ${entry.bOther} |`;
      }),
      "",
    );
    for (const entry of shapes) {
      const example = exampleOf(entry);
      lines.push(`### ${entry.rule}: ${entry.shape}`, "");
      if (example === undefined) {
        lines.push("(No example written yet.)", "");
        continue;
      }
      lines.push(`${example.what[0].toUpperCase()}${example.what.slice(1)}.`, "", `\`\`\`${example.lang}`, ...example.code, "```", "");
    }
  }
  return lines.join("\n");
}

/** GitHub's anchor of a `### rule: shape` heading. */
function anchorOf(entry) {
  return `${entry.rule}: ${entry.shape}`.toLowerCase().replace(/[^a-z0-9 _-]/g, "").replaceAll(" ", "-");
}

function tseslintVersion() {
  return JSON.parse(readFileSync(path.join(root, "node_modules", "typescript-eslint", "package.json"), "utf8")).version;
}

#!/usr/bin/env node
// The dev corpus harness (eval/README.md): lints each labelled real bot with the BUILT plugin's
// recommended config, untyped, and scores every rule against the labels. With --typed it also
// installs each Node repo's dependencies and lints it again with type information (typescript-eslint's
// project service), scored against the same labels. Writes docs/accuracy.md when it runs on the
// whole corpus.
//
//   node eval/run.mjs                 all repos, untyped, writes docs/accuracy.md
//   node eval/run.mjs --typed         all repos, untyped and typed, writes docs/accuracy.md
//   node eval/run.mjs --repo o/n      one repo, prints every disagreement, writes nothing
//   node eval/run.mjs --repo o/n --typed   also the typed run's disagreements (with the labels and
//                                     with the untyped run)
//   node eval/run.mjs --verbose       all repos, prints every disagreement
//   node eval/run.mjs --json FILE     also writes the raw results
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import ts from "typescript";
import { filesOf, outputFolders, skippedFolders, sourceTypeOf } from "./corpus-files.mjs";

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
const typedMode = flag("--typed");
// `--shuffle SEED`: lints the files one at a time in a seeded random order. ESLint reads files
// asynchronously, so their order varies from run to run: the verdicts must not depend on it.
const shuffleSeed = option("--shuffle");
const installTimeoutMs = 180_000;


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
    reports.push(...(await lintCatching(scoped, dir, group, crashes)));
  }
  return { reports, crashes };
}

/** The files in a random order drawn from the seed (a small linear congruential generator). */
function shuffled(files, seed) {
  let state = [...seed].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
  const order = [...files];
  for (let index = order.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const other = state % (index + 1);
    [order[index], order[other]] = [order[other], order[index]];
  }
  return order;
}

/** Lints the files with one ESLint instance; a crash is caught per file (into `crashes`). */
async function lintCatching(eslint, dir, files, crashes) {
  let results;
  try {
    if (shuffleSeed === undefined) results = await eslint.lintFiles(files);
    else {
      results = [];
      for (const file of shuffled(files, shuffleSeed)) results.push(...(await eslint.lintFiles([file])));
    }
  } catch {
    results = [];
    for (const file of files) {
      try {
        results.push(...(await eslint.lintFiles([file])));
      } catch (error) {
        crashes.push({ file: path.relative(dir, file), error: String(error?.message ?? error).split("\n")[0] });
      }
    }
  }
  const reports = [];
  for (const result of results) {
    for (const message of result.messages) {
      const file = path.relative(dir, result.filePath).split(path.sep).join("/");
      if (message.ruleId === null) {
        // A fatal one is a parse error; others are ESLint's notices (an inline config left unread).
        reports.push({ rule: "(parse)", file, line: message.line, column: message.column, message: message.message, fatal: message.fatal === true });
        continue;
      }
      const rule = message.ruleId.replace(/^grammy-reliability\//, "");
      reports.push({ rule, file, line: message.line, column: message.column, message: message.message });
    }
  }
  return reports;
}

// ---------------------------------------------------------------------------------------------
// Typed mode: dependencies installed with npm, type information from typescript-eslint's project
// service.

/**
 * The folders of the package.json files in scope: for each included folder (default: the repo),
 * the nearest package.json at or above it, and every package.json inside it (not in excluded
 * folders).
 */
function manifestDirs(dir, labels) {
  const excluded = new Set((labels.exclude ?? []).map((folder) => path.join(dir, folder)));
  const found = new Set();
  const walk = (folder) => {
    if (existsSync(path.join(folder, "package.json"))) found.add(folder);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    const packageRoot = found.has(folder);
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (!entry.isDirectory() || excluded.has(full) || skippedFolders.has(entry.name) || entry.name.startsWith(".")) continue;
      if (!(packageRoot && outputFolders.has(entry.name))) walk(full);
    }
  };
  for (const include of labels.include ?? ["."]) {
    const start = path.join(dir, include);
    for (let folder = start; folder === dir || folder.startsWith(dir + path.sep); folder = path.dirname(folder)) {
      if (existsSync(path.join(folder, "package.json"))) {
        found.add(folder);
        break;
      }
    }
    walk(start);
  }
  return [...found].sort();
}

/**
 * `npm install` in one folder, lifecycle scripts off, lockfiles ignored. A success is stamped with
 * the manifest's hash so a rerun does not install again; a failure gives a one-line reason.
 */
function npmInstall(folder) {
  const manifest = readFileSync(path.join(folder, "package.json"));
  const hash = createHash("sha256").update(manifest).digest("hex");
  const stamp = path.join(folder, ".eval-npm-install");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash && existsSync(path.join(folder, "node_modules")))
    return { ok: true, cached: true };
  rmSync(stamp, { force: true });
  const started = performance.now();
  const run = spawnSync(
    "npm",
    ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--legacy-peer-deps", "--no-package-lock"],
    {
      cwd: folder,
      encoding: "utf8",
      timeout: installTimeoutMs,
      killSignal: "SIGKILL",
      maxBuffer: 1 << 28,
      env: { ...process.env, npm_config_update_notifier: "false", npm_config_loglevel: "error" },
    },
  );
  const seconds = Math.round((performance.now() - started) / 1000);
  if (run.error?.code === "ETIMEDOUT" || run.signal === "SIGKILL")
    return { ok: false, reason: `timed out after ${installTimeoutMs / 1000} s` };
  if (run.error) return { ok: false, reason: String(run.error.message).split("\n")[0] };
  if (run.status !== 0) {
    const errors = `${run.stderr}\n${run.stdout}`
      .split("\n")
      .map((line) => line.replace(/^npm (?:error|ERR!)\s*/, "").trim())
      .filter((line) => line && !/complete log of this run|^A complete log|^\d{4}-\d\d-\d\dT/.test(line));
    const code = errors.find((line) => /^code /.test(line));
    const detail = errors.find((line) => !/^(?:code|errno|syscall|path|command|signal|cwd) /.test(line) && !line.startsWith("npm "));
    // A git dependency: which one, and git's own first complaint.
    const gitCommand = errors.findIndex((line) => /^command git .* ls-remote /.test(line));
    const git =
      gitCommand === -1 ? undefined : `${errors[gitCommand].replace(/^command git .* ls-remote\s+/, "git ")} (${errors[gitCommand + 1] ?? "?"})`;
    return { ok: false, reason: [code, detail, git].filter(Boolean).join(": ").slice(0, 300) || `npm exited with ${run.status}` };
  }
  writeFileSync(stamp, hash);
  return { ok: true, cached: false, seconds };
}

/** Installs every package.json in scope; the repo counts as installed when all of them are. */
function installRepo(dir, labels) {
  const folders = manifestDirs(dir, labels);
  if (folders.length === 0) return { ok: false, reason: "no package.json in scope", folders };
  const failures = [];
  let installed = 0;
  for (const folder of folders) {
    const result = npmInstall(folder);
    const where = path.relative(dir, folder) || ".";
    if (!result.ok) failures.push(where === "." ? result.reason : `${where}/package.json: ${result.reason}`);
    else if (!result.cached) {
      installed += 1;
      console.log(`  npm install ${labels.repo} ${where}: ${result.seconds} s`);
    }
  }
  return failures.length > 0
    ? { ok: false, reason: failures.join("; "), folders: folders.map((folder) => path.relative(dir, folder) || ".") }
    : { ok: true, installed, folders: folders.map((folder) => path.relative(dir, folder) || ".") };
}

/**
 * Which tsconfig.json (or jsconfig.json) holds a file, the way the project service looks: configs
 * in the file's folder and above it up to the repo, and the projects they reference. Approximate
 * (the service also counts files that a project's files import); lintTyped corrects it with what
 * the service says.
 */
function projectClassifier(dir) {
  const parsed = new Map();
  const load = (configPath) => {
    if (parsed.has(configPath)) return parsed.get(configPath);
    let project = null;
    try {
      const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} };
      const commandLine = ts.getParsedCommandLineOfConfigFile(configPath, undefined, host);
      if (commandLine)
        project = {
          files: new Set(commandLine.fileNames.map((file) => path.resolve(file))),
          references: (commandLine.projectReferences ?? []).map((reference) => ts.resolveProjectReferencePath(reference)),
        };
    } catch {
      project = null;
    }
    parsed.set(configPath, project);
    return project;
  };
  return (file) => {
    const queue = [];
    for (let folder = path.dirname(file); folder === dir || folder.startsWith(dir + path.sep); folder = path.dirname(folder)) {
      for (const name of ["tsconfig.json", "jsconfig.json"]) {
        if (existsSync(path.join(folder, name))) queue.push(path.join(folder, name));
      }
    }
    const seen = new Set();
    while (queue.length > 0) {
      const configPath = queue.shift();
      if (seen.has(configPath)) continue;
      seen.add(configPath);
      const project = load(configPath);
      if (!project) continue;
      if (project.files.has(file)) return configPath;
      queue.push(...project.references);
    }
    return undefined;
  };
}

const isTypeScriptFile = (file) => /\.[cm]?tsx?$/.test(file);
/** An exact path as a minimatch pattern (allowDefaultProject takes globs). */
const globOf = (relative) => relative.replace(/[\\*?[\](){}!+@]/g, "\\$&");

/**
 * Lints the files with type information, one ESLint instance per repo: TypeScript files through
 * the project service (the repo's tsconfig, or the default project for files no tsconfig holds),
 * JavaScript files typed when a tsconfig with allowJs (or a jsconfig) holds them, else untyped as in
 * the untyped run. When the service disagrees with the classification (a file it finds in a
 * project, or not), the file moves and the repo is linted again (at most twice).
 */
async function lintTyped(dir, files) {
  const classify = projectClassifier(dir);
  const inProject = new Set();
  const inDefault = new Set();
  const untypedJs = new Set();
  for (const file of files) {
    if (classify(file) !== undefined) inProject.add(file);
    else if (isTypeScriptFile(file)) inDefault.add(file);
    else untypedJs.add(file);
  }
  const commonjs = new Set(files.filter((file) => sourceTypeOf(file, dir) === "commonjs"));
  let reports = [];
  let crashes = [];
  let relints = 0;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // The parser keeps one project service per process, made with the first options it sees.
    tsParser.clearCaches();
    const relative = (file) => path.relative(dir, file).split(path.sep).join("/");
    const allowDefaultProject = [...inDefault].map((file) => globOf(relative(file)));
    const parserOptions = {
      ecmaFeatures: { jsx: true },
      tsconfigRootDir: dir,
      projectService: {
        allowDefaultProject,
        maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: Math.max(8, allowDefaultProject.length),
      },
    };
    const typed = new Set([...inProject, ...inDefault]);
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      ignore: false,
      overrideConfig: [
        { files: [(file) => typed.has(file)], languageOptions: { parser: tsParser, parserOptions } },
        { files: [(file) => untypedJs.has(file)], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
        // As in the untyped run, sourceType is set for JavaScript only (TypeScript files are modules).
        { files: [(file) => !isTypeScriptFile(file) && commonjs.has(file)], languageOptions: { sourceType: "commonjs" } },
        { files: [(file) => !isTypeScriptFile(file) && !commonjs.has(file)], languageOptions: { sourceType: "module" } },
        plugin.configs["flat/recommended"],
        { linterOptions: { reportUnusedDisableDirectives: "off", noInlineConfig: true } },
      ],
    });
    crashes = [];
    reports = await lintCatching(eslint, dir, files, crashes);
    let moved = 0;
    for (const report of reports) {
      if (report.rule !== "(parse)") continue;
      const file = path.join(dir, report.file);
      if (/was included by allowDefaultProject but also was found in the project service/.test(report.message) && inDefault.delete(file)) {
        inProject.add(file);
        moved += 1;
      } else if (/was not found by the project service/.test(report.message) && inProject.delete(file)) {
        (isTypeScriptFile(file) ? inDefault : untypedJs).add(file);
        moved += 1;
      }
    }
    if (moved === 0) break;
    relints += 1;
  }
  tsParser.clearCaches();
  const jsTyped = [...inProject].filter((file) => !isTypeScriptFile(file)).length;
  return {
    reports,
    crashes,
    relints,
    counts: { tsconfig: inProject.size - jsTyped, defaultProject: inDefault.size, jsTyped, jsUntyped: untypedJs.size },
  };
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

const fatalCount = (list) => list.filter((error) => error.fatal).length;
const cellOf = (s) => (s.tp + s.fp + s.fn === 0 ? "·" : `${s.tp}/${s.tp + s.fn}${s.fp ? `, ${s.fp} fp` : ""}`);
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
  const { reports, crashes } = await lint(dir, files);
  const scored = score(labels, reports);
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
  const typedRun = await lintTyped(dir, files);
  const typedScored = score(labels, typedRun.reports);
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

const emptyTotals = () => Object.fromEntries(ruleNames.map((rule) => [rule, { tp: 0, fp: 0, fn: 0, silent: 0, silentKept: 0 }]));
const addInto = (into, perRule) => {
  for (const rule of ruleNames) for (const k of Object.keys(into[rule])) into[rule][k] += perRule[rule][k];
};
const totals = emptyTotals();
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
const typedTotals = emptyTotals();
const untypedOnTyped = emptyTotals();
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

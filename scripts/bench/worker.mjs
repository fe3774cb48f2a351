// One measurement of `npm run bench`, run in a fresh Node process by run.mjs so that no JIT state,
// TypeScript program or module cache leaks from one measurement into the next.
//
//   node scripts/bench/worker.mjs '<json>'
//     { cwd, patterns, config, stats, passes, plugin }
//     plugin: the built plugin's entry (run.mjs snapshots dist/ so that a rebuild mid-run is not seen)
//     config: "parse" | "floor-core" | "floor" | "untyped" | "typed-parse" | "typed" | "nfp"
//             floor-core: ESLint's core `no-debugger` alone; floor: the plugin's rules as no-ops (same
//             ids, `create` returns no listener): what ESLint costs for running any rules at all
//     stats:  ESLint's `stats: true` (per-file parse and per-rule times); off for clean wall times
//     files, gcBetweenFiles: lint `files` one by one, with a full GC before each (needs --expose-gc)
//     passes: 1 (cold, what a CLI run costs) or more (lint again in the same ESLint; per-file stats
//             are then the minimum over the warm passes, which filters out GC pauses)
//
// Prints one JSON line: lint wall time, the process's CPU time and peak RSS, and per-file stats.
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { pathToFileURL } from "node:url";

const spec = JSON.parse(process.argv[2]);
const root = path.resolve(import.meta.dirname, "..", "..");
const importStart = performance.now();

const { ESLint } = await import("eslint");
const tsParser = (await import("@typescript-eslint/parser")).default;
const plugin =
  spec.config === "untyped" || spec.config === "typed" || spec.config === "floor"
    ? (await import(pathToFileURL(spec.plugin ?? path.join(root, "dist", "index.js")).href)).default
    : undefined;
const tseslint = spec.config === "nfp" ? (await import("typescript-eslint")).default : undefined;
const importMs = performance.now() - importStart;

const typed = spec.config === "typed-parse" || spec.config === "typed" || spec.config === "nfp";
const parserOptions = typed ? { projectService: true, tsconfigRootDir: spec.cwd } : {};
const config = [
  {
    files: ["**/*.ts", "**/*.mts", "**/*.cts"],
    languageOptions: { parser: tsParser, parserOptions },
  },
  {
    // The repository's CommonJS examples: same parser, CommonJS scope.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { parser: tsParser, sourceType: "commonjs", parserOptions },
  },
  // Lint everything the config reaches; never report unused disable comments (no rules, no noise).
  { linterOptions: { reportUnusedDisableDirectives: "off", reportUnusedInlineConfigs: "off" } },
];
if (plugin && spec.config === "floor") {
  const recommended = plugin.configs["flat/recommended"];
  const noOps = Object.fromEntries(Object.entries(plugin.rules).map(([id, rule]) => [id, { meta: rule.meta, create: () => ({}) }]));
  const namespace = Object.keys(recommended.plugins)[0];
  config.push({ ...recommended, plugins: { [namespace]: { meta: plugin.meta, rules: noOps } } });
} else if (plugin) {
  config.push(plugin.configs["flat/recommended"]);
}
if (spec.config === "floor-core") config.push({ files: ["**/*"], rules: { "no-debugger": "error" } });
if (tseslint) {
  config.push({
    files: ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.js", "**/*.cjs"],
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: { "@typescript-eslint/no-floating-promises": "error" },
  });
}

const eslint = new ESLint({
  cwd: spec.cwd,
  overrideConfigFile: true,
  overrideConfig: config,
  stats: Boolean(spec.stats),
  cache: false,
  fix: false,
  warnIgnored: false,
});

let results;
let lintMs = 0;
let lintCpuMs = 0;
const warmPasses = [];
for (let pass = 0; pass < (spec.passes ?? 1); pass++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  if (spec.gcBetweenFiles) {
    // One file at a time, after a full GC: a file's rules are not charged for its predecessors' garbage.
    results = [];
    for (const file of spec.files) {
      globalThis.gc();
      results.push(...(await eslint.lintFiles([file])));
    }
  } else {
    results = await eslint.lintFiles(spec.patterns);
  }
  lintMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  lintCpuMs = (used.user + used.system) / 1000;
  if (pass > 0) warmPasses.push(results);
}

const findings = {};
let fatal = 0;
for (const result of results) {
  for (const message of result.messages) {
    if (message.fatal) fatal++;
    const id = message.ruleId ?? "(parse)";
    findings[id] = (findings[id] ?? 0) + 1;
  }
}

/** Per-file stats of one pass; with several passes, the minimum over the warm ones (GC-robust). */
const files = [];
if (spec.stats) {
  const passes = warmPasses.length > 0 ? warmPasses : [results];
  for (const [index, result] of results.entries()) {
    const times = passes.map((pass) => pass[index].stats?.times?.passes?.[0]);
    const rules = {};
    for (const id of Object.keys(times[0]?.rules ?? {})) {
      rules[id] = Math.min(...times.map((time) => time?.rules?.[id]?.total ?? Number.POSITIVE_INFINITY));
    }
    files.push({
      file: path.relative(spec.cwd, result.filePath),
      bytes: statSync(result.filePath).size,
      parse: Math.min(...times.map((time) => time?.parse?.total ?? Number.POSITIVE_INFINITY)),
      rules,
      total: Math.min(...times.map((time) => time?.total ?? Number.POSITIVE_INFINITY)),
    });
  }
}

const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({
    config: spec.config,
    fileCount: results.length,
    importMs,
    lintMs,
    lintCpuMs,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssKb: usage.maxRSS,
    findings,
    fatal,
    files,
  })}\n`,
);

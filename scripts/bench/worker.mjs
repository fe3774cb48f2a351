// One measurement of `npm run bench`, run in a fresh Node process by run.mjs so that no JIT state,
// TypeScript program or module cache leaks from one measurement into the next.
//
//   node scripts/bench/worker.mjs '<json>'      (or '@<file>' holding the JSON)
//     { cwd, patterns, config, stats, passes, plugin }
//     plugin: the built plugin's entry (run.mjs snapshots dist/ so that a rebuild mid-run is not seen)
//     config: "parse" | "floor-core" | "floor" | "untyped" | "typed-parse" | "typed" | "nfp"
//             floor-core: ESLint's core `no-debugger` alone; floor: the plugin's rules as no-ops (same
//             ids, `create` returns no listener): what ESLint costs for running any rules at all
//     stats:  ESLint's `stats: true` (per-file parse and per-rule times); off for clean wall times
//     files, gcBetweenFiles: lint `files` one by one, with a full GC before each (needs --expose-gc)
//     passes: 1 (cold, what a CLI run costs) or more (lint again in the same ESLint; per-file stats
//             are then the minimum over the warm passes, which filters out GC pauses)
//     projects: instead of cwd/patterns, real projects linted one after the other in this process
//             (the dev corpus): [{ name, cwd, groups: { module: [files], commonjs: [files] } }].
//             Each gets its own ESLint (cwd = the project, as a CLI run there), configured as
//             eval/run.mjs does: TypeScript through @typescript-eslint/parser, JavaScript through
//             espree with the sourceType Node gives it, JSX on. Files that do not parse are counted,
//             not fatal; a rule that throws on a file is caught and counted as a crash.
//
// Prints one JSON line: lint wall time, the process's CPU time and peak RSS, and per-file stats.
import { readFileSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { pathToFileURL } from "node:url";

// A long spec (the dev corpus lists every file) comes as `@<file>`: one argument may hold 128 KiB at most.
const spec = JSON.parse(process.argv[2].startsWith("@") ? readFileSync(process.argv[2].slice(1), "utf8") : process.argv[2]);
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
if (typed && spec.projects) throw new Error("the dev corpus is linted untyped only (its dependencies are not installed)");
const parserOptions = typed ? { projectService: true, tsconfigRootDir: spec.cwd } : {};

/** The rules of the configuration: none, `no-debugger`, the plugin's (no-ops or real), or nfp. */
function ruleConfigs() {
  const configs = [];
  if (plugin && spec.config === "floor") {
    const recommended = plugin.configs["flat/recommended"];
    const noOps = Object.fromEntries(Object.entries(plugin.rules).map(([id, rule]) => [id, { meta: rule.meta, create: () => ({}) }]));
    const namespace = Object.keys(recommended.plugins)[0];
    configs.push({ ...recommended, plugins: { [namespace]: { meta: plugin.meta, rules: noOps } } });
  } else if (plugin) {
    configs.push(plugin.configs["flat/recommended"]);
  }
  if (spec.config === "floor-core") configs.push({ files: ["**/*"], rules: { "no-debugger": "error" } });
  if (tseslint) {
    configs.push({
      files: ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.js", "**/*.cjs"],
      plugins: { "@typescript-eslint": tseslint.plugin },
      rules: { "@typescript-eslint/no-floating-promises": "error" },
    });
  }
  return configs;
}

// Lint everything the config reaches; never report unused disable comments (no rules, no noise).
const linterOptions = { linterOptions: { reportUnusedDisableDirectives: "off", reportUnusedInlineConfigs: "off" } };

const eslintOptions = (cwd, overrideConfig, extra = {}) => ({
  cwd,
  overrideConfigFile: true,
  overrideConfig,
  stats: Boolean(spec.stats),
  cache: false,
  fix: false,
  warnIgnored: false,
  ...extra,
});

if (spec.projects) await lintProjects();
else await lintPatterns();

/** The generated corpora, the repository's files, the scaling files: one ESLint, one project. */
async function lintPatterns() {
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
    linterOptions,
    ...ruleConfigs(),
  ];

  const eslint = new ESLint(eslintOptions(spec.cwd, config));

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
  write({ fileCount: results.length, lintMs, lintCpuMs, findings, fatal, files: fileStats(spec.cwd, results, warmPasses) });
}

/** Per-file stats of one pass; with several passes, the minimum over the warm ones (GC-robust). */
function fileStats(cwd, results, warmPasses) {
  const files = [];
  if (!spec.stats) return files;
  const passes = warmPasses.length > 0 ? warmPasses : [results];
  for (const [index, result] of results.entries()) {
    const times = passes.map((pass) => pass[index].stats?.times?.passes?.[0]);
    const rules = {};
    for (const id of Object.keys(times[0]?.rules ?? {})) {
      rules[id] = Math.min(...times.map((time) => time?.rules?.[id]?.total ?? Number.POSITIVE_INFINITY));
    }
    files.push({
      file: path.relative(cwd, result.filePath),
      bytes: statSync(result.filePath).size,
      parse: Math.min(...times.map((time) => time?.parse?.total ?? Number.POSITIVE_INFINITY)),
      rules,
      total: Math.min(...times.map((time) => time?.total ?? Number.POSITIVE_INFINITY)),
    });
  }
  return files;
}

function write(result) {
  const usage = process.resourceUsage();
  process.stdout.write(
    `${JSON.stringify({
      config: spec.config,
      importMs,
      ...result,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      maxRssKb: usage.maxRSS,
    })}\n`,
  );
}

/**
 * The dev corpus: each project linted by its own ESLint (one per sourceType of its JavaScript, as
 * eval/run.mjs does), one project after the other. Lint time is the sum of the `lintFiles` calls.
 */
async function lintProjects() {
  const findings = {};
  const projects = [];
  const files = [];
  let fatal = 0;
  let crashes = 0;
  let fileCount = 0;
  let lintMs = 0;
  let lintCpuMs = 0;
  for (const project of spec.projects) {
    let projectMs = 0;
    for (const [sourceType, group] of Object.entries(project.groups)) {
      if (group.length === 0) continue;
      const eslint = new ESLint(
        eslintOptions(
          project.cwd,
          [
            {
              files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"],
              languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
            },
            {
              files: ["**/*.js", "**/*.jsx", "**/*.cjs", "**/*.mjs"],
              languageOptions: { sourceType, parserOptions: { ecmaFeatures: { jsx: true } } },
            },
            // As eval/run.mjs: the repositories' own inline configuration names rules not loaded here.
            { linterOptions: { ...linterOptions.linterOptions, noInlineConfig: true } },
            ...ruleConfigs(),
          ],
          { ignore: false },
        ),
      );
      const start = performance.now();
      const cpu = process.cpuUsage();
      let results;
      try {
        results = await eslint.lintFiles(group);
      } catch {
        // A rule threw on some file: lint them one by one, and count the ones that throw.
        results = [];
        for (const file of group) {
          try {
            results.push(...(await eslint.lintFiles([file])));
          } catch {
            crashes++;
          }
        }
      }
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      projectMs += ms;
      lintMs += ms;
      lintCpuMs += (used.user + used.system) / 1000;
      fileCount += results.length;
      for (const result of results) {
        for (const message of result.messages) {
          if (message.fatal) fatal++;
          const id = message.ruleId ?? "(parse)";
          findings[id] = (findings[id] ?? 0) + 1;
        }
      }
      for (const file of fileStats(project.cwd, results, [])) files.push({ ...file, file: path.join(project.name, file.file) });
    }
    projects.push({ name: project.name, lintMs: projectMs });
  }
  write({ fileCount, lintMs, lintCpuMs, findings, fatal, crashes, projects, files });
}

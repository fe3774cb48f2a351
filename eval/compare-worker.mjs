// One setup of `npm run compare` (eval/compare.mjs) over the dev corpus, in a fresh Node process so
// that no JIT state, TypeScript program or module cache leaks from one setup into the next.
//
//   node eval/compare-worker.mjs <spec.json>
//     { setup, plugin, out, repos: [{ name, dir, files: [relative], classification? }] }
//     setup: "a"              typescript-eslint's no-floating-promises and no-misused-promises, typed,
//                             with the options of its recommended-type-checked config
//            "b"              the plugin's flat/recommended, untyped
//            "c"              the plugin's flat/recommended, typed
//            "floor"          typed, no rules: what parsing with type information costs
//            "floor-untyped"  untyped, no rules
//            "classify"       typed, no rules, letting the project service correct which files a
//                             tsconfig holds (eval/lib/lint.mjs): the classification the typed
//                             setups then reuse, so that each of them lints every file once
//     classification: { inProject, inDefault, untypedJs } (relative paths), from "classify"
//
// Lints each repository as eval/run.mjs does (eval/lib/lint.mjs) with ESLint's `stats: true`, and
// writes to `out`: per repository the reports, the crashes, and per file the parse, rule and total
// times of ESLint's stats.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import tseslint from "typescript-eslint";
import { lintTyped, lintUntyped } from "./lib/lint.mjs";

const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { default: plugin } = await import(pathToFileURL(spec.plugin).href);

/** typescript-eslint's two promise rules, set as its recommended-type-checked config sets them. */
const promiseRules = ["@typescript-eslint/no-floating-promises", "@typescript-eslint/no-misused-promises"];
const recommendedTypeChecked = Object.assign({}, ...tseslint.configs.recommendedTypeChecked.map((config) => config.rules ?? {}));
const tseslintRules = Object.fromEntries(promiseRules.map((rule) => [rule, recommendedTypeChecked[rule]]));

const typedSetups = new Set(["a", "c", "floor", "classify"]);
/** The rules of the setup; typescript-eslint's only on the files that have type information. */
const ruleConfigs = (typed) => {
  if (spec.setup === "b" || spec.setup === "c") return [plugin.configs["flat/recommended"]];
  if (spec.setup === "a")
    return [{ files: [(file) => typed.has(file)], plugins: { "@typescript-eslint": tseslint.plugin }, rules: tseslintRules }];
  return [];
};

const absolute = (dir, list) => (list ?? []).map((file) => path.join(dir, file));
const relative = (dir, file) => path.relative(dir, file).split(path.sep).join("/");

const out = [];
for (const repo of spec.repos) {
  const files = absolute(repo.dir, repo.files);
  const eslintOptions = { stats: true, cache: false, fix: false };
  let run;
  if (typedSetups.has(spec.setup)) {
    const classification =
      spec.setup === "classify"
        ? undefined
        : {
            inProject: absolute(repo.dir, repo.classification.inProject),
            inDefault: absolute(repo.dir, repo.classification.inDefault),
            untypedJs: absolute(repo.dir, repo.classification.untypedJs),
          };
    run = await lintTyped(repo.dir, files, ruleConfigs, { eslintOptions, classification });
  } else {
    run = await lintUntyped(repo.dir, files, ruleConfigs(new Set()), { eslintOptions });
  }
  const stats = run.results.map((result) => {
    const passes = result.stats?.times?.passes ?? [];
    const rules = {};
    for (const pass of passes) for (const [id, time] of Object.entries(pass.rules ?? {})) rules[id] = (rules[id] ?? 0) + time.total;
    return {
      file: relative(repo.dir, result.filePath),
      parse: passes.reduce((sum, pass) => sum + (pass.parse?.total ?? 0), 0),
      rules,
      total: passes.reduce((sum, pass) => sum + (pass.total ?? 0), 0),
    };
  });
  const entry = { name: repo.name, reports: run.reports, crashes: run.crashes, stats };
  if (spec.setup === "classify") {
    const { inProject, inDefault, untypedJs } = run.classification;
    entry.classification = {
      inProject: [...inProject].map((file) => relative(repo.dir, file)).sort(),
      inDefault: [...inDefault].map((file) => relative(repo.dir, file)).sort(),
      untypedJs: [...untypedJs].map((file) => relative(repo.dir, file)).sort(),
    };
    entry.counts = run.counts;
    entry.relints = run.relints;
  }
  out.push(entry);
  process.stderr.write(".");
}
process.stderr.write("\n");
// The process's own CPU time (its threads included), for eval/compare.mjs's measure of other work.
const usage = process.resourceUsage();
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
writeFileSync(spec.out, JSON.stringify({ setup: spec.setup, tseslintRules, cpuMs, repos: out }));

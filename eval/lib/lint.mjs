// Linting a corpus repository as eval/README.md describes: untyped (TypeScript through
// typescript-eslint's parser, JavaScript through espree with the sourceType Node gives it), or typed
// (typescript-eslint's project service). The rules are the caller's: eval/run.mjs passes the plugin's
// `flat/recommended`, eval/compare.mjs also typescript-eslint's rules and none (the floor).
import path from "node:path";
import { existsSync } from "node:fs";
import tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import ts from "typescript";
import { sourceTypeOf } from "../corpus-files.mjs";

// The repositories' own inline configuration names rules that are not loaded here: it is not read.
const linterOptions = { linterOptions: { reportUnusedDisableDirectives: "off", noInlineConfig: true } };

/**
 * Lints the files untyped, one ESLint instance per sourceType of the JavaScript files; a crash of a
 * rule is caught per file and counted, never fatal. `eslintOptions` adds to ESLint's options
 * (`stats: true`).
 */
export async function lintUntyped(dir, files, ruleConfigs, { shuffleSeed, eslintOptions } = {}) {
  const reports = [];
  const crashes = [];
  const results = [];
  const byType = { commonjs: [], module: [] };
  for (const file of files) byType[sourceTypeOf(file, dir)].push(file);
  for (const [sourceType, group] of Object.entries(byType)) {
    if (group.length === 0) continue;
    const scoped = new ESLint({
      ...eslintOptions,
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
        ...ruleConfigs,
        linterOptions,
      ],
    });
    const groupResults = await lintCatching(scoped, dir, group, crashes, shuffleSeed);
    results.push(...groupResults);
    reports.push(...reportsOf(dir, groupResults));
  }
  return { reports, crashes, results };
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

/**
 * Lints the files with one ESLint instance; a crash is caught per file (into `crashes`). With
 * `shuffleSeed`, the files one at a time in a seeded random order.
 */
async function lintCatching(eslint, dir, files, crashes, shuffleSeed) {
  try {
    if (shuffleSeed === undefined) return await eslint.lintFiles(files);
    const results = [];
    for (const file of shuffled(files, shuffleSeed)) results.push(...(await eslint.lintFiles([file])));
    return results;
  } catch {
    const results = [];
    for (const file of files) {
      try {
        results.push(...(await eslint.lintFiles([file])));
      } catch (error) {
        crashes.push({ file: path.relative(dir, file), error: String(error?.message ?? error).split("\n")[0] });
      }
    }
    return results;
  }
}

/** ESLint's messages as reports: rule (without the plugin's prefix), repo-relative file, position. */
function reportsOf(dir, results) {
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

export const isTypeScriptFile = (file) => /\.[cm]?tsx?$/.test(file);
/** An exact path as a minimatch pattern (allowDefaultProject takes globs). */
const globOf = (relative) => relative.replace(/[\\*?[\](){}!+@]/g, "\\$&");

/**
 * Lints the files with type information, one ESLint instance per repo: TypeScript files through
 * the project service (the repo's tsconfig, or the default project for files no tsconfig holds),
 * JavaScript files typed when a tsconfig with allowJs (or a jsconfig) holds them, else untyped as in
 * the untyped run. When the service disagrees with the classification (a file it finds in a
 * project, or not), the file moves and the repo is linted again (at most twice).
 *
 * `ruleConfigs` is a list of configs, or a function of the set of typed files that returns one (for
 * rules that need type information). `classification` ({ inProject, inDefault, untypedJs }: sets
 * of absolute paths, as returned) skips the guess and the second lints: the files are linted once.
 */
export async function lintTyped(dir, files, ruleConfigs, { shuffleSeed, eslintOptions, classification } = {}) {
  const inProject = new Set(classification?.inProject);
  const inDefault = new Set(classification?.inDefault);
  const untypedJs = new Set(classification?.untypedJs);
  if (classification === undefined) {
    const classify = projectClassifier(dir);
    for (const file of files) {
      if (classify(file) !== undefined) inProject.add(file);
      else if (isTypeScriptFile(file)) inDefault.add(file);
      else untypedJs.add(file);
    }
  }
  const commonjs = new Set(files.filter((file) => sourceTypeOf(file, dir) === "commonjs"));
  let reports = [];
  let crashes = [];
  let results = [];
  let relints = 0;
  for (let attempt = 0; attempt < (classification === undefined ? 3 : 1); attempt += 1) {
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
      ...eslintOptions,
      cwd: dir,
      overrideConfigFile: true,
      ignore: false,
      overrideConfig: [
        { files: [(file) => typed.has(file)], languageOptions: { parser: tsParser, parserOptions } },
        { files: [(file) => untypedJs.has(file)], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
        // As in the untyped run, sourceType is set for JavaScript only (TypeScript files are modules).
        { files: [(file) => !isTypeScriptFile(file) && commonjs.has(file)], languageOptions: { sourceType: "commonjs" } },
        { files: [(file) => !isTypeScriptFile(file) && !commonjs.has(file)], languageOptions: { sourceType: "module" } },
        ...(typeof ruleConfigs === "function" ? ruleConfigs(typed) : ruleConfigs),
        linterOptions,
      ],
    });
    crashes = [];
    results = await lintCatching(eslint, dir, files, crashes, shuffleSeed);
    reports = reportsOf(dir, results);
    let moved = 0;
    for (const report of reports) {
      if (report.rule !== "(parse)" || classification !== undefined) continue;
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
    results,
    relints,
    classification: { inProject, inDefault, untypedJs },
    counts: { tsconfig: inProject.size - jsTyped, defaultProject: inDefault.size, jsTyped, jsUntyped: untypedJs.size },
  };
}

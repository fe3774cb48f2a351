// Which files of a corpus repository are linted, and as what: shared by the accuracy harness
// (eval/run.mjs) and the benchmark's dev-corpus workload (scripts/bench/run.mjs), so that both
// measure the same files.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Source files, by extension; declaration files are left out where files are listed. */
export const sourceFile = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** Folders that hold no source of the project, wherever they are: dependencies, tools' caches. */
export const skippedFolders = new Set(["node_modules", ".git", "vendor"]);

/**
 * Folders of build output, skipped where a package keeps them: beside its package.json or
 * deno.json. Elsewhere the name is the project's own (`src/infra/out/` of a hexagonal layout).
 */
export const outputFolders = new Set(["dist", "build", "out", "coverage", ".next"]);

const manifestNames = new Set(["package.json", "deno.json", "deno.jsonc"]);

/** The source files under the labels' include folders (default: all), minus the excluded ones. */
export function filesOf(dir, labels) {
  const excluded = new Set((labels.exclude ?? []).map((folder) => path.join(dir, folder)));
  const files = [];
  const walk = (folder) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    const packageRoot = entries.some((entry) => entry.isFile() && manifestNames.has(entry.name));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (excluded.has(full)) continue;
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name) && !(packageRoot && outputFolders.has(entry.name))) walk(full);
      } else if (entry.isFile() && sourceFile.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) {
        if (statSync(full).size < 1_000_000) files.push(full);
      }
    }
  };
  for (const folder of labels.include ?? ["."]) walk(path.join(dir, folder));
  return files.sort();
}

/** CommonJS or ES module, the way Node decides for a .js file: the nearest package.json's type. */
export function sourceTypeOf(file, dir) {
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

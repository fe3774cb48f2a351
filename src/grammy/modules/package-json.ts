import path from "node:path";

import { resolveImports, type PathConditionsMap } from "resolve-pkg-maps";

import { derivedLifetimeMs, fileExists, fileMtime, readProjectFile } from "./files";
import { parseJsonc } from "./import-map";

/** A package.json as far as resolution reads it; any field may be missing or of the wrong type. */
export type Manifest = Readonly<Record<string, unknown>>;

/**
 * The conditions of `exports` and `imports` maps that the project's toolchain may pick: TypeScript's
 * (`types`), Node's and bundlers' (`import`, `require`, `node`), and the fallback. Which of them
 * wins is the map's own order, as in Node.
 */
export const conditions: readonly string[] = ["types", "import", "require", "node", "default"];

/** The conditions without `types`: what runs, which tells the analysis more than what is declared. */
const runtimeConditions = conditions.filter((condition) => condition !== "types");

/**
 * The targets of an `exports` or `imports` map for a request: first under the runtime's
 * conditions, then with `types` too. Node stops at the first condition that matches; TypeScript
 * goes on to the next when that one's file is missing, and so does the caller with this list.
 * Empty when the map has nothing for the request (resolve-pkg-maps throws Node's errors then).
 */
export function mapTargets(resolve: (conditions: readonly string[]) => string[]): string[] {
  const targets: string[] = [];
  for (const chosen of [runtimeConditions, conditions]) {
    try {
      targets.push(...resolve(chosen));
    } catch {
      // not mapped under these conditions
    }
  }
  return [...new Set(targets)];
}

const manifestCache = new Map<string, { mtimeMs: number; manifest: Manifest | undefined }>();

/** The package.json of `directory`, parsed once per modification time; undefined without one. */
export function manifestIn(directory: string): Manifest | undefined {
  const file = path.join(directory, "package.json");
  if (!fileExists(file)) return undefined;
  const mtimeMs = fileMtime(file);
  if (mtimeMs === undefined) return undefined;
  const cached = manifestCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.manifest;
  const manifest = parseJsonc(readProjectFile(file));
  manifestCache.set(file, { mtimeMs, manifest });
  return manifest;
}

const nearestCache = new Map<string, { at: number; found: { directory: string; manifest: Manifest } | undefined }>();

/** The nearest package.json up from `directory` (itself included), as Node finds a package's scope. */
export function nearestManifest(directory: string, depth = 0): { directory: string; manifest: Manifest } | undefined {
  const now = Date.now();
  const cached = nearestCache.get(directory);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.found;
  const manifest = manifestIn(directory);
  const parent = path.dirname(directory);
  const found = manifest
    ? { directory, manifest }
    : parent !== directory && depth < 64
      ? nearestManifest(parent, depth + 1)
      : undefined;
  nearestCache.set(directory, { at: now, found });
  return found;
}

/**
 * What a `#` specifier of a file in `directory` maps to through the `imports` of its package's
 * package.json (`"#root/*": "./src/*"`, conditional forms too): targets relative to that package
 * (`./src/bot.js`) or bare package names. Undefined when the package maps nothing for it.
 */
export function packageImportTargets(directory: string, specifier: string): { directory: string; targets: readonly string[] } | undefined {
  const scope = nearestManifest(directory);
  const imports = scope?.manifest.imports;
  if (!scope || typeof imports !== "object" || imports === null || Array.isArray(imports)) return undefined;
  const targets = mapTargets((chosen) => resolveImports(imports as PathConditionsMap, specifier, chosen));
  return targets.length > 0 ? { directory: scope.directory, targets } : undefined;
}

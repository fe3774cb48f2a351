import path from "node:path";

import { createPathsMatcher, parseTsconfig, type TsConfigResult } from "get-tsconfig";

import { derivedLifetimeMs, fileExists, readProjectFile } from "./files";
import { parseJsonc } from "./import-map";

/**
 * TypeScript's `compilerOptions.paths` and `baseUrl` for the files of one folder, as the nearest
 * `tsconfig.json` or `jsconfig.json` sets them (its `extends` chain followed): the candidate paths
 * TypeScript tries for a bare specifier, in its order, or undefined when no config maps it.
 * Candidates are absolute paths as the config writes them (`/project/src/bot.js`), or a URL when a
 * mapping names one; which of them is a file is for the caller to find out.
 */
export function tsconfigCandidates(directory: string, specifier: string): readonly string[] | undefined {
  const matcher = matcherFor(directory);
  if (!matcher) return undefined;
  const candidates = matcher(specifier);
  return candidates.length > 0 ? candidates : undefined;
}

type PathsMatcher = (specifier: string) => string[];

const configCache = new Map<string, { at: number; file: string | undefined }>();

/**
 * The config TypeScript's language service takes for a file of `directory`: the nearest folder up
 * with a `tsconfig.json` or a `jsconfig.json`, the former first in one folder. Found from the
 * cached folder listings (the import-map lookup lists the same folders), so a project without
 * either costs no extra file system call.
 */
function configFileFor(directory: string, depth = 0): string | undefined {
  const now = Date.now();
  const cached = configCache.get(directory);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.file;
  const own = ["tsconfig.json", "jsconfig.json"].map((name) => path.join(directory, name)).find((file) => fileExists(file));
  const parent = path.dirname(directory);
  const file = own ?? (parent !== directory && depth < 64 ? configFileFor(parent, depth + 1) : undefined);
  configCache.set(directory, { at: now, file });
  return file;
}

const matcherCache = new Map<string, { at: number; matcher: PathsMatcher | undefined }>();

/**
 * get-tsconfig's own cache (file existence, parsed configs of the `extends` chain), handed to each
 * of its calls and dropped after `derivedLifetimeMs`, so that an editor session sees an edit.
 */
let libraryCache = new Map<string, string>();
let libraryCacheAt = 0;

function matcherFor(directory: string): PathsMatcher | undefined {
  const file = configFileFor(directory);
  if (file === undefined) return undefined;
  const now = Date.now();
  const cached = matcherCache.get(file);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.matcher;
  if (now - libraryCacheAt >= derivedLifetimeMs) {
    libraryCache = new Map();
    libraryCacheAt = now;
  }
  let matcher: PathsMatcher | undefined;
  try {
    const config = configAt(file);
    matcher = config ? (createPathsMatcher(config) ?? undefined) : undefined;
  } catch {
    matcher = undefined; // e.g. a non-relative `paths` target without `baseUrl`, which tsc rejects too
  }
  matcherCache.set(file, { at: now, matcher });
  return matcher;
}

/** The config with its `extends` chain applied (get-tsconfig reads JSONC as tsc does). */
function configAt(file: string): TsConfigResult | undefined {
  try {
    return { path: file, config: parseTsconfig(file, libraryCache) };
  } catch {
    return ownOptionsOf(file);
  }
}

/**
 * A config get-tsconfig cannot read whole, most often because it `extends` a package that is not
 * installed (`@tsconfig/node20`, in a checkout without node_modules), or in a cycle: tsc reports
 * the `extends` and goes on with the config's own options, and so does this. A config that is not
 * JSON(C) at all, or cannot be read, counts as none.
 */
function ownOptionsOf(file: string): TsConfigResult | undefined {
  const compilerOptions = parseJsonc(readProjectFile(file))?.compilerOptions;
  if (typeof compilerOptions !== "object" || compilerOptions === null) return undefined;
  const { paths, baseUrl } = compilerOptions as Record<string, unknown>;
  const options: Record<string, unknown> = {};
  if (isPaths(paths)) options.paths = paths;
  if (typeof baseUrl === "string") options.baseUrl = baseUrl;
  return { path: file, config: { compilerOptions: options } };
}

function isPaths(value: unknown): value is Record<string, string[]> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((targets) => Array.isArray(targets) && targets.every((target) => typeof target === "string"))
  );
}

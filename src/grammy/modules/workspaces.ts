import path from "node:path";

import { resolveExports, type PathConditions } from "resolve-pkg-maps";

import { derivedLifetimeMs, fileExists, foldersIn, readProjectFile } from "./files";
import { manifestIn, mapTargets, type Manifest } from "./package-json";

/**
 * The packages of the project's own workspace (npm and yarn `workspaces`, pnpm's
 * `pnpm-workspace.yaml`), found by name without node_modules: the projects linted here are often
 * checkouts where nothing is installed, and a workspace package is the project's own source.
 * Packages installed from the registry are never followed (grammY is recognised by name).
 */

interface WorkspacePackage {
  readonly directory: string;
  readonly manifest: Manifest;
}

/**
 * The files a bare specifier (`@acme/shared`, `@acme/shared/utils`) of a file in `directory` may
 * name when it names a package of the workspace, best first: where the package's `exports` (or
 * `source`, `module`, `main`, `types`) point, the source a missing build output is built from
 * (`dist/index.js` -> `src/index.ts`), and `src/index` or `index`. Paths without extension are
 * base paths to add one to. Undefined when no workspace package has that name.
 */
export function workspaceCandidates(directory: string, specifier: string): readonly string[] | undefined {
  const name = packageNameOf(specifier);
  if (name === undefined) return undefined;
  const root = workspaceRootOf(directory);
  const found = root && packagesOf(root).get(name);
  if (!found) return undefined;
  return entryCandidates(found, specifier.slice(name.length + 1));
}

/** `@scope/name` or `name`: the package a bare specifier names, or undefined when it names none. */
function packageNameOf(specifier: string): string | undefined {
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  return name && /^(?:@[^/@\s]+\/)?[^/@\s.][^/\s]*$/.test(name) ? name : undefined;
}

/** Folders that usually hold build output, and may be missing from a checkout (a `dist/` in .gitignore). */
const outputFolders = new Set(["dist", "build", "lib", "out", "esm", "cjs", "types"]);

function entryCandidates(found: WorkspacePackage, subpath: string): string[] {
  const { directory, manifest } = found;
  const candidates: string[] = [];
  const add = (target: unknown): void => {
    if (typeof target !== "string" || target.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(target)) return;
    const file = path.resolve(directory, target);
    if (!isInside(directory, file)) return;
    candidates.push(file);
    const declaration = /\.d(\.[cm]?)ts$/.exec(file);
    const runtime = declaration ? `${file.slice(0, -declaration[0].length)}${declaration[1] ?? "."}js` : file;
    if (declaration) candidates.push(runtime);
    const relative = path.relative(directory, runtime).split(path.sep);
    let first = 0;
    while (first < relative.length - 1 && outputFolders.has(relative[first] ?? "")) first++;
    if (first > 0) candidates.push(path.join(directory, "src", ...relative.slice(first)));
  };
  const exports = manifest.exports;
  if (exports !== undefined && exports !== null) {
    for (const target of mapTargets((chosen) => resolveExports(exports as PathConditions, subpath, chosen))) add(target);
  } else if (subpath === "") {
    for (const field of ["source", "module", "main", "types", "typings"]) add(manifest[field]);
  } else {
    add(`./${subpath}`);
  }
  if (subpath === "") candidates.push(path.join(directory, "src", "index"), path.join(directory, "index"));
  return [...new Set(candidates)];
}

function isInside(directory: string, file: string): boolean {
  const relative = path.relative(directory, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

// --- the workspace and its packages ----------------------------------------------------------------

interface Workspace {
  readonly directory: string;
  /** The folder globs of its packages (`packages/*`), negated ones with their `!`. */
  readonly patterns: readonly string[];
}

const rootCache = new Map<string, { at: number; root: Workspace | undefined }>();

/** The nearest folder up from `directory` whose package.json or pnpm-workspace.yaml lists workspaces. */
function workspaceRootOf(directory: string, depth = 0): Workspace | undefined {
  const now = Date.now();
  const cached = rootCache.get(directory);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.root;
  const patterns = pnpmPatterns(directory) ?? npmPatterns(manifestIn(directory));
  const parent = path.dirname(directory);
  const root = patterns
    ? { directory, patterns }
    : parent !== directory && depth < 64
      ? workspaceRootOf(parent, depth + 1)
      : undefined;
  rootCache.set(directory, { at: now, root });
  return root;
}

/** `"workspaces": ["packages/*"]` (npm, yarn) or `"workspaces": { "packages": [...] }` (yarn 1). */
function npmPatterns(manifest: Manifest | undefined): string[] | undefined {
  let workspaces = manifest?.workspaces;
  if (typeof workspaces === "object" && workspaces !== null && !Array.isArray(workspaces)) {
    workspaces = (workspaces as Record<string, unknown>).packages;
  }
  return Array.isArray(workspaces) ? workspaces.filter((item): item is string => typeof item === "string") : undefined;
}

/**
 * The `packages:` list of a pnpm-workspace.yaml: block (`- "apps/*"`) or flow (`[apps/*]`) style,
 * quoted or not. The rest of the file (catalogs, settings) is not read: no YAML parser needed.
 */
export function pnpmPatterns(directory: string): string[] | undefined {
  const file = path.join(directory, "pnpm-workspace.yaml");
  if (!fileExists(file)) return undefined;
  const text = readProjectFile(file);
  if (text === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^packages\s*:/.test(line));
  if (start < 0) return [];
  const unquote = (item: string): string => item.trim().replace(/^(["'])(.*)\1$/, "$2");
  const inline = withoutComment(lines[start]?.replace(/^packages\s*:/, "") ?? "").trim();
  if (inline.startsWith("[")) {
    return inline.replace(/^\[|\]$/g, "").split(",").map(unquote).filter(Boolean);
  }
  const patterns: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line) && !line.startsWith("#")) break; // the next top-level key
    const item = /^\s*-\s*(.+)$/.exec(withoutComment(line));
    if (item?.[1] !== undefined) patterns.push(unquote(item[1]));
  }
  return patterns.filter(Boolean);
}

/** A YAML line without its `# comment` (a `#` inside quotes stays). */
function withoutComment(line: string): string {
  return line.replace(/\s+#(?=(?:[^"']|"[^"]*"|'[^']*')*$).*$/, "");
}

const packagesCache = new Map<string, { at: number; packages: ReadonlyMap<string, WorkspacePackage> }>();

/** The workspace's packages by name, listed at most once per `derivedLifetimeMs`. */
function packagesOf(root: Workspace): ReadonlyMap<string, WorkspacePackage> {
  const now = Date.now();
  const cached = packagesCache.get(root.directory);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.packages;
  const included = new Set<string>();
  const excluded = new Set<string>();
  for (const pattern of root.patterns) {
    const negated = pattern.startsWith("!");
    for (const folder of expandFolders(root.directory, negated ? pattern.slice(1) : pattern)) {
      (negated ? excluded : included).add(folder);
    }
  }
  const packages = new Map<string, WorkspacePackage>();
  for (const directory of included) {
    if (excluded.has(directory) || directory === root.directory) continue;
    const manifest = manifestIn(directory);
    const name = manifest?.name;
    if (manifest && typeof name === "string" && !packages.has(name)) packages.set(name, { directory, manifest });
  }
  packagesCache.set(root.directory, { at: now, packages });
  return packages;
}

/** Folders visited at most for one pattern; `**` in a large tree stops there. */
const maxFolders = 5000;
/** How deep `**` goes. */
const maxDepth = 8;

/**
 * The folders a workspace glob names under `root`: `*`, `?` and `{a,b}` within a segment, `**` for
 * any depth. `**` never enters node_modules, hidden folders or links, so a link loop cannot hold it.
 */
export function expandFolders(root: string, pattern: string): string[] {
  const segments = pattern.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.at(-1) === "package.json") segments.pop();
  const found: string[] = [];
  let visits = 0;
  const walk = (directory: string, index: number, depth: number): void => {
    if (++visits > maxFolders) return;
    const segment = segments[index];
    if (segment === undefined) {
      found.push(directory);
      return;
    }
    if (segment === "**") {
      walk(directory, index + 1, depth);
      if (depth >= maxDepth) return;
      const folders = foldersIn(directory);
      for (const name of folders?.names ?? []) {
        if (!folders?.links.has(name) && isVisible(name)) walk(path.join(directory, name), index, depth + 1);
      }
    } else if (/[*?{]/.test(segment)) {
      const matcher = segmentMatcher(segment);
      for (const name of foldersIn(directory)?.names ?? []) {
        if (matcher.test(name) && (isVisible(name) || segment.startsWith("."))) walk(path.join(directory, name), index + 1, depth);
      }
    } else {
      walk(path.join(directory, segment), index + 1, depth);
    }
  };
  walk(root, 0, 0);
  return found;
}

function isVisible(name: string): boolean {
  return name !== "node_modules" && !name.startsWith(".");
}

function segmentMatcher(segment: string): RegExp {
  let source = "";
  let braces = 0;
  for (const char of segment) {
    if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "{") {
      braces++;
      source += "(?:";
    } else if (char === "}" && braces > 0) {
      braces--;
      source += ")";
    } else if (char === "," && braces > 0) source += "|";
    else source += char.replace(/[.+^$()|[\]{}\\]/g, "\\$&");
  }
  if (braces > 0) return /(?!)/; // an unclosed brace: matches nothing
  return new RegExp(`^${source}$`);
}

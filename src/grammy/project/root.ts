import path from "node:path";

import { derivedLifetimeMs, fileExists, readProjectFile } from "../modules/files";
import { fileFacts, importsLeadToGrammy } from "../modules/graph";
import { importMapFor } from "../modules/import-map";

/** A project that may hold grammY code: where its manifest is, and whether it depends on grammY. */
export interface ProjectRoot {
  /** The folder of the manifest (`package.json`, `deno.json`, `deno.jsonc`). */
  readonly directory: string;
}

const manifests = ["package.json", "deno.json", "deno.jsonc"] as const;

/**
 * What the nearest manifest up from a folder says: a grammY project (`root`), or a Deno config that
 * maps no grammY (`deno`: its folder), or neither.
 */
interface FoundRoot {
  readonly root: ProjectRoot | undefined;
  readonly deno?: string;
}

const rootCache = new Map<string, { at: number; found: FoundRoot }>();

/** How many folders up a file's project root is looked for. */
const maxLevels = 32;

/**
 * The grammY project a file belongs to: the folder of the nearest manifest up from it, when that
 * manifest depends on grammY (a `dependencies`/`devDependencies`/`peerDependencies` entry `grammy`
 * or `@grammyjs/*`, or a Deno config or import map that maps grammY). Undefined otherwise: then the
 * project view has nothing to add and costs nothing. A bot package of a monorepo is its own project.
 *
 * Deno code imports grammY by URL (`https://deno.land/x/grammy/mod.ts`, often through a `deps.ts`),
 * so its config need not name it: the folder of a Deno config that maps no grammY is the project of
 * the files that import grammY there, directly or through other files. A file without any manifest
 * above it belongs to no project: how far its project reaches, and so who may import it, is unknown.
 */
export function grammyProjectOf(file: string): ProjectRoot | undefined {
  const found = rootIn(path.dirname(file), 0);
  if (found.root || found.deno === undefined) return found.root;
  const text = readProjectFile(file);
  const leads = fileFacts(file)?.grammy === true || (text !== undefined && importsLeadToGrammy(file, text));
  return leads ? { directory: found.deno } : undefined;
}

/**
 * Whether a file's project is a Deno project: its nearest manifest up from it is a Deno config
 * (`deno.json`, `deno.jsonc`) with no package.json beside it.
 */
export function isDenoProject(file: string): boolean {
  for (let directory = path.dirname(file), level = 0; level < maxLevels; level++) {
    const present = manifests.filter((name) => fileExists(path.join(directory, name)));
    if (present.length > 0) return !present.includes("package.json");
    const parent = path.dirname(directory);
    if (parent === directory || path.basename(directory) === "node_modules") return false;
    directory = parent;
  }
  return false;
}

function rootIn(directory: string, level: number): FoundRoot {
  const now = Date.now();
  const cached = rootCache.get(directory);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.found;
  let found: FoundRoot = { root: undefined };
  const present = manifests.filter((name) => fileExists(path.join(directory, name)));
  if (present.length > 0) {
    // The nearest manifest is the project's: one further up belongs to another project.
    if (present.some((name) => dependsOnGrammy(directory, name))) found = { root: { directory } };
    else if (present.some((name) => name !== "package.json")) found = { root: undefined, deno: directory };
  } else {
    const parent = path.dirname(directory);
    if (parent !== directory && level < maxLevels && path.basename(directory) !== "node_modules") {
      found = rootIn(parent, level + 1);
    }
  }
  rootCache.set(directory, { at: now, found });
  return found;
}

function dependsOnGrammy(directory: string, manifest: (typeof manifests)[number]): boolean {
  const file = path.join(directory, manifest);
  if (!fileExists(file)) return false;
  const text = readProjectFile(file);
  if (text === undefined) return false;
  if (manifest !== "package.json") {
    // A Deno config that maps grammY itself, or names an import map that does.
    if (text.includes("grammy")) return true;
    const map = importMapFor(file);
    return map !== undefined && [...map.imports.values()].some((target) => target.includes("grammy"));
  }
  if (!text.includes("grammy")) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false; // a broken manifest says nothing
  }
  if (typeof parsed !== "object" || parsed === null) return false;
  const record = parsed as Record<string, unknown>;
  return ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"].some((field) => {
    const dependencies = record[field];
    return (
      typeof dependencies === "object" &&
      dependencies !== null &&
      Object.keys(dependencies).some((name) => name === "grammy" || name.startsWith("@grammyjs/"))
    );
  });
}

const dependencyCache = new Map<string, { at: number; names: ReadonlySet<string> }>();

/**
 * Whether the project of a file lists a package among its dependencies (`@grammyjs/hydrate`), in
 * its `package.json`, or maps it in its Deno config. False outside a grammY project.
 */
export function projectDependsOn(file: string, packageName: string): boolean {
  const root = grammyProjectOf(file);
  if (!root) return false;
  const now = Date.now();
  let cached = dependencyCache.get(root.directory);
  if (!cached || now - cached.at >= derivedLifetimeMs) {
    cached = { at: now, names: dependencyNames(root.directory) };
    dependencyCache.set(root.directory, cached);
  }
  if (cached.names.has(packageName)) return true;
  // Deno: the import map's targets name the plugin (`https://deno.land/x/grammy_hydrate/...`).
  const denoName = `grammy_${packageName.replace(/^@grammyjs\//, "")}`;
  return [...cached.names].some((name) => name.includes(denoName) || name.includes(packageName));
}

function dependencyNames(directory: string): ReadonlySet<string> {
  const names = new Set<string>();
  const manifest = path.join(directory, "package.json");
  if (fileExists(manifest)) {
    try {
      const parsed = JSON.parse(readProjectFile(manifest) ?? "") as Record<string, unknown>;
      for (const field of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) {
        const dependencies = parsed[field];
        if (typeof dependencies === "object" && dependencies !== null) for (const name of Object.keys(dependencies)) names.add(name);
      }
    } catch {
      // a broken manifest lists nothing
    }
  }
  for (const config of ["deno.json", "deno.jsonc"]) {
    const file = path.join(directory, config);
    if (!fileExists(file)) continue;
    for (const target of importMapFor(file)?.imports.values() ?? []) names.add(target);
  }
  return names;
}

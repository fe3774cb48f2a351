import { readdirSync } from "node:fs";
import path from "node:path";

import { derivedLifetimeMs, readProjectFile } from "../modules/files";
import { fileFacts, importsLeadToGrammy } from "../modules/graph";
import { grammyProjectOf } from "./root";

/** Source files of a project, by extension; declaration files hold no handlers. */
const sourceFile = /\.(?:[cm]?[jt]sx?)$/;
const declarationFile = /\.d\.[cm]?ts$/;

/** Folders that hold no source of the project: dependencies, build output, tools' caches. */
const skippedFolders: ReadonlySet<string> = new Set(["node_modules", "dist", "build", "out", "coverage", "vendor"]);

/**
 * How many source files the project view reads at most. A larger tree (a monorepo of many
 * projects under one manifest) gets no reverse index: the view then adds nothing, and it never
 * stalls an editor.
 */
export const maxProjectFiles = 5000;

interface ImporterIndex {
  readonly at: number;
  /** Project file -> the project files that import it (text scan, see `fileFacts`). */
  readonly importers: ReadonlyMap<string, readonly string[]>;
}

const indexCache = new Map<string, ImporterIndex>();

/**
 * How long a project's reverse import index is reused before the project is walked again: the walk
 * lists every folder and checks every file, so it is renewed less often than one file's facts. An
 * editor sees a new import or a new file within this time.
 */
export const indexLifetimeMs = 10_000;

/**
 * The project files that import `file` (`import ... from "./file"`, `require(...)`,
 * `export ... from`), in a project that depends on grammY. Built once per project root from a text
 * scan of every source file (each file read once per modification time), renewed now and then so
 * that an editor sees new files and edits. Empty outside a grammY project.
 */
export function importersOf(file: string): readonly string[] {
  const root = grammyProjectOf(file);
  if (!root) return [];
  const now = Date.now();
  let index = indexCache.get(root.directory);
  if (!index || now - index.at >= indexLifetimeMs) {
    index = { at: now, importers: buildIndex(root.directory) };
    indexCache.set(root.directory, index);
  }
  return index.importers.get(file) ?? [];
}

function buildIndex(directory: string): ReadonlyMap<string, readonly string[]> {
  const files = projectFiles(directory);
  const importers = new Map<string, string[]>();
  if (!files) return importers;
  for (const file of files) {
    for (const imported of fileFacts(file)?.imports ?? []) {
      let list = importers.get(imported);
      if (!list) {
        list = [];
        importers.set(imported, list);
      }
      list.push(file);
    }
  }
  return importers;
}

/** Every source file under a project root; undefined when there are more than `maxProjectFiles`. */
function projectFiles(directory: string): string[] | undefined {
  const found: string[] = [];
  const pending = [directory];
  const seen = new Set<string>();
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    if (seen.has(folder)) continue;
    seen.add(folder);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue; // unreadable: it holds nothing the view can use
    }
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isDirectory()) {
        // Symbolic links to folders are not followed: no loop can make the walk endless.
        if (!name.startsWith(".") && !skippedFolders.has(name)) pending.push(path.join(folder, name));
      } else if (entry.isFile() && sourceFile.test(name) && !declarationFile.test(name)) {
        found.push(path.join(folder, name));
        if (found.length > maxProjectFiles) return undefined;
      }
    }
  }
  return found;
}

const reachedCache = new Map<string, { at: number; reached: boolean }>();

/** How many importing modules up the question goes (`start.ts` <- `handlers/index.ts` <- `bot.ts`). */
const maxImporterLevels = 4;

/**
 * Whether a file that does not touch grammY itself is imported, directly or through barrels, by
 * project code that does: its functions may then be registered as handlers, or called with grammY
 * objects, by that code. Text checks only (cached per file), like `importsLeadToGrammy`.
 */
export function importedByGrammyCode(file: string): boolean {
  const now = Date.now();
  const cached = reachedCache.get(file);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.reached;
  reachedCache.set(file, { at: now, reached: false }); // guards against import cycles
  const reached = reachedFrom(file, 0, new Set([file]));
  reachedCache.set(file, { at: now, reached });
  return reached;
}

function reachedFrom(file: string, level: number, seen: Set<string>): boolean {
  if (level >= maxImporterLevels) return false;
  for (const importer of importersOf(file)) {
    if (seen.has(importer)) continue;
    seen.add(importer);
    const text = readProjectFile(importer);
    if (text === undefined) continue;
    if (fileFacts(importer)?.grammy || importsLeadToGrammy(importer, text)) return true;
    if (reachedFrom(importer, level + 1, seen)) return true;
  }
  return false;
}

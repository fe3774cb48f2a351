import { readdirSync } from "node:fs";
import path from "node:path";

import { lastReadText, readProjectFile } from "../modules/files";
import { fileFacts, importsLeadToGrammy } from "../modules/graph";
import { handsOffTo } from "./handoffs";
import { grammyProjectOf } from "./root";

/** Source files of a project, by extension; declaration files hold no handlers. */
const sourceFile = /\.(?:[cm]?[jt]sx?)$/;
const declarationFile = /\.d\.[cm]?ts$/;

/** Folders that hold no source of the project, wherever they are: dependencies. */
const skippedFolders: ReadonlySet<string> = new Set(["node_modules", "vendor"]);

/**
 * Folders of build output, skipped where a package keeps them: beside its package.json or
 * deno.json. Deeper down the name is the project's own (`src/infra/out/` of a hexagonal layout),
 * and its modules are handlers and adapters like any other.
 */
const outputFolders: ReadonlySet<string> = new Set(["dist", "build", "out", "coverage"]);

const manifestNames: ReadonlySet<string> = new Set(["package.json", "deno.json", "deno.jsonc"]);

/**
 * How many source files the project view reads at most. A larger tree (a monorepo of many
 * projects under one manifest) gets no reverse index: the view then adds nothing, and it never
 * stalls an editor.
 */
export const maxProjectFiles = 5000;

interface ImporterIndex {
  readonly at: number;
  /** The project's source files, as walked; empty when there are more than `maxProjectFiles`. */
  readonly files: ReadonlySet<string>;
  /** Project file -> the project files that import it (text scan, see `fileFacts`). */
  readonly importers: ReadonlyMap<string, readonly string[]>;
  /** Which files are grammY code, and which it hands something to: worked out when first asked. */
  reach?: GrammyReach;
}

interface GrammyReach {
  /** Files that name grammY or whose imports lead to one that does (`importsLeadToGrammy`). */
  readonly grammyCode: ReadonlySet<string>;
  /** Files grammY code hands something to (`importedByGrammyCode`). */
  readonly receivers: ReadonlySet<string>;
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
  return indexOf(file)?.importers.get(file) ?? [];
}

/** The index each walked file was found in: a file's question needs no look for its project root. */
const indexOfFile = new Map<string, ImporterIndex>();

/** The reverse import index of the grammY project `file` belongs to; undefined outside one. */
function indexOf(file: string): ImporterIndex | undefined {
  const now = Date.now();
  const known = indexOfFile.get(file);
  if (known && now - known.at < indexLifetimeMs) return known;
  const root = grammyProjectOf(file);
  if (!root) return undefined;
  let index = indexCache.get(root.directory);
  if (!index || now - index.at >= indexLifetimeMs) {
    const files = projectFiles(root.directory);
    index = { at: now, files: new Set(files), importers: buildIndex(files ?? []) };
    indexCache.set(root.directory, index);
    for (const walked of index.files) indexOfFile.set(walked, index);
  }
  return index;
}

function buildIndex(files: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const importers = new Map<string, string[]>();
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

/** How many importing modules up the question goes (`start.ts` <- `handlers/index.ts` <- `bot.ts`). */
const maxImporterLevels = 4;

/**
 * Whether a file that does not touch grammY itself is imported, directly or through barrels, by
 * project code that does, and handed something there (`handsOffTo`): its functions may then be
 * registered as handlers, or called with grammY objects, by that code. A module that grammY code
 * only calls with literals (`formatPrice(String(n))`), or imports and never uses, is not. Worked
 * out once per project index for all its files (text checks only), so that each file's question
 * is a lookup, and the answer does not depend on which file asks first.
 */
export function importedByGrammyCode(file: string): boolean {
  const index = indexOf(file);
  if (!index) return false;
  index.reach ??= reachOf(index.files, index.importers);
  return index.reach.receivers.has(file);
}

/**
 * For a file of an indexed grammY project, linted with the text the index read: whether it is
 * grammY code or handed something by it (`importsLeadToGrammy` || `importedByGrammyCode`),
 * answered from the project pass with no work of its own (not even a look at the file's
 * modification time: the answer is about this very text). Undefined when the pass cannot tell:
 * outside such a project, a file the walk skipped, or another text (an edit, an unsaved buffer).
 */
export function grammyReachOf(file: string, text: string): boolean | undefined {
  const index = indexOf(file);
  if (!index?.files.has(file)) return undefined;
  const read = lastReadText(file);
  if (read === undefined || (read.startsWith("\uFEFF") ? read.slice(1) : read) !== text) return undefined;
  index.reach ??= reachOf(index.files, index.importers);
  return index.reach.grammyCode.has(file) || index.reach.receivers.has(file);
}

/**
 * The files that grammY code hands something to, directly or through up to `maxImporterLevels`
 * modules that it hands something to in turn. grammY code is every file that names grammY or
 * whose imports lead to one that does (as `importsLeadToGrammy` says), found backwards from them.
 */
function reachOf(files: ReadonlySet<string>, importers: ReadonlyMap<string, readonly string[]>): GrammyReach {
  const grammyCode = new Set<string>();
  const pending: string[] = [];
  const mark = (file: string): void => {
    if (grammyCode.has(file)) return;
    grammyCode.add(file);
    pending.push(file);
  };
  for (const file of files) if (fileFacts(file)?.grammy) mark(file);
  // Imported files outside the walked tree (a workspace package, a folder the walk skips): their
  // own imports are followed as `importsLeadToGrammy` follows them.
  for (const imported of importers.keys()) {
    if (files.has(imported)) continue;
    const text = readProjectFile(imported);
    if (text !== undefined && (fileFacts(imported)?.grammy === true || importsLeadToGrammy(imported, text))) mark(imported);
  }
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    for (const importer of importers.get(file) ?? []) mark(importer);
  }
  const receivers = new Set<string>();
  let frontier = [...grammyCode];
  for (let level = 0; level < maxImporterLevels && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const importer of frontier) {
      for (const imported of fileFacts(importer)?.imports ?? []) {
        if (grammyCode.has(imported) || receivers.has(imported) || !handsOffTo(importer, imported)) continue;
        receivers.add(imported);
        next.push(imported);
      }
    }
    frontier = next;
  }
  return { grammyCode, receivers };
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
    const packageRoot = entries.some((entry) => entry.isFile() && manifestNames.has(entry.name));
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isDirectory()) {
        // Symbolic links to folders are not followed: no loop can make the walk endless.
        if (name.startsWith(".") || skippedFolders.has(name) || (packageRoot && outputFolders.has(name))) continue;
        pending.push(path.join(folder, name));
      } else if (entry.isFile() && sourceFile.test(name) && !declarationFile.test(name)) {
        found.push(path.join(folder, name));
        if (found.length > maxProjectFiles) return undefined;
      }
    }
  }
  return found;
}

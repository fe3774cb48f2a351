import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * How long what the file system said is reused without asking again: a file's modification time, a
 * folder's listing, and answers resting on many files (an import closure, an import map up the
 * folder tree). One lint run reuses them; an editor sees a change in another file within a second
 * or two (the linted file itself is always read fresh by ESLint).
 */
export const derivedLifetimeMs = 2000;

/**
 * The file system as the cross-module analysis sees it: one object, so that tests can count what
 * a lint reads (`vi.spyOn(fileSystem, "read")`). Missing or unreadable files are undefined.
 */
export const fileSystem = {
  /** A regular file's modification time, or undefined when there is none. */
  mtime(path: string): number | undefined {
    try {
      const stat = statSync(path, { throwIfNoEntry: false });
      return stat?.isFile() ? stat.mtimeMs : undefined;
    } catch {
      return undefined;
    }
  },
  read(path: string): string | undefined {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  },
  /** The names of a folder's files (and links), or undefined when it cannot be listed. */
  list(directory: string): ReadonlySet<string> | undefined {
    try {
      return new Set(
        readdirSync(directory, { withFileTypes: true })
          .filter((entry) => entry.isFile() || entry.isSymbolicLink())
          .map((entry) => entry.name),
      );
    } catch {
      return undefined;
    }
  },
  /**
   * The names of a folder's subfolders, links to folders included (a workspace may link a package
   * in), or undefined when it cannot be listed. `links` tells which of them are links.
   */
  folders(directory: string): { readonly names: ReadonlySet<string>; readonly links: ReadonlySet<string> } | undefined {
    try {
      const names = new Set<string>();
      const links = new Set<string>();
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        if (entry.isDirectory()) names.add(entry.name);
        else if (entry.isSymbolicLink() && isFolder(path.join(directory, entry.name))) {
          names.add(entry.name);
          links.add(entry.name);
        }
      }
      return { names, links };
    } catch {
      return undefined;
    }
  },
};

/** Whether a path leads to a folder; a dangling link or a link loop (ELOOP) does not. */
function isFolder(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/**
 * Project files read for cross-module answers, once per path and modification time per process
 * (ESLint's workers each have their own).
 */
const textCache = new Map<string, { mtimeMs: number; text: string | undefined }>();

const mtimeCache = new Map<string, { at: number; mtimeMs: number | undefined }>();

/**
 * A file's modification time, looked up at most once per `derivedLifetimeMs`: one lint run asks
 * about the same imported modules from many files.
 */
export function fileMtime(path: string): number | undefined {
  const now = Date.now();
  const cached = mtimeCache.get(path);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.mtimeMs;
  const mtimeMs = fileSystem.mtime(path);
  mtimeCache.set(path, { at: now, mtimeMs });
  return mtimeMs;
}

export function readProjectFile(path: string): string | undefined {
  const mtimeMs = fileMtime(path);
  if (mtimeMs === undefined) return undefined;
  const cached = textCache.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.text;
  const text = fileSystem.read(path);
  textCache.set(path, { mtimeMs, text });
  return text;
}

/**
 * The text of a file as `readProjectFile` last read it, with no look at the file system: what the
 * facts kept about the file were worked out from. Undefined when it was never read.
 */
export function lastReadText(path: string): string | undefined {
  return textCache.get(path)?.text;
}

/**
 * The text of a file as `readProjectFile` last read it and the modification time it had then, with
 * no look at the file system. Undefined when it was never read, or could not be.
 */
export function lastRead(path: string): { readonly mtimeMs: number; readonly text: string } | undefined {
  const cached = textCache.get(path);
  return cached?.text === undefined ? undefined : { mtimeMs: cached.mtimeMs, text: cached.text };
}

const listingCache = new Map<string, { at: number; names: ReadonlySet<string> | undefined }>();

/**
 * Whether a file exists, from its folder's listing (one read per folder, reused for
 * `derivedLifetimeMs`): resolving a specifier tries many candidate names in one folder.
 */
export function fileExists(file: string): boolean {
  const directory = path.dirname(file);
  const now = Date.now();
  let cached = listingCache.get(directory);
  if (!cached || now - cached.at >= derivedLifetimeMs) {
    cached = { at: now, names: fileSystem.list(directory) };
    listingCache.set(directory, cached);
  }
  return cached.names?.has(path.basename(file)) ?? false;
}

const foldersCache = new Map<string, { at: number; folders: ReturnType<typeof fileSystem.folders> }>();

/** A folder's subfolders (see `fileSystem.folders`), listed at most once per `derivedLifetimeMs`. */
export function foldersIn(directory: string): ReturnType<typeof fileSystem.folders> {
  const now = Date.now();
  const cached = foldersCache.get(directory);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.folders;
  const folders = fileSystem.folders(directory);
  foldersCache.set(directory, { at: now, folders });
  return folders;
}

import { mentionsGrammy } from "../sources";
import { derivedLifetimeMs, fileMtime, readProjectFile } from "./files";
import { resolveSpecifier } from "./resolve";

/**
 * The project's import graph as the text shows it, without parsing: which specifiers a file names
 * (`import ... from "x"`, `export ... from "x"`, `import("x")`, `require("x")`), and whether the
 * file names grammY. Comments and strings that look like imports count too: the answers here only
 * decide whether a file may touch grammY, so erring towards "may" costs time, never a report.
 */
const specifierPattern = /\b(?:from|import|require)\s*\(?\s*(["'])([^"'\n]+)\1/g;

export function specifiersIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(specifierPattern)) {
    const specifier = match[2];
    if (specifier !== undefined) found.push(specifier);
  }
  return found;
}

interface FileFacts {
  readonly mtimeMs: number;
  /** The text names grammY, or imports it through an import-map alias. */
  readonly grammy: boolean;
  /** The project files it imports. */
  readonly imports: readonly string[];
}

const factsCache = new Map<string, FileFacts>();

/** What one file imports (project files) and whether it names grammY; undefined when unreadable. */
export function fileFacts(file: string): FileFacts | undefined {
  const mtimeMs = fileMtime(file);
  if (mtimeMs === undefined) return undefined;
  const cached = factsCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached;
  const text = readProjectFile(file);
  if (text === undefined) return undefined;
  const facts = factsOfText(file, text, mtimeMs);
  factsCache.set(file, facts);
  return facts;
}

function factsOfText(file: string, text: string, mtimeMs: number): FileFacts {
  let grammy = mentionsGrammy(text);
  const imports: string[] = [];
  for (const specifier of specifiersIn(text)) {
    const resolved = resolveSpecifier(file, specifier);
    if (resolved?.kind === "grammy") grammy = true;
    else if (resolved?.kind === "file" && resolved.path !== file && !imports.includes(resolved.path)) {
      imports.push(resolved.path);
    }
  }
  return { mtimeMs, grammy, imports };
}

const leadsCache = new Map<string, { at: number; leads: boolean }>();

/** Files an import closure visits at most; beyond it the answer is "may touch grammY". */
const maxClosure = 5000;

/**
 * Whether a file that does not name grammY itself imports, directly or through other project
 * files, one that does (or that maps grammY in an import map). Text checks only, cached per file;
 * the linted file's own text is given, so a file without project imports costs no file access
 * beyond the import-map lookup for bare specifiers.
 */
export function importsLeadToGrammy(file: string, text: string): boolean {
  const now = Date.now();
  const own = factsOfText(file, text, 0);
  if (own.grammy) return true;
  const seen = new Set<string>([file]);
  const pending = [...own.imports];
  const visited: string[] = [];
  let leads = false;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    if (seen.size > maxClosure) {
      leads = true;
      break;
    }
    const cached = leadsCache.get(next);
    if (cached && now - cached.at < derivedLifetimeMs) {
      if (cached.leads) {
        leads = true;
        break;
      }
      continue; // its whole closure was checked a moment ago
    }
    const facts = fileFacts(next);
    if (!facts) continue;
    visited.push(next);
    if (facts.grammy) {
      leads = true;
      break;
    }
    pending.push(...facts.imports);
  }
  // Without grammY anywhere, every visited file's closure is free of it too; with it, only the
  // linted file's verdict is certain.
  if (!leads) for (const visitedFile of visited) leadsCache.set(visitedFile, { at: now, leads: false });
  return leads;
}

/**
 * The project files a file imports, directly or not (itself excluded), in the order found;
 * undefined when the closure is larger than the analysis follows.
 */
export function importClosure(file: string): readonly string[] | undefined {
  const seen = new Set<string>([file]);
  const order: string[] = [];
  const pending = [...(fileFacts(file)?.imports ?? [])].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    if (seen.size > maxClosure) return undefined;
    order.push(next);
    const facts = fileFacts(next);
    if (facts) pending.push(...[...facts.imports].reverse());
  }
  return order;
}

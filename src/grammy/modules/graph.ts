import type { TSESTree } from "@typescript-eslint/utils";

import { builtinModules } from "node:module";

import { mentionsGrammy } from "../sources";
import { derivedLifetimeMs, fileMtime, readProjectFile } from "./files";
import { isRelativeSpecifier, resolveSpecifier } from "./resolve";

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

/** `require(...)`, `import x = require(...)`, `import(...)`: one regular expression (faster than `includes`). */
const mayImportElsewhere = /require|\bimport\s*\(/;

/**
 * The specifiers of a parsed file: read off its top-level statements, which is cheaper than
 * scanning the text, unless the text may import elsewhere (`require(...)`, TypeScript's
 * `import x = require(...)`, `import(...)`, also in types): then `specifiersIn` scans it all.
 */
export function specifiersOfProgram(program: TSESTree.Program, text: string): string[] {
  if (mayImportElsewhere.test(text)) return specifiersIn(text);
  const found: string[] = [];
  for (const statement of program.body) {
    // `declare module "x" { import ... }`: imports inside a block, which the text scan finds.
    if (statement.type === "TSModuleDeclaration") return specifiersIn(text);
    if (statement.type === "ImportDeclaration" || statement.type === "ExportAllDeclaration") {
      found.push(statement.source.value);
    } else if (statement.type === "ExportNamedDeclaration" && statement.source) {
      found.push(statement.source.value);
    }
  }
  return found;
}

interface FileFacts {
  readonly mtimeMs: number;
  /** The text names grammY, or imports it through an import-map alias. */
  readonly grammy: boolean;
  /** The project files it imports. */
  readonly imports: readonly string[];
  /**
   * It imports a package or URL other than grammY and the runtime's own modules (`node:fs`): with
   * type information, grammY objects may arrive through it (a plugin, a workspace package).
   */
  readonly packages: boolean;
  /** It imports the way only Deno does: a URL, an `npm:` or `jsr:` specifier (a `deps.ts`). */
  readonly deno: boolean;
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

function factsOfText(
  file: string,
  text: string,
  mtimeMs: number,
  specifiers: readonly string[] = specifiersIn(text),
  mentions = mentionsGrammy(text),
): FileFacts {
  let grammy = mentions;
  let packages = false;
  let deno = false;
  const imports: string[] = [];
  for (const specifier of specifiers) {
    if (denoSpecifier.test(specifier)) deno = true;
    const resolved = resolveSpecifier(file, specifier);
    if (resolved?.kind === "grammy") grammy = true;
    else if (resolved?.kind === "file") {
      if (resolved.path !== file && !imports.includes(resolved.path)) imports.push(resolved.path);
    } else if (!isRelativeSpecifier(specifier) && !isRuntimeModule(specifier)) packages = true;
  }
  return { mtimeMs, grammy, imports, packages, deno };
}

/** What only Deno imports: `https://deno.land/x/...`, `npm:grammy`, `jsr:@grammyjs/...`. */
const denoSpecifier = /^(?:https?:|npm:|jsr:)/;

const nodeBuiltins: ReadonlySet<string> = new Set(builtinModules);

/** `node:fs`, `fs/promises`, `bun:test`: the runtime's own modules, which never hand out grammY objects. */
export function isRuntimeModule(specifier: string): boolean {
  return specifier.startsWith("node:") || specifier.startsWith("bun:") || nodeBuiltins.has(specifier);
}

/**
 * For a text without a file to resolve from: whether it imports anything but the runtime's own
 * modules. Its project imports cannot be followed, so they count like packages.
 */
export function importsBeyondRuntime(specifiers: readonly string[]): boolean {
  return specifiers.some((specifier) => !isRuntimeModule(specifier));
}

/** Verdicts per file and mode (`true`: packages count as a way in), each valid for a short while. */
const leadsCache = new Map<string, { at: number; leads: boolean }>();
const leadsCacheKey = (file: string, viaPackages: boolean): string => (viaPackages ? `typed:${file}` : file);

/** Files an import closure visits at most; beyond it the answer is "may touch grammY". */
const maxClosure = 5000;

/**
 * Whether a file that does not name grammY itself imports, directly or through other project
 * files, one that does (or that maps grammY in an import map). Text checks only, cached per file;
 * the linted file's own text is given, so a file without project imports costs no file access
 * beyond the import-map lookup for bare specifiers. With `viaPackages` (type information), a
 * package import anywhere in that closure counts too: the types may carry grammY objects through it.
 */
export function importsLeadToGrammy(
  file: string,
  text: string,
  viaPackages = false,
  specifiers: readonly string[] = specifiersIn(text),
): boolean {
  const now = Date.now();
  const own = factsOfText(file, text, 0, specifiers, false); // the file does not name grammY (see above)
  if (own.grammy || (viaPackages && own.packages)) return true;
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
    const cached = leadsCache.get(leadsCacheKey(next, viaPackages));
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
    if (facts.grammy || (viaPackages && facts.packages)) {
      leads = true;
      break;
    }
    pending.push(...facts.imports);
  }
  // Without grammY anywhere, every visited file's closure is free of it too; with it, only the
  // linted file's verdict is certain.
  if (!leads) {
    for (const visitedFile of visited) leadsCache.set(leadsCacheKey(visitedFile, viaPackages), { at: now, leads: false });
  }
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

/**
 * Whether a module the file imports, directly or not, imports the way only Deno does (a URL,
 * `npm:`, `jsr:`): a `main.ts` that gets grammY through `./deps.ts` runs on Deno. Text checks only.
 */
export function importsDenoModules(file: string): boolean {
  return (importClosure(file) ?? []).some((imported) => fileFacts(imported)?.deno === true);
}

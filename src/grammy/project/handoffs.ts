import { derivedLifetimeMs, fileMtime, readProjectFile } from "../modules/files";
import { resolveSpecifier } from "../modules/resolve";

/** The name a CommonJS module's whole export goes by (`module.exports = ...`, `const x = require("./x")`). */
export const wholeModule = "module.exports";

/**
 * Whether a project file may hand anything to the modules it imports, read off its text without
 * parsing: a module whose exports its importers only call with literals (`formatPrice(String(x))`,
 * `loadUsers()`), or import and never use, receives nothing of grammY from them, and needs no model
 * even when grammY code imports it. Every other use counts as a hand-off: an export passed by
 * reference (`bot.command("start", start)`), called with a variable (`handleStart(ctx)`), read as a
 * member (`handlers.start`), spread, re-exported, required in any other shape (`require("./x")(bot)`),
 * or a call whose result goes on into another expression (`bot.use(makeMenu())`). Erring towards
 * "hands off" costs time, never a report.
 */
export function handsOffTo(importer: string, imported: string): boolean {
  return handOffsOf(importer)?.handOffs.has(imported) ?? false;
}

/**
 * How `importer` uses the export `name` of `imported`, as its text shows: `"none"` when it never
 * mentions the export beyond importing it (no reference the reverse search `referencesToExport`
 * could find), `"inert"` when it only calls it with literals (`formatPrice("1")`, `new Store()`:
 * nothing of grammY goes in). Undefined when the text cannot tell: the export is handed something
 * or passed on, the module is reached in another way (`import * as`, `export ... from`, `import()`,
 * `require("./x")(bot)`, a member of `const x = require("./x")`), or the file cannot be read.
 * The facts are reused while the importer's modification time stands, up to `lifetimeMs`: asked
 * beside an importer list of the same age (the project index), they need no fresher look.
 */
export function exportUseIn(
  importer: string,
  imported: string,
  name: string,
  lifetimeMs = derivedLifetimeMs,
): "none" | "inert" | undefined {
  const facts = handOffsOf(importer, lifetimeMs);
  if (!facts || facts.whole.has(imported)) return undefined;
  const names = facts.bound.get(imported);
  if (!names) return undefined;
  const handed = names.get(name);
  return handed === undefined ? "none" : handed ? undefined : "inert";
}

interface HandOffFacts {
  /** The project files it may hand something to (`handsOffTo`). */
  readonly handOffs: ReadonlySet<string>;
  /** Project files it reaches other than through plain bindings, or hands its whole export: anything may be used. */
  readonly whole: ReadonlySet<string>;
  /**
   * Project files it imports through plain bindings (`import a, { b as c } from`, `import type`,
   * `const { b, c: d } = require(...)`, `const a = require(...)`) -> the export names it mentions:
   * true when handed something or passed on, false when only called with literals.
   */
  readonly bound: ReadonlyMap<string, ReadonlyMap<string, boolean>>;
}

const handOffCache = new Map<string, { at: number; mtimeMs: number; facts: HandOffFacts | undefined }>();

/**
 * What `importer` may hand the project files it imports; undefined when it cannot be read. Read once
 * per modification time, and renewed as resolutions are (a specifier may come to name a new file).
 */
function handOffsOf(importer: string, lifetimeMs = derivedLifetimeMs): HandOffFacts | undefined {
  const mtimeMs = fileMtime(importer);
  if (mtimeMs === undefined) return undefined;
  const now = Date.now();
  const cached = handOffCache.get(importer);
  if (cached?.mtimeMs === mtimeMs && now - cached.at < lifetimeMs) return cached.facts;
  const text = readProjectFile(importer);
  const facts = text === undefined ? undefined : handOffsIn(importer, text);
  handOffCache.set(importer, { at: now, mtimeMs, facts });
  return facts;
}

/** `import a, { b as c, type D } from "x"`, `import type ... from "x"` (a namespace import is not matched). */
const importPattern = /\bimport\s+(type\s+)?([\w$]+\s*,?\s*)?(\{[\w$\s,]*\})?\s*from\s*(["'])([^"'\n]+)\4/g;
/** `const a = require("x")`, `const { b, c: d } = require("x")`. */
const requirePattern = /\b(?:const|let|var)\s+([\w$]+|\{[\w$\s,:]*\})\s*=\s*require\s*\(\s*(["'])([^"'\n]+)\2\s*\)(?!\s*[.([`?!])/g;
/** Every specifier, as `specifiersIn` (modules/graph) finds them: those not read as bindings above hand off. */
const specifierPattern = /\b(?:from|import|require)\s*\(?\s*(["'])([^"'\n]+)\1/g;

function handOffsIn(importer: string, text: string): HandOffFacts {
  /** Files reached other than through bindings: handed everything. */
  const reached = new Set<string>();
  /** Files with a local name bound twice (not valid code): the text cannot tell which is meant. */
  const ambiguous = new Set<string>();
  const bound = new Map<string, Map<string, boolean>>();
  /** Local binding -> the project file it comes from and the export it names (`wholeModule` for `const a = require()`). */
  const bindings = new Map<string, { file: string; name: string; whole: boolean }>();
  /** Text spans of the import statements read as bindings: their names are no uses. */
  const spans: [number, number][] = [];
  /** Offsets of the specifiers read as bindings. */
  const read = new Set<number>();
  const projectFile = (specifier: string): string | undefined => {
    const resolved = resolveSpecifier(importer, specifier);
    return resolved?.kind === "file" && resolved.path !== importer ? resolved.path : undefined;
  };
  const bind = (local: string, file: string, name: string, isWhole = false): void => {
    const earlier = bindings.get(local);
    if (earlier) ambiguous.add(earlier.file).add(file);
    bindings.set(local, { file, name, whole: isWhole });
  };
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[5] ?? "";
    read.add(match.index + match[0].length - specifier.length - 1);
    spans.push([match.index, match.index + match[0].length]);
    const file = projectFile(specifier);
    if (file === undefined) continue;
    if (!bound.has(file)) bound.set(file, new Map());
    if (match[1] !== undefined) continue; // `import type`: nothing at run time
    const defaultName = match[2]?.replace(/[\s,]/g, "");
    if (defaultName) bind(defaultName, file, "default");
    for (const part of (match[3] ?? "").slice(1, -1).split(",")) {
      const words = part.trim().split(/\s+/).filter(Boolean);
      if (words[0] === "type" && words.length !== 1 && words[1] !== "as") continue; // `{ type D }`
      const [imported] = words;
      const local = words.at(-1);
      if (local !== undefined && imported !== undefined) bind(local, file, imported);
    }
  }
  for (const match of text.matchAll(requirePattern)) {
    const specifier = match[3] ?? "";
    read.add(match.index + match[0].lastIndexOf(specifier));
    spans.push([match.index, match.index + match[0].length]);
    const file = projectFile(specifier);
    if (file === undefined) continue;
    if (!bound.has(file)) bound.set(file, new Map());
    const pattern = match[1] ?? "";
    if (!pattern.startsWith("{")) {
      bind(pattern, file, wholeModule, true);
      continue;
    }
    for (const part of pattern.slice(1, -1).split(",")) {
      const [key, value] = part.split(":").map((word) => word.trim());
      const local = value ?? key;
      if (key && local) bind(local, file, key);
    }
  }
  // Any other mention of a project file (`export * from`, `import * as`, `import("x")`,
  // `require("x")(bot)`, `import x = require("x")`) hands it everything.
  for (const match of text.matchAll(specifierPattern)) {
    const specifier = match[2] ?? "";
    if (read.has(match.index + match[0].length - specifier.length - 1)) continue;
    const file = projectFile(specifier);
    if (file !== undefined) reached.add(file);
  }
  const handOffs = new Set(reached);
  const whole = new Set([...reached, ...ambiguous]);
  if (bindings.size === 0) return { handOffs, whole, bound };
  spans.sort((a, b) => a[0] - b[0]);
  let span = 0;
  const names = [...bindings.keys()].map((name) => name.replaceAll("$", "\\$")).join("|");
  for (const match of text.matchAll(new RegExp(`(?<![\\w$])(?:${names})(?![\\w$])`, "g"))) {
    const binding = bindings.get(match[0]);
    if (binding === undefined || reached.has(binding.file)) continue;
    if (whole.has(binding.file) && handOffs.has(binding.file)) continue; // nothing more to learn
    const used = bound.get(binding.file);
    if (used?.get(binding.name) === true) continue;
    const start = match.index;
    while (span < spans.length && (spans[span]?.[1] ?? 0) <= start) span++;
    if ((spans[span]?.[0] ?? Number.POSITIVE_INFINITY) <= start) continue; // the import itself
    const end = start + match[0].length;
    if (text[start - 1] === "." && text[start - 2] !== ".") continue; // `x.name`: a property, not the binding
    if (isQuote(text[start - 1]) && text[end] === text[start - 1]) continue; // `"name"`: a string
    const handed = !isInertCall(text, start, end);
    if (handed) handOffs.add(binding.file);
    // A member of a whole `require` may be any export (`handlers.start`): all of them then.
    if (handed && binding.whole) whole.add(binding.file);
    else used?.set(binding.name, handed);
  }
  return { handOffs, whole, bound };
}

/**
 * Whether the identifier at [start, end) is called with literal arguments only, as a statement of
 * its own: nothing of grammY goes in, and its result goes nowhere. A result that is kept
 * (`const errors = new Errors()`, `return make(1)`) may come back as a handler
 * (`bot.catch(errors.handler())`), so it is a hand-off.
 */
function isInertCall(text: string, start: number, end: number): boolean {
  let open = end;
  while (open < text.length && isSpace(text.charCodeAt(open))) open++;
  if (text[open] !== "(") return false;
  const close = closingParen(text, open);
  if (close === undefined) return false;
  if (!argumentsOf(text, open + 1, close).every(isInertArgument)) return false;
  return precededByStatementStart(text, start) && endsStatement(text, close + 1);
}

/** What may stand before an inert call: the start of a statement, `await`, `new`, `void`. */
function precededByStatementStart(text: string, start: number): boolean {
  let at = start;
  for (;;) {
    while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
    if (at === 0) return true;
    const word = /(?:^|[^\w$])(await|new|void)$/.exec(text.slice(Math.max(0, at - 6), at));
    if (word) {
      at -= word[1]?.length ?? 0;
      continue;
    }
    const before = text[at - 1];
    return before === ";" || before === "{" || before === "}" || before === ")";
  }
}

/** Whether nothing is made of a call's result: what follows ends the statement (`;`, a line end, `}`). */
function endsStatement(text: string, from: number): boolean {
  let at = from;
  while (at < text.length && (text[at] === " " || text[at] === "\t")) at++;
  if (at >= text.length) return true;
  const next = text[at];
  if (next === ";" || next === "}") return true;
  if (next !== "\n" && next !== "\r") return false;
  // A line end, unless the next line goes on with the result (`.then(...)`, `?.x`, `[0]`, `(...)`).
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return !".?[(`".includes(text[at] ?? ";") || at >= text.length;
}

/** The offset of the `)` closing the `(` at `open`, skipping strings and nested brackets; undefined when unclear. */
function closingParen(text: string, open: number): number | undefined {
  let depth = 0;
  const limit = Math.min(text.length, open + 4000);
  for (let at = open; at < limit; at++) {
    const char = text[at];
    if (char === '"' || char === "'" || char === "`") {
      const quote = char;
      for (at++; at < limit && text[at] !== quote; at++) {
        if (text[at] === "\\") at++;
        else if (quote === "`" && text[at] === "$" && text[at + 1] === "{") return undefined; // `${...}`: not followed
      }
    } else if (char === "/" && (text[at + 1] === "/" || text[at + 1] === "*")) {
      return undefined; // a comment, or a regular expression: not followed
    } else if (char === "(" || char === "[" || char === "{") {
      depth++;
    } else if (char === ")" || char === "]" || char === "}") {
      depth--;
      if (depth === 0) return char === ")" ? at : undefined;
    }
  }
  return undefined;
}

/** The top-level arguments between `from` and `to`, trimmed. */
function argumentsOf(text: string, from: number, to: number): string[] {
  const found: string[] = [];
  let depth = 0;
  let begin = from;
  for (let at = from; at < to; at++) {
    const char = text[at];
    if (char === '"' || char === "'" || char === "`") {
      for (at++; at < to && text[at] !== char; at++) if (text[at] === "\\") at++;
    } else if (char === "(" || char === "[" || char === "{") depth++;
    else if (char === ")" || char === "]" || char === "}") depth--;
    else if (char === "," && depth === 0) {
      found.push(text.slice(begin, at).trim());
      begin = at + 1;
    }
  }
  const last = text.slice(begin, to).trim();
  if (last !== "" || found.length > 0) found.push(last);
  return found;
}

/** Functions of the language that return a string, a number or a boolean, whatever they are given. */
const primitiveCall = /^(?:String|Number|Boolean|parseInt|parseFloat|encodeURIComponent|decodeURIComponent|JSON\.stringify)\s*\(/;

/** A literal, or a call that can only give a primitive: no grammY object goes in through it. */
function isInertArgument(argument: string): boolean {
  if (/^(?:-?\d[\w.]*|true|false|null|undefined)$/.test(argument)) return true;
  const first = argument[0];
  if ((first === '"' || first === "'" || first === "`") && argument.length > 1 && argument.endsWith(first)) {
    const body = argument.slice(1, -1);
    return !hasUnescaped(body, first) && !(first === "`" && body.includes("${"));
  }
  const call = primitiveCall.exec(argument);
  if (!call) return false;
  const open = call[0].length - 1;
  return closingParen(argument, open) === argument.length - 1;
}

function hasUnescaped(body: string, quote: string): boolean {
  for (let at = 0; at < body.length; at++) {
    if (body[at] === "\\") at++;
    else if (body[at] === quote) return true;
  }
  return false;
}

function isQuote(char: string | undefined): boolean {
  return char === '"' || char === "'" || char === "`";
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

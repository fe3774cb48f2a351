import path from "node:path";

import { derivedLifetimeMs, fileExists, readProjectFile } from "./files";

/** The `imports` of a Deno import map (bare alias -> URL, `npm:`/`jsr:` specifier or path). */
export interface ImportMap {
  /** The folder the map's relative targets are relative to. */
  readonly directory: string;
  readonly imports: ReadonlyMap<string, string>;
}

const mapCache = new Map<string, { at: number; map: ImportMap | undefined }>();

/**
 * The import map that applies to a file: the nearest `deno.json`, `deno.jsonc` or
 * `import_map.json` up from its folder (a `deno.json` may also name its map in `importMap`).
 */
export function importMapFor(file: string): ImportMap | undefined {
  return mapIn(path.dirname(file), 0);
}

function mapIn(directory: string, depth: number): ImportMap | undefined {
  const now = Date.now();
  const cached = mapCache.get(directory);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.map;
  let found: ImportMap | undefined;
  let configFound = false;
  for (const name of ["deno.json", "deno.jsonc", "import_map.json"]) {
    const file = path.join(directory, name);
    if (!fileExists(file)) continue;
    const config = parseJsonc(readProjectFile(file));
    if (!config) continue;
    configFound = true;
    found = importsOf(config, directory);
    if (found) break;
  }
  // The nearest Deno config is the project's: a map further up belongs to another project.
  const parent = path.dirname(directory);
  if (!found && !configFound && parent !== directory && depth < 32) found = mapIn(parent, depth + 1);
  mapCache.set(directory, { at: now, map: found });
  return found;
}

function importsOf(config: Record<string, unknown>, directory: string): ImportMap | undefined {
  if (isStringRecord(config.imports)) return { directory, imports: new Map(Object.entries(config.imports)) };
  if (typeof config.importMap === "string") {
    const file = path.resolve(directory, config.importMap);
    const referenced = parseJsonc(readProjectFile(file));
    if (referenced && isStringRecord(referenced.imports)) {
      return { directory: path.dirname(file), imports: new Map(Object.entries(referenced.imports)) };
    }
  }
  return undefined;
}

/** What an aliased specifier stands for: `"grammy"` -> its URL, `"$grammy/mod.ts"` by prefix. */
export function applyImportMap(map: ImportMap | undefined, specifier: string): string | undefined {
  if (!map) return undefined;
  const exact = map.imports.get(specifier);
  if (exact !== undefined) return exact;
  let best: string | undefined;
  for (const key of map.imports.keys()) {
    if (key.endsWith("/") && specifier.startsWith(key) && (best === undefined || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : (map.imports.get(best) ?? "") + specifier.slice(best.length);
}

/** JSON with comments and trailing commas, as Deno allows in deno.jsonc. */
export function parseJsonc(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  let stripped = "";
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? "";
    const next = text[index + 1];
    if (inString) {
      stripped += char;
      if (char === "\\") {
        stripped += next ?? "";
        index++;
      } else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      stripped += char;
    } else if (char === "/" && next === "/") {
      while (index < text.length && text[index] !== "\n") index++;
      stripped += "\n";
    } else if (char === "/" && next === "*") {
      index += 2;
      while (index < text.length && !(text[index] === "*" && text[index + 1] === "/")) index++;
      index++;
    } else {
      stripped += char;
    }
  }
  try {
    const value: unknown = JSON.parse(withoutTrailingCommas(stripped));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Drops commas before `}` or `]`, outside strings. */
function withoutTrailingCommas(text: string): string {
  let result = "";
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? "";
    if (inString) {
      result += char;
      if (char === "\\") {
        result += text[index + 1] ?? "";
        index++;
      } else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    if (char === ",") {
      let next = index + 1;
      while (next < text.length && /\s/.test(text[next] ?? "")) next++;
      if (text[next] === "}" || text[next] === "]") continue;
    }
    result += char;
  }
  return result;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((item) => typeof item === "string")
  );
}

import path from "node:path";

import { grammyModuleOf, type GrammyModule } from "../sources";
import { derivedLifetimeMs, fileExists } from "./files";
import { applyImportMap, importMapFor } from "./import-map";

/** Source files the analysis can parse, by extension. */
const sourceFile = /\.(?:[cm]?[jt]sx?)$/;

const extensions = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

/** `./bot.js` may be `./bot.ts` on disk (TypeScript's path extensions under NodeNext). */
const sourceForOutput: Readonly<Record<string, readonly string[]>> = {
  ".js": [".ts", ".tsx"],
  ".jsx": [".tsx"],
  ".mjs": [".mts"],
  ".cjs": [".cts"],
};

/** What a module specifier names: grammY itself, or a source file of the project. */
export type ResolvedSpecifier =
  | { readonly kind: "grammy"; readonly module: GrammyModule }
  | { readonly kind: "file"; readonly path: string };

/** Whether a specifier names a file by path (`./bot`, `../deps.ts`), not a package or URL. */
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..";
}

/**
 * The file a relative specifier of `fromFile` names in the project: exact path, TypeScript's
 * `.js` -> `.ts` mapping, an added extension, or an `index` file. Undefined when nothing matches
 * or when the specifier is not relative (packages and URLs are not the project's own modules).
 */
export function resolveRelative(fromFile: string, specifier: string): string | undefined {
  if (!isRelativeSpecifier(specifier)) return undefined;
  // The modules of one folder import the same few specifiers: each is resolved once a while.
  const directory = path.dirname(fromFile);
  const key = `${directory}\0${specifier}`;
  const now = Date.now();
  const cached = relativeCache.get(key);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.file;
  const file = resolvePath(path.resolve(directory, specifier));
  relativeCache.set(key, { at: now, file });
  return file;
}

const relativeCache = new Map<string, { at: number; file: string | undefined }>();

function resolvePath(base: string): string | undefined {
  const candidates: string[] = [];
  const extension = path.extname(base);
  if (sourceFile.test(base)) candidates.push(base);
  for (const replacement of sourceForOutput[extension] ?? []) {
    candidates.push(base.slice(0, -extension.length) + replacement);
  }
  for (const added of extensions) candidates.push(base + added);
  for (const added of extensions) candidates.push(path.join(base, `index${added}`));
  return candidates.find((candidate) => fileExists(candidate));
}

/**
 * What a specifier of `fromFile` names: grammY (directly, or through an alias of the Deno import
 * map), or a project file (relative, or an import-map alias of a local path such as `"@/": "./src/"`).
 * Undefined for other packages, URLs, and files that do not exist.
 */
export function resolveSpecifier(fromFile: string, specifier: string): ResolvedSpecifier | undefined {
  const module = grammyModuleOf(specifier);
  if (module) return { kind: "grammy", module };
  if (isRelativeSpecifier(specifier)) {
    const file = resolveRelative(fromFile, specifier);
    return file === undefined ? undefined : { kind: "file", path: file };
  }
  if (!isBareSpecifier(specifier)) return undefined;
  const map = importMapFor(fromFile);
  const target = applyImportMap(map, specifier);
  if (target === undefined || !map) return undefined;
  const mapped = grammyModuleOf(target);
  if (mapped) return { kind: "grammy", module: mapped };
  if (isRelativeSpecifier(target) || target.startsWith("/")) {
    const file = resolvePath(path.resolve(map.directory, target));
    return file === undefined ? undefined : { kind: "file", path: file };
  }
  return undefined;
}

/** `grammy`, `$grammy/mod.ts`, `@/bot.ts`: not a path, URL or runtime module; an import map may map it. */
function isBareSpecifier(specifier: string): boolean {
  return !specifier.startsWith("/") && !/^[a-z][a-z0-9+.-]*:/i.test(specifier);
}

import path from "node:path";

import { grammyModuleOf, type GrammyModule } from "../sources";
import { derivedLifetimeMs, fileExists } from "./files";
import { applyImportMap, importMapFor } from "./import-map";
import { packageImportTargets } from "./package-json";
import { tsconfigCandidates } from "./tsconfig-paths";
import { workspaceCandidates } from "./workspaces";

/** Source files the analysis can parse, by extension (declaration files `x.d.ts` included). */
const sourceFile = /\.(?:[cm]?[jt]sx?)$/;

/**
 * Extensions added to a specifier without one, in TypeScript's order: sources, then declaration
 * files (a `.d.ts` beside no source: a hand-written module declaration), then JavaScript.
 */
const extensions = [".ts", ".tsx", ".d.ts", ".mts", ".d.mts", ".cts", ".d.cts", ".js", ".jsx", ".mjs", ".cjs"];

/**
 * The same for a JavaScript importer, which Node runs as it is: `require("./start")` loads
 * `start.js` even where a `start.ts` lies beside it (a project with both copies), so `.js` comes
 * first; the rest keep TypeScript's order (a bundler may still find a `.ts`).
 */
const extensionsForJavaScript = [".js", ...extensions.filter((extension) => extension !== ".js")];

const javaScriptFile = /\.[cm]?jsx?$/;

/** `./bot.js` may be `./bot.ts` on disk (TypeScript's path extensions under NodeNext), or `./bot.d.ts`. */
const sourceForOutput: Readonly<Record<string, readonly string[]>> = {
  ".js": [".ts", ".tsx", ".d.ts"],
  ".jsx": [".tsx"],
  ".mjs": [".mts", ".d.mts"],
  ".cjs": [".cts", ".d.cts"],
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
  const fromJavaScript = javaScriptFile.test(fromFile);
  const key = `${directory}\0${specifier}\0${fromJavaScript ? "js" : "ts"}`;
  const now = Date.now();
  const cached = relativeCache.get(key);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.file;
  const file = resolvePath(path.resolve(directory, specifier), fromJavaScript ? extensionsForJavaScript : extensions);
  relativeCache.set(key, { at: now, file });
  return file;
}

const relativeCache = new Map<string, { at: number; file: string | undefined }>();

function resolvePath(base: string, added: readonly string[] = extensions): string | undefined {
  const candidates: string[] = [];
  const extension = path.extname(base);
  if (sourceFile.test(base)) candidates.push(base);
  for (const replacement of sourceForOutput[extension] ?? []) {
    candidates.push(base.slice(0, -extension.length) + replacement);
  }
  for (const suffix of added) candidates.push(base + suffix);
  for (const suffix of added) candidates.push(path.join(base, `index${suffix}`));
  return candidates.find((candidate) => fileExists(candidate));
}

/**
 * What a specifier of `fromFile` names, as the project's toolchain resolves it: grammY (by name, or
 * through an alias that leads to it), or a source file of the project. Relative specifiers are
 * resolved alone (no config is looked up for them); bare ones through, in this order, the Deno
 * import map, tsconfig.json / jsconfig.json `paths` and `baseUrl`, package.json `imports` (`#x`),
 * and the packages of the workspace. Undefined for other packages, URLs, and files that do not
 * exist. docs/resolution.md describes it.
 */
export function resolveSpecifier(fromFile: string, specifier: string): ResolvedSpecifier | undefined {
  const module = grammyModuleOf(specifier);
  if (module) return { kind: "grammy", module };
  if (isRelativeSpecifier(specifier)) {
    const file = resolveRelative(fromFile, specifier);
    return file === undefined ? undefined : { kind: "file", path: file };
  }
  if (!isBareSpecifier(specifier)) return undefined;
  const directory = path.dirname(fromFile);
  const key = `${directory}\0${specifier}`;
  const now = Date.now();
  const cached = bareCache.get(key);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.resolved;
  const resolved = resolveBare(fromFile, directory, specifier);
  bareCache.set(key, { at: now, resolved });
  return resolved;
}

const bareCache = new Map<string, { at: number; resolved: ResolvedSpecifier | undefined }>();

function resolveBare(fromFile: string, directory: string, specifier: string): ResolvedSpecifier | undefined {
  const map = importMapFor(fromFile);
  const target = applyImportMap(map, specifier);
  if (target !== undefined && map) {
    const mapped = grammyModuleOf(target);
    if (mapped) return { kind: "grammy", module: mapped };
    if (!isRelativeSpecifier(target) && !target.startsWith("/")) return undefined;
    return fileResult(resolvePath(path.resolve(map.directory, target)));
  }
  // TypeScript tries `paths`, then `baseUrl`; when no candidate is there it goes on to packages.
  const fromConfig = firstOf(directory, tsconfigCandidates(directory, specifier) ?? []);
  if (fromConfig) return fromConfig;
  if (specifier.startsWith("#")) {
    const imported = packageImportTargets(directory, specifier);
    if (!imported) return undefined;
    for (const importTarget of imported.targets) {
      const mapped = grammyModuleOf(importTarget);
      if (mapped) return { kind: "grammy", module: mapped };
      const resolved = isRelativeSpecifier(importTarget)
        ? fileResult(projectFile(directory, path.resolve(imported.directory, importTarget)))
        : isBareSpecifier(importTarget) && !importTarget.startsWith("#")
          ? firstOf(directory, workspaceCandidates(directory, importTarget) ?? [])
          : undefined;
      if (resolved) return resolved;
    }
    return undefined;
  }
  return firstOf(directory, workspaceCandidates(directory, specifier) ?? []);
}

/** The first candidate that is a project file, else the first that names grammY (a URL, its package). */
function firstOf(directory: string, candidates: readonly string[]): ResolvedSpecifier | undefined {
  for (const candidate of candidates) {
    const file = path.isAbsolute(candidate) ? projectFile(directory, candidate) : undefined;
    if (file !== undefined) return { kind: "file", path: file };
  }
  for (const candidate of candidates) {
    const module = grammyModuleOf(candidate) ?? grammyModuleOf(installedPackageOf(candidate));
    if (module) return { kind: "grammy", module };
  }
  return undefined;
}

/** `/p/node_modules/@grammyjs/runner/out/mod.js` -> `@grammyjs/runner`; `""` outside node_modules. */
function installedPackageOf(candidate: string): string {
  const parts = candidate.split(/[\\/]/);
  const index = parts.lastIndexOf("node_modules");
  if (index < 0) return "";
  const first = parts[index + 1] ?? "";
  return first.startsWith("@") ? `${first}/${parts[index + 2] ?? ""}` : first;
}

/**
 * A source file at `base` (see `resolvePath`) that is the project's: none inside node_modules, which
 * is not even looked at (`"*": ["./node_modules/*"]` in `paths` would send every package there).
 */
function projectFile(directory: string, base: string): string | undefined {
  if (path.relative(directory, base).split(path.sep).includes("node_modules")) return undefined;
  return resolvePath(base);
}

function fileResult(file: string | undefined): ResolvedSpecifier | undefined {
  return file === undefined ? undefined : { kind: "file", path: file };
}

/** `grammy`, `$grammy/mod.ts`, `@/bot.ts`, `#root/bot.js`: not a path, URL or runtime module. */
function isBareSpecifier(specifier: string): boolean {
  return !specifier.startsWith("/") && !/^[a-z][a-z0-9+.-]*:/i.test(specifier);
}

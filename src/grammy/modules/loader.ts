import { createRequire } from "node:module";
import path from "node:path";

import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { fileMtime, lastRead, readProjectFile } from "./files";

/** A parser as ESLint hands it to rules: typescript-eslint's (parseForESLint) or espree (parse). */
interface ParserLike {
  parseForESLint?: (
    text: string,
    options: Record<string, unknown>,
  ) => {
    ast: TSESTree.Program;
    scopeManager?: unknown;
    visitorKeys?: Record<string, readonly string[]>;
  };
  parse?: (text: string, options: Record<string, unknown>) => TSESTree.Program;
}

/** A TypeScript program, as far as the loader reads it (this file never loads TypeScript itself). */
interface ProgramLike {
  getSourceFile(fileName: string): { readonly text: string } | undefined;
}

/** How the linted file was parsed: other modules of the project are parsed the same way. */
export interface ParseSettings {
  readonly parser: ParserLike | undefined;
  readonly parserOptions: Readonly<Record<string, unknown>>;
  readonly ecmaVersion: unknown;
  /**
   * With type information, the program the linted file belongs to: a module it holds has been
   * parsed by TypeScript already, and its tree is converted instead of parsed again.
   */
  readonly program?: ProgramLike;
}

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The parser and options of the linted file, from flat config (ESLint 9, 10) or eslintrc (8). */
export function parseSettingsOf(context: AnyContext): ParseSettings {
  const loose = context as unknown as {
    languageOptions?: { parser?: ParserLike; parserOptions?: Record<string, unknown>; ecmaVersion?: unknown };
    parserPath?: string;
    parserOptions?: Record<string, unknown>;
  };
  let languageOptions: typeof loose.languageOptions;
  let parserPath: string | undefined;
  let parserOptions: Record<string, unknown> | undefined;
  let program: ProgramLike | undefined;
  try {
    // Reading these can throw on some ESLint versions (e.g. `parserPath` in flat mode): unknown then.
    languageOptions = loose.languageOptions;
    parserPath = typeof loose.parserPath === "string" ? loose.parserPath : undefined;
    parserOptions = loose.parserOptions;
  } catch {
    languageOptions = undefined;
  }
  try {
    const services = context.sourceCode.parserServices as { program?: Partial<ProgramLike> | null } | undefined;
    if (typeof services?.program?.getSourceFile === "function") program = services.program as ProgramLike;
  } catch {
    program = undefined; // no SourceCode to ask (a bare context in tests, an old ESLint): parse
  }
  let parser = languageOptions?.parser;
  if (!parser && parserPath !== undefined) {
    try {
      // ESLint 8's eslintrc mode names the parser by path only; it is loaded already, so this is cheap.
      parser = requireFrom(parserPath, parserPath) as ParserLike;
    } catch {
      parser = undefined;
    }
  }
  return {
    parser,
    parserOptions: languageOptions?.parserOptions ?? parserOptions ?? {},
    ecmaVersion: languageOptions?.ecmaVersion ?? "latest",
    ...(program && { program }),
  };
}

/** Per parser (other modules are parsed with the linted file's), per path: the parse of one version. */
const sourceCodeCache = new WeakMap<object, Map<string, { mtimeMs: number; sourceCode: TSESLint.SourceCode | undefined }>>();
const noParser = {};

/**
 * Offers the file ESLint is linting right now to the other files' questions, so that a module
 * both linted and asked about (a bot module that handler files import) is parsed once per process.
 * Taken only when the text on disk is the text linted (not an editor's unsaved buffer) and ESLint
 * has set the tree's parent links already (ESLint 9 and 10 do before rules run; 8 does not).
 * The text the project pass read (`lastRead`) is compared first, with no look at the file system:
 * kept under the modification time it was read at, the parse is renewed as any other when the
 * file changes.
 */
export function offerLintedSource(file: string, settings: ParseSettings, sourceCode: TSESLint.SourceCode): boolean {
  const first = sourceCode.ast.body[0];
  if (first?.parent === undefined) return false;
  const text = sourceCode.text;
  let mtimeMs: number | undefined;
  const read = lastRead(file);
  if (read && sameText(read.text, text)) {
    mtimeMs = read.mtimeMs;
  } else {
    mtimeMs = fileMtime(file);
    const raw = mtimeMs === undefined ? undefined : readProjectFile(file);
    if (mtimeMs === undefined || raw === undefined || !sameText(raw, text)) return false;
  }
  const key = settings.parser ?? noParser;
  let cache = sourceCodeCache.get(key);
  if (!cache) {
    cache = new Map();
    sourceCodeCache.set(key, cache);
  }
  if (cache.get(file)?.mtimeMs === mtimeMs) return false; // parsed already: keep that one's models
  cache.set(file, { mtimeMs, sourceCode });
  return true;
}

/** Whether a file's text, as read from disk, is the text ESLint lints (which has its BOM removed): the lengths first. */
function sameText(raw: string, linted: string): boolean {
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (raw.length - bom !== linted.length) return false;
  return bom === 0 ? raw === linted : raw.slice(1) === linted;
}

/**
 * Another module of the project as ESLint would see it (a SourceCode with scopes), parsed once per
 * path and modification time per process. Undefined when it cannot be read or parsed: unknown stays
 * unknown.
 */
export function loadSourceCode(file: string, settings: ParseSettings): TSESLint.SourceCode | undefined {
  const mtimeMs = fileMtime(file);
  if (mtimeMs === undefined) return undefined;
  const key = settings.parser ?? noParser;
  let cache = sourceCodeCache.get(key);
  if (!cache) {
    cache = new Map();
    sourceCodeCache.set(key, cache);
  }
  const cached = cache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.sourceCode;
  let sourceCode: TSESLint.SourceCode | undefined;
  try {
    sourceCode = parseFile(file, settings);
  } catch {
    sourceCode = undefined; // a syntax error, or a parser that cannot read this file
  }
  cache.set(file, { mtimeMs, sourceCode });
  return sourceCode;
}

function parseFile(file: string, settings: ParseSettings): TSESLint.SourceCode | undefined {
  const raw = readProjectFile(file);
  if (raw === undefined) return undefined;
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  const parser = settings.parser;
  const isTypeScript = /\.[cm]?tsx?$/.test(file);
  if (!parser?.parseForESLint && !(parser?.parse && !isTypeScript)) return undefined; // e.g. a .ts module seen from espree
  // `.cjs`/`.cts` are CommonJS; other files are tried as modules first, then as CommonJS scripts.
  const sourceTypes = /\.c[jt]s$/.test(file) ? (["commonjs"] as const) : (["module", "commonjs"] as const);
  let lastError: unknown;
  for (const sourceType of sourceTypes) {
    try {
      return parseAs(file, text, settings, sourceType);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function parseAs(
  file: string,
  text: string,
  settings: ParseSettings,
  sourceType: "module" | "commonjs",
): TSESLint.SourceCode {
  const parser = settings.parser;
  const jsx = /x$/.test(file);
  const options: Record<string, unknown> = {
    ...stripTypeInformation(settings.parserOptions),
    ecmaVersion: settings.ecmaVersion ?? "latest",
    sourceType,
    range: true,
    loc: true,
    tokens: true,
    comment: true,
    filePath: file,
    ecmaFeatures: { jsx, globalReturn: sourceType === "commonjs" },
  };
  let ast: TSESTree.Program;
  let scopeManager: unknown;
  let visitorKeys: Record<string, readonly string[]> | undefined;
  const light = parser?.parseForESLint ? lightParserOf(parser) : undefined;
  if (light) {
    ({ ast, scopeManager, visitorKeys } = light.parse(text, { ...options, ...withoutTokens }, sourceType, jsx, settings.program));
  } else if (parser?.parseForESLint) {
    const result = parser.parseForESLint(text, options);
    ast = result.ast;
    scopeManager = result.scopeManager;
    visitorKeys = result.visitorKeys;
  } else if (parser?.parse) {
    // espree: a plain parse, scoped below.
    ast = parser.parse(text, { ...options, ...withoutTokens });
  } else {
    throw new Error("no parser");
  }
  const eslint = eslintModules();
  const keys = visitorKeys ?? eslint.visitorKeys;
  if (!scopeManager) {
    scopeManager = eslint.analyze(ast, {
      ecmaVersion: 2022,
      sourceType: sourceType === "commonjs" ? "script" : "module",
      nodejsScope: sourceType === "commonjs",
      childVisitorKeys: keys,
      fallback: (node: object) => Object.keys(node).filter((key) => key !== "parent"),
    });
  }
  // ESLint's SourceCode wants both lists; asked-about modules need neither.
  const program = ast as { tokens?: unknown[]; comments?: unknown[] };
  program.tokens ??= [];
  program.comments ??= [];
  setParents(ast, keys);
  return new eslint.SourceCode({ text, ast, scopeManager, visitorKeys: keys, parserServices: {} });
}

/**
 * Rules read the tokens and comments of the file they lint, never of the modules it asks about:
 * where the parse is ours to shape (espree, typescript-estree), they are left out.
 */
const withoutTokens = { tokens: false, comment: false } as const;

interface EslintModules {
  readonly SourceCode: new (config: object) => TSESLint.SourceCode;
  readonly visitorKeys: Record<string, readonly string[]>;
  readonly analyze: (ast: object, options: object) => unknown;
}

let eslintModulesCache: EslintModules | undefined;

/** ESLint's SourceCode, visitor keys and scope analysis, from the ESLint that runs the rules: loaded once. */
function eslintModules(): EslintModules {
  if (!eslintModulesCache) {
    const eslintRequire = createRequire(requireResolve("eslint", __filename));
    eslintModulesCache = {
      SourceCode: (eslintRequire("eslint") as EslintModules).SourceCode,
      visitorKeys: (eslintRequire("eslint-visitor-keys") as { KEYS: Record<string, readonly string[]> }).KEYS,
      analyze: (eslintRequire("eslint-scope") as { analyze: EslintModules["analyze"] }).analyze,
    };
  }
  return eslintModulesCache;
}

/** What typescript-eslint's parser does for ESLint, without the tokens, comments and node maps ESLint needs and we do not. */
interface LightParser {
  parse(
    text: string,
    options: Record<string, unknown>,
    sourceType: "module" | "commonjs",
    jsx: boolean,
    program: ProgramLike | undefined,
  ): { ast: TSESTree.Program; scopeManager: unknown; visitorKeys: Record<string, readonly string[]> };
}

const lightParsers = new WeakMap<object, LightParser | null>();

/**
 * typescript-eslint's parser builds tokens, comments and maps between TypeScript's nodes and
 * ESTree's for every file, about a third of its time, and always (it ignores `tokens: false`). A
 * module the rules only ask about needs the tree and its scopes: for that parser, its own
 * typescript-estree and scope-manager are called directly, with the options it would pass them.
 * Found from the parser's module (the one the user's config loaded); any other parser, or a
 * layout where they cannot be found, goes through `parseForESLint` as ESLint would.
 */
function lightParserOf(parser: ParserLike): LightParser | undefined {
  let light = lightParsers.get(parser);
  if (light === undefined) {
    light = findLightParser(parser) ?? null;
    lightParsers.set(parser, light);
  }
  return light ?? undefined;
}

function findLightParser(parser: ParserLike): LightParser | undefined {
  try {
    const meta = (parser as { meta?: { name?: unknown } }).meta;
    if (meta?.name !== "typescript-eslint/parser") return undefined;
    const parserFile = Object.values(createRequire(__filename).cache).find(
      (loaded) => (loaded?.exports as ParserLike | undefined)?.parseForESLint === parser.parseForESLint,
    )?.filename;
    if (parserFile === undefined) return undefined;
    const parserRequire = createRequire(parserFile);
    const estree = parserRequire("@typescript-eslint/typescript-estree") as {
      parse?: (text: string, options: object) => TSESTree.Program;
      parseAndGenerateServices?: (text: string, options: object) => { ast: TSESTree.Program };
    };
    const scopes = parserRequire("@typescript-eslint/scope-manager") as { analyze?: (ast: object, options: object) => unknown };
    const keys = parserRequire("@typescript-eslint/visitor-keys") as { visitorKeys?: Record<string, readonly string[]> };
    const { parse, parseAndGenerateServices } = estree;
    const { analyze } = scopes;
    const { visitorKeys } = keys;
    if (typeof parse !== "function" || typeof analyze !== "function" || !visitorKeys) return undefined;
    /**
     * A module of the program, with the text on disk: TypeScript's tree of it, converted (about half
     * the cost of a parse). The program's copy may be an editor's buffer: then the text decides.
     */
    const fromProgram = (text: string, options: Record<string, unknown>, program: ProgramLike | undefined): TSESTree.Program | undefined => {
      const file = options.filePath;
      if (!program || typeof parseAndGenerateServices !== "function" || typeof file !== "string") return undefined;
      if (program.getSourceFile(file)?.text !== text) return undefined;
      try {
        return parseAndGenerateServices(text, {
          ...options,
          programs: [program],
          preserveNodeMaps: false,
          errorOnTypeScriptSyntacticAndSemanticIssues: false,
        }).ast;
      } catch {
        return undefined; // a program typescript-estree will not take: parse as without one
      }
    };
    return {
      parse(text, options, sourceType, jsx, program) {
        const ast =
          fromProgram(text, { jsx, ...options }, program) ??
          parse(text, { jsx, ...options, errorOnTypeScriptSyntacticAndSemanticIssues: false });
        // As the parser does: anything but a module is a script, CommonJS with a global return.
        const scriptType = sourceType === "module" ? "module" : "script";
        (ast as { sourceType: string }).sourceType = scriptType;
        const given = options as { lib?: unknown; jsxPragma?: unknown; jsxFragmentName?: unknown };
        const scopeManager = analyze(ast, {
          globalReturn: sourceType === "commonjs",
          jsxFragmentName: given.jsxFragmentName,
          jsxPragma: given.jsxPragma,
          lib: given.lib,
          sourceType: scriptType,
        });
        return { ast, scopeManager, visitorKeys };
      },
    };
  } catch {
    return undefined;
  }
}

/** ESLint sets `parent` while it traverses; a module we parse ourselves needs it set here. */
function setParents(root: TSESTree.Node, keys: Record<string, readonly string[]>): void {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const key of keys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      const children: unknown[] = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (typeof child === "object" && child !== null && typeof (child as { type?: unknown }).type === "string") {
          (child as { parent?: TSESTree.Node }).parent = node;
          stack.push(child as TSESTree.Node);
        }
      }
    }
  }
}

/** Options that would make typescript-eslint build a type-checked program for every module. */
const typeInformationOptions = new Set(["project", "projectService", "programs", "EXPERIMENTAL_useProjectService"]);

function stripTypeInformation(options: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).filter(([key]) => !typeInformationOptions.has(key)));
}

function requireFrom(request: string, from: string): unknown {
  return createRequire(path.resolve(from))(request);
}

function requireResolve(request: string, from: string): string {
  return createRequire(path.resolve(from)).resolve(request);
}

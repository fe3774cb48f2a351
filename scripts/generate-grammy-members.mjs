#!/usr/bin/env node
// Writes src/grammy/members.generated.ts from grammY's own declaration files, so that what the
// plugin knows about grammY's promise-returning members comes from grammY and not from memory.
// `--check` compares instead of writing and exits 1 when the checked-in table is stale (CI).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { writeOrCheck } from "./lib/generated-file.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outFile = join(root, "src/grammy/members.generated.ts");

function packageEntry(name) {
  const packageJsonPath = join(root, "node_modules", name, "package.json");
  const packageJson = JSON.parse(readFileSync(packageJsonPath, "utf8"));
  return { entry: join(dirname(packageJsonPath), packageJson.types ?? packageJson.main.replace(/\.js$/, ".d.ts")), version: packageJson.version };
}
const { entry: grammyEntry, version: grammyVersion } = packageEntry("grammy");
const { entry: runnerEntry, version: runnerVersion } = packageEntry("@grammyjs/runner");

const program = ts.createProgram([grammyEntry, runnerEntry], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  types: [],
});
const checker = program.getTypeChecker();

function exportsOf(entry) {
  const sourceFile = program.getSourceFile(entry);
  if (!sourceFile) throw new Error(`cannot load ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) throw new Error(`${entry} is not a module`);
  return new Map(checker.getExportsOfModule(moduleSymbol).map((symbol) => [symbol.getName(), symbol]));
}

const grammyExports = exportsOf(grammyEntry);
const runnerExports = exportsOf(runnerEntry);

function declaredType(exports, name) {
  const symbol = exports.get(name);
  if (!symbol) throw new Error(`grammY no longer exports ${name}`);
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return { symbol: target, type: checker.getDeclaredTypeOfSymbol(target) };
}

function isThenable(type) {
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((part) => {
    const then = part.getProperty("then");
    if (!then) return false;
    const thenType = checker.getTypeOfSymbol(then);
    return thenType.getCallSignatures().length > 0;
  });
}

/** Members (methods or function-valued properties) whose call returns a thenable. */
function promiseMembers(type) {
  const names = [];
  for (const property of checker.getPropertiesOfType(type)) {
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    if (!declaration) continue;
    if (ts.isGetAccessorDeclaration(declaration) || ts.isSetAccessorDeclaration(declaration)) continue;
    const propertyType = checker.getTypeOfSymbol(property);
    const signatures = propertyType.getCallSignatures();
    if (signatures.length === 0) continue;
    if (signatures.some((signature) => isThenable(checker.getReturnTypeOfSignature(signature)))) {
      names.push(property.getName());
    }
  }
  return names.sort();
}

/** Every callable member: used to tell "a grammY method name" from any other name. */
function callableMembers(type) {
  return checker
    .getPropertiesOfType(type)
    .filter((property) => checker.getTypeOfSymbol(property).getCallSignatures().length > 0)
    .map((property) => property.getName())
    .sort();
}

/** Composer methods that take middleware, a predicate on the context, or an error handler. */
function registrationMethods(type) {
  const names = [];
  for (const property of checker.getPropertiesOfType(type)) {
    const declaration = property.valueDeclaration;
    if (!declaration || !ts.isMethodDeclaration(declaration)) continue;
    const signatures = checker.getTypeOfSymbol(property).getCallSignatures();
    const takesFunctions = signatures.some((signature) =>
      signature.getParameters().some((parameter) => {
        const parameterDeclaration = parameter.valueDeclaration;
        const annotation = parameterDeclaration && ts.isParameter(parameterDeclaration) ? parameterDeclaration.type : undefined;
        return annotation !== undefined && /Middleware|=>/.test(annotation.getText());
      }),
    );
    if (takesFunctions) names.push(property.getName());
  }
  return names.sort();
}

const context = declaredType(grammyExports, "Context");
const api = declaredType(grammyExports, "Api");
const bot = declaredType(grammyExports, "Bot");
const composer = declaredType(grammyExports, "Composer");
const runnerHandle = declaredType(runnerExports, "RunnerHandle");

const contextTypeNames = [...grammyExports.keys()].filter((name) => /Context$/.test(name) || name === "Filter").sort();

const composerRegistration = registrationMethods(composer.type);

// The plugin relies on this (src/grammy/not-grammy.ts): apart from the registration methods, which
// return a Composer, no method of these objects returns or resolves to a grammY object, so such a
// call needs no type-checker question about its result. Refuse to generate when grammY changes that.
const grammyObjectNames = new Set(["Api", "Bot", "BotError", "Composer", "Context", "RunnerHandle"]);
const isGrammyDeclared = (symbol) =>
  (symbol?.declarations ?? []).some((declaration) =>
    /[\\/]node_modules[\\/](?:grammy|@grammyjs[\\/][^\\/]+)[\\/]/.test(declaration.getSourceFile().fileName),
  );
function returnsGrammyObject(signature) {
  const returned = checker.getReturnTypeOfSignature(signature);
  const resolved = checker.getAwaitedType(returned) ?? returned; // `Promise<Bot>` would count too
  return [returned, resolved].flatMap((type) => (type.isUnion() ? type.types : [type])).some((part) => {
    const symbol = part.aliasSymbol ?? part.getSymbol();
    return symbol !== undefined && grammyObjectNames.has(symbol.getName()) && isGrammyDeclared(symbol);
  });
}
for (const [owner, { type }] of Object.entries({ Context: context, Api: api, Bot: bot, RunnerHandle: runnerHandle })) {
  for (const property of checker.getPropertiesOfType(type)) {
    if (composerRegistration.includes(property.getName())) continue;
    const signatures = checker.getTypeOfSymbol(property).getCallSignatures();
    if (signatures.some(returnsGrammyObject)) {
      throw new Error(`${owner}.${property.getName()}() returns a grammY object: update src/grammy/not-grammy.ts`);
    }
  }
}
/**
 * The first parts of grammY's filter queries (`message` of `message:text`, the shortcuts `msg`,
 * `edit` and the empty one of `:text`): what `FilterQuery`, the union of every valid query, starts with.
 */
function filterQueryRoots() {
  const { type } = declaredType(grammyExports, "FilterQuery");
  const parts = type.isUnion() ? type.types : [type];
  const roots = new Set();
  for (const part of parts) {
    if (!part.isStringLiteral()) throw new Error("FilterQuery is no longer a union of string literals");
    roots.add(part.value.split(":")[0]);
  }
  if (!roots.has("message") || !roots.has("callback_query")) throw new Error("FilterQuery lost its update keys");
  return [...roots].sort();
}

const tables = {
  contextPromiseMethods: promiseMembers(context.type),
  apiPromiseMethods: promiseMembers(api.type),
  botPromiseMethods: promiseMembers(bot.type),
  runnerHandlePromiseMethods: promiseMembers(runnerHandle.type),
  composerRegistrationMethods: composerRegistration,
  contextTypeNames,
  contextMethods: callableMembers(context.type),
  apiMethods: callableMembers(api.type),
  botMethods: callableMembers(bot.type),
  runnerHandleMethods: callableMembers(runnerHandle.type),
  filterQueryRoots: filterQueryRoots(),
};

const descriptions = {
  contextPromiseMethods: "Context members whose call returns a promise (`ctx.reply`, ...).",
  apiPromiseMethods: "Api members whose call returns a promise (every Bot API method).",
  botPromiseMethods: "Bot members whose call returns a promise (`start`, `stop`, `init`, `handleUpdate`).",
  runnerHandlePromiseMethods: "RunnerHandle members whose call returns a promise (`stop`, `task`).",
  composerRegistrationMethods: "Composer (and so Bot) methods that take middleware or an error handler.",
  contextTypeNames: "Types exported by grammY that describe a context object.",
  contextMethods: "Every callable member of Context.",
  apiMethods: "Every callable member of Api.",
  botMethods: "Every callable member of Bot (Composer's included).",
  runnerHandleMethods: "Every callable member of RunnerHandle.",
  filterQueryRoots: "What grammY's filter queries start with, before the first `:` (`FilterQuery`): update keys and the shortcuts `msg`, `edit` and the empty one.",
};

let text = `// GENERATED by scripts/generate-grammy-members.mjs from grammy ${grammyVersion} and @grammyjs/runner ${runnerVersion}.\n`;
text += "// Do not edit by hand: run `npm run generate`. CI fails when this file is stale.\n\n";
text += `export const grammyVersion = ${JSON.stringify(grammyVersion)};\n`;
text += `export const runnerVersion = ${JSON.stringify(runnerVersion)};\n`;
for (const [name, values] of Object.entries(tables)) {
  text += `\n/** ${descriptions[name]} */\n`;
  text += `export const ${name}: ReadonlySet<string> = new Set([\n`;
  for (const value of values) text += `  ${JSON.stringify(value)},\n`;
  text += "]);\n";
}

writeOrCheck(outFile, text);

#!/usr/bin/env node
// Writes src/grammy/plugins.generated.ts from the declaration files of grammY and its plugins, so
// that what the plugin knows about context flavors and plugin promises comes from the packages and
// not from memory. `--check` compares instead of writing and exits 1 when the checked-in file is
// stale (CI). The only names written here by hand are the packages and the exported symbols that
// each walk starts from (`walks` below); everything else is read with the type checker.
import { readFileSync, realpathSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { writeOrCheck } from "./lib/generated-file.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outFile = join(root, "src/grammy/plugins.generated.ts");

/** grammY and the plugins whose declarations add context flavors or promise-returning members. */
const packageNames = [
  "grammy",
  "@grammyjs/chat-members",
  "@grammyjs/commands",
  "@grammyjs/conversations",
  "@grammyjs/files",
  "@grammyjs/hydrate",
  "@grammyjs/i18n",
  "@grammyjs/menu",
  "@grammyjs/parse-mode",
];

/**
 * Where the promise walks start: an exported type of a package, the prefix of the keys of the
 * objects it reaches, and which of its members the plugin's docs endorse leaving unawaited (they
 * are listed apart, and what they return is not walked; see src/grammy/plugin-promises.ts).
 */
const walks = [
  { packageName: "@grammyjs/hydrate", start: "HydrateFlavor", prefix: "hydrated" },
  { packageName: "@grammyjs/files", start: "FileFlavor", prefix: "flavored" },
  { packageName: "@grammyjs/conversations", start: "Conversation", prefix: "", endorsedUnawaited: /^wait/ },
  { packageName: "@grammyjs/conversations", start: "ConversationFlavor", prefix: "" },
  { packageName: "@grammyjs/conversations", start: "ConversationMenuFlavor", prefix: "" },
  { packageName: "@grammyjs/menu", start: "MenuFlavor", prefix: "" },
  { packageName: "@grammyjs/i18n", start: "I18nFlavor", prefix: "" },
  { packageName: "@grammyjs/commands", start: "CommandsFlavor", prefix: "" },
  { packageName: "@grammyjs/chat-members", start: "ChatMembersFlavor", prefix: "" },
  { packageName: "@grammyjs/parse-mode", start: "ParseModeFlavor", prefix: "" },
];

function packageInfo(name) {
  const packageJsonPath = join(root, "node_modules", name, "package.json");
  const packageJson = JSON.parse(readFileSync(packageJsonPath, "utf8"));
  const directory = realpathSync(dirname(packageJsonPath)); // declarations are known by their real paths
  const types = packageJson.types ?? packageJson.typings ?? packageJson.main.replace(/\.js$/, ".d.ts");
  return { name, directory, entry: join(directory, types), version: packageJson.version };
}
const packages = new Map(packageNames.map((name) => [name, packageInfo(name)]));

const compilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  types: [],
};

// ---------------------------------------------------------------------------------------------
// Pass 1: the packages' exports and their type parameters.

const firstProgram = ts.createProgram(
  [...packages.values()].map((info) => info.entry),
  compilerOptions,
);
let checker = firstProgram.getTypeChecker();

/** Which package a declaration belongs to (its file lies in the package's folder). */
function packageOfFile(fileName) {
  for (const info of packages.values()) {
    if (fileName.startsWith(info.directory + sep) || fileName.startsWith(`${info.directory}/`)) return info.name;
  }
  return undefined;
}

function exportsOf(program, info) {
  const sourceFile = program.getSourceFile(info.entry);
  if (!sourceFile) throw new Error(`cannot load ${info.entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) throw new Error(`${info.entry} is not a module`);
  return new Map(
    checker.getExportsOfModule(moduleSymbol).map((symbol) => [
      symbol.getName(),
      symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol,
    ]),
  );
}

/** The type parameters of an exported interface, type alias or class, or undefined for other symbols. */
function typeParametersOf(symbol) {
  const declaration = symbol.declarations?.find(
    (node) => ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node),
  );
  if (!declaration) return undefined;
  return declaration.typeParameters ?? [];
}

const contextSymbol = exportsOf(firstProgram, packages.get("grammy")).get("Context");
if (!contextSymbol) throw new Error("grammY no longer exports Context");
const contextType = checker.getDeclaredTypeOfSymbol(contextSymbol);

const isContext = (type) => checker.isTypeAssignableTo(type, contextType) && checker.isTypeAssignableTo(contextType, type);

/** Per package, per exported generic type: the indexes of the parameters constrained to Context. */
const generics = new Map();
for (const info of packages.values()) {
  const byName = new Map();
  for (const [name, symbol] of exportsOf(firstProgram, info)) {
    const parameters = typeParametersOf(symbol);
    if (!parameters) continue;
    const contextIndexes = [];
    parameters.forEach((parameter, index) => {
      const constraint = parameter.constraint && checker.getTypeFromTypeNode(parameter.constraint);
      if (constraint && isContext(constraint)) contextIndexes.push(index);
    });
    byName.set(name, { parameterCount: parameters.length, contextIndexes, symbol });
  }
  generics.set(info.name, byName);
}

// ---------------------------------------------------------------------------------------------
// Pass 2: a probe module that instantiates those types, so the checker can answer about them.

const probeFile = join(root, "__grammy_plugin_probe__.ts");
const namespaceOf = new Map([...packages.keys()].map((name, index) => [name, `P${index}`]));
const marker = "__GrammyReliabilityMarker";
const probeLines = [
  ...[...packages.keys()].map((name) => `import type * as ${namespaceOf.get(name)} from ${JSON.stringify(name)};`),
  `import type { Api, Context, RawApi } from "grammy";`,
  // grammY's own objects, their type parameters at their defaults (see grammyObjects below)
  "export type GrammyContext = Context;",
  "export type GrammyApi = Api;",
  "export type GrammyRawApi = RawApi;",
  `export interface ${marker} extends Context { readonly __grammyReliabilityMarker: true }`,
];

/**
 * `P3.Name<...>` with Context (or the marker) at the context parameters and `any` elsewhere: the
 * other parameters (`Filter`'s query, `SessionFlavor`'s data) do not decide whether it is a context.
 */
function instantiation(packageName, name, { parameterCount, contextIndexes }, markedIndex) {
  const reference = `${namespaceOf.get(packageName)}.${name}`;
  if (parameterCount === 0) return reference;
  const argumentsText = Array.from({ length: parameterCount }, (_, index) => {
    if (index === markedIndex) return marker;
    return contextIndexes.includes(index) ? "Context" : "any";
  });
  return `${reference}<${argumentsText.join(", ")}>`;
}

const flavorProbes = [];
const typeProbes = [];
for (const [packageName, byName] of generics) {
  for (const [name, generic] of byName) {
    const alias = `Type${typeProbes.length}`;
    probeLines.push(`export type ${alias} = ${instantiation(packageName, name, generic, -1)};`);
    typeProbes.push({ alias, packageName, name });
    for (const index of generic.contextIndexes) {
      const alias = `Flavor${flavorProbes.length}`;
      probeLines.push(`export type ${alias} = ${instantiation(packageName, name, generic, index)};`);
      flavorProbes.push({ alias, packageName, name, index });
    }
  }
}
const walkProbes = walks.map((walk, index) => {
  const generic = generics.get(walk.packageName)?.get(walk.start);
  if (!generic) throw new Error(`${walk.packageName} no longer exports a type ${walk.start}`);
  const alias = `Walk${index}`;
  probeLines.push(`export type ${alias} = ${instantiation(walk.packageName, walk.start, generic, -1)};`);
  return { ...walk, alias };
});
const probeText = `${probeLines.join("\n")}\n`;

const host = ts.createCompilerHost(compilerOptions);
const { getSourceFile, fileExists, readFile } = host;
host.getSourceFile = (fileName, languageVersion, ...rest) =>
  fileName === probeFile
    ? ts.createSourceFile(fileName, probeText, languageVersion, true)
    : getSourceFile.call(host, fileName, languageVersion, ...rest);
host.fileExists = (fileName) => fileName === probeFile || fileExists.call(host, fileName);
host.readFile = (fileName) => (fileName === probeFile ? probeText : readFile.call(host, fileName));

const program = ts.createProgram({
  rootNames: [probeFile, ...[...packages.values()].map((info) => info.entry)],
  options: compilerOptions,
  host,
  oldProgram: firstProgram,
});
checker = program.getTypeChecker();
const probeErrors = program.getSemanticDiagnostics(program.getSourceFile(probeFile));
if (probeErrors.length > 0) {
  throw new Error(`probe does not type-check:\n${ts.formatDiagnosticsWithColorAndContext(probeErrors, host)}`);
}
const probeExports = new Map(
  checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(probeFile))).map((symbol) => [symbol.getName(), symbol]),
);
const probeType = (alias) => checker.getDeclaredTypeOfSymbol(probeExports.get(alias));
const markerType = probeType(marker);
const probeContextSymbol = exportsOf(program, packages.get("grammy")).get("Context");
const probeContextType = checker.getDeclaredTypeOfSymbol(probeContextSymbol);

// ---------------------------------------------------------------------------------------------
// a. Context flavors: `X<C>` is a context whenever C is one, checked with a marked context.

const isDegenerate = (type) => (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) !== 0;

const contextFlavors = new Map([...packages.keys()].map((name) => [name, new Map()]));
for (const { alias, packageName, name, index } of flavorProbes) {
  const type = probeType(alias);
  if (isDegenerate(type) || !checker.isTypeAssignableTo(type, markerType)) continue;
  const flavors = contextFlavors.get(packageName);
  if (flavors.has(name)) throw new Error(`${packageName}'s ${name} carries the context in two parameters`);
  flavors.set(name, index);
}

// Contexts by themselves: exported types that are a context with nothing applied to them
// (`Context`, or `CommandsFlavor`, which extends it), with Context at any context parameter.
const contextTypes = new Map([...packages.keys()].map((name) => [name, new Set()]));
for (const { alias, packageName, name } of typeProbes) {
  if (contextFlavors.get(packageName).has(name)) continue;
  const type = probeType(alias);
  if (!isDegenerate(type) && checker.isTypeAssignableTo(type, probeContextType)) contextTypes.get(packageName).add(name);
}

// Add-ons: exported types that the packages' own declarations intersect with a context (`C &
// SessionFlavor<S>`, `Context & ChatMembersFlavor`, `Filter<C, Q> & MenuFlavor`) and that are not
// contexts themselves.
const exportedByTarget = new Map();
for (const info of packages.values()) {
  for (const [name, symbol] of exportsOf(program, info)) {
    if (!exportedByTarget.has(symbol)) exportedByTarget.set(symbol, { packageName: info.name, name });
  }
}
const contextAddOns = new Map([...packages.keys()].map((name) => [name, new Set()]));
function referencedSymbol(node) {
  if (!ts.isTypeReferenceNode(node)) return undefined;
  const symbol = checker.getSymbolAtLocation(node.typeName);
  if (!symbol) return undefined;
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}
function namesAContext(node) {
  const symbol = referencedSymbol(node);
  if (!symbol) return false;
  if (symbol.flags & ts.SymbolFlags.TypeParameter) {
    const constraint = checker.getBaseConstraintOfType(checker.getDeclaredTypeOfSymbol(symbol));
    return constraint !== undefined && checker.isTypeAssignableTo(constraint, probeContextType);
  }
  if (symbol === probeContextSymbol) return true;
  const exported = exportedByTarget.get(symbol);
  return exported !== undefined && contextFlavors.get(exported.packageName).has(exported.name);
}
for (const sourceFile of program.getSourceFiles()) {
  if (!packageOfFile(sourceFile.fileName)) continue;
  const visit = (node) => {
    if (ts.isIntersectionTypeNode(node) && node.types.some(namesAContext)) {
      for (const part of node.types) {
        const symbol = referencedSymbol(part);
        const exported = symbol && exportedByTarget.get(symbol);
        if (!exported || contextFlavors.get(exported.packageName).has(exported.name)) continue;
        if (contextTypes.get(exported.packageName).has(exported.name)) continue; // a context by itself
        contextAddOns.get(exported.packageName).add(exported.name);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
}

// ---------------------------------------------------------------------------------------------
// b. Plugin promise members: walk from each start type to the objects its plugin equips with
// methods, and sort those methods by what their call returns.

/** A promise, not `T | Promise<T>` (what a user's callback may return is no promise the plugin makes). */
function isThenable(type) {
  const parts = (type.isUnion() ? type.types : [type]).filter((part) => !(part.flags & ts.TypeFlags.Nullable));
  return parts.length > 0 && parts.every((part) => {
    const then = part.getProperty("then");
    return then !== undefined && checker.getTypeOfSymbol(then).getCallSignatures().length > 0;
  });
}
const isVoid = (type) => (type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) !== 0;

const declaredBy = (symbol, packageName) =>
  (symbol.declarations ?? []).some((declaration) => packageOfFile(declaration.getSourceFile().fileName) === packageName);

const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const camel = (text) => text.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());

/** The name of an object a plugin equips: its one named part declared by the plugin, else the property it was reached through. */
function objectName(type, packageName, via) {
  const parts = (type.isUnion() ? type.types : [type]).flatMap((part) => (part.isIntersection() ? part.types : [part]));
  const named = parts
    .map((part) => part.getSymbol())
    .filter((symbol) => symbol && symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class) && declaredBy(symbol, packageName))
    .map((symbol) => symbol.getName().replace(/X(?:Fragment)?$/, ""));
  const unique = [...new Set(named)];
  if (unique.length > 1) throw new Error(`${packageName}: an object is both ${unique.join(" and ")}`);
  if (unique.length === 1) return unique[0];
  if (via === undefined) throw new Error(`${packageName}: an object reached from nowhere has no name: ${checker.typeToString(type)}`);
  return upperFirst(camel(via));
}

const nonNullable = (type) => checker.getNonNullableType(type);
const awaited = (type) => checker.getAwaitedType(type) ?? type;

const promiseMembers = new Map(); // key -> Set of names
const conditionalMembers = new Map(); // key -> Map name -> index of the argument that makes it a promise
const endorsedUnawaited = new Map(); // key -> Set of names

// A plugin that retypes grammY's own objects (`ctx.reply` under hydrate, `ctx.api.getFile` under
// files) adds nothing there that members.generated.ts does not know: of an object that is a
// Context, an Api or a RawApi, only the members that grammY's type lacks are the plugin's.
const grammyObjects = ["GrammyContext", "GrammyApi", "GrammyRawApi"].map((alias) => {
  const type = probeType(alias);
  return { type, names: new Set(checker.getPropertiesOfType(type).map((property) => property.getName())) };
});
function grammyMemberNames(type) {
  const names = new Set();
  for (const object of grammyObjects) {
    if (checker.isTypeAssignableTo(type, object.type)) for (const name of object.names) names.add(name);
  }
  return names;
}
const keyOwners = new Map(); // key -> the walk that made it, so that two walks cannot merge by accident

function addTo(table, key, name, value) {
  if (!table.has(key)) table.set(key, value === undefined ? new Set() : new Map());
  const entry = table.get(key);
  if (value === undefined) entry.add(name);
  else entry.set(name, value);
}

/**
 * The argument whose presence makes a promise of a call that is otherwise void: the first
 * parameter that every thenable overload requires and some void overload leaves optional.
 */
function promiseArgumentIndex(thenable, voidOnes) {
  const count = Math.max(...thenable.map((signature) => signature.getParameters().length));
  for (let index = 0; index < count; index++) {
    const required = thenable.every((signature) => index < signature.minArgumentCount);
    const optional = voidOnes.some((signature) => index >= signature.minArgumentCount);
    if (required && optional) return index;
  }
  throw new Error("a member that is sometimes a promise has no argument that decides it");
}

function walk({ packageName, start, prefix, alias, endorsedUnawaited: endorsed }) {
  const seen = new Set();
  const startType = probeType(alias);
  const queue = [{ type: startType, via: undefined, isRoot: true }];
  while (queue.length > 0) {
    const { type, via, isRoot } = queue.shift();
    if (seen.has(type)) continue;
    seen.add(type);
    let key;
    const keyOf = () => {
      if (key !== undefined) return key;
      if (isRoot) key = lowerFirst(start);
      else {
        const name = objectName(type, packageName, via);
        key = prefix === "" ? lowerFirst(name) : `${prefix}${name}`;
      }
      const owner = `${packageName} ${start}`;
      if ((keyOwners.get(key) ?? owner) !== owner) throw new Error(`${owner} and ${keyOwners.get(key)} both name ${key}`);
      keyOwners.set(key, owner);
      return key;
    };
    const grammyNames = grammyMemberNames(type);
    for (const property of checker.getPropertiesOfType(type)) {
      const name = property.getName();
      const propertyType = checker.getTypeOfSymbol(property);
      const own = declaredBy(property, packageName) && !grammyNames.has(name);
      const signatures = nonNullable(propertyType).getCallSignatures();
      if (signatures.length > 0) {
        const thenable = signatures.filter((signature) => isThenable(checker.getReturnTypeOfSignature(signature)));
        const voidOnes = signatures.filter((signature) => isVoid(checker.getReturnTypeOfSignature(signature)));
        const endorsedHere = endorsed?.test(name) ?? false;
        if (own && thenable.length > 0) {
          if (endorsedHere) addTo(endorsedUnawaited, keyOf(), name);
          else if (thenable.length === signatures.length) addTo(promiseMembers, keyOf(), name);
          else if (thenable.length + voidOnes.length === signatures.length) {
            addTo(conditionalMembers, keyOf(), name, promiseArgumentIndex(thenable, voidOnes));
          } else throw new Error(`${packageName}: ${name} returns a promise only sometimes, and not void otherwise`);
        }
        // What a call resolves to may be an equipped object (`await ctx.reply()`, `await ctx.getFile()`).
        const objectSymbol = type.getSymbol();
        if (!endorsedHere && (isRoot || own || (objectSymbol !== undefined && declaredBy(objectSymbol, packageName)))) {
          for (const signature of signatures) {
            queue.push({ type: nonNullable(awaited(checker.getReturnTypeOfSignature(signature))), via: undefined, isRoot: false });
          }
        }
      } else if (declaredBy(property, packageName)) {
        // Equipped objects hang off the context and off each other (`ctx.msg`, `callbackQuery.message`).
        queue.push({ type: nonNullable(propertyType), via: name, isRoot: false });
      }
    }
  }
}
for (const walkProbe of walkProbes) walk(walkProbe);

// ---------------------------------------------------------------------------------------------
// Output.

const sortedEntries = (map) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const sortedValues = (set) => [...set].sort();

const versions = new Map([...packages.values()].map((info) => [info.name, info.version]));
let text = `// GENERATED by scripts/generate-plugin-members.mjs from ${[...versions].map(([name, version]) => `${name} ${version}`).join(", ")}.\n`;
text += "// Do not edit by hand: run `npm run generate`. CI fails when this file is stale.\n\n";

text += "/** The versions of grammY and the plugins whose declarations this file was generated from. */\n";
text += "export const pluginVersions: Readonly<Record<string, string>> = {\n";
for (const [name, version] of sortedEntries(versions)) text += `  ${JSON.stringify(name)}: ${JSON.stringify(version)},\n`;
text += "};\n";

text += "\n/**\n * Per package, its exported generic types that are a context when applied to one, and the index of\n";
text += " * the type parameter that carries the context (`HydrateFlavor<C>`, `CommandContext<C>`, `Filter<C, Q>`).\n */\n";
text += "export const contextFlavors: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map([\n";
for (const [packageName, flavors] of sortedEntries(contextFlavors)) {
  if (flavors.size === 0) continue;
  text += `  [${JSON.stringify(packageName)}, new Map([\n`;
  for (const [name, index] of sortedEntries(flavors)) text += `    [${JSON.stringify(name)}, ${index}],\n`;
  text += "  ])],\n";
}
text += "]);\n";

text += "\n/**\n * Per package, its exported types that are a context by themselves, without a context applied to them\n";
text += " * (`Context`, `CommandsFlavor`, which extends it).\n */\n";
text += "export const contextTypes: ReadonlyMap<string, ReadonlySet<string>> = new Map([\n";
for (const [packageName, names] of sortedEntries(contextTypes)) {
  if (names.size === 0) continue;
  text += `  [${JSON.stringify(packageName)}, new Set([\n`;
  for (const name of sortedValues(names)) text += `    ${JSON.stringify(name)},\n`;
  text += "  ])],\n";
}
text += "]);\n";

text += "\n/**\n * Per package, its exported types that its declarations intersect with a context and that are not\n";
text += " * contexts themselves (`SessionFlavor<S>`, `I18nFlavor`): `Context & SessionFlavor<S>` is a context\n";
text += " * because of `Context`, not because of the add-on.\n */\n";
text += "export const contextAddOns: ReadonlyMap<string, ReadonlySet<string>> = new Map([\n";
for (const [packageName, names] of sortedEntries(contextAddOns)) {
  if (names.size === 0) continue;
  text += `  [${JSON.stringify(packageName)}, new Set([\n`;
  for (const name of sortedValues(names)) text += `    ${JSON.stringify(name)},\n`;
  text += "  ])],\n";
}
text += "]);\n";

function setTable(name, description, table) {
  let out = `\n/** ${description} */\n`;
  out += `export const ${name}: ReadonlyMap<string, ReadonlySet<string>> = new Map([\n`;
  for (const [key, names] of sortedEntries(table)) {
    out += `  [${JSON.stringify(key)}, new Set([\n`;
    for (const member of sortedValues(names)) out += `    ${JSON.stringify(member)},\n`;
    out += "  ])],\n";
  }
  return `${out}]);\n`;
}
text += setTable(
  "pluginPromiseMembers",
  "Methods that plugins add and whose every call returns a promise, keyed by the object they are added to\n * (`hydratedMessage`: `ctx.msg` and sent messages under the hydrate plugin; `flavoredFile`: the result of\n * `ctx.getFile()` under the files plugin; `conversation`: the conversation handle, without its wait calls).",
  promiseMembers,
);
text += setTable(
  "endorsedUnawaitedMembers",
  "Methods that return a promise which the plugin's docs endorse leaving unawaited (the conversation's wait calls).",
  endorsedUnawaited,
);
text += "\n/**\n * Methods that return nothing unless called with a certain argument, and then a promise (`ctx.menu.update()`\n";
text += " * vs `ctx.menu.update({ immediate: true })`): key -> method -> index of that argument.\n */\n";
text += "export const pluginConditionalPromiseMembers: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map([\n";
for (const [key, members] of sortedEntries(conditionalMembers)) {
  text += `  [${JSON.stringify(key)}, new Map([\n`;
  for (const [name, index] of sortedEntries(members)) text += `    [${JSON.stringify(name)}, ${index}],\n`;
  text += "  ])],\n";
}
text += "]);\n";

writeOrCheck(outFile, text);

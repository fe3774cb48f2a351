import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { staticMemberName, staticString, transparentParent } from "../../utils/ast";
import { globalReferencesTo } from "../../utils/scope";
import { moduleExportName } from "../modules/exports";
import { derivedLifetimeMs } from "../modules/files";
import { loadSourceCode, type ParseSettings } from "../modules/loader";
import { resolveSpecifier } from "../modules/resolve";
import { exportUseIn, wholeModule } from "./handoffs";
import { importersOf, indexLifetimeMs } from "./importers";

/** An expression of another project file that denotes an export of the module asked about. */
export interface ExportReference {
  readonly file: string;
  readonly sourceCode: TSESLint.SourceCode;
  /** `start` of `import { start } from "./start"`, `handlers.start`, `require("./start").start`. */
  readonly node: TSESTree.Expression;
}

/** The name `referencesToExport` takes for a CommonJS module's whole export (`module.exports = ...`). */
export { wholeModule };

/** How many re-exporting modules (barrels) deep the search follows one export. */
const maxReexportHops = 4;

/**
 * Where the project's other files use what `file` exports under `name`: every reference to it in
 * the modules that import it (named, default and namespace imports, `require`, destructured
 * `require`), also through barrels that re-export it (`export { start } from "./start"`,
 * `export * from`). The reverse of following an import: it answers "who registers this handler"
 * for a file that never imports grammY itself. Each importer is parsed once per modification time.
 *
 * An importer whose text shows that it never mentions the export (`exportUseIn`) is not parsed:
 * it holds no reference. With `handedOnly`, neither is one that only calls it with literals
 * (`formatPrice("1")`): for questions about what callers pass or where they register a function,
 * whose answer such a call never changes (not for a class: `new Store()` makes an instance whose
 * methods may be called with anything).
 */
export function referencesToExport(
  file: string,
  name: string,
  settings: ParseSettings,
  handedOnly = false,
): readonly ExportReference[] {
  // Asked for every parameter and function of a module: answered once per export a while.
  const key = `${file}\0${name}\0${handedOnly ? "handed" : "any"}`;
  const now = Date.now();
  let bySettings = referenceCache.get(settings.parser ?? noParser);
  if (!bySettings) {
    bySettings = new Map();
    referenceCache.set(settings.parser ?? noParser, bySettings);
  }
  const cached = bySettings.get(key);
  if (cached && now - cached.at < derivedLifetimeMs) return cached.references;
  const found: ExportReference[] = [];
  collect(file, name, settings, handedOnly, found, new Set(), 0);
  bySettings.set(key, { at: now, references: found });
  return found;
}

const noParser = {};
const referenceCache = new WeakMap<object, Map<string, { at: number; references: readonly ExportReference[] }>>();

function collect(
  file: string,
  name: string,
  settings: ParseSettings,
  handedOnly: boolean,
  found: ExportReference[],
  seen: Set<string>,
  hops: number,
): void {
  const key = `${file}\0${name}`;
  if (seen.has(key) || hops > maxReexportHops) return;
  seen.add(key);
  for (const importer of importersOf(file)) {
    const use = exportUseIn(importer, file, name, indexLifetimeMs);
    if (use === "none" || (use === "inert" && handedOnly)) continue;
    const sourceCode = loadSourceCode(importer, settings);
    if (!sourceCode) continue;
    const names = (node: TSESTree.StringLiteral): boolean => {
      const resolved = resolveSpecifier(importer, node.value);
      return resolved?.kind === "file" && resolved.path === file;
    };
    const reexport = (exported: string): void => {
      collect(importer, exported, settings, handedOnly, found, seen, hops + 1);
    };
    const referencesOf = (declared: TSESTree.Node): void => {
      for (const variable of sourceCode.scopeManager?.getDeclaredVariables(declared) ?? []) {
        for (const reference of variable.references) {
          const identifier = reference.identifier as TSESTree.Identifier;
          if (identifier.parent.type === "ExportSpecifier") {
            reexport(moduleExportName(identifier.parent.exported));
          } else if (!reference.init) {
            found.push({ file: importer, sourceCode, node: identifier });
          }
        }
      }
    };
    const membersOf = (declared: TSESTree.Node): void => {
      for (const variable of sourceCode.scopeManager?.getDeclaredVariables(declared) ?? []) {
        for (const reference of variable.references) {
          const member = reference.identifier.parent;
          if (member.type === "MemberExpression" && member.object === reference.identifier && staticMemberName(member) === name) {
            found.push({ file: importer, sourceCode, node: member });
          }
        }
      }
    };
    for (const statement of sourceCode.ast.body) {
      switch (statement.type) {
        case "ImportDeclaration":
          if (statement.importKind === "type" || !names(statement.source)) break;
          for (const specifier of statement.specifiers) {
            if (specifier.type === "ImportSpecifier") {
              if (specifier.importKind !== "type" && moduleExportName(specifier.imported) === name) referencesOf(specifier);
            } else if (specifier.type === "ImportDefaultSpecifier") {
              if (name === "default") referencesOf(specifier);
            } else {
              membersOf(specifier);
            }
          }
          break;
        case "ExportNamedDeclaration":
          if (!statement.source || statement.exportKind === "type" || !names(statement.source)) break;
          for (const specifier of statement.specifiers) {
            if (moduleExportName(specifier.local) === name) reexport(moduleExportName(specifier.exported));
          }
          break;
        case "ExportAllDeclaration":
          if (!statement.exported && statement.exportKind !== "type" && names(statement.source)) reexport(name);
          break;
        default:
          break;
      }
    }
    requiresOf(sourceCode, (call, specifier) => {
      const resolved = resolveSpecifier(importer, specifier);
      if (resolved?.kind !== "file" || resolved.path !== file) return;
      const { node, parent } = outerOf(call);
      if (name === wholeModule) {
        // `module.exports = (ctx) => ...` required whole: `bot.command("start", require("./start"))`,
        // `const start = require("./start")`.
        if (parent?.type === "VariableDeclarator" && parent.init === node && parent.id.type === "Identifier") referencesOf(parent);
        else found.push({ file: importer, sourceCode, node: node as TSESTree.Expression });
        return;
      }
      if (parent?.type === "MemberExpression" && parent.object === node && staticMemberName(parent) === name) {
        found.push({ file: importer, sourceCode, node: parent }); // require("./x").start
      } else if (parent?.type === "VariableDeclarator" && parent.init === node) {
        if (parent.id.type === "Identifier") membersOf(parent); // const handlers = require("./x")
        else if (parent.id.type === "ObjectPattern") {
          for (const property of parent.id.properties) {
            if (property.type !== "Property") continue;
            const key = property.computed ? staticString(property.key) : property.key.type === "Identifier" ? property.key.name : staticString(property.key);
            if (key === name && property.value.type === "Identifier") {
              for (const variable of sourceCode.scopeManager?.getDeclaredVariables(parent) ?? []) {
                if (variable.name !== property.value.name) continue;
                for (const reference of variable.references) {
                  if (!reference.init) found.push({ file: importer, sourceCode, node: reference.identifier as TSESTree.Identifier });
                }
              }
            }
          }
        }
      }
    });
  }
}

/** Each `require("...")` of the global `require` in a module, with its specifier. */
function requiresOf(sourceCode: TSESLint.SourceCode, each: (call: TSESTree.CallExpression, specifier: string) => void): void {
  for (const reference of globalReferencesTo(sourceCode, "require")) {
    const identifier = reference.identifier;
    const call = identifier.parent;
    if (call.type !== "CallExpression" || call.callee !== identifier) continue;
    const [argument] = call.arguments;
    const specifier = argument ? staticString(argument) : undefined;
    if (specifier !== undefined) each(call, specifier);
  }
}

/** What holds a `require(...)` call, seen through `await` and the wrappers `skipTransparent` removes. */
function outerOf(node: TSESTree.Node): { node: TSESTree.Node; parent: TSESTree.Node | undefined } {
  let outer = transparentParent(node);
  while (outer.parent?.type === "AwaitExpression") outer = transparentParent(outer.parent);
  return outer;
}


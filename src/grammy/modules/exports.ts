import type { TSESTree } from "@typescript-eslint/utils";

import { skipTransparent, staticMemberName, staticString } from "../../utils/ast";

/** What one exported name of a module is. */
export type ExportEntry =
  /** A binding or expression of the module itself (`export const bot = ...`, `export { a as b }`). */
  | { readonly kind: "local"; readonly node: TSESTree.Node }
  /** `export { a as b } from "x"`; `name` is `"*"` for `export * as b from "x"`. */
  | { readonly kind: "reexport"; readonly specifier: string; readonly name: string };

/** The exports of a module, ES (`export ...`) and CommonJS (`module.exports`, `exports.x`). */
export interface ExportTable {
  readonly named: ReadonlyMap<string, ExportEntry>;
  /** The specifiers of `export * from "x"`, in order. */
  readonly star: readonly string[];
  /** `module.exports = value` / `export = value`: what `require()` of the module gives. */
  readonly commonjs: TSESTree.Node | undefined;
}

const tables = new WeakMap<TSESTree.Program, ExportTable>();

/** The export table of a parsed module (read off its top-level statements, cached per program). */
export function exportTableOf(program: TSESTree.Program): ExportTable {
  let table = tables.get(program);
  if (!table) {
    table = buildTable(program);
    tables.set(program, table);
  }
  return table;
}

function buildTable(program: TSESTree.Program): ExportTable {
  const named = new Map<string, ExportEntry>();
  const star: string[] = [];
  let commonjs: TSESTree.Node | undefined;
  const local = (name: string, node: TSESTree.Node): void => {
    if (!named.has(name)) named.set(name, { kind: "local", node });
  };
  for (const statement of program.body) {
    switch (statement.type) {
      case "ExportNamedDeclaration": {
        const declaration = statement.declaration;
        if (declaration) {
          for (const [name, node] of declaredNames(declaration)) local(name, node);
          break;
        }
        for (const specifier of statement.specifiers) {
          const exported = moduleExportName(specifier.exported);
          const inner = moduleExportName(specifier.local);
          if (statement.source) {
            if (!named.has(exported)) named.set(exported, { kind: "reexport", specifier: statement.source.value, name: inner });
          } else {
            local(exported, specifier.local);
          }
        }
        break;
      }
      case "ExportDefaultDeclaration": {
        const declaration = statement.declaration;
        const id = "id" in declaration && declaration.id ? declaration.id : undefined;
        local("default", id ?? declaration);
        break;
      }
      case "ExportAllDeclaration":
        if (statement.exported) {
          const name = moduleExportName(statement.exported);
          if (!named.has(name)) named.set(name, { kind: "reexport", specifier: statement.source.value, name: "*" });
        } else {
          star.push(statement.source.value);
        }
        break;
      case "TSExportAssignment":
        commonjs = statement.expression;
        break;
      case "ExpressionStatement": {
        const assignment = skipTransparent(statement.expression);
        if (assignment.type !== "AssignmentExpression" || assignment.operator !== "=") break;
        const target = commonJsTarget(assignment.left);
        if (target === "module") {
          commonjs = assignment.right;
          const value = skipTransparent(assignment.right);
          if (value.type === "ObjectExpression") {
            for (const property of value.properties) {
              if (property.type !== "Property" || property.kind !== "init") continue;
              const key = property.computed ? staticString(property.key) : propertyName(property.key);
              if (key !== undefined) local(key, property.value);
            }
          }
        } else if (target !== undefined) {
          local(target, assignment.right);
        }
        break;
      }
      default:
        break;
    }
  }
  return { named, star, commonjs };
}

/** `module.exports` -> "module"; `exports.x` / `module.exports.x` -> "x". */
function commonJsTarget(node: TSESTree.Node): string | undefined {
  const target = skipTransparent(node);
  if (target.type !== "MemberExpression") return undefined;
  const name = staticMemberName(target);
  if (name === undefined) return undefined;
  const object = skipTransparent(target.object);
  if (object.type === "Identifier" && object.name === "module" && name === "exports") return "module";
  if (object.type === "Identifier" && object.name === "exports") return name;
  if (object.type === "MemberExpression" && commonJsTarget(object) === "module") return name;
  return undefined;
}

/** The names a declaration binds, with the identifier that binds each. */
function declaredNames(declaration: TSESTree.Node): [string, TSESTree.Node][] {
  switch (declaration.type) {
    case "VariableDeclaration":
      return declaration.declarations.flatMap((declarator) => patternNames(declarator.id));
    case "FunctionDeclaration":
    case "ClassDeclaration":
    case "TSTypeAliasDeclaration":
    case "TSInterfaceDeclaration":
    case "TSEnumDeclaration":
    case "TSDeclareFunction":
      return declaration.id ? [[declaration.id.name, declaration.id]] : [];
    default:
      return [];
  }
}

function patternNames(pattern: TSESTree.Node): [string, TSESTree.Node][] {
  switch (pattern.type) {
    case "Identifier":
      return [[pattern.name, pattern]];
    case "ObjectPattern":
      return pattern.properties.flatMap((property) =>
        property.type === "RestElement" ? patternNames(property.argument) : patternNames(property.value),
      );
    case "ArrayPattern":
      return pattern.elements.flatMap((element) => (element ? patternNames(element) : []));
    case "AssignmentPattern":
      return patternNames(pattern.left);
    case "RestElement":
      return patternNames(pattern.argument);
    default:
      return [];
  }
}

/** `a` of `export { a }`, `"a-b"` of `export { x as "a-b" }`. */
export function moduleExportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === "Identifier" ? node.name : node.value;
}

function propertyName(key: TSESTree.Node): string | undefined {
  if (key.type === "Identifier") return key.name;
  return staticString(key);
}

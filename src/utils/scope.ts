import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

export type Scope = TSESLint.Scope.Scope;
export type Variable = TSESLint.Scope.Variable;

/**
 * The variable an identifier refers to, found by walking up from the identifier's scope (as
 * `@eslint-community/eslint-utils`' `findVariable` does). Undefined for globals nobody declared.
 */
export function findVariable(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier | TSESTree.JSXIdentifier,
): Variable | undefined {
  let scope: Scope | null = sourceCode.getScope(identifier);
  const name = identifier.name;
  while (scope) {
    const variable = scope.set.get(name);
    if (variable) return variable;
    scope = scope.upper;
  }
  return undefined;
}

/**
 * True when `name` at `node` means the runtime's own global (`process`, `Deno`, `globalThis`):
 * no declaration shadows it, or only the implicit global that `globals` settings add.
 */
export function isUnshadowedGlobal(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
): boolean {
  const variable = findVariable(sourceCode, identifier);
  return variable === undefined || variable.defs.length === 0;
}

/**
 * Every reference to the global `name` in a file: those nobody declared (the global scope's
 * `through`) and those to the implicit global that `globals` settings add. ESLint resolves the
 * latter (`require` in a file linted as CommonJS), our own parse of another module does not: both
 * must read the same.
 */
export function globalReferencesTo(
  sourceCode: Readonly<TSESLint.SourceCode>,
  name: string,
): readonly TSESLint.Scope.Reference[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const undeclared = globalScope.through.filter((reference) => reference.identifier.name === name);
  const implicit = globalScope.set.get(name);
  return implicit && implicit.defs.length === 0 ? [...undeclared, ...implicit.references] : undeclared;
}

/** A `const` declarator that binds one plain identifier to an initialiser: `const x = init`. */
export type ConstDeclarator = TSESTree.VariableDeclarator & { readonly id: TSESTree.Identifier; readonly init: TSESTree.Expression };

/**
 * The declarator of the `const` an identifier refers to, when it is declared once as a plain
 * name with an initialiser (not destructured, not `let`); undefined otherwise.
 */
export function constDeclaratorOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
): ConstDeclarator | undefined {
  const definitions = findVariable(sourceCode, identifier)?.defs;
  const only = definitions?.length === 1 ? definitions[0] : undefined;
  if (only?.type !== "Variable" || only.parent.kind !== "const" || only.node.id !== only.name || !only.node.init) return undefined;
  return only.node as ConstDeclarator;
}

import { analyze, type Scope, type ScopeManager } from "@typescript-eslint/scope-manager";
import type { TSESTree } from "@typescript-eslint/utils";

import { namespace } from "../configs/recommended";
import type { AnalyzedNode } from "./estree";

/**
 * The innermost scope around a node, as ESLint's `SourceCode#getScope`: the program's outermost
 * scope for `Program`, and the function's scope for a named function expression's name scope.
 */
export function scopeOf(scopeManager: ScopeManager, node: AnalyzedNode): Scope {
  const inner = node.type !== "Program";
  for (let current: AnalyzedNode | null | undefined = node; current; current = current.parent) {
    // ESLint also steps from eslint-scope's "function-expression-name" scope into its child; `inner`
    // acquisition never returns typescript-eslint's counterpart, so that step is not needed here.
    const scope = scopeManager.acquire(current as unknown as TSESTree.Node, inner);
    if (scope) return scope;
  }
  const [globalScope] = scopeManager.scopes;
  if (!globalScope) throw new Error(`${namespace}: the scope manager found no global scope`);
  return globalScope;
}

/**
 * The scopes of the ESTree copy, analysed as typescript-eslint's parser does for ESLint when no
 * `parserOptions.lib` is set: TypeScript's `esnext` globals, no global return, and a CommonJS file
 * (`languageOptions.sourceType: "commonjs"`) analysed as a script.
 */
export function analyzeScopes(ast: AnalyzedNode): ScopeManager {
  return analyze(ast as unknown as TSESTree.Program, { sourceType: ast.sourceType === "script" ? "script" : "module" });
}

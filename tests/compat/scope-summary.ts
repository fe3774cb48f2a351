// A scope manager as lines of text, so that two analyses can be compared with toEqual: every scope
// (type, block), its declared variables (definitions) and its value references (what each resolves
// to, read/write, the written expression). Type parameters and type-only references are left out:
// deno's tree lacks some of them (tests/compat/deno-scopes.test.ts). Imported by the Node side of
// that test and, as TypeScript, by its Deno side. No Node.js or Deno API here.

interface Ranged {
  readonly type: string;
  readonly range: readonly [number, number];
}

interface SummarisedVariable {
  readonly name: string;
  readonly defs: readonly { readonly type: string; readonly name: Ranged; readonly node: Ranged }[];
}

interface SummarisedScope {
  readonly type: string;
  readonly block: Ranged;
  readonly variables: readonly SummarisedVariable[];
  readonly references: readonly {
    readonly identifier: Ranged & { readonly name?: string };
    readonly resolved: SummarisedVariable | null;
    readonly writeExpr?: Ranged | null;
    readonly isValueReference?: boolean;
    isRead(): boolean;
    isWrite(): boolean;
  }[];
}

const at = (node: Ranged): string => `${node.type}@${String(node.range[0])}-${String(node.range[1])}`;
const declaredAt = (variable: SummarisedVariable): string =>
  `${variable.name}@${variable.defs.map((def) => `${def.type}:${String(def.name.range[0])}`).join(",") || "lib"}`;

/** The scope manager's scopes, variables and references, in its order, as text. */
export function summariseScopes(scopeManager: { readonly scopes: readonly SummarisedScope[] }): string[] {
  const lines: string[] = [];
  for (const scope of scopeManager.scopes) {
    lines.push(`scope ${scope.type} ${at(scope.block)}`);
    for (const variable of scope.variables) {
      if (variable.defs.length > 0 && !variable.defs.every((def) => def.node.type === "TSTypeParameter")) lines.push(`  var ${declaredAt(variable)}`);
    }
    for (const reference of scope.references) {
      if (reference.isValueReference === false) continue;
      const flags = `${reference.isRead() ? "R" : ""}${reference.isWrite() ? "W" : ""}`;
      const target = reference.resolved ? declaredAt(reference.resolved) : "unresolved";
      const written = reference.writeExpr ? ` <- ${at(reference.writeExpr)}` : "";
      lines.push(`  ref ${reference.identifier.name ?? "?"}@${String(reference.identifier.range[0])} ${flags} -> ${target}${written}`);
    }
  }
  return lines;
}

/**
 * deno's syntax tree -> an ESTree copy in typescript-estree's shape, with `parent`, `range` and
 * `loc`, which the plugin's ESLint rules and the scope manager read; and line/offset arithmetic
 * as ESLint's SourceCode does it.
 */
import { namespace } from "../configs/recommended";

/**
 * A file's source type for the rules, as ESLint's languageOptions would have it: `.cjs`/`.cts`
 * CommonJS; TypeScript and `.mjs` ES modules (ESLint's default, how Deno runs them; deno's tree
 * calls a file without `import`/`export` a script); a `.js` file an ES module if it has
 * `import`/`export`, else CommonJS, as a package without `"type": "module"` has it.
 */
export function sourceTypeOf(filename: string, denoSourceType: unknown): "module" | "commonjs" {
  if (/\.c[jt]s$/.test(filename)) return "commonjs";
  if (/\.jsx?$/.test(filename)) return denoSourceType === "module" ? "module" : "commonjs";
  return "module";
}

/** A node of the ESTree copy: typescript-estree's shape, as far as deno's tree has it. */
export interface AnalyzedNode {
  readonly type: string;
  readonly range: readonly [number, number];
  parent?: AnalyzedNode | null;
  readonly [key: string]: unknown;
}

export interface Position {
  line: number;
  column: number;
}

/** Line start offsets, split as ESLint splits lines. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  const lineBreak = /\r\n|[\r\n\u2028\u2029]/g;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}

export function positionOf(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) };
}

export function offsetOf(lineStarts: readonly number[], position: Position): number {
  return (lineStarts[position.line - 1] ?? 0) + position.column;
}

function isDenoNode(value: unknown): value is Record<string, unknown> & { type: string; range: [number, number] } {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** ESTree's child keys, in evaluation order, to order the visitor keys found in deno's tree. */
const keyOrder = [
  "decorators", "key", "id", "typeParameters", "params", "returnType", "superClass", "superTypeArguments",
  "implements", "extends", "discriminant", "block", "handler", "finalizer", "param", "object", "property",
  "callee", "tag", "typeArguments", "arguments", "quasi", "quasis", "expressions", "init", "test", "update",
  "left", "right", "specifiers", "imported", "local", "exported", "declaration", "declarations", "source",
  "elements", "properties", "value", "argument", "expression", "label", "cases", "consequent", "alternate",
  "body", "typeAnnotation", "typeName", "members", "attributes",
];

/** `visitorKeys` for the rules: per node type, the keys that hold child nodes in this file. */
export function visitorKeysOf(childKeys: ReadonlyMap<string, ReadonlySet<string>>): Record<string, readonly string[]> {
  const rank = (key: string): number => {
    const index = keyOrder.indexOf(key);
    return index < 0 ? keyOrder.length : index;
  };
  return Object.fromEntries(
    [...childKeys].map(([type, keys]) => [type, [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))]),
  );
}

/** Node types to which typescript-estree always gives `decorators` (deno only when there are some). */
const decoratable: ReadonlySet<string> = new Set([
  "Identifier", "ArrayPattern", "ObjectPattern", "AssignmentPattern", "RestElement", "TSParameterProperty",
  "ClassDeclaration", "ClassExpression", "MethodDefinition", "PropertyDefinition", "AccessorProperty",
  "TSAbstractMethodDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty",
]);

/**
 * typescript-estree's fields where deno's differ, as the scope manager and the rules read them:
 * `decorators` is always an array, a template element's text is in `value`, a module declaration
 * says whether it is `declare global`.
 */
function alignWithTypescriptEstree(copy: Record<string, unknown> & AnalyzedNode): void {
  if (decoratable.has(copy.type) && copy.decorators === undefined) copy.decorators = [];
  if (copy.type === "TSModuleDeclaration" && copy.global === undefined) copy.global = copy.kind === "global";
  if (copy.type === "TemplateElement" && copy.value === undefined) {
    copy.value = { cooked: copy.cooked ?? null, raw: copy.raw };
    delete copy.cooked;
    delete copy.raw;
  }
}

/**
 * A plain ESTree copy of deno's tree. deno's nodes expose their fields as getters on one shared
 * prototype (only the fields of the node's type return a value); the copy adds `parent` and `loc`.
 * deno wraps every link of an optional chain in a `ChainExpression`; ESTree has one around the
 * whole chain, so the inner ones are dropped. Where deno's fields differ from typescript-estree's in
 * what the scope manager or the rules read, the copy takes typescript-estree's. The program's
 * `sourceType` is the one ESLint's parser is given (see `sourceTypeOf`), not deno's, which calls
 * every file without `import` or `export` a script; and it spans the whole text, as in ESLint.
 */
export function toEstree(
  root: unknown,
  file: { readonly text: string; readonly lineStarts: readonly number[]; readonly sourceType: "module" | "script" },
  childKeys: Map<string, Set<string>>,
): AnalyzedNode {
  const { lineStarts, sourceType } = file;
  const convert = (node: Record<string, unknown> & { type: string; range: [number, number] }, parent: AnalyzedNode | null, inChain: boolean): AnalyzedNode => {
    if (node.type === "ChainExpression" && inChain && parent && node.range[0] === parent.range[0] && isDenoNode(node.expression)) {
      return convert(node.expression, parent, true);
    }
    // The program spans the whole text, comments and blank lines around the code included.
    const range: [number, number] = node.type === "Program" ? [0, file.text.length] : [node.range[0], node.range[1]];
    const copy: Record<string, unknown> & AnalyzedNode = {
      type: node.type,
      range,
      loc: { start: positionOf(lineStarts, range[0]), end: positionOf(lineStarts, range[1]) },
      parent,
    };
    const chainLink = node.type === "ChainExpression" || (inChain && (node.type === "MemberExpression" || node.type === "CallExpression" || node.type === "TSNonNullExpression"));
    const prototype = Object.getPrototypeOf(node) as object | null;
    const keys = prototype && prototype !== Object.prototype ? Object.getOwnPropertyNames(prototype) : Object.keys(node);
    for (const key of keys) {
      if (key === "constructor" || key === "type" || key === "range" || key === "parent" || key === "comments") continue;
      let value = node[key];
      if (value === undefined) continue;
      // deno wraps a static block's statements in a BlockStatement; ESTree lists them.
      if (node.type === "StaticBlock" && key === "body" && isDenoNode(value) && value.type === "BlockStatement") value = value.body;
      const keepsChain = chainLink && (key === "expression" || key === "object" || key === "callee");
      copy[key] = convertValue(value, copy, keepsChain);
      if (isDenoNode(value) || (Array.isArray(value) && value.some(isDenoNode))) {
        const keys = childKeys.get(node.type) ?? new Set<string>();
        keys.add(key);
        childKeys.set(node.type, keys);
      }
    }
    alignWithTypescriptEstree(copy);
    alignMethodFunction(copy);
    if (node.type === "Program") {
      copy.comments = [];
      copy.sourceType = sourceType;
    }
    return copy;
  };
  /**
   * A method's function starts at its type parameters or its `(` in typescript-estree, after the
   * key; in deno's tree it starts with the method. Scopes and reports on the function follow it.
   */
  const alignMethodFunction = (owner: Record<string, unknown> & AnalyzedNode): void => {
    const isMethod = owner.type === "MethodDefinition" || owner.type === "TSAbstractMethodDefinition" || (owner.type === "Property" && (owner.method === true || owner.kind !== "init"));
    const fn = owner.value;
    const key = owner.key;
    if (!isMethod || !isNode(fn) || !isNode(key) || (fn.type !== "FunctionExpression" && fn.type !== "TSEmptyBodyFunctionExpression")) return;
    const start = isNode(fn.typeParameters) ? fn.typeParameters.range[0] : file.text.indexOf("(", key.range[1]);
    if (start <= fn.range[0] || start >= fn.range[1]) return;
    Object.assign(fn, { range: [start, fn.range[1]], loc: { start: positionOf(lineStarts, start), end: positionOf(lineStarts, fn.range[1]) } });
  };
  const convertValue = (value: unknown, parent: AnalyzedNode, inChain: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item: unknown) => convertValue(item, parent, false));
    if (isDenoNode(value)) return convert(value, parent, inChain);
    return value;
  };
  if (!isDenoNode(root)) throw new Error(`${namespace}: deno lint handed over no Program node`);
  return convert(root, null, false);
}

function isNode(value: unknown): value is AnalyzedNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** The child nodes of a node with the key that holds them, in source order. */
export function childEntries(node: AnalyzedNode): { key: string; child: AnalyzedNode }[] {
  const entries: { key: string; child: AnalyzedNode }[] = [];
  for (const key of Object.keys(node)) {
    if (key === "parent" || key === "range" || key === "loc") continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) entries.push({ key, child: item });
    } else if (isNode(value)) {
      entries.push({ key, child: value });
    }
  }
  return entries.sort((a, b) => a.child.range[0] - b.child.range[0]);
}

// The deno adapter's scope analysis (src/utils/scope-analysis.ts) must answer as ESLint's scope
// manager does for what the rules ask: which declaration a name refers to, and what is written into
// a variable. Compared with @typescript-eslint/scope-manager on the fixture bots, the example bots,
// the rule pages' examples and a program full of scoping corner cases.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "@typescript-eslint/scope-manager";
import { parse } from "@typescript-eslint/typescript-estree";
import { SourceCode } from "eslint";
import { describe, expect, it } from "vitest";

import { analyzeScopes, type AnalyzedNode } from "../../src/utils/scope-analysis";
import { docsExamples, fixturesDir, root } from "./helpers";

const cornerCases = `
import def, { named as alias, type T } from "grammy";
import * as ns from "grammy";
var hoisted = 1;
function outer(param, { a, b: [c = param] }, ...rest) {
  const inner = () => param + a + c + rest.length + hoisted + later;
  function later() { return inner(); }
  return later;
}
let later = outer;
{ const shadow = 1; let x = shadow; x += 1; x++; }
const shadow = 2;
for (const item of [shadow]) { item; }
for (let i = 0; i < 2; i++) { i; }
for (var k in {}) { k; }
try { throw new Error(); } catch ({ message }) { message; } finally { shadow; }
switch (shadow) { case 1: { const z = 1; z; break; } default: }
class Base { method() { return Base; } }
const Expr = class Named extends Base { field = Named; static { Named; } };
const fn = function self() { return self; };
let assigned; assigned = def; ({ a: assigned } = ns);
label: for (;;) { break label; }
const obj = { alias, [shadow]: 1, method() { return obj; } };
obj.alias; obj[shadow];
export { alias as exported };
export default function named() {}
type Alias = T; interface Shape { p: Alias }
enum Color { Red }
namespace Space { export const member = Color.Red; }
const typed: Alias = undefined as unknown as Shape;
undeclared; globalThis;
`;

interface Resolution {
  readonly at: string;
  readonly to: string;
}

/** For every identifier: where the nearest variable of that name is declared (as the rules look it up). */
function resolutions(
  ast: AnalyzedNode,
  getScope: (node: AnalyzedNode) => { set: Map<string, { defs: readonly { type: string; name: { range: readonly number[] } }[] }>; upper: unknown },
): Resolution[] {
  const found: Resolution[] = [];
  const visit = (node: AnalyzedNode): void => {
    if (node.type === "Identifier") {
      let target = "unresolved";
      for (let scope = getScope(node) as ReturnType<typeof getScope> | null; scope; scope = scope.upper as typeof scope) {
        const variable = scope.set.get(node.name as string);
        if (variable) {
          const definition = variable.defs[0];
          target = definition ? `${definition.type}@${String(definition.name.range[0])}` : "implicit global";
          break;
        }
      }
      found.push({ at: `${node.name as string}@${String(node.range[0])}`, to: target });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "parent") continue;
      for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
        if (typeof child === "object" && child !== null && typeof (child as { type?: unknown }).type === "string") {
          visit(child as AnalyzedNode);
        }
      }
    }
  };
  visit(ast);
  return found;
}

/** Every write into a declared variable: `name@offset <- written expression's range`. */
function writes(scopes: readonly { variables: readonly { name: string; references: readonly { identifier: { range: readonly number[] }; writeExpr?: { range: readonly number[] } | null }[] }[] }[]): string[] {
  return scopes
    .flatMap((scope) => scope.variables)
    .flatMap((variable) =>
      variable.references
        .filter((reference) => reference.writeExpr)
        .map((reference) => `${variable.name}@${String(reference.identifier.range[0])} <- ${String(reference.writeExpr?.range[0])}-${String(reference.writeExpr?.range[1])}`),
    )
    .sort();
}

function compare(text: string): void {
  const ast = parse(text, { range: true, loc: true, tokens: true, comment: true, jsx: false }) as unknown as AnalyzedNode;
  const scopeManager = analyze(ast as never, { sourceType: "module", lib: ["esnext"] });
  const sourceCode = new SourceCode({ text, ast: ast as never, scopeManager: scopeManager as never });
  // ESLint sets `parent` as it traverses; set it here for both analyses.
  const setParents = (node: AnalyzedNode, parent: AnalyzedNode | null): void => {
    node.parent = parent;
    for (const [key, value] of Object.entries(node)) {
      if (key === "parent") continue;
      for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
        if (typeof child === "object" && child !== null && typeof (child as { type?: unknown }).type === "string") {
          setParents(child as AnalyzedNode, node);
        }
      }
    }
  };
  setParents(ast, null);
  const ours = analyzeScopes(ast, "module");

  const theirs = resolutions(ast, (node) => sourceCode.getScope(node as never) as never);
  const mine = resolutions(ast, ours.getScope);
  // Not modelled, as no rule asks: type parameters (`<C extends Context>`) and enum members. The
  // built-in globals of TypeScript's lib (`Error`, `Number`) are variables without declarations
  // there and no variable here; the rules treat both alike (`defs.length === 0`).
  const comparable = (list: Resolution[]) =>
    list
      .filter((_, index) => !/^(TypeParameter|TSEnumMemberName)@/.test(theirs[index]?.to ?? ""))
      .map((resolution) => (resolution.to === "implicit global" ? { ...resolution, to: "unresolved" } : resolution));
  expect(comparable(mine)).toEqual(comparable(theirs));
  expect(writes(ours.scopes as never)).toEqual(writes(scopeManager.scopes as never));
}

describe("the deno adapter's scope analysis answers as ESLint's scope manager", () => {
  it("on scoping corner cases", () => {
    compare(cornerCases);
  });

  const bots = [
    ...["bots", "deno", "typed"].flatMap((folder) =>
      readdirSync(path.join(fixturesDir, folder)).map((file) => path.join(fixturesDir, folder, file)),
    ),
    ...readdirSync(path.join(root, "examples")).map((file) => path.join(root, "examples", file)),
  ].filter((file) => /\.[jt]s$/.test(file));

  it.each(bots.map((file) => [path.relative(root, file), file]))("on %s", (_, file) => {
    compare(readFileSync(file, "utf8"));
  });

  it.each(docsExamples().map(({ file, code }) => [file, code]))("on the rule page example %s", (_, code) => {
    compare(code);
  });
});

// The deno adapter's tokenizer (src/deno/tokenize.ts) must find the tokens typescript-estree finds
// (value and range), on the fixture bots, the example bots, the rule pages' examples and a program
// of tokenizing corner cases; and the token lookups must answer as ESLint's SourceCode does.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "@typescript-eslint/typescript-estree";
import { SourceCode } from "eslint";
import { analyze } from "@typescript-eslint/scope-manager";
import { describe, expect, it } from "vitest";

import { tokenize, tokenLookups } from "../../src/deno/tokenize";
import { docsExamples, fixturesDir, root } from "./helpers";

const cornerCases = `#!/usr/bin/env node
// a comment with "quotes" and /slashes/
const a = 1 / 2 / 3, re = /[/\\]]+/gi.test("x") ? /a/ : b / c;
const t = \`outer \${\`inner \${a + { b: 1 }.b}\`} tail\` + '\\'' + "\\"";
/* block
   comment */ const n = [0x1F, 0o17, 0b101, 1_000n, .5e-3, 2.];
class P { #secret = 1; get x() { return this.#secret ?? a?.b?.[c] ?? (d ?.5 : 6); } }
a >>>= 1; a **= 2; a ??= 3; a ||= b && c; x = y => ({ ...z });
label: for (const k of []) { if (k) continue label; }
const generic: Map<string, Array<number> > = new Map<string, number>();
void ctx.reply("hi"); await (async () => {})();
`;

function compare(text: string): void {
  const expected = parse(text, { range: true, tokens: true, comment: true }).tokens.map((token) => `${token.value}@${String(token.range[0])}`);
  expect(tokenize(text).map((token) => `${token.value}@${String(token.range[0])}`)).toEqual(expected);
}

describe("the deno adapter's tokenizer finds typescript-estree's tokens", () => {
  it("on tokenizing corner cases", () => {
    compare(cornerCases);
  });

  const files = [
    ...["bots", "deno", "typed"].flatMap((folder) => readdirSync(path.join(fixturesDir, folder)).map((file) => path.join(fixturesDir, folder, file))),
    ...readdirSync(path.join(root, "examples")).map((file) => path.join(root, "examples", file)),
  ].filter((file) => /\.[jt]s$/.test(file));

  it.each(files.map((file) => [path.relative(root, file), file]))("on %s", (_, file) => {
    compare(readFileSync(file, "utf8"));
  });

  it.each(docsExamples().map(({ file, code }) => [file, code]))("on the rule page example %s", (_, code) => {
    compare(code);
  });
});

describe("the token lookups answer as ESLint's SourceCode", () => {
  it("before, after, first and last token of every node", () => {
    const text = cornerCases.replace(/^#!.*\n/, "");
    const ast = parse(text, { range: true, loc: true, tokens: true, comment: true });
    const sourceCode = new SourceCode({ text, ast: ast as never, scopeManager: analyze(ast) as never });
    const ours = tokenLookups(tokenize(text));
    const describeToken = (token: { value: string; range: readonly number[] } | null) => (token ? `${token.value}@${String(token.range[0])}` : null);
    const visit = (node: { type: string; range: [number, number] } & Record<string, unknown>): void => {
      for (const method of ["getFirstToken", "getLastToken", "getTokenBefore", "getTokenAfter"] as const) {
        expect(describeToken(ours[method](node)), `${method}(${node.type}@${String(node.range[0])})`).toBe(
          describeToken(sourceCode[method](node as never)),
        );
      }
      expect(describeToken(ours.getTokenBefore(node, 1))).toBe(describeToken(sourceCode.getTokenBefore(node as never, 1)));
      for (const [key, value] of Object.entries(node)) {
        if (key === "parent") continue;
        for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
          if (typeof child === "object" && child !== null && typeof (child as { type?: unknown }).type === "string") {
            visit(child as never);
          }
        }
      }
    };
    visit(ast as never);
  });
});

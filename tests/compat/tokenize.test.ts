// The deno adapter's tokenizer (src/deno/tokenize.ts) must find the tokens typescript-estree finds
// (type, value and range), on every fixture (tests/fixtures/**/*.ts and the .js bots), the example
// bots, the rule pages' examples, a program of tokenizing corner cases and, where .eval/ has them,
// every file of the dev corpus's Deno repositories; and the token lookups must answer as ESLint's
// SourceCode does. No kept library gives tokens for deno's tree without parsing the file again
// (typescript-estree, espree and oxc all tokenize by parsing), so the adapter keeps its tokenizer.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "@typescript-eslint/typescript-estree";
import { SourceCode } from "eslint";
import { analyze } from "@typescript-eslint/scope-manager";
import { describe, expect, it } from "vitest";

import { tokenize, tokenLookups, typeListEnds } from "../../src/deno/tokenize";
import { denoCorpusFiles, docsExamples, fixtureAndExampleFiles, fixturesDir, root } from "./helpers";

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

/** Every token as `type value start-end`. */
const described = (tokens: readonly { type: string; value: string; range: readonly [number, number] }[]): string[] =>
  tokens.map((token) => `${token.type} ${token.value} ${String(token.range[0])}-${String(token.range[1])}`);

/** typescript-estree's tokens and ours, given the type list ends its tree has (as deno's has). */
function tokensOf(text: string, filePath?: string): { ours: string[]; theirs: string[] } {
  const ast = parse(text, { range: true, tokens: true, comment: true, jsx: false, ...(filePath ? { filePath } : {}) });
  return { ours: described(tokenize(text, typeListEnds(ast as never, text))), theirs: described(ast.tokens) };
}

function compare(text: string, filePath?: string): void {
  const { ours, theirs } = tokensOf(text, filePath);
  expect(ours).toEqual(theirs);
}

describe("the deno adapter's tokenizer finds typescript-estree's tokens", () => {
  it("on tokenizing corner cases", () => {
    compare(cornerCases);
  });

  const files = [
    ...readdirSync(path.join(fixturesDir, "bots")).map((file) => path.join(fixturesDir, "bots", file)),
    ...readdirSync(path.join(root, "examples")).map((file) => path.join(root, "examples", file)),
  ].filter((file) => file.endsWith(".js"));

  it.each([...fixtureAndExampleFiles(), ...files].map((file) => [path.relative(root, file), file]))("on %s", (_, file) => {
    compare(readFileSync(file, "utf8"), file);
  });

  const corpus = denoCorpusFiles();
  it.runIf(corpus.length > 0)(`on the ${String(corpus.length)} files of the dev corpus's Deno repositories`, () => {
    let compared = 0;
    for (const file of corpus) {
      let tokens;
      try {
        tokens = tokensOf(readFileSync(file, "utf8"), file);
      } catch {
        continue; // JSX or a syntax error typescript-estree rejects
      }
      expect(tokens.ours, path.relative(root, file)).toEqual(tokens.theirs);
      compared++;
    }
    expect(compared).toBe(corpus.length);
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

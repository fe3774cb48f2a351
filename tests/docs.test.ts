import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import * as espree from "espree";
import { describe, expect, it } from "vitest";

import { typescriptEslintShapes } from "../eval/typescript-eslint-shapes.mjs";
import { plugin } from "../src/plugin";

const docsDir = path.join(__dirname, "..", "docs", "rules");

interface Example {
  readonly verdict: "correct" | "incorrect";
  readonly language: string;
  readonly code: string;
  readonly line: number;
  readonly options: unknown[] | undefined;
}

/**
 * The examples of a rule page: fenced code blocks under a heading that says ❌ (must report) or
 * ✅ (must not). `<!-- options: [...] -->` before a block lints it with those options.
 */
function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  let verdict: Example["verdict"] | undefined;
  let options: unknown[] | undefined;
  const lines = markdown.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.startsWith("#")) {
      verdict = line.includes("❌") ? "incorrect" : line.includes("✅") ? "correct" : undefined;
      options = undefined;
      continue;
    }
    const optionsComment = /^<!-- options: (.*) -->$/.exec(line);
    if (optionsComment?.[1]) options = JSON.parse(optionsComment[1]) as unknown[];
    const fence = /^```(\w+)/.exec(line);
    if (!fence?.[1]) continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && lines[end] !== "```") end++;
    if (verdict && ["ts", "js", "typescript", "javascript"].includes(fence[1])) {
      examples.push({ verdict, language: fence[1], code: lines.slice(start, end).join("\n"), line: start + 1, options });
    }
    index = end;
  }
  return examples;
}

function lint(ruleName: string, example: Example): Linter.LintMessage[] {
  const isTs = example.language === "ts" || example.language === "typescript";
  const commonjs = !isTs && /\brequire\(/.test(example.code);
  const linter = new Linter({ configType: "flat" });
  const ruleId = `grammy-reliability/${ruleName}`;
  return linter.verify(
    example.code,
    [
      {
        files: ["**/*.ts", "**/*.js"],
        plugins: { "grammy-reliability": plugin as never },
        languageOptions: isTs
          ? { parser: tsParser, sourceType: "module" }
          : { parser: espree, sourceType: commonjs ? "commonjs" : "module", ecmaVersion: "latest" },
        rules: { [ruleId]: example.options ? ["error", ...example.options] : "error" },
      },
    ],
    isTs ? "example.ts" : "example.js",
  );
}

const pages = readdirSync(docsDir).filter((file) => file.endsWith(".md"));

it("lints the examples of every rule page", () => {
  expect(pages.map((page) => page.replace(/\.md$/, "")).sort()).toEqual(Object.keys(plugin.rules).sort());
});

describe.each(pages)("docs/rules/%s", (page) => {
  const ruleName = page.replace(/\.md$/, "");
  const examples = examplesOf(readFileSync(path.join(docsDir, page), "utf8"));

  it("has both ❌ and ✅ examples", () => {
    expect(examples.some((example) => example.verdict === "incorrect")).toBe(true);
    expect(examples.some((example) => example.verdict === "correct")).toBe(true);
  });

  it.each(examples.map((example) => [`${example.verdict} example at line ${example.line}`, example] as const))(
    "%s",
    (_, example) => {
      const messages = lint(ruleName, example);
      expect(messages.filter((message) => message.fatal)).toEqual([]);
      const reported = messages.filter((message) => message.ruleId === `grammy-reliability/${ruleName}`);
      if (example.verdict === "incorrect") expect(reported.length).toBeGreaterThan(0);
      else expect(reported).toEqual([]);
    },
  );
});

describe("docs/comparison.md", () => {
  // Its table of typescript-eslint's shapes is written by `node eval/compare.mjs --shapes-only`
  // from the data the rule's tests run: a shape added, renamed or judged anew there must be
  // regenerated here.
  it("lists every translated shape, with its grammY verdict, in the data's order", () => {
    const page = readFileSync(path.join(__dirname, "..", "docs", "comparison.md"), "utf8");
    const begin = page.indexOf("<!-- typescript-eslint shapes: begin");
    const end = page.indexOf("<!-- typescript-eslint shapes: end -->");
    expect(begin).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(begin);
    const rows = page
      .slice(begin, end)
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| shape |") && !line.startsWith("| :--"))
      .map((line) => line.split(" | "))
      .map(([name, , verdict]) => [name?.slice(2), verdict]);
    expect(rows).toEqual(typescriptEslintShapes.map((shape) => [shape.name, shape.verdict]));
  });
});

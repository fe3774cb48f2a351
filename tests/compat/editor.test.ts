// What an editor shows comes from ESLint's Node API (the VS Code extension uses the ESLint class):
// the message's location (the squiggle), the rule's docs URL (the link in the hover), and the
// suggestions (quick fixes, applied as text edits). Checked here on the fixture bots, through the
// project's own eslint.config.mjs and the BUILT plugin installed in its node_modules.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import * as espree from "espree";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { denoBotFindings, nodeBotFindings } from "./expected";
import { createProject, eslintFindings, installBuiltPlugin, linkPackage, packageJson, removeProjects, root } from "./helpers";

afterAll(removeProjects);

const config = `import tsParser from "@typescript-eslint/parser";
import grammyReliability from "eslint-plugin-grammy-reliability";

export default [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
  { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" } },
  grammyReliability.configs["flat/recommended"],
];
`;

interface AstNode {
  type: string;
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  [key: string]: unknown;
}

/** The node of a file's AST that starts and ends exactly where a message does. */
function nodesAt(file: string, message: Linter.LintMessage): string[] {
  const text = readFileSync(file, "utf8");
  const options = { ecmaVersion: "latest" as const, loc: true, range: true };
  const ast = (
    file.endsWith(".ts")
      ? tsParser.parse(text, { ...options, sourceType: "module" })
      : espree.parse(text, { ...options, sourceType: "commonjs" })
  ) as unknown as AstNode;
  const found: string[] = [];
  const visit = (node: AstNode): void => {
    const { start, end } = node.loc;
    if (
      start.line === message.line &&
      start.column + 1 === message.column &&
      end.line === message.endLine &&
      end.column + 1 === message.endColumn
    ) {
      found.push(node.type);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "parent" || key === "loc" || key === "range") continue;
      for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
        if (typeof child === "object" && child !== null && typeof (child as { type?: unknown }).type === "string") {
          visit(child as AstNode);
        }
      }
    }
  };
  visit(ast);
  return found;
}

/** A suggestion's edit applied as an editor applies a text edit. */
function applyFix(text: string, fix: { range: readonly [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

describe("editor integration through ESLint's Node API", () => {
  let dir: string;
  let eslint: ESLint;
  let results: ESLint.LintResult[];

  beforeAll(async () => {
    dir = createProject("editor", { fixtures: ["bots", "deno"], files: { "eslint.config.mjs": config } });
    installBuiltPlugin(dir);
    linkPackage(dir, "@typescript-eslint/parser");
    eslint = new ESLint({ cwd: dir });
    results = await eslint.lintFiles(["bots", "deno"]);
  });

  const messages = () =>
    results.flatMap((result) => result.messages.map((message) => ({ file: result.filePath, message })));

  // Squiggles point, never paint (issue #23): a floating or unguarded call is underlined as the
  // call; a start or a registration as its callee (`bot.start`, `run`, `bot.command`), never its
  // options or handler. On these bots every squiggle fits on one line.
  it("reports the pinned findings, each spanning exactly the call or its callee, on one line", () => {
    expect(eslintFindings(results, dir)).toEqual([...nodeBotFindings, ...denoBotFindings]);
    const calls = new Set(["grammy-reliability/no-floating-promises", "grammy-reliability/no-unguarded-runner-stop"]);
    for (const { file, message } of messages()) {
      const at = `${path.relative(dir, file)} ${String(message.line)}:${String(message.column)} ${message.ruleId ?? ""}`;
      const nodes = nodesAt(file, message);
      expect({ at, line: message.endLine }).toEqual({ at, line: message.line });
      expect({ at, call: nodes.includes("CallExpression"), callee: nodes.some((type) => type === "MemberExpression" || type === "Identifier") }).toEqual({
        at,
        call: calls.has(message.ruleId ?? ""),
        callee: !calls.has(message.ruleId ?? ""),
      });
    }
  });

  it("links every rule to its doc page, and that page ships in the package", () => {
    const installed = path.join(dir, "node_modules", packageJson.name);
    const meta = eslint.getRulesMetaForResults(results);
    const plugin = createRequire(__filename)(root) as { rules: Record<string, { meta: { docs?: { url?: string } } }> };
    const urls = Object.entries(plugin.rules).map(([name, rule]) => [`grammy-reliability/${name}`, rule.meta.docs?.url] as const);
    expect(Object.keys(meta).sort()).toEqual([...new Set(messages().map(({ message }) => message.ruleId))].sort());
    for (const [ruleId, url] of urls) {
      const name = ruleId.slice("grammy-reliability/".length);
      expect(url).toBe(`https://github.com/grammy-reliability/eslint-plugin-grammy-reliability/blob/main/docs/rules/${name}.md`);
      if (ruleId in meta) expect(meta[ruleId]?.docs?.url).toBe(url);
      const shipped = path.join(installed, new URL(url ?? "").pathname.replace(/^.*\/blob\/main\//, ""));
      expect(existsSync(shipped), `${shipped} is in the package`).toBe(true);
      expect(readFileSync(shipped, "utf8")).toMatch(new RegExp(`^# (grammy-reliability/)?${name}\\n`));
    }
  });

  it("applies every suggestion and autofix cleanly: the edited file parses and that finding is gone", async () => {
    let applied = 0;
    for (const result of results) {
      const text = readFileSync(result.filePath, "utf8");
      for (const message of result.messages) {
        const edits = [
          ...(message.fix ? [{ desc: "autofix", fix: message.fix }] : []),
          ...(message.suggestions ?? []),
        ];
        for (const suggestion of edits) {
          applied++;
          const output = applyFix(text, suggestion.fix);
          const [after] = await eslint.lintText(output, { filePath: result.filePath });
          const where = `${path.relative(dir, result.filePath)} ${String(message.line)}:${String(message.column)} ${message.ruleId ?? ""}: ${suggestion.desc}`;
          expect(after?.messages.filter((other) => other.fatal).map((other) => other.message), where).toEqual([]);
          const count = (list: readonly Linter.LintMessage[], ruleId: string | null) => list.filter((other) => other.ruleId === ruleId).length;
          expect(count(after?.messages ?? [], message.ruleId), where).toBeLessThan(count(result.messages, message.ruleId));
          expect(after?.messages.length ?? 0, where).toBeLessThan(result.messages.length);
        }
      }
    }
    expect(applied).toBeGreaterThan(0);
  });
});

// The walks that replace listeners where a question is asked only now and then: forEachNode visits
// what ESLint visits, in ESLint's order; awaitedStartCall finds what startStatementOf confirms.
import tsParser from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { awaitedStartCall, startStatementOf } from "../../src/grammy";
import { forEachNode } from "../../src/utils/ast";
import { allNodes, probe } from "../utils/probe";

const examplesDir = path.join(__dirname, "..", "..", "examples");

/** Every node ESLint enters, in its order, and every node forEachNode visits, for one file. */
function bothOrders(code: string, filename: string): { eslint: string[]; walk: string[] } {
  const eslint: string[] = [];
  const walk: string[] = [];
  const key = (node: TSESTree.Node): string => `${node.type}@${node.range[0]}-${node.range[1]}`;
  new Linter({ configType: "flat" }).verify(
    code,
    [
      {
        files: ["**/*.ts", "**/*.js"],
        languageOptions: { parser: tsParser, sourceType: "module" },
        plugins: {
          probe: {
            rules: {
              order: {
                create(context) {
                  return {
                    "*"(node: TSESTree.Node) {
                      eslint.push(key(node));
                    },
                    "Program:exit"(program: TSESTree.Program) {
                      forEachNode(program, context.sourceCode.visitorKeys, (node) => walk.push(key(node)));
                    },
                  };
                },
              },
            },
          },
        },
        rules: { "probe/order": "error" },
      },
    ],
    filename,
  );
  return { eslint, walk };
}

describe("forEachNode", () => {
  it.each(readdirSync(examplesDir).filter((file) => /\.[jt]s$/.test(file)))("visits what ESLint enters, in its order: %s", (file) => {
    const { eslint, walk } = bothOrders(readFileSync(path.join(examplesDir, file), "utf8"), file);
    expect(eslint.length).toBeGreaterThan(50);
    expect(walk).toEqual(eslint);
  });

  it("without visitor keys, follows every property but the back links", () => {
    const code = readFileSync(path.join(examplesDir, "polling-bot.ts"), "utf8");
    const withKeys = probe(code, "ts", (model, program) => {
      const keys: string[] = [];
      forEachNode(program, model.sourceCode.visitorKeys, (node) => keys.push(`${node.type}@${node.range[0]}`));
      return keys;
    });
    const withoutKeys = probe(code, "ts", (_, program) => {
      const keys: string[] = [];
      forEachNode(program, undefined, (node) => keys.push(`${node.type}@${node.range[0]}`));
      return keys;
    });
    expect(new Set(withoutKeys)).toEqual(new Set(withKeys));
  });

  it("does not recurse: 100,000 levels of nesting", () => {
    // Built by hand: no parser copes with this depth on the default stack.
    let node = { type: "Identifier", name: "x" } as unknown as TSESTree.Node;
    for (let i = 0; i < 100_000; i++) node = { type: "UnaryExpression", operator: "!", argument: node } as unknown as TSESTree.Node;
    let count = 0;
    forEachNode(node, { UnaryExpression: ["argument"], Identifier: [] }, () => count++);
    expect(count).toBe(100_001);
  });
});

describe("awaitedStartCall", () => {
  const header = 'import { Bot } from "grammy";\nconst bot = new Bot("t");\n';
  it.each([
    ["await bot.start();", "bot.start()"],
    ["await bot.start({ drop_pending_updates: true }).catch(console.error);", "bot.start({ drop_pending_updates: true })"],
    ["await bot.start().then(() => {}).finally(() => {});", "bot.start()"],
    ["await (bot.start() as Promise<void>);", "bot.start()"],
    ["await bot.api.getMe();", undefined],
    ["await Promise.all([bot.start()]);", undefined],
    ["await start();", undefined],
  ])("%s -> %s", (code, expected) => {
    const found = probe(header + code, "ts", (model, program) => {
      const awaits = allNodes(program).filter((node): node is TSESTree.AwaitExpression => node.type === "AwaitExpression");
      const calls = awaits.map((node) => awaitedStartCall(node)).filter((call) => call !== undefined);
      // Whatever it finds, startStatementOf confirms as awaited (the converse holds for statements).
      for (const call of calls) expect(startStatementOf(call)?.awaited).toBe(true);
      return calls.map((call) => model.sourceCode.getText(call));
    });
    expect(found).toEqual(expected === undefined ? [] : [expected]);
  });
});

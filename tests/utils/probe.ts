import type { TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import * as espree from "espree";
import path from "node:path";
import tsParser from "@typescript-eslint/parser";

import { getGrammyModel, type GrammyModel } from "../../src/grammy";
import { fixturesDir } from "./testers";

export type ProbeLanguage = "cjs" | "esm" | "ts" | "typed";

/**
 * Lints `code` with a one-off rule that hands the file's grammY model to `ask`, and returns what
 * `ask` collected: the way to unit-test the recogniser on real parser output and real scopes.
 */
export function probe<T>(
  code: string,
  language: ProbeLanguage,
  ask: (model: GrammyModel, program: TSESTree.Program) => T,
): T {
  let answer: { value: T } | undefined;
  const linter = new Linter({ configType: "flat" });
  const filename = language === "typed" ? path.join(fixturesDir, "file.ts") : language === "ts" ? "probe.ts" : "probe.js";
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.ts", "**/*.js"],
        languageOptions: languageOptions(language),
        plugins: {
          probe: {
            rules: {
              probe: {
                create(context) {
                  return {
                    "Program:exit"(node: unknown) {
                      const model = getGrammyModel(context as never);
                      answer = { value: ask(model, node as TSESTree.Program) };
                    },
                  };
                },
              },
            },
          },
        },
        rules: { "probe/probe": "error" },
      },
    ],
    filename,
  );
  const fatal = messages.find((message) => message.fatal === true || message.ruleId === "probe/probe");
  if (fatal) throw new Error(`probe failed: ${fatal.message}`);
  if (!answer) throw new Error("probe rule did not run");
  return answer.value;
}

function languageOptions(language: ProbeLanguage): Linter.LanguageOptions {
  switch (language) {
    case "cjs":
      return { parser: espree, sourceType: "commonjs", ecmaVersion: "latest" };
    case "esm":
      return { parser: espree, sourceType: "module", ecmaVersion: "latest" };
    case "ts":
      return { parser: tsParser, sourceType: "module" };
    case "typed":
      return {
        parser: tsParser,
        sourceType: "module",
        parserOptions: { projectService: true, tsconfigRootDir: fixturesDir },
      };
  }
}

/** Every node of a program, depth first (for probes that look at all calls or identifiers). */
export function allNodes(program: TSESTree.Node): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    found.push(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === "parent" || key === "tokens" || key === "comments") continue;
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item);
      } else if (isNode(value)) visit(value);
    }
  };
  visit(program);
  return found;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

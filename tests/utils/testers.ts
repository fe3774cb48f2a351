import { RuleTester } from "@typescript-eslint/rule-tester";
import * as espree from "espree";
import path from "node:path";

export const fixturesDir = path.join(__dirname, "..", "fixtures");

/** TypeScript, parsed by typescript-eslint without type information. */
export const tsTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaVersion: "latest", sourceType: "module" } },
});

/** Type-aware: the real `grammy` declarations through `tests/fixtures/tsconfig.json`. */
export const typedTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      projectService: true,
      tsconfigRootDir: fixturesDir,
    },
  },
});

/** Typed cases are linted as this file of the fixtures project. */
export const typedFilename = path.join(fixturesDir, "file.ts");

/** ES module JavaScript, parsed by ESLint's own parser (espree), as users of plain JS have it. */
export const esmTester = new RuleTester({
  languageOptions: {
    parser: espree,
    parserOptions: { ecmaVersion: "latest", sourceType: "module" },
  },
});

/** CommonJS JavaScript (no top-level await, `require`), parsed by espree. */
export const cjsTester = new RuleTester({
  languageOptions: {
    parser: espree,
    parserOptions: { ecmaVersion: "latest", sourceType: "commonjs" },
  },
});

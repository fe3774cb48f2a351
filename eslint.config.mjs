// Lint ourselves as we ask users to lint: typescript-eslint strict type-checked everywhere, and
// eslint-plugin-eslint-plugin on the rules and their tests.
import js from "@eslint/js";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["dist/", "coverage/", "examples/", "tests/fixtures/", ".bench/", ".sweep/", ".tools/", ".eval/", "docs/"]),
  js.configs.recommended,
  {
    files: ["**/*.ts", "**/*.mts"],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // We compare `node.type` with string literals on purpose: the AST_NODE_TYPES enum would make
      // @typescript-eslint/utils a runtime dependency of the published plugin.
      "@typescript-eslint/no-unsafe-enum-comparison": "off",
    },
  },
  {
    files: ["src/rules/**/*.ts"],
    extends: [eslintPlugin.configs.rules],
    rules: {
      "eslint-plugin/require-meta-docs-url": "off", // createRule adds it from the rule name
      "eslint-plugin/require-meta-default-options": "off", // createRule copies defaultOptions into meta
      "eslint-plugin/require-meta-docs-description": ["error", { pattern: "^(Require|Disallow|Enforce)" }],
    },
  },
  {
    files: ["tests/rules/**/*.ts"],
    extends: [eslintPlugin.configs.tests],
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: {
      globals: Object.fromEntries(
        [
          "process", "console", "URL", "Buffer", "performance", "setTimeout", "clearTimeout",
          "setInterval", "clearInterval", "setImmediate", "structuredClone", "AbortController",
        ].map((name) => [name, "readonly"]),
      ),
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } },
  },
);

import type { ESLint } from "eslint";

import { plugin } from "./plugin";

/**
 * The plugin object, typed with ESLint's own `ESLint.Plugin` so that a user's `eslint.config.ts`
 * type-checks against `defineConfig` without typescript-eslint's types.
 */
const eslintPlugin: ESLint.Plugin & {
  meta: { name: string; version: string; namespace: string };
  configs: { recommended: ESLint.ConfigData; "flat/recommended": import("eslint").Linter.Config };
} = plugin as never;

export = eslintPlugin;

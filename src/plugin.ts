import type { TSESLint } from "@typescript-eslint/utils";

import { namespace, recommendedRules } from "./configs/recommended";
import { rules } from "./rules";

// package.json sits outside `src/` (and `dist/`), so it is read at run time rather than compiled in.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const { name, version } = require("../package.json") as { name: string; version: string };

const recommended = recommendedRules(rules);

const plugin = {
  meta: { name, version, namespace },
  rules,
  configs: {} as {
    /** For `extends: ["plugin:grammy-reliability/recommended"]` in `.eslintrc` (ESLint 8, 9). */
    recommended: TSESLint.ClassicConfig.Config;
    /** For flat config (ESLint 9, 10): `plugin.configs["flat/recommended"]`. */
    "flat/recommended": TSESLint.FlatConfig.Config;
  },
};

plugin.configs = {
  recommended: { plugins: [namespace], rules: recommended },
  "flat/recommended": {
    name: `${namespace}/recommended`,
    plugins: { [namespace]: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: recommended,
  },
};

export { plugin };

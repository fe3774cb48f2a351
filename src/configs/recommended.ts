import type { TSESLint } from "@typescript-eslint/utils";

import type { GrammyRuleModule } from "../utils/create-rule";

export const namespace = "grammy-reliability";

/** `{ "grammy-reliability/<name>": "error" }` for every rule whose metadata says recommended. */
export function recommendedRules(
  rules: Readonly<Record<string, GrammyRuleModule<string, readonly unknown[]>>>,
): Record<string, TSESLint.SharedConfig.RuleLevel> {
  return Object.fromEntries(
    Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs?.recommended === true)
      .map(([name]) => [`${namespace}/${name}`, "error" as const]),
  );
}

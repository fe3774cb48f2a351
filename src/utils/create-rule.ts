import type { TSESLint } from "@typescript-eslint/utils";

import { docsUrl } from "./docs-url";

/** What every rule of this plugin declares in `meta.docs`. */
export interface GrammyRuleDocs {
  description: string;
  /** Whether the rule is in `recommended` and `flat/recommended`: the configs derive from it. */
  recommended: boolean;
  /** Never true: every rule works without type information and only uses it when present. */
  requiresTypeChecking?: false;
}

type RuleMeta<MessageIds extends string, Options extends readonly unknown[]> = Omit<
  TSESLint.RuleMetaData<MessageIds, GrammyRuleDocs, Options>,
  "docs" | "defaultOptions"
> & { docs: Omit<GrammyRuleDocs, "url"> };

export type GrammyRuleContext<MessageIds extends string, Options extends readonly unknown[]> = Readonly<
  TSESLint.RuleContext<MessageIds, Options>
>;

export interface GrammyRuleModule<MessageIds extends string, Options extends readonly unknown[]>
  extends TSESLint.RuleModule<MessageIds, Options, GrammyRuleDocs> {
  readonly name: string;
}

/**
 * The one rule shape of this plugin (after typescript-eslint's `RuleCreator`), carried here rather
 * than imported: `@typescript-eslint/utils` declares a required peer on TypeScript <6.1, so shipping
 * it would break `npm install` in projects on TypeScript 7 and in JavaScript-only projects.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  defaultOptions,
  create,
}: Readonly<{
  name: string;
  meta: RuleMeta<MessageIds, Options>;
  defaultOptions: Readonly<Options>;
  create: (
    context: GrammyRuleContext<MessageIds, Options>,
    options: Readonly<Options>,
  ) => TSESLint.RuleListener;
}>): GrammyRuleModule<MessageIds, Options> {
  return {
    name,
    meta: {
      ...meta,
      docs: { ...meta.docs, url: docsUrl(name) },
      defaultOptions: [...defaultOptions] as unknown as Options,
    },
    create(context) {
      // Most configs give no options: the defaults are then used as they are, without a copy.
      return create(context, context.options.length === 0 ? defaultOptions : applyDefault(defaultOptions, context.options));
    },
  };
}

/**
 * Merges user options over defaults, one level into objects (ESLint >= 9.15 does this itself from
 * `meta.defaultOptions`; ESLint 8 does not). Arrays given by the user replace the default.
 */
export function applyDefault<Options extends readonly unknown[]>(
  defaults: Readonly<Options>,
  user: Readonly<Options> | readonly unknown[],
): Options {
  return defaults.map((value, index) => {
    const given: unknown = user[index];
    if (given === undefined) return value;
    if (isPlainObject(value) && isPlainObject(given)) return { ...value, ...given };
    return given;
  }) as unknown as Options;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** deno lint's plugin API (`Deno.lint`), as far as the adapter uses it. */

/** deno lint's `Deno.lint.Fix`. */
export interface DenoFix {
  range: [number, number];
  text?: string;
}

/** deno lint's `Deno.lint.ReportData`, as this adapter fills it. */
export interface DenoReport {
  range: [number, number];
  message: string;
  hint?: string;
  fix?: () => DenoFix[];
}

/** deno lint's `Deno.lint.RuleContext`, as far as this adapter reads it. */
export interface DenoRuleContext {
  readonly id: string;
  readonly filename: string;
  readonly sourceCode: { readonly text: string };
  report(data: DenoReport): void;
}

/** deno lint's `Deno.lint.Rule`. */
export interface DenoRule {
  create(context: DenoRuleContext): Record<string, (node: unknown) => void>;
}

/** deno lint's `Deno.lint.Plugin`. */
export interface DenoLintPlugin {
  name: string;
  rules: Record<string, DenoRule>;
}

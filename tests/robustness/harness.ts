import type { Linter } from "eslint";

import { createSweeper, namedLanguages, type SweepException, type SweepLanguage } from "../../scripts/sweep.mjs";
import * as grammy from "../../src/grammy";
import { plugin } from "../../src/plugin";
import { rules } from "../../src/rules";

export { namedLanguages, type SweepLanguage };

export const namespace = plugin.meta.namespace;
export const ruleNames = Object.keys(rules).sort();

/**
 * The crash sweep's linter over the TypeScript sources: every rule of src/rules/index.ts, plus the
 * recogniser probe (a pseudo-rule that asks the grammY model every question on every node).
 */
export const sweeper = createSweeper({ rules, namespace, grammy, probe: true });

export interface LintOutcome {
  /** Rule exceptions (ours) and ESLint's own (ruleId undefined): must be empty. */
  readonly exceptions: readonly SweepException[];
  /** The parse error, when the code did not parse (then nothing ran: a test must not accept it). */
  readonly fatal: string | undefined;
  /** Our reports, as `rule-name:messageId@line:column`. */
  readonly reports: readonly string[];
  readonly messages: readonly Linter.LintMessage[];
}

/** Lints `code` with every rule and the probe on, catching (and listing) every rule that throws. */
export function lintEverything(code: string, language: SweepLanguage): LintOutcome {
  const { messages = [], sourceCode, exceptions } = sweeper.verifyCatching(code, language);
  const fatal = sourceCode ? undefined : (messages.find((message) => message.fatal)?.message ?? "did not parse");
  const reports = messages
    .filter((message) => message.ruleId?.startsWith(`${namespace}/`))
    .map((message) => `${(message.ruleId ?? "").slice(namespace.length + 1)}:${message.messageId ?? ""}@${message.line}:${message.column}`);
  return { exceptions, fatal, reports, messages };
}

/** A readable form of exceptions for assertion failures: rule, message, the top of the stack. */
export function describeExceptions(exceptions: readonly SweepException[]): string[] {
  return exceptions.map((exception) => `${exception.ruleId ?? "(ESLint)"}: ${exception.message}\n${exception.stack}`);
}

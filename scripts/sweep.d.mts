// Types of the sweep's core (scripts/sweep.mjs), for tests/robustness, which runs it in-process.
import type { Linter, SourceCode } from "eslint";

export interface SweepLanguage {
  readonly name: string;
  /** The extension of the virtual file name the text is linted as (`.ts`, `.tsx`, `.js`, ...). */
  readonly extension: string;
  readonly languageOptions: Linter.LanguageOptions;
}

export interface SweepException {
  readonly ruleId: string | undefined;
  readonly message: string;
  readonly stack: string;
  readonly line: number | undefined;
  readonly file?: string;
}

export interface EditProblem {
  readonly kind: "throws" | "parse" | "still-reported" | "structure" | "comments" | "outside" | "eol";
  readonly detail: string;
  readonly output: string;
}

export interface SweepReport {
  readonly ruleId: string;
  readonly messageId: string | undefined;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly edits: number;
}

export interface FileResult {
  readonly file: string;
  readonly bytes: number;
  readonly category: "grammy" | "mentions" | "marked";
  readonly language: string | undefined;
  readonly parseError: string | undefined;
  readonly coreError: string | undefined;
  readonly exceptions: readonly SweepException[];
  readonly reports: readonly SweepReport[];
  readonly editProblems: readonly (EditProblem & { file: string; ruleId: string; line: number; column: number; edit: string })[];
  readonly ms: number;
}

export interface Verified {
  readonly messages: Linter.LintMessage[];
  readonly sourceCode: SourceCode | undefined;
}

export interface Sweeper {
  /** Lints `text` as `language`; throws what ESLint throws. Default rules: all of ours, plus the probe. */
  verify(text: string, language: SweepLanguage, ruleConfig?: Record<string, Linter.RuleEntry>): Verified;
  /** `verify`, collecting rule exceptions (every throwing rule) instead of throwing. */
  verifyCatching(
    text: string,
    language: SweepLanguage,
    ruleConfig?: Record<string, Linter.RuleEntry>,
  ): { messages: Linter.LintMessage[] | undefined; sourceCode: SourceCode | undefined; exceptions: SweepException[] };
  lintFile(file: string, text: string, absolutePath?: string): FileResult;
  /** Checks one fix or suggestion of `message` on `text`; [] when it is sound. */
  checkEdit(input: {
    text: string;
    language: SweepLanguage;
    sourceCode: SourceCode | undefined;
    message: Linter.LintMessage;
    edit: { range: [number, number]; text: string };
    ruleConfig?: Record<string, Linter.RuleEntry>;
  }): EditProblem[];
  readonly ruleIds: readonly string[];
}

export interface GrammyApi {
  getGrammyModel: unknown;
  mentionsGrammy(text: string): boolean;
  grammyModuleOf(specifier: string): string | undefined;
}

export const sweepExtensions: readonly string[];
export const marker: string;
export const namedLanguages: Readonly<Record<"ts" | "tsx" | "esm" | "cjs" | "script", SweepLanguage>>;
export function listSourceFiles(dir: string): string[];
export function ciSlice(files: readonly string[], options?: { dir?: string; oneIn?: number; maxBytes?: number }): string[];
export function languagesFor(file: string): SweepLanguage[];
export function offsetOf(text: string, line: number, column: number): number;
export function createSweeper(options: {
  rules: Record<string, unknown>;
  namespace: string;
  grammy: GrammyApi;
  probe?: boolean;
}): Sweeper;
export function categoryOf(file: string, text: string, grammy: GrammyApi): FileResult["category"];
export function summarize(results: readonly FileResult[], ruleIds: readonly string[]): unknown;

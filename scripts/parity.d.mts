// Types for parity.mjs, so that tests/compat/deno-parity.test.ts type-checks under `strict`.

export interface ParityProject {
  readonly dir: string;
  readonly files: readonly string[];
}

export interface ParityResult {
  readonly files: number;
  readonly reports: number;
  /** `- file line:column rule message` only ESLint reports, `+ ...` only deno lint. */
  readonly differences: string[];
  /** Parse errors and deno lint errors. */
  readonly problems: string[];
}

export function compareParity(projects: readonly ParityProject[]): Promise<ParityResult>;
export function denoCorpusProjects(): ParityProject[];

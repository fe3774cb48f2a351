// Types for corpus.mjs, so that tests/bench-corpus.test.ts type-checks under `strict`.

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

export type CorpusFileKind =
  | "bot"
  | "entry"
  | "standalone"
  | "commands"
  | "callbacks"
  | "conversation"
  | "broadcast"
  | "middleware"
  | "handlers"
  | "util"
  | "store"
  | "service";

export interface CorpusFile {
  /** Relative to the corpus directory, with `/` separators: `src/<name>.ts`. */
  readonly path: string;
  readonly text: string;
  readonly kind: CorpusFileKind;
  /**
   * False for files that import nothing from grammY, directly or through local modules: the plain
   * modules (`util`, `store`, `service`) and the `handlers` modules, whose functions other modules
   * register on the bot.
   */
  readonly grammy: boolean;
}

export interface Corpus {
  readonly files: readonly CorpusFile[];
  readonly packageJson: string;
  readonly tsconfig: string;
}

export function createRandom(seed: number): Random;
export function generateCorpus(options: { seed: number; files: number }): Corpus;
export function writeCorpus(dir: string, corpus: Corpus): number;
export function generateScaleFile(sections: number, seed?: number): string;

/**
 * Memoised questions that may rest on each other in a cycle: the kind of `a` in `let a = b; let b
 * = a;`, whether a recursive function carries a grammY rejection, `export * from "./a"` in both a
 * and b. A question asked again while it is being answered gets "unknown" (undefined), which cuts
 * the cycle. The answer of the question that was asked first (the cycle's head) is complete; an
 * answer inside the cycle that saw "unknown" for the head is not, so it is not kept: the next time
 * it is asked, it is answered as a head of its own. Without this, what a file's rules report would
 * depend on which file ESLint happened to lint first (it reads files concurrently).
 *
 * One stack of open questions for every memo, because the questions of different models and
 * modules call each other.
 */

interface OpenQuestion {
  /** Its place on the stack. */
  readonly index: number;
  /** The lowest open question whose "unknown" this answer rests on (its own index when none). */
  restsOn: number;
}

const open: OpenQuestion[] = [];

/** What a memo keeps its answers in: a `Map`, or a `WeakMap` for syntax nodes and models. */
interface Store<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
  has(key: K): boolean;
  delete(key: K): boolean;
}

export class Memo<K, V> {
  /** Final answers; `null` stands for "no answer" (undefined), so that it is kept too. */
  private readonly answers: Store<K, V | null>;
  /** Questions being answered right now, by their place on the stack. */
  private readonly pending = new Map<K, number>();

  /** `weak`: keys are objects (syntax nodes, scope variables) whose answers go when they go. */
  constructor(weak = false) {
    this.answers = (weak ? new WeakMap<object, V | null>() : new Map<K, V | null>()) as unknown as Store<K, V | null>;
  }

  /** The kept answer to `key`, computed by `answer` the first time (and again while not final). */
  get(key: K, answer: () => V | undefined): V | undefined {
    const kept = this.answers.get(key);
    if (kept !== undefined) return kept ?? undefined;
    const at = this.pending.get(key);
    if (at !== undefined) {
      // Asked again while being answered: "unknown", and every open answer above it rests on that.
      const top = open[open.length - 1];
      if (top && at < top.restsOn) top.restsOn = at;
      return undefined;
    }
    const question: OpenQuestion = { index: open.length, restsOn: open.length };
    open.push(question);
    this.pending.set(key, question.index);
    let value: V | undefined;
    try {
      value = answer();
    } finally {
      this.pending.delete(key);
      open.length = question.index;
    }
    const below = open[open.length - 1];
    if (question.restsOn < question.index) {
      // Inside a cycle whose head is still open: the head's answer rests on it too.
      if (below && question.restsOn < below.restsOn) below.restsOn = question.restsOn;
    } else {
      this.answers.set(key, value ?? null);
    }
    return value;
  }

  /** Whether a final answer to `key` is kept. */
  has(key: K): boolean {
    return this.answers.has(key);
  }

  /** Forgets the answer to `key` (a cache renewed because the file behind it changed). */
  delete(key: K): void {
    this.answers.delete(key);
  }
}

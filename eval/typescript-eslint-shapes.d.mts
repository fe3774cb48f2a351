// Types for typescript-eslint-shapes.mjs, so that the rule's tests that read it type-check under `strict`.

export interface ShapeError {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly data: Readonly<Record<string, string>>;
  readonly suggestions: readonly { readonly messageId: string; readonly output: string }[];
}

export interface TranslatedShape {
  /** One short name, the table's row. */
  readonly name: string;
  /** The shape as typescript-eslint's suite writes it. */
  readonly shape: string;
  /** What happens to a grammY bot: a rejection escapes ("reports"), or none can ("silent"). */
  readonly verdict: "reports" | "silent";
  /** Why the rule does not get this shape right yet; such a shape is not among the tests. */
  readonly miss?: string;
  readonly code: string;
  /** What the rule reports, untyped and typed alike (for a shape that reports). */
  readonly errors?: readonly ShapeError[];
}

export const typescriptEslintShapes: readonly TranslatedShape[];

import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

/** The file's own line break (`\r\n` in CRLF files), for text that suggestions insert. */
export function lineBreakOf(sourceCode: Readonly<TSESLint.SourceCode>): string {
  return /\r\n/.test(sourceCode.text) ? "\r\n" : "\n";
}

/**
 * Whether text starting with `(`, `[` or a backtick may not replace `node`: `node` begins an
 * expression statement that follows a line without a semicolon, and ASI would join the two
 * (`foo()` then `(a ? b : c)` on the next line calls `foo()`'s result).
 */
export function startsAfterUnterminatedLine(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  let statement: TSESTree.Node | undefined = node.parent;
  while (statement && statement.type !== "ExpressionStatement" && statement.range[0] === node.range[0]) {
    statement = statement.parent;
  }
  if (statement?.type !== "ExpressionStatement" || statement.range[0] !== node.range[0]) return false;
  const before = sourceCode.getTokenBefore(statement);
  return before !== null && before.value !== ";" && before.value !== "{" && before.value !== "}";
}

/**
 * A small JavaScript / TypeScript tokenizer, for hosts that hand rules a tree but no tokens (deno
 * lint): enough for ESLint's token lookups (`getFirstToken`, `getTokenBefore`, ...), which rules
 * use to look at the keywords and punctuation around a node. Comments are skipped; a `/` is read as
 * a regular expression where an expression may start (the usual heuristic). A `>` that closes a
 * type parameter or argument list is a token of its own (`Array<Array<T>>` ends in two), as in
 * typescript-estree: the tree says where those lists end (`typeListEnds`).
 */

export interface Token {
  readonly type: "Identifier" | "Keyword" | "Boolean" | "Null" | "Punctuator" | "Numeric" | "String" | "Template" | "RegularExpression" | "PrivateIdentifier";
  readonly value: string;
  readonly range: [number, number];
}

/**
 * The words typescript-estree types `Keyword`: TypeScript's reserved and strict-mode reserved words
 * (`SyntaxKind.FirstKeyword` to `LastFutureReservedWord`). Contextual ones (`await`, `async`, `as`,
 * `type`, `of`) are `Identifier`, and so is any word used as a property name (after `.` or `?.`, an
 * object key, a specifier's name), a `this` parameter and the `const` of `as const`.
 */
const keywords: ReadonlySet<string> = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends finally for function if " +
    "import in instanceof new return super switch this throw try typeof var void while with " +
    "implements interface let package private protected public static yield"
  ).split(" "),
);

/** Punctuators, longest first. */
const punctuators = [
  ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
  "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
  "<<", ">>", "**",
  "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "?", ":", "=", "@", ".",
];

const identifierStart = /[A-Za-z_$\u0080-\uffff\\]/;
const identifierPart = /[\w$\u0080-\uffff\\]/;
const numberPattern = /0[xX][\da-fA-F_]+n?|0[oO][0-7_]+n?|0[bB][01_]+n?|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?n?/y;

/** Whether a `/` after this token starts a regular expression rather than a division. */
function regexAllowedAfter(previous: Token | undefined): boolean {
  if (!previous) return true;
  switch (previous.type) {
    case "Identifier":
    case "Numeric":
    case "String":
    case "RegularExpression":
    case "Boolean":
    case "Null":
    case "PrivateIdentifier":
      return false;
    case "Template":
      return !previous.value.endsWith("`");
    case "Keyword":
      return previous.value !== "this" && previous.value !== "super";
    case "Punctuator":
      return previous.value !== ")" && previous.value !== "]" && previous.value !== "}";
  }
}

/** A node as `typeListEnds` walks it. */
interface WalkedNode {
  readonly type: string;
  readonly range: readonly [number, number];
  readonly [key: string]: unknown;
}

/** The offsets of the `>` that close type parameter and type argument lists in a tree. */
export function typeListEnds(ast: WalkedNode, text: string): Set<number> {
  const ends = new Set<number>();
  const visit = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    const node = value as Partial<WalkedNode>;
    if (typeof node.type !== "string" || !node.range) return;
    if ((node.type === "TSTypeParameterInstantiation" || node.type === "TSTypeParameterDeclaration") && text[node.range[1] - 1] === ">") {
      ends.add(node.range[1] - 1);
    }
    for (const [key, child] of Object.entries(node)) if (key !== "parent" && key !== "loc" && key !== "range") visit(child);
  };
  visit(ast);
  return ends;
}

/** The tokens of `text`; a `>` at one of `typeListEnds` stands alone. */
export function tokenize(text: string, typeListEnds: ReadonlySet<number> = new Set()): Token[] {
  const tokens: Token[] = [];
  /** Open braces: `true` where the brace is a template's `${`. */
  const braces: boolean[] = [];
  let index = text.startsWith("#!") ? text.indexOf("\n") : 0;
  if (index < 0) index = text.length;

  const push = (type: Token["type"], start: number, end: number): void => {
    tokens.push({ type, value: text.slice(start, end), range: [start, end] });
    index = end;
  };

  /** Reads a template chunk from just after "`" or "}" to its closing "`" or "${". */
  const templateChunk = (start: number): void => {
    let at = start + 1;
    while (at < text.length) {
      const char = text[at];
      if (char === "\\") at += 2;
      else if (char === "`") {
        push("Template", start, at + 1);
        return;
      } else if (char === "$" && text[at + 1] === "{") {
        braces.push(true);
        push("Template", start, at + 2);
        return;
      } else at++;
    }
    push("Template", start, text.length);
  };

  /**
   * A word right after `{` or `,` and before `:` is an object key (but `switch (x) { default:` is
   * not), and before `as` a specifier's name.
   */
  const isObjectKey = (word: string, end: number): boolean => {
    const after = text.slice(end, end + 40);
    if (/^\s+as\s/.test(after)) return true; // `export { default as Name }`: a specifier's name
    if (!/^\s*:(?!:)/.test(after)) return false;
    return !(word === "default" && tokens.at(-1)?.value === "{" && tokens.at(-2)?.value === ")");
  };

  while (index < text.length) {
    const char = text[index] ?? "";
    const next = text[index + 1];
    if (/\s/.test(char)) {
      index++;
    } else if (char === "/" && next === "/") {
      const end = text.slice(index).search(/[\n\r\u2028\u2029]/);
      index = end < 0 ? text.length : index + end;
    } else if (char === "/" && next === "*") {
      const end = text.indexOf("*/", index + 2);
      index = end < 0 ? text.length : end + 2;
    } else if (char === "`") {
      templateChunk(index);
    } else if (char === "}" && braces.at(-1) === true) {
      braces.pop();
      templateChunk(index);
    } else if (char === "'" || char === '"') {
      let at = index + 1;
      while (at < text.length && text[at] !== char && text[at] !== "\n") at += text[at] === "\\" ? 2 : 1;
      push("String", index, Math.min(at + 1, text.length));
    } else if (char === "#" && next !== undefined && identifierStart.test(next)) {
      let at = index + 1;
      while (at < text.length && identifierPart.test(text[at] ?? "")) at++;
      tokens.push({ type: "PrivateIdentifier", value: text.slice(index + 1, at), range: [index, at] }); // as ESTree: no `#`
      index = at;
    } else if (identifierStart.test(char)) {
      let at = index + 1;
      while (at < text.length && identifierPart.test(text[at] ?? "")) at++;
      const word = text.slice(index, at);
      const previous = tokens.at(-1);
      const isPropertyName =
        previous?.type === "Punctuator" &&
        (previous.value === "." ||
          previous.value === "?." ||
          ((previous.value === "{" || previous.value === ",") && isObjectKey(word, at)) ||
          // a `this` parameter: `function f(this: Bot)`
          (previous.value === "(" && word === "this" && /^\s*:/.test(text.slice(at, at + 40))));
      // `as const` names a type and `{ name as default }` an export: identifiers for typescript-estree.
      const isConstAssertion = (word === "const" || word === "default") && previous?.type === "Identifier" && previous.value === "as";
      const type = isPropertyName || isConstAssertion ? "Identifier" : word === "true" || word === "false" ? "Boolean" : word === "null" ? "Null" : keywords.has(word) ? "Keyword" : "Identifier";
      push(type, index, at);
    } else if (/\d/.test(char) || (char === "." && next !== undefined && /\d/.test(next))) {
      numberPattern.lastIndex = index;
      const match = numberPattern.exec(text);
      push("Numeric", index, index + (match?.[0].length ?? 1));
    } else if (char === "/" && regexAllowedAfter(tokens.at(-1))) {
      let at = index + 1;
      let inClass = false;
      while (at < text.length && text[at] !== "\n") {
        const current = text[at];
        if (current === "\\") at++;
        else if (current === "[") inClass = true;
        else if (current === "]") inClass = false;
        else if (current === "/" && !inClass) break;
        at++;
      }
      at++;
      while (at < text.length && /[a-z]/i.test(text[at] ?? "")) at++;
      push("RegularExpression", index, Math.min(at, text.length));
    } else {
      const punctuator = typeListEnds.has(index) ? ">" : (punctuators.find((candidate) => text.startsWith(candidate, index)) ?? char);
      // `a ?.5 : b` is a conditional, not optional chaining.
      const value = punctuator === "?." && /\d/.test(text[index + 2] ?? "") ? "?" : punctuator;
      if (value === "{") braces.push(false);
      else if (value === "}") braces.pop();
      push("Punctuator", index, index + value.length);
    }
  }
  return tokens;
}

/** ESLint's token lookups over a token list, by position. */
export function tokenLookups(tokens: readonly Token[]) {
  type Ranged = { readonly range: readonly [number, number] };
  type Options = number | { skip?: number; filter?: (token: Token) => boolean; includeComments?: boolean } | undefined;
  const pick = (candidates: Token[], options: Options): Token | null => {
    const skip = typeof options === "number" ? options : (options?.skip ?? 0);
    const filter = typeof options === "object" ? options.filter : undefined;
    const kept = filter ? candidates.filter(filter) : candidates;
    return kept[skip] ?? null;
  };
  /** The index of the first token that starts at or after `offset`. */
  const firstFrom = (offset: number): number => {
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((tokens[middle]?.range[0] ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    getFirstToken: (node: Ranged, options?: Options): Token | null =>
      pick(tokens.slice(firstFrom(node.range[0])).filter((token) => token.range[1] <= node.range[1]), options),
    getLastToken: (node: Ranged, options?: Options): Token | null =>
      pick(tokens.slice(firstFrom(node.range[0]), firstFrom(node.range[1])).filter((token) => token.range[1] <= node.range[1]).reverse(), options),
    getTokenBefore: (node: Ranged, options?: Options): Token | null =>
      pick(tokens.slice(0, firstFrom(node.range[0])).reverse(), options),
    getTokenAfter: (node: Ranged, options?: Options): Token | null => pick(tokens.slice(firstFrom(node.range[1])), options),
    getTokenByRangeStart: (offset: number): Token | null => {
      const token = tokens[firstFrom(offset)];
      return token?.range[0] === offset ? token : null;
    },
    getTokens: (node: Ranged): Token[] => tokens.slice(firstFrom(node.range[0]), firstFrom(node.range[1])),
  };
}

// The table of typescript-eslint's no-floating-promises shapes in docs/comparison.md (issue #22):
// each shape of eval/typescript-eslint-shapes.mjs (the data the rule's tests run) linted as
// tests/fixtures/file.ts of the typed fixture project, by this plugin's rule untyped and typed and
// by typescript-eslint's no-floating-promises typed (the options of its recommended-type-checked
// config), each verdict set against the grammY verdict. Written between markers, so that
// `node eval/compare.mjs --shapes-only` rewrites this section alone, in seconds.
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import path from "node:path";
import tseslint from "typescript-eslint";
import { typescriptEslintShapes } from "../typescript-eslint-shapes.mjs";
import { root } from "./corpus.mjs";

export const shapesBegin = "<!-- typescript-eslint shapes: begin (node eval/compare.mjs --shapes-only) -->";
export const shapesEnd = "<!-- typescript-eslint shapes: end -->";

const fixtures = path.join(root, "tests", "fixtures");
const filename = path.join(fixtures, "file.ts");
const tseslintRule = "@typescript-eslint/no-floating-promises";

/** The section's lines, markers included. `plugin` is the built plugin (dist/). */
export function shapesSection(plugin) {
  const recommended = Object.assign({}, ...tseslint.configs.recommendedTypeChecked.map((config) => config.rules ?? {}));
  const setups = {
    untyped: { parserOptions: { ecmaVersion: "latest", sourceType: "module" }, plugins: { "grammy-reliability": plugin }, rules: { "grammy-reliability/no-floating-promises": "error" } },
    typed: { parserOptions: { projectService: true, tsconfigRootDir: fixtures }, plugins: { "grammy-reliability": plugin }, rules: { "grammy-reliability/no-floating-promises": "error" } },
    tseslint: { parserOptions: { projectService: true, tsconfigRootDir: fixtures }, plugins: { "@typescript-eslint": tseslint.plugin }, rules: { [tseslintRule]: recommended[tseslintRule] } },
  };
  const linter = new Linter({ configType: "flat", cwd: fixtures });
  const verdictOf = (shape, setup) => {
    const { parserOptions, plugins, rules } = setups[setup];
    const messages = linter.verify(shape.code, [{ files: ["**/*.ts"], languageOptions: { parser: tsParser, parserOptions }, plugins, rules }], { filename });
    const fatal = messages.find((message) => message.fatal || message.ruleId === null);
    if (fatal) throw new Error(`shape ${shape.name}, ${setup}: ${fatal.message}`);
    return messages.length > 0 ? "reports" : "silent";
  };
  const counts = { untyped: 0, typed: 0, tseslint: 0 };
  const rows = typescriptEslintShapes.map((shape) => {
    const cells = Object.keys(setups).map((setup) => {
      const verdict = verdictOf(shape, setup);
      const right = verdict === shape.verdict;
      if (right) counts[setup] += 1;
      return `${verdict} ${right ? "✓" : "✗"}`;
    });
    return `| ${shape.name} | ${codeCell(shape.shape)} | ${shape.verdict} | ${cells.join(" | ")} |`;
  });
  const total = typescriptEslintShapes.length;
  const misses = typescriptEslintShapes.filter((shape) => shape.miss !== undefined);
  return [
    shapesBegin,
    "## typescript-eslint's own shapes, with grammY promises",
    "",
    `Every shape that typescript-eslint's \`no-floating-promises\` test suite checks, ${total} of them, written with grammY`,
    "promises inside a `bot.on(...)` handler ([eval/typescript-eslint-shapes.mjs](../eval/typescript-eslint-shapes.mjs), the",
    "same data the rule's tests run) and judged by what happens to a grammY bot: a rejection nobody handles escapes",
    "`bot.catch` and crashes the process (*reports*), or none can (*silent*). `void` handles nothing, `Promise.allSettled`",
    "never rejects, `.finally()` never handles, a branch that cannot run today is still code. Each snippet is linted as",
    "a file of the typed fixture project (tests/fixtures, grammY's real declarations) by this plugin's rule untyped and",
    "typed, and by typescript-eslint's `no-floating-promises` with type information and the options of its",
    "`recommended-type-checked` config (`ignoreVoid: true` among them). ✓: the verdict is grammY's; ✗: it is not.",
    "",
    `Right: this plugin untyped ${counts.untyped} of ${total}, typed ${counts.typed} of ${total}; typescript-eslint ${counts.tseslint} of ${total}.`,
    ...(misses.length === 0 ? [] : ["", `Missed by this plugin: ${misses.map((shape) => `${shape.name} (${shape.miss})`).join("; ")}.`]),
    "",
    "| shape | typescript-eslint's case | grammY verdict | this plugin, untyped | this plugin, typed | typescript-eslint, typed |",
    "| :-- | :-- | :-- | :-- | :-- | :-- |",
    ...rows,
    "",
    "Regenerate this section alone with `npm run build && node eval/compare.mjs --shapes-only`.",
    shapesEnd,
  ];
}

/** `page` with its shapes section replaced by `section` (appended when it has none). */
export function withShapesSection(page, section) {
  const text = section.join("\n");
  const begin = page.indexOf(shapesBegin);
  const end = page.indexOf(shapesEnd);
  if (begin === -1 || end === -1) return `${page.replace(/\n*$/, "")}\n\n${text}\n`;
  return `${page.slice(0, begin)}${text}${page.slice(end + shapesEnd.length)}`;
}

/** Inline code for a table cell: double backticks when the text has one, `|` escaped. */
function codeCell(text) {
  const escaped = text.replaceAll("|", "\\|");
  return text.includes("`") ? `\`\` ${escaped} \`\`` : `\`${escaped}\``;
}

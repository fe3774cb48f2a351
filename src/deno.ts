/*
 * The `./deno` entry: the recommended rules as a deno lint plugin.
 *
 *   // deno.json
 *   { "lint": { "plugins": ["npm:eslint-plugin-grammy-reliability/deno"] } }
 *
 * deno lint's plugin API is close to ESLint's but not the same: the plugin has a top-level `name`,
 * reports carry the message text (no message ids, no `data`), rules take no options, and rules get
 * no scope manager, no tokens and no `loc` on nodes. The adapter (src/deno/) runs the plugin's
 * ESLint rules unchanged on an ESTree copy of deno's tree (estree.ts: with `parent`, `range` and
 * `loc`), with the scope manager ESLint gets from typescript-eslint's parser (scopes.ts:
 * `@typescript-eslint/scope-manager` run on the copy) and a tokenizer (tokenize.ts), in an
 * ESLint-shaped SourceCode (source-code.ts), and turns every report into deno's shape (adapter.ts).
 * This file stays the entry, so that the published `dist/deno.js` keeps its path.
 */
import { namespace } from "./configs/recommended";
import { adapt } from "./deno/adapter";
import type { DenoLintPlugin } from "./deno/deno-lint";
import { rules } from "./rules";

/** The plugin's name, shown in deno lint's output: rules are `grammy-reliability/<rule-name>`. */
const name: DenoLintPlugin["name"] = namespace;

/** The recommended rules, as in ESLint's `recommended` config. */
const denoRules: DenoLintPlugin["rules"] = Object.fromEntries(
  Object.entries(rules)
    .filter(([, rule]) => rule.meta.docs?.recommended === true)
    .map(([ruleName, rule]) => [ruleName, adapt(ruleName, rule)]),
);

// An object literal of names, so that Node.js sees `name` and `rules` as named exports too.
export = { name, rules: denoRules };

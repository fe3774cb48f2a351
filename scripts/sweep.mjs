#!/usr/bin/env node
// Crash sweep: lints every .js .mjs .cjs .ts .mts .cts .tsx .jsx file under node_modules with every
// rule of the BUILT plugin on (untyped, parser chosen by extension) and reports files, parse errors
// (not ours), rule exceptions (ours: must be 0), reports per rule, broken fixes/suggestions and time.
//
//   npm run sweep            every file, a worker pool (one worker per core)
//   npm run sweep:ci         the bounded slice CI runs: grammy, @grammyjs/*, typescript's lib .d.ts
//                            files (the small ones) and a fixed hash-picked sample of the rest
//   node scripts/sweep.mjs [--ci] [--workers N] [--timeout SECONDS] [--no-probe] [--json FILE]
//
// Rules return no visitors for files that never mention grammY, so the sweep appends a one-line
// comment naming grammY to such files: every rule then runs its full visitors over real code
// (files neither of grammY nor importing it are "marked"; any report there is a would-be false
// positive). A "recogniser" pseudo-rule asks
// the grammY model every question it answers about every call, member, assignment and function.
// Every fix and suggestion a rule offers is applied and checked (see `checkEdit`).
//
// The exported functions are the sweep's core: tests/robustness runs the CI slice in-process
// against the TypeScript sources with them.
import { readdirSync, readFileSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import * as espree from "espree";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

export const sweepExtensions = [".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".tsx", ".jsx"];

/** Appended to files that never mention grammY so that every rule runs its visitors on them. */
export const marker = "\n// grammy: sweep marker, makes every rule run its visitors on this file\n";

// -------------------------------------------------------------------------------------------------
// Which files

/**
 * Every source file under `dir` (relative, `/`-separated, sorted). Symlinks are not followed and
 * dot-directories (`.bin`, `.cache`, `.vite`: tools' caches, not packages) are skipped.
 */
export function listSourceFiles(dir) {
  const found = [];
  const stack = [""];
  while (stack.length > 0) {
    const relative = stack.pop();
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".")) stack.push(child);
      }
      else if (entry.isFile() && sweepExtensions.some((extension) => entry.name.endsWith(extension))) found.push(child);
    }
  }
  return found.sort();
}

/** FNV-1a: a stable hash, so the sample does not move when unrelated packages change. */
function hash(text) {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/**
 * The CI slice of `files` (paths relative to node_modules): all of grammy and @grammyjs/*,
 * typescript's lib .d.ts files below `maxBytes` (lib.dom.d.ts alone takes ~10 s), and every file of
 * the rest whose path hashes to 0 modulo `oneIn`, below `maxBytes`.
 */
export function ciSlice(files, { dir = path.join(root, "node_modules"), oneIn = 40, maxBytes = 256 * 1024 } = {}) {
  const size = (file) => statSync(path.join(dir, file)).size;
  return files.filter((file) => {
    if (/^(?:grammy|@grammyjs\/[^/]+)\//.test(file)) return true;
    if (/^typescript\/lib\/lib\.[^/]*\.d\.ts$/.test(file)) return size(file) <= maxBytes;
    return hash(file) % oneIn === 0 && size(file) <= maxBytes;
  });
}

// -------------------------------------------------------------------------------------------------
// How to parse a file

const jsx = { ecmaFeatures: { jsx: true } };
const languages = {
  espreeModule: { name: "espree (module)", extension: ".js", languageOptions: { parser: espree, ecmaVersion: "latest", sourceType: "module", parserOptions: jsx } },
  espreeCommonjs: { name: "espree (commonjs)", extension: ".js", languageOptions: { parser: espree, ecmaVersion: "latest", sourceType: "commonjs", parserOptions: jsx } },
  espreeScript: { name: "espree (script)", extension: ".js", languageOptions: { parser: espree, ecmaVersion: "latest", sourceType: "script", parserOptions: jsx } },
  tsForJs: { name: "typescript-eslint (js)", extension: ".jsx", languageOptions: { parser: tsParser, sourceType: "module", parserOptions: jsx } },
};

/** A TypeScript language for a file name's extension (`.d.ts`, `.mts`, `.cts`, `.tsx`, `.ts`). */
function typescriptLanguage(extension) {
  return {
    name: `typescript-eslint (${extension})`,
    extension,
    languageOptions: { parser: tsParser, sourceType: "module", parserOptions: { ecmaFeatures: { jsx: extension === ".tsx" } } },
  };
}

/** Named languages for tests: "ts", "tsx", "esm", "cjs", "script". */
export const namedLanguages = {
  ts: typescriptLanguage(".ts"),
  tsx: typescriptLanguage(".tsx"),
  esm: languages.espreeModule,
  cjs: languages.espreeCommonjs,
  script: languages.espreeScript,
};

const packageTypes = new Map();

/** `"module"` or `"commonjs"`, from the nearest package.json's `type`. */
function packageTypeOf(directory) {
  const cached = packageTypes.get(directory);
  if (cached) return cached;
  let type = "commonjs";
  try {
    const json = JSON.parse(readFileSync(path.join(directory, "package.json"), "utf8"));
    type = json.type === "module" ? "module" : "commonjs";
  } catch {
    const parent = path.dirname(directory);
    if (parent !== directory) type = packageTypeOf(parent);
  }
  packageTypes.set(directory, type);
  return type;
}

/** The languages to try for a file, best guess first: the sweep takes the first that parses. */
export function languagesFor(file) {
  if (file.endsWith(".d.ts")) return [typescriptLanguage(".d.ts")];
  for (const extension of [".mts", ".cts", ".tsx", ".ts"]) {
    if (file.endsWith(extension)) return [typescriptLanguage(extension)];
  }
  const { espreeModule, espreeCommonjs, espreeScript, tsForJs } = languages;
  if (file.endsWith(".mjs")) return [espreeModule, tsForJs];
  if (file.endsWith(".cjs")) return [espreeCommonjs, espreeModule, tsForJs];
  const type = path.isAbsolute(file) ? packageTypeOf(path.dirname(file)) : "commonjs";
  const guesses = type === "module" ? [espreeModule, espreeCommonjs] : [espreeCommonjs, espreeModule];
  return [...guesses, espreeScript, tsForJs];
}

// -------------------------------------------------------------------------------------------------
// Linting

const lineBreak = /\r\n|[\r\n\u2028\u2029]/g;

/** Offsets where each line of `text` starts (ESLint's notion of lines). */
function lineStarts(text) {
  const starts = [0];
  for (const match of text.matchAll(lineBreak)) starts.push(match.index + match[0].length);
  return starts;
}

/** The offset of a 1-based line and column. */
export function offsetOf(text, line, column, starts = lineStarts(text)) {
  return (starts[line - 1] ?? text.length) + column - 1;
}

/**
 * The sweep's linter over a rule map: `verify` lints a text as one language (throws what ESLint
 * throws); `lintFile` sweeps one file; `checkEdit` checks one fix or suggestion.
 *
 * @param {{ rules: Record<string, unknown>, namespace: string, grammy: any, probe?: boolean }} options
 */
export function createSweeper({ rules, namespace, grammy, probe = true }) {
  const linter = new Linter({ configType: "flat" });
  let captured;
  const sweepPlugin = {
    rules: {
      // Hands the linted SourceCode to the sweep (AST, comments, text) without a second parse.
      capture: {
        meta: { type: "problem", schema: [] },
        create(context) {
          return {
            "Program:exit"() {
              captured = context.sourceCode;
            },
          };
        },
      },
      recogniser: recogniserRule(grammy),
    },
  };
  const ours = Object.keys(rules).map((name) => `${namespace}/${name}`);

  /**
   * Lints `text` as `language` with `ruleConfig` (rule id -> config; default: every rule on, with
   * the recogniser probe when enabled). Returns the messages and the SourceCode ESLint built.
   */
  function verify(text, language, ruleConfig) {
    const config = ruleConfig ?? Object.fromEntries([...ours.map((id) => [id, "error"]), ...(probe ? [["sweep/recogniser", "error"]] : [])]);
    captured = undefined;
    const messages = linter.verify(
      text,
      [
        {
          files: [`**/*${language.extension}`],
          plugins: { [namespace]: { rules }, sweep: sweepPlugin },
          languageOptions: language.languageOptions,
          linterOptions: { reportUnusedDisableDirectives: "off", reportUnusedInlineConfigs: "off" },
          rules: { ...config, "sweep/capture": "error" },
        },
      ],
      `file${language.extension}`,
    );
    const sourceCode = captured;
    captured = undefined;
    return { messages, sourceCode };
  }

  /**
   * `verify`, catching rule exceptions: every rule that throws is found by linting again without
   * the ones already known to throw. A throw that names no rule is ESLint's or the parser's.
   */
  function verifyCatching(text, language, ruleConfig) {
    let config = ruleConfig ?? Object.fromEntries([...ours.map((id) => [id, "error"]), ...(probe ? [["sweep/recogniser", "error"]] : [])]);
    const exceptions = [];
    for (;;) {
      try {
        return { ...verify(text, language, config), exceptions };
      } catch (error) {
        const ruleId = ruleIdOf(error);
        exceptions.push({ ruleId, message: firstLine(error), stack: stackOf(error), line: lineOf(error) });
        if (!ruleId || !(ruleId in config)) return { messages: undefined, sourceCode: undefined, exceptions };
        config = { ...config };
        delete config[ruleId];
      }
    }
  }

  /** Sweeps one file: parse with the first language that works, lint, check every edit. */
  function lintFile(file, rawText, absolutePath = file) {
    const started = performance.now();
    const original = rawText.replace(/^\uFEFF/, "");
    const category = categoryOf(file, original, grammy);
    // grammY's own compiled files need not name grammY either: they get the marker too.
    const text = grammy.mentionsGrammy(original) ? original : original + marker;
    const result = { file, bytes: rawText.length, category, language: undefined, parseError: undefined, coreError: undefined, exceptions: [], reports: [], editProblems: [], ms: 0 };
    for (const language of languagesFor(absolutePath)) {
      const { messages, sourceCode, exceptions } = verifyCatching(text, language);
      const ruleExceptions = exceptions.filter((exception) => exception.ruleId);
      const core = exceptions.find((exception) => !exception.ruleId);
      if (core && ruleExceptions.length === 0) {
        result.coreError ??= `${language.name}: ${core.message}`;
        continue; // ESLint itself (or the parser) gave up on this language; try the next
      }
      result.exceptions = ruleExceptions.map((exception) => ({ ...exception, file }));
      if (core) result.coreError = `${language.name}: ${core.message}`;
      if (!messages) {
        result.language = language.name;
        break;
      }
      // Fatal and no SourceCode: it did not parse. (ESLint 10 also marks `/* eslint-env */`
      // comments fatal, but lints such files.)
      const fatal = sourceCode ? undefined : messages.find((message) => message.fatal);
      if (fatal) {
        result.parseError ??= `${language.name}: ${fatal.message} (${fatal.line}:${fatal.column})`;
        continue;
      }
      result.language = language.name;
      result.parseError = undefined;
      result.coreError = undefined;
      for (const message of messages) {
        if (!message.ruleId?.startsWith(`${namespace}/`)) continue;
        const edits = [...(message.fix ? [{ kind: "fix", fix: message.fix }] : []), ...(message.suggestions ?? []).map((suggestion) => ({ kind: `suggestion ${suggestion.messageId ?? suggestion.desc}`, fix: suggestion.fix }))];
        result.reports.push({ ruleId: message.ruleId, messageId: message.messageId, line: message.line, column: message.column, message: message.message, edits: edits.length });
        for (const edit of edits) {
          for (const problem of checkEdit({ text, language, sourceCode, message, edit: edit.fix })) {
            result.editProblems.push({ file, ruleId: message.ruleId, line: message.line, column: message.column, edit: edit.kind, ...problem });
          }
        }
      }
      break;
    }
    result.ms = Math.round(performance.now() - started);
    return result;
  }

  /**
   * Checks one fix or suggestion (`edit`, a `{ range, text }`) of `message` on `text`: the output
   * parses, no rule throws on it, the same rule no longer reports the same problem at that place,
   * and nothing but the intended text changed: every AST node wholly outside the changed text is
   * still there (same type, same text), every comment survives, the changed text lies within the
   * reported statement or the head of an enclosing function (where `async` goes), and CRLF files
   * get no bare LF line breaks. Returns the problems found ([] when the edit is sound).
   */
  function checkEdit({ text, language, sourceCode, message, edit, ruleConfig }) {
    const problems = [];
    const [start, end] = edit.range;
    const output = text.slice(0, start) + edit.text + text.slice(end);
    const config = ruleConfig ?? { [message.ruleId]: "error" };
    const after = verifyCatching(output, language, config);
    for (const exception of after.exceptions) {
      problems.push({ kind: "throws", detail: `linting the output throws: ${exception.ruleId ?? "(core)"}: ${exception.message}`, output });
    }
    if (!after.messages) return problems;
    const fatal = after.sourceCode ? undefined : after.messages.find((item) => item.fatal);
    if (fatal) {
      problems.push({ kind: "parse", detail: `the output does not parse: ${fatal.message} (${fatal.line}:${fatal.column})`, output });
      return problems;
    }
    const hunks = diffHunks(text, output, start, end, edit.text);

    // The same problem at the same place?
    const startsBefore = lineStarts(text);
    const startsAfter = lineStarts(output);
    const reportedAt = offsetOf(text, message.line, message.column, startsBefore);
    const places = new Set([mapOffset(hunks, reportedAt, "before"), mapOffset(hunks, reportedAt, "after")]);
    for (const item of after.messages) {
      if (item.ruleId !== message.ruleId || item.messageId !== message.messageId) continue;
      if (places.has(offsetOf(output, item.line, item.column, startsAfter))) {
        problems.push({ kind: "still-reported", detail: `still reported at ${item.line}:${item.column}: ${item.message}`, output });
      }
    }

    if (sourceCode && after.sourceCode) {
      // Nodes wholly outside the change are unchanged.
      const survivors = new Set();
      walk(after.sourceCode.ast, after.sourceCode.visitorKeys, (node) => survivors.add(`${node.type}@${node.range[0]}-${node.range[1]}`));
      const missing = [];
      walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
        if (!hunks.every((hunk) => node.range[1] < hunk.start || node.range[0] > hunk.end)) return;
        const key = `${node.type}@${mapOffset(hunks, node.range[0], "after")}-${mapOffset(hunks, node.range[1], "before")}`;
        if (!survivors.has(key)) missing.push(`${node.type} \`${clip(text.slice(node.range[0], node.range[1]))}\``);
      });
      if (missing.length > 0) problems.push({ kind: "structure", detail: `code outside the edit changed meaning: ${missing.slice(0, 3).join(", ")}`, output });

      // Comments survive.
      const left = new Map();
      for (const comment of after.sourceCode.getAllComments()) left.set(comment.value, (left.get(comment.value) ?? 0) + 1);
      for (const comment of sourceCode.getAllComments()) {
        const count = left.get(comment.value) ?? 0;
        if (count === 0) problems.push({ kind: "comments", detail: `drops the comment \`${clip(comment.value)}\``, output });
        left.set(comment.value, count - 1);
      }

      // The change stays where the problem is.
      const allowed = allowedRanges(sourceCode, reportedAt, offsetOf(text, message.endLine ?? message.line, message.endColumn ?? message.column, startsBefore));
      for (const hunk of hunks) {
        if (!allowed.some(([from, to]) => hunk.start >= from && hunk.end <= to)) {
          problems.push({ kind: "outside", detail: `changes text away from the reported statement: \`${clip(text.slice(hunk.start, hunk.end))}\` -> \`${clip(hunk.text)}\` at offset ${hunk.start}`, output });
        }
      }
    }

    // Line endings.
    if (text.includes("\r\n") && !/(?<!\r)\n/.test(text) && /(?<!\r)\n/.test(edit.text)) {
      problems.push({ kind: "eol", detail: "inserts bare LF line breaks into a CRLF file", output });
    }
    return problems;
  }

  return { verify, verifyCatching, lintFile, checkEdit, ruleIds: ours };
}

/** Is the file grammY's own or does it import grammY ("grammy"), does it name it, or neither? */
export function categoryOf(file, text, grammy) {
  if (/(?:^|\/)node_modules\/(?:grammy|@grammyjs\/[^/]+)\/|^(?:grammy|@grammyjs\/[^/]+)\//.test(file)) return "grammy";
  if (!grammy.mentionsGrammy(text)) return "marked";
  for (const match of text.matchAll(/\b(?:from|import|require)\s*\(?\s*["'`]([^"'`\n]+)["'`]/g)) {
    if (grammy.grammyModuleOf(match[1])) return "grammy";
  }
  return "mentions";
}

/**
 * A pseudo-rule that asks the grammY model every question rules may ask, on every node it applies
 * to, ignoring `touchesGrammy`: the recogniser must never throw on any program either.
 */
function recogniserRule(grammy) {
  return {
    meta: { type: "problem", schema: [] },
    create(context) {
      const model = grammy.getGrammyModel(context);
      const onFunction = (node) => {
        model.placeOf(node);
        model.kindOf(node);
      };
      return {
        CallExpression(node) {
          model.promiseCall(node);
          model.registrationTarget(node);
          model.kindOf(node);
          model.identityOf(node.callee);
          model.exportOf(node.callee);
          grammy.pollingStartOf(model, node);
          grammy.signalListenerOf(model, node);
          grammy.errorHandlerInstallOf(model, node);
          for (const argument of node.arguments) {
            grammy.signalNames(model, argument);
            model.kindOf(argument);
          }
        },
        NewExpression(node) {
          model.kindOf(node);
          model.exportOf(node.callee);
        },
        AssignmentExpression(node) {
          grammy.errorHandlerInstallOf(model, node);
          model.kindOf(node.left);
          model.kindOf(node.right);
          model.identityOf(node.left);
        },
        MemberExpression(node) {
          model.kindOf(node);
          model.kindOf(node.object);
          model.exportOf(node);
          model.identityOf(node);
          model.identityOf(node.object);
          grammy.isProcess(model, node.object);
          grammy.isGlobal(model, node.object, "Deno");
        },
        // Not every Identifier: ESLint's getScope() walks up to the nearest scope, so asking about
        // each property name of a 10,000-deep member chain would make the probe itself quadratic.
        // (Plain node types only: esquery's child and field selectors cost more on deep trees.)
        Identifier(node) {
          const parent = node.parent;
          if (parent.type === "VariableDeclarator" || parent.type === "ReturnStatement" || parent.type === "ExpressionStatement" || (isFunctionNode(parent) && parent.params.includes(node))) {
            model.kindOf(node);
            model.identityOf(node);
          }
        },
        "ArrowFunctionExpression, FunctionExpression, FunctionDeclaration": onFunction,
        "Program, BlockStatement, StaticBlock, SwitchCase"(node) {
          // Bounded: runsAfter looks statements up in their list, so keep big lists out.
          const list = node.type === "SwitchCase" ? node.consequent : node.body;
          if (list.length > 200) return;
          for (const statement of list.slice(1)) grammy.runsAfter(statement, list[0]);
        },
      };
    },
  };
}

function isFunctionNode(node) {
  return node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression" || node.type === "FunctionDeclaration";
}

// -------------------------------------------------------------------------------------------------
// Edits

/**
 * The changed stretches between `text` and `output` (= `text` with [start, end) replaced by
 * `replacement`), in `text`'s offsets: a character diff of the replaced stretch, so that a
 * suggestion ESLint merged from several edits (`async` here, `await` there) shows as several hunks.
 */
function diffHunks(text, output, start, end, replacement) {
  const before = text.slice(start, end);
  const after = replacement;
  if (before.length * after.length > 4_000_000) {
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
    return [{ start: start + prefix, end: end - suffix, text: after.slice(prefix, after.length - suffix), delta: after.length - before.length }];
  }
  // Longest common subsequence, then walk it into hunks.
  const n = before.length;
  const m = after.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = before[i] === after[j] ? table[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
    }
  }
  const hunks = [];
  let i = 0;
  let j = 0;
  let open;
  const close = () => {
    if (open) hunks.push({ start: start + open.i, end: start + i, text: after.slice(open.j, j), delta: j - open.j - (i - open.i) });
    open = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j] && table[i * (m + 1) + j] === table[(i + 1) * (m + 1) + j + 1] + 1) {
      close();
      i++;
      j++;
    } else {
      open ??= { i, j };
      if (j < m && (i === n || table[i * (m + 1) + j + 1] >= table[(i + 1) * (m + 1) + j])) j++;
      else i++;
    }
  }
  close();
  return hunks;
}

/** Where an offset of the original text lands in the output ("before"/"after" an insertion there). */
function mapOffset(hunks, offset, side) {
  let delta = 0;
  for (const hunk of hunks) {
    if (offset < hunk.start || (offset === hunk.start && side === "before" && hunk.start === hunk.end)) break;
    if (offset < hunk.end) return hunk.start + delta; // inside a replaced stretch
    delta += hunk.delta;
  }
  return offset + delta;
}

/**
 * Where a fix for the node reported at [from, to] may change text: the statement around it (up to
 * the one that sits in a statement list: `export const h = run(bot);` whole, so that a line can go
 * before it), and the heads of the functions around it (up to the body, where `async` goes).
 */
function allowedRanges(sourceCode, from, to) {
  let reported;
  walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (node.range[0] <= from && node.range[1] >= to && (!reported || node.range[1] - node.range[0] <= reported.range[1] - reported.range[0])) {
      reported = node;
    }
  });
  const ranges = [];
  let statementFound = false;
  const listed = new Set(["Program", "BlockStatement", "StaticBlock", "SwitchCase", "TSModuleBlock"]);
  for (let node = reported; node; node = node.parent) {
    if (!statementFound && (node.type === "Program" || (/Statement$|Declaration$/.test(node.type) && listed.has(node.parent?.type)))) {
      ranges.push(node.range);
      statementFound = true;
    }
    if (/^(?:Arrow)?Function(?:Expression|Declaration)$/.test(node.type)) ranges.push([node.range[0], node.body.range[0]]);
    if (node.type === "MethodDefinition" || node.type === "Property") ranges.push([node.range[0], node.value.range[0]]);
  }
  return ranges;
}

/** Every node of an AST, iteratively (real files nest deeper than the stack allows). */
function walk(ast, visitorKeys, visit) {
  const stack = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    visit(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const value = node[key];
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item.type === "string") stack.push(item);
      } else if (value && typeof value.type === "string") stack.push(value);
    }
  }
}

function clip(text) {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

function ruleIdOf(error) {
  return error?.ruleId ?? /\nRule: "([^"]+)"/.exec(String(error?.message))?.[1];
}

function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0];
}

function lineOf(error) {
  const match = /\nOccurred while linting [^\n]*:(\d+)/.exec(String(error?.message));
  return match ? Number(match[1]) : undefined;
}

function stackOf(error) {
  return String(error?.stack ?? "").split("\n").slice(0, 12).join("\n");
}

// -------------------------------------------------------------------------------------------------
// The summary

/** Totals of a sweep's file results. */
export function summarize(results, ruleIds) {
  const perRule = Object.fromEntries(ruleIds.map((id) => [id, { grammy: 0, mentions: 0, marked: 0 }]));
  const summary = {
    files: results.length,
    linted: 0,
    byCategory: { grammy: 0, mentions: 0, marked: 0 },
    parseErrors: [],
    coreErrors: [],
    ruleExceptions: [],
    timeouts: [],
    editProblems: [],
    perRule,
    grammyReports: [],
    otherReports: [],
    lintMs: 0,
    slowest: [],
  };
  for (const result of results) {
    summary.byCategory[result.category] = (summary.byCategory[result.category] ?? 0) + 1;
    summary.lintMs += result.ms;
    if (result.timeout) summary.timeouts.push(result.file);
    if (result.language) summary.linted++;
    else if (result.parseError) summary.parseErrors.push(`${result.file}: ${result.parseError}`);
    if (result.coreError && !result.language) summary.coreErrors.push(`${result.file}: ${result.coreError}`);
    summary.ruleExceptions.push(...result.exceptions);
    summary.editProblems.push(...result.editProblems);
    for (const report of result.reports) {
      const counts = (perRule[report.ruleId] ??= { grammy: 0, mentions: 0, marked: 0 });
      counts[result.category]++;
      const line = `${result.file}:${report.line}:${report.column} ${report.ruleId} ${report.message}`;
      (result.category === "grammy" ? summary.grammyReports : summary.otherReports).push(line);
    }
  }
  summary.slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 8).map((result) => `${result.file} ${result.ms} ms`);
  return summary;
}

function formatSummary(summary, { wallMs, workers }) {
  const lines = [];
  const list = (title, items, limit = 40) => {
    lines.push(`${title}: ${items.length}`);
    for (const item of items.slice(0, limit)) lines.push(`  ${String(item).replace(/\n/g, "\n    ")}`);
    if (items.length > limit) lines.push(`  ... ${items.length - limit} more (see the JSON report)`);
  };
  lines.push(`files: ${summary.files} (grammY's own or importing it: ${summary.byCategory.grammy}, naming it: ${summary.byCategory.mentions}, marked: ${summary.byCategory.marked}); linted: ${summary.linted}`);
  list("parse errors (not ours)", summary.parseErrors, 15);
  list("ESLint/parser exceptions (not ours)", summary.coreErrors, 15);
  list("RULE EXCEPTIONS (ours, must be 0)", summary.ruleExceptions.map((e) => `${e.ruleId} in ${e.file}${e.line ? `:${e.line}` : ""}: ${e.message}\n${e.stack}`));
  list("TIMEOUTS (must be 0)", summary.timeouts);
  list("BROKEN FIXES/SUGGESTIONS (ours, must be 0)", summary.editProblems.map((p) => `${p.file}:${p.line}:${p.column} ${p.ruleId} ${p.edit} [${p.kind}] ${p.detail}`));
  lines.push("reports per rule (grammY files / files naming grammY / marked files):");
  for (const [id, counts] of Object.entries(summary.perRule)) lines.push(`  ${id}: ${counts.grammy} / ${counts.mentions} / ${counts.marked}`);
  list("reports in grammY's own files and files importing grammY (review)", summary.grammyReports, 200);
  list("reports in other files (would-be false positives: review)", summary.otherReports, 100);
  lines.push(`slowest files: ${summary.slowest.join(", ")}`);
  lines.push(`time: ${(wallMs / 1000).toFixed(1)} s wall, ${(summary.lintMs / 1000).toFixed(1)} s of linting over ${workers} worker(s)`);
  return lines.join("\n");
}

// -------------------------------------------------------------------------------------------------
// The command

function loadBuilt() {
  const require = createRequire(import.meta.url);
  const plugin = require(path.join(root, "dist", "index.js"));
  const grammy = require(path.join(root, "dist", "grammy", "index.js"));
  return { rules: plugin.rules, namespace: plugin.meta.namespace, grammy };
}

function parseArgs(argv) {
  const args = { ci: false, workers: Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8)), timeout: 300, probe: true, json: path.join(root, ".sweep", "report.json") };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--ci") args.ci = true;
    else if (arg === "--no-probe") args.probe = false;
    else if (arg === "--workers") args.workers = Number(argv[++index]);
    else if (arg === "--timeout") args.timeout = Number(argv[++index]);
    else if (arg === "--json") args.json = path.resolve(argv[++index]);
    else throw new Error(`unknown argument ${arg}`);
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dir = path.join(root, "node_modules");
  const all = listSourceFiles(dir);
  const files = (args.ci ? ciSlice(all) : all).map((file) => ({ file, size: statSync(path.join(dir, file)).size }));
  files.sort((a, b) => b.size - a.size); // big ones first: the pool finishes together
  const { rules, namespace } = loadBuilt();
  const ruleIds = Object.keys(rules).map((name) => `${namespace}/${name}`);
  console.log(`sweep${args.ci ? " (CI slice)" : ""}: ${files.length} files under node_modules, rules: ${Object.keys(rules).join(", ") || "(none registered)"}${args.probe ? ", recogniser probe" : ""}`);
  const started = performance.now();
  const results = [];
  let next = 0;
  let done = 0;

  await new Promise((resolve) => {
    const spawn = () => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { probe: args.probe } });
      const slot = { worker, file: undefined, since: 0 };
      const feed = () => {
        if (next >= files.length) {
          slot.file = undefined;
          void worker.terminate();
          return;
        }
        slot.file = files[next++].file;
        slot.since = performance.now();
        worker.postMessage(path.join(dir, slot.file));
      };
      worker.on("message", (result) => {
        results.push({ ...result, file: slot.file });
        done++;
        if (done % 500 === 0) console.log(`  ${done}/${files.length} files`);
        if (done === files.length) resolve();
        feed();
      });
      worker.on("error", (error) => {
        // The worker died on this file (out of memory, a crash in a native parser): record it, go on.
        results.push({ file: slot.file, bytes: 0, category: "marked", exceptions: [{ ruleId: undefined, file: slot.file, message: `worker died: ${error.message}`, stack: "" }], reports: [], editProblems: [], ms: 0, coreError: `worker died: ${error.message}` });
        done++;
        if (done === files.length) resolve();
        else replace(slot);
      });
      slot.feed = feed;
      slots.push(slot);
      feed();
      return slot;
    };
    const replace = (slot) => {
      slots.splice(slots.indexOf(slot), 1);
      if (next < files.length) spawn();
    };
    const slots = [];
    for (let index = 0; index < Math.min(args.workers, files.length); index++) spawn();
    if (files.length === 0) resolve();
    const watchdog = setInterval(() => {
      for (const slot of [...slots]) {
        if (slot.file && performance.now() - slot.since > args.timeout * 1000) {
          results.push({ file: slot.file, bytes: 0, category: "marked", timeout: true, exceptions: [], reports: [], editProblems: [], ms: args.timeout * 1000 });
          slot.file = undefined;
          slot.worker.removeAllListeners();
          void slot.worker.terminate();
          done++;
          if (done === files.length) resolve();
          else replace(slot);
        }
      }
      if (done === files.length) clearInterval(watchdog);
    }, 1000);
    watchdog.unref();
  });

  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const wallMs = performance.now() - started;
  const summary = summarize(results, ruleIds);
  console.log(formatSummary(summary, { wallMs, workers: args.workers }));

  // The control group: the repository's example bots, broken ones included, through the same
  // sweeper. Reports here show the rules were live; exceptions or broken edits count as failures.
  const control = createSweeper({ ...loadBuilt(), probe: args.probe });
  const examples = path.join(root, "examples");
  const controlResults = readdirSync(examples)
    .filter((file) => sweepExtensions.some((extension) => file.endsWith(extension)))
    .sort()
    .map((file) => control.lintFile(`examples/${file}`, readFileSync(path.join(examples, file), "utf8"), path.join(examples, file)));
  const controlSummary = summarize(controlResults, ruleIds);
  console.log(
    `control (examples/, the rules must be live): ${controlResults.length} files, ${controlSummary.grammyReports.length + controlSummary.otherReports.length} reports, ` +
      `${controlSummary.ruleExceptions.length} rule exceptions, ${controlSummary.editProblems.length} broken fixes/suggestions, ${controlSummary.parseErrors.length} parse errors`,
  );
  summary.ruleExceptions.push(...controlSummary.ruleExceptions);
  summary.editProblems.push(...controlSummary.editProblems);
  mkdirSync(path.dirname(args.json), { recursive: true });
  writeFileSync(args.json, `${JSON.stringify({ ...summary, wallMs: Math.round(wallMs), results: results.filter((r) => r.reports.length || r.exceptions.length || r.editProblems.length || r.timeout) }, null, 2)}\n`);
  console.log(`JSON report: ${path.relative(process.cwd(), args.json)}`);
  const failed = summary.ruleExceptions.length + summary.timeouts.length + summary.editProblems.length;
  process.exitCode = failed > 0 ? 1 : 0;
}

if (!isMainThread && workerData && parentPort) {
  const sweeper = createSweeper({ ...loadBuilt(), probe: workerData.probe });
  parentPort.on("message", (file) => {
    const text = readFileSync(file, "utf8");
    const result = sweeper.lintFile(path.relative(path.join(root, "node_modules"), file).split(path.sep).join("/"), text, file);
    parentPort.postMessage(result);
  });
} else if (isMainThread && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}

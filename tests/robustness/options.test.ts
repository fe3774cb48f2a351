import { ESLint, Linter } from "eslint";
import { describe, expect, it } from "vitest";

import { plugin } from "../../src/plugin";
import { rules } from "../../src/rules";

const namespace = plugin.meta.namespace;

/** The parts of JSON Schema that rule option schemas use. */
interface Schema {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly minItems?: number;
  readonly uniqueItems?: boolean;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
}
const code = 'import { Bot } from "grammy";\nconst bot = new Bot("t");\nawait bot.start();\n';

/** Lints `code` with one rule configured as `["error", ...options]` through real ESLint 10's Linter. */
function lintWith(ruleName: string, options: readonly unknown[]): Linter.LintMessage[] {
  return new Linter({ configType: "flat" }).verify(
    code,
    [{ files: ["**/*.js"], plugins: { [namespace]: plugin as never }, rules: { [`${namespace}/${ruleName}`]: ["error", ...options] as Linter.RuleEntry } }],
    "bot.js",
  );
}

/** ESLint 10's standard rejection of a rule's options in a config: thrown, naming the rule. */
function rejection(ruleName: string, options: readonly unknown[]): string | undefined {
  try {
    lintWith(ruleName, options);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

type Invalid = readonly [description: string, options: readonly unknown[], because: RegExp];

const wrongTypes: Readonly<Record<string, readonly unknown[]>> = {
  object: ["a string", 42, true, null, []],
  array: ["SIGINT", 1, {}, null, true],
  string: [1, true, null, {}, []],
  boolean: ["yes", 1, null, {}, []],
  number: ["1", true, null, {}, []],
  integer: [1.5, "1", null],
};

/**
 * Invalid option values derived from a rule's schema: a wrong type for each option and each
 * property, an unknown key in each object, an empty array where `minItems` forbids it, array
 * items of the wrong type, duplicates where `uniqueItems`, a string outside `enum`/`pattern`, and
 * one option more than the schema has.
 */
function invalidOptions(schema: readonly Schema[], defaults: readonly unknown[]): Invalid[] {
  const found: Invalid[] = [];
  const withOption = (index: number, value: unknown): unknown[] => schema.map((_, at) => (at === index ? value : defaults[at] ?? {}));
  schema.forEach((option, index) => {
    for (const [description, value] of invalidValues(option, `option ${index}`)) {
      found.push([description, withOption(index, value.value), value.because]);
    }
  });
  found.push(["one option more than the schema has", [...schema.map((_, at) => defaults[at] ?? {}), {}], /should NOT have more than \d+ items?/]);
  return found;
}

function invalidValues(schema: Schema, where: string): [string, { value: unknown; because: RegExp }][] {
  const found: [string, { value: unknown; because: RegExp }][] = [];
  const type = schema.type;
  for (const value of type ? (wrongTypes[type] ?? []) : []) {
    found.push([`${where}: ${JSON.stringify(value)} instead of ${type ?? "?"}`, { value, because: new RegExp(`should be ${type ?? ""}`) }]);
  }
  if (type === "object") {
    // Each broken in an otherwise valid object (its required properties given).
    const valid = exampleOf(schema) as Record<string, unknown>;
    found.push([`${where}: an unknown key`, { value: { ...valid, notAnOption: true }, because: /should NOT have additional properties/ }]);
    for (const key of schema.required ?? []) {
      const rest = Object.fromEntries(Object.entries(valid).filter(([name]) => name !== key));
      found.push([`${where}: no ${key}`, { value: rest, because: new RegExp(`should have required property '${key}'`) }]);
    }
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      for (const [description, invalid] of invalidValues(property, `${where}.${key}`)) {
        found.push([description, { value: { ...valid, [key]: invalid.value }, because: invalid.because }]);
      }
    }
  }
  if (type === "array") {
    const items = schema.items;
    if (typeof schema.minItems === "number" && schema.minItems > 0) {
      found.push([`${where}: an empty list`, { value: [], because: /should NOT have fewer than \d+ items?/ }]);
    }
    if (items) {
      const valid = exampleOf(items);
      for (const [description, invalid] of invalidValues(items, `${where}[0]`)) {
        found.push([description, { value: [invalid.value], because: invalid.because }]);
      }
      if (schema.uniqueItems && valid !== undefined) {
        found.push([`${where}: a duplicate`, { value: [valid, valid], because: /should NOT have duplicate items/ }]);
      }
    }
  }
  if (type === "string" && schema.enum) {
    found.push([`${where}: a value outside the enum`, { value: "not-a-choice", because: /should be equal to one of the allowed values/ }]);
  }
  if (type === "string" && typeof schema.pattern === "string") {
    found.push([`${where}: a string not matching ${schema.pattern}`, { value: "sigint", because: /should match pattern/ }]);
  }
  return found;
}

/** A valid value for a schema, when one is easy to give (objects: their required properties). */
function exampleOf(schema: Schema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.type === "object") {
    const required = schema.required ?? [];
    return Object.fromEntries(required.map((key) => [key, exampleOf(schema.properties?.[key] ?? {})]));
  }
  if (schema.type === "string") return typeof schema.pattern === "string" && schema.pattern.includes("SIG") ? "SIGINT" : "x";
  if (schema.type === "boolean") return true;
  if (schema.type === "number" || schema.type === "integer") return 1;
  return undefined;
}

const schemaOf = (ruleName: string): Schema[] => {
  const schema = rules[ruleName]?.meta.schema;
  return Array.isArray(schema) ? (schema as Schema[]) : schema ? [schema as Schema] : [];
};

describe.each(Object.keys(rules).sort())("%s", (ruleName) => {
  const schema = schemaOf(ruleName);
  const defaults = rules[ruleName]?.meta.defaultOptions ?? [];
  const invalid = invalidOptions(schema, defaults);

  it("accepts no options and its own defaults", () => {
    expect(rejection(ruleName, [])).toBeUndefined();
    expect(rejection(ruleName, defaults)).toBeUndefined();
    expect(lintWith(ruleName, defaults).filter((message) => message.fatal)).toEqual([]);
  });

  it.each(invalid)("rejects %s", (_, options, because) => {
    const message = rejection(ruleName, options);
    expect(message, `options ${JSON.stringify(options)} were accepted`).toBeDefined();
    expect(message).toMatch(new RegExp(`^Key "rules": Key "${namespace}/${ruleName}":\\n\\tValue `));
    expect(message).toMatch(because);
  });

  it("rejects invalid options in an inline config comment with ESLint's message", () => {
    const [first] = invalid;
    if (!first) return;
    const [, options] = first;
    const messages = new Linter({ configType: "flat" }).verify(
      `/* eslint ${namespace}/${ruleName}: ${JSON.stringify(["error", ...options])} */\n${code}`,
      [{ files: ["**/*.js"], plugins: { [namespace]: plugin as never } }],
      "bot.js",
    );
    expect(messages.map((message) => message.message)).toContainEqual(
      expect.stringMatching(new RegExp(`^Inline configuration for rule "${namespace}/${ruleName}" is invalid:\\n\\tValue `)),
    );
  });
});

describe("the options the issue names, through the ESLint class", () => {
  const cases: readonly (readonly [string, string, readonly unknown[], RegExp])[] = [
    ["require-signal-handlers", "an empty signal list", [{ signals: [] }], /should NOT have fewer than 1 items/],
    ["require-signal-handlers", "a signal name that is not a string", [{ signals: [15] }], /should be string/],
    ["require-signal-handlers", "a signal list that is a string", [{ signals: "SIGINT" }], /should be array/],
    ["require-signal-handlers", "an unknown key", [{ signal: ["SIGINT"] }], /should NOT have additional properties/],
    ["require-signal-handlers", "options that are not an object", ["SIGINT"], /should be object/],
    ["no-floating-promises", "ignoreVoid that is not a boolean", [{ ignoreVoid: "yes" }], /should be boolean/],
    ["no-floating-promises", "an unknown key", [{ ignoreVoids: true }], /should NOT have additional properties/],
    // The first few schema-derived invalid values of every rule, through the ESLint class too.
    ...Object.keys(rules)
      .sort()
      .flatMap((ruleName) =>
        invalidOptions(schemaOf(ruleName), rules[ruleName]?.meta.defaultOptions ?? [])
          .slice(0, 3)
          .map(([description, options, because]) => [ruleName, description, options, because] as const),
      ),
  ];

  it.each(cases)("%s: %s", async (ruleName, _, options, because) => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [{ plugins: { [namespace]: plugin as never }, rules: { [`${namespace}/${ruleName}`]: ["error", ...options] as Linter.RuleEntry } }],
    });
    await expect(eslint.lintText(code, { filePath: "bot.js" })).rejects.toThrow(
      new RegExp(`Key "rules": Key "${namespace}/${ruleName}":\\n\\tValue [^\\n]*${because.source}`),
    );
  });
});

describe("valid but unusual options never make a rule throw", () => {
  const bot = `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
import { setup } from "./local";
const bot = new Bot("t");
setup(bot);
bot.on("message", (ctx) => { void ctx.reply("x"); ctx.reply("y"); });
process.once("SIGHUP", () => bot.stop());
const runner = run(bot);
runner.stop();
await bot.start();
`;
  const cases: readonly (readonly [string, readonly unknown[]])[] = [
    ["no-floating-promises", [{ ignoreVoid: true }]],
    ["no-floating-promises", [{}]],
    ["require-signal-handlers", [{ signals: ["SIGHUP"] }]],
    ["require-signal-handlers", [{ signals: ["SIGINT", "SIGTERM", "SIGQUIT", "SIGHUP", "SIGUSR2", "SIGBREAK"] }]],
    ["require-signal-handlers", [{ shutdownHelpers: [{ module: "./local", name: "setup" }, { module: "grammy", name: "default" }] }]],
    ["require-error-handler", [{ errorHandlerHelpers: [{ module: "./local", name: "setup" }, { module: "", name: "" }] }]],
    ["require-error-handler", [{ errorHandlerHelpers: [] }]],
  ];

  it.each(cases)("%s %j", (ruleName, options) => {
    if (!(ruleName in rules)) throw new Error(`no rule ${ruleName}`);
    expect(rejection(ruleName, options)).toBeUndefined();
    const messages = new Linter({ configType: "flat" }).verify(
      bot,
      [{ files: ["**/*.js"], plugins: { [namespace]: plugin as never }, rules: { [`${namespace}/${ruleName}`]: ["error", ...options] as Linter.RuleEntry } }],
      "bot.js",
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  });
});

// The project view's file-system questions (src/grammy/project/): which grammY project a file
// belongs to, and which project files import it. Every case builds its own project in a fresh
// temporary folder, written completely before the first question (the answers are cached).

import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { importedByGrammyCode, importersOf, maxProjectFiles } from "../../src/grammy/project/importers";
import { grammyProjectOf } from "../../src/grammy/project/root";

const grammyManifest = '{ "private": true, "dependencies": { "grammy": "1.46.0" } }\n';

const made: string[] = [];
afterAll(() => {
  for (const directory of made) rmSync(directory, { recursive: true, force: true });
});

/** A fresh folder holding `files` (path relative to it -> text); returns its real path. */
function project(files: Readonly<Record<string, string>>): string {
  const directory = realpathSync(mkdtempSync(path.join(os.tmpdir(), "grammy-project-")));
  made.push(directory);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), text);
  }
  return directory;
}

const sorted = (files: readonly string[]): string[] => [...files].sort();

describe("grammyProjectOf", () => {
  it("is the folder of a package.json that depends on grammY", () => {
    const root = project({ "package.json": grammyManifest, "src/bot.ts": "" });
    expect(grammyProjectOf(path.join(root, "src/bot.ts"))).toEqual({ directory: root });
  });

  it.each([
    ["devDependencies", '{ "devDependencies": { "grammy": "1.46.0" } }'],
    ["peerDependencies", '{ "peerDependencies": { "grammy": "^1.0.0" } }'],
    ["optionalDependencies", '{ "optionalDependencies": { "grammy": "1.46.0" } }'],
    ["a @grammyjs/* package", '{ "dependencies": { "@grammyjs/runner": "2.0.3" } }'],
  ])("counts %s", (_, manifest) => {
    const root = project({ "package.json": manifest, "bot.ts": "" });
    expect(grammyProjectOf(path.join(root, "bot.ts"))).toEqual({ directory: root });
  });

  it.each([
    ["another dependency", '{ "dependencies": { "express": "4.21.2" } }'],
    ["grammY only in the description", '{ "description": "not a grammy bot", "dependencies": { "grammy-like": "1.0.0" } }'],
    ["no dependencies", "{}"],
  ])("is undefined for a package.json with %s", (_, manifest) => {
    const root = project({ "package.json": manifest, "bot.ts": "" });
    expect(grammyProjectOf(path.join(root, "bot.ts"))).toBeUndefined();
  });

  it("the nearest manifest that depends on grammY wins (a bot package of a monorepo)", () => {
    const root = project({
      "package.json": grammyManifest,
      "packages/bot/package.json": grammyManifest,
      "packages/bot/src/main.ts": "",
    });
    expect(grammyProjectOf(path.join(root, "packages/bot/src/main.ts"))).toEqual({ directory: path.join(root, "packages/bot") });
  });

  it("the nearest manifest decides: one without grammY ends the search, a grammY manifest above does not count", () => {
    const root = project({
      "package.json": grammyManifest,
      "packages/util/package.json": '{ "name": "util", "dependencies": { "zod": "3.0.0" } }',
      "packages/util/src/index.ts": "",
      "packages/bot/src/main.ts": "",
    });
    expect(grammyProjectOf(path.join(root, "packages/util/src/index.ts"))).toBeUndefined();
    expect(grammyProjectOf(path.join(root, "packages/bot/src/main.ts"))).toEqual({ directory: root });
  });

  it("a broken package.json does not throw, and makes no grammY project", () => {
    const root = project({
      "package.json": grammyManifest,
      "broken/package.json": '{ "dependencies": { "grammy": ',
      "broken/bot.ts": "",
    });
    expect(() => grammyProjectOf(path.join(root, "broken/bot.ts"))).not.toThrow();
    expect(grammyProjectOf(path.join(root, "broken/bot.ts"))).toBeUndefined();
  });

  it("does not climb out of node_modules into the project that installed a package", () => {
    const root = project({
      "package.json": grammyManifest,
      "node_modules/some-lib/lib/index.js": "",
    });
    expect(grammyProjectOf(path.join(root, "node_modules/some-lib/lib/index.js"))).toBeUndefined();
  });

  it.each([
    ["deno.json with an import map entry for grammY", { "deno.json": '{ "imports": { "grammy": "npm:grammy@1.46.0" } }' }],
    [
      "deno.jsonc with comments",
      { "deno.jsonc": '{\n  // the bot\n  "imports": { "grammy/": "https://deno.land/x/grammy@v1.46.0/" }\n}' },
    ],
    [
      "deno.json naming an import map whose alias hides grammY",
      {
        "deno.json": '{ "importMap": "./import_map.json" }',
        "import_map.json": '{ "imports": { "tg/": "https://deno.land/x/grammy@v1.46.0/" } }',
      },
    ],
  ])("counts a %s", (_, manifests) => {
    const root = project({ ...manifests, "src/main.ts": "" });
    expect(grammyProjectOf(path.join(root, "src/main.ts"))).toEqual({ directory: root });
  });

  it("is undefined for a deno.json that maps no grammY, for a file that does not lead to grammY", () => {
    const root = project({ "deno.json": '{ "imports": { "oak": "jsr:@oak/oak@17" } }', "main.ts": "" });
    expect(grammyProjectOf(path.join(root, "main.ts"))).toBeUndefined();
  });

  it("a Deno config that maps no grammY is the project of the files that import grammY by URL, directly or through deps.ts", () => {
    const root = project({
      "deno.jsonc": '{ "tasks": { "start": "deno run main.ts" } }',
      "deps.ts": 'export { Bot } from "https://deno.land/x/grammy@v1.46.0/mod.ts";\n',
      "main.ts": 'import { Bot } from "./deps.ts";\n',
      "direct.ts": 'import { Bot } from "https://deno.land/x/grammy@v1.46.0/mod.ts";\n',
      "util.ts": "export const answer = 42;\n",
    });
    expect(grammyProjectOf(path.join(root, "main.ts"))).toEqual({ directory: root });
    expect(grammyProjectOf(path.join(root, "direct.ts"))).toEqual({ directory: root });
    expect(grammyProjectOf(path.join(root, "util.ts"))).toBeUndefined();
  });

  it("a package.json without grammY beside no Deno config is still no project, whatever the file imports", () => {
    const root = project({
      "package.json": '{ "dependencies": { "express": "4.21.2" } }',
      "main.ts": 'import { Bot } from "https://deno.land/x/grammy@v1.46.0/mod.ts";\n',
    });
    expect(grammyProjectOf(path.join(root, "main.ts"))).toBeUndefined();
  });

  it("a file with no manifest above it belongs to no project, even when it imports grammY", () => {
    const root = project({ "main.ts": 'import { Bot } from "https://deno.land/x/grammy@v1.46.0/mod.ts";\n' });
    expect(grammyProjectOf(path.join(root, "main.ts"))).toBeUndefined();
  });
});

describe("importersOf", () => {
  it("finds relative imports, re-exports and require() calls", () => {
    const root = project({
      "package.json": grammyManifest,
      "src/bot.ts": 'import { Bot } from "grammy";\nimport { start } from "./start.js";\n',
      "src/handlers/index.ts": 'export * from "../start";\n',
      "src/lazy.ts": 'export const load = () => import("./start.js");\n',
      "src/legacy.cjs": 'const { start } = require("./start");\n',
      "src/unrelated.ts": 'import { other } from "./other.js";\n',
      "src/other.ts": "export const other = 1;\n",
      "src/start.ts": "export function start(ctx) {}\n",
    });
    const at = (file: string): string => path.join(root, "src", file);
    expect(sorted(importersOf(at("start.ts")))).toEqual(sorted([at("bot.ts"), at("handlers/index.ts"), at("lazy.ts"), at("legacy.cjs")]));
    expect(importersOf(at("other.ts"))).toEqual([at("unrelated.ts")]);
    expect(importersOf(at("bot.ts"))).toEqual([]);
  });

  it("is empty outside a grammY project", () => {
    const root = project({
      "package.json": '{ "dependencies": { "express": "4.21.2" } }',
      "bot.ts": 'import { Bot } from "grammy";\nimport { start } from "./start.js";\n',
      "start.ts": "export function start(ctx) {}\n",
    });
    expect(importersOf(path.join(root, "start.ts"))).toEqual([]);
  });

  it("skips node_modules, build output and hidden folders", () => {
    const root = project({
      "package.json": grammyManifest,
      "start.ts": "export function start(ctx) {}\n",
      "bot.ts": 'import { start } from "./start.js";\n',
      "dist/bot.js": 'const { start } = require("../start");\n',
      "node_modules/x/index.js": 'require("../../start");\n',
      ".cache/bot.ts": 'import { start } from "../start.js";\n',
    });
    expect(importersOf(path.join(root, "start.ts"))).toEqual([path.join(root, "bot.ts")]);
  });

  it("skips build output only beside a manifest: deeper down, `out/` and `build/` are the project's own", () => {
    const root = project({
      "package.json": grammyManifest,
      "src/start.ts": "export function start(ctx) {}\n",
      "src/infra/out/sender.ts": 'import { start } from "../../start.js";\n',
      "src/build/steps.ts": 'import { start } from "../start.js";\n',
      "out/bot.js": 'const { start } = require("../src/start");\n',
      "packages/app/package.json": "{}",
      "packages/app/build/bot.js": 'require("../../../src/start");\n',
    });
    const at = (file: string): string => path.join(root, file);
    expect(sorted(importersOf(at("src/start.ts")))).toEqual(sorted([at("src/infra/out/sender.ts"), at("src/build/steps.ts")]));
  });

  it(`gives no importers in a project of more than maxProjectFiles (${maxProjectFiles}) files`, () => {
    const files = (count: number): Record<string, string> => {
      const fillers = Object.fromEntries(Array.from({ length: count - 2 }, (_, index) => [`filler/f${index}.ts`, ""]));
      return {
        ...fillers,
        "package.json": grammyManifest,
        "bot.ts": 'import { start } from "./start.js";\n',
        "start.ts": "export function start(ctx) {}\n",
      };
    };
    const atLimit = project(files(maxProjectFiles));
    const overLimit = project(files(maxProjectFiles + 1));
    expect(importersOf(path.join(atLimit, "start.ts"))).toEqual([path.join(atLimit, "bot.ts")]);
    expect(importersOf(path.join(overLimit, "start.ts"))).toEqual([]);
  });

  it("a symbolic link that loops back to an outer folder does not hang the walk", () => {
    const root = project({
      "package.json": grammyManifest,
      "src/bot.ts": 'import { start } from "./start.js";\n',
      "src/start.ts": "export function start(ctx) {}\n",
    });
    symlinkSync(root, path.join(root, "src/loop"), "dir");
    symlinkSync(path.join(root, "src"), path.join(root, "src/again"), "dir");
    const started = Date.now();
    expect(importersOf(path.join(root, "src/start.ts"))).toEqual([path.join(root, "src/bot.ts")]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("importedByGrammyCode", () => {
  const files = {
    "package.json": grammyManifest,
    "bot.ts":
      'import { Bot } from "grammy";\nimport { help } from "./handlers/index.js";\nimport { start } from "./start.js";\n' +
      'const bot = new Bot("");\nbot.command("start", start);\nbot.command("help", help);\n',
    "start.ts": "export function start(ctx) {}\n",
    "handlers/index.ts": 'export * from "./help.js";\n',
    "handlers/help.ts": "export function help(ctx) {}\n",
    "main.ts": 'import { bot } from "./setup.js";\nimport { later } from "./later.js";\nbot.on("message", (ctx) => later(ctx));\n',
    "setup.ts": 'import { Bot } from "grammy";\nexport const bot = new Bot("");\n',
    "later.ts": "export function later(ctx) {}\n",
    "report.ts": 'import { sum } from "./math.js";\nconsole.log(sum(1, 2));\n',
    "math.ts": "export const sum = (a, b) => a + b;\n",
    "orphan.ts": "export function orphan(ctx) {}\n",
  };

  it("a module imported by a module that names grammY", () => {
    const root = project(files);
    expect(importedByGrammyCode(path.join(root, "start.ts"))).toBe(true);
  });

  it("through a barrel (export * from)", () => {
    const root = project(files);
    expect(importedByGrammyCode(path.join(root, "handlers/help.ts"))).toBe(true);
  });

  it("a module imported by one whose imports lead to grammY", () => {
    const root = project(files);
    expect(importedByGrammyCode(path.join(root, "later.ts"))).toBe(true);
  });

  it("not a module imported only by code without grammY, nor one nobody imports", () => {
    const root = project(files);
    expect(importedByGrammyCode(path.join(root, "math.ts"))).toBe(false);
    expect(importedByGrammyCode(path.join(root, "orphan.ts"))).toBe(false);
  });

  it("not outside a grammY project", () => {
    const root = project({ ...files, "package.json": '{ "dependencies": { "express": "4.21.2" } }' });
    expect(importedByGrammyCode(path.join(root, "start.ts"))).toBe(false);
  });

  it("an import cycle without grammY ends", () => {
    const root = project({
      "package.json": grammyManifest,
      "a.ts": 'import { b } from "./b.js";\nexport const a = 1;\n',
      "b.ts": 'import { a } from "./a.js";\nexport const b = 2;\n',
    });
    expect(importedByGrammyCode(path.join(root, "a.ts"))).toBe(false);
  });

  it("not a module that grammY code only calls with literals, or imports and never uses", () => {
    const root = project({
      "package.json": grammyManifest,
      "bot.ts":
        'import { Bot } from "grammy";\nimport { price } from "./price.js";\nimport { unused } from "./unused.js";\n' +
        'import type { Shape } from "./shape.js";\nimport { load } from "./store.js";\nconst bot = new Bot("");\n' +
        'bot.command("price", async (ctx) => {\n  price(String(ctx.chat.id), 2, "EUR", `total`);\n  await load();\n  await ctx.reply("ok");\n});\n',
      "price.ts": "export function price(id, amount, currency, label) { return label + amount + currency + id; }\n",
      "unused.ts": "export function unused(ctx) {}\n",
      "shape.ts": "export interface Shape { ctx: unknown }\n",
      "store.ts": "export async function load() {}\n",
    });
    for (const name of ["price.ts", "unused.ts", "shape.ts", "store.ts"]) {
      expect(importedByGrammyCode(path.join(root, name)), name).toBe(false);
    }
  });

  it("a module grammY code hands something: a reference, a variable, a member, a re-export, a result", () => {
    const root = project({
      "package.json": grammyManifest,
      "bot.ts":
        'import { Bot } from "grammy";\nimport { onStart } from "./reference.js";\nimport { greet } from "./variable.js";\n' +
        'import * as menus from "./namespace.js";\nimport makeMenu from "./result.js";\nimport { send } from "./template.js";\n' +
        'export { wrap } from "./reexport.js";\nconst { helper } = require("./required.js");\nrequire("./called.js")(bot);\n' +
        'const bot = new Bot("");\nbot.command("start", onStart);\nbot.on("message", (ctx) => greet(ctx));\n' +
        'bot.use(menus.main);\nbot.use(makeMenu("main"));\nsend(`hi ${bot.botInfo.id}`);\nhelper(bot, "x");\n' +
        // Kept results: an instance or a value made with literals may come back as a handler.
        'import { Errors } from "./instance.js";\nimport { make } from "./kept.js";\nconst errors = new Errors();\n' +
        'bot.catch(errors.handler());\nconst typing = make("typing");\nbot.use(typing);\n',
      "reference.ts": "export function onStart(ctx) {}\n",
      "variable.ts": "export function greet(ctx) {}\n",
      "namespace.ts": "export const main = (ctx) => ctx.reply('menu');\n",
      "result.ts": "export default function makeMenu(name) { return (ctx) => ctx.reply(name); }\n",
      "template.ts": "export function send(text) {}\n",
      "reexport.ts": "export function wrap(ctx) {}\n",
      "required.ts": "exports.helper = (bot, name) => {};\n",
      "called.ts": "module.exports = (bot) => {};\n",
      "instance.ts": "export class Errors { handler() { return (err) => err.ctx.reply('x'); } }\n",
      "kept.ts": "export function make(action) { return (ctx) => ctx.replyWithChatAction(action); }\n",
    });
    const names = ["reference.ts", "variable.ts", "namespace.ts", "result.ts", "template.ts", "reexport.ts", "required.ts", "called.ts"];
    for (const name of [...names, "instance.ts", "kept.ts"]) {
      expect(importedByGrammyCode(path.join(root, name)), name).toBe(true);
    }
  });

  it("through modules handed something in turn, not through one only called with literals", () => {
    const root = project({
      "package.json": grammyManifest,
      "bot.ts":
        'import { Bot } from "grammy";\nimport { onStart } from "./handlers.js";\nimport { stats } from "./stats.js";\n' +
        'const bot = new Bot("");\nbot.command("start", onStart);\nstats("start");\n',
      "handlers.ts": 'import { greet } from "./greet.js";\nexport function onStart(ctx) {\n  greet(ctx);\n}\n',
      "greet.ts": "export function greet(ctx) {}\n",
      "stats.ts": 'import { count } from "./count.js";\nexport function stats(name) {\n  count(name);\n}\n',
      "count.ts": "export function count(name) {}\n",
    });
    expect(importedByGrammyCode(path.join(root, "handlers.ts"))).toBe(true);
    expect(importedByGrammyCode(path.join(root, "greet.ts"))).toBe(true);
    expect(importedByGrammyCode(path.join(root, "stats.ts"))).toBe(false);
    expect(importedByGrammyCode(path.join(root, "count.ts"))).toBe(false);
  });

  it("gives the same answers whichever file asks first", () => {
    const files = {
      "package.json": grammyManifest,
      "bot.ts": 'import { Bot } from "grammy";\nimport { onStart } from "./a.js";\nconst bot = new Bot("");\nbot.command("start", onStart);\n',
      "a.ts": 'import { b } from "./b.js";\nexport function onStart(ctx) {\n  b(ctx);\n}\n',
      "b.ts": 'import { c } from "./c.js";\nexport function b(ctx) {\n  c(ctx);\n}\n',
      "c.ts": 'import { onStart } from "./a.js";\nexport function c(ctx) {\n  onStart(ctx);\n}\n',
    };
    const forward = project(files);
    const backward = project(files);
    const names = ["a.ts", "b.ts", "c.ts"];
    const answers = (root: string, order: readonly string[]): Record<string, boolean> =>
      Object.fromEntries(order.map((name) => [name, importedByGrammyCode(path.join(root, name))]));
    expect(answers(backward, [...names].reverse())).toEqual(answers(forward, names));
    expect(answers(forward, names)).toEqual({ "a.ts": true, "b.ts": true, "c.ts": true });
  });
});

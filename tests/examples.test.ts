// The README's first command, `npm run examples`: it lints the example bots in examples/ with the
// BUILT plugin's recommended config and prints the findings grouped by file, ending with a one-line
// summary. `npm test` builds dist/ before the tests, so the script runs here without rebuilding.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

import { rules } from "../src/rules";

const root = path.join(__dirname, "..");

/** What `node scripts/lint-examples.mjs` prints, line for line (checked against each bot's source). */
const expectedOutput = [
  "✖ examples/broken-no-error-handler.ts",
  "    22:7    grammy-reliability/require-error-handler  This bot polls for updates but has no error handler; grammY's default handler stops the bot at the first error. Add `bot.catch(...)` before starting.",
  "✖ examples/broken-no-shutdown.ts",
  "    16:3    grammy-reliability/no-floating-promises  `bot.stop()` is neither awaited nor caught; if it rejects, the rejection is unhandled and ends the process (Node.js 15 and later, Deno). Await it, return it, or end it with .catch().",
  "    17:3    grammy-reliability/require-signal-handlers  `process.exit()` ends the process before `bot.stop()` has finished, so the update offset is never confirmed and up to 100 updates are handled again on the next start; `await` the stop before exiting.",
  "    20:7    grammy-reliability/require-signal-handlers  `bot` polls without a listener that stops it on `SIGTERM`, so when the process is told to stop, the update offset is never confirmed and up to 100 updates are handled again on the next start; before polling starts, register one that calls `bot.stop()`.",
  "✖ examples/broken-runner-stop.ts",
  "    18:3    grammy-reliability/no-unguarded-runner-stop  `runner.stop()` also runs once the runner has stopped or crashed (a second signal, a fatal error), where it returns `undefined` instead of a promise and the shutdown runs twice; call it only while `runner.isRunning()` is true.",
  "✖ examples/broken-setup-after-start.ts",
  "    13:7    grammy-reliability/require-error-handler  This bot polls for updates but has no error handler; grammY's default handler stops the bot at the first error. Add `bot.catch(...)` before starting.",
  "    13:7    grammy-reliability/require-signal-handlers  `bot` polls without a listener that stops it on `SIGINT` and `SIGTERM`, so when the process is told to stop, the update offset is never confirmed and up to 100 updates are handled again on the next start; before polling starts, register one that calls `bot.stop()`.",
  "    15:1    grammy-reliability/no-setup-after-start  This runs only after the bot has stopped, because `await bot.start()` resolves when polling ends. Move it above the start call (use the `onStart` option to run code once the bot is up).",
  "    16:1    grammy-reliability/no-setup-after-start  This runs only after the bot has stopped, because `await bot.start()` resolves when polling ends. Move it above the start call (use the `onStart` option to run code once the bot is up).",
  "    17:1    grammy-reliability/no-setup-after-start  This runs only after the bot has stopped, because `await bot.start()` resolves when polling ends. Move it above the start call (use the `onStart` option to run code once the bot is up).",
  "    18:1    grammy-reliability/no-setup-after-start  This runs only after the bot has stopped, because `await bot.start()` resolves when polling ends. Move it above the start call (use the `onStart` option to run code once the bot is up).",
  "✔ examples/deno-bot.ts: clean",
  "✖ examples/floating-promises-bot.ts",
  "    9:3     grammy-reliability/no-floating-promises  `ctx.reply()` is neither awaited nor caught; if it rejects, the error bypasses bot.catch and crashes the process. Await it, return it, or end it with .catch().",
  "    12:31   grammy-reliability/no-floating-promises  `bot.api.sendMessage()` is returned to `subscribers.forEach()`, which ignores the promise; if it rejects, the error bypasses bot.catch and crashes the process. End it with .catch() inside the callback.",
  "✔ examples/polling-bot.ts: clean",
  "✔ examples/runner-bot.ts: clean",
  "✔ examples/webhook-bot.js: clean",
  "",
  "13 findings in 5 of 9 example bots (4 clean).",
  "",
].join("\n");

const cleanBots = ["deno-bot.ts", "polling-bot.ts", "runner-bot.ts", "webhook-bot.js"];

describe("npm run examples", () => {
  const output = execFileSync(process.execPath, [path.join(root, "scripts", "lint-examples.mjs")], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });

  it("is the README's first command and runs scripts/lint-examples.mjs after a build", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const firstCommand = /```sh\n([^\n]*)/.exec(readme)?.[1] ?? "";
    expect(firstCommand).toMatch(/^npm ci && npm run examples\b/);
    const scripts = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.examples).toBe("npm run build --silent && node scripts/lint-examples.mjs");
  });

  it("prints the findings grouped by file, ending with a one-line summary", () => {
    expect(output).toBe(expectedOutput);
  });

  it("lints every example bot: the clean long-polling, runner, webhook and Deno bots report nothing", () => {
    const bots = readdirSync(path.join(root, "examples")).filter((file) => /\.[cm]?[jt]s$/.test(file)).sort();
    const headers = output.split("\n").filter((line) => /^[✔✖] /.test(line));
    expect(headers.map((line) => line.replace(/^[✔✖] examples\//, "").replace(/: clean$/, ""))).toEqual(bots);
    for (const bot of cleanBots) expect(headers).toContain(`✔ examples/${bot}: clean`);
  });

  it("has a broken example bot for every rule, and only the broken ones report", () => {
    const reported = new Map<string, Set<string>>();
    let file = "";
    for (const line of output.split("\n")) {
      const header = /^✖ examples\/(\S+)$/.exec(line);
      if (header?.[1]) file = header[1];
      const finding = /^\s+\d+:\d+\s+grammy-reliability\/(\S+)/.exec(line);
      if (finding?.[1]) reported.set(finding[1], (reported.get(finding[1]) ?? new Set()).add(file));
    }
    for (const name of Object.keys(rules)) {
      expect([...(reported.get(name) ?? [])].filter((bot) => !cleanBots.includes(bot)), name).not.toEqual([]);
    }
    expect([...reported.values()].flatMap((bots) => [...bots]).filter((bot) => cleanBots.includes(bot))).toEqual([]);
  });
});

// Squiggles point, never paint (issue #23): on the example bots every finding fits on one line and
// covers no function (what the editor underlines is the message's range). A floating call that is
// itself an arrow's body, `(id) => bot.api.sendMessage(id, t)`, is the call, not the function.
describe("squiggles on the example bots", () => {
  it("each finding is on one line and covers no function", async () => {
    const plugin = createRequire(__filename)(path.join(root, "dist", "index.js")) as { configs: Record<string, object> };
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
        { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" } },
        plugin.configs["flat/recommended"] as never,
      ],
    });
    const results = await eslint.lintFiles([path.join(root, "examples")]);
    let checked = 0;
    for (const result of results) {
      const text = readFileSync(result.filePath, "utf8");
      const functions: [number, number][] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) {
          node.forEach(visit);
          return;
        }
        if (typeof node !== "object" || node === null) return;
        const inner = node as TSESTree.Node;
        if (inner.type === "ArrowFunctionExpression" || inner.type === "FunctionExpression" || inner.type === "FunctionDeclaration") {
          functions.push(inner.range);
        }
        for (const [key, value] of Object.entries(inner)) if (key !== "parent") visit(value);
      };
      visit(tsParser.parse(text, { range: true, loc: true, sourceType: result.filePath.endsWith(".js") ? "script" : "module" }));
      const lines = text.split("\n");
      const offset = (line: number, column: number): number =>
        lines.slice(0, line - 1).reduce((sum, previous) => sum + previous.length + 1, 0) + column - 1;
      for (const message of result.messages) {
        const at = `${path.relative(root, result.filePath)} ${String(message.line)}:${String(message.column)} ${message.ruleId ?? ""}`;
        expect({ at, endLine: message.endLine }).toEqual({ at, endLine: message.line });
        const start = offset(message.line, message.column);
        const end = offset(message.endLine ?? message.line, message.endColumn ?? message.column);
        const covered = functions.filter(([from, to]) => from >= start && to <= end);
        expect({ at, covered }).toEqual({ at, covered: [] });
        checked++;
      }
    }
    expect(checked).toBe(13);
  });
});

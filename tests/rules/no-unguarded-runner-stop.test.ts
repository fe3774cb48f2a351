import rule from "../../src/rules/no-unguarded-runner-stop";
import { cjsTester, esmTester, tsTester, typedFilename, typedTester } from "../utils/testers";
import { runnerTs as guideRunner, runnerJs as guideRunnerCjs, runnerDeno as guideDenoRunner } from "../utils/guide";

// The guide's runner samples ("Scaling Up III: Reliability", "Using grammY runner").

/** Four lines: a bot and its runner handle `runner`; the code under test starts on line 5. */
const header = `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("<token>");
const runner = run(bot);
`;

const cjsHeader = `const { Bot } = require("grammy");
const { run } = require("@grammyjs/runner");
const bot = new Bot("<token>");
const runner = run(bot);
`;

tsTester.run("no-unguarded-runner-stop", rule, {
  valid: [
    guideRunner,
    guideDenoRunner,
    // Every accepted guard.
    `${header}process.once("SIGINT", () => runner.isRunning() && runner.stop());`,
    `${header}process.once("SIGINT", () => runner.isRunning() ? runner.stop() : undefined);`,
    `${header}process.once("SIGINT", () => !runner.isRunning() || runner.stop());`,
    `${header}process.once("SIGINT", () => !runner.isRunning() ? undefined : runner.stop());`,
    `${header}process.once("SIGINT", async () => {
if (runner.isRunning()) {
console.log("stopping");
await runner.stop();
}
});`,
    `${header}process.once("SIGINT", () => { if (runner.isRunning()) runner.stop(); });`,
    `${header}process.once("SIGINT", () => { if (!runner.isRunning()) {} else runner.stop(); });`,
    {
      name: "early return earlier in the same function",
      code: `${header}async function shutdown() {
if (!runner.isRunning()) return;
await runner.stop();
}`,
    },
    {
      name: "early throw, in a block with more statements",
      code: `${header}async function shutdown() {
if (!runner.isRunning()) {
console.log("already stopped");
throw new Error("not running");
}
await runner.stop();
}`,
    },
    {
      name: "early exit before an enclosing try block",
      code: `${header}async function shutdown() {
if (runner.isRunning() === false) return;
try {
await runner.stop();
} finally {
console.log("bye");
}
}`,
    },
    {
      name: "early exit through the else branch",
      code: `${header}function shutdown() {
if (runner.isRunning()) console.log("stopping"); else return;
return runner.stop();
}`,
    },
    {
      name: "continue in a loop",
      code: `${header}for (const signal of signals) {
if (!runner.isRunning()) continue;
runner.stop();
}`,
    },
    {
      name: "the guard is part of a larger condition",
      code: `${header}let stopping = false;
process.once("SIGINT", () => {
if (stopping || !runner.isRunning()) return;
stopping = true;
runner.stop().then(() => console.log("stopped"));
});`,
    },
    `${header}if (runner.isRunning() && !stopping) runner.stop().then(done);`,
    `${header}const p = runner.isRunning() ? runner.stop() : Promise.resolve();`,
    {
      name: "an alias of the handle guards the handle",
      code: `${header}const handle = runner;
process.once("SIGINT", () => handle.isRunning() && runner.stop());`,
    },
    {
      name: "optional chains on both sides",
      code: `import { run, type RunnerHandle } from "@grammyjs/runner";
let runner: RunnerHandle | undefined;
process.once("SIGINT", () => runner?.isRunning() && runner?.stop());`,
    },
    {
      name: "run(bot) with options",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("<token>");
const runner = run(bot, { runner: { fetch: { allowed_updates: ["message"] } } });
const stopRunner = () => runner.isRunning() && runner.stop();
process.once("SIGINT", stopRunner);`,
    },
    {
      name: "a RunnerHandle parameter (type annotation, no type information needed)",
      code: `import type { RunnerHandle } from "@grammyjs/runner";
export async function stopAll(handle: RunnerHandle): Promise<void> {
if (!handle.isRunning()) return;
await handle.stop();
}`,
    },
    // Out of scope: stop() on what is not a runner handle.
    `${header}process.once("SIGINT", () => bot.stop());`,
    `${header}const server = createServer(); server.stop(); timer.stop(); clock.stop();`,
    {
      name: "a run() that is not the runner's",
      code: `import { Bot } from "grammy";
import { run } from "./my-runner";
const bot = new Bot("<token>");
const runner = run(bot);
process.once("SIGINT", () => runner.stop());`,
    },
    {
      name: "a file that never mentions grammY",
      code: `const runner = run(bot);
process.once("SIGINT", () => runner.stop());`,
    },
  ],
  invalid: [
    {
      name: "the guide's sample without the guard: the arrow is fixed to the guide's form",
      code: `${header}const stopRunner = () => runner.stop();
process.once("SIGINT", stopRunner);`,
      output: `${header}const stopRunner = () => runner.isRunning() && runner.stop();
process.once("SIGINT", stopRunner);`,
      errors: [
        { messageId: "unguardedStop", data: { handle: "runner" }, line: 5, column: 26, endLine: 5, endColumn: 39 },
      ],
    },
    {
      name: "straight in the signal listener",
      code: `${header}process.once("SIGINT", () => runner.stop());
process.once("SIGTERM", async () => runner.stop());`,
      output: `${header}process.once("SIGINT", () => runner.isRunning() && runner.stop());
process.once("SIGTERM", async () => runner.isRunning() && runner.stop());`,
      errors: [
        { messageId: "unguardedStop", data: { handle: "runner" }, line: 5, column: 30, endLine: 5, endColumn: 43 },
        { messageId: "unguardedStop", data: { handle: "runner" }, line: 6, column: 37, endLine: 6, endColumn: 50 },
      ],
    },
    {
      name: "parenthesized arrow body",
      code: `${header}process.once("SIGINT", () => (runner.stop()));`,
      output: `${header}process.once("SIGINT", () => (runner.isRunning() && runner.stop()));`,
      errors: [{ messageId: "unguardedStop", line: 5, column: 31, endLine: 5, endColumn: 44 }],
    },
    {
      name: "statements: plain, awaited, voided, without semicolons",
      code: `${header}async function shutdown() {
runner.stop();
await runner.stop();
void runner.stop();
await runner.stop()
console.log("stopped")
}`,
      output: `${header}async function shutdown() {
if (runner.isRunning()) runner.stop();
if (runner.isRunning()) await runner.stop();
if (runner.isRunning()) void runner.stop();
if (runner.isRunning()) await runner.stop()
console.log("stopped")
}`,
      errors: [
        { messageId: "unguardedStop", line: 6, column: 1, endLine: 6, endColumn: 14 },
        { messageId: "unguardedStop", line: 7, column: 7, endLine: 7, endColumn: 20 },
        { messageId: "unguardedStop", line: 8, column: 6, endLine: 8, endColumn: 19 },
        { messageId: "unguardedStop", line: 9, column: 7, endLine: 9, endColumn: 20 },
      ],
    },
    {
      name: "a statement that is the body of an if with an else gets braces (no dangling else)",
      code: `${header}process.once("SIGINT", async () => {
if (shuttingDown) await runner.stop(); else console.log("ignored");
});`,
      output: `${header}process.once("SIGINT", async () => {
if (shuttingDown) { if (runner.isRunning()) await runner.stop(); } else console.log("ignored");
});`,
      errors: [{ messageId: "unguardedStop", line: 6, column: 25, endLine: 6, endColumn: 38 }],
    },
    {
      name: "top-level await in a module",
      code: `${header}await runner.stop();`,
      output: `${header}if (runner.isRunning()) await runner.stop();`,
      errors: [{ messageId: "unguardedStop", line: 5, column: 7, endLine: 5, endColumn: 20 }],
    },
    {
      name: "the value is kept: suggest a resolved promise for a stopped runner",
      code: `${header}const stopped = runner.stop();`,
      output: null,
      errors: [
        {
          messageId: "unguardedStop",
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: "resolveWhenStopped",
              data: { handle: "runner" },
              output: `${header}const stopped = runner.isRunning() ? runner.stop() : Promise.resolve();`,
            },
          ],
        },
      ],
    },
    {
      name: "a chain on the stop: .then() throws a TypeError on a stopped runner",
      code: `${header}process.once("SIGINT", () => {
runner.stop().then(() => console.log("stopped"));
});`,
      output: null,
      errors: [
        {
          messageId: "unguardedStop",
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 14,
          suggestions: [
            {
              messageId: "guardStatement",
              data: { handle: "runner" },
              output: `${header}process.once("SIGINT", () => {
if (runner.isRunning()) runner.stop().then(() => console.log("stopped"));
});`,
            },
            {
              messageId: "resolveWhenStopped",
              data: { handle: "runner" },
              output: `${header}process.once("SIGINT", () => {
(runner.isRunning() ? runner.stop() : Promise.resolve()).then(() => console.log("stopped"));
});`,
            },
          ],
        },
      ],
    },
    {
      name: "an awaited chain as a statement",
      code: `${header}await runner.stop().finally(() => db.close());`,
      output: null,
      errors: [
        {
          messageId: "unguardedStop",
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: "guardStatement",
              output: `${header}if (runner.isRunning()) await runner.stop().finally(() => db.close());`,
            },
            {
              messageId: "resolveWhenStopped",
              output: `${header}await (runner.isRunning() ? runner.stop() : Promise.resolve()).finally(() => db.close());`,
            },
          ],
        },
      ],
    },
    {
      name: "returned, awaited in an expression, in an array, as an argument",
      code: `${header}function stopRunner() {
return runner.stop();
}
const result = await runner.stop();
await Promise.all([runner.stop(), db.close()]);
track(runner.stop());`,
      output: null,
      errors: [
        {
          messageId: "unguardedStop",
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 21,
          suggestions: [
            {
              messageId: "resolveWhenStopped",
              output: `${header}function stopRunner() {
return runner.isRunning() ? runner.stop() : Promise.resolve();
}
const result = await runner.stop();
await Promise.all([runner.stop(), db.close()]);
track(runner.stop());`,
            },
          ],
        },
        {
          messageId: "unguardedStop",
          line: 8,
          column: 22,
          endLine: 8,
          endColumn: 35,
          suggestions: [
            {
              messageId: "resolveWhenStopped",
              output: `${header}function stopRunner() {
return runner.stop();
}
const result = await (runner.isRunning() ? runner.stop() : Promise.resolve());
await Promise.all([runner.stop(), db.close()]);
track(runner.stop());`,
            },
          ],
        },
        {
          messageId: "unguardedStop",
          line: 9,
          column: 20,
          endLine: 9,
          endColumn: 33,
          suggestions: [
            {
              messageId: "resolveWhenStopped",
              output: `${header}function stopRunner() {
return runner.stop();
}
const result = await runner.stop();
await Promise.all([runner.isRunning() ? runner.stop() : Promise.resolve(), db.close()]);
track(runner.stop());`,
            },
          ],
        },
        {
          messageId: "unguardedStop",
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 20,
          suggestions: [
            {
              messageId: "resolveWhenStopped",
              output: `${header}function stopRunner() {
return runner.stop();
}
const result = await runner.stop();
await Promise.all([runner.stop(), db.close()]);
track(runner.isRunning() ? runner.stop() : Promise.resolve());`,
            },
          ],
        },
      ],
    },
    {
      name: "an arrow with a declared return type keeps its type: suggestion, no autofix",
      code: `${header}const stopRunner = (): Promise<void> => runner.stop();
const stopAgain: () => Promise<void> = () => runner.stop();`,
      output: null,
      errors: [
        {
          messageId: "unguardedStop",
          line: 5,
          column: 41,
          endLine: 5,
          endColumn: 54,
          suggestions: [
            {
              messageId: "resolveWhenStopped",
              output: `${header}const stopRunner = (): Promise<void> => runner.isRunning() ? runner.stop() : Promise.resolve();
const stopAgain: () => Promise<void> = () => runner.stop();`,
            },
          ],
        },
        {
          messageId: "unguardedStop",
          line: 6,
          column: 46,
          endLine: 6,
          endColumn: 59,
          suggestions: [
            {
              messageId: "resolveWhenStopped",
              output: `${header}const stopRunner = (): Promise<void> => runner.stop();
const stopAgain: () => Promise<void> = () => runner.isRunning() ? runner.stop() : Promise.resolve();`,
            },
          ],
        },
      ],
    },
    {
      name: "optional chain on the handle still needs the guard (fixed with an optional guard)",
      code: `import { run, type RunnerHandle } from "@grammyjs/runner";
let runner: RunnerHandle | undefined;
process.once("SIGINT", () => runner?.stop());
process.once("SIGTERM", () => { runner?.stop(); });`,
      output: `import { run, type RunnerHandle } from "@grammyjs/runner";
let runner: RunnerHandle | undefined;
process.once("SIGINT", () => runner?.isRunning() && runner?.stop());
process.once("SIGTERM", () => { if (runner?.isRunning()) runner?.stop(); });`,
      errors: [
        { messageId: "unguardedStop", line: 3, column: 30, endLine: 3, endColumn: 44 },
        { messageId: "unguardedStop", line: 4, column: 33, endLine: 4, endColumn: 47 },
      ],
    },
    {
      name: "non-null assertion and computed access are kept in the guard",
      code: `import { run, type RunnerHandle } from "@grammyjs/runner";
let runner: RunnerHandle | undefined;
process.once("SIGINT", () => runner!.stop());
process.once("SIGTERM", () => runner["stop"]());`,
      output: `import { run, type RunnerHandle } from "@grammyjs/runner";
let runner: RunnerHandle | undefined;
process.once("SIGINT", () => runner!.isRunning() && runner!.stop());
process.once("SIGTERM", () => runner["isRunning"]() && runner["stop"]());`,
      errors: [
        { messageId: "unguardedStop", data: { handle: "runner" }, line: 3, column: 30, endLine: 3, endColumn: 44 },
        { messageId: "unguardedStop", data: { handle: "runner" }, line: 4, column: 31, endLine: 4, endColumn: 47 },
      ],
    },
    {
      name: "a guard on a different handle does not count",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const main = run(new Bot("a"));
const admin = run(new Bot("b"));
process.once("SIGINT", () => main.isRunning() && admin.stop());`,
      output: null,
      errors: [
        {
          messageId: "unguardedStop",
          data: { handle: "admin" },
          line: 5,
          column: 50,
          endLine: 5,
          endColumn: 62,
          suggestions: [
            {
              messageId: "resolveWhenStopped",
              data: { handle: "admin" },
              output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const main = run(new Bot("a"));
const admin = run(new Bot("b"));
process.once("SIGINT", () => main.isRunning() && (admin.isRunning() ? admin.stop() : Promise.resolve()));`,
            },
          ],
        },
      ],
    },
    {
      name: "a guard with the wrong polarity does not count",
      code: `${header}process.once("SIGINT", () => { if (!runner.isRunning()) runner.stop(); });`,
      output: `${header}process.once("SIGINT", () => { if (!runner.isRunning()) { if (runner.isRunning()) runner.stop(); } });`,
      errors: [{ messageId: "unguardedStop", line: 5, column: 57, endLine: 5, endColumn: 70 }],
    },
    {
      name: "a guard around the listener does not guard the later call",
      code: `${header}if (runner.isRunning()) process.once("SIGINT", () => runner.stop());`,
      output: `${header}if (runner.isRunning()) process.once("SIGINT", () => runner.isRunning() && runner.stop());`,
      errors: [{ messageId: "unguardedStop", line: 5, column: 54, endLine: 5, endColumn: 67 }],
    },
    {
      name: "a check whose result is ignored, an if that does not exit, an exit in another function",
      code: `${header}function check() {
if (!runner.isRunning()) return;
}
function shutdown() {
check();
runner.isRunning();
if (!runner.isRunning()) console.log("stopped already");
runner.stop();
}`,
      output: `${header}function check() {
if (!runner.isRunning()) return;
}
function shutdown() {
check();
runner.isRunning();
if (!runner.isRunning()) console.log("stopped already");
if (runner.isRunning()) runner.stop();
}`,
      errors: [{ messageId: "unguardedStop", line: 12, column: 1, endLine: 12, endColumn: 14 }],
    },
    {
      name: "an early exit after the stop does not count",
      code: `${header}function shutdown() {
runner.stop();
if (!runner.isRunning()) return;
}`,
      output: `${header}function shutdown() {
if (runner.isRunning()) runner.stop();
if (!runner.isRunning()) return;
}`,
      errors: [{ messageId: "unguardedStop", line: 6, column: 1, endLine: 6, endColumn: 14 }],
    },
    {
      name: "a handle expression that is not a plain reference: reported, neither fixed nor suggested",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const createRunner = () => run(new Bot("<token>"));
process.once("SIGINT", () => createRunner().stop());
run(new Bot("<token>")).stop();`,
      output: null,
      errors: [
        { messageId: "unguardedStop", data: { handle: "createRunner()" }, line: 4, column: 30, endLine: 4, endColumn: 51, suggestions: [] },
        { messageId: "unguardedStop", data: { handle: 'run(new Bot("<token>"))' }, line: 5, column: 1, endLine: 5, endColumn: 31, suggestions: [] },
      ],
    },
    {
      name: "a shadowed Promise: no resolved-promise suggestion",
      code: `import Promise from "bluebird";
${header}const stopped = runner.stop();`,
      output: null,
      errors: [{ messageId: "unguardedStop", line: 6, column: 17, endLine: 6, endColumn: 30, suggestions: [] }],
    },
    {
      name: "run(bot) with options, unguarded",
      code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("<token>");
const runner = run(bot, { runner: { fetch: { allowed_updates: ["message"] } } });
process.once("SIGTERM", () => runner.stop());`,
      output: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
const bot = new Bot("<token>");
const runner = run(bot, { runner: { fetch: { allowed_updates: ["message"] } } });
process.once("SIGTERM", () => runner.isRunning() && runner.stop());`,
      errors: [{ messageId: "unguardedStop", line: 5, column: 31, endLine: 5, endColumn: 44 }],
    },
    {
      name: "the Deno sample without the guard",
      code: guideDenoRunner.replace("runner.isRunning() && runner.stop()", "runner.stop()"),
      output: guideDenoRunner,
      errors: [{ messageId: "unguardedStop", line: 10, column: 26, endLine: 10, endColumn: 39 }],
    },
    {
      name: "a RunnerHandle parameter (type annotation, no type information needed)",
      code: `import type { RunnerHandle } from "@grammyjs/runner";
export async function stopAll(handle: RunnerHandle): Promise<void> {
await handle.stop();
}`,
      output: `import type { RunnerHandle } from "@grammyjs/runner";
export async function stopAll(handle: RunnerHandle): Promise<void> {
if (handle.isRunning()) await handle.stop();
}`,
      errors: [{ messageId: "unguardedStop", data: { handle: "handle" }, line: 3, column: 7, endLine: 3, endColumn: 20 }],
    },
  ],
});

esmTester.run("no-unguarded-runner-stop (ESM JavaScript)", rule, {
  valid: [
    `${header}const stopRunner = () => runner.isRunning() && runner.stop();
process.once("SIGINT", stopRunner);`,
    `${header}process.once("SIGTERM", async () => {
if (!runner.isRunning()) return;
await runner.stop();
});`,
    `import * as runnerModule from "@grammyjs/runner";
const runner = runnerModule.run(bot);
if (runner.isRunning()) await runner.stop();`,
  ],
  invalid: [
    {
      code: `${header}const stopRunner = () => runner.stop();
process.once("SIGINT", stopRunner);`,
      output: `${header}const stopRunner = () => runner.isRunning() && runner.stop();
process.once("SIGINT", stopRunner);`,
      errors: [{ messageId: "unguardedStop", line: 5, column: 26, endLine: 5, endColumn: 39 }],
    },
    {
      name: "a namespace import of the runner",
      code: `import * as runnerModule from "@grammyjs/runner";
const runner = runnerModule.run(bot);
await runner.stop();`,
      output: `import * as runnerModule from "@grammyjs/runner";
const runner = runnerModule.run(bot);
if (runner.isRunning()) await runner.stop();`,
      errors: [{ messageId: "unguardedStop", line: 3, column: 7, endLine: 3, endColumn: 20 }],
    },
  ],
});

cjsTester.run("no-unguarded-runner-stop (CommonJS JavaScript)", rule, {
  valid: [
    guideRunnerCjs,
    `${cjsHeader}process.once("SIGINT", () => { if (runner.isRunning()) runner.stop(); });`,
    `const runner = require("@grammyjs/runner").run(bot);
process.once("SIGINT", () => runner.isRunning() && runner.stop());`,
  ],
  invalid: [
    {
      name: "the guide's CommonJS sample without the guard",
      code: guideRunnerCjs.replace("runner.isRunning() && runner.stop()", "runner.stop()"),
      output: guideRunnerCjs,
      errors: [{ messageId: "unguardedStop", line: 10, column: 26, endLine: 10, endColumn: 39 }],
    },
    {
      code: `${cjsHeader}process.once("SIGINT", function () {
runner.stop();
});`,
      output: `${cjsHeader}process.once("SIGINT", function () {
if (runner.isRunning()) runner.stop();
});`,
      errors: [{ messageId: "unguardedStop", line: 6, column: 1, endLine: 6, endColumn: 14 }],
    },
    {
      name: "require(...).run(bot)",
      code: `const runner = require("@grammyjs/runner").run(bot);
process.once("SIGINT", () => runner.stop().then(() => process.exit(0)));`,
      output: null,
      errors: [
        {
          messageId: "unguardedStop",
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: "resolveWhenStopped",
              output: `const runner = require("@grammyjs/runner").run(bot);
process.once("SIGINT", () => (runner.isRunning() ? runner.stop() : Promise.resolve()).then(() => process.exit(0)));`,
            },
          ],
        },
      ],
    },
  ],
});

/** Typed code: a service class that keeps its handle in a field. */
const typedService = (body: string): string => `import { Bot } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
export class BotService {
private runner: RunnerHandle | undefined;
constructor(private readonly bot: Bot, private readonly other: BotService) {}
start(): void {
this.runner = run(this.bot);
}
${body}
}
`;

typedTester.run("no-unguarded-runner-stop (typed)", rule, {
  valid: [
    { code: guideRunner, filename: typedFilename },
    {
      name: "a class field guarded in the same method",
      code: typedService(`async stop(): Promise<void> {
if (this.runner?.isRunning()) await this.runner.stop();
}`),
      filename: typedFilename,
    },
    {
      name: "a class field with an early exit",
      code: typedService(`async stop(): Promise<void> {
if (!this.runner?.isRunning()) return;
await this.runner.stop();
}`),
      filename: typedFilename,
    },
    {
      name: "a handle returned by a function in another shape",
      code: `import { Bot } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
function startBot(bot: Bot): RunnerHandle {
return run(bot);
}
const handles = { main: startBot(new Bot("<token>")) };
process.once("SIGINT", () => handles.main.isRunning() && handles.main.stop());`,
      filename: typedFilename,
    },
    {
      name: "stop() of other typed objects",
      code: `import { Bot } from "grammy";
class Timer { stop(): void {} }
const bot = new Bot("<token>");
const timer = new Timer();
process.once("SIGINT", () => { timer.stop(); void bot.stop(); });`,
      filename: typedFilename,
    },
  ],
  invalid: [
    {
      name: "a class field, unguarded",
      code: typedService(`async stop(): Promise<void> {
await this.runner?.stop();
}`),
      output: typedService(`async stop(): Promise<void> {
if (this.runner?.isRunning()) await this.runner?.stop();
}`),
      filename: typedFilename,
      errors: [
        { messageId: "unguardedStop", data: { handle: "this.runner" }, line: 10, column: 7, endLine: 10, endColumn: 26 },
      ],
    },
    {
      name: "a guard on another object's field does not count",
      code: typedService(`stop(): void {
if (this.other.runner?.isRunning()) void this.runner?.stop();
}`),
      output: typedService(`stop(): void {
if (this.other.runner?.isRunning()) { if (this.runner?.isRunning()) void this.runner?.stop(); }
}`),
      filename: typedFilename,
      errors: [{ messageId: "unguardedStop", line: 10, column: 42, endLine: 10, endColumn: 61 }],
    },
    {
      name: "a RunnerHandle parameter and a handle from a typed function",
      code: `import { Bot } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
function startBot(bot: Bot): RunnerHandle {
return run(bot);
}
const handles = { main: startBot(new Bot("<token>")) };
process.once("SIGINT", () => handles.main.stop());
export const stopHandle = (handle: RunnerHandle) => handle.stop();`,
      output: `import { Bot } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
function startBot(bot: Bot): RunnerHandle {
return run(bot);
}
const handles = { main: startBot(new Bot("<token>")) };
process.once("SIGINT", () => handles.main.isRunning() && handles.main.stop());
export const stopHandle = (handle: RunnerHandle) => handle.isRunning() && handle.stop();`,
      filename: typedFilename,
      errors: [
        { messageId: "unguardedStop", data: { handle: "handles.main" }, line: 7, column: 30, endLine: 7, endColumn: 49 },
        { messageId: "unguardedStop", data: { handle: "handle" }, line: 8, column: 53, endLine: 8, endColumn: 66 },
      ],
    },
  ],
});

// Bots, APIs and runner handles kept in class fields (issue #17): `this.bot` is what the class
// writes into its field (an annotation, an initialiser, `this.bot = new Bot(token)` in any member,
// a constructor parameter property); `this` in a subclass of Bot is a Bot; a bot that an instance
// holds may be stopped by whoever holds the instance. Each shape in TypeScript without and with
// type information, and in ES modules and CommonJS where it can be written in JavaScript;
// positions, fixes and suggestions asserted. The fixtures are tests/fixtures/modules/shapes-classes/.

import path from "node:path";
import { describe } from "vitest";

import noFloatingPromises from "../../src/rules/no-floating-promises";
import noSetupAfterStart from "../../src/rules/no-setup-after-start";
import noUnguardedRunnerStop from "../../src/rules/no-unguarded-runner-stop";
import requireSignalHandlers from "../../src/rules/require-signal-handlers";
import { addCatch, edited, fixture, typedModulesTester } from "../modules/helpers";
import { cjsTester, esmTester, tsTester, typedFilename, typedTester } from "../utils/testers";


/** A file of `tests/fixtures/modules/shapes-classes/` as a test case. */
const shape = (file: string): ReturnType<typeof fixture> => fixture(path.join("shapes-classes", file));

const bothTsTesters = [
  ["untyped", tsTester, undefined],
  ["typed", typedTester, typedFilename],
] as const;

const both = "`SIGINT` and `SIGTERM`";
const polling = "the update offset is never confirmed and up to 100 updates are handled again on the next start";

// ---------------------------------------------------------------------------------------------
// no-floating-promises: `this.bot` in one member is the bot another member wrote into the field.

const assignedAny = `import { Bot } from "grammy";
export class App {
  private bot: any;
  constructor(token: string) {
    this.bot = new Bot(token);
  }
  notify() {
    this.bot.api.sendMessage(1, "x");
  }
}
`;

const assignedAnnotated = `import { Bot } from "grammy";
export class App {
  bot: Bot;
  constructor(token: string) {
    this.bot = new Bot(token);
  }
  notify() {
    this.bot.api.sendMessage(1, "x");
  }
}
`;

const initialised = `import { Bot } from "grammy";
export class App {
  private bot = new Bot("t");
  notify() {
    this.bot.api.sendMessage(1, "x");
  }
}
`;

const parameterProperty = `import { Bot } from "grammy";
export class App {
  constructor(private bot: Bot) {}
  notify() {
    this.bot.api.sendMessage(1, "x");
  }
}
`;

const arrowCallback = `import { Bot } from "grammy";
export class App {
  private bot = new Bot("t");
  notify(ids: number[]) {
    ids.forEach((id) => {
      this.bot.api.sendMessage(id, "x");
    });
  }
}
`;

const subclass = `import { Bot } from "grammy";
export class MyBot extends Bot {
  launch() {
    this.start();
  }
}
`;

/**
 * `this.bot.api.sendMessage(…, "x")` floating in a method at `line`, from column `column`: a
 * method is no place for a suggested `await`, so only `.catch()` is offered. No handler calls the
 * method: the rejection would be unhandled, outside middleware.
 */
const sendFloats = (code: string, line: number, column: number, call: string) => ({
  messageId: "floatingOutsideMiddleware" as const,
  line,
  column,
  endLine: line,
  endColumn: column + call.length,
  data: { call: "this.bot.api.sendMessage()" },
  suggestions: [{ messageId: "addCatch" as const, output: addCatch(code, call) }],
});

const floatingInvalid = [
  {
    name: "`private bot: any`, written `this.bot = new Bot(token)` in the constructor",
    code: assignedAny,
    errors: [sendFloats(assignedAny, 8, 5, 'this.bot.api.sendMessage(1, "x")')],
  },
  {
    name: "`bot: Bot`, written in the constructor",
    code: assignedAnnotated,
    errors: [sendFloats(assignedAnnotated, 8, 5, 'this.bot.api.sendMessage(1, "x")')],
  },
  {
    name: "a field initialiser `private bot = new Bot(...)`",
    code: initialised,
    errors: [sendFloats(initialised, 5, 5, 'this.bot.api.sendMessage(1, "x")')],
  },
  {
    name: "a constructor parameter property `constructor(private bot: Bot)`",
    code: parameterProperty,
    errors: [sendFloats(parameterProperty, 5, 5, 'this.bot.api.sendMessage(1, "x")')],
  },
  {
    name: "an arrow function inside a method keeps the method's `this`",
    code: arrowCallback,
    errors: [sendFloats(arrowCallback, 6, 7, 'this.bot.api.sendMessage(id, "x")')],
  },
  {
    name: "`this` in a subclass of Bot is a Bot: this.start() floats",
    code: subclass,
    errors: [
      {
        messageId: "floatingOutsideMiddleware" as const,
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 17,
        data: { call: "this.start()" },
        suggestions: [{ messageId: "addCatch" as const, output: addCatch(subclass, "this.start()") }],
      },
    ],
  },
];

const floatingValid = [
  {
    name: "a field written with two grammY kinds (a Bot in one method, an Api in another) is neither",
    code: `import { Api, Bot } from "grammy";
export class App {
  private client: any;
  useBot() {
    this.client = new Bot("t");
  }
  useApi() {
    this.client = new Api("t");
  }
  launch() {
    this.client.start();
  }
}`,
  },
  {
    name: "`this` in a plain function callback within a method is not the class's",
    code: `import { Bot } from "grammy";
export class App {
  private bot = new Bot("t");
  notify(ids: number[]) {
    ids.forEach(function (id) {
      this.bot.api.sendMessage(id, "x");
    });
  }
}`,
  },
  {
    name: "a field never written with a grammY object",
    code: `import { Bot } from "grammy";
export class App {
  private bot = new Bot("t");
  private store: any;
  constructor() {
    this.store = new Map();
  }
  notify() {
    this.store.start();
    this.store.api.sendMessage(1, "x");
  }
}`,
  },
  {
    name: "a nested class's `this.bot` is its own field, not the outer class's",
    code: `import { Bot } from "grammy";
export class App {
  private bot = new Bot("t");
  make() {
    return class Inner {
      bot = { api: { sendMessage: async (_id: number, _text: string) => {} } };
      notify() {
        this.bot.api.sendMessage(1, "x");
      }
    };
  }
}`,
  },
];

describe.each(bothTsTesters)("no-floating-promises: class fields (%s)", (_, tester, filename) => {
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: floatingValid.map((test) => ({ ...test, filename })),
    invalid: floatingInvalid.map((test) => ({ ...test, filename })),
  });
});

const assignedEsm = `import { Bot } from "grammy";
export class App {
  constructor(token) {
    this.bot = new Bot(token);
  }
  notify() {
    this.bot.api.sendMessage(1, "x");
  }
}
`;

esmTester.run("no-floating-promises: class fields (ES modules)", noFloatingPromises, {
  valid: [
    {
      name: "ES modules: `this` in a plain function callback",
      code: `import { Bot } from "grammy";
export class App {
  constructor(token) {
    this.bot = new Bot(token);
  }
  notify(ids) {
    ids.forEach(function (id) {
      this.bot.api.sendMessage(id, "x");
    });
  }
}`,
    },
  ],
  invalid: [
    {
      name: "ES modules: `this.bot = new Bot(token)` in the constructor",
      code: assignedEsm,
      errors: [sendFloats(assignedEsm, 7, 5, 'this.bot.api.sendMessage(1, "x")')],
    },
  ],
});

const assignedCjs = `const { Bot } = require("grammy");
class App {
  constructor(token) {
    this.bot = new Bot(token);
  }
  notify() {
    this.bot.api.sendMessage(1, "x");
  }
}
module.exports = { App };
`;

const subclassCjs = `const { Bot } = require("grammy");
class MyBot extends Bot {
  launch() {
    this.start();
  }
}
module.exports = MyBot;
`;

cjsTester.run("no-floating-promises: class fields (CommonJS)", noFloatingPromises, {
  valid: [
    {
      name: "CommonJS: a field never written with a grammY object",
      code: `const { Bot } = require("grammy");
class App {
  constructor() {
    this.bot = new Bot("t");
    this.store = new Map();
  }
  notify() {
    this.store.api.sendMessage(1, "x");
  }
}
module.exports = { App };`,
    },
  ],
  invalid: [
    {
      name: "CommonJS: `this.bot = new Bot(token)` in the constructor",
      code: assignedCjs,
      errors: [sendFloats(assignedCjs, 7, 5, 'this.bot.api.sendMessage(1, "x")')],
    },
    {
      name: "CommonJS: a subclass of a required Bot",
      code: subclassCjs,
      errors: [
        {
          messageId: "floatingOutsideMiddleware",
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 17,
          data: { call: "this.start()" },
          suggestions: [{ messageId: "addCatch", output: addCatch(subclassCjs, "this.start()") }],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// no-unguarded-runner-stop: `this.runner` is the handle `run(this.bot)` wrote into the field.

const runnerField = `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
export class App {
  private bot = new Bot("t");
  private runner: any;
  start() {
    this.runner = run(this.bot);
    process.once("SIGINT", () => this.runner.stop());
  }
}
`;

describe.each(bothTsTesters)("no-unguarded-runner-stop: class fields (%s)", (_, tester, filename) => {
  tester.run("no-unguarded-runner-stop", noUnguardedRunnerStop, {
    valid: [
      {
        name: "the guide's guard on the field",
        code: `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
export class App {
  private bot = new Bot("t");
  private runner: any;
  start() {
    this.runner = run(this.bot);
    process.once("SIGINT", () => this.runner.isRunning() && this.runner.stop());
  }
}`,
        filename,
      },
      {
        name: "a field that holds something else with a stop()",
        code: `import { Bot } from "grammy";
export class App {
  private bot = new Bot("t");
  private runner: any;
  start() {
    this.runner = new AbortController();
    process.once("SIGINT", () => this.runner.stop());
  }
}`,
        filename,
      },
    ],
    invalid: [
      {
        name: "`this.runner = run(this.bot)`, stopped unguarded in a SIGINT listener: the arrow gets the guard",
        code: runnerField,
        filename,
        output: edited(runnerField, "() => this.runner.stop()", "() => this.runner.isRunning() && this.runner.stop()"),
        errors: [{ messageId: "unguardedStop", line: 8, column: 34, endLine: 8, endColumn: 52, data: { handle: "this.runner" } }],
      },
    ],
  });
});

const runnerEsm = `import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
export class App {
  constructor(token) {
    this.bot = new Bot(token);
  }
  start() {
    this.runner = run(this.bot);
  }
  async stop() {
    await this.runner.stop();
  }
}
`;

const runnerCjs = `const { Bot } = require("grammy");
const { run } = require("@grammyjs/runner");
class App {
  constructor(token) {
    this.bot = new Bot(token);
  }
  start() {
    this.runner = run(this.bot);
    process.once("SIGINT", () => this.runner.stop());
  }
}
module.exports = { App };
`;

esmTester.run("no-unguarded-runner-stop: class fields (ES modules)", noUnguardedRunnerStop, {
  valid: [],
  invalid: [
    {
      name: "ES modules: `await this.runner.stop()` in another method: the statement gets the guard",
      code: runnerEsm,
      output: edited(runnerEsm, "    await this.runner.stop();", "    if (this.runner.isRunning()) await this.runner.stop();"),
      errors: [{ messageId: "unguardedStop", line: 11, column: 11, endLine: 11, endColumn: 29, data: { handle: "this.runner" } }],
    },
  ],
});

cjsTester.run("no-unguarded-runner-stop: class fields (CommonJS)", noUnguardedRunnerStop, {
  valid: [],
  invalid: [
    {
      name: "CommonJS: the runner handle in a field, stopped in a SIGINT listener",
      code: runnerCjs,
      output: edited(runnerCjs, "() => this.runner.stop()", "() => this.runner.isRunning() && this.runner.stop()"),
      errors: [{ messageId: "unguardedStop", line: 9, column: 34, endLine: 9, endColumn: 52, data: { handle: "this.runner" } }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// require-signal-handlers: a bot in a class field polls; who may stop it.

const noListener = `import { Bot } from "grammy";
class App {
  private bot = new Bot("t");
  launch() {
    this.bot.start();
  }
}
new App().launch();
`;

const subclassNoListener = `import { Bot } from "grammy";
export class MyBot extends Bot {
  async launch() {
    await this.start();
  }
}
`;

const onlySigint = `import { Bot } from "grammy";
class App {
  private bot = new Bot("t");
  launch() {
    this.bot.start();
  }
  async shutdown() {
    await this.bot.stop();
  }
}
const app = new App();
process.once("SIGINT", () => app.shutdown());
app.launch();
`;

describe.each(bothTsTesters)("require-signal-handlers: class fields (%s)", (_, tester, filename) => {
  tester.run("require-signal-handlers", requireSignalHandlers, {
    valid: [
      {
        name: "listeners in the same file call a method of the instance `app`: trusted to stop its bot",
        code: `import { Bot } from "grammy";
class App {
  private bot = new Bot("t");
  launch() {
    this.bot.start();
  }
  async shutdown() {
    await this.bot.stop();
  }
}
const app = new App();
process.once("SIGINT", () => app.shutdown());
process.once("SIGTERM", () => app.shutdown());
app.launch();`,
        filename,
      },
      {
        name: "a subclass of Bot that stops `this` on both signals",
        code: `import { Bot } from "grammy";
export class MyBot extends Bot {
  async launch() {
    process.once("SIGINT", () => this.stop());
    process.once("SIGTERM", () => this.stop());
    await this.start();
  }
}`,
        filename,
      },
      {
        name: "a field written with a Bot and with an Api: its start() is no known polling start",
        code: `import { Api, Bot } from "grammy";
export class App {
  private client: any;
  useBot() {
    this.client = new Bot("t");
  }
  useApi() {
    this.client = new Api("t");
  }
  launch() {
    this.client.start();
  }
}`,
        filename,
      },
    ],
    invalid: [
      {
        name: "a class that no module imports, with no listener anywhere",
        code: noListener,
        filename,
        errors: [
          {
            messageId: "missingSignals",
            line: 5,
            column: 5,
            endLine: 5,
            endColumn: 19,
            data: { signals: both, target: "this.bot", stop: "this.bot.stop()", consequence: polling },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: both, target: "this.bot" },
                output: edited(
                  noListener,
                  "    this.bot.start();",
                  '    process.once("SIGINT", () => this.bot.stop());\n    process.once("SIGTERM", () => this.bot.stop());\n    this.bot.start();',
                ),
              },
            ],
          },
        ],
      },
      {
        name: "a subclass of Bot polls as `this`: the suggestion stops `this`",
        code: subclassNoListener,
        filename,
        errors: [
          {
            messageId: "missingSignals",
            line: 4,
            column: 11,
            endLine: 4,
            endColumn: 21,
            data: { signals: both, target: "this", stop: "this.stop()", consequence: polling },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: both, target: "this" },
                output: edited(
                  subclassNoListener,
                  "    await this.start();",
                  '    process.once("SIGINT", () => this.stop());\n    process.once("SIGTERM", () => this.stop());\n    await this.start();',
                ),
              },
            ],
          },
        ],
      },
      {
        name: "the instance's listener covers SIGINT only: SIGTERM is still missing",
        code: onlySigint,
        filename,
        errors: [
          {
            messageId: "missingSignals",
            line: 5,
            column: 5,
            endLine: 5,
            endColumn: 19,
            data: { signals: "`SIGTERM`", target: "this.bot", stop: "this.bot.stop()", consequence: polling },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: "`SIGTERM`", target: "this.bot" },
                output: edited(onlySigint, "    this.bot.start();", '    process.once("SIGTERM", () => this.bot.stop());\n    this.bot.start();'),
              },
            ],
          },
        ],
      },
    ],
  });
});

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("require-signal-handlers: a class used by another module (%s)", (_, tester) => {
  const lonely = shape("lonely.ts");
  tester.run("require-signal-handlers", requireSignalHandlers, {
    valid: [
      { ...shape("app.ts"), name: "App is imported by main.ts, which registers SIGINT and SIGTERM listeners that call app.shutdown()" },
    ],
    invalid: [
      {
        ...lonely,
        name: "an exported class that no module imports",
        errors: [
          {
            messageId: "missingSignals",
            line: 8,
            column: 11,
            endLine: 8,
            endColumn: 25,
            data: { signals: both, target: "this.bot", stop: "this.bot.stop()", consequence: polling },
            suggestions: [
              {
                messageId: "addSignalListeners",
                data: { signals: both, target: "this.bot" },
                output: edited(
                  lonely.code,
                  "    await this.bot.start();",
                  '    process.once("SIGINT", () => this.bot.stop());\n    process.once("SIGTERM", () => this.bot.stop());\n    await this.bot.start();',
                ),
              },
            ],
          },
        ],
      },
    ],
  });
});

const noListenerEsm = `import { Bot } from "grammy";
class App {
  constructor(token) {
    this.bot = new Bot(token);
  }
  launch() {
    this.bot.start();
  }
}
new App("t").launch();
`;

esmTester.run("require-signal-handlers: class fields (ES modules)", requireSignalHandlers, {
  valid: [
    {
      name: "ES modules: listeners that call the instance's method",
      code: `import { Bot } from "grammy";
class App {
  constructor(token) {
    this.bot = new Bot(token);
  }
  launch() {
    this.bot.start();
  }
  shutdown() {
    return this.bot.stop();
  }
}
const app = new App("t");
process.once("SIGINT", () => app.shutdown());
process.once("SIGTERM", () => app.shutdown());
app.launch();`,
    },
  ],
  invalid: [
    {
      name: "ES modules: `this.bot = new Bot(token)`, started without listeners",
      code: noListenerEsm,
      errors: [
        {
          messageId: "missingSignals",
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 19,
          data: { signals: both, target: "this.bot", stop: "this.bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: both, target: "this.bot" },
              output: edited(
                noListenerEsm,
                "    this.bot.start();",
                '    process.once("SIGINT", () => this.bot.stop());\n    process.once("SIGTERM", () => this.bot.stop());\n    this.bot.start();',
              ),
            },
          ],
        },
      ],
    },
  ],
});

const noListenerCjs = `const { Bot } = require("grammy");
class App {
  constructor(token) {
    this.bot = new Bot(token);
  }
  launch() {
    this.bot.start();
  }
}
new App("t").launch();
`;

cjsTester.run("require-signal-handlers: class fields (CommonJS)", requireSignalHandlers, {
  valid: [
    {
      name: "CommonJS: listeners that call the instance's method",
      code: `const { Bot } = require("grammy");
class App {
  constructor(token) {
    this.bot = new Bot(token);
  }
  launch() {
    this.bot.start();
  }
  shutdown() {
    return this.bot.stop();
  }
}
const app = new App("t");
process.once("SIGINT", () => app.shutdown());
process.once("SIGTERM", () => app.shutdown());
app.launch();`,
    },
  ],
  invalid: [
    {
      name: "CommonJS: `this.bot = new Bot(token)`, started without listeners",
      code: noListenerCjs,
      errors: [
        {
          messageId: "missingSignals",
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 19,
          data: { signals: both, target: "this.bot", stop: "this.bot.stop()", consequence: polling },
          suggestions: [
            {
              messageId: "addSignalListeners",
              data: { signals: both, target: "this.bot" },
              output: edited(
                noListenerCjs,
                "    this.bot.start();",
                '    process.once("SIGINT", () => this.bot.stop());\n    process.once("SIGTERM", () => this.bot.stop());\n    this.bot.start();',
              ),
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// no-setup-after-start: setup of `this.bot` after `await this.bot.start()` in a method.

const setupAfterStart = `import { Bot } from "grammy";
export class App {
  private bot = new Bot("t");
  async launch() {
    await this.bot.start();
    this.bot.command("help", (ctx) => ctx.reply("help"));
  }
}
`;

describe.each(bothTsTesters)("no-setup-after-start: class fields (%s)", (_, tester, filename) => {
  tester.run("no-setup-after-start", noSetupAfterStart, {
    valid: [
      {
        name: "setup of another bot field after the start",
        code: `import { Bot } from "grammy";
export class App {
  private bot = new Bot("t");
  private admin = new Bot("a");
  async launch() {
    await this.bot.start();
    this.admin.command("help", (ctx) => ctx.reply("help"));
  }
}`,
        filename,
      },
      {
        name: "setup before the start",
        code: `import { Bot } from "grammy";
export class App {
  private bot = new Bot("t");
  async launch() {
    this.bot.command("help", (ctx) => ctx.reply("help"));
    await this.bot.start();
  }
}`,
        filename,
      },
    ],
    invalid: [
      {
        name: "`this.bot.command()` after `await this.bot.start()`",
        code: setupAfterStart,
        filename,
        errors: [{ messageId: "setupAfterStart", line: 6, column: 5, endLine: 6, endColumn: 21, data: { bot: "this.bot" } }],
      },
      {
        name: "`this.command()` after `await this.start()` in a subclass of Bot",
        code: `import { Bot } from "grammy";
export class MyBot extends Bot {
  async launch() {
    await this.start();
    this.command("help", (ctx) => ctx.reply("help"));
  }
}`,
        filename,
        errors: [{ messageId: "setupAfterStart", line: 5, column: 5, endLine: 5, endColumn: 17, data: { bot: "this" } }],
      },
    ],
  });
});

cjsTester.run("no-setup-after-start: class fields (CommonJS)", noSetupAfterStart, {
  valid: [],
  invalid: [
    {
      name: "CommonJS: `this.bot = new Bot(token)`, set up after its awaited start",
      code: `const { Bot } = require("grammy");
class App {
  constructor(token) {
    this.bot = new Bot(token);
  }
  async launch() {
    await this.bot.start();
    this.bot.catch((err) => console.error(err));
  }
}
module.exports = { App };`,
      errors: [{ messageId: "setupAfterStart", line: 8, column: 5, endLine: 8, endColumn: 19, data: { bot: "this.bot" } }],
    },
  ],
});

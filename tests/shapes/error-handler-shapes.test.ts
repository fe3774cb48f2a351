// require-error-handler on bots whose setup leaves the file that starts them: handed to the
// constructor of a project class (followed into the constructor and into every member that reads
// the field it is stored in), and exported from a Deno module whose deno.json names no grammY (the
// project view still finds that no module imports it). Each shape in TypeScript without and with
// type information, and in CommonJS where it can be written in JavaScript; positions and the
// suggestion's output asserted. The fixtures are tests/fixtures/modules/shapes-error-handler/.

import type { TestCaseError } from "@typescript-eslint/rule-tester";
import path from "node:path";
import { describe } from "vitest";

import rule, { type MessageIds } from "../../src/rules/require-error-handler";
import { edited, fixture, typedModulesTester } from "../modules/helpers";
import { cjsTester, tsTester, typedFilename, typedTester } from "../utils/testers";

/** A file of `tests/fixtures/modules/shapes-error-handler/` as a test case. */
const shape = (file: string): ReturnType<typeof fixture> => fixture(path.join("shapes-error-handler", file));

/** The handler the suggestion inserts (grammY's errors page), at column 0, before `before`. */
const withHandler = (code: string, before: string): string =>
  edited(
    code,
    before,
    `bot.catch((err) => {
  console.error(\`Error while handling update \${err.ctx.update.update_id}:\`, err.error);
});
${before}`,
  );

/** The one report of a polling start without a handler, `bot.start();` on `line`, and its suggestion. */
const missing = (code: string, line: number): TestCaseError<MessageIds>[] => [
  {
    messageId: "missingHandler",
    line,
    column: 1,
    endLine: line,
    endColumn: 10,
    data: { bot: "bot" },
    suggestions: [{ messageId: "addErrorHandler", data: { bot: "bot" }, output: withHandler(code, "bot.start();") }],
  },
];

const bothTsTesters = [
  ["untyped", tsTester, undefined],
  ["typed", typedTester, typedFilename],
] as const;

// ---------------------------------------------------------------------------------------------
// A bot handed to the constructor of a class of the same file.

const privateField = `import { Bot } from "grammy";

class Routes {
  constructor(private readonly bot: Bot) {
    this.bot.command("start", (ctx) => ctx.reply("Hi!"));
  }

  register() {
    this.bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  }
}

const bot = new Bot(process.env.BOT_TOKEN ?? "");
new Routes(bot).register();
bot.start();
`;

const privateFieldSubclass = `import { Bot } from "grammy";

class Base {
  describe() {
    return "routes";
  }
}

class Routes extends Base {
  #bot: Bot;
  constructor(bot: Bot) {
    super();
    this.#bot = bot;
    this.#bot.command("start", (ctx) => ctx.reply("Hi!"));
  }
}

const bot = new Bot(process.env.BOT_TOKEN ?? "");
const routes = new Routes(bot);
console.log(routes.describe());
bot.start();
`;

const handedOnFromMember = `import { Bot } from "grammy";

function registerCommands(bot: Bot) {
  bot.command("start", (ctx) => ctx.reply("Hi!"));
}

class Routes {
  constructor(private readonly bot: Bot) {}

  register() {
    registerCommands(this.bot);
  }
}

const bot = new Bot(process.env.BOT_TOKEN ?? "");
new Routes(bot).register();
bot.start();
`;

const routesWith = (member: string, use = "new Routes(bot);"): string => `import { Bot } from "grammy";

class Routes {
  constructor(private readonly bot: Bot) {}
${member}
}

const bot = new Bot(process.env.BOT_TOKEN ?? "");
${use}
bot.start();
`;

describe.each(bothTsTesters)("require-error-handler: a bot handed to a class of this file (%s)", (_, tester, filename) => {
  tester.run("require-error-handler", rule, {
    valid: [
      {
        name: "the constructor installs the handler on its parameter property",
        code: routesWith(`  init() {}`).replace("private readonly bot: Bot) {}", "private readonly bot: Bot) {\n    this.bot.catch((err) => console.error(err.error));\n  }"),
        filename,
      },
      {
        name: "a method installs it (whenever it is called)",
        code: routesWith(`  guard() {\n    this.bot.catch((err) => console.error(err.error));\n  }`),
        filename,
      },
      {
        name: "a method sets bot.errorHandler",
        code: routesWith(`  guard() {\n    this.bot.errorHandler = (err) => console.error(err.error);\n  }`),
        filename,
      },
      {
        name: "a method hands the field to a package's function: out of sight",
        code: `import { setupErrors } from "@acme/bot-kit";\n${routesWith(`  guard() {\n    setupErrors(this.bot);\n  }`)}`,
        filename,
      },
      {
        name: "a method returns the field: its callers may install the handler",
        code: routesWith(`  get instance() {\n    return this.bot;\n  }`),
        filename,
      },
      {
        name: "an alias of the field is returned",
        code: routesWith(`  instance() {\n    const bot = this.bot;\n    return bot;\n  }`),
        filename,
      },
      {
        name: "`this` is handed on: whoever gets it may reach the field",
        code: routesWith(`  register(registry: { add(routes: unknown): void }) {\n    registry.add(this);\n  }`),
        filename,
      },
      {
        name: "a computed `this[key]` may read the field",
        code: routesWith(`  read(key: "bot") {\n    return this[key];\n  }`),
        filename,
      },
      {
        name: "a static method reads the private field of an instance it is given",
        code: routesWith(`  static guard(routes: Routes) {\n    routes.bot.catch((err) => console.error(err.error));\n  }`),
        filename,
      },
      {
        name: "a public field of an instance that is exported: another module may install the handler",
        code: routesWith("", "export const routes = new Routes(bot);").replace("private readonly bot", "readonly bot"),
        filename,
      },
      {
        name: "a public field read from outside the class",
        code: routesWith("", "const routes = new Routes(bot);\nroutes.bot.catch((err) => console.error(err.error));").replace("private readonly bot", "readonly bot"),
        filename,
      },
      {
        name: "a class without a constructor of its own hands its arguments to its superclass",
        code: `import { Bot } from "grammy";
import { BaseRoutes } from "@acme/bot-kit";

class Routes extends BaseRoutes {}

const bot = new Bot(process.env.BOT_TOKEN ?? "");
new Routes(bot);
bot.start();
`,
        filename,
      },
      {
        name: "a constructor that hands its parameter to super(...)",
        code: `import { Bot } from "grammy";
import { BaseRoutes } from "@acme/bot-kit";

class Routes extends BaseRoutes {
  constructor(bot: Bot) {
    super(bot);
  }
}

const bot = new Bot(process.env.BOT_TOKEN ?? "");
new Routes(bot);
bot.start();
`,
        filename,
      },
      {
        name: "a class of a package: out of sight",
        code: `import { Bot } from "grammy";
import { Routes } from "@acme/bot-kit";

const bot = new Bot(process.env.BOT_TOKEN ?? "");
new Routes(bot);
bot.start();
`,
        filename,
      },
    ],
    invalid: [
      {
        name: "a parameter property whose members only register handlers",
        code: privateField,
        filename,
        errors: missing(privateField, 15),
      },
      {
        name: "a #private field of a subclass (its superclass cannot read it)",
        code: privateFieldSubclass,
        filename,
        errors: missing(privateFieldSubclass, 21),
      },
      {
        name: "a member hands the field to a function of this file that only registers handlers",
        code: handedOnFromMember,
        filename,
        errors: missing(handedOnFromMember, 17),
      },
    ],
  });
});

// ---------------------------------------------------------------------------------------------
// The same in CommonJS: `this.bot = bot` writes a public field, so the instance must keep it.

const cjsRoutes = (members: string, use: string): string => `const { Bot } = require("grammy");

class Routes {
  constructor(bot) {
    this.bot = bot;
    this.bot.command("start", (ctx) => ctx.reply("Hi!"));
  }
${members}
}

const bot = new Bot(process.env.BOT_TOKEN);
${use}
bot.start();
`;

const cjsDiscarded = cjsRoutes("", "new Routes(bot);");
const cjsHeld = cjsRoutes(`  listen() {\n    this.bot.on("message", (ctx) => ctx.reply("Hi!"));\n  }`, "const routes = new Routes(bot);\nroutes.listen();");

cjsTester.run("require-error-handler: a bot handed to a class of this file (CommonJS)", rule, {
  valid: [
    {
      name: "a method installs the handler",
      code: cjsRoutes(`  guard() {\n    this.bot.catch((err) => console.error(err.error));\n  }`, "const routes = new Routes(bot);\nroutes.guard();"),
    },
    {
      name: "the instance is exported: its public field may get a handler elsewhere",
      code: cjsRoutes("", "module.exports = new Routes(bot);"),
    },
    {
      name: "the instance is handed to another function, which may read its field",
      code: cjsRoutes("", "const routes = new Routes(bot);\nstartServer(routes);"),
    },
    {
      name: "a subclass: its superclass's members may read the public field",
      code: cjsRoutes("", "new Routes(bot);").replace("class Routes {\n  constructor(bot) {\n    this.bot", "class Routes extends Base {\n  constructor(bot) {\n    super();\n    this.bot"),
    },
  ],
  invalid: [
    {
      name: "the instance is thrown away",
      code: cjsDiscarded,
      errors: missing(cjsDiscarded, 13),
    },
    {
      name: "the instance is only used for its other members",
      code: cjsHeld,
      errors: missing(cjsHeld, 16),
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Across modules: the class is imported (ES modules, CommonJS), and a Deno project's exported bot.

const main = shape("main.ts");
const cjsMain = shape("commonjs/main.js");
const denoMain = shape("deno/main.ts");

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("require-error-handler: bots set up in other modules (%s)", (_, tester) => {
  tester.run("require-error-handler", rule, {
    valid: [
      { ...shape("guarded-main.ts"), name: "GuardedRoutes's constructor calls this.bot.catch(...)" },
      { ...shape("deno-covered/main.ts"), name: "Deno: errors.ts imports the exported bot and calls bot.catch(...)" },
    ],
    invalid: [
      { ...main, name: "Routes (imported) only registers handlers on its private field", errors: missing(main.code, 6) },
      {
        ...denoMain,
        name: "Deno, deno.jsonc naming no grammY: the exported bot is imported by no module",
        errors: missing(denoMain.code, 5),
      },
    ],
  });
});

cjsTester.run("require-error-handler: a class required from another module (CommonJS)", rule, {
  valid: [{ ...shape("commonjs/guarded-main.js"), name: "GuardedRoutes's constructor calls this.bot.catch(...)" }],
  invalid: [{ ...cjsMain, name: "Routes (required) only registers handlers", errors: missing(cjsMain.code, 6) }],
});

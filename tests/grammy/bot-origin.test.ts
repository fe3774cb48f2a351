import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import { pollingStartOf, visibleBotOrigin } from "../../src/grammy";
import { enclosingFunction, type FunctionNode } from "../../src/utils/ast";
import { allNodes, probe, type ProbeLanguage } from "../utils/probe";

/**
 * For the LAST polling start in `code`: undefined when its bot's origin is out of sight, else the
 * source text of every `x.catch(...)` call whose receiver has one of the origin's identities.
 */
function origin(code: string, language: ProbeLanguage = "ts"): string[] | undefined {
  return probe(code, language, (model, program) => {
    const nodes = allNodes(program);
    const returns = new Map<FunctionNode, TSESTree.Node[]>();
    for (const node of nodes) {
      const fn = node.type === "ReturnStatement" && node.argument ? enclosingFunction(node) : undefined;
      if (fn && node.type === "ReturnStatement" && node.argument) returns.set(fn, [...(returns.get(fn) ?? []), node.argument]);
    }
    const calls = nodes.filter((node): node is TSESTree.CallExpression => node.type === "CallExpression");
    const start = calls
      .map((call) => pollingStartOf(model, call))
      .filter((found) => found !== undefined)
      .sort((a, b) => a.call.range[0] - b.call.range[0])
      .at(-1);
    if (!start) throw new Error("no polling start in the code");
    const found = visibleBotOrigin(model, start.bot, (fn) => returns.get(fn) ?? []);
    if (!found) return undefined;
    return calls
      .filter((call) => call.callee.type === "MemberExpression" && model.sourceCode.getText(call.callee.property) === "catch")
      .filter((call) => {
        const identity = call.callee.type === "MemberExpression" ? model.identityOf(call.callee.object) : undefined;
        return identity !== undefined && found.identities.has(identity);
      })
      .map((call) => model.sourceCode.getText(call));
  });
}

const header = 'import { Bot } from "grammy";\nimport { run } from "@grammyjs/runner";\n';

describe("visibleBotOrigin: bots this file sees whole", () => {
  it("created here, used only through members and grammY's own functions", () => {
    expect(origin(`${header}const bot = new Bot(t);\nbot.catch(h);\nbot.start();`)).toEqual(["bot.catch(h)"]);
    expect(
      origin(`import { webhookCallback } from "grammy";\n${header}const bot = new Bot(t);\napp.use(webhookCallback(bot));\nrun(bot);`),
    ).toEqual([]);
    expect(origin(`${header}let bot;\nbot = new Bot(t);\nbot.start();`)).toEqual([]);
    expect(origin(`${header}run(new Bot(t));`)).toEqual([]);
  });

  it("aliases and factories of this file share the identities", () => {
    expect(origin(`${header}const bot = new Bot(t);\nconst b = bot;\nb.catch(h);\nother.catch(x);\nrun(bot);`)).toEqual([
      "b.catch(h)",
    ]);
    const factory = `${header}function createBot() {\n  const inner = new Bot(t);\n  inner.catch(h);\n  return inner;\n}\nconst bot = createBot();\nbot.start();`;
    expect(origin(factory)).toEqual(["inner.catch(h)"]);
    expect(origin(`${header}const make = () => new Bot(t);\nconst bot = make();\nbot.start();`)).toEqual([]);
  });

  it("plain subclasses declared here", () => {
    expect(origin(`${header}class MyBot extends Bot {}\nconst bot = new MyBot(t);\nbot.start();`)).toEqual([]);
    expect(origin(`${header}class MyBot extends Bot { hello() {} }\nclass Mine extends MyBot {}\nconst bot = new Mine(t);\nbot.start();`)).toEqual([]);
  });

  it("CommonJS", () => {
    expect(origin('const { Bot } = require("grammy");\nconst bot = new Bot(t);\nbot.catch(h);\nbot.start();', "cjs")).toEqual([
      "bot.catch(h)",
    ]);
  });
});

describe("visibleBotOrigin: out of sight", () => {
  it.each([
    ["a parameter", `${header}export function f(bot: Bot) { bot.start(); }`],
    ["an import", `import { bot } from "./bot";\n${header}run(bot);`],
    ["handed to a function", `${header}const bot = new Bot(t);\nsetup(bot);\nbot.start();`],
    ["handed to a constructor", `${header}const bot = new Bot(t);\nnew Server(bot);\nbot.start();`],
    ["handed through an alias", `${header}const bot = new Bot(t);\nconst b = bot;\nsetup(b);\nbot.start();`],
    ["in an object", `${header}const bot = new Bot(t);\nconst deps = { bot };\nbot.start();`],
    ["in an array", `${header}const bot = new Bot(t);\nbots.push(...[bot]);\nbot.start();`],
    ["stored on an object", `${header}const bot = new Bot(t);\napp.bot = bot;\nbot.start();`],
    ["exported by declaration", `${header}export const bot = new Bot(t);\nbot.start();`],
    ["exported by name", `${header}const bot = new Bot(t);\nexport { bot };\nbot.start();`],
    ["exported by default", `${header}const bot = new Bot(t);\nexport default bot;\nbot.start();`],
    ["returned by a getter", `${header}const bot = new Bot(t);\nexport const getBot = () => bot;\nbot.start();`],
    ["made by an imported factory", `import { createBot } from "./bot";\n${header}const bot: Bot = createBot();\nbot.start();`],
    ["a subclass with a constructor", `${header}class B extends Bot { constructor() { super(t); } }\nconst bot = new B();\nbot.start();`],
    ["a subclass with a catch member", `${header}class B extends Bot { catch = x; }\nconst bot = new B(t);\nbot.start();`],
    ["assigned from elsewhere too", `${header}let bot = new Bot(t);\nbot = other;\nbot.start();`],
  ])("%s", (_, code) => {
    expect(origin(code)).toBeUndefined();
  });

  it("module.exports in CommonJS", () => {
    expect(origin('const { Bot } = require("grammy");\nconst bot = new Bot(t);\nmodule.exports = bot;\nbot.start();', "cjs")).toBeUndefined();
  });

  it("typed: a destructured binding", () => {
    expect(origin(`${header}const { bot } = { bot: new Bot("t") };\nbot.start();`, "typed")).toBeUndefined();
  });

  it("typed: a class field", () => {
    const code = `import { Bot } from "grammy";
export class App {
  private readonly bot = new Bot("t");
  go() { return this.bot.start(); }
}`;
    expect(origin(code, "typed")).toBeUndefined();
  });
});

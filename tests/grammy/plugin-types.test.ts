import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import {
  contextFlavorParameter,
  endorsedUnawaitedMembers,
  isContextAddOn,
  isContextType,
  isPluginPromiseMember,
  pluginPromiseMembers,
  promiseArgumentIndex,
} from "../../src/grammy/plugin-types";
import { pluginVersions } from "../../src/grammy/plugins.generated";
import { grammyModuleOf, grammyPackageOf } from "../../src/grammy/sources";

// Each expectation below is what the published declaration files say (grammy 1.46.0,
// @grammyjs/hydrate 1.7.0, @grammyjs/files 1.2.0, @grammyjs/conversations 2.1.1,
// @grammyjs/menu 1.5.0, ...): a table generated wrongly, or from other versions, fails here.

describe("context flavors: the type parameter that carries the context", () => {
  it.each([
    ["@grammyjs/hydrate", "HydrateFlavor", 0], // HydrateFlavor<C extends Context> = ObjectAssign<C, ContextX<C>>
    ["@grammyjs/files", "FileFlavor", 0], // FileFlavor<C extends Context> = ContextX<C> & C
    ["@grammyjs/conversations", "ConversationFlavor", 0], // C & { conversation: ConversationControls }
    ["grammy", "CommandContext", 0],
    ["grammy", "HearsContext", 0],
    ["grammy", "CallbackQueryContext", 0],
    ["grammy", "ChatTypeContext", 0], // ChatTypeContext<C, T>
    ["grammy", "Filter", 0], // Filter<C, Q>
  ])("%s's %s carries it in parameter %i", (packageName, typeName, index) => {
    expect(contextFlavorParameter(packageName, typeName)).toBe(index);
  });

  it.each([
    ["grammy", "Composer"], // Composer<C extends Context> is no context
    ["grammy", "MiddlewareFn"],
    ["grammy", "Context"], // a context, but not one made of its argument
    ["grammy", "SessionFlavor"], // an add-on, not a flavor
    ["@grammyjs/conversations", "Conversation"],
    ["@grammyjs/commands", "CommandsFlavor"], // extends Context: a context by itself
    ["@grammyjs/files", "HydrateFlavor"], // the hydrate plugin's, not the files plugin's
    ["telegraf", "HydrateFlavor"],
  ])("%s's %s is no flavor", (packageName, typeName) => {
    expect(contextFlavorParameter(packageName, typeName)).toBeUndefined();
  });

  it.each([
    ["https://deno.land/x/grammy_hydrate@v1.4.1/mod.ts", "HydrateFlavor", 0],
    ["npm:@grammyjs/files@1.2.0", "FileFlavor", 0],
    ["jsr:@grammyjs/grammy", "CommandContext", 0],
    ["npm:grammy@1.46.0/web", "Filter", 0],
    ["https://lib.deno.dev/x/grammy@v1/mod.ts", "HearsContext", 0],
  ])("%s names the package too (%s)", (specifier, typeName, index) => {
    expect(contextFlavorParameter(specifier, typeName)).toBe(index);
  });
});

describe("contexts by themselves and add-ons", () => {
  it("grammY's Context and the commands plugin's CommandsFlavor are contexts; SessionFlavor is not", () => {
    expect(isContextType("grammy", "Context")).toBe(true);
    expect(isContextType("@grammyjs/commands", "CommandsFlavor")).toBe(true);
    expect(isContextType("grammy", "SessionFlavor")).toBe(false);
    expect(isContextType("grammy", "CommandContext")).toBe(false); // a flavor: a context of its argument
  });

  it.each([
    ["grammy", "SessionFlavor"], // session(): MiddlewareFn<C & SessionFlavor<S>>
    ["grammy", "LazySessionFlavor"],
    ["@grammyjs/i18n", "I18nFlavor"], // middleware(): MiddlewareFn<C & I18nFlavor>
    ["@grammyjs/menu", "MenuFlavor"], // Filter<C, "callback_query:data"> & MenuFlavor
    ["https://deno.land/x/grammy@v1.46.0/mod.ts", "SessionFlavor"],
  ])("%s's %s is an add-on", (packageName, typeName) => {
    expect(isContextAddOn(packageName, typeName)).toBe(true);
  });

  it.each([
    ["grammy", "Context"],
    ["grammy", "CommandContext"],
    ["@grammyjs/hydrate", "HydrateFlavor"],
    ["@grammyjs/menu", "SessionFlavor"],
    ["telegraf", "SessionFlavor"],
  ])("%s's %s is no add-on", (packageName, typeName) => {
    expect(isContextAddOn(packageName, typeName)).toBe(false);
  });
});

describe("plugin promise members", () => {
  it.each([
    ["hydratedMessage", "editText"],
    ["hydratedMessage", "delete"],
    ["hydratedMessage", "react"],
    ["hydratedCallbackQuery", "answer"],
    ["hydratedChat", "leave"],
    ["hydratedUser", "ban"],
    ["flavoredFile", "download"],
    ["conversation", "external"],
    ["conversation", "halt"],
    ["conversationForm", "text"],
    ["conversationControls", "enter"],
    ["conversationControls", "exit"],
    ["i18n", "setLocale"],
    ["commandsFlavor", "setMyCommands"],
  ])("%s.%s() returns a promise", (key, name) => {
    expect(isPluginPromiseMember(key, name)).toBe(true);
  });

  it.each([
    ["flavoredFile", "getUrl"], // getUrl(): string
    ["conversationControls", "active"], // active(): Record<string, number>
    ["i18n", "useLocale"], // useLocale(locale): void
    ["conversation", "menu"], // menu(): ConversationMenu
    ["hydratedMessage", "editMessageText"], // ctx's own method, known from grammY's declarations
  ])("%s.%s() is no promise member", (key, name) => {
    expect(isPluginPromiseMember(key, name)).toBe(false);
  });

  it("the conversation's wait calls are endorsed unawaited, not promise members", () => {
    for (const name of ["wait", "waitFor", "waitUntil", "waitForCommand"]) {
      expect(endorsedUnawaitedMembers.get("conversation")?.has(name)).toBe(true);
      expect(isPluginPromiseMember("conversation", name)).toBe(false);
    }
  });

  it("the menu's update/nav/back/close are promises only with their options argument, and in no promise list", () => {
    expect(
      ["update", "close", "back", "nav"].map((name) => promiseArgumentIndex("menuControlPanel", name)),
    ).toEqual([0, 0, 0, 1]);
    expect(promiseArgumentIndex("conversationMenuControlPanel", "nav")).toBe(1);
    const listedUnder = [...pluginPromiseMembers]
      .filter(([, names]) => ["update", "nav", "back", "close"].some((name) => names.has(name)))
      .map(([key]) => key);
    expect(listedUnder).toEqual([]);
  });
});

describe("grammyPackageOf: the npm package a specifier names", () => {
  it.each([
    ["grammy", "grammy"],
    ["grammy/web", "grammy"],
    ["grammy/types", "grammy"],
    ["npm:grammy@1.46.0", "grammy"],
    ["jsr:@grammyjs/grammy@2.0.0-beta.1", "grammy"],
    ["https://deno.land/x/grammy@v1.46.0/mod.ts", "grammy"],
    ["https://lib.deno.dev/x/grammy@v1/mod.ts", "grammy"],
    ["https://esm.sh/grammy@1.46.0", "grammy"],
    ["https://github.com/grammyjs/grammY/raw/64bac32/src/mod.ts", "grammy"],
    ["https://raw.githubusercontent.com/grammyjs/grammY/main/src/convenience/keyboard.ts", "grammy"],
    ["@grammyjs/hydrate", "@grammyjs/hydrate"],
    ["@grammyjs/conversations/out/mod.js", "@grammyjs/conversations"],
    ["npm:@grammyjs/hydrate@1.7.0", "@grammyjs/hydrate"],
    ["jsr:@grammyjs/files", "@grammyjs/files"],
    ["https://esm.sh/@grammyjs/conversations@2.1.1", "@grammyjs/conversations"],
    ["https://deno.land/x/grammy_hydrate@v1.7.0/mod.ts", "@grammyjs/hydrate"],
    ["https://deno.land/x/grammy_chat_members/mod.ts", "@grammyjs/chat-members"],
    ["https://lib.deno.dev/x/grammy_runner@v2/mod.ts", "@grammyjs/runner"],
    ["https://deno.land/x/grammy_storages@v2.4.2/redis/src/mod.ts", "@grammyjs/storage-redis"],
  ])("%s -> %s", (specifier, packageName) => {
    expect(grammyPackageOf(specifier)).toBe(packageName);
  });

  it.each([
    "telegraf",
    "grammy-extra",
    "./grammy.ts",
    "https://deno.land/x/grammy_storages@v2.4.2/mod.ts",
    "https://deno.land/x/oak/mod.ts",
    "https://github.com/grammyjs/grammY/raw/main/README.md",
    "https://github.com/grammyjs/runner/raw/main/src/mod.ts",
  ])("%s names no grammY package", (specifier) => {
    expect(grammyPackageOf(specifier)).toBeUndefined();
  });

  it("names a package only for what grammyModuleOf calls grammY", () => {
    for (const specifier of ["grammy", "@grammyjs/menu", "https://deno.land/x/grammy_menu@v1.5.0/mod.ts", "telegraf"]) {
      expect(grammyPackageOf(specifier) !== undefined).toBe(grammyModuleOf(specifier) !== undefined);
    }
  });
});

describe("plugins.generated.ts", () => {
  it("was generated from the pinned devDependencies", () => {
    const packageJson = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(pluginVersions)).toContain("@grammyjs/hydrate");
    for (const [name, version] of Object.entries(pluginVersions)) {
      expect({ name, version: packageJson.devDependencies[name] }).toEqual({ name, version });
    }
  });
});

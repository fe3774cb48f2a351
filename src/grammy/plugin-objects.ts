import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember, isFunction, skipTransparent, staticMemberName } from "../utils/ast";
import { importOriginOf } from "../utils/import-origin";
import { constDeclaratorOf, findVariable } from "../utils/scope";
import type { FunctionRole } from "./kinds";
import type { GrammyModel } from "./model";
import { isEndorsedConversationCall } from "./plugin-promises";
import { endorsedUnawaitedMembers } from "./plugins.generated";
import { isPluginPromiseMember, pluginPromiseMembers } from "./plugin-types";
import { projectDependsOn } from "./project/root";
import { grammyPackageOf } from "./sources";

/**
 * Objects that grammY's plugins add, and the promises their methods return (plugins.generated.ts,
 * from the plugins' declarations): hydrate's messages, the files plugin's files, the conversations
 * plugin's handle and controls, and the menu plugin's builders, whose buttons take middleware.
 */

/** Names of every plugin method that returns a promise: without types, no other name can be one. */
export const pluginPromiseMethodNames: ReadonlySet<string> = new Set(
  ["hydratedMessage", "flavoredFile", "conversation", "conversationControls"].flatMap((key) => [
    ...(pluginPromiseMembers.get(key) ?? []),
  ]),
);

/** Context properties that hold a message, which hydrate gives its methods. */
const messageProperties: ReadonlySet<string> = new Set([
  "msg",
  "message",
  "editedMessage",
  "channelPost",
  "editedChannelPost",
  "businessMessage",
  "editedBusinessMessage",
]);

/** How many `const` definitions deep a message or file is followed. */
const maxHops = 8;

/**
 * `method` of a plugin object called on `object`, when it returns a promise: `ctx.msg.editText()`,
 * `(await ctx.reply(t)).delete()` and `sent.pin()` under hydrate, `file.download()` of `await
 * ctx.getFile()` under the files plugin, `conversation.external(...)` in a conversation builder,
 * `ctx.conversation.enter(...)`. A plugin counts when the file imports it or the project depends on it.
 */
export function isPluginPromiseCall(model: GrammyModel, object: TSESTree.Node, method: string): boolean {
  if (!pluginPromiseMethodNames.has(method)) return false;
  const receiver = skipTransparent(object);
  if (isPluginPromiseMember("conversationControls", method)) {
    if (receiver.type === "MemberExpression" && staticMemberName(receiver) === "conversation" && model.is(receiver.object, "Context")) {
      return true;
    }
  }
  if (isPluginPromiseMember("conversation", method) && !isEndorsedConversationCall(method) && isConversationHandle(model, receiver)) {
    return true;
  }
  if (isPluginPromiseMember("hydratedMessage", method) && usesPlugin(model, "@grammyjs/hydrate")) {
    if (isMessage(model, receiver, 0)) return true;
  }
  if (isPluginPromiseMember("flavoredFile", method) && usesPlugin(model, "@grammyjs/files")) {
    if (isFile(model, receiver, 0)) return true;
  }
  return false;
}

/**
 * The conversations plugin's wait calls on a conversation handle (`conversation.wait()`,
 * `conversation.waitForCallbackQuery(...)`, the members listed as endorsed-unawaited in
 * plugins.generated.ts): each resolves to the context of the update it waited for.
 */
export function isConversationWaitCall(model: GrammyModel, call: TSESTree.CallExpression): boolean {
  const member = calleeMember(call);
  return (
    member !== undefined &&
    (endorsedUnawaitedMembers.get("conversation")?.has(member.name) ?? false) &&
    isConversationHandle(model, skipTransparent(member.member.object))
  );
}

/** The first parameter of a conversation builder (`createConversation(builder)`). */
function isConversationHandle(model: GrammyModel, node: TSESTree.Node): boolean {
  if (node.type !== "Identifier") return false;
  const definition = findVariable(model.sourceCode, node)?.defs[0];
  if (definition?.type !== "Parameter" || !isFunction(definition.node)) return false;
  const fn = definition.node;
  return fn.params[0] === definition.name && model.placeOf(fn)?.role === "conversation";
}

/** A message of a context (`ctx.msg`, `ctx.callbackQuery.message`) or one a call sent (`await ctx.reply(t)`). */
function isMessage(model: GrammyModel, node: TSESTree.Node, hops: number): boolean {
  const inner = skipTransparent(node);
  switch (inner.type) {
    case "MemberExpression": {
      const name = staticMemberName(inner);
      if (name === undefined) return false;
      if (messageProperties.has(name) && model.is(inner.object, "Context")) return true;
      // `ctx.callbackQuery.message`, `ctx.update.message`
      const holder = skipTransparent(inner.object);
      return (
        name === "message" &&
        holder.type === "MemberExpression" &&
        (staticMemberName(holder) === "callbackQuery" || staticMemberName(holder) === "update") &&
        model.is(holder.object, "Context")
      );
    }
    case "AwaitExpression":
      return sendsMessage(model, skipTransparent(inner.argument));
    case "Identifier":
      return hops < maxHops && constInit(model, inner, (init) => isMessage(model, init, hops + 1));
    default:
      return false;
  }
}

/** `ctx.reply(...)`, `ctx.api.sendMessage(...)`, `bot.api.editMessageText(...)`: calls that give a message. */
function sendsMessage(model: GrammyModel, node: TSESTree.Node): boolean {
  if (node.type !== "CallExpression") return false;
  const member = calleeMember(node);
  if (!member || !/^(?:reply|send|forward|edit)/.test(member.name)) return false;
  return model.is(member.member.object, "Context", "Api");
}

/** The result of `await ctx.getFile()` (or of the API's `getFile`). */
function isFile(model: GrammyModel, node: TSESTree.Node, hops: number): boolean {
  const inner = skipTransparent(node);
  if (inner.type === "AwaitExpression") {
    const call = skipTransparent(inner.argument);
    const member = call.type === "CallExpression" ? calleeMember(call) : undefined;
    return member?.name === "getFile" && model.is(member.member.object, "Context", "Api");
  }
  return inner.type === "Identifier" && hops < maxHops && constInit(model, inner, (init) => isFile(model, init, hops + 1));
}

/** Whether an identifier is a `const` whose initializer passes `test`. */
function constInit(model: GrammyModel, identifier: TSESTree.Identifier, test: (init: TSESTree.Expression) => boolean): boolean {
  const declarator = constDeclaratorOf(model.sourceCode, identifier);
  return declarator !== undefined && test(declarator.init);
}

const pluginUseCache = new WeakMap<GrammyModel, Map<string, boolean>>();

/** The file imports the plugin, or its project depends on it. */
function usesPlugin(model: GrammyModel, packageName: string): boolean {
  let cache = pluginUseCache.get(model);
  if (!cache) {
    cache = new Map();
    pluginUseCache.set(model, cache);
  }
  let uses = cache.get(packageName);
  if (uses === undefined) {
    const denoName = `grammy_${packageName.slice("@grammyjs/".length)}`;
    const text = model.sourceCode.text;
    uses =
      text.includes(packageName) ||
      text.includes(denoName) ||
      (model.origin !== undefined && projectDependsOn(model.origin.file, packageName));
    cache.set(packageName, uses);
  }
  return uses;
}

// ---------------------------------------------------------------------------------------------
// The menu plugin: `new Menu("id").text("Label", (ctx) => ...)`

/** Methods of a menu (and of a `MenuRange`) that return the menu (`this`), for chains. */
const menuMethods: ReadonlySet<string> = new Set([
  "addRange",
  "add",
  "style",
  "danger",
  "success",
  "primary",
  "icon",
  "disabled",
  "text",
  "url",
  "submenu",
  "back",
  "row",
  "dynamic",
  "webApp",
  "login",
  "switchInline",
  "switchInlineCurrent",
  "switchInlineChosen",
  "copyText",
  "game",
  "pay",
  "append",
  "fixed",
]);

/** Whether an expression is a menu of `@grammyjs/menu` (or a range of one), built in this file. */
function isMenu(model: GrammyModel, node: TSESTree.Node, hops: number): boolean {
  if (hops > maxHops) return false;
  const inner = skipTransparent(node);
  switch (inner.type) {
    case "NewExpression": {
      const origin = importOriginOf(model.sourceCode, inner.callee);
      return (
        origin !== undefined &&
        grammyPackageOf(origin.module) === "@grammyjs/menu" &&
        (origin.name === "Menu" || origin.name === "MenuRange")
      );
    }
    case "CallExpression": {
      const member = calleeMember(inner);
      return member !== undefined && menuMethods.has(member.name) && isMenu(model, member.member.object, hops + 1);
    }
    case "Identifier": {
      if (constInit(model, inner, (init) => isMenu(model, init, hops + 1))) return true;
      // `range` of `menu.dynamic((ctx, range) => ...)`
      const definition = findVariable(model.sourceCode, inner)?.defs[0];
      if (definition?.type !== "Parameter" || !isFunction(definition.node)) return false;
      const fn = definition.node;
      const call = fn.parent;
      if (fn.params[1] !== definition.name || call.type !== "CallExpression" || call.arguments[0] !== fn) return false;
      const member = calleeMember(call);
      return member?.name === "dynamic" && isMenu(model, member.member.object, hops + 1);
    }
    default:
      return false;
  }
}

/**
 * The role of argument `index` of a menu method call: the handlers of `text`, `back` and
 * `submenu` buttons are middleware; a label given as a function, and the `dynamic` builder, get
 * the context first. Undefined when the call is no menu method.
 */
export function menuArgumentRole(model: GrammyModel, call: TSESTree.CallExpression, index: number): FunctionRole | undefined {
  const member = calleeMember(call);
  if (!member || !menuMethods.has(member.name)) return undefined;
  const firstHandler = member.name === "text" || member.name === "back" ? 1 : member.name === "submenu" ? 2 : undefined;
  if (firstHandler === undefined && member.name !== "dynamic") return undefined;
  if (!isMenu(model, member.member.object, 0)) return undefined;
  if (member.name === "dynamic") return index === 0 ? "predicate" : undefined;
  return index >= (firstHandler ?? 0) ? "middleware" : index === 0 ? "predicate" : undefined;
}

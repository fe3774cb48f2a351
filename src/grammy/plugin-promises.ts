import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember, skipTransparent, staticMemberName } from "../utils/ast";
import type { GrammyModel } from "./model";

/** What the type checker says declares a thenable grammY call (see `TypedGrammy.grammyThenableCall`). */
export interface ThenableDeclaration {
  readonly name: string;
  readonly owner: string | undefined;
  readonly fileName: string;
}

const conversationsDeclarationPath = /[\\/](?:@grammyjs[\\/]conversations|grammy_conversations(?:@[^\\/]+)?)[\\/]/;

/**
 * Thenable plugin calls whose plugin's docs endorse leaving them unawaited, so they are not grammY
 * promises to rules: the conversations plugin's wait calls (`conversation.wait()`, `waitFor()`,
 * `waitUntil()`, ...) and the `.and...()`/`.unless()` filters chained on them, which may run
 * concurrently and may never resolve (grammy-facts.md, "Not promises").
 */
export function isEndorsedUnawaited(declared: ThenableDeclaration): boolean {
  if (!conversationsDeclarationPath.test(declared.fileName)) return false;
  if (declared.owner === "Conversation") return isEndorsedConversationCall(declared.name);
  return declared.owner === "AndExtension";
}

/**
 * The conversation handle's calls that the plugin's docs leave unawaited: the wait calls, and
 * `conversation.log(...)` / `error(...)`, its replay-safe `console.log`, which its own examples call
 * as a bare statement.
 */
export function isEndorsedConversationCall(name: string): boolean {
  return name.startsWith("wait") || name === "log" || name === "error";
}

/** The menu plugin's control panel (`ctx.menu`): method -> index of its options argument. */
const menuControlOptionsIndex: ReadonlyMap<string, number> = new Map([
  ["update", 0],
  ["close", 0],
  ["back", 0],
  ["nav", 1],
]);

/** Whether a method name is one of the menu plugin's control calls (`isImmediateMenuCall` may say yes). */
export function isMenuControlName(name: string): boolean {
  return menuControlOptionsIndex.has(name);
}

/**
 * `ctx.menu.update({ immediate: true })`, `ctx.menu.nav("id", { immediate: true })`, ...: the menu
 * plugin's control calls return a promise only when called with `{ immediate: true }`; otherwise
 * they return nothing and the menu updates lazily (grammy-facts.md, "Not promises").
 */
export function isImmediateMenuCall(model: GrammyModel, call: TSESTree.CallExpression): boolean {
  const member = calleeMember(call);
  const optionsIndex = member && menuControlOptionsIndex.get(member.name);
  if (!member || optionsIndex === undefined) return false;
  const panel = skipTransparent(member.member.object);
  if (panel.type !== "MemberExpression" || staticMemberName(panel) !== "menu" || !model.is(panel.object, "Context")) {
    return false;
  }
  const options = call.arguments[optionsIndex];
  return (
    options?.type === "ObjectExpression" &&
    options.properties.some(
      (property) =>
        property.type === "Property" &&
        !property.computed &&
        ((property.key.type === "Identifier" && property.key.name === "immediate") ||
          (property.key.type === "Literal" && property.key.value === "immediate")) &&
        property.value.type === "Literal" &&
        property.value.value === true,
    )
  );
}

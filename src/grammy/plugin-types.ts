/**
 * What grammY's and its plugins' declarations say about context types and plugin promises, read
 * from their published d.ts files by scripts/generate-plugin-members.mjs (plugins.generated.ts).
 * The model asks here; it does not keep its own lists of flavor or plugin method names.
 */
import {
  contextAddOns,
  contextFlavors,
  contextTypes,
  endorsedUnawaitedMembers,
  pluginConditionalPromiseMembers,
  pluginPromiseMembers,
} from "./plugins.generated";
import { grammyPackageOf } from "./sources";

export { endorsedUnawaitedMembers, pluginConditionalPromiseMembers, pluginPromiseMembers };

/**
 * The index of the type parameter that carries the context in a type exported by grammY or a
 * plugin, when the type is a context whenever that argument is one (`HydrateFlavor<C>` -> 0,
 * `CommandContext<C>` -> 0, `Filter<C, Q>` -> 0); undefined for any other type. The package is
 * named as users import it: `grammy`, `@grammyjs/hydrate`, `npm:`, `jsr:` or a Deno URL.
 */
export function contextFlavorParameter(packageSpecifier: string, typeName: string): number | undefined {
  const packageName = grammyPackageOf(packageSpecifier);
  return packageName === undefined ? undefined : contextFlavors.get(packageName)?.get(typeName);
}

/**
 * Whether a type exported by grammY or a plugin is a context by itself (`Context`, the commands
 * plugin's `CommandsFlavor`, which extends it).
 */
export function isContextType(packageSpecifier: string, typeName: string): boolean {
  const packageName = grammyPackageOf(packageSpecifier);
  return packageName !== undefined && (contextTypes.get(packageName)?.has(typeName) ?? false);
}

/**
 * Whether a type exported by grammY or a plugin is meant to be intersected with a context without
 * being one (`SessionFlavor<S>`, `I18nFlavor`, `MenuFlavor`): `Context & SessionFlavor<S>` is a
 * context because of `Context`, and `SessionFlavor<S>` alone is not.
 */
export function isContextAddOn(packageSpecifier: string, typeName: string): boolean {
  const packageName = grammyPackageOf(packageSpecifier);
  return packageName !== undefined && (contextAddOns.get(packageName)?.has(typeName) ?? false);
}

/**
 * Whether a plugin adds a method `name` to the objects under `key` whose every call returns a
 * promise (`isPluginPromiseMember("hydratedMessage", "delete")`: `await ctx.msg.delete()` under the
 * hydrate plugin). The conversation's wait calls are not: see `endorsedUnawaitedMembers`.
 */
export function isPluginPromiseMember(key: string, name: string): boolean {
  return pluginPromiseMembers.get(key)?.has(name) ?? false;
}

/**
 * For a plugin method that returns nothing unless given a certain argument, and then a promise
 * (`ctx.menu.update({ immediate: true })`), the index of that argument; undefined otherwise.
 */
export function promiseArgumentIndex(key: string, name: string): number | undefined {
  return pluginConditionalPromiseMembers.get(key)?.get(name);
}

/**
 * Where grammY is imported from (grammy-facts.md, "Where grammY is imported from"): npm, Deno's
 * URLs, CDNs and JSR. Deno import maps and local re-export modules are followed elsewhere.
 */
export type GrammyModule = "grammy" | "runner" | "conversations" | "plugin";

const grammyPatterns: readonly RegExp[] = [
  /^grammy(?:\/(?:web|types))?$/,
  /^npm:grammy(?:@[^/]*)?(?:\/(?:web|types))?$/,
  /^jsr:@grammyjs\/grammy(?:@[^/]*)?(?:\/.*)?$/,
  /^https?:\/\/deno\.land\/x\/grammy(?:@[^/]+)?\/.+$/,
  /^https?:\/\/lib\.deno\.dev\/x\/grammy(?:@[^/]+)?\/.+$/,
  /^https?:\/\/esm\.sh\/grammy(?:@[^/?]+)?(?:[/?].*)?$/,
  /^https?:\/\/cdn\.skypack\.dev\/grammy(?:@[^/?]+)?(?:[/?].*)?$/,
  // grammY's repository serves the Deno sources that deno.land/x/grammy publishes (`src/mod.ts`);
  // GitHub matches owner and repository names in any case.
  /^https?:\/\/github\.com\/grammyjs\/grammy\/raw\/[^/]+\/src\/.+$/i,
  /^https?:\/\/raw\.githubusercontent\.com\/grammyjs\/grammy\/[^/]+\/src\/.+$/i,
];

function pluginPatterns(npmName: string, denoName: string): readonly RegExp[] {
  return [
    new RegExp(`^@grammyjs/${npmName}(?:/.*)?$`),
    new RegExp(`^npm:@grammyjs/${npmName}(?:@[^/]*)?(?:/.*)?$`),
    new RegExp(`^jsr:@grammyjs/${npmName}(?:@[^/]*)?(?:/.*)?$`),
    new RegExp(`^https?://deno\\.land/x/${denoName}(?:@[^/]+)?/.+$`),
    new RegExp(`^https?://lib\\.deno\\.dev/x/${denoName}(?:@[^/]+)?/.+$`),
    new RegExp(`^https?://esm\\.sh/@grammyjs/${npmName}(?:@[^/?]+)?(?:[/?].*)?$`),
  ];
}

const runnerPatterns = pluginPatterns("runner", "grammy_runner");
const conversationsPatterns = pluginPatterns("conversations", "grammy_conversations");
const otherPluginPatterns: readonly RegExp[] = [
  /^@grammyjs\//,
  /^npm:@grammyjs\//,
  /^jsr:@grammyjs\//,
  /^https?:\/\/deno\.land\/x\/grammy_[a-z_]+(?:@[^/]+)?\/.+$/,
];

/** Which part of grammY a module specifier names, or undefined when it is not grammY. */
export function grammyModuleOf(specifier: string): GrammyModule | undefined {
  if (!specifier.includes("grammy")) return undefined; // every pattern below names it: skip them all
  if (grammyPatterns.some((pattern) => pattern.test(specifier))) return "grammy";
  if (runnerPatterns.some((pattern) => pattern.test(specifier))) return "runner";
  if (conversationsPatterns.some((pattern) => pattern.test(specifier))) return "conversations";
  if (otherPluginPatterns.some((pattern) => pattern.test(specifier))) return "plugin";
  return undefined;
}

const npmPluginName = /^(?:npm:|jsr:|https?:\/\/esm\.sh\/)?@grammyjs\/([a-z0-9][a-z0-9-]*)/;
const denoPluginName = /^https?:\/\/(?:deno\.land|lib\.deno\.dev)\/x\/grammy_([a-z_]+)(?:@[^/]+)?\/(.*)$/;

/**
 * The npm package that a grammY module specifier names, whatever form it is written in:
 * `"grammy"` for grammY itself (`grammy/web`, `npm:grammy@1`, `jsr:@grammyjs/grammy`, its Deno
 * URLs), `"@grammyjs/hydrate"` for `@grammyjs/hydrate`, `npm:@grammyjs/hydrate@1`,
 * `jsr:@grammyjs/hydrate` and `https://deno.land/x/grammy_hydrate@v1.4.1/mod.ts` (Deno's
 * `grammy_chat_members` is `@grammyjs/chat-members`; `grammy_storages@v2/redis/...` is
 * `@grammyjs/storage-redis`). Undefined whenever `grammyModuleOf` is.
 */
export function grammyPackageOf(specifier: string): string | undefined {
  const module = grammyModuleOf(specifier);
  if (module === undefined) return undefined;
  if (module === "grammy") return "grammy";
  const npmName = npmPluginName.exec(specifier)?.[1];
  if (npmName !== undefined) return `@grammyjs/${npmName}`;
  const deno = denoPluginName.exec(specifier);
  if (!deno) return undefined;
  const [, denoName = "", path = ""] = deno;
  if (denoName === "storages") {
    const adapter = /^([a-z0-9][a-z0-9_-]*)\//.exec(path)?.[1];
    return adapter === undefined ? undefined : `@grammyjs/storage-${adapter}`;
  }
  return `@grammyjs/${denoName.replaceAll("_", "-")}`;
}

/**
 * A cheap test on a file's text: if "grammy" appears nowhere, the file cannot import grammY
 * directly, and untyped rules have nothing to do. Lowercase is enough: every specifier above names
 * it so (npm names are lowercase, and the URLs' paths are case-sensitive).
 */
export function mentionsGrammy(text: string): boolean {
  return text.includes("grammy");
}

/** A declaration file path that belongs to grammY or one of its plugins (typed recognition). */
export function isGrammyDeclarationPath(fileName: string): boolean {
  return /[\\/]node_modules[\\/](?:grammy|@grammyjs[\\/][^\\/]+)[\\/]/.test(fileName) ||
    /[\\/]deno\.land[\\/]x[\\/]grammy(?:_[a-z_]+)?(?:@[^\\/]+)?[\\/]/.test(fileName);
}

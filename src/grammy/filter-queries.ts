import type { TSESTree } from "@typescript-eslint/utils";

import { calleeMember, skipTransparent } from "../utils/ast";
import { filterQueryRoots } from "./members.generated";

/** A filter query's parts after its root: `text` of `message:text`, `url` of `::url`. */
const queryPart = /^[a-z_]*$/;

/**
 * `x.on("message:text", handler)`, `x.on(["callback_query:data", "msg"], ...)`: `on` given grammY
 * filter queries, whatever `x` is. A composer made by a plugin or an unknown helper
 * (`router.route("a").on("message", ...)`) awaits the middleware it is given, as grammY's own
 * Composer does, so its handlers' promises are not dropped the way an event emitter's `on` drops
 * its listeners'. The queries are read off grammY's `FilterQuery` (members.generated.ts).
 */
export function isFilterQueryRegistration(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  if (call.type !== "CallExpression") return false;
  const member = calleeMember(call);
  if (member?.name !== "on") return false;
  const [first] = call.arguments;
  if (!first) return false;
  const query = skipTransparent(first);
  const queries = query.type === "ArrayExpression" ? query.elements : [query];
  return queries.length > 0 && queries.every((element) => element !== null && isFilterQuery(element));
}

function isFilterQuery(node: TSESTree.Node): boolean {
  let text: string | undefined;
  if (node.type === "Literal" && typeof node.value === "string") text = node.value;
  else if (node.type === "TemplateLiteral" && node.expressions.length === 0) text = node.quasis[0]?.value.cooked ?? undefined;
  if (text === undefined) return false;
  const [root = "", ...rest] = text.split(":");
  return filterQueryRoots.has(root) && rest.length <= 2 && rest.every((part) => queryPart.test(part)) && text !== "";
}

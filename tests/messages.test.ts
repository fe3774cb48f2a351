// One style for what an editor shows (issue #23). A suggestion's message is a quick-fix title, to
// which the editor appends " (rule id)": an imperative without a final full stop ("Add `await`").
// A report's message is what the hover shows: full sentences, ending with a full stop.
// Which message ids are suggestions is read from the rule's source: the objects that carry both a
// `messageId` and a `fix` (suggestion descriptors); every other message is a report's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import { rules } from "../src/rules";

/**
 * The message ids given, as string literals, to objects that also have a `fix`, other than the
 * descriptor handed to `context.report` itself (an autofix has no title of its own).
 */
function suggestionIds(file: string): Set<string> {
  const ast = parse(readFileSync(file, "utf8"), { range: true, sourceType: "module" });
  const found = new Set<string>();
  const visit = (node: unknown, parent?: TSESTree.Node): void => {
    if (Array.isArray(node)) {
      node.forEach((child) => {
        visit(child, parent);
      });
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const object = node as TSESTree.Node;
    if (object.type === "ObjectExpression") {
      const keys = new Map(
        object.properties.flatMap((property) =>
          property.type === "Property" && property.key.type === "Identifier" ? [[property.key.name, property.value] as const] : [],
        ),
      );
      const id = keys.get("messageId");
      const reported =
        parent?.type === "CallExpression" &&
        parent.callee.type === "MemberExpression" &&
        parent.callee.property.type === "Identifier" &&
        parent.callee.property.name === "report";
      if (!reported && keys.has("fix") && id?.type === "Literal" && typeof id.value === "string") found.add(id.value);
    }
    for (const [key, value] of Object.entries(object)) if (key !== "parent") visit(value, object);
  };
  visit(ast);
  return found;
}

/** Words a suggestion may start with: verbs in the imperative. */
const imperatives = new Set(["Add", "Await", "Call", "Keep", "Pass", "Run", "Wrap"]);

describe("message style", () => {
  for (const [name, rule] of Object.entries(rules)) {
    const messages: Record<string, string> = rule.meta.messages;
    const suggestions = suggestionIds(path.join(__dirname, "..", "src", "rules", `${name}.ts`));

    it(`${name}: suggestion titles are imperatives without a final full stop`, () => {
      expect(rule.meta.hasSuggestions ?? false).toBe(suggestions.size > 0);
      for (const id of suggestions) {
        const text = messages[id];
        expect({ id, defined: text !== undefined }).toEqual({ id, defined: true });
        expect({ id, verb: imperatives.has(text?.split(" ")[0] ?? ""), endsWithStop: /[.!?]$/.test(text ?? "") }).toEqual({
          id,
          verb: true,
          endsWithStop: false,
        });
        // One phrase: no second sentence for the editor's menu.
        expect({ id, sentences: (text ?? "").split(/[.!?] /).length }).toEqual({ id, sentences: 1 });
      }
    });

    it(`${name}: report messages are full sentences`, () => {
      const reports = Object.keys(messages).filter((id) => !suggestions.has(id));
      expect(reports.length).toBeGreaterThan(0);
      for (const id of reports) {
        const text = messages[id] ?? "";
        expect({ id, capital: /^[A-Z`]/.test(text), endsWithStop: /[.)`]\.?$/.test(text) && text.endsWith(".") }).toEqual({
          id,
          capital: true,
          endsWithStop: true,
        });
      }
    });
  }
});

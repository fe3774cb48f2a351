// Cyclic types across two modules (which TypeScript rejects, but which a file may still hold): the
// declared types of a member are read off aliases that name each other and interfaces that extend
// each other, and the search ends at its hop limit instead of going round for ever. Each reader
// keeps its own policy on what it finds: the contextual type of an object literal's method wants
// exactly one declaration of the member, so a loop that declares it once per turn leaves the
// parameter unknown; a context's member wants one class among all declarations, so the same loop
// gives `Audit`. A member that nothing in the ring declares stays unknown.
// Fixtures: `cyclic.ts` and `cyclic/` of tests/fixtures/modules/shapes-contextual/, and
// `handlers/cyclic.ts` and `types/cycle-*.d.ts` of tests/fixtures/modules/shapes-context-members/.

import type { TestCaseError } from "@typescript-eslint/rule-tester";
import path from "node:path";
import { describe } from "vitest";

import noFloatingPromises, { type MessageIds } from "../../src/rules/no-floating-promises";
import { edited, fixture, typedModulesTester } from "../modules/helpers";
import { tsTester } from "../utils/testers";

const contextual = fixture(path.join("shapes-contextual", "cyclic.ts"));
const members = fixture(path.join("shapes-context-members", "handlers", "cyclic.ts"));

/** `ctx.audit.record(<text>)` at `line` of `members`, floating the rejection `Audit.record()` passes on. */
function floatingRecord(line: number, text: string): TestCaseError<MessageIds> {
  const call = `ctx.audit.record("${text}")`;
  return {
    messageId: "floatingHelper",
    line,
    column: 3,
    endLine: line,
    endColumn: 3 + call.length,
    data: { call: "ctx.audit.record()", carried: "bot.api.sendMessage()" },
    suggestions: [
      { messageId: "addAwait", output: edited(members.code, `  ${call}`, `  await ${call}`) },
      { messageId: "addCatch", output: edited(members.code, call, `${call}.catch((error) => console.error(error))`) },
    ],
  };
}

describe.each([
  ["untyped", tsTester],
  ["typed", typedModulesTester],
] as const)("no-floating-promises: cyclic types across two modules (%s)", (_, tester) => {
  tester.run("no-floating-promises", noFloatingPromises, {
    valid: [
      { ...contextual, name: "satisfies a cyclic alias that declares run once per turn, and a ring of interfaces without handle: unknown" },
    ],
    invalid: [
      {
        ...members,
        name: "ctx: a cyclic alias declaring audit: Audit once per turn, and a ring of interfaces inheriting it; ctx.ledger unknown",
        errors: [floatingRecord(5, "loop"), floatingRecord(10, "ring")],
      },
    ],
  });
});

// The memo under the recogniser's cached questions (src/grammy/memo.ts). A question asked again
// while it is being answered gets "unknown"; an answer that rests on such an "unknown" is not kept,
// so that every answer is the same whichever question was asked first.

import { describe, expect, it } from "vitest";

import { Memo } from "../../src/grammy/memo";

/** "Does any node reachable from this one hold a grammY call?" over a small graph, memoised. */
function reachability(edges: Record<string, readonly string[]>, holders: ReadonlySet<string>) {
  const memo = new Memo<string, boolean>();
  const computed: string[] = [];
  const holds = (node: string): boolean =>
    memo.get(node, () => {
      computed.push(node);
      if (holders.has(node)) return true;
      return (edges[node] ?? []).some((next) => holds(next)) || undefined;
    }) === true;
  return { holds, computed, memo };
}

describe("Memo", () => {
  // a -> b -> a, and a -> c, where c holds one: asked from a, b sees "unknown" for a.
  const edges = { a: ["b", "c"], b: ["a"], c: [] };
  const holders = new Set(["c"]);

  it("keeps no answer that rests on an open question, and answers it again when asked", () => {
    const { holds, computed, memo } = reachability(edges, holders);
    expect(holds("a")).toBe(true);
    expect(memo.has("a")).toBe(true);
    expect(memo.has("b")).toBe(false); // it saw "unknown" for a
    expect(memo.has("c")).toBe(true);
    expect(holds("b")).toBe(true); // a is answered now
    expect(memo.has("b")).toBe(true);
    expect(computed).toEqual(["a", "b", "c", "b"]);
  });

  it("gives the same answers whichever question comes first", () => {
    for (const order of [["a", "b", "c"], ["b", "a", "c"], ["c", "b", "a"]]) {
      const { holds } = reachability(edges, holders);
      expect(order.map((node) => [node, holds(node)])).toEqual(order.map((node) => [node, true]));
    }
  });

  it("keeps the answer of a question that only asked itself again", () => {
    const { holds, memo, computed } = reachability({ a: ["a"] }, new Set());
    expect(holds("a")).toBe(false);
    expect(memo.has("a")).toBe(true);
    holds("a");
    expect(computed).toEqual(["a"]);
  });

  it("keeps no answer when answering throws, and asks again", () => {
    const memo = new Memo<string, number>();
    expect(() =>
      memo.get("x", () => {
        throw new Error("unreadable");
      }),
    ).toThrow("unreadable");
    expect(memo.has("x")).toBe(false);
    expect(memo.get("x", () => 1)).toBe(1);
  });

  it("keeps objects' answers weakly when asked to", () => {
    const memo = new Memo<object, string>(true);
    const key = {};
    expect(memo.get(key, () => "kept")).toBe("kept");
    expect(memo.get(key, () => "again")).toBe("kept");
  });
});

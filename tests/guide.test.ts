import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

import { guideSamples } from "./utils/guide";

// The reference copy of grammY's reliability guide sits beside the repository in this workplace
// (and in CI). A clone without it has nothing to compare against.
const guidePath = path.join(__dirname, "..", "..", "shared", "reference", "grammy-reliability-guide.md");

it.skipIf(!existsSync(guidePath))("tests/utils/guide.ts holds the guide's samples verbatim and in order", () => {
  const guide = readFileSync(guidePath, "utf8");
  const blocks = [...guide.matchAll(/```(?:ts|js)\n([\s\S]*?)\n```/g)].map((match) => match[1]);
  expect(Object.values(guideSamples)).toEqual(blocks);
});

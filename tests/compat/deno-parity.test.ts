// Parity on the Deno fixtures: ESLint and `deno lint` with the built ./deno entry report the same
// (file, line, column, rule, message) on the Deno bots and the Deno module fixtures (deps.ts
// re-exports, import maps). `npm run parity` runs the same comparison (scripts/parity.mjs) on the
// Deno repositories of the dev corpus.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { compareParity } from "../../scripts/parity.mjs";
import { root, toolBin } from "./helpers";

const fixtures = (...folders: string[]) =>
  folders.map((folder) => {
    const dir = path.join(root, folder);
    return { dir, files: readdirSync(dir).filter((file) => file.endsWith(".ts")).map((file) => path.join(dir, file)) };
  });

describe("deno lint and ESLint report alike", () => {
  it("on the Deno bots and the import-map module fixture", async () => {
    await toolBin("deno"); // installed on first use
    const result = await compareParity(fixtures("tests/fixtures/compat/deno", "tests/fixtures/modules/import-map"));
    expect(result.files).toBe(5);
    expect(result.reports).toBeGreaterThan(0);
    expect(result.problems).toEqual([]);
    expect(result.differences).toEqual([]);
  }, 120_000);

  // Known gap: under deno lint the project view cannot parse other modules (the adapter hands the
  // rules no `languageOptions.parser`, and the package ships no TypeScript parser), so a grammY that
  // arrives through `./deps.ts` is not recognised and these reports are missing. `it.fails` turns
  // red once the gap is closed: then make it `it`.
  it.fails("on the deps.ts module fixture (grammY re-exported by a local module)", async () => {
    await toolBin("deno");
    const result = await compareParity(fixtures("tests/fixtures/modules/deno"));
    expect(result.differences).toEqual([]);
  }, 120_000);
});

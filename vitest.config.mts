import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/utils/setup.ts"],
    // Typed cases start a TypeScript program: give them room on a 2-core machine.
    testTimeout: 60_000,
    // Compat tests install oxlint and deno on first use (tests/compat/helpers.ts, toolBin).
    hookTimeout: 300_000,
    pool: "forks",
  },
});

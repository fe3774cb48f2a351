// The benchmark's corpus generator (scripts/bench/corpus.mjs): deterministic for a seed, every file
// parses, and the files it calls grammY-free really are. No timing here: that is `npm run bench`.
import { parse } from "@typescript-eslint/parser";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { generateCorpus, generateScaleFile, writeCorpus, type Corpus, type CorpusFile } from "../scripts/bench/corpus.mjs";

const parseModule = (file: Pick<CorpusFile, "path" | "text">): ReturnType<typeof parse> =>
  parse(file.text, { ecmaVersion: "latest", sourceType: "module", filePath: file.path, range: true, loc: true });

/** The module specifiers a file imports (static imports only: the generator writes no others). */
function importsOf(file: CorpusFile): string[] {
  return parseModule(file).body.flatMap((statement) =>
    statement.type === "ImportDeclaration" ? [statement.source.value] : [],
  );
}

describe("bench corpus generator", () => {
  const corpus50: Corpus = generateCorpus({ seed: 42, files: 50 });

  it("is deterministic for a seed", () => {
    expect(generateCorpus({ seed: 42, files: 50 })).toStrictEqual(corpus50);
    expect(generateCorpus({ seed: 7, files: 500 })).toStrictEqual(generateCorpus({ seed: 7, files: 500 }));
    expect(generateScaleFile(12)).toBe(generateScaleFile(12));
  });

  it("differs between seeds", () => {
    const other = generateCorpus({ seed: 43, files: 50 });
    expect(other.files.map((file) => file.text)).not.toStrictEqual(corpus50.files.map((file) => file.text));
  });

  it.each([1, 2, 3, 50, 500])("writes exactly N = %i files with distinct paths", (count) => {
    const { files } = generateCorpus({ seed: 42, files: count });
    expect(files).toHaveLength(count);
    expect(new Set(files.map((file) => file.path)).size).toBe(count);
    for (const file of files) expect(file.path).toMatch(/^src\/[a-z0-9-]+\.ts$/);
  });

  it("rejects a corpus of no files", () => {
    expect(() => generateCorpus({ seed: 42, files: 0 })).toThrow(/positive integer/);
  });

  it("parses: every file of N = 1, 50 and 500, and the scaling file", () => {
    for (const count of [1, 50, 500]) {
      for (const file of generateCorpus({ seed: 42, files: count }).files) {
        expect(() => parseModule(file), file.path).not.toThrow();
      }
    }
    expect(parseModule({ path: "scale.ts", text: generateScaleFile(20) }).body.length).toBeGreaterThan(20 * 6);
  });

  it("has every kind of file the benchmark promises at N = 50", () => {
    const kinds = new Set(corpus50.files.map((file) => file.kind));
    for (const kind of ["bot", "entry", "standalone", "commands", "callbacks", "conversation", "broadcast", "middleware", "handlers", "util", "store", "service"]) {
      expect(kinds, kind).toContain(kind);
    }
    const texts = corpus50.files.map((file) => file.text).join("\n");
    expect(texts).toContain("ctx.answerCallbackQuery(");
    expect(texts).toContain("createConversation(");
    expect(texts).toContain("bot.api.sendMessage(");
    expect(texts).toContain("await bot.start(");
    expect(texts).toContain("run(bot)");
  });

  it("is a grammY project whose handler modules, free of grammY, are each registered by one grammY module", () => {
    const { files, packageJson } = generateCorpus({ seed: 42, files: 500 });
    expect(Object.keys((JSON.parse(packageJson) as { dependencies: Record<string, string> }).dependencies)).toContain("grammy");
    const handlers = files.filter((file) => file.kind === "handlers");
    expect(handlers.length).toBeGreaterThan(10);
    const imports = new Map(files.map((file) => [file, importsOf(file)]));
    for (const file of handlers) {
      expect(file.grammy, file.path).toBe(false);
      const specifier = `./${file.path.slice("src/".length, -".ts".length)}.js`;
      const registrars = files.filter((other) => imports.get(other)?.includes(specifier));
      expect(registrars.map((other) => other.kind), file.path).toHaveLength(1);
      expect(["entry", "commands"], file.path).toContain(registrars[0]?.kind);
      const [exported] = /export (?:async function|function|const) (\w+)/.exec(file.text)?.slice(1) ?? [];
      expect(registrars[0]?.text, file.path).toContain(`.command("${exported?.toLowerCase()}", ${exported});`);
    }
  });

  it("has many handled promises and a few floating ones at N = 500", () => {
    const texts = generateCorpus({ seed: 42, files: 500 }).files.map((file) => file.text).join("\n");
    const awaited = texts.match(/\bawait ctx\./g)?.length ?? 0;
    const floating = texts.match(/^ {2}ctx\.(?:reply|answerCallbackQuery)\(/gm)?.length ?? 0;
    expect(floating).toBeGreaterThan(5);
    expect(awaited).toBeGreaterThan(10 * floating);
  });

  it("marks as grammY-free only files that import nothing from grammY, directly or through local modules", () => {
    const { files } = generateCorpus({ seed: 42, files: 500 });
    const byModule = new Map(files.map((file) => [`./${file.path.slice("src/".length, -".ts".length)}.js`, file]));
    const plain = files.filter((file) => !file.grammy);
    expect(plain.length).toBeGreaterThan(files.length / 4);
    for (const file of plain) {
      expect(file.text, file.path).not.toMatch(/grammy/i);
      for (const specifier of importsOf(file)) {
        if (specifier.startsWith("node:")) continue;
        expect(byModule.get(specifier)?.grammy, `${file.path} imports ${specifier}`).toBe(false);
      }
    }
  });
});

describe("bench worker (scripts/bench/worker.mjs)", () => {
  /** One worker run on a fresh N = 10 corpus (inside the repository, so that grammY resolves). */
  function work(config: string): { fileCount: number; findings: Record<string, number>; ruleIds: string[] } {
    const root = path.resolve(__dirname, "..");
    mkdirSync(path.join(root, ".bench"), { recursive: true });
    const dir = mkdtempSync(path.join(root, ".bench", "test-"));
    try {
      writeCorpus(dir, generateCorpus({ seed: 42, files: 10 }));
      const spec = { cwd: dir, patterns: ["src/**/*.ts"], config, stats: true, passes: 1 };
      const child = spawnSync(process.execPath, [path.join(root, "scripts", "bench", "worker.mjs"), JSON.stringify(spec)], {
        cwd: dir,
        encoding: "utf8",
      });
      expect(child.stderr).toBe("");
      const result = JSON.parse(child.stdout) as { fileCount: number; findings: Record<string, number>; files: { rules: Record<string, number> }[] };
      return {
        fileCount: result.fileCount,
        findings: result.findings,
        ruleIds: [...new Set(result.files.flatMap((file) => Object.keys(file.rules)))].sort(),
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("ESLint's floor runs the plugin's rules under their ids, doing nothing; the real config finds", () => {
    const floor = work("floor");
    const real = work("untyped");
    expect(floor.fileCount).toBe(10);
    expect(floor.ruleIds).toEqual(real.ruleIds);
    expect(floor.ruleIds.length).toBeGreaterThan(0);
    expect(floor.findings).toEqual({});
    expect(Object.keys(real.findings).length).toBeGreaterThan(0);
    expect(work("floor-core").ruleIds).toEqual(["no-debugger"]);
  });
});

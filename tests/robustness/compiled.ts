import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.join(__dirname, "..", "..");

/**
 * Transpiles src/ (TypeScript -> CommonJS, no type check) into node_modules/.cache, for code that
 * must load the plugin outside vitest: a worker thread with a bigger stack. Inside node_modules so
 * that the sources' own `require`s (eslint, parsers) resolve as they do from src/. Returns the
 * directory that stands for src/ and a function that removes the copy.
 */
export function compileSources(): { src: string; dispose: () => void } {
  const base = path.join(root, "node_modules", ".cache", "grammy-reliability-robustness", String(process.pid));
  const out = path.join(base, "src");
  const visit = (relative: string): void => {
    for (const entry of readdirSync(path.join(root, "src", relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) visit(child);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
        const { outputText } = ts.transpileModule(readFileSync(path.join(root, "src", child), "utf8"), {
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
          fileName: child,
        });
        const target = path.join(out, child.replace(/\.ts$/, ".js"));
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, outputText);
      }
    }
  };
  visit("");
  // src/plugin.ts reads ../package.json.
  writeFileSync(path.join(base, "package.json"), readFileSync(path.join(root, "package.json")));
  const dispose = (): void => {
    rmSync(base, { recursive: true, force: true });
    if (readdirSync(path.dirname(base)).length === 0) rmSync(path.dirname(base), { recursive: true, force: true });
  };
  return { src: out, dispose };
}

import type * as ts from "typescript";

import { mentionsGrammy } from "./sources";

/**
 * Names that the program's own files may declare globally with grammY in them:
 * `declare global { type LocalizedContext = Context & {...} }` in a `global.d.ts` that imports
 * grammY's `Context`, or a script declaration file (no import or export) that names grammY. A file
 * that imports nothing can still hold grammY values through them (`(ctx: LocalizedContext) =>
 * ctx.reply()`). Worked out once per program from the files it loaded (also through `/// <reference>`
 * directives and `include` globs), never from packages or TypeScript's libraries. A name is read
 * off the text of the declaring file, every declared name of it: more than the global ones, which
 * costs a look at a few more files, never a report (the checker still says what each value is).
 */
export function globalGrammyNames(program: ts.Program): ReadonlySet<string> {
  let names = namesByProgram.get(program);
  if (!names) {
    names = findGlobalGrammyNames(program);
    namesByProgram.set(program, names);
  }
  return names;
}

const namesByProgram = new WeakMap<ts.Program, ReadonlySet<string>>();

/** A declaration's name: `type X`, `interface X`, `class X`, `enum X`, `namespace X`, `const X`. */
const declaredName = /\b(?:type|interface|class|enum|namespace|const|let|var|function)\s+([A-Za-z_$][\w$]*)/g;
/** Whether a file is a module: an import or export at the start of a line. */
const moduleSyntax = /^\s*(?:import|export)\b/m;

function findGlobalGrammyNames(program: ts.Program): ReadonlySet<string> {
  const names = new Set<string>();
  for (const file of program.getSourceFiles()) {
    if (program.isSourceFileFromExternalLibrary(file) || program.isSourceFileDefaultLibrary(file)) continue;
    if (/[\\/]node_modules[\\/]/.test(file.fileName)) continue;
    const text = file.text;
    if (!mentionsGrammy(text)) continue;
    const global = text.includes("declare global") || (file.isDeclarationFile && !moduleSyntax.test(text));
    if (!global) continue;
    for (const match of text.matchAll(declaredName)) if (match[1]) names.add(match[1]);
  }
  return names;
}

/** Whether a file's text names one of the program's global grammY names (`globalGrammyNames`). */
export function seesGlobalGrammyName(program: ts.Program, text: string): boolean {
  const names = globalGrammyNames(program);
  if (names.size === 0) return false;
  for (const match of text.matchAll(/[A-Za-z_$][\w$]*/g)) if (names.has(match[0])) return true;
  return false;
}

// Types for corpus-files.mjs, so that the tests that read the dev corpus type-check under `strict`.

export const sourceFile: RegExp;
export const skippedFolders: ReadonlySet<string>;
export const outputFolders: ReadonlySet<string>;

/** The source files under the labels' include folders (default: all), minus the excluded ones. */
export function filesOf(dir: string, labels: { readonly include?: readonly string[]; readonly exclude?: readonly string[] }): string[];

/** CommonJS or ES module, the way Node decides for a .js file: the nearest package.json's type. */
export function sourceTypeOf(file: string, dir: string): "module" | "commonjs";

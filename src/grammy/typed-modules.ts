import type { ParserServicesWithTypeInformation, TSESTree } from "@typescript-eslint/utils";

/**
 * With type information: the source file TypeScript resolved a module specifier to (`"./bot.js"`,
 * a `paths` alias such as `"@/bot"`), when it is a file of the project (not a declaration file,
 * not in `node_modules`). `specifier` is the string literal of an import, export or `require`.
 */
export function typedModuleFile(services: ParserServicesWithTypeInformation, specifier: TSESTree.Node): string | undefined {
  const tsNode = services.esTreeNodeToTSNodeMap.get(specifier);
  const symbol = services.program.getTypeChecker().getSymbolAtLocation(tsNode);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  const fileName = declaration?.getSourceFile().fileName;
  if (fileName === undefined || /\.d\.[cm]?ts$/.test(fileName) || /[\\/]node_modules[\\/]/.test(fileName)) return undefined;
  return fileName;
}

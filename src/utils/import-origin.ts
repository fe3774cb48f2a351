import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { skipTransparent, staticMemberName, staticString } from "./ast";
import { findVariable } from "./scope";

/** Where a value is imported from: the module specifier and the export's name (`"default"` for the default export). */
export interface ImportOrigin {
  readonly module: string;
  readonly name: string;
}

/**
 * Which package export an expression is: `x` of `import { x } from "m"` or
 * `const { x } = require("m")` -> `{ module: "m", name: "x" }`; a default import or
 * `const x = require("m")` -> `"default"`; `ns.x` of a namespace import or `require("m").x` -> `"x"`.
 * Undefined for anything else (locals, parameters, globals).
 */
export function importOriginOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): ImportOrigin | undefined {
  return originOf(sourceCode, skipTransparent(node), 0);
}

function originOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth: number): ImportOrigin | undefined {
  if (depth > 8) return undefined;
  switch (node.type) {
    case "Identifier": {
      const definition = findVariable(sourceCode, node)?.defs[0];
      if (definition?.type === "ImportBinding") {
        const specifier = definition.node;
        if (specifier.type === "TSImportEqualsDeclaration") {
          const reference = specifier.moduleReference;
          return reference.type === "TSExternalModuleReference" ? { module: reference.expression.value, name: "default" } : undefined;
        }
        const declaration = specifier.parent;
        if (declaration.type !== "ImportDeclaration") return undefined;
        const module = declaration.source.value;
        if (specifier.type === "ImportDefaultSpecifier") return { module, name: "default" };
        if (specifier.type === "ImportNamespaceSpecifier") return { module, name: "*" };
        return { module, name: specifier.imported.type === "Identifier" ? specifier.imported.name : specifier.imported.value };
      }
      if (definition?.type !== "Variable" || !definition.node.init) return undefined;
      const declarator = definition.node;
      if (!declarator.init) return undefined;
      if (declarator.id === definition.name) return originOf(sourceCode, skipTransparent(declarator.init), depth + 1);
      const property = definition.name.parent;
      if (property.type !== "Property" || property.value !== definition.name || property.parent !== declarator.id) return undefined;
      const key = property.computed ? staticString(property.key) : property.key.type === "Identifier" ? property.key.name : undefined;
      const whole = originOf(sourceCode, skipTransparent(declarator.init), depth + 1);
      return key !== undefined && whole && (whole.name === "default" || whole.name === "*") ? { module: whole.module, name: key } : undefined;
    }
    case "CallExpression": {
      const [specifier] = node.arguments;
      if (node.callee.type !== "Identifier" || node.callee.name !== "require" || !specifier) return undefined;
      if (findVariable(sourceCode, node.callee)?.defs.length) return undefined; // a local `require`
      const module = staticString(specifier);
      return module === undefined ? undefined : { module, name: "default" };
    }
    case "MemberExpression": {
      const name = staticMemberName(node);
      const whole = name === undefined ? undefined : originOf(sourceCode, skipTransparent(node.object), depth + 1);
      return name !== undefined && whole && (whole.name === "default" || whole.name === "*") ? { module: whole.module, name } : undefined;
    }
    default:
      return undefined;
  }
}

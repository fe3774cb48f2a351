import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";

/**
 * The schema of an option that names functions of packages (`[{ module, name }]`), as
 * `shutdownHelpers` and `errorHandlerHelpers` do: one shape, so editors show both the same way.
 */
export function helperListSchema(description: string): JSONSchema4 {
  return {
    type: "array",
    description,
    items: {
      type: "object",
      additionalProperties: false,
      required: ["module", "name"],
      properties: {
        module: { type: "string", description: "The package the function is imported from." },
        name: { type: "string", description: 'Its export name (`"default"` for the default export).' },
      },
    },
  };
}

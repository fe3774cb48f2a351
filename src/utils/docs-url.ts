/** Where a rule's documentation lives: the page in this repository's `docs/rules/`. */
export const repositoryUrl = "https://github.com/grammy-reliability/eslint-plugin-grammy-reliability";

export function docsUrl(ruleName: string): string {
  return `${repositoryUrl}/blob/main/docs/rules/${ruleName}.md`;
}

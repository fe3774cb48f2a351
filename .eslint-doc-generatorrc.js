// eslint-doc-generator writes each rule page's header and options list and the README rule
// table from the rules' metadata; `npm run docs:check` fails in CI when they are stale.
/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  ignoreConfig: ["flat/recommended"],
  ruleDocSectionInclude: ["Rule details", "When not to use it"],
  ruleDocSectionOptions: true,
  ruleListColumns: ["name", "description", "configsError", "fixable", "hasSuggestions", "options"],
  urlRuleDoc: "https://github.com/grammy-reliability/eslint-plugin-grammy-reliability/blob/main/docs/rules/{name}.md",
};

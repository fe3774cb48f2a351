#!/usr/bin/env node
// The README's first command: lints the bundled example bots in examples/ with the BUILT plugin's
// flat/recommended config, as a user's project would, and prints the findings grouped by file.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import plugin from "../dist/index.js";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const examplesDir = path.join(root, "examples");

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
    { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" } },
    plugin.configs["flat/recommended"],
  ],
});

const files = readdirSync(examplesDir)
  .filter((file) => /\.(?:[cm]?[jt]s)$/.test(file))
  .sort()
  .map((file) => path.join(examplesDir, file));
const results = await eslint.lintFiles(files);

let findings = 0;
let broken = 0;
for (const result of results) {
  const name = path.relative(root, result.filePath);
  const messages = result.messages;
  if (messages.length === 0) {
    console.log(`✔ ${name}: clean`);
    continue;
  }
  broken++;
  console.log(`✖ ${name}`);
  for (const message of messages) {
    findings++;
    const where = `${message.line}:${message.column}`.padEnd(7);
    console.log(`    ${where} ${message.ruleId ?? "(parse)"}  ${message.message}`);
  }
}
console.log(
  `\n${findings} finding${findings === 1 ? "" : "s"} in ${broken} of ${results.length} example bots ` +
    `(${results.length - broken} clean).`,
);

// Writes a generated source file, or with `--check` (CI) compares it with the checked-in one and
// exits 1 when it is stale: one behaviour for every generator of this repository.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function writeOrCheck(outFile, text) {
  const name = path.basename(outFile);
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(outFile, "utf8");
    } catch {
      // A missing file is stale too.
    }
    if (current !== text) {
      console.error(`${outFile} is stale: run \`npm run generate\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${name} is up to date.`);
  } else {
    writeFileSync(outFile, text);
    console.log(`wrote ${outFile}`);
  }
}

// The `./deno` adapter's cost per file inside deno lint: every .ts file of tests/fixtures/ and
// examples/ is linted through `Deno.lint.runPlugin` (deno's own parser and tree, as `deno lint`
// hands it to plugins) with each given build of the plugin, and with a no-op plugin (the floor:
// parsing and deno's tree serialisation). Each round lints every file once with every plugin, the
// plugins interleaved in one process so that a busy machine slows them alike; the figures are the
// median rounds. `Deno.lint.runPlugin` exists only under `deno test`, so this runs as its module code:
//
//   .tools/deno-2.9.6/node_modules/.bin/deno test -A --no-check scripts/bench/deno-adapter.mjs -- \
//     [--plugin=dist/deno.js ...] [--rounds=31]
/* global Deno */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.join(import.meta.dirname, "..", "..");
const values = (name) => Deno.args.filter((arg) => arg.startsWith(`--${name}=`)).map((arg) => arg.slice(name.length + 3));
const pluginFiles = values("plugin").map((file) => path.resolve(file));
if (pluginFiles.length === 0) pluginFiles.push(path.join(root, "dist", "deno.js"));
const rounds = Number(values("rounds")[0] ?? "31");

const files = [path.join(root, "tests", "fixtures"), path.join(root, "examples")]
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)))
  .filter((file) => file.endsWith(".ts"))
  .sort()
  .map((file) => ({ file, text: readFileSync(file, "utf8") }));

const load = createRequire(import.meta.url);
const floor = { label: "floor (no-op plugin)", plugin: { name: "floor", rules: { noop: { create: () => ({ Program() {} }) } } } };
const measured = [floor, ...pluginFiles.map((file) => ({ label: path.relative(root, file), plugin: load(file) }))];

/** Milliseconds per file of one round through every file. */
function round(plugin) {
  const start = performance.now();
  for (const { file, text } of files) Deno.lint.runPlugin(plugin, file, text);
  return (performance.now() - start) / files.length;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
for (let warmup = 0; warmup < 3; warmup++) for (const { plugin } of measured) round(plugin);
const times = measured.map(() => []);
for (let index = 0; index < rounds; index++) measured.forEach(({ plugin }, at) => times[at].push(round(plugin)));
const floorMs = median(times[0]);
console.log(
  JSON.stringify({
    files: files.length,
    rounds,
    results: measured.map(({ label }, at) => ({
      plugin: label,
      msPerFile: Number(median(times[at]).toFixed(3)),
      overFloorMsPerFile: Number((median(times[at]) - floorMs).toFixed(3)),
    })),
  }),
);

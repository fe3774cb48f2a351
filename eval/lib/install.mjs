// Typed mode's dependencies (eval/README.md, "Typed mode"): every package.json in scope installed
// with npm, lifecycle scripts off, lockfiles ignored. Shared by eval/run.mjs and eval/compare.mjs.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { outputFolders, skippedFolders } from "../corpus-files.mjs";

const installTimeoutMs = 180_000;

/**
 * The folders of the package.json files in scope: for each included folder (default: the repo),
 * the nearest package.json at or above it, and every package.json inside it (not in excluded
 * folders).
 */
export function manifestDirs(dir, labels) {
  const excluded = new Set((labels.exclude ?? []).map((folder) => path.join(dir, folder)));
  const found = new Set();
  const walk = (folder) => {
    if (existsSync(path.join(folder, "package.json"))) found.add(folder);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    const packageRoot = found.has(folder);
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (!entry.isDirectory() || excluded.has(full) || skippedFolders.has(entry.name) || entry.name.startsWith(".")) continue;
      if (!(packageRoot && outputFolders.has(entry.name))) walk(full);
    }
  };
  for (const include of labels.include ?? ["."]) {
    const start = path.join(dir, include);
    for (let folder = start; folder === dir || folder.startsWith(dir + path.sep); folder = path.dirname(folder)) {
      if (existsSync(path.join(folder, "package.json"))) {
        found.add(folder);
        break;
      }
    }
    walk(start);
  }
  return [...found].sort();
}

/**
 * `npm install` in one folder, lifecycle scripts off, lockfiles ignored. A success is stamped with
 * the manifest's hash so a rerun does not install again; a failure gives a one-line reason.
 */
export function npmInstall(folder) {
  const manifest = readFileSync(path.join(folder, "package.json"));
  const hash = createHash("sha256").update(manifest).digest("hex");
  const stamp = path.join(folder, ".eval-npm-install");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash && existsSync(path.join(folder, "node_modules")))
    return { ok: true, cached: true };
  rmSync(stamp, { force: true });
  const started = performance.now();
  const run = spawnSync(
    "npm",
    ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--legacy-peer-deps", "--no-package-lock"],
    {
      cwd: folder,
      encoding: "utf8",
      timeout: installTimeoutMs,
      killSignal: "SIGKILL",
      maxBuffer: 1 << 28,
      env: { ...process.env, npm_config_update_notifier: "false", npm_config_loglevel: "error" },
    },
  );
  const seconds = Math.round((performance.now() - started) / 1000);
  if (run.error?.code === "ETIMEDOUT" || run.signal === "SIGKILL")
    return { ok: false, reason: `timed out after ${installTimeoutMs / 1000} s` };
  if (run.error) return { ok: false, reason: String(run.error.message).split("\n")[0] };
  if (run.status !== 0) {
    const errors = `${run.stderr}\n${run.stdout}`
      .split("\n")
      .map((line) => line.replace(/^npm (?:error|ERR!)\s*/, "").trim())
      .filter((line) => line && !/complete log of this run|^A complete log|^\d{4}-\d\d-\d\dT/.test(line));
    const code = errors.find((line) => /^code /.test(line));
    const detail = errors.find((line) => !/^(?:code|errno|syscall|path|command|signal|cwd) /.test(line) && !line.startsWith("npm "));
    // A git dependency: which one, and git's own first complaint.
    const gitCommand = errors.findIndex((line) => /^command git .* ls-remote /.test(line));
    const git =
      gitCommand === -1 ? undefined : `${errors[gitCommand].replace(/^command git .* ls-remote\s+/, "git ")} (${errors[gitCommand + 1] ?? "?"})`;
    return { ok: false, reason: [code, detail, git].filter(Boolean).join(": ").slice(0, 300) || `npm exited with ${run.status}` };
  }
  writeFileSync(stamp, hash);
  return { ok: true, cached: false, seconds };
}

/** Installs every package.json in scope; the repo counts as installed when all of them are. */
export function installRepo(dir, labels) {
  const folders = manifestDirs(dir, labels);
  if (folders.length === 0) return { ok: false, reason: "no package.json in scope", folders };
  const failures = [];
  let installed = 0;
  for (const folder of folders) {
    const result = npmInstall(folder);
    const where = path.relative(dir, folder) || ".";
    if (!result.ok) failures.push(where === "." ? result.reason : `${where}/package.json: ${result.reason}`);
    else if (!result.cached) {
      installed += 1;
      console.log(`  npm install ${labels.repo} ${where}: ${result.seconds} s`);
    }
  }
  return failures.length > 0
    ? { ok: false, reason: failures.join("; "), folders: folders.map((folder) => path.relative(dir, folder) || ".") }
    : { ok: true, installed, folders: folders.map((folder) => path.relative(dir, folder) || ".") };
}

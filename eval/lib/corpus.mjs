// The dev corpus on this machine: the label files of eval/labels/ and each repository's tree at its
// labelled commit, extracted once into .eval/. Shared by eval/run.mjs and eval/compare.mjs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const labelsDir = path.join(root, "eval", "labels");
export const workDir = path.join(root, ".eval");
export const mirrors = process.env.GRAMMY_EVAL_MIRRORS ?? "/work/.mirror";

/** Every label file, as parsed JSON, sorted by repo. */
export function readLabels() {
  return readdirSync(labelsDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => JSON.parse(readFileSync(path.join(labelsDir, file), "utf8")))
    .sort((a, b) => a.repo.localeCompare(b.repo));
}

/** The repo's tree at the pinned commit, extracted once into .eval/; undefined without a mirror. */
export function checkout(labels) {
  const gitDir = path.join(mirrors, labels.repo.replace("/", "+"), "repo");
  if (!existsSync(gitDir)) return undefined;
  const dir = path.join(workDir, labels.repo.replace("/", "__"));
  const stamp = path.join(dir, ".eval-commit");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === labels.commit) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Only what linting reads: sources and the manifests that say how they resolve. A snapshot may
  // lack large binary files (images, videos), so the tree is not archived whole.
  const wanted = /\.(?:[cm]?[jt]sx?|json|jsonc|ya?ml)$/;
  const git = (gitArgs, input) =>
    execFileSync("git", ["--git-dir", gitDir, ...gitArgs], { input, maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "pipe"] });
  let entries;
  try {
    entries = git(["ls-tree", "-r", "--full-tree", labels.commit])
      .toString("utf8")
      .split("\n")
      .map((line) => /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line))
      .filter((match) => match && wanted.test(match[2]) && !match[2].split("/").includes("node_modules"))
      .map((match) => ({ sha: match[1], file: match[2] }));
  } catch (error) {
    console.error(`${labels.repo}: cannot list ${labels.commit}: ${String(error.stderr ?? error).split("\n")[0]}`);
    return undefined;
  }
  const batch = git(["cat-file", "--batch"], entries.map((entry) => entry.sha).join("\n") + "\n");
  let offset = 0;
  for (const entry of entries) {
    const headerEnd = batch.indexOf(10, offset);
    const header = batch.subarray(offset, headerEnd).toString("utf8");
    offset = headerEnd + 1;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!size) continue; // "missing": the snapshot lacks it
    const content = batch.subarray(offset, offset + Number(size[1]));
    offset += Number(size[1]) + 1;
    const target = path.join(dir, entry.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  writeFileSync(stamp, labels.commit);
  return dir;
}

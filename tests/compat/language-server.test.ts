// The editor experience, through the real ESLint language server (issue #23): the
// `vscode-eslint-language-server` of `vscode-langservers-extracted` (a dev dependency, pinned),
// the server VS Code's ESLint extension runs and that other editors (Neovim, Helix, Zed) start.
// Started over stdio and configured as the VS Code extension configures it, it opens the fixture
// bots, pulls their diagnostics (`textDocument/diagnostic`), asks for the code actions of each,
// runs every quick fix the plugin offers (suggestions and autofixes) through
// `workspace/executeCommand`, applies the WorkspaceEdit the server sends back, and checks that the
// edited file parses and that the diagnostic is gone on re-lint. The diagnostics must be the CLI's
// (ESLint's Node API on the same project): same rule, range and message.
//
// Three setups: flat config on ESLint 10 (the server finds eslint.config.mjs by itself), a typed
// flat config (parserOptions.projectService), and `.eslintrc.json` on ESLint 8 (the project's
// node_modules/eslint is the `eslint-v8` alias; the server takes the `useFlatConfig: false` setting).
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createProject, installBuiltPlugin, linkPackage, removeProjects, root } from "./helpers";

afterAll(removeProjects);

const serverScript = path.join(root, "node_modules", "vscode-langservers-extracted", "lib", "eslint-language-server", "eslintServer.js");

// ---------------------------------------------------------------------------------------------
// A minimal LSP client: JSON-RPC 2.0 over stdio with Content-Length framing.

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface Diagnostic {
  range: Range;
  message: string;
  code?: string | number;
  source?: string;
}
interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}
interface CodeAction {
  title: string;
  kind?: string;
  command?: Command;
  edit?: WorkspaceEdit;
}
interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[];
}
interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

class LanguageClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number | string, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  /** What the server logged (window/logMessage, stderr): shown when a step fails. */
  readonly log: string[] = [];
  /** The edits the server asked the editor to apply (`workspace/applyEdit`), in order. */
  readonly appliedEdits: WorkspaceEdit[] = [];

  constructor(
    cwd: string,
    private readonly settings: (scopeUri: string | undefined) => unknown,
  ) {
    this.child = spawn(process.execPath, [serverScript, "--stdio"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout.on("data", (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    this.child.stderr.on("data", (chunk: Buffer) => this.log.push(chunk.toString()));
    this.child.on("exit", (code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`server exited (${String(code)})\n${this.log.join("\n")}`));
      this.pending.clear();
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: "2.0", id, method, params });
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    try {
      await Promise.race([this.request("shutdown", null), new Promise((resolve) => setTimeout(resolve, 2000))]);
      this.notify("exit", null);
    } finally {
      const timer = setTimeout(() => this.child.kill(), 2000);
      await exited;
      clearTimeout(timer);
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.child.stdin.write(`Content-Length: ${String(body.length)}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private drain(): void {
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString("ascii"))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.receive(JSON.parse(body) as Message);
    }
  }

  private receive(message: Message): void {
    if (message.method === undefined) {
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting || message.id === undefined) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${message.error.message}\n${this.log.join("\n")}`));
      else waiting.resolve(message.result);
      return;
    }
    if (message.method === "window/logMessage" || message.method === "window/showMessage") {
      this.log.push((message.params as { message: string }).message);
    }
    if (message.id === undefined) return; // a notification
    let result: unknown = null;
    switch (message.method) {
      case "workspace/configuration": {
        const { items } = message.params as { items: { scopeUri?: string; section?: string }[] };
        result = items.map((item) => this.settings(item.scopeUri));
        break;
      }
      case "workspace/applyEdit":
        this.appliedEdits.push((message.params as { edit: WorkspaceEdit }).edit);
        result = { applied: true };
        break;
      default:
        // client/registerCapability, window/workDoneProgress/create, eslint/noLibrary, ...
        break;
    }
    this.send({ jsonrpc: "2.0", id: message.id, result });
  }
}

/**
 * The settings VS Code's ESLint extension (3.x) sends for a file of a workspace folder
 * (`workspace/configuration` with section ""), its defaults except where a setup needs one:
 * `useFlatConfig`, `experimental.useFlatConfig`, `nodePath`, `workingDirectory`.
 */
function extensionSettings(folder: string, overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    validate: "on",
    packageManager: "npm",
    useESLintClass: false,
    useFlatConfig: undefined,
    experimental: { useFlatConfig: false },
    codeAction: {
      disableRuleComment: { enable: true, location: "separateLine", commentStyle: "line" },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { mode: "all" },
    format: false,
    quiet: false,
    onIgnoredFiles: "off",
    options: {},
    rulesCustomizations: [],
    run: "onType",
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: undefined,
    workspaceFolder: { name: path.basename(folder), uri: pathToFileURL(folder).href },
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Text edits, positions and parsing

function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/** Applies an edit's TextEdits for one document, as an editor does (all against the old text). */
function applyEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits = [
    ...(edit.changes?.[uri] ?? []),
    ...(edit.documentChanges ?? []).filter((change) => change.textDocument.uri === uri).flatMap((change) => change.edits),
  ];
  expect(edits.length, `the edit changes ${uri}`).toBeGreaterThan(0);
  const sorted = edits
    .map((textEdit) => ({ start: offsetAt(text, textEdit.range.start), end: offsetAt(text, textEdit.range.end), newText: textEdit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const { start, end, newText } of sorted) result = result.slice(0, start) + newText + result.slice(end);
  return result;
}

/** Parse errors of a file's text: TypeScript's parser, as a module or as a CommonJS script. */
function parseError(text: string, file: string): string | undefined {
  try {
    tsParser.parse(text, { ecmaVersion: "latest", sourceType: file.endsWith(".js") ? "script" : "module", range: true, loc: true });
    return undefined;
  } catch (error) {
    return String(error);
  }
}

interface Finding {
  rule: string;
  range: string;
  message: string;
}

function rangeText(range: Range): string {
  return `${String(range.start.line + 1)}:${String(range.start.character + 1)}-${String(range.end.line + 1)}:${String(range.end.character + 1)}`;
}

function sortedFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.range.localeCompare(b.range, "en", { numeric: true }) || a.rule.localeCompare(b.rule));
}

const ownRule = (rule: string | number | undefined | null): boolean => String(rule).startsWith("grammy-reliability/");

// ---------------------------------------------------------------------------------------------
// The three setups

const flatConfig = `import tsParser from "@typescript-eslint/parser";
import grammyReliability from "eslint-plugin-grammy-reliability";

export default [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
  { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" } },
  grammyReliability.configs["flat/recommended"],
];
`;

const typedConfig = `import tsParser from "@typescript-eslint/parser";
import grammyReliability from "eslint-plugin-grammy-reliability";

export default [
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" } },
  grammyReliability.configs["flat/recommended"],
];
`;

const tsconfig = JSON.stringify({
  compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", strict: true, noEmit: true, skipLibCheck: true, types: [] },
  include: ["bots/**/*.ts", "typed/**/*.ts"],
});

const eslintrc = JSON.stringify({
  root: true,
  extends: ["plugin:grammy-reliability/recommended"],
  env: { es2022: true, node: true },
  parserOptions: { ecmaVersion: 2022, sourceType: "module" },
  overrides: [
    { files: ["*.ts"], parser: "@typescript-eslint/parser" },
    { files: ["*.js"], parserOptions: { sourceType: "script" } },
  ],
});

interface Setup {
  name: string;
  /** The package the project's node_modules/eslint is: the main dev dependency or the alias. */
  eslint: "eslint" | "eslint-v8";
  fixtures: string[];
  files: Record<string, string>;
  /** Settings beyond the extension's defaults. */
  settings: Record<string, unknown>;
  /** Files the plugin must report in (a file with no finding is opened too, and must stay clean). */
  reported: string[];
}

const setups: Setup[] = [
  {
    name: "flat config, ESLint 10",
    eslint: "eslint",
    fixtures: ["bots"],
    files: { "eslint.config.mjs": flatConfig },
    settings: {},
    reported: ["bots/broken-bot.js", "bots/broken-polling-bot.ts", "bots/broken-runner-bot.ts", "bots/broken-stop-bot.ts"],
  },
  {
    name: "typed flat config (projectService), ESLint 10",
    eslint: "eslint",
    fixtures: ["bots", "typed"],
    files: { "eslint.config.mjs": typedConfig, "tsconfig.json": tsconfig },
    settings: {},
    reported: ["bots/broken-polling-bot.ts", "bots/broken-stop-bot.ts", "typed/bot.ts"],
  },
  {
    name: ".eslintrc.json, ESLint 8",
    eslint: "eslint-v8",
    fixtures: ["bots"],
    files: { ".eslintrc.json": eslintrc },
    settings: { useFlatConfig: false, experimental: { useFlatConfig: false } },
    reported: ["bots/broken-bot.js", "bots/broken-polling-bot.ts", "bots/broken-runner-bot.ts"],
  },
];

/** The clean bot opened in every setup: no diagnostic at all. */
const cleanFile = "bots/polling-bot.ts";

describe.each(setups)("the ESLint language server: $name", (setup) => {
  let dir: string;
  let client: LanguageClient;
  let cli: Map<string, Finding[]>;
  let version = 1;

  beforeAll(async () => {
    dir = createProject(`ls-${setup.eslint}`, { fixtures: setup.fixtures, files: setup.files });
    installBuiltPlugin(dir);
    // The server loads the eslint that the file's folder resolves, as the CLI does.
    linkPackage(dir, "eslint", setup.eslint);
    for (const name of ["@typescript-eslint/parser", "grammy", "@grammyjs/runner"]) linkPackage(dir, name);

    // What the CLI reports, through the same ESLint major's Node API.
    const { ESLint } = createRequire(path.join(dir, "package.json"))("eslint") as typeof import("eslint");
    const eslint = new ESLint({ cwd: dir });
    cli = new Map();
    for (const result of await eslint.lintFiles([...setup.reported, cleanFile])) {
      cli.set(
        path.relative(dir, result.filePath).split(path.sep).join("/"),
        sortedFindings(
          result.messages.map((message) => ({
            rule: message.ruleId ?? "",
            range: `${String(message.line)}:${String(message.column)}-${String(message.endLine ?? message.line)}:${String(message.endColumn ?? message.column)}`,
            message: message.message,
          })),
        ),
      );
    }

    client = new LanguageClient(dir, () => extensionSettings(dir, setup.settings));
    await client.request("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: path.basename(dir) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source.fixAll.eslint"] } } },
          synchronization: { didSave: true },
        },
      },
    });
    client.notify("initialized", {});
  }, 60_000);

  afterAll(async () => {
    await client.stop();
  });

  const uriOf = (file: string): string => pathToFileURL(path.join(dir, file)).href;
  const languageOf = (file: string): string => (file.endsWith(".js") ? "javascript" : "typescript");

  async function diagnosticsOf(file: string): Promise<Diagnostic[]> {
    const report = await client.request<{ kind: string; items: Diagnostic[] }>("textDocument/diagnostic", {
      textDocument: { uri: uriOf(file) },
    });
    return report.items;
  }

  async function setText(file: string, text: string): Promise<void> {
    version++;
    client.notify("textDocument/didChange", { textDocument: { uri: uriOf(file), version }, contentChanges: [{ text }] });
    await Promise.resolve();
  }

  it("shows the CLI's findings, on the same ranges, with the same messages", async () => {
    for (const file of [...setup.reported, cleanFile]) {
      client.notify("textDocument/didOpen", {
        textDocument: { uri: uriOf(file), languageId: languageOf(file), version, text: readFileSync(path.join(dir, file), "utf8") },
      });
      const diagnostics = await diagnosticsOf(file);
      const shown = sortedFindings(diagnostics.map((diagnostic) => ({ rule: String(diagnostic.code ?? ""), range: rangeText(diagnostic.range), message: diagnostic.message })));
      expect({ file, shown }, client.log.join("\n")).toEqual({ file, shown: cli.get(file) });
      expect({ file, ours: shown.every((finding) => ownRule(finding.rule)) }).toEqual({ file, ours: true });
      if (file === cleanFile) expect(shown).toEqual([]);
      else expect(shown.length, file).toBeGreaterThan(0);
    }
    // Every bot file of the fixtures that the CLI reports was opened.
    expect(readdirSync(path.join(dir, "bots")).filter((name) => name.startsWith("broken-")).length).toBeGreaterThan(0);
  });

  it("offers the plugin's quick fixes; each edit parses and makes its diagnostic go away", async () => {
    let applied = 0;
    for (const file of setup.reported) {
      const uri = uriOf(file);
      const original = readFileSync(path.join(dir, file), "utf8");
      const diagnostics = await diagnosticsOf(file);
      for (const diagnostic of diagnostics) {
        const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
          textDocument: { uri },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic], triggerKind: 1 },
        });
        const rule = String(diagnostic.code ?? "");
        // The plugin's own: suggestions and autofixes (not "Disable ... for this line", "Show documentation").
        const fixes = actions.filter(
          (action) => action.command?.command === "eslint.applySuggestion" || action.command?.command === "eslint.applySingleFix",
        );
        for (const action of fixes) {
          // The editor appends " (rule id)": the title itself ends without a full stop.
          expect(action.title, action.title).not.toMatch(/\. \(/);
          const where = `${file} ${rangeText(diagnostic.range)} ${rule}: ${action.title}`;
          const before = client.appliedEdits.length;
          await client.request("workspace/executeCommand", { command: action.command?.command, arguments: action.command?.arguments });
          const edit = client.appliedEdits[before];
          expect(edit, where).toBeDefined();
          if (!edit) continue;
          const edited = applyEdit(original, uri, edit);
          expect(parseError(edited, file), where).toBeUndefined();
          await setText(file, edited);
          const after = await diagnosticsOf(file);
          const count = (list: Diagnostic[]) => list.filter((other) => String(other.code) === rule).length;
          expect(count(after), where).toBeLessThan(count(diagnostics));
          expect(after.some((other) => other.message === diagnostic.message && rangeText(other.range) === rangeText(diagnostic.range)), where).toBe(false);
          // Back to the file as it was, linted again: the server computes fixes from its last lint.
          await setText(file, original);
          expect((await diagnosticsOf(file)).length, where).toBe(diagnostics.length);
          applied++;
        }
      }
    }
    expect(applied).toBeGreaterThan(0);
  });
});

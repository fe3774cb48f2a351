// What eval/compare.mjs needs to know about the functions that typescript-eslint's
// no-misused-promises reports (a promise-returning function where a void return is expected), found
// syntactically: which are the grammY guide's shutdown, `process.once("SIGINT", () => bot.stop())`
// (its reports there are false, whatever the labels say), which are other SIGINT/SIGTERM listeners,
// and where each function ends (a report on an async timer callback stands for the floating
// place inside it).
import { readFileSync } from "node:fs";
import { parse } from "@typescript-eslint/parser";

const listenerMethods = new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);

/**
 * The functions of a file, by position (`line:column`, as ESLint prints a report on them):
 * `shutdown`, the guide's shutdown listeners: a listener of SIGINT or SIGTERM that returns
 * `x.stop()` (also a function of the same file, as the runner's `stopRunner`, and `bot.stop.bind(bot)`);
 * `signal`, every listener of SIGINT or SIGTERM; `ends`, the last line of every function.
 */
export function listenerFacts(file) {
  const facts = { shutdown: new Set(), signal: new Set(), ends: new Map() };
  let program;
  try {
    program = parse(readFileSync(file, "utf8"), { loc: true, range: true, ecmaFeatures: { jsx: !/\.[cm]?ts$/.test(file) }, sourceType: "module" });
  } catch {
    return facts;
  }
  const at = (node) => `${node.loc.start.line}:${node.loc.start.column + 1}`;
  const functions = new Map();
  const calls = [];
  const visit = (node) => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node.type !== "string") return;
    if (node.type === "FunctionDeclaration" && node.id) functions.set(node.id.name, node);
    if (node.type === "VariableDeclarator" && node.id.type === "Identifier" && isFunction(node.init)) functions.set(node.id.name, node.init);
    if (node.type === "CallExpression") calls.push(node);
    if (isFunction(node)) facts.ends.set(at(node), node.loc.end.line);
    for (const [key, child] of Object.entries(node)) if (key !== "parent" && key !== "loc" && key !== "range") visit(child);
  };
  visit(program);
  for (const call of calls) {
    const { callee } = call;
    const [signal, listener] = call.arguments;
    if (callee.type !== "MemberExpression" || callee.property.type !== "Identifier" || !listenerMethods.has(callee.property.name)) continue;
    if (listener === undefined || !isSignal(signal)) continue;
    facts.signal.add(at(listener));
    const target = listener.type === "Identifier" ? functions.get(listener.name) : listener;
    if (returnsStop(target) || isBoundStop(listener)) facts.shutdown.add(at(listener));
  }
  return facts;
}

const isFunction = (node) => node?.type === "ArrowFunctionExpression" || node?.type === "FunctionExpression" || node?.type === "FunctionDeclaration";
const isSignal = (node) =>
  (node?.type === "Literal" && /^SIG(?:INT|TERM)$/.test(String(node.value))) ||
  (node?.type === "TemplateLiteral" && node.expressions.length === 0 && /^SIG(?:INT|TERM)$/.test(node.quasis[0].value.cooked));
/** `bot.stop.bind(bot)` */
const isBoundStop = (node) =>
  node.type === "CallExpression" &&
  node.callee.type === "MemberExpression" &&
  node.callee.property.name === "bind" &&
  node.callee.object.type === "MemberExpression" &&
  node.callee.object.property.name === "stop";

/** A function that returns a stop: its expression body, or a `return` of its own, is one. */
function returnsStop(fn) {
  if (!isFunction(fn)) return false;
  if (fn.body.type !== "BlockStatement") return isStop(fn.body);
  let found = false;
  const visit = (node) => {
    if (found || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (isFunction(node)) return;
    if (node.type === "ReturnStatement" && isStop(node.argument)) found = true;
    for (const [key, child] of Object.entries(node)) if (key !== "parent" && key !== "loc" && key !== "range") visit(child);
  };
  fn.body.body.forEach(visit);
  return found;
}

/** `x.stop()`, also behind `&&`, a conditional, or with `.then`/`.finally`/`.catch` chained on. */
function isStop(node) {
  if (!node) return false;
  switch (node.type) {
    case "ChainExpression":
    case "TSAsExpression":
    case "TSNonNullExpression":
      return isStop(node.expression);
    case "LogicalExpression":
      return isStop(node.right) || isStop(node.left);
    case "ConditionalExpression":
      return isStop(node.consequent) || isStop(node.alternate);
    case "SequenceExpression":
      return isStop(node.expressions.at(-1));
    case "CallExpression": {
      if (node.callee.type !== "MemberExpression" || node.callee.property.type !== "Identifier") return false;
      const name = node.callee.property.name;
      if (name === "stop") return true;
      return ["then", "finally", "catch"].includes(name) && isStop(node.callee.object);
    }
    default:
      return false;
  }
}

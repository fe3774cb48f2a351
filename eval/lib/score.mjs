// Scoring reports against the labels (eval/README.md): a report on a line labelled `report` for
// its rule is found (up to the label's count), any other report is false, a label without a report
// is missed. Shared by eval/run.mjs and eval/compare.mjs.

/** Per rule: found (tp), false reports (fp), missed (fn), lookalikes labelled and kept silent. */
export function score(labels, reports, ruleNames) {
  const key = (entry) => `${entry.rule}|${entry.file}|${entry.line}`;
  const expected = new Map();
  for (const entry of labels.report ?? []) {
    const k = key(entry);
    const previous = expected.get(k);
    expected.set(k, { entry, count: (previous?.count ?? 0) + (entry.count ?? 1) });
  }
  const found = new Map();
  for (const report of reports) {
    if (report.rule === "(parse)") continue;
    const k = key(report);
    const previous = found.get(k);
    found.set(k, { report, count: (previous?.count ?? 0) + 1 });
  }
  const perRule = Object.fromEntries(ruleNames.map((rule) => [rule, { tp: 0, fp: 0, fn: 0, silent: 0, silentKept: 0 }]));
  for (const entry of labels.silent ?? []) {
    const stats = perRule[entry.rule];
    if (!stats) continue;
    stats.silent += 1;
    if (!found.has(key(entry))) stats.silentKept += 1;
  }
  const falsePositives = [];
  const falseNegatives = [];
  for (const [k, { entry, count }] of expected) {
    const hit = Math.min(count, found.get(k)?.count ?? 0);
    const stats = (perRule[entry.rule] ??= { tp: 0, fp: 0, fn: 0 });
    stats.tp += hit;
    stats.fn += count - hit;
    if (count > hit) falseNegatives.push({ ...entry, missed: count - hit });
  }
  for (const [k, { report, count }] of found) {
    const extra = count - Math.min(count, expected.get(k)?.count ?? 0);
    if (extra === 0) continue;
    const stats = (perRule[report.rule] ??= { tp: 0, fp: 0, fn: 0 });
    stats.fp += extra;
    const silent = (labels.silent ?? []).find((entry) => key(entry) === k);
    falsePositives.push({ ...report, extra, labelledSilent: silent !== undefined });
  }
  return { perRule, falsePositives, falseNegatives };
}

export const ratio = (a, b) => (b === 0 ? "—" : (a / b).toFixed(2));
export const precisionOf = (s) => ratio(s.tp, s.tp + s.fp);
export const recallOf = (s) => ratio(s.tp, s.tp + s.fn);

export const fatalCount = (list) => list.filter((error) => error.fatal).length;
/** A per-repository cell: found/labelled, then false reports; a dot where there is neither. */
export const cellOf = (s) => (s.tp + s.fp + s.fn === 0 ? "·" : `${s.tp}/${s.tp + s.fn}${s.fp ? `, ${s.fp} fp` : ""}`);

/** Zeroed totals per rule, and a function adding one repository's figures into them. */
export const emptyTotals = (ruleNames) =>
  Object.fromEntries(ruleNames.map((rule) => [rule, { tp: 0, fp: 0, fn: 0, silent: 0, silentKept: 0 }]));
export const addInto = (into, perRule) => {
  for (const rule of Object.keys(into)) for (const k of Object.keys(into[rule])) into[rule][k] += perRule[rule][k];
};

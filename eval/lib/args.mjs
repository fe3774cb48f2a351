// The harnesses' command line (eval/run.mjs, eval/compare.mjs): `--name` flags and `--name value` options.

const args = process.argv.slice(2);

/** Whether `--name` is given. */
export const flag = (name) => args.includes(name);

/** The value after `--name`, or undefined. */
export const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};

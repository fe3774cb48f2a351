import type { GrammyRuleModule } from "../utils/create-rule";
// rule imports (alphabetical, one line each)
import noFloatingPromises from "./no-floating-promises";
import noSetupAfterStart from "./no-setup-after-start";
import noUnguardedRunnerStop from "./no-unguarded-runner-stop";
import requireErrorHandler from "./require-error-handler";
import requireSignalHandlers from "./require-signal-handlers";

/**
 * The one map of rule name -> rule. Each rule lives in `./<rule-name>.ts`; the configs, the docs
 * and the package tests all derive from this map.
 */
export const rules: Readonly<Record<string, GrammyRuleModule<string, readonly unknown[]>>> = {
  // rule entries (alphabetical, one line each)
  "no-floating-promises": noFloatingPromises,
  "no-setup-after-start": noSetupAfterStart,
  "no-unguarded-runner-stop": noUnguardedRunnerStop,
  "require-error-handler": requireErrorHandler,
  "require-signal-handlers": requireSignalHandlers,
};

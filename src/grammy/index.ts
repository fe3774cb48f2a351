export { errorHandlerInstallOf, type ErrorHandlerInstall } from "./error-handlers";
export { runsAfter } from "./flow";
export type { FunctionRole, GrammyExport, GrammyKind } from "./kinds";
export { getGrammyModel, GrammyModel, type FunctionPlace, type GrammyPromiseCall } from "./model";
export { isEndorsedUnawaited, isImmediateMenuCall, type ThenableDeclaration } from "./plugin-promises";
export { isGuardedRunnerStop, isRunningCallOn, isSameHandle, runnerStopOf, type RunnerStop } from "./runner-guard";
export { pollingStartOf, type PollingStart } from "./polling";
export { isGlobal, isProcess, signalListenerOf, signalNames, type SignalListener } from "./signals";
export { grammyModuleOf, mentionsGrammy, type GrammyModule } from "./sources";

export { visibleBotOrigin, type BotOrigin } from "./bot-origin";
export { holdingClassOf } from "./class-fields";
export { errorBoundaryOf, type ErrorBoundary } from "./error-boundaries";
export { errorHandlerInstallOf, type ErrorHandlerInstall } from "./error-handlers";
export { errorHandlerVerdict, externalClassSetupOf, externalSetupOf, externalSetupOfBinding, handedSetupOf, stopsOnSignal, type ExternalSetup, type SetupOptions } from "./external-setup";
export { executorRejection } from "./carriers";
export { runsAfter } from "./flow";
export type { FunctionRole, GrammyExport, GrammyKind } from "./kinds";
export { fileTouchesGrammy, getGrammyModel, GrammyModel, modelOfFile, type ForeignValue, type FunctionPlace, type GrammyPromiseCall, type ModuleOrigin } from "./model";
export { isEndorsedUnawaited, isImmediateMenuCall, type ThenableDeclaration } from "./plugin-promises";
export { awaitedStartCall, pollingStartOf, startStatementOf, type PollingStart } from "./polling";
export { isGuardedRunnerStop, isRunningCallOn, isSameHandle, runnerStopOf, type RunnerStop } from "./runner-guard";
export {
  exitsBeforeStop,
  isExitCall,
  listenerStops,
  listenerStopsTarget,
  runnerHandleOf,
  sameTarget,
  signalRuntimeOf,
  stopTargetOf,
  type ListenerStops,
  type RunnerHandleUse,
  type StopTarget,
} from "./shutdown";
export { shutdownListenersOf, signalListenersOf, type HelperName } from "./shutdown-helpers";
export { isGlobal, isProcess, signalListenerOf, signalNames, type SignalListener } from "./signals";
export { isFilterQueryRegistration } from "./filter-queries";
export { grammyModuleOf, mentionsGrammy, type GrammyModule } from "./sources";

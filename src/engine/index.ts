// The engine's public surface: load, play, save, share and check a scenario.
export * from './schema';
export type { ScenarioError, LoadResult } from './scenario-error';
export { loadScenario, type ScenarioFileInput } from './load-scenario';
export {
  problem,
  type ProblemMessage,
  type ProblemCode,
  type ProblemParam,
} from './problem-message';
export { evaluateCondition } from './evaluate-condition';
export { initialWorld, applyEffectsToWorld, type World } from './world';
export { buildMachine, type ScenarioMachine } from './build-machine';
export {
  createSession,
  machineFor,
  type Session,
  type StepResult,
  type EngineSnapshot,
} from './create-session';
export type {
  SessionView,
  ChoiceView,
  OutcomeView,
  EndingView,
  SourceView,
  PathStepView,
} from './view-types';
export type {
  LogEntry,
  DecisionEntry,
  EngineContext,
  EngineEvent,
  StepInput,
  DecisionInput,
} from './session-types';
export { citeSources } from './cite-sources';
export { resolveVariants } from './resolve-variants';
export { placeOf, type Place, type PlaceMeta } from './place';
export { historicalPath, type PathStep } from './historical-path';
export { replay, type ReplayResult } from './replay';
export {
  serializeSave,
  parseSave,
  SAVE_VERSION,
  type ParseSaveResult,
  type SaveProblem,
} from './save';
export {
  encodeShareCode,
  decodeShareCode,
  sessionFromShareCode,
  type SharedPath,
} from './share-code';
export { checkScenario, type CheckReport, type RoleReport, type Problem } from './check-scenario';
export { countPaths } from './count-paths';
export { mermaidGraph } from './mermaid-graph';

/** The scenarios built into the game (see build/embed-scenarios.ts), the default first. */
declare module 'virtual:scenario-catalog' {
  // An ambient module may not import by relative path; an import() type may.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export type ScenarioCard = ReturnType<typeof import('./scenario-card').scenarioCard>;
  export const scenarioCatalog: ScenarioCard[];
}

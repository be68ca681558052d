/** The scenarios built into the game (see build/embed-scenarios.ts), the default first. */
declare module 'virtual:scenario-catalog' {
  export interface ScenarioCard {
    id: string;
    title: string;
    summary: string;
    estimatedMinutes: number;
    roleCount: number;
    /** It has accuracy notes ("About this scenario"). */
    hasAccuracy: boolean;
    // An ambient module may not import by relative path; an import() type may.
    // eslint-disable-next-line @typescript-eslint/consistent-type-imports
    load: () => Promise<import('../engine/schema').Scenario>;
  }
  export const scenarioCatalog: ScenarioCard[];
}

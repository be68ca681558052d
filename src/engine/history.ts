// No zod or yaml here: the UI bundle imports this file directly.

/** Where a choice or ending stands: the source says it was done, or the scenario assumes it. */
export type History = 'historical' | 'assumed';

/** The history mark of a choice or ending; undefined when the source does not say. */
export function historyOf(x: { historical?: boolean; assumed?: boolean }): History | undefined {
  if (x.historical) return 'historical';
  return x.assumed ? 'assumed' : undefined;
}

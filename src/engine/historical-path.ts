import type { Role } from './schema';

/** One step of a path through a role: a beat, and the choice taken there (none for a `next` beat). */
export interface PathStep {
  beat: string;
  choice?: string;
}

/**
 * A role's main line: from its start, follow at each decision the `historical` choice, else the
 * `assumed` one (and every `next`). Its steps say which by their choice's `historyOf`.
 */
export function historicalPath(role: Role): { steps: PathStep[]; ending?: string } {
  const beats = new Map(role.beats.map((b) => [b.id, b]));
  const endings = new Set(role.endings.map((e) => e.id));
  const steps: PathStep[] = [];
  const seen = new Set<string>();
  let at: string | undefined = role.start;
  while (at !== undefined && !seen.has(at)) {
    seen.add(at);
    if (endings.has(at)) return { steps, ending: at };
    const beat = beats.get(at);
    if (!beat) break;
    const choices = beat.decision?.choices ?? [];
    const choice = choices.find((c) => c.historical) ?? choices.find((c) => c.assumed);
    if (beat.decision && !choice) {
      steps.push({ beat: beat.id });
      break;
    }
    steps.push(choice ? { beat: beat.id, choice: choice.id } : { beat: beat.id });
    at = choice ? choice.next : beat.next;
  }
  return { steps };
}

/**
 * How a path stands to the source, as data: at each decision, whether the source says what was
 * done (`historical`), the scenario assumes it (`assumed`), or neither. history-words.ts words it.
 */
import { historyOf } from '../engine/history';
import type { Decision, Role, Status } from '../engine/schema';

/** What the source says was done at one decision. */
export type SourceAccount =
  | { kind: 'historical'; choice: string; label: string; status?: Status }
  | { kind: 'assumed'; choice: string; label: string }
  | { kind: 'silent' };

/** What the source says about a decision, read from its choices' `historical` / `assumed` marks. */
export function sourceAccount(decision: Decision | undefined): SourceAccount {
  const choices = decision?.choices ?? [];
  const done = choices.find((c) => historyOf(c) === 'historical');
  if (done)
    return {
      kind: 'historical',
      choice: done.id,
      label: done.label,
      ...(done.outcome ? { status: done.outcome.status } : {}),
    };
  const assumed = choices.find((c) => historyOf(c) === 'assumed');
  return assumed
    ? { kind: 'assumed', choice: assumed.id, label: assumed.label }
    : { kind: 'silent' };
}

/** A decision a path took, beside what the source says was done there. */
export interface PathComparison {
  beat: string;
  beatTitle: string;
  choice: string;
  account: SourceAccount;
  /** The path took the choice the source says was done (false where the source is silent). */
  matched: boolean;
}

/** Each decision of a path (steps without a choice are skipped) beside the source's account. */
export function comparePath(
  role: Role,
  steps: readonly { beat: string; choice?: string }[],
): PathComparison[] {
  return steps.flatMap((step) => {
    const beat = role.beats.find((b) => b.id === step.beat);
    if (!beat?.decision || step.choice === undefined) return [];
    const account = sourceAccount(beat.decision);
    const matched = account.kind === 'historical' && account.choice === step.choice;
    return [{ beat: beat.id, beatTitle: beat.title, choice: step.choice, account, matched }];
  });
}

/** Whether any ending of the role is the one the source reports. */
export const hasHistoricalEnding = (role: Role): boolean =>
  role.endings.some((e) => historyOf(e) === 'historical');

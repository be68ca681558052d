import { problem, type ProblemMessage } from './problem-message';
import type { Scenario } from './schema';

type Path = (string | number)[];
type Err = (path: Path, code: string, message: ProblemMessage) => void;

/** The statuses that say something was done: an outcome that only guesses cannot be history. */
const DONE_STATUSES = new Set(['reported', 'claimed', 'alleged']);

/**
 * The honest model of history: a choice or ending is `historical` only with the source behind it
 * (a choice: an outcome reported, claimed or alleged, citing an excerpt; an ending: a cited
 * reality), and never both `historical` and `assumed`. Fictional scenarios need no cites.
 */
export function validateHistory(s: Scenario, err: Err): void {
  const needsCites = !s.fictional;
  s.roles.forEach((r, ri) => {
    r.beats.forEach((b, bi) =>
      b.decision?.choices.forEach((c, ci) => {
        const p: Path = ['roles', ri, 'beats', bi, 'decision', 'choices', ci];
        const what = problem('scenarioParts.choiceOfRole', {
          choice: c.id,
          beat: b.id,
          role: r.id,
        });
        const both = problem('scenarioRules.historyBoth', { what });
        if (c.historical && c.assumed) err([...p, 'assumed'], 'history-both', both);
        if (!c.historical) return;
        const o = c.outcome;
        if (!o || !DONE_STATUSES.has(o.status))
          err(
            o ? [...p, 'outcome', 'status'] : [...p, 'historical'],
            'historical-without-support',
            o
              ? problem('scenarioRules.historicalWrongStatus', { what, status: o.status })
              : problem('scenarioRules.historicalNoOutcome', { what }),
          );
        else if (needsCites && !o.cites?.length)
          err(
            [...p, 'outcome'],
            'historical-without-support',
            problem('scenarioRules.historicalChoiceUncited', { what }),
          );
      }),
    );
    r.endings.forEach((e, ei) => {
      const p: Path = ['roles', ri, 'endings', ei];
      const what = problem('scenarioParts.endingOfRole', { ending: e.id, role: r.id });
      if (e.historical && e.assumed)
        err([...p, 'assumed'], 'history-both', problem('scenarioRules.historyBoth', { what }));
      if (e.historical && needsCites && !e.reality.cites?.length)
        err(
          [...p, 'reality'],
          'historical-without-support',
          problem('scenarioRules.historicalEndingUncited', { what }),
        );
    });
  });
}

import type { Scenario } from './schema';

type Path = (string | number)[];
type Err = (path: Path, code: string, message: string) => void;

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
        const what = `choice '${c.id}' of beat '${b.id}' (role '${r.id}')`;
        if (c.historical && c.assumed) err([...p, 'assumed'], 'history-both', bothMessage(what));
        if (!c.historical) return;
        const o = c.outcome;
        if (!o || !DONE_STATUSES.has(o.status))
          err(
            o ? [...p, 'outcome', 'status'] : [...p, 'historical'],
            'historical-without-support',
            `${what} is marked historical, but ${o ? `its outcome's status is '${o.status}'` : 'it has no outcome'}: a historical choice needs an outcome whose status is reported, claimed or alleged. If the source does not say this was done, mark it 'assumed: true' instead`,
          );
        else if (needsCites && !o.cites?.length)
          err(
            [...p, 'outcome'],
            'historical-without-support',
            `${what} is marked historical, but its outcome cites no source: cite the excerpts that say it was done, or mark it 'assumed: true'`,
          );
      }),
    );
    r.endings.forEach((e, ei) => {
      const p: Path = ['roles', ri, 'endings', ei];
      const what = `ending '${e.id}' of role '${r.id}'`;
      if (e.historical && e.assumed) err([...p, 'assumed'], 'history-both', bothMessage(what));
      if (e.historical && needsCites && !e.reality.cites?.length)
        err(
          [...p, 'reality'],
          'historical-without-support',
          `${what} is marked historical, but its reality cites no source: add 'reality.cites' with the excerpts that say so, or mark it 'assumed: true'`,
        );
    });
  });
}

function bothMessage(what: string): string {
  return `${what} is marked both 'historical' and 'assumed': historical when the source says it was done, assumed when the source is silent; keep one`;
}

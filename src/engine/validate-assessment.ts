/**
 * The rules of a role's before-and-after check beyond its shape: 3 to 5 items, unique ids, each
 * tied to one of the role's learning objectives, a knowledge item's answer among its options and
 * its cites naming sources (and present at all unless the scenario is fictional: an answer the
 * game calls right must be one the source settles).
 */
import { didYouMean } from './did-you-mean';
import { MAX_ASSESSMENT_ITEMS, MIN_ASSESSMENT_ITEMS } from './assessment-schema';
import type { Role, Scenario } from './schema';
import { unique, uniqueAt, type RoleCheck } from './validate-role';

type Path = (string | number)[];

/**
 * Checks the `assessment` of role `r` (at path `rp`). An item's `objective` numbers the role's own
 * learning objectives, or the scenario's when the role has none; a fictional scenario cites nothing.
 */
export function validateAssessment(
  r: Role,
  rp: Path,
  scenario: Pick<Scenario, 'fictional' | 'learningObjectives'>,
  v: Pick<RoleCheck, 'err' | 'cite'>,
): void {
  const a = r.assessment;
  if (!a) return;
  const ap = [...rp, 'assessment'];
  const knowledge = a.knowledge ?? [];
  const judgement = a.judgement ?? [];
  const count = knowledge.length + judgement.length;
  if (count < MIN_ASSESSMENT_ITEMS || count > MAX_ASSESSMENT_ITEMS)
    v.err(
      ap,
      'assessment-size',
      `the assessment of role '${r.id}' has ${count} item${count === 1 ? '' : 's'}; give it ${MIN_ASSESSMENT_ITEMS} to ${MAX_ASSESSMENT_ITEMS} (knowledge and judgement together), short enough to answer twice`,
    );
  uniqueAt(
    [
      ...knowledge.map((k, i) => ({ id: k.id, path: [...ap, 'knowledge', i] })),
      ...judgement.map((j, i) => ({ id: j.id, path: [...ap, 'judgement', i] })),
    ],
    `assessment item of role '${r.id}'`,
    v.err,
  );
  const objectives = (r.learningObjectives ?? scenario.learningObjectives ?? []).length;
  const tied = (path: Path, objective: number, what: string): void => {
    if (objective <= objectives) return;
    v.err(
      [...path, 'objective'],
      'objective-out-of-range',
      objectives === 0
        ? `${what} measures objective ${objective}, but neither role '${r.id}' nor the scenario has 'learningObjectives': list them first`
        : `${what} measures objective ${objective}, but there ${objectives === 1 ? 'is 1 learning objective' : `are ${objectives} learning objectives`} for role '${r.id}': use 1 to ${objectives}`,
    );
  };
  knowledge.forEach((k, i) => {
    const p = [...ap, 'knowledge', i];
    const what = `knowledge item '${k.id}' of role '${r.id}'`;
    tied(p, k.objective, what);
    const options = unique(k.options, [...p, 'options'], `option of ${what}`, v.err);
    if (!options.has(k.answer))
      v.err(
        [...p, 'answer'],
        'answer-not-an-option',
        `the answer of ${what} is '${k.answer}', which is not one of its options`,
        () => didYouMean(k.answer, options),
      );
    v.cite([...p, 'cites'], k.cites, what);
    if (!scenario.fictional && !k.cites?.length)
      v.err(
        p,
        'uncited',
        `${what} cites no source: a right answer must be one the source settles, so add 'cites' (or make it a judgement item)`,
      );
  });
  judgement.forEach((j, i) =>
    tied([...ap, 'judgement', i], j.objective, `judgement item '${j.id}' of role '${r.id}'`),
  );
}

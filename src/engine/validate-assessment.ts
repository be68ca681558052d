/**
 * The rules of a role's before-and-after check beyond its shape: 3 to 5 items, unique ids, each
 * tied to one of the role's learning objectives, a knowledge item's answer among its options and
 * its cites naming sources (and present at all unless the scenario is fictional: an answer the
 * game calls right must be one the source settles).
 */
import { didYouMean } from './did-you-mean';
import { MAX_ASSESSMENT_ITEMS, MIN_ASSESSMENT_ITEMS } from './assessment-schema';
import type { Part } from './problem-codes';
import { problem } from './problem-message';
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
      problem('scenarioRules.assessmentSize', {
        role: r.id,
        count,
        min: MIN_ASSESSMENT_ITEMS,
        max: MAX_ASSESSMENT_ITEMS,
      }),
    );
  uniqueAt(
    [
      ...knowledge.map((k, i) => ({ id: k.id, path: [...ap, 'knowledge', i] })),
      ...judgement.map((j, i) => ({ id: j.id, path: [...ap, 'judgement', i] })),
    ],
    problem('scenarioParts.assessmentItemsOfRole', { role: r.id }),
    v.err,
  );
  const objectives = (r.learningObjectives ?? scenario.learningObjectives ?? []).length;
  const tied = (path: Path, objective: number, what: Part): void => {
    if (objective <= objectives) return;
    const measured = { what, objective: String(objective), role: r.id };
    v.err(
      [...path, 'objective'],
      'objective-out-of-range',
      objectives === 0
        ? problem('scenarioRules.objectiveWithoutList', measured)
        : problem('scenarioRules.objectiveOutOfRange', { ...measured, count: objectives }),
    );
  };
  knowledge.forEach((k, i) => {
    const p = [...ap, 'knowledge', i];
    const what = problem('scenarioParts.knowledgeItem', { item: k.id, role: r.id });
    tied(p, k.objective, what);
    const among = problem('scenarioParts.optionsOf', { of: what });
    const options = unique(k.options, [...p, 'options'], among, v.err);
    if (!options.has(k.answer))
      v.err(
        [...p, 'answer'],
        'answer-not-an-option',
        problem('scenarioRules.answerNotAnOption', { what, answer: k.answer, hint: '' }),
        () => didYouMean(k.answer, options),
      );
    v.cite([...p, 'cites'], k.cites, what);
    if (!scenario.fictional && !k.cites?.length)
      v.err(p, 'uncited', problem('scenarioRules.knowledgeUncited', { what }));
  });
  judgement.forEach((j, i) =>
    tied(
      [...ap, 'judgement', i],
      j.objective,
      problem('scenarioParts.judgementItem', { item: j.id, role: r.id }),
    ),
  );
}

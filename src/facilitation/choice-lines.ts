/**
 * A decision's choices as the pack prints them: one line per choice a room can meet. Choices that
 * share a verb and can never be offered together (their conditions contradict each other on a
 * fact) are one choice worded for different situations, so they share a line, each variant with
 * the condition that offers it in words.
 */
import type { Choice, Condition, Decision, Scenario } from '../engine/schema';
import { t } from '../i18n/translate';

/** One wording of a choice, and when the room meets it (null: always). */
export interface ChoiceVariant {
  choice: Choice;
  condition: string | null;
}

/** A choice a room can meet: one variant, or several that are never offered together. */
export interface ChoiceLine {
  verb?: string;
  variants: ChoiceVariant[];
}

/** The decision's choices, one line each, in the order the room sees the first of each line. */
export function choiceLines(scenario: Scenario, decision: Decision): ChoiceLine[] {
  const lines: ChoiceLine[] = [];
  for (const choice of decision.choices) {
    const variant = { choice, condition: conditionWords(scenario, choice.when) };
    const line = lines.find(
      (l) =>
        choice.verb !== undefined &&
        l.verb === choice.verb &&
        l.variants.every((v) => exclusive(v.choice.when, choice.when)),
    );
    if (line) line.variants.push(variant);
    else
      lines.push({
        ...(choice.verb !== undefined ? { verb: choice.verb } : {}),
        variants: [variant],
      });
  }
  return lines;
}

/** The fact values a condition requires whenever it holds (its conjunction of fact tests). */
function requiredFacts(condition: Condition | undefined): Map<string, boolean> {
  const facts = new Map<string, boolean>();
  const walk = (c: Condition): void => {
    if ('fact' in c) facts.set(c.fact, c.is);
    else if ('all' in c) c.all.forEach(walk);
  };
  if (condition) walk(condition);
  return facts;
}

/** Two conditions that can never hold together: they require opposite values of one fact. */
export function exclusive(a: Condition | undefined, b: Condition | undefined): boolean {
  const left = requiredFacts(a);
  for (const [fact, is] of requiredFacts(b)) if (left.get(fact) === !is) return true;
  return false;
}

/** A condition in the scenario's own words (fact and meter labels, earlier choices' labels). */
export function conditionWords(
  scenario: Scenario,
  condition: Condition | undefined,
): string | null {
  if (!condition) return null;
  const facts = scenario.world?.facts ?? [];
  const meters = scenario.world?.meters ?? [];
  const words = (c: Condition): string => {
    if ('fact' in c) {
      const label = facts.find((f) => f.id === c.fact)?.label ?? c.fact;
      return c.is ? label : t('choiceConditions.notSo', { fact: label });
    }
    if ('meter' in c) {
      const meter = meters.find((m) => m.id === c.meter)?.label ?? c.meter;
      const { min, max } = c;
      if (min !== undefined && max !== undefined)
        return t('choiceConditions.between', { meter, min, max });
      if (min !== undefined) return t('choiceConditions.atLeast', { meter, min });
      if (max !== undefined) return t('choiceConditions.atMost', { meter, max });
      return meter;
    }
    if ('chose' in c)
      return t('choiceConditions.roomChose', { choice: chosenLabel(scenario, c.chose) });
    if ('all' in c) return joined(c.all.map(words), 'choiceConditions.and');
    if ('any' in c)
      return t('choiceConditions.either', {
        conditions: joined(c.any.map(words), 'choiceConditions.or'),
      });
    return t('choiceConditions.not', { condition: words(c.not) });
  };
  return words(condition);
}

/** "a; and b; and c": each further condition joins the ones before it. */
function joined(
  items: readonly string[],
  key: 'choiceConditions.and' | 'choiceConditions.or',
): string {
  return items.slice(1).reduce((first, next) => t(key, { first, next }), items[0] ?? '');
}

function chosenLabel(scenario: Scenario, path: string): string {
  const [role, beat, choice] = path.split('.');
  const found = scenario.roles
    .find((r) => r.id === role)
    ?.beats.find((b) => b.id === beat)
    ?.decision?.choices.find((c) => c.id === choice);
  return found?.label ?? path;
}

/**
 * The rules for a scenario's `unnamed` list (the names a facilitator may withhold, see
 * src/facilitation/unnamed.ts): each name once, a name a person could spot in the text, words
 * that do not give the name away, and a name the scenario's text actually uses.
 */
import { problem, type ProblemMessage } from './problem-message';
import type { Scenario } from './schema';

type Path = (string | number)[];
type Err = (path: Path, code: string, message: ProblemMessage) => void;

/** Every string of the scenario, to look for a name in (ids never hold a capitalised name). */
function allText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) allText(item, out);
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) if (key !== 'unnamed') allText(inner, out);
  return out;
}

/** Checks `unnamed`: unique names with a letter, words free of every name, each name in use. */
export function validateUnnamed(s: Scenario, err: Err): void {
  const pairs = s.unnamed ?? [];
  if (pairs.length === 0) return;
  const text = allText(s).join('\n');
  const seen = new Set<string>();
  pairs.forEach((pair, i) => {
    const path: Path = ['unnamed', i];
    const name = { name: pair.name };
    if (seen.has(pair.name))
      err([...path, 'name'], 'duplicate-id', problem('scenarioRules.nameTwice', name));
    seen.add(pair.name);
    if (!/\p{L}/u.test(pair.name))
      err([...path, 'name'], 'bad-unnamed', problem('scenarioRules.nameWithoutLetter', name));
    else if (!text.includes(pair.name))
      err([...path, 'name'], 'bad-unnamed', problem('scenarioRules.nameNotInText', name));
    const revealed = pairs.find((other) => pair.as.includes(other.name));
    if (revealed)
      err(
        [...path, 'as'],
        'bad-unnamed',
        problem('scenarioRules.wordsRevealName', { words: pair.as, name: revealed.name }),
      );
  });
}

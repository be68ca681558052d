/**
 * The rules for a scenario's `unnamed` list (the names a facilitator may withhold, see
 * src/facilitation/unnamed.ts): each name once, a name a person could spot in the text, words
 * that do not give the name away, and a name the scenario's text actually uses.
 */
import type { Scenario } from './schema';

type Path = (string | number)[];
type Err = (path: Path, code: string, message: string) => void;

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
    if (seen.has(pair.name))
      err(
        [...path, 'name'],
        'duplicate-id',
        `the name '${pair.name}' is listed twice in 'unnamed'`,
      );
    seen.add(pair.name);
    if (!/\p{L}/u.test(pair.name))
      err([...path, 'name'], 'bad-unnamed', `the name '${pair.name}' has no letter in it`);
    else if (!text.includes(pair.name))
      err(
        [...path, 'name'],
        'bad-unnamed',
        `the name '${pair.name}' is not in the scenario's text: check its spelling and capitals (names are matched as written)`,
      );
    const revealed = pairs.find((other) => pair.as.includes(other.name));
    if (revealed)
      err(
        [...path, 'as'],
        'bad-unnamed',
        `'${pair.as}' names '${revealed.name}', the name it stands in for: describe it instead, e.g. 'the vendor'`,
      );
  });
}

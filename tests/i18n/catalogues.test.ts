import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import * as english from '../../src/i18n/messages/en';
import * as german from '../../src/i18n/messages/de';
import { translate } from '../../src/i18n/translate';

const catalogues = { en: english, de: german } as const;

/** The arguments a message uses, each with its kind (a plural needs a number, a select a word). */
function argumentsOf(
  elements: MessageFormatElement[],
  found = new Map<string, string>(),
): Map<string, string> {
  for (const element of elements) {
    if (element.type === TYPE.argument)
      found.set(element.value, found.get(element.value) ?? 'text');
    if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time)
      found.set(element.value, TYPE[element.type]);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.set(element.value, TYPE[element.type]);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, found);
  }
  return found;
}

const keysOf = (catalogue: Record<string, Record<string, string>>): string[] =>
  Object.entries(catalogue).flatMap(([area, messages]) =>
    Object.keys(messages).map((k) => `${area}.${k}`),
  );

describe('the message catalogues', () => {
  const englishKeys = keysOf(english);

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every English key and no other',
    (language) => {
      const keys = keysOf(catalogues[language]);
      expect(
        englishKeys.filter((k) => !keys.includes(k)),
        'missing',
      ).toEqual([]);
      expect(
        keys.filter((k) => !englishKeys.includes(k)),
        'not in English',
      ).toEqual([]);
    },
  );

  it.each(LANGUAGES)(
    'every %s message parses, is not empty, and takes the English arguments',
    (language) => {
      const problems: string[] = [];
      for (const key of englishKeys) {
        const [area, name] = key.split('.') as [string, string];
        const text = (catalogues[language] as Record<string, Record<string, string>>)[area]?.[name];
        const original = (english as Record<string, Record<string, string>>)[area]?.[
          name
        ] as string;
        if (!text?.trim()) {
          problems.push(`${key}: empty`);
          continue;
        }
        try {
          const used = argumentsOf(parse(text, { ignoreTag: true }));
          const wanted = argumentsOf(parse(original, { ignoreTag: true }));
          const differ = [...new Set([...used.keys(), ...wanted.keys()])].filter(
            (a) => used.get(a) !== wanted.get(a),
          );
          if (differ.length)
            problems.push(`${key}: arguments ${differ.join(', ')} differ from English`);
        } catch (e) {
          problems.push(`${key}: ${(e as Error).message}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('words plurals by each language’s own rules', () => {
    const minutes = (language: 'en' | 'de', count: number): string =>
      translate(language, 'common.minutes', { count });
    expect([minutes('en', 1), minutes('en', 5)]).toEqual(['1 minute', '5 minutes']);
    expect([minutes('de', 1), minutes('de', 5)]).toEqual(['1 Minute', '5 Minuten']);
  });
});

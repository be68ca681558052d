import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/load-scenario';
import { parseSave } from '../../src/engine/save';
import { decodeShareCode } from '../../src/engine/share-code';
import { problem, type ProblemMessage } from '../../src/engine/problem-message';
import { formatErrors } from '../../src/i18n/format-errors';
import { LANGUAGES } from '../../src/i18n/languages';
import * as english from '../../src/i18n/messages/en';
import { wordProblem } from '../../src/i18n/problem-words';
import { edit, fixture, fixtureFiles } from '../engine/fixtures';

/** The catalogue areas the engine's message codes live in (src/engine/problem-codes*.ts). */
const PROBLEM_AREAS = [
  'scenarioFile',
  'scenarioShape',
  'scenarioParts',
  'scenarioRules',
  'scenarioCheck',
  'playRefusals',
  'recordProblems',
] as const;

/** A value for each argument a message takes: a number where it counts, a word elsewhere. */
function sampleValues(elements: MessageFormatElement[], values: Record<string, string | number>) {
  for (const element of elements) {
    if (element.type === TYPE.argument) values[element.value] ??= 'x-1';
    if (element.type === TYPE.number || element.type === TYPE.plural) values[element.value] = 2;
    if (element.type === TYPE.select) values[element.value] ??= 'other';
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) sampleValues(option.value, values);
  }
  return values;
}

describe('wordProblem: the engine’s codes in words', () => {
  const codes = PROBLEM_AREAS.flatMap((area) =>
    Object.keys(english[area]).map((key) => `${area}.${key}` as ProblemMessage['code']),
  );

  it.each(LANGUAGES)('words every code in %s, every argument filled', (language) => {
    const unworded: string[] = [];
    for (const code of codes) {
      const [area, key] = code.split('.') as [(typeof PROBLEM_AREAS)[number], string];
      const text = (english[area] as Record<string, string>)[key] ?? '';
      const params = sampleValues(parse(text, { ignoreTag: true }), {});
      const words = wordProblem({ code, params } as ProblemMessage, language);
      // A condition's forms ({fact, is}) are quoted braces; an argument left as {name} is not.
      if (!words.trim() || /\{\w+\}/.test(words)) unworded.push(`${code}: ${words}`);
    }
    expect(unworded).toEqual([]);
  });

  it('words nested messages in place, in the language asked for', () => {
    const what = problem('scenarioParts.outcomeOf', {
      of: problem('scenarioParts.choice', { choice: 'plug-in', beat: 'car-park' }),
    });
    const message = problem('scenarioRules.namesMissing', {
      what,
      kind: 'source',
      id: 's-fund',
      hint: problem('scenarioRules.didYouMean', { suggestion: 's-found' }),
    });
    expect(wordProblem(message, 'en')).toBe(
      "the outcome of choice 'plug-in' of beat 'car-park' names source 's-fund', which does not exist; did you mean 's-found'?",
    );
    expect(wordProblem(message, 'de')).toBe(
      "das Ergebnis von Option 'plug-in' der Szene 'car-park' nennt die Quelle 's-fund', die es nicht gibt; meinten Sie 's-found'?",
    );
  });

  it('prints a scenario’s errors in English by default and in German when asked', async () => {
    const files = edit(
      await fixtureFiles('campaign'),
      'finder.yaml',
      'next: handed-in',
      'next: handed',
    );
    const r = loadScenario(files);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatErrors(r.errors)).toContain(
      "goes to 'handed', which is not a beat or ending of role 'finder'; did you mean 'handed-in'?",
    );
    expect(formatErrors(r.errors, 'de')).toContain(
      "führt zu 'handed', das keine Szene und kein Ende der Rolle 'finder' ist; meinten Sie 'handed-in'?",
    );
  });

  it('words refusals of saves and share codes, with the parts they name', async () => {
    const s = await fixture('campaign');
    const refused = parseSave(s, '{');
    expect(refused.ok ? '' : wordProblem(refused.message, 'de')).toBe(
      'Dieser gespeicherte Fortschritt ist beschädigt (er ist kein vollständiges JSON); Sie können neu beginnen.',
    );
    const damaged = parseSave(s, JSON.stringify({ format: 'spillage-save', saveVersion: 1 }));
    expect(damaged.ok ? '' : wordProblem(damaged.message, 'de')).toBe(
      "Dieser gespeicherte Fortschritt ist beschädigt oder stammt nicht von Spillage ('scenario' fehlt auf der obersten Ebene (und 1 weiteres Problem)); Sie können neu beginnen.",
    );
    const code = decodeShareCode('a~b');
    expect(code.ok ? '' : wordProblem(code.message, 'de')).toBe(
      'Dieser Code zum Teilen ist ungültig: er sollte vier durch ~ getrennte Teile haben (fünf mit einer Reflexion).',
    );
  });

  it('formats counts in each language’s digits', () => {
    const tooMany = problem('scenarioRules.tooManyBeats', { count: 1143, limit: 1000 });
    expect(wordProblem(tooMany, 'en')).toContain('has 1,143 beats and endings in all');
    expect(wordProblem(tooMany, 'de')).toContain('hat insgesamt 1.143 Szenen und Enden');
    const large = problem('scenarioFile.tooLarge', { megabytes: 2.5 });
    expect(wordProblem(large, 'de')).toBe(
      'diese Datei ist 2,5\u00a0MB groß; eine Szenariodatei darf höchstens 2\u00a0MB groß sein',
    );
  });
});

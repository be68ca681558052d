/**
 * The one place the engine's messages (src/engine/problem-message.ts) become words: a code and its
 * parameters, worded from the catalogues in a language, with nested messages worded in place.
 */
import {
  isProblemMessage,
  type ProblemMessage,
  type ProblemParam,
} from '../engine/problem-message';
import type { Language } from './languages';
import { currentLanguage, translate, type MessageKey } from './translate';

/** `message` in words, in `language` (the current one unless given). */
export function wordProblem(
  message: ProblemMessage,
  language: Language = currentLanguage(),
): string {
  // Every code is a catalogue key: the compiler refuses a code the English catalogue lacks.
  const key: MessageKey = message.code;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params as Record<string, ProblemParam>))
    values[name] = wordParam(value, language);
  return translate(language, key, values);
}

function wordParam(value: ProblemParam, language: Language): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isProblemMessage(value)) return wordProblem(value, language);
  // A list of ids or keys, as the file writes them.
  return value.join(', ');
}

import type { ScenarioError } from '../engine/scenario-error';
import type { Language } from './languages';
import { wordProblem } from './problem-words';

/**
 * Renders errors as `file:line:column  path\n  message` blocks an author can read; in English
 * unless told otherwise, as `npm run check:scenarios` and the build print them.
 */
export function formatErrors(errors: readonly ScenarioError[], language: Language = 'en'): string {
  return errors
    .map((e) => {
      const where = `${e.file}:${e.line}:${e.column}`;
      const words = wordProblem(e.message, language);
      return e.path ? `${where}  ${e.path}\n  ${words}` : `${where}\n  ${words}`;
    })
    .join('\n');
}

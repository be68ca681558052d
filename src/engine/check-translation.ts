import {
  loadScenario,
  loadScenarioSteps,
  runToEnd,
  type PlaceOf,
  type ScenarioFileInput,
} from './load-scenario';
import { problem, type ProblemMessage } from './problem-message';
import { NO_FILE, type ScenarioError } from './scenario-error';
import type { Scenario } from './schema';

type Path = (string | number)[];

/**
 * The fields a translation words in its own language. Everything else (ids, the graph, conditions,
 * effects, statuses, cites, numbers, settings, sounds and every verbatim `quote`) must be the
 * original's, so a translated scenario plays the same game and rests on the same sources.
 */
const WORDED_FIELDS = new Set([
  'title',
  'summary',
  'briefing',
  'knows',
  'doesNotKnow',
  'learningObjectives',
  'label',
  'group',
  'reveal',
  'prompt',
  'verb',
  'cost',
  'text',
  'debrief',
  'headline',
  'purpose',
  'discussion',
  'questions',
  'question',
  'explain',
  'statement',
  'name',
  'attribution',
  'invented',
  'open',
  'claims',
]);

/** What a translation has of its own: its language, its excerpts' translations, its hidden names' words. */
const OWN_FIELDS = new Set(['language', 'sourceLanguage', 'translation', 'unnamed']);

/**
 * Proves that `translation` translates `original`: the same graph, ids, cites and statuses, the
 * same verbatim excerpts each with a translation beside it, and only the worded fields changed.
 * `unnamed` is the translation's own (its phrases are in both languages' words).
 */
export function checkTranslation(
  original: Scenario,
  translation: Scenario,
  placeOf: PlaceOf,
): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const fail = (path: Path, code: string, message: ProblemMessage): void =>
    void errors.push({ ...placeOf(path), code, message });
  if (translation.language === original.language)
    fail(
      ['language'],
      'translation-same-language',
      problem('scenarioCheck.sameLanguage', { language: original.language }),
    );
  const excerptsIn = original.sourceLanguage ?? original.language;
  if ((original.sources ?? []).length > 0 && translation.sourceLanguage !== excerptsIn)
    fail(
      ['sourceLanguage'],
      'translation-source-language',
      problem('scenarioCheck.sourceLanguage', { language: excerptsIn }),
    );
  const compare = (a: unknown, b: unknown, path: Path, field: string): void => {
    if (OWN_FIELDS.has(field)) return;
    if (Array.isArray(a) || Array.isArray(b)) {
      if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
        fail(
          path,
          'translation-differs',
          problem('scenarioCheck.listLengths', {
            originalIsList: Array.isArray(a) ? 'yes' : 'no',
            originalCount: Array.isArray(a) ? a.length : 0,
            translatedIsList: Array.isArray(b) ? 'yes' : 'no',
            translatedCount: Array.isArray(b) ? b.length : 0,
          }),
        );
        return;
      }
      a.forEach((item, i) => compare(item, b[i], [...path, i], field));
      return;
    }
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) {
        const inA = key in a;
        const inB = key in b;
        if (inA !== inB && !OWN_FIELDS.has(key)) {
          fail(
            inB ? [...path, key] : path,
            'translation-differs',
            problem(inB ? 'scenarioCheck.keyAdded' : 'scenarioCheck.keyMissing', { key }),
          );
          continue;
        }
        compare(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)[key],
          [...path, key],
          key,
        );
      }
      return;
    }
    if (typeof a === 'string' && typeof b === 'string' && WORDED_FIELDS.has(field)) return;
    if (a !== b)
      fail(
        path,
        field === 'quote' ? 'translation-changes-quote' : 'translation-differs',
        field === 'quote'
          ? problem('scenarioCheck.quoteChanged')
          : problem('scenarioCheck.valueDiffers', {
              translated: String(JSON.stringify(b)),
              original: String(JSON.stringify(a)),
            }),
      );
  };
  const { roles: originalRoles, ...originalRest } = original;
  const { roles: translatedRoles, ...translatedRest } = translation;
  compare(originalRest, translatedRest, [], '');
  compare(originalRoles, translatedRoles, ['roles'], 'roles');
  translation.sources?.forEach((source, i) => {
    if (!source.translation)
      fail(
        ['sources', i, 'quote'],
        'translation-missing',
        problem('scenarioCheck.needsTranslation', {
          source: source.id,
          language: translation.language,
        }),
      );
  });
  return errors;
}

/**
 * Loads an original and its translation (each a folder's files) and checks the one against the
 * other; the errors name the translation's files and lines. A broken original or translation is
 * reported by its own check, so here it only says that the comparison could not be made.
 */
export function checkTranslationFiles(
  originalFiles: readonly ScenarioFileInput[],
  translationFiles: readonly ScenarioFileInput[],
): ScenarioError[] {
  const original = loadScenario(originalFiles);
  const translation = runToEnd(loadScenarioSteps(translationFiles));
  if (!original.ok || !translation.ok) {
    const file = (original.ok ? translationFiles : originalFiles)[0]?.path ?? NO_FILE;
    return [
      {
        file,
        path: '',
        line: 1,
        column: 1,
        code: 'translation-unchecked',
        message: problem('scenarioCheck.unchecked', {
          broken: original.ok ? 'translation' : 'original',
        }),
      },
    ];
  }
  return checkTranslation(original.scenario, translation.scenario, translation.placeOf);
}

/**
 * Reads kept progress back in full before anything is resumed: the stored shape by its schema,
 * the scenario it belongs to, and the engine's save replayed on it. Progress that fails any step
 * is refused with the reason, and set aside unchanged (see progress-store.ts).
 */
import { CheckRecordSchema } from '../engine/check-answers';
import { describeProblems } from '../engine/describe-problems';
import { wordProblem } from '../i18n/problem-words';
import { IdSchema } from '../engine/log-entry-schema';
import { MAX_SAVE_CHARS, parseSave } from '../engine/save';
import { ReflectionRecordSchema } from '../engine/reflection';
import { z } from '../engine/zod-mini';
import { SCREENS } from '../flow/flow-types';
import { button, downloadText, el } from './dom';
import type { ScenarioOrigin } from './play-controller';
import { forgetSetAsideProgress } from './progress-store';
import { t } from '../i18n/translate';
import { LANGUAGES } from '../i18n/languages';

const progressFields = {
  scenarioId: IdSchema,
  /** The engine's versioned save (see src/engine/save.ts). */
  save: z.string().check(z.maxLength(MAX_SAVE_CHARS)),
  /** For a scenario loaded from a file: its document as JSON, checked again on resume. */
  customScenario: z.optional(z.string()),
  /** The learner's answers to the roles' before-and-after checks (added later: optional). */
  checks: z.optional(CheckRecordSchema),
  /** The learner's reflection per role, and whether a share link may carry it (added later). */
  reflections: z.optional(ReflectionRecordSchema),
  /** The language it was played in: the page speaks it again on return (added later). */
  language: z.optional(z.enum(LANGUAGES)),
};

/** What is kept between visits: the engine's save, and the screen-flow screen the player was on. */
export const StoredProgressSchema = z.strictObject({ ...progressFields, screen: z.enum(SCREENS) });
/** Progress as versions before the screen flow kept it: flags instead of `screen` (still read). */
export const LegacyProgressSchema = z.strictObject({
  ...progressFields,
  briefedRole: z.nullable(IdSchema),
  outcomePending: z.boolean(),
});
/** Progress as it is written now. */
export type StoredProgress = z.infer<typeof StoredProgressSchema>;
/** Progress as it may be found kept: current, or from an earlier version. */
export type KeptProgress = StoredProgress | z.infer<typeof LegacyProgressSchema>;

/** Finds the scenario kept progress belongs to (built in, or the document kept with it). */
export type OriginOf = (kept: KeptProgress) => Promise<ScenarioOrigin | null>;

/** `passing`: the check itself could not finish (the scenario did not load), so try again later. */
export type ProgressCheck =
  | { ok: true; kept: KeptProgress; origin: ScenarioOrigin }
  | { ok: false; why: string; passing?: true };

/** Checks kept progress all the way to a replayed save; `why` is a sentence for the player. */
export async function checkProgressText(text: string, originOf: OriginOf): Promise<ProgressCheck> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, why: t('progress.notJson') };
  }
  // The shape is told by its fields, so a refusal names the field at fault in that shape.
  const legacy =
    typeof data === 'object' && data !== null && !('screen' in data) && 'briefedRole' in data;
  const read = (legacy ? LegacyProgressSchema : StoredProgressSchema).safeParse(data);
  if (!read.success)
    return {
      ok: false,
      why: t('progress.damaged', {
        problems: wordProblem(describeProblems(read.error.issues, data)),
      }),
    };
  const kept = read.data;
  let origin: ScenarioOrigin | null;
  try {
    origin = await originOf(kept);
  } catch {
    const why = t('progress.scenarioUnavailableNow');
    return { ok: false, why, passing: true };
  }
  if (!origin)
    return {
      ok: false,
      why: t('progress.scenarioGone', { id: kept.scenarioId }),
    };
  const save = parseSave(origin.scenario, kept.save);
  return save.ok ? { ok: true, kept, origin } : { ok: false, why: wordProblem(save.message) };
}

/**
 * The title's note on a save set aside: why it cannot be resumed, and the two things to do with
 * it (download it, exactly as it was kept, or forget it).
 */
export function setAsideNote(text: string, why: string | null): HTMLElement {
  const note = el(
    'div',
    { className: 'kept-progress-note', id: 'kept-progress-note' },
    el('p', {
      text: t('progress.setAside', { why: why ?? '' }).replace(/\s+/g, ' '),
    }),
  );
  note.append(
    el(
      'div',
      { className: 'actions' },
      button(t('progress.download'), () =>
        downloadText('spillage-unreadable-save.json', text, 'application/json'),
      ),
      button(t('progress.forget'), () => {
        forgetSetAsideProgress();
        note.remove();
      }),
    ),
  );
  return note;
}

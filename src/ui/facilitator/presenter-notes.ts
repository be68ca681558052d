/**
 * The facilitator-only half of the presenter window: notes and questions for the beat, what the
 * role knows and does not know, what the source says was done here (or that it does not say), and
 * where each choice leads.
 */
import type { Scenario, Role } from '../../engine/schema';
import { citeSources } from '../../engine/cite-sources';
import type { SessionView } from '../../engine/view-types';
import { el, list, paragraphs } from '../dom';
import { t } from '../../i18n/translate';
import { citations } from '../parts/citation';
import { statusLabel } from '../parts/status-label';
import { historyOf } from '../../engine/history';
import { hasHistoricalEnding, sourceAccount } from '../../facilitation/history-compare';
import { accountSentence, endingSentence, sourceHeading } from '../../facilitation/history-words';

function section(title: string, ...children: (Node | null)[]): HTMLElement | null {
  const content = children.filter((child): child is Node => child !== null);
  if (content.length === 0) return null;
  return el('section', { className: 'presenter-notes' }, el('h2', { text: title }), ...content);
}

/** Where a choice leads: the next beat's title, or the ending's. */
function destination(role: Role, next: string): string {
  const beat = role.beats.find((entry) => entry.id === next);
  if (beat) return beat.title;
  const ending = role.endings.find((entry) => entry.id === next);
  return ending ? t('presenter.toEnding', { title: ending.title }) : next;
}

/**
 * The notes for a beat the room is deciding (or reading); its questions are in the script. A
 * narrated decision has a minute on the timer, so the scenario's minutes are not offered for it.
 */
export function beatNotes(scenario: Scenario, view: SessionView, narrated = false): HTMLElement[] {
  const beat = view.beat;
  const role = scenario.roles.find((entry) => entry.id === view.role?.id);
  if (!beat || !role) return [];
  const notes = beat.facilitator;
  const dataBeat = role.beats.find((entry) => entry.id === beat.id);
  const account = sourceAccount(dataBeat?.decision);
  const done =
    account.kind === 'historical'
      ? dataBeat?.decision?.choices.find((choice) => choice.id === account.choice)
      : undefined;
  // Only a choice the source says was done shows its outcome here; an assumed one is named only.
  const reality =
    dataBeat?.decision && !scenario.fictional
      ? section(
          sourceHeading(),
          el('p', { text: accountSentence(account) }),
          done?.outcome ? statusLabel(done.outcome.status) : null,
          ...(done?.outcome ? paragraphs(done.outcome.text) : []),
          citations(citeSources(scenario, done?.outcome?.cites)),
        )
      : null;
  const nextSteps = dataBeat?.decision
    ? section(
        t('presenter.whatComesNext'),
        el(
          'ul',
          {},
          ...dataBeat.decision.choices.map((choice) =>
            el('li', { text: `${choice.label} → ${destination(role, choice.next)}` }),
          ),
        ),
      )
    : dataBeat?.next
      ? section(t('presenter.whatComesNext'), el('p', { text: destination(role, dataBeat.next) }))
      : null;
  return [
    section(
      t('presenter.facilitatorNotes'),
      notes?.purpose ? el('p', { className: 'note-purpose', text: notes.purpose }) : null,
      ...(notes?.discussion ? paragraphs(notes.discussion) : []),
      notes?.minutes && !narrated
        ? el('p', {
            text: t('presenter.suggestedMinutes', { minutes: notes.minutes }),
          })
        : null,
    ),
    section(
      t('presenter.roleKnows'),
      list(beat.knows) ?? el('p', { text: t('presenter.nothingNew') }),
    ),
    section(t('presenter.roleDoesNotKnow'), list(beat.doesNotKnow)),
    reality,
    nextSteps,
  ].filter((node): node is HTMLElement => node !== null);
}

/** Notes for the screens around the beats: the overview, a briefing, the debrief. */
export function roleNotes(scenario: Scenario, view: SessionView): HTMLElement[] {
  const role = view.role;
  if (!role)
    return [
      section(t('presenter.learningObjectives'), list(scenario.learningObjectives ?? [])),
    ].filter((node): node is HTMLElement => node !== null);
  const data = scenario.roles.find((entry) => entry.id === role.id);
  const reported = data?.endings.find((ending) => historyOf(ending) === 'historical');
  return [
    section(t('presenter.roleObjectives'), list(role.learningObjectives)),
    view.ending && !scenario.fictional
      ? section(
          t('presenter.debrief'),
          el('p', {
            text: endingSentence(view.ending.history, data ? hasHistoricalEnding(data) : false),
          }),
          reported && reported.id !== view.ending.id
            ? el('p', { text: t('presenter.reportedEnding', { title: reported.title }) })
            : null,
        )
      : null,
  ].filter((node): node is HTMLElement => node !== null);
}

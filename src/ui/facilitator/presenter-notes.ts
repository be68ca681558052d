/**
 * The facilitator-only half of the presenter window: notes and questions for the beat, what the
 * role knows and does not know, what really happened here, and where each choice leads.
 */
import type { Scenario, Role } from '../../engine/schema';
import { citeSources } from '../../engine/cite-sources';
import type { SessionView } from '../../engine/view-types';
import { el, list, paragraphs } from '../dom';
import { citations } from '../parts/citation';
import { statusLabel } from '../parts/status-label';

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
  return ending ? `ending: ${ending.title}` : next;
}

/** The notes for a beat the room is deciding (or reading). */
export function beatNotes(scenario: Scenario, view: SessionView): HTMLElement[] {
  const beat = view.beat;
  const role = scenario.roles.find((entry) => entry.id === view.role?.id);
  if (!beat || !role) return [];
  const notes = beat.facilitator;
  const dataBeat = role.beats.find((entry) => entry.id === beat.id);
  const historical = dataBeat?.decision?.choices.find((choice) => choice.historical);
  const reality = historical
    ? section(
        'What really happened here',
        el('p', { text: `Historically: ${historical.label}` }),
        historical.outcome ? statusLabel(historical.outcome.status) : null,
        ...(historical.outcome ? paragraphs(historical.outcome.text) : []),
        citations(citeSources(scenario, historical.outcome?.cites), 'Source'),
      )
    : dataBeat?.decision
      ? section(
          'What really happened here',
          el('p', {
            text: 'This beat is off the historical line: none of its choices happened. The role’s historical ending is in the debrief.',
          }),
        )
      : null;
  const nextSteps = dataBeat?.decision
    ? section(
        'What comes next',
        el(
          'ul',
          {},
          ...dataBeat.decision.choices.map((choice) =>
            el('li', { text: `${choice.label} → ${destination(role, choice.next)}` }),
          ),
        ),
      )
    : dataBeat?.next
      ? section('What comes next', el('p', { text: destination(role, dataBeat.next) }))
      : null;
  return [
    section(
      'Facilitator notes',
      notes?.purpose ? el('p', { className: 'note-purpose', text: notes.purpose }) : null,
      ...(notes?.discussion ? paragraphs(notes.discussion) : []),
      notes?.minutes ? el('p', { text: `The scenario suggests ${notes.minutes} minutes.` }) : null,
    ),
    section('Questions for the room', list([...(notes?.questions ?? []), ...beat.questions])),
    section(
      'What the role knows',
      list(beat.knows) ?? el('p', { text: 'Nothing new at this beat.' }),
    ),
    section('What the role does not know', list(beat.doesNotKnow)),
    reality,
    nextSteps,
  ].filter((node): node is HTMLElement => node !== null);
}

/** Notes for the screens around the beats: the overview, a briefing, the debrief. */
export function roleNotes(scenario: Scenario, view: SessionView): HTMLElement[] {
  const role = view.role;
  if (!role)
    return [section('Learning objectives', list(scenario.learningObjectives ?? []))].filter(
      (node): node is HTMLElement => node !== null,
    );
  return [
    section('Learning objectives for this role', list(role.learningObjectives)),
    view.ending
      ? section(
          'Debrief',
          el('p', {
            text: view.ending.historical
              ? 'The room reached the historical ending.'
              : `The room's path left history. Historically the role ended at: ${endingTitle(scenario, role.id, view.ending.historicalEnding)}.`,
          }),
        )
      : null,
  ].filter((node): node is HTMLElement => node !== null);
}

function endingTitle(scenario: Scenario, roleId: string, endingId: string | undefined): string {
  const role = scenario.roles.find((entry) => entry.id === roleId);
  return role?.endings.find((ending) => ending.id === endingId)?.title ?? 'see the reality below';
}

/**
 * The projector window: only what the room should see. The situation, the choices once the
 * facilitator reveals them, the timer, and the outcome; never the facilitator's notes, what the
 * role does not know, or what the source says was done before the debrief.
 */
import type { Scenario } from '../../engine/schema';
import type { SessionView } from '../../engine/view-types';
import type { RoomState } from '../../facilitation/room-session';
import { tallyText } from '../../facilitation/room-vote';
import type { DecisionEntry } from '../../engine/session-types';
import { buildWhoKnewWhat } from '../../facilitation/who-knew-what';
import { el, list, paragraphs, uniqueId } from '../dom';
import { t } from '../../i18n/translate';
import { citations, sourceSummary } from '../parts/citation';
import { classificationBanner } from '../parts/classification-banner';
import { statusLabel } from '../parts/status-label';
import { whoKnewWhatView } from '../parts/who-knew-what';
import { realityHeading } from '../../facilitation/history-words';
import type { Screen } from '../screens/screen';
import { narratedHere } from './presenter-actions';
import { projectorCheckBody, projectorCheckHeading } from './projector-check';
import { checkPhaseAt } from '../../facilitation/room-check-display';
import { teamFor } from './room-words';
import { timerView } from './timer-view';
import { roleStage } from '../../stage/stage-events';

export function projectorScreen(scenario: Scenario, state: RoomState, view: SessionView): Screen {
  const { screen } = state;
  const team = teamFor(state, view.role?.id);
  const heading = el('h1', { id: uniqueId('projector') });
  const body: (HTMLElement | null)[] = [];
  const checkRole = scenario.roles.find((role) => role.id === view.role?.id);
  const checkShown =
    state.checkShown && state.checkShown === checkPhaseAt(screen) ? state.checkShown : null;
  if (checkShown && checkRole?.assessment) {
    heading.textContent = projectorCheckHeading(checkRole.name, checkShown);
    body.push(
      ...projectorCheckBody(
        state,
        { id: checkRole.id, assessment: checkRole.assessment },
        checkShown,
      ),
    );
  } else if (screen === 'overview') {
    heading.textContent = scenario.title;
    body.push(
      ...paragraphs(scenario.summary),
      el('h2', { text: t('projector.teams') }),
      list(
        state.record.plan.teams.map(
          (entry) =>
            `${entry.team}: ${scenario.roles.find((role) => role.id === entry.role)?.name ?? entry.role}`,
        ),
      ),
    );
  } else if (screen === 'briefing' && view.role) {
    heading.textContent = t('projector.briefing', { role: view.role.name });
    body.push(
      team ? el('p', { className: 'kicker', text: t('projector.playedBy', { team }) }) : null,
      ...paragraphs(view.role.briefing),
      view.role.knows.length > 0 ? el('h2', { text: t('projector.whatYouKnow') }) : null,
      list(view.role.knows),
    );
  } else if (screen === 'beat' && view.beat) {
    heading.textContent = view.beat.title;
    body.push(...beatBody(state, view));
  } else if (screen === 'outcome' && view.lastOutcome) {
    const outcome = view.lastOutcome;
    const decision = state.record.runs.at(-1)?.log.findLast((entry) => entry.type === 'choose');
    const chosen = decision?.type === 'choose' ? decision : undefined;
    heading.textContent = t('projector.whatFollows');
    body.push(
      el('p', {
        className: 'kicker',
        text: chosen?.skipped
          ? t('projector.historyChoice', { choice: outcome.choiceLabel })
          : t('projector.roomChose', { choice: outcome.choiceLabel }),
      }),
      chosen?.teams ? teamVotesList(scenario, chosen) : null,
      chosen?.tally && !chosen.teams
        ? el('p', {
            className: 'room-tally',
            text: t('projector.votes', { tally: tallyText(chosen.tally) }),
          })
        : null,
      decision?.type === 'choose' && decision.rationale
        ? el('p', {
            className: 'room-rationale',
            text: t('projector.because', { reason: decision.rationale }),
          })
        : null,
      statusLabel(outcome.status),
      ...paragraphs(outcome.text),
      citations(outcome.sources, sourceSummary, true),
    );
  } else if (screen === 'rejoin' && view.rejoin) {
    heading.textContent = t('projector.mainLine');
    body.push(...paragraphs(view.rejoin.text), citations(view.rejoin.sources, sourceSummary, true));
  } else if (screen === 'debrief' && view.ending) {
    const ending = view.ending;
    heading.textContent = t('projector.debrief', { ending: ending.title });
    // Questions first: the room discusses them while the facilitator pages on to the rest.
    body.push(
      el('h2', { text: t('projector.forDiscussion') }),
      list(ending.questions),
      ...paragraphs(ending.debrief),
      el('h2', { text: realityHeading(scenario.fictional) }),
      ...paragraphs(ending.reality.text),
      citations(ending.reality.sources),
    );
  } else {
    heading.textContent = t('projector.complete');
    body.push(
      el('p', { text: t('projector.thankYou') }),
      whoKnewWhatView(
        buildWhoKnewWhat(
          scenario,
          state.record.runs.map((run) => run.log),
        ),
        2,
      ),
    );
  }
  const panel = el(
    'article',
    { className: `panel room-projector room-${screen}`, attrs: { 'aria-labelledby': heading.id } },
    classificationBanner(view.role?.name ?? null),
    heading,
    ...body,
  );
  return {
    nodes: [panel],
    focus: heading,
    stage: {
      screen: screen === 'beat' ? 'beat' : screen === 'outcome' ? 'outcome' : 'briefing',
      setting: view.beat?.setting ?? null,
      sound: null,
      ...roleStage(view.role),
    },
  };
}

function beatBody(state: RoomState, view: SessionView): (HTMLElement | null)[] {
  const beat = view.beat;
  if (!beat) return [];
  const tied = new Set(state.tie?.choices ?? []);
  const choices =
    view.choices.length === 0
      ? null
      : state.revealed
        ? el(
            'ol',
            {
              className: view.choices.length > 3 ? 'room-choices is-many' : 'room-choices',
              attrs: { 'aria-label': t('projector.choices') },
            },
            ...view.choices.map((choice) =>
              el(
                'li',
                { className: tied.has(choice.id) ? 'tied' : '' },
                el('span', { className: 'choice-label', text: choice.label }),
                choice.cost ? el('span', { className: 'choice-cost', text: choice.cost }) : null,
              ),
            ),
          )
        : el('p', {
            className: 'room-waiting',
            // A narrated decision has no vote: the facilitator reads out what was chosen.
            text: narratedHere(state, view) ? t('projector.listen') : t('projector.discuss'),
          });
  return [
    ...paragraphs(beat.text),
    ...view.injects.map((inject) =>
      el(
        'aside',
        { className: 'inject' },
        el('h2', { text: inject.headline }),
        ...paragraphs(inject.text),
      ),
    ),
    view.choices.length > 0 ? timerView(state.timer) : null,
    beat.prompt ? el('h2', { className: 'prompt', text: beat.prompt }) : null,
    state.tie
      ? el('p', {
          className: 'room-tie',
          attrs: { role: 'status' },
          text: t('projector.tie', { tally: Object.values(state.tie.tally).join('-') }),
        })
      : null,
    choices,
  ];
}

/** Every team's choice and reason, side by side (every team deciding). */
function teamVotesList(scenario: Scenario, decision: DecisionEntry): HTMLElement {
  const choices = scenario.roles
    .find((role) => role.id === decision.role)
    ?.beats.find((beat) => beat.id === decision.beat)?.decision?.choices;
  const label = (id: string): string => choices?.find((c) => c.id === id)?.label ?? id;
  return el(
    'ul',
    { className: 'room-team-votes', attrs: { 'aria-label': t('projector.teamChoices') } },
    ...(decision.teams ?? []).map((vote) =>
      el(
        'li',
        { className: vote.choice === decision.choice ? 'is-followed' : '' },
        el('span', { className: 'team-name', text: vote.team }),
        el('span', { text: `${label(vote.choice)}${vote.reason ? `: ${vote.reason}` : ''}` }),
      ),
    ),
  );
}

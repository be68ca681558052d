/**
 * One briefing card per role played, each printed on its own page to hand to the team playing
 * it. A card holds only what the team may know: the role's brief and what it knows at the start;
 * nothing facilitator-only, nothing historical, and not the learning objectives, which would give
 * the answers away before the room has argued them.
 */
import type { Scenario } from '../../engine/schema';
import type { SessionPlan } from '../../facilitation/session-plan';
import { el, list, paragraphs } from '../dom';
import { playedRoles } from './pack-names';
import { MAIN_LINE } from '../../facilitation/history-words';

export function briefingCards(scenario: Scenario, plan: SessionPlan): HTMLElement[] {
  const played = playedRoles(scenario, plan);
  return played.map(({ role, team }, index) => {
    const headingId = `pack-card-${role.id}`;
    const knows = role.knows ?? [];
    return el(
      'article',
      { className: 'pack-card', attrs: { 'aria-labelledby': headingId } },
      el('p', { className: 'kicker', text: `Briefing card · for ${team}` }),
      el('h2', { id: headingId, text: role.name }),
      el('p', { className: 'pack-card-team', text: `Played by ${team}` }),
      el('p', { className: 'pack-lede', text: role.summary }),
      el('h3', { text: 'Your brief' }),
      ...paragraphs(role.briefing),
      el('p', { className: 'hint', text: turnNote(scenario, plan, index, played.length) }),
      knows.length > 0 ? el('h3', { text: 'What you know at the start' }) : null,
      list(knows),
    );
  });
}

/** Where the team's turn falls, and what it starts from. */
function turnNote(scenario: Scenario, plan: SessionPlan, index: number, count: number): string {
  const turn = `You play turn ${index + 1} of ${count}.`;
  if (plan.mode === 'campaign')
    return index === 0
      ? `${turn} The teams after you meet the consequences of your choices.`
      : `${turn} The choices of the teams before you shape the situation you meet.`;
  if (index === 0) return turn;
  const start = scenario.fictional ? 'the story as written' : MAIN_LINE.name;
  return `${turn} Your role starts from ${start}, whatever was chosen before.`;
}

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
import { t } from '../../i18n/translate';

export function briefingCards(scenario: Scenario, plan: SessionPlan): HTMLElement[] {
  const played = playedRoles(scenario, plan);
  return played.map(({ role, team }, index) => {
    const headingId = `pack-card-${role.id}`;
    const knows = role.knows ?? [];
    return el(
      'article',
      { className: 'pack-card', attrs: { 'aria-labelledby': headingId } },
      el('p', { className: 'kicker', text: t('pack.cardKicker', { team }) }),
      el('h2', { id: headingId, text: role.name }),
      el('p', { className: 'pack-card-team', text: t('pack.cardPlayedBy', { team }) }),
      el('p', { className: 'pack-lede', text: role.summary }),
      el('h3', { text: t('pack.cardBrief') }),
      ...paragraphs(role.briefing),
      el('p', { className: 'hint', text: turnNote(scenario, plan, index, played.length) }),
      knows.length > 0 ? el('h3', { text: t('pack.cardKnows') }) : null,
      list(knows),
    );
  });
}

/** Where the team's turn falls, and what it starts from. */
function turnNote(scenario: Scenario, plan: SessionPlan, index: number, count: number): string {
  const turn = { turn: index + 1, count };
  if (plan.mode === 'campaign')
    return t(index === 0 ? 'pack.turnCampaignFirst' : 'pack.turnCampaignLater', turn);
  if (index === 0) return t('pack.turnOnly', turn);
  // A fictional scenario has no source, so its main line is simply the story as written.
  return t('pack.turnRolesLater', { ...turn, fictional: scenario.fictional ? 'yes' : 'no' });
}

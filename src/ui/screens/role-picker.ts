import type { SessionView } from '../../engine/view-types';
import { button, el } from '../dom';
import type { Screen } from './screen';
import { t } from '../../i18n/translate';

/** The roles of a scenario, each a button that names it, and the campaign when there is one. */
export function rolePicker(
  view: SessionView,
  actions: { playRole: (roleId: string) => void; playCampaign: () => void; back: () => void },
): Screen {
  const heading = el('h1', { id: 'roles-heading', text: t('picker.chooseRole') });
  const roles = view.roles.map((role) =>
    el(
      'li',
      { className: 'pick-card' },
      el('h2', { text: role.name }),
      el('p', { text: role.summary }),
      button(t('picker.play', { name: role.name }), () => actions.playRole(role.id), 'primary'),
    ),
  );
  const campaignNames = view.campaign.map((id) => view.roles.find((r) => r.id === id)?.name ?? id);
  // "A, then B, then C": each step worded as the language links a sequence.
  const inOrder = campaignNames
    .slice(1)
    .reduce((earlier, next) => t('picker.then', { earlier, next }), campaignNames[0] ?? '');
  const campaign =
    view.campaign.length > 1
      ? el(
          'section',
          { className: 'campaign-card', attrs: { 'aria-labelledby': 'campaign-heading' } },
          el('h2', { id: 'campaign-heading', text: t('picker.campaign') }),
          el('p', {
            text: t('picker.campaignText', { roles: inOrder }),
          }),
          button(t('picker.playCampaign'), actions.playCampaign, 'secondary'),
        )
      : null;
  const panel = el(
    'section',
    { className: 'panel', attrs: { 'aria-labelledby': heading.id } },
    el('p', { className: 'kicker', text: view.scenario.title }),
    heading,
    el('ul', { className: 'pick-list', attrs: { 'aria-label': t('picker.roles') } }, ...roles),
    campaign,
    button(t('menu.otherScenario'), actions.back),
  );
  return { nodes: [panel], focus: heading, stage: { screen: 'role-picker' } };
}

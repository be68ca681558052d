import type { SessionView } from '../../engine/view-types';
import { button, el } from '../dom';
import type { Screen } from './screen';

/** The roles of a scenario, each a button that names it, and the campaign when there is one. */
export function rolePicker(
  view: SessionView,
  actions: { playRole: (roleId: string) => void; playCampaign: () => void; back: () => void },
): Screen {
  const heading = el('h1', { id: 'roles-heading', text: 'Choose your role' });
  const roles = view.roles.map((role) =>
    el(
      'li',
      { className: 'pick-card' },
      el('h2', { text: role.name }),
      el('p', { text: role.summary }),
      button(`Play ${role.name}`, () => actions.playRole(role.id), 'primary'),
    ),
  );
  const campaignNames = view.campaign.map((id) => view.roles.find((r) => r.id === id)?.name ?? id);
  const campaign =
    view.campaign.length > 1
      ? el(
          'section',
          { className: 'campaign-card', attrs: { 'aria-labelledby': 'campaign-heading' } },
          el('h2', { id: 'campaign-heading', text: 'The whole campaign' }),
          el('p', {
            text: `Play every role in order: ${campaignNames.join(', then ')}. Each role's choices shape what the next one faces.`,
          }),
          button('Play the whole campaign', actions.playCampaign, 'secondary'),
        )
      : null;
  const panel = el(
    'section',
    { className: 'panel', attrs: { 'aria-labelledby': heading.id } },
    el('p', { className: 'kicker', text: view.scenario.title }),
    heading,
    el('ul', { className: 'pick-list', attrs: { 'aria-label': 'Roles' } }, ...roles),
    campaign,
    button('Choose another scenario', actions.back),
  );
  return { nodes: [panel], focus: heading, stage: { screen: 'role-picker' } };
}

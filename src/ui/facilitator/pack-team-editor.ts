/**
 * The set-up screen's roles and teams. In campaign mode: every role in campaign order, each with
 * its team's name. In roles mode: a checkbox to play each role, Move up and Move down for the
 * playing order, and a team name for every role played. Controls keep stable ids, so focus
 * survives the re-render each edit causes.
 */
import type { Role, Scenario } from '../../engine/schema';
import { MAX_TEAM_NAME_CHARS } from '../../engine/limits';
import { TEAM_NAMES, type SessionPlan, type TeamAssignment } from '../../facilitation/session-plan';
import { button, el } from '../dom';
import { playedRoles } from './pack-names';
import { t } from '../../i18n/translate';

type SetTeams = (teams: TeamAssignment[]) => void;

export function teamsFieldset(
  scenario: Scenario,
  plan: SessionPlan,
  setTeams: SetTeams,
): HTMLElement {
  remember(scenario, plan);
  const campaign = plan.mode === 'campaign';
  const played = playedRoles(scenario, plan);
  const left = campaign
    ? []
    : scenario.roles.filter((role) => !plan.teams.some((entry) => entry.role === role.id));
  const rows = [
    ...played.map(({ role, team }, index) =>
      el(
        'li',
        { className: 'setup-role' },
        roleHead(
          scenario,
          plan,
          role,
          t('packTeams.plays', { position: index + 1, count: played.length }),
          setTeams,
        ),
        el('p', { className: 'hint', text: role.summary }),
        el(
          'div',
          { className: 'setup-role-controls' },
          teamField(role, team, (name) =>
            setTeams(
              plan.teams.map((entry) =>
                entry.role === role.id ? { ...entry, team: name } : entry,
              ),
            ),
          ),
          campaign ? null : moveButtons(plan, role, setTeams),
        ),
      ),
    ),
    ...left.map((role) =>
      el(
        'li',
        { className: 'setup-role is-left-out' },
        roleHead(scenario, plan, role, t('packTeams.notPlayed'), setTeams),
        el('p', { className: 'hint', text: role.summary }),
      ),
    ),
  ];
  return el(
    'fieldset',
    { className: 'setup-teams' },
    el('legend', {
      text: t(campaign ? 'packTeams.campaignLegend' : 'packTeams.rolesLegend'),
    }),
    campaign
      ? null
      : el('p', {
          className: 'hint',
          text: t('packTeams.rolesHint', {
            up: t('packTeams.moveUp'),
            down: t('packTeams.moveDown'),
          }),
        }),
    el('ol', { className: 'setup-roles' }, ...rows),
  );
}

/** The role's name (a checkbox label in roles mode) and where it stands in the playing order. */
function roleHead(
  scenario: Scenario,
  plan: SessionPlan,
  role: Role,
  position: string,
  setTeams: SetTeams,
): HTMLElement {
  const where = el('span', {
    id: `setup-position-${role.id}`,
    className: 'setup-position',
    text: position,
  });
  if (plan.mode === 'campaign')
    return el('div', { className: 'setup-role-head' }, el('strong', { text: role.name }), where);
  const box = el('input', { id: `setup-include-${role.id}`, attrs: { type: 'checkbox' } });
  box.checked = plan.teams.some((entry) => entry.role === role.id);
  box.setAttribute('aria-describedby', where.id);
  box.addEventListener('change', () =>
    setTeams(
      box.checked
        ? [...plan.teams, { role: role.id, team: teamNameFor(scenario, plan, role.id, plan.teams) }]
        : plan.teams.filter((entry) => entry.role !== role.id),
    ),
  );
  return el(
    'div',
    { className: 'setup-role-head' },
    box,
    el('label', { attrs: { for: box.id }, text: role.name }),
    where,
  );
}

/**
 * Move up and Move down. At either end the button stays focusable (aria-disabled, not disabled):
 * a role moved to the top keeps focus on the button that moved it.
 */
function moveButtons(plan: SessionPlan, role: Role, setTeams: SetTeams): HTMLElement {
  const at = plan.teams.findIndex((entry) => entry.role === role.id);
  const move = (by: -1 | 1, label: string): HTMLButtonElement => {
    const to = at + by;
    const possible = to >= 0 && to < plan.teams.length;
    const control = button(label, () => {
      if (!possible) return;
      const teams = [...plan.teams];
      [teams[at], teams[to]] = [teams[to] as TeamAssignment, teams[at] as TeamAssignment];
      setTeams(teams);
    });
    control.id = `setup-${by < 0 ? 'up' : 'down'}-${role.id}`;
    control.className = 'secondary setup-move';
    control.append(el('span', { className: 'visually-hidden', text: ` ${role.name}` }));
    control.setAttribute('aria-describedby', `setup-position-${role.id}`);
    if (!possible) control.setAttribute('aria-disabled', 'true');
    return control;
  };
  return el(
    'div',
    { className: 'setup-move-buttons' },
    move(-1, t('packTeams.moveUp')),
    move(1, t('packTeams.moveDown')),
  );
}

/** Where the caret was in the team name being typed; the re-rendered field puts it back. */
let caret: { id: string; start: number; end: number } | null = null;

function teamField(role: Role, team: string, rename: (name: string) => void): HTMLElement {
  const input = el('input', {
    id: `setup-team-${role.id}`,
    className: 'setup-team',
    attrs: { type: 'text', maxlength: String(MAX_TEAM_NAME_CHARS), autocomplete: 'off' },
  });
  input.value = team;
  const commit = (): void => {
    caret = {
      id: input.id,
      start: input.selectionStart ?? input.value.length,
      end: input.selectionEnd ?? input.value.length,
    };
    rename(input.value);
  };
  // Mid-composition (an input method building a character) the text is not final yet.
  input.addEventListener('input', (event) => {
    if (!(event instanceof InputEvent && event.isComposing)) commit();
  });
  input.addEventListener('compositionend', commit);
  input.addEventListener('focus', () => {
    if (caret?.id !== input.id) return;
    input.setSelectionRange(caret.start, caret.end);
    caret = null;
  });
  return el(
    'div',
    { className: 'setup-team-field' },
    el('label', { attrs: { for: input.id }, text: t('packTeams.teamLabel', { role: role.name }) }),
    input,
  );
}

/** Team names typed earlier, so a role left out and then played again gets its team back. */
const rememberedTeams = new Map<string, string>();

function remember(scenario: Scenario, plan: SessionPlan): void {
  for (const entry of plan.teams) rememberedTeams.set(`${scenario.id} ${entry.role}`, entry.team);
}

/**
 * The team for a role joining the plan: the one it has, or had earlier, unless a role already
 * `taken` uses that name; otherwise the first free "Team N".
 */
export function teamNameFor(
  scenario: Scenario,
  plan: SessionPlan,
  role: string,
  taken: readonly TeamAssignment[],
): string {
  remember(scenario, plan);
  const known =
    plan.teams.find((entry) => entry.role === role)?.team ??
    rememberedTeams.get(`${scenario.id} ${role}`);
  const names = new Set(taken.map((entry) => entry.team));
  if (known !== undefined && known.trim() !== '' && !names.has(known)) return known;
  let n = 1;
  while (names.has(TEAM_NAMES.numbered(n))) n += 1;
  return TEAM_NAMES.numbered(n);
}

/**
 * The set-up screen's timing and teams parts: the presets, the choice of every team deciding (and
 * their names), and the warning when the plan does not fit its time, with what to cut.
 */
import type { Scenario } from '../../engine/schema';
import { MAX_TEAM_NAME_CHARS } from '../../engine/limits';
import {
  cutsFor,
  fitByNarrating,
  overBudgetSentence,
  presetsFor,
  TEAM_NAMES,
} from '../../facilitation/plan-fit';
import { formatMinutes, planMinutes } from '../../facilitation/plan-minutes';
import type { SessionPlan } from '../../facilitation/session-plan';
import { keepOrgSettings, withoutOrgSettings } from '../../facilitation/org-notes';
import { button, el, list } from '../dom';
import { t } from '../../i18n/translate';

type Change = (next: Partial<SessionPlan>) => void;

/** The name a team gets until the facilitator types its own: "Team 1" for index 0. */
const teamName = (index: number): string => TEAM_NAMES.numbered(index + 1);

/** The ready-made plans; picking one replaces the plan (it can be edited afterwards). */
export function presetField(
  scenario: Scenario,
  plan: SessionPlan,
  replace: (plan: SessionPlan) => void,
): HTMLElement {
  const presets = presetsFor(scenario);
  // The notes and the names choice are the facilitator's own: a preset neither sets nor clears them.
  const same = (other: SessionPlan): boolean =>
    JSON.stringify(other) === JSON.stringify(withoutOrgSettings(plan));
  const select = el(
    'select',
    { id: 'setup-preset' },
    el('option', { text: t('setup.ownPlan'), attrs: { value: '' } }),
    ...presets.map((preset) => el('option', { text: preset.label, attrs: { value: preset.id } })),
  );
  select.value = presets.find((preset) => same(preset.plan))?.id ?? '';
  select.addEventListener('change', () => {
    const preset = presets.find((entry) => entry.id === select.value);
    if (preset) replace(keepOrgSettings(preset.plan, plan));
  });
  return el(
    'div',
    { className: 'setup-field' },
    el('label', { attrs: { for: select.id }, text: t('setup.preset') }),
    select,
    el('p', {
      className: 'hint',
      text: t('setup.presetHint'),
    }),
  );
}

/** One team per role, or every team deciding every decision (with the teams' names). */
export function everyTeamFieldset(plan: SessionPlan, change: Change): HTMLElement {
  const every = plan.everyTeam !== undefined;
  const radio = (id: string, label: string, checked: boolean, pick: () => void): HTMLElement => {
    const input = el('input', { id, attrs: { type: 'radio', name: 'setup-who-decides' } });
    input.checked = checked;
    input.addEventListener('change', () => input.checked && pick());
    return el(
      'div',
      { className: 'setup-choice' },
      input,
      el('label', { attrs: { for: id }, text: label }),
    );
  };
  const names = plan.everyTeam ?? [];
  const rows = names.map((name, index) => {
    const input = el('input', {
      id: `setup-every-team-${index}`,
      attrs: { type: 'text', maxlength: String(MAX_TEAM_NAME_CHARS), autocomplete: 'off' },
    });
    input.value = name;
    input.addEventListener('change', () =>
      change({ everyTeam: names.map((n, i) => (i === index ? input.value : n)) }),
    );
    return el('li', {}, el('label', { attrs: { for: input.id }, text: teamName(index) }), input);
  });
  const add = button(
    t('setup.addTeam'),
    () => change({ everyTeam: [...names, teamName(names.length)] }),
    'secondary',
    'setup-every-team-add',
  );
  const remove = button(
    t('setup.removeTeam'),
    () => change({ everyTeam: names.slice(0, -1) }),
    'secondary',
    'setup-every-team-remove',
  );
  remove.disabled = names.length <= 2;
  return el(
    'fieldset',
    { className: 'setup-who-decides' },
    el('legend', { text: t('setup.whoDecides') }),
    radio('setup-one-team', t('setup.oneTeamPerRole'), !every, () =>
      change({
        everyTeam: undefined,
        teams: plan.teams.map((entry, i) =>
          entry.team === TEAM_NAMES.everyTeam ? { ...entry, team: teamName(i) } : entry,
        ),
      }),
    ),
    radio('setup-every-team', t('setup.everyTeamDecides'), every, () =>
      change({ everyTeam: [0, 1, 2, 3].map(teamName) }),
    ),
    every ? el('ol', { className: 'setup-every-team' }, ...rows) : null,
    every ? el('div', { className: 'actions' }, add, remove) : null,
  );
}

/**
 * The plan against its time: that it fits (with the minutes to spare), or a warning naming the
 * overrun and what to cut, with a button that narrates decisions until it fits.
 */
export function planFitNote(
  scenario: Scenario,
  plan: SessionPlan,
  replace: (plan: SessionPlan) => void,
): HTMLElement {
  const minutes = planMinutes(scenario, plan);
  const narrated = plan.narrate?.length ?? 0;
  const narratedNote =
    narrated > 0
      ? el('p', {
          text: t('setup.narrated', { count: narrated }),
        })
      : null;
  if (minutes.over <= 0)
    return el(
      'div',
      { id: 'setup-fit', className: 'setup-fit fits' },
      el('p', {
        text: t('setup.fits', {
          total: formatMinutes(minutes.total),
          budget: formatMinutes(minutes.budget),
        }),
      }),
      narratedNote,
    );
  const fitted = fitByNarrating(scenario, plan);
  const fits = planMinutes(scenario, fitted).over <= 0;
  const fit = button(
    t('setup.narrateToFit'),
    () => replace(fitted),
    'secondary',
    'setup-fit-narrate',
  );
  return el(
    'div',
    { id: 'setup-fit', className: 'setup-fit over' },
    el('h2', { text: t('setup.overTime') }),
    el('p', { text: overBudgetSentence(minutes) }),
    el('p', { text: t('setup.cut') }),
    list(cutsFor(scenario, plan)),
    narratedNote,
    fits ? el('div', { className: 'actions' }, fit) : null,
  );
}

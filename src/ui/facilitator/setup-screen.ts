/**
 * The facilitator's set-up screen: the scenario, how the room plays it, which team plays which
 * role, the time budget and how it divides; then print the pack and start, or load a saved
 * session. Every edit hands a new plan to the caller, which re-renders the screen and puts focus
 * back on the control (by id) that had it.
 */
import type { Scenario } from '../../engine/schema';
import type { MinutesPlan, SessionPlan } from '../../facilitation/session-plan';
import { formatMinutes } from '../../facilitation/plan-minutes';
import { button, el, list } from '../dom';
import { currentLanguage, languageName, t } from '../../i18n/translate';
import { scenarioFileField } from './setup-scenario-file';
import type { Screen } from '../screens/screen';
import { minutesGroups, minutesTable } from './pack-minutes';
import { modeLabel } from '../../facilitation/history-words';
import { teamNameFor, teamsFieldset } from './pack-team-editor';
import { orgFieldset } from './setup-org-fields';
import { everyTeamFieldset, planFitNote, presetField } from './setup-plan-fields';
import './setup.css';

export interface SetupInput {
  catalog: readonly { id: string; title: string; language: string }[];
  scenario: Scenario;
  plan: SessionPlan;
  /** checkPlan's sentences; while there are any, the session cannot start. */
  problems: string[];
  /** suggestMinutes for the plan, or null while the plan has problems. */
  minutes: MinutesPlan | null;
}

export interface SetupActions {
  chooseScenario(id: string): void;
  changePlan(plan: SessionPlan): void;
  printPack(): void;
  start(): void;
  loadSessionLog(file: File): void;
  loadScenarioFile(file: File): void;
  /** Saves the plan's "In our organisation" notes as a file. */
  downloadNotes(): void;
  /** Reads a notes file into the plan. */
  loadNotes(file: File): void;
  back(): void;
}

/** Budgets offered, in minutes: a short session, an hour, and longer ones up to three hours. */
const BUDGETS = [45, 60, 90, 120, 150, 180];

export function setupScreen(input: SetupInput, actions: SetupActions): Screen {
  const { scenario, plan } = input;
  const change = (next: Partial<SessionPlan>): void => actions.changePlan({ ...plan, ...next });
  const ready = input.problems.length === 0;
  const heading = el('h1', { id: 'setup-heading', text: t('setup.heading') });
  const printButton = button(
    t('setup.printPack'),
    () => actions.printPack(),
    'secondary',
    'setup-print',
  );
  const startButton = button(t('setup.start'), () => actions.start(), 'primary', 'setup-start');
  for (const control of [printButton, startButton]) {
    control.disabled = !ready;
    if (!ready) control.setAttribute('aria-describedby', 'setup-problems');
  }
  const backButton = button(t('setup.back'), () => actions.back(), 'secondary', 'setup-back');

  const form = el(
    'form',
    { className: 'setup-form', attrs: { 'aria-labelledby': heading.id } },
    scenarioField(input, actions),
    scenarioFileField((file) => actions.loadScenarioFile(file)),
    presetField(scenario, plan, (next) => actions.changePlan(next)),
    modeFieldset(scenario, plan, change),
    teamsFieldset(scenario, plan, (teams) => change({ teams })),
    everyTeamFieldset(plan, change),
    budgetField(plan, change),
    orgFieldset(scenario, plan, actions),
    ready ? planFitNote(scenario, plan, (next) => actions.changePlan(next)) : null,
    minutesSection(input),
    ready
      ? null
      : el(
          'div',
          // Read out by setup-flow when it changes, not at each re-render (see planVerdict).
          { id: 'setup-problems', className: 'problems setup-problems' },
          el('h2', { text: t('setup.problems') }),
          list(input.problems),
        ),
    el('div', { className: 'actions' }, startButton, printButton),
  );
  // Nothing here submits: Enter in a team name must not reload the page.
  form.addEventListener('submit', (event) => event.preventDefault());

  const panel = el(
    'section',
    { className: 'panel setup', attrs: { 'aria-labelledby': heading.id } },
    el('p', { className: 'kicker', text: t('setup.kicker') }),
    heading,
    el('p', {
      className: 'lede',
      text: t('setup.lede'),
    }),
    form,
    logSection(actions),
    el('div', { className: 'actions' }, backButton),
  );
  return { nodes: [panel], focus: heading, stage: { screen: 'scenario-picker' } };
}

function scenarioField(input: SetupInput, actions: SetupActions): HTMLElement {
  const { scenario } = input;
  const entries = input.catalog.some((card) => card.id === scenario.id)
    ? input.catalog
    : [...input.catalog, { id: scenario.id, title: scenario.title, language: scenario.language }];
  const select = el(
    'select',
    { id: 'setup-scenario' },
    ...entries.map((card) =>
      el('option', {
        // A scenario not yet translated into the page's language says which language it is in.
        text:
          card.language === currentLanguage()
            ? card.title
            : t('setup.scenarioInLanguage', {
                title: card.title,
                language: languageName(card.language),
              }),
        attrs: { value: card.id },
      }),
    ),
  );
  select.value = scenario.id;
  select.addEventListener('change', () => actions.chooseScenario(select.value));
  return el(
    'div',
    { className: 'setup-field' },
    el('label', { attrs: { for: select.id }, text: t('setup.scenario') }),
    select,
    el('p', {
      className: 'hint',
      text: t('setup.scenarioFacts', {
        roles: scenario.roles.length,
        minutes: scenario.estimatedMinutes,
        fictional: scenario.fictional ? 'yes' : 'no',
      }),
    }),
    el('p', { className: 'setup-summary', text: scenario.summary }),
  );
}

function modeFieldset(
  scenario: Scenario,
  plan: SessionPlan,
  change: (next: Partial<SessionPlan>) => void,
): HTMLElement {
  const order = scenario.campaign?.order;
  const option = (mode: SessionPlan['mode']): HTMLElement => {
    const radio = el('input', {
      id: `setup-mode-${mode}`,
      attrs: { type: 'radio', name: 'setup-mode', value: mode },
    });
    radio.checked = plan.mode === mode;
    radio.disabled = mode === 'campaign' && !order;
    radio.addEventListener('change', () => {
      if (!radio.checked || plan.mode === mode) return;
      if (mode === 'roles' || !order) return change({ mode });
      // A campaign plays every role in its order; each keeps the team it had, if it had one.
      const teams = order.reduce<SessionPlan['teams']>(
        (chosen, role) => [...chosen, { role, team: teamNameFor(scenario, plan, role, chosen) }],
        [],
      );
      change({ mode, teams });
    });
    return el(
      'div',
      { className: 'setup-choice' },
      radio,
      el('label', {
        attrs: { for: radio.id },
        text:
          mode === 'campaign' && !order
            ? t('setup.noCampaign', { mode: modeLabel(mode) })
            : modeLabel(mode),
      }),
    );
  };
  return el(
    'fieldset',
    { className: 'setup-mode' },
    el('legend', { text: t('setup.howRoomPlays') }),
    option('campaign'),
    option('roles'),
  );
}

function budgetField(plan: SessionPlan, change: (next: Partial<SessionPlan>) => void): HTMLElement {
  const budgets = [...new Set([...BUDGETS, plan.budgetMinutes])]
    .filter((minutes) => Number.isFinite(minutes))
    .sort((a, b) => a - b);
  const select = el(
    'select',
    { id: 'setup-budget' },
    ...budgets.map((minutes) =>
      el('option', {
        text: t('common.minutes', { count: minutes }),
        attrs: { value: String(minutes) },
      }),
    ),
  );
  select.value = String(plan.budgetMinutes);
  select.addEventListener('change', () => change({ budgetMinutes: Number(select.value) }));
  return el(
    'div',
    { className: 'setup-field' },
    el('label', { attrs: { for: select.id }, text: t('setup.budget') }),
    select,
  );
}

function minutesSection({ scenario, plan, minutes }: SetupInput): HTMLElement {
  return el(
    'section',
    { className: 'setup-minutes', attrs: { 'aria-labelledby': 'setup-minutes-heading' } },
    el('h2', { id: 'setup-minutes-heading', text: t('setup.runSheet') }),
    minutes
      ? minutesTable(minutesGroups(scenario, plan, minutes), minutes.total, {
          caption: t('setup.runSheetCaption', { minutes: formatMinutes(minutes.total) }),
        })
      : el('p', {
          className: 'hint',
          text: t('setup.minutesLater'),
        }),
  );
}

function logSection(actions: SetupActions): HTMLElement {
  const input = el('input', {
    id: 'setup-log',
    attrs: { type: 'file', accept: '.json,application/json' },
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) actions.loadSessionLog(file);
  });
  return el(
    'section',
    { className: 'setup-log', attrs: { 'aria-labelledby': 'setup-log-heading' } },
    el('h2', { id: 'setup-log-heading', text: t('setup.logHeading') }),
    el('p', {
      className: 'hint',
      text: t('setup.logHint'),
    }),
    el('label', {
      className: 'file-label',
      attrs: { for: input.id },
      text: t('setup.loadLog'),
    }),
    input,
  );
}

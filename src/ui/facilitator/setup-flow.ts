/**
 * The set-up screens before a session: choose the scenario, the teams and the time, print the
 * pack, then start; or load a saved session log to carry on or to reread its report.
 */
import type { ScenarioCard } from 'virtual:scenario-catalog';
import type { Scenario } from '../../engine/schema';
import type { RoomRecord } from '../../facilitation/room-record';
import {
  checkPlan,
  withNarrationOfPlannedRoles,
  defaultPlan,
  suggestMinutes,
  type SessionPlan,
} from '../../facilitation/session-plan';
import { announce, replaceScreen, showNotice } from '../screen-host';
import { t } from '../../i18n/translate';
import { announceStage } from '../../stage/stage-events';
import { loadScenarioFile as checkScenarioFile } from '../loading/load-scenario-file';
import { wordProblem } from '../../i18n/problem-words';
import { printPackScreen } from './print-pack';
import { withOrgNotes } from '../../facilitation/org-notes';
import { scenarioAsPlanned } from '../../facilitation/unnamed';
import { downloadOrgNotes, keepOrgNotes, keptOrgNotes, readOrgNotesFile } from './org-notes-store';
import { setupScreen } from './setup-screen';

export interface SetupFlowActions {
  start: (scenario: Scenario, plan: SessionPlan, customScenario?: string) => void;
  resume: (scenario: Scenario, record: RoomRecord, customScenario?: string) => void;
  parseLog: (
    text: string,
    scenario: Scenario,
  ) => { ok: true; record: RoomRecord } | { ok: false; message: string };
  back: () => void;
}

/** The largest session log read at all (the parser's own limit is stricter). */
const LARGEST_LOG = 4 * 1024 * 1024;

export function setupFlow(catalog: readonly ScenarioCard[], actions: SetupFlowActions): void {
  let scenario: Scenario | null = null;
  let plan: SessionPlan | null = null;
  /** A scenario the facilitator loaded from a file: its document, carried by the session. */
  let custom: { scenario: Scenario; document: string } | null = null;

  let lastVerdict = '';

  const render = (focusId?: string): void => {
    if (!scenario || !plan) return;
    const problems = checkPlan(scenario, plan);
    const minutes = problems.length === 0 ? suggestMinutes(scenario, plan) : null;
    const screen = setupScreen(
      { catalog, scenario, plan, problems, minutes },
      {
        chooseScenario: (id) => void choose(id, 'setup-scenario'),
        changePlan: (next) => {
          const focused = document.activeElement?.id;
          if (scenario && next.orgNotes !== plan?.orgNotes)
            keepOrgNotes(scenario, next.orgNotes ?? []);
          plan = withNarrationOfPlannedRoles(next);
          render(focused);
        },
        downloadNotes: () => {
          if (scenario && plan) downloadOrgNotes(scenario, plan.orgNotes ?? []);
        },
        loadNotes: (file) => void loadNotes(file),
        printPack: () => showPack(),
        start: () => {
          if (scenario && plan && checkPlan(scenario, plan).length === 0)
            actions.start(
              scenario,
              plan,
              custom?.scenario === scenario ? custom.document : undefined,
            );
        },
        loadSessionLog: (file) => void loadLog(file),
        loadScenarioFile: (file) => void loadScenarioFile(file),
        back: actions.back,
      },
    );
    const verdict = planVerdict(screen.nodes);
    const verdictChanged = verdict !== lastVerdict;
    lastVerdict = verdict;
    if (focusId) {
      document.getElementById('screen')?.replaceChildren(...screen.nodes);
      (document.getElementById(focusId) ?? screen.focus).focus();
      if (verdictChanged && verdict) announce(verdict);
    } else {
      replaceScreen(screen.nodes, screen.focus, verdict);
      announceStage(screen.stage);
    }
  };

  const choose = async (id: string, focusId?: string): Promise<void> => {
    const card = catalog.find((entry) => entry.id === id);
    if (!card && custom?.scenario.id !== id) return;
    scenario = card ? await card.load() : (custom?.scenario ?? null);
    if (!scenario) return;
    plan = withOrgNotes(defaultPlan(scenario), keptOrgNotes(scenario));
    render(focusId);
  };

  const showPack = (): void => {
    if (!scenario || !plan) return;
    // The pack shows what the room will see: names withheld when the plan says so.
    const shown = scenarioAsPlanned(scenario, plan);
    const screen = printPackScreen(shown, plan, suggestMinutes(scenario, plan), {
      print: () => window.print(),
      back: () => render(),
    });
    replaceScreen(screen.nodes, screen.focus);
    announceStage(screen.stage);
  };

  const loadScenarioFile = async (file: File): Promise<void> => {
    // The same check as `npm run check:scenarios`, off the main thread for a large file.
    const result = await checkScenarioFile(file);
    if (!result) return; // cancelled
    if (!result.ok) {
      const errors = result.errors
        .slice(0, 5)
        .map((e) => {
          const at = { file: e.file, line: String(e.line), message: wordProblem(e.message) };
          return e.path
            ? t('setup.scenarioErrorAt', { ...at, path: e.path })
            : t('setup.scenarioError', at);
        })
        .join('; ');
      const more = result.errors.length - 5;
      return showNotice(
        more > 0
          ? t('setup.cantPlayMore', { file: file.name, errors, more })
          : t('setup.cantPlay', { file: file.name, errors }),
      );
    }
    // The text is carried as it was accepted, so that a resumed session reads what passed.
    custom = { scenario: result.scenario, document: result.text };
    await choose(result.scenario.id, 'setup-scenario');
  };

  const loadNotes = async (file: File): Promise<void> => {
    if (!scenario) return;
    const notes = await readOrgNotesFile(file, scenario);
    if (!notes || !plan) return;
    plan = withOrgNotes(plan, notes);
    render('setup-notes-file');
  };

  const loadLog = async (file: File): Promise<void> => {
    if (file.size > LARGEST_LOG) return showNotice(t('setup.logTooLarge', { file: file.name }));
    const text = await file.text();
    let scenarioId: unknown;
    try {
      scenarioId = (JSON.parse(text) as { scenario?: { id?: unknown } } | null)?.scenario?.id;
    } catch {
      return showNotice(t('setup.logNotJson', { file: file.name }));
    }
    const card = catalog.find((entry) => entry.id === scenarioId);
    const own = custom?.scenario.id === scenarioId ? custom : null;
    if (!card && !own)
      return showNotice(
        t('setup.logScenarioMissing', {
          file: file.name,
          scenario: JSON.stringify(scenarioId) ?? t('setup.noScenarioId'),
        }),
      );
    const logScenario = card ? await card.load() : (own as { scenario: Scenario }).scenario;
    const parsed = actions.parseLog(text, logScenario);
    if (!parsed.ok)
      return showNotice(t('setup.logRefused', { file: file.name, why: parsed.message }));
    actions.resume(logScenario, parsed.record, card ? undefined : own?.document);
  };

  void choose(catalog[0]?.id ?? '');
}

/**
 * What the set-up says of the plan as a whole: what stops it starting, or whether it fits the time.
 * The screen is drawn again at each keystroke, so this is read out (politely) only when it changes,
 * not each time its box is drawn again, as a live region inside the screen would be.
 */
function planVerdict(nodes: readonly Node[]): string {
  for (const node of nodes) {
    if (!(node instanceof HTMLElement)) continue;
    const verdict = node.querySelector('#setup-problems, #setup-fit');
    if (verdict)
      return [...verdict.querySelectorAll('h2, p, li')]
        .map((part) => part.textContent?.trim() ?? '')
        .filter(Boolean)
        .map((part) => (/[.:!?]$/.test(part) ? part : `${part}.`))
        .join(' ');
  }
  return '';
}

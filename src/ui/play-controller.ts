import type { ScenarioCard } from 'virtual:scenario-catalog';
import { createSession, type Session } from '../engine/create-session';
import { parseSave, serializeSave } from '../engine/save';
import type { Scenario } from '../engine/schema';
import type { ChoiceView, SessionView } from '../engine/view-types';
import { keepProgress } from './progress-store';
import { announce, replaceScreen, showNotice } from './screen-host';
import { beatScreen } from './screens/beat-screen';
import { briefingScreen } from './screens/briefing-screen';
import { debriefScreen } from './screens/debrief-screen';
import { outcomeScreen } from './screens/outcome-screen';
import { rejoinScreen } from './screens/rejoin-screen';
import { rolePicker } from './screens/role-picker';
import type { Screen } from './screens/screen';
import { changedFacts } from './parts/world-panel';
import { sharePanel } from './share-panel';
import { announceCue, announceStage } from '../stage/stage-events';

/** Where a play session came from: a built-in scenario, or a document the player loaded. */
export interface ScenarioOrigin {
  card: Pick<ScenarioCard, 'id' | 'title'>;
  scenario: Scenario;
  /** The loaded document as JSON, kept with the progress so a reload can resume it. */
  customDocument?: string;
}

/** Screen-to-screen state the engine does not hold: whether the briefing and outcome were read. */
interface BetweenScreens {
  briefedRole: string | null;
  outcomePending: boolean;
}

/**
 * Runs one scenario: turns the engine's view into screens and player actions into engine steps,
 * and keeps progress after every step. It never decides the story; the session does.
 */
export class PlayController {
  private session: Session;
  private between: BetweenScreens = { briefedRole: null, outcomePending: false };
  private shownMeters = new Map<string, number>();
  private shownFacts = new Map<string, boolean>();
  private warnedAboutStorage = false;

  constructor(
    private readonly origin: ScenarioOrigin,
    private readonly leave: { toScenarios: () => void },
    private readonly readOnly = false,
  ) {
    this.session = createSession(origin.scenario);
  }

  /** Restores a kept session; on a damaged or outdated save, says why and starts afresh. */
  resume(save: string, between: BetweenScreens): void {
    const restored = parseSave(this.origin.scenario, save);
    if (restored.ok) {
      this.session = restored.session;
      this.between = { ...between };
    } else {
      showNotice(`${restored.message} Your earlier progress could not be restored.`);
    }
    this.render();
  }

  /** Shows a shared path, read-only, from a session already replayed. */
  showShared(session: Session): void {
    this.session = session;
    this.between = { briefedRole: session.view().role?.id ?? null, outcomePending: false };
    this.render();
  }

  /** Shows whatever the session is at now. */
  render(): void {
    const view = this.session.view();
    const screen = this.screenFor(view);
    replaceScreen(screen.nodes, screen.focus, screen.announce);
    announceStage(screen.stage);
    // A reload of '#/play' resumes the kept session (see title-screen.ts).
    if (!this.readOnly && window.location.hash !== '#/play')
      history.replaceState(null, '', '#/play');
    this.shownMeters = new Map(view.meters.map((m) => [m.id, m.value]));
    this.shownFacts = new Map(view.facts.map((f) => [f.id, f.value]));
  }

  /** The role being played, for the menu's "restart this role". */
  currentRole(): string | null {
    return this.session.view().role?.id ?? null;
  }

  /** Starts a role (or the campaign) afresh. */
  start(how: { role: string } | { campaign: true }): void {
    this.session = createSession(this.origin.scenario);
    this.between = { briefedRole: null, outcomePending: false };
    this.step(() => this.session.start(how, { at: Date.now() }));
  }

  private screenFor(view: SessionView): Screen {
    const previous = {
      meters: this.shownMeters,
      changedFacts: changedFacts(view.facts, this.shownFacts),
    };
    if (view.phase === 'select') {
      return rolePicker(view, {
        playRole: (role) => this.start({ role }),
        playCampaign: () => this.start({ campaign: true }),
        back: this.leave.toScenarios,
      });
    }
    if (view.phase === 'rejoin')
      return rejoinScreen(view, () =>
        this.step(() => this.session.rejoinHistory({ at: Date.now() })),
      );
    if (this.between.outcomePending && view.lastOutcome) {
      return outcomeScreen(view, this.shownMeters, () => this.acknowledgeOutcome());
    }
    if (view.phase === 'ending') return this.debrief(view);
    if (view.role && this.between.briefedRole !== view.role.id) {
      return briefingScreen(view, () => {
        this.between.briefedRole = view.role?.id ?? null;
        this.render();
        this.keep();
      });
    }
    return beatScreen(view, previous, {
      choose: (choice) => this.choose(choice),
      continue: () => this.step(() => this.session.continue({ at: Date.now() })),
    });
  }

  private debrief(view: SessionView): Screen {
    const scenario = this.origin.scenario;
    if (this.readOnly) {
      const roleId = view.role?.id;
      return debriefScreen(
        view,
        scenario,
        {
          playAnotherRole: this.leave.toScenarios,
          ...(roleId ? { playThisRole: () => this.start({ role: roleId }) } : {}),
        },
        true,
        this.session.log(),
      );
    }
    return debriefScreen(
      view,
      scenario,
      {
        nextRole: () => this.step(() => this.session.nextRole({ at: Date.now() })),
        playAnotherRole: () => {
          this.session = createSession(scenario);
          this.between = { briefedRole: null, outcomePending: false };
          this.render();
        },
        share: () =>
          sharePanel(scenario, this.session.log(), this.origin.customDocument !== undefined),
      },
      false,
      this.session.log(),
    );
  }

  private choose(choice: ChoiceView): void {
    announceCue('choice-confirmed');
    this.step(() => this.session.choose(choice.id, { at: Date.now() }), true);
  }

  private acknowledgeOutcome(): void {
    this.between.outcomePending = false;
    this.render();
    this.keep();
  }

  /** Takes one engine step; a refused step is reported, and the screen stays as it was. */
  private step(
    take: () => { ok: true } | { ok: false; message: string },
    outcomeFollows = false,
  ): void {
    const result = take();
    if (!result.ok) {
      announce(`That did not work: ${result.message}`);
      return;
    }
    this.between.outcomePending = outcomeFollows && this.session.view().lastOutcome !== undefined;
    this.render();
    if (outcomeFollows) announceCue('text-arrived');
    this.keep();
  }

  /** Autosave: after every step, unless this is someone else's shared path. */
  private keep(): void {
    if (this.readOnly) return;
    const kept = keepProgress({
      scenarioId: this.origin.card.id,
      save: serializeSave(this.origin.scenario, this.session.log(), Date.now()),
      ...this.between,
      ...(this.origin.customDocument ? { customScenario: this.origin.customDocument } : {}),
    });
    if (!kept && !this.warnedAboutStorage) {
      this.warnedAboutStorage = true;
      showNotice(
        'This browser is not keeping data (a private window, or storage is full or blocked): you can play on, but your progress won’t be kept if you close or reload the page.',
      );
    }
  }
}

import type { ScenarioCard } from 'virtual:scenario-catalog';
import { createSession, type Session } from '../engine/create-session';
import type { CheckPhase, CheckRecord } from '../engine/check-answers';
import type { ReflectionRecord } from '../engine/reflection';
import { parseSave, serializeSave } from '../engine/save';
import { wordProblem } from '../i18n/problem-words';
import type { Scenario } from '../engine/schema';
import type { ChoiceView, SessionView } from '../engine/view-types';
import {
  engineLog,
  restoreFlow,
  screenOf,
  sendFlow,
  startFlow,
  viewOf,
  type FlowSnapshot,
} from '../flow/flow';
import type { FlowContext, FlowEvent } from '../flow/flow-types';
import { screenFromFlags } from '../flow/legacy-screen';
import type { KeptProgress } from './kept-progress';
import { keepProgress } from './progress-store';
import { announce, replaceScreen, showNotice } from './screen-host';
import { beatScreen } from './screens/beat-screen';
import { briefingScreen } from './screens/briefing-screen';
import { checkScreen } from './screens/check-screen';
import { debriefScreen } from './screens/debrief-screen';
import { outcomeScreen } from './screens/outcome-screen';
import { rejoinScreen } from './screens/rejoin-screen';
import { rolePicker } from './screens/role-picker';
import type { Screen } from './screens/screen';
import { changedFacts } from './parts/world-panel';
import { sharePanel } from './share-panel';
import { announceCue, announceStage } from '../stage/stage-events';
import { currentLanguage, t } from '../i18n/translate';

/** Where a play session came from: a built-in scenario, or a document the player loaded. */
export interface ScenarioOrigin {
  card: Pick<ScenarioCard, 'id' | 'title'>;
  scenario: Scenario;
  /** The loaded document as JSON, kept with the progress so a reload can resume it. */
  customDocument?: string;
}

/**
 * Runs one scenario for one player: sends the player's actions to the screen flow
 * (src/flow/screen-flow.ts), draws the screen its snapshot is on, and keeps progress after every
 * step. It never decides the story or the order of screens; the engine and the flow do.
 */
export class PlayController {
  private flow: FlowSnapshot;
  private shownMeters = new Map<string, number>();
  private shownFacts = new Map<string, boolean>();
  private warnedAboutStorage = false;
  /** The learner's reflections by role (kept with the progress, not part of the flow). */
  private reflections: ReflectionRecord = {};
  /** A shared path's reflection, shown read-only. */
  private sharedReflection: string | undefined;

  constructor(
    private readonly origin: ScenarioOrigin,
    private readonly leave: { toScenarios: () => void },
    private readonly readOnly = false,
  ) {
    this.flow = this.freshFlow();
  }

  /** Restores kept progress; on a damaged or outdated save, says why and starts afresh. */
  resume(kept: KeptProgress): void {
    const restored = parseSave(this.origin.scenario, kept.save);
    if (restored.ok) {
      const screen =
        'screen' in kept ? kept.screen : screenFromFlags(kept, restored.session.view());
      const checks = 'checks' in kept ? kept.checks : undefined;
      this.reflections = kept.reflections ?? {};
      this.flow = restoreFlow(this.contextOf(restored.session, checks), { screen });
    } else {
      showNotice(t('progress.notRestored', { problem: wordProblem(restored.message) }));
    }
    this.render();
  }

  /** Shows a shared path, read-only, from a session already replayed (with its reflection). */
  showShared(session: Session, reflection?: string): void {
    this.flow = restoreFlow(this.contextOf(session));
    this.sharedReflection = reflection;
    this.render();
  }

  /** Shows whatever the flow is at now. */
  render(): void {
    const view = viewOf(this.flow);
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
    return viewOf(this.flow).role?.id ?? null;
  }

  /** Starts a role (or the campaign) afresh. */
  start(how: { role: string } | { campaign: true }): void {
    this.flow = this.freshFlow();
    void this.send({ type: 'START', at: Date.now(), ...how });
  }

  private freshFlow(): FlowSnapshot {
    // A new run starts with nothing written, as it starts with no check answered.
    this.reflections = {};
    return startFlow(this.contextOf(createSession(this.origin.scenario)));
  }

  private contextOf(session: Session, checks?: CheckRecord): FlowContext {
    return {
      scenario: this.origin.scenario,
      engine: session.snapshot(),
      room: null,
      ...(checks ? { checks } : {}),
    };
  }

  private screenFor(view: SessionView): Screen {
    const onward = (): void => void this.send({ type: 'NEXT', at: Date.now() });
    const screen = screenOf(this.flow);
    switch (screen) {
      case 'checkBefore':
      case 'checkAfter':
        return this.check(view, screen === 'checkBefore' ? 'before' : 'after');
      case 'rejoin':
        return rejoinScreen(view, () => void this.send({ type: 'REJOIN', at: Date.now() }));
      case 'briefing':
        return briefingScreen(view, onward);
      case 'beat':
        return beatScreen(
          view,
          { meters: this.shownMeters, changedFacts: changedFacts(view.facts, this.shownFacts) },
          { choose: (choice) => this.choose(choice), continue: onward },
        );
      case 'outcome':
        return outcomeScreen(view, this.shownMeters, onward);
      case 'debrief':
        return this.debrief(view);
      // 'overview' and 'report' are a room's; one player never reaches them.
      default:
        return rolePicker(view, {
          playRole: (role) => this.start({ role }),
          playCampaign: () => this.start({ campaign: true }),
          back: this.leave.toScenarios,
        });
    }
  }

  private debrief(view: SessionView): Screen {
    const scenario = this.origin.scenario;
    const log = engineLog(this.flow);
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
        log,
        undefined,
        this.sharedReflection ? { shared: this.sharedReflection } : undefined,
      );
    }
    const roleId = view.role?.id ?? '';
    const assessment = scenario.roles.find((r) => r.id === roleId)?.assessment;
    const answers = this.flow.context.checks?.[roleId] ?? {};
    return debriefScreen(
      view,
      scenario,
      {
        nextRole: () => void this.send({ type: 'NEXT', at: Date.now() }),
        checkAgain: () => void this.send({ type: 'CHECK' }),
        playAnotherRole: () => {
          this.flow = this.freshFlow();
          this.render();
        },
        share: () =>
          sharePanel(
            scenario,
            log,
            this.origin.customDocument !== undefined,
            this.reflections[roleId],
          ),
      },
      false,
      log,
      assessment ? { assessment, answers } : undefined,
      roleId
        ? {
            kept: this.reflections[roleId],
            shareable: this.origin.customDocument === undefined,
            keep: (reflection) => {
              this.reflections = { ...this.reflections, [roleId]: reflection };
              this.keep();
            },
          }
        : undefined,
    );
  }

  private check(view: SessionView, phase: CheckPhase): Screen {
    const assessment = this.origin.scenario.roles.find((r) => r.id === view.role?.id)?.assessment;
    if (!assessment) throw new Error('a check needs a role with an assessment');
    return checkScreen(view, assessment, phase, {
      answer: (answers) => void this.send({ type: 'ANSWER', answers }),
      skip: () => void this.send({ type: 'SKIP_CHECK' }),
    });
  }

  private choose(choice: ChoiceView): void {
    announceCue('choice-confirmed');
    if (this.send({ type: 'CHOOSE', choice: choice.id, at: Date.now() }))
      announceCue('text-arrived');
  }

  /** Sends one event to the flow; a refused one is reported, and the screen stays as it was. */
  private send(event: FlowEvent): boolean {
    const sent = sendFlow(this.flow, event);
    if (!sent.ok) {
      announce(t('progress.refused', { reason: sent.message }));
      return false;
    }
    this.flow = sent.snapshot;
    this.render();
    this.keep();
    return true;
  }

  /** Autosave: after every step, unless this is someone else's shared path. */
  private keep(): void {
    if (this.readOnly) return;
    const kept = keepProgress({
      scenarioId: this.origin.card.id,
      save: serializeSave(this.origin.scenario, engineLog(this.flow), Date.now()),
      screen: screenOf(this.flow),
      language: currentLanguage(),
      ...(this.flow.context.checks ? { checks: this.flow.context.checks } : {}),
      ...(Object.keys(this.reflections).length > 0 ? { reflections: this.reflections } : {}),
      ...(this.origin.customDocument ? { customScenario: this.origin.customDocument } : {}),
    });
    if (!kept && !this.warnedAboutStorage) {
      this.warnedAboutStorage = true;
      showNotice(t('progress.notKept'));
    }
  }
}

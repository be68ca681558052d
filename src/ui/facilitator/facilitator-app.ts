/**
 * Facilitator mode: set-up, the printable pack, and the two windows of a session. The window a
 * session is started from becomes the projector and opens the presenter beside it; either can
 * also be opened by address (`?view=presenter`, `?view=projector`) and finds the session kept.
 */
import { scenarioCatalog } from 'virtual:scenario-catalog';
import type { Scenario } from '../../engine/schema';
import {
  applyRoomCommand,
  createRoomState,
  currentRoomState,
  placeKey,
  roomStateFromRecord,
  roomView,
  type KeptRoomState,
  type RoomCommand,
  type RoomState,
} from '../../facilitation/room-session';
import { buildReport, reportFileName } from '../../facilitation/after-action-report';
import { reportMarkdown } from '../../facilitation/report-markdown';
import { parseRoomRecord, serializeRoomRecord } from '../../facilitation/room-record-io';
import { button, downloadText, el } from '../dom';
import { installMenu } from '../menu';
import { currentLanguage, t } from '../../i18n/translate';
import { roomAddress } from './room-address';
import { announce, replaceScreen, showNotice } from '../screen-host';
import { announceStage } from '../../stage/stage-events';
import { hasRoomServer } from '../../live-room/room-server-probe';
import { phoneTeamVotes } from '../../facilitation/team-ballots';
import { watchRoom } from '../../live-room/watcher-link';
import type { RoomView } from '../../live-room/room-view';
import { Client } from 'colyseus.js';
import { keptRoomCode, pageBase, startLiveRoom, type LiveRoom } from './live-room';
import { noRoomServerNote, presenterLivePanel, projectorLivePanel } from './live-room-panel';
import { projectorRoomCode, runRemoteProjector } from './remote-projector';
import { showScreen } from './show-screen';
import { roomStateMisfit } from '../../facilitation/room-state-schema';
import { scenarioAsPlanned } from '../../facilitation/unnamed';
import { openRoomLink, type RoomLink } from './room-link';
import { presenterScreen } from './presenter-view';
import { projectorScreen } from './projector-view';
import { reportView } from './report-view';
import { wrapUpPanel } from './wrap-up-panel';
import { attendanceCsv, attendanceFileName } from '../../facilitation/attendance-csv';
import { setupFlow } from './setup-flow';
import { loadRoomScenario } from './room-scenario';
import type { Screen } from '../screens/screen';
import { installPresenterKeys } from './presenter-actions';
import { applyDisplaySettings, readDisplaySettings } from '../display-settings';
import './facilitator.css';

export type FacilitatorWindow = 'presenter' | 'projector';

let link: RoomLink | null = null;
let menuInstalled = false;
let keysInstalled = false;

/**
 * The projector shows page `page` of a long screen (a debrief): the presenter pages it, since no
 * one stands at the projector window to scroll it. A page is most of the window's height.
 */
function showPage(page: number): void {
  window.scrollTo({ top: page * Math.round(window.innerHeight * 0.85), behavior: 'instant' });
}

/** The menu (Esc): text size, projector mode and sound, as in the game, and the way back to it. */
function installRoomMenu(): void {
  if (menuInstalled) return;
  menuInstalled = true;
  installMenu([
    {
      label: t('roomWindows.backToGameKept'),
      action: () => window.location.assign(roomAddress(null)),
    },
  ]);
}

/**
 * Opens set-up in this window. Started from the game, this window then becomes the projector and
 * opens the presenter; started from the presenter's address, the other way round.
 */
export function openSessionSetup(
  leave: () => void,
  thisWindow: FacilitatorWindow = 'projector',
): void {
  link ??= openRoomLink();
  installRoomMenu();
  setupFlow(scenarioCatalog, {
    start: (scenario, plan, customScenario) => {
      const state = {
        ...createRoomState(scenario, plan, Date.now(), crypto.randomUUID()),
        ...(customScenario ? { customScenario } : {}),
      };
      link?.publish(state);
      void runWindow(thisWindow);
      openOther(thisWindow === 'projector' ? 'presenter' : 'projector');
    },
    resume: (scenario, record, customScenario) => {
      const state = roomStateFromRecord(scenario, record, crypto.randomUUID());
      link?.publish(customScenario ? { ...state, customScenario } : state);
      void runWindow('presenter');
    },
    parseLog: (text, scenario) => parseRoomRecord(text, scenario),
    back: leave,
  });
}

/** Runs this window as the presenter or the projector of the kept session. */
export async function runWindow(role: FacilitatorWindow): Promise<void> {
  const remoteCode = role === 'projector' ? projectorRoomCode() : null;
  if (remoteCode) return runRemoteProjector(remoteCode);
  link ??= openRoomLink();
  // The projector window keeps its own display settings: large type unless its menu turns it off.
  document.documentElement.dataset.roomWindow = role;
  applyDisplaySettings(readDisplaySettings(), false);
  installRoomMenu();
  const roomLink = link;
  let state = roomLink.current();
  if (!state) {
    // With storage blocked (or its copy refused), the other window answers our hello.
    await new Promise((done) => setTimeout(done, 300));
    state = roomLink.current();
  }
  const keptRefusal = roomLink.keptRefusal();
  if (!state) return showNoSession(role, keptRefusal ? refusedText(keptRefusal) : '');
  let scenario = await loadRoomScenario(scenarioCatalog, state);
  if (!scenario) return showNoSession(role, t('roomWindows.noScenario'));
  const session = state.sessionId;
  const misfit = roomLink.setGate((next) =>
    next.sessionId === session && scenario ? roomStateMisfit(scenario, next) : undefined,
  );
  if (misfit) return showNoSession(role, refusedText(misfit));
  roomLink.onRefused((why) => showNotice(t('roomWindows.changeRefused', { why })));
  let lastPlace = '';
  let lastDrawn: KeptRoomState | null = null;
  // Phones: unknown until the probe answers, then this page's room (or 'none' without a server).
  let live: LiveRoom | 'none' | null = null;
  let projectorCounts: { code: string; view: RoomView | null } | null = null;
  const draw = (kept: KeptRoomState, played: Scenario): void => {
    const next = currentRoomState(played, kept);
    // Every window draws the scenario as the plan shows it: names withheld if the trainer chose so.
    const loaded = scenarioAsPlanned(played, next.record.plan);
    const view = roomView(loaded, next);
    const screen =
      role === 'projector'
        ? projectorScreen(loaded, next, view)
        : next.screen === 'report'
          ? reportScreen(loaded, next, send)
          : presenterScreen(loaded, next, view, {
              send: (command) => send(command),
              openProjector: () => openOther('projector'),
              leave: () => window.location.assign(roomAddress(null)),
              ...livePanel(live, next, view),
            });
    if (role === 'projector' && projectorCounts && next.screen !== 'report') {
      const { code, view: counts } = projectorCounts;
      const joinUrl = `${pageBase()}join.html?room=${code}`;
      const teams = next.record.plan.everyTeam;
      screen.nodes.push(
        projectorLivePanel({ code, joinUrl, status: 'connected', view: counts, teams }),
      );
    }
    const place = placeKey(next, view);
    // Drawn again for the same state (phones joined, a vote came in): keep what is being typed.
    showScreen(screen, place === lastPlace, kept === lastDrawn);
    lastPlace = place;
    lastDrawn = kept;
    if (role === 'projector') showPage(next.page ?? 0);
    if (live && live !== 'none') {
      live.sync(next, view);
      if (next.screen === 'report') void live.end();
    }
  };
  const redraw = (): void => {
    const current = roomLink.current();
    if (current && scenario) draw(current, scenario);
  };
  const send = (command: RoomCommand): void => {
    const current = roomLink.current();
    if (!current || !scenario) return;
    const result = applyRoomCommand(scenario, current, command, Date.now());
    if (!result.ok) {
      announce(t('roomWindows.failed', { why: result.message }));
      showNotice(t('roomWindows.failedNotice', { why: result.message }));
      return;
    }
    roomLink.publish(result.state);
    draw(result.state, scenario);
  };
  roomLink.onChange((next) => {
    void (async () => {
      if (next.sessionId !== state?.sessionId) {
        // Another session, started in the other window: its scenario first, then its fit.
        scenario = await loadRoomScenario(scenarioCatalog, next);
        const why = scenario ? roomStateMisfit(scenario, next) : t('roomWindows.noScenarioReason');
        if (why) {
          state = null;
          return showNoSession(role, refusedText(why));
        }
      }
      state = next;
      if (scenario) draw(next, scenario);
    })();
  });
  document.documentElement.dataset.roomWindow = role;
  if (role === 'presenter' && !keysInstalled) {
    keysInstalled = true;
    installPresenterKeys();
  }
  // A reload of this window must come back to the session, not to the title.
  history.replaceState(null, '', roomAddress(role));
  // The projector speaks the presenter's language: one opened by address, or one still showing
  // the old language after the presenter's menu changed it (that reloads the presenter, which
  // then says its language again).
  if (role === 'presenter') roomLink.sayLanguage(currentLanguage());
  else
    roomLink.onLanguage((language) => {
      if (language !== currentLanguage())
        window.location.replace(roomAddress('projector', language));
    });
  draw(state, scenario);
  const sessionId = state.sessionId;
  const ended = 'screen' in state && state.screen === 'report';
  void hasRoomServer().then((rooms) => {
    if (role === 'presenter') {
      live =
        rooms && !ended
          ? startLiveRoom(sessionId, redraw, (command) => send(command), showNotice)
          : 'none';
      return redraw();
    }
    const code = rooms ? keptRoomCode(sessionId) : null;
    if (!code) return;
    projectorCounts = { code, view: null };
    watchRoom(new Client(pageBase().replace(/\/$/, '')), code, {
      view: (counts) => {
        projectorCounts = { code, view: counts };
        redraw();
      },
    });
  });
}

/** The presenter's phones panel: the room's, or why there is none (nothing while unknown). */
function livePanel(
  live: LiveRoom | 'none' | null,
  state: RoomState,
  view: ReturnType<typeof roomView>,
): { live?: NonNullable<Parameters<typeof presenterScreen>[3]['live']> } {
  if (live === null) return {};
  if (live === 'none') return { live: { panel: noRoomServerNote() } };
  const facts = {
    code: live.code,
    joinUrl: live.joinUrl,
    status: live.status(),
    view: live.view(),
    teams: state.record.plan.everyTeam,
  };
  const panel = presenterLivePanel(facts, live.ballots(), live.projectorUrl);
  const open =
    live.isOpen() || (state.screen === 'beat' && state.revealed && view.choices.length > 0);
  if (!open) return { live: { panel } };
  const everyTeam = state.record.plan.everyTeam;
  return {
    live: {
      panel,
      closeAndRecord: (typed, rationale) => live.closeAndRecord(typed, rationale),
      ...(everyTeam
        ? {
            teams: {
              votes: phoneTeamVotes(everyTeam, live.ballots()),
              closeAndRecord: (command) => live.closeAndRecordTeams(command),
            },
          }
        : {}),
    },
  };
}

function reportScreen(
  scenario: Scenario,
  state: RoomState,
  send: (command: RoomCommand) => void,
): Screen {
  const report = buildReport(scenario, state.record);
  const view = reportView(report, {
    downloadMarkdown: () =>
      downloadText(reportFileName(report, 'md'), reportMarkdown(report), 'text/markdown'),
    downloadJson: () =>
      downloadText(
        reportFileName(report, 'json'),
        serializeRoomRecord(state.record),
        'application/json',
      ),
    downloadAttendance: () =>
      downloadText(attendanceFileName(report), attendanceCsv(report), 'text/csv'),
    print: () => window.print(),
  });
  const heading = view.querySelector('h1') ?? view;
  const wrapUp = wrapUpPanel(state.record.wrapUp, send);
  const column = el('div', { className: 'report-screen' }, wrapUp, view);
  return { nodes: [column], focus: heading, stage: { screen: 'debrief' } };
}

/** Opens the other window of the session, or says how to when the browser blocks pop-ups. */
function openOther(role: FacilitatorWindow): void {
  // The other window speaks this one's language (see roomAddress).
  const address = roomAddress(role, currentLanguage());
  const opened = window.open(address, `spillage-${role}`);
  if (!opened)
    showNotice(
      t('roomWindows.popUpBlocked', {
        window: role,
        address: `${window.location.origin}${address}`,
      }),
    );
}

/** Says why a kept or received session was refused; returns what the "no session" screen adds. */
function refusedText(why: string): string {
  showNotice(t('roomWindows.keptRefused', { why }));
  return t('roomWindows.keptRefusedHint');
}

function showNoSession(role: FacilitatorWindow, reason = ''): void {
  const heading = el('h1', {
    id: 'no-session-heading',
    text: role === 'presenter' ? t('presenter.heading') : t('projector.heading'),
  });
  const panel = el(
    'section',
    { className: 'panel', attrs: { 'aria-labelledby': heading.id } },
    heading,
    el('p', { text: `${t('roomWindows.noSession')} ${reason}`.trim() }),
    el(
      'div',
      { className: 'actions' },
      button(
        t('roomWindows.setUp'),
        () => openSessionSetup(() => window.location.assign(roomAddress(null)), role),
        'primary',
      ),
      button(t('roomWindows.backToGame'), () => window.location.assign(roomAddress(null))),
    ),
  );
  replaceScreen([panel], heading);
  announceStage({ screen: 'title' });
}

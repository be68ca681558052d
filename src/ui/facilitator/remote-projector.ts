/**
 * A projector on another computer (`?view=projector&room=CODE`): it has no storage in common with
 * the presenter, so it follows the session the presenter relays through the room server, read
 * with the same schema and fit checks as a kept session, and shows how to join with the counts.
 */
import { Client } from 'colyseus.js';
import { scenarioCatalog } from 'virtual:scenario-catalog';
import type { Scenario } from '../../engine/schema';
import { RoomCodeSchema } from '../../facilitation/live-vote';
import {
  currentRoomState,
  placeKey,
  roomView,
  type RoomState,
} from '../../facilitation/room-session';
import { readRoomState, roomStateMisfit } from '../../facilitation/room-state-schema';
import type { LinkStatus } from '../../live-room/keep-connected';
import type { RoomView } from '../../live-room/room-view';
import { watchRoom } from '../../live-room/watcher-link';
import { el } from '../dom';
import { t } from '../../i18n/translate';
import { replaceScreen, showNotice } from '../screen-host';
import { pageBase } from './live-room';
import { projectorLivePanel } from './live-room-panel';
import { projectorScreen } from './projector-view';
import { scenarioAsPlanned } from '../../facilitation/unnamed';
import { loadRoomScenario } from './room-scenario';
import { showScreen } from './show-screen';

/** The room code a projector address names, or null. */
export function projectorRoomCode(): string | null {
  const code = new URLSearchParams(window.location.search).get('room');
  return code && RoomCodeSchema.safeParse(code).success ? code : null;
}

export function runRemoteProjector(code: string): void {
  document.documentElement.dataset.roomWindow = 'projector';
  const heading = el('h1', { id: 'remote-projector-heading', text: t('projector.heading') });
  const waiting = el('p', { text: t('projector.waitingForSession') });
  replaceScreen([el('section', { className: 'panel' }, heading, waiting)], heading);
  let scenario: Scenario | null = null;
  let state: RoomState | null = null;
  let counts: RoomView | null = null;
  let status: LinkStatus = 'connecting';
  let lastPlace = '';
  const joinUrl = `${pageBase()}join.html?room=${code}`;
  const draw = (): void => {
    if (!scenario || !state) return;
    const shown = scenarioAsPlanned(scenario, state.record.plan);
    const view = roomView(shown, state);
    const screen = projectorScreen(shown, state, view);
    if (state.screen !== 'report')
      screen.nodes.push(
        projectorLivePanel({
          code,
          joinUrl,
          status,
          view: counts,
          teams: state.record.plan.everyTeam,
        }),
      );
    const place = placeKey(state, view);
    showScreen(screen, place === lastPlace);
    lastPlace = place;
  };
  const adopt = async (json: string): Promise<void> => {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      return showNotice(t('projector.notJson'));
    }
    const read = readRoomState(data);
    if (!read.ok) return showNotice(t('projector.refused', { why: read.why }));
    if (!scenario || scenario.id !== read.state.record.scenario.id)
      scenario = await loadRoomScenario(scenarioCatalog, read.state);
    if (!scenario) return showNotice(t('projector.noScenario'));
    const misfit = roomStateMisfit(scenario, read.state);
    if (misfit) return showNotice(t('projector.refused', { why: misfit }));
    if (state && state.sessionId === read.state.sessionId && state.revision >= read.state.revision)
      return;
    state = currentRoomState(scenario, read.state);
    draw();
  };
  watchRoom(new Client(pageBase().replace(/\/$/, '')), code, {
    session: (json) => void adopt(json),
    view: (view) => {
      counts = view;
      draw();
    },
    status: (next) => {
      status = next;
      if (next === 'connecting' || next === 'reconnecting')
        waiting.textContent = t('projector.waitingForServer');
      draw();
    },
  });
}

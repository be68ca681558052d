/**
 * The room's check on the projector: the presenter shows a role's questions while the room
 * answers (a show of hands, or phones), and the projector keeps them up, with the distribution
 * once counted, until the room moves on. Whether they are up is part of the room state
 * (`checkShown`), so a second window or a reload shows the same.
 */
import type { CheckPhase } from '../engine/check-answers';
import type { Scenario } from '../engine/schema';
import type { Screen } from '../flow/flow-types';
import type { CommandResult, RoomState } from './room-session';
import { t } from '../i18n/translate';

/** Shows or hides the check's questions on the projector (only where the check is taken). */
export interface ShowCheckCommand {
  type: 'show-check';
  shown: boolean;
}

/** Whether a command shows or hides the check on the projector. */
export function isShowCheckCommand(command: { type: string }): command is ShowCheckCommand {
  return command.type === 'show-check';
}

/** Which check a room takes on this screen: before a role (its rejoin or briefing), after it. */
export function checkPhaseAt(screen: Screen): CheckPhase | null {
  if (screen === 'briefing' || screen === 'rejoin') return 'before';
  return screen === 'debrief' ? 'after' : null;
}

/** Shows or hides the check; refused where no check is taken, or for a role without one. */
export function applyShowCheck(
  scenario: Scenario,
  state: RoomState,
  roleId: string | undefined,
  command: ShowCheckCommand,
): CommandResult {
  const rest: RoomState = { ...state, revision: state.revision + 1 };
  delete rest.checkShown;
  // Either way the projector shows another text: it starts from its top.
  delete rest.page;
  if (!command.shown) return { ok: true, state: rest };
  const phase = checkPhaseAt(state.screen);
  const role = scenario.roles.find((r) => r.id === roleId);
  if (!phase || !role?.assessment) return { ok: false, message: t('roomRefusals.noCheckHere') };
  return { ok: true, state: { ...rest, checkShown: phase } };
}

/**
 * The next state keeps the check on the projector while the room stays where it is (recording
 * its counts, paging); any move to another screen or run takes it down.
 */
export function keepShownCheck(before: RoomState, next: RoomState): RoomState {
  const stays =
    before.checkShown !== undefined &&
    next.screen === before.screen &&
    next.record.runs.length === before.record.runs.length &&
    checkPhaseAt(next.screen) === before.checkShown;
  return stays ? { ...next, checkShown: before.checkShown } : next;
}

/**
 * Whether the room may see which answers are right: only once its check after the role is
 * recorded, so that no answer is given away while the room can still answer.
 */
export function answersMayShow(state: RoomState, roleId: string): boolean {
  return (state.record.checks ?? []).some((c) => c.role === roleId && c.phase === 'after');
}

import type { ScenarioCard } from 'virtual:scenario-catalog';
import type { Scenario } from '../../engine/schema';
import type { RoomState } from '../../facilitation/room-session';

/** The scenario a room session plays: built in, or the document it carries; null if neither fits. */
export async function loadRoomScenario(
  catalog: readonly ScenarioCard[],
  state: Pick<RoomState, 'record' | 'customScenario'>,
): Promise<Scenario | null> {
  if (state.customScenario) {
    const { loadScenario } = await import('../../engine/load-scenario');
    const result = loadScenario([{ path: 'session-scenario.json', text: state.customScenario }]);
    return result.ok ? result.scenario : null;
  }
  const card = catalog.find((entry) => entry.id === state.record.scenario.id);
  return card ? card.load() : null;
}

import type { ScenarioCard } from 'virtual:scenario-catalog';
import type { Scenario } from '../../engine/schema';
import type { RoomState } from '../../facilitation/room-session';
import { checkScenarioText } from '../loading/load-scenario-file';
import { t } from '../../i18n/translate';

/** The scenario a room session plays: built in, or the document it carries; null if neither fits. */
export async function loadRoomScenario(
  catalog: readonly ScenarioCard[],
  state: Pick<RoomState, 'record' | 'customScenario'>,
): Promise<Scenario | null> {
  if (state.customScenario) {
    // The text the facilitator's file was accepted as, checked again the same way.
    const result = await checkScenarioText(t('roomWindows.sessionScenario'), state.customScenario);
    return result?.ok ? result.scenario : null;
  }
  const card = catalog.find((entry) => entry.id === state.record.scenario.id);
  return card ? card.load() : null;
}

import type { DrawnSetting } from '../stage/stage-keys';
import type { SettingDrawing } from './art-canvas';
import { drawAlertConsole } from './draw-alert-console';
import { drawCeoOffice } from './draw-ceo-office';
import { drawFieldOffice } from './draw-field-office';
import { drawHomeDesk } from './draw-home-desk';
import { drawLab } from './draw-lab';
import { drawNeutralRoom } from './draw-neutral-room';

/** The drawing for each setting key a scenario may name; any other key gets the neutral room. */
export const settingDrawings: Readonly<Record<DrawnSetting, SettingDrawing>> = {
  'home-desk': drawHomeDesk,
  lab: drawLab,
  'alert-console': drawAlertConsole,
  'ceo-office': drawCeoOffice,
  'field-office': drawFieldOffice,
};

/** The drawing for a setting key, falling back to the neutral room (`constructor` included). */
export function drawingFor(setting: string): SettingDrawing {
  return Object.hasOwn(settingDrawings, setting)
    ? settingDrawings[setting as DrawnSetting]
    : drawNeutralRoom;
}

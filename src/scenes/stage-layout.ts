/** Where the DOM text panel leaves the canvas visible, so each drawing can put its focal point there. */
export interface StageLayout {
  width: number;
  height: number;
  /** Wide screens put the text column on the left; narrow ones put it along the bottom. */
  wide: boolean;
  /** The part of the canvas no text covers. */
  focus: { x: number; y: number; width: number; height: number };
  /** Where the room's floor meets its wall, in canvas pixels. */
  floorY: number;
  /** The drawing's scale: the focal group is designed 1000 wide, 700 tall, standing on the floor. */
  scale: number;
  /** The focal group's anchor: the middle of its floor line. */
  anchorX: number;
}

/** What the DOM's own settings change about its text column (see src/ui/styles.css). */
export interface TextColumn {
  /** The root font size in pixels: the type grows with the screen and the text-size setting. */
  remPixels: number;
  /** The projector's large type: a wider column (up to 70 %, 60 rem). */
  projector: boolean;
}

/** The width at which the DOM puts text beside the art rather than over its lower part. */
export const wideBreakpoint = 900;
// These mirror styles.css: `.screen { padding-right: 45% }` and `.panel { width: min(100%, 46rem) }`
// on wide screens (30 % and 60 rem in projector mode); on phones the panel starts at 28vh.
const textColumnShare = 0.55;
const projectorColumnShare = 0.7;
const textColumnMaxRem = 46;
const projectorColumnMaxRem = 60;
const portraitTextShare = 0.72;
const designWidth = 1000;
const designHeight = 700;

/** Lays the stage out for a canvas size: the visible area, the floor, and the drawing's scale. */
export function layoutStage(
  width: number,
  height: number,
  text: TextColumn = { remPixels: 16, projector: false },
): StageLayout {
  const wide = width >= wideBreakpoint;
  if (wide) {
    const { remPixels, projector } = text;
    const padding = Math.min(4 * remPixels, Math.max(remPixels, width * 0.04));
    const share = projector ? projectorColumnShare : textColumnShare;
    const maxRem = projector ? projectorColumnMaxRem : textColumnMaxRem;
    const column = Math.min(width * share, maxRem * remPixels + padding);
    const focus = { x: column, y: 0, width: width - column, height };
    const scale = Math.min((focus.width * 0.92) / designWidth, (height * 0.8) / designHeight);
    return {
      width,
      height,
      wide,
      focus,
      floorY: Math.round(height * 0.8),
      scale,
      anchorX: focus.x + focus.width / 2,
    };
  }
  const focus = { x: 0, y: 0, width, height: height * (1 - portraitTextShare) };
  const scale = Math.min((width * 0.98) / designWidth, (focus.height * 0.9) / designHeight);
  return {
    width,
    height,
    wide,
    focus,
    floorY: Math.round(focus.height * 0.96),
    scale,
    anchorX: width / 2,
  };
}

/** Reads the DOM's text column settings from the root element (its font size and classes). */
export function readTextColumn(): TextColumn {
  const root = document.documentElement;
  const remPixels = Number.parseFloat(getComputedStyle(root).fontSize);
  return {
    remPixels: Number.isFinite(remPixels) && remPixels > 0 ? remPixels : 16,
    projector: root.classList.contains('projector'),
  };
}

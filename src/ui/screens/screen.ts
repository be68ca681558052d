import type { StageState } from '../../stage/stage-events';

/** What a screen function hands the host: its nodes, where focus goes, and what the stage shows. */
export interface Screen {
  nodes: Node[];
  /** The screen's main heading; focus moves there so screen readers start reading at the top. */
  focus: HTMLElement;
  stage: Partial<StageState> & { screen: StageState['screen'] };
  /** Extra text for the live region after the heading (e.g. meter changes). */
  announce?: string;
}

/**
 * Progress kept between visits, shared paths and the notices about them (src/ui/kept-progress.ts,
 * game-shell.ts, play-controller.ts, title-screen.ts). A `why`, `problem` or `reason` may be the
 * engine's own sentence.
 */
export const progress = {
  cannotResume: "Your saved progress can't be resumed. {why}",
  notJson: 'It is damaged (it is not complete JSON).',
  /** `problems`: what the schema found, by field. */
  damaged: 'It is damaged ({problems}).',
  scenarioUnavailableNow:
    'Its scenario could not be loaded just now (are you offline?); try again later.',
  scenarioGone: "It belongs to a scenario that is no longer available (''{id}'').",
  /** The title's note on a save set aside; `why` may be empty. */
  setAside:
    'A saved game could not be resumed. {why} It is kept unchanged in this browser: download it to keep a copy, or forget it.',
  download: 'Download the save',
  forget: 'Forget it',
  /** The name a kept scenario document is checked under. */
  savedScenario: 'your saved scenario',
  notRestored: '{problem} Your earlier progress could not be restored.',
  /** An action the screen flow refused; `reason` is its refusal (flow area). */
  refused: 'That did not work: {reason}',
  notKept:
    'This browser is not keeping data (a private window, or storage is full or blocked): you can play on, but your progress won’t be kept if you close or reload the page.',
  cannotShowShared: "This shared path can't be shown: {reason}",
  sharedScenarioMissing: "its scenario (''{id}'') is not part of this game.",
  damagedLink:
    'This link to a shared path is damaged (probably cut short when it was copied), so it can’t be opened. Ask for the link again; meanwhile you can play from the title.',
} as const;

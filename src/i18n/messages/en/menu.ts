/** The menu dialog (src/ui/menu.ts) and the ways out of a session it offers (game-shell.ts). */
export const menu = {
  heading: 'Menu',
  open: 'Menu',
  close: 'Close the menu',
  display: 'Display',
  textSize: 'Text size',
  percent: '{value} %',
  projectorMode: 'Projector mode (large type, wide layout)',
  sound: 'Sound',
  volume: 'Sound volume',
  mute: 'Mute all sound',
  restartRole: 'Restart this role',
  aboutScenario: 'About this scenario',
  otherScenario: 'Choose another scenario',
  backToTitle: 'Back to the title',
  forgetProgress: 'Forget my saved progress',
} as const;

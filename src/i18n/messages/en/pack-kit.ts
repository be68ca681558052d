/** The pack's first page for the facilitator (src/ui/facilitator/pack-kit.ts): opening words, logistics. */
export const packKit = {
  heading: 'Before you begin',
  openingHeading: 'Opening words (read aloud)',
  /** The first words read aloud: the session's length and title, then what the story rests on. */
  welcome:
    'Welcome. For the next {minutes, plural, one {# minute} other {# minutes}} we play “{title}”. {fictional, select, yes {It is a made-up story, written to practise decisions that real people face.} other {It is built on a real incident as a news report told it. Every outcome says how sure it is: reported, claimed, alleged, an opinion, an open question, or a what-if that did not happen.}}',
  teams:
    'Each team plays one role. At each decision you talk it over, then vote, and give the room’s reason in one line. There is no score and no single right answer: every choice costs something.',
  noBlame:
    'One rule above the others: no blame. We discuss decisions, not people. What anyone says or chooses in a role says nothing about them, and nothing said here is held against anyone. The report records the room’s votes and reasons, never who said what.',
  atWork:
    'The same rule holds at work. If you make a mistake with sensitive information, or find one, reporting it early is what we ask and what we protect; the sooner it is reported, the more can be done.',
  begin: 'Phones face down, please. Questions any time. Let’s begin.',
  logisticsHeading: 'Logistics: check before the room arrives',
  displays:
    'Two displays: the laptop screen for the presenter, the projector extended (not mirrored), so the notes never reach the room.',
  popUps:
    'Pop-ups allowed for the game’s page: the presenter opens in a second window. If the browser blocks it, allow pop-ups or open the same address with ?view=presenter at the end.',
  fullScreen:
    'The projector window full screen (F11) on the projector; the presenter window on the laptop.',
  offline:
    'The offline copy: open the game once on this laptop before the session (it then plays with the network off), or bring the single file spillage.html (npm run build:single) on a USB stick.',
  sound:
    'Sound: the projector window plays it; check the room’s speakers, or mute it in the menu (Esc).',
  printed:
    'Printed: one briefing card per team, the glossary for every table, a feedback form per person, this guide for you.',
  clock: 'A clock the room can see, and pens; a flip chart for the hot-wash if you use one.',
  reporting:
    'Your organisation’s reporting channel (who to tell, how) ready to name at the debrief.',
  afterHeading: 'After the session',
  afterHotWash:
    'Run the hot-wash while it is fresh (the sheet at the end of this pack), and type it into the presenter’s wrap-up: it becomes the report’s first page.',
  afterFeedback: 'Hand out the feedback form; collect it before people leave.',
  afterDownload:
    'Download the report, the session log and the attendance (CSV) from the presenter.',
} as const;

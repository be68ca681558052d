/**
 * The room's phones on the presenter and the projector (src/ui/facilitator/live-room-panel.ts and
 * live-room.ts): how to join, the room server's state, and the votes that came in.
 */
export const phones = {
  connecting: 'Connecting to the room server…',
  reconnecting: 'The room server is out of reach: reconnecting (votes cast so far are kept).',
  ended: 'The room has ended.',
  failed: 'The room server refused this room.',
  joinLink: 'Join the vote: {url}',
  qrCode: 'QR code to join the vote from a phone',
  roomCode: 'Room code: {code}',
  teams: 'Every team decides: as your team, give {teams}.',
  quotedTeam: '“{team}”',
  joined: '{joined} joined · {voted} voted',
  open: 'Phone votes (open):',
  closed: 'Phone votes (closed):',
  tally: 'Phone votes per choice',
  someone: 'Someone',
  ballot: '{who}: {choice}',
  ballotWithReason: '{who}: {choice}. “{reason}”',
  heading: 'Votes from phones',
  whoAndWhy: 'Who voted, and why',
  otherComputer: 'A projector on another computer: ',
  openThere: 'open the projector there',
  join: 'Join the vote',
  noServer:
    'Phones cannot join this session: this copy of the game runs without its room server (a single file, an offline copy or a static web host). Start it with “npm start” to let the room vote from their own devices; meanwhile count a show of hands below.',
  refused: 'The room server refused that: {why}.',
} as const;

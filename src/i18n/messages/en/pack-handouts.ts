/** The pack's handouts (src/ui/facilitator/pack-handouts.ts): glossary, feedback form, hot-wash sheet. */
export const packHandouts = {
  glossaryKicker: 'Handout · one per table',
  glossaryHeading: 'Glossary',
  /** General terms, true of security work anywhere: each a term, then what it means. */
  classifiedTerm: 'Classified information',
  classifiedMeaning:
    'Information a government has marked secret. Only people cleared for it may see it, and only on systems approved to hold it.',
  spillageTerm: 'Spillage',
  spillageMeaning:
    'Classified or sensitive information ending up on a system not approved to hold it, such as a home computer. It is a security incident even if nobody has read the files yet.',
  antiVirusTerm: 'Anti-virus',
  antiVirusMeaning:
    'Security software that scans a computer for harmful programs and blocks or removes what it recognises.',
  sampleTerm: 'Sample submission',
  sampleMeaning:
    'Anti-virus sending a suspicious file back to its maker’s servers, so that the maker’s analysts can study it. It helps protect every customer, and it means a copy of the file leaves your computer.',
  hashTerm: 'Hash',
  hashMeaning:
    'A short fingerprint computed from a file’s contents. The same file always gives the same hash, and any change gives a different one, so a known file can be recognised by its hash without keeping or reading the file itself.',
  signatureTerm: 'Signature',
  signatureMeaning:
    'A pattern that identifies known harmful software, such as a file’s hash or a telltale sequence of bytes. Anti-virus compares what it scans with its signatures.',
  detectionTerm: 'Detection',
  detectionMeaning:
    'A rule in security software that recognises something (a file, a behaviour) and raises an alert. Vendors build detections from the samples their analysts study.',
  archiveTerm: 'Compressed archive',
  archiveMeaning:
    'Several files packed into one smaller file (a .zip, for example). A scanner may look inside it or not.',
  piratedTerm: 'Pirated software',
  piratedMeaning:
    'A copy of a program used without a licence, usually from an unofficial source. Such copies are a common way for harmful software to get onto a computer.',
  /** A name, defined only by the words of the scenario's source (AP, 2017), quoted in English. */
  equationGroupTerm: 'Equation Group',
  equationGroupMeaning:
    'The name given to a group of hackers. The AP report this scenario rests on calls it “an extraordinarily powerful band of hackers that would later be exposed as an arm of the US National Security Agency”. Nothing more about it is claimed here.',
  statusHeading: 'How sure is each outcome?',
  feedbackKicker: 'Handout · one per person · anonymous',
  feedbackHeading: 'Your feedback',
  feedbackHint: 'Circle one number for each line: 1 = disagree strongly, 5 = agree strongly.',
  feedbackCaption: 'Statements to rate from 1 to 5',
  statementSpill: 'I know what to do if sensitive work ends up somewhere it should not be.',
  statementReport: 'I know how to report a security mistake at work, and whom to tell.',
  statementSources: 'I can tell a fact the press reports from one party’s account.',
  statementSafe: 'The discussion felt safe: decisions were discussed, not people.',
  statementTime: 'The session was a good use of my time.',
  differently: 'One thing I will do differently at work',
  better: 'What would make this session better',
  hotWashKicker: 'Facilitator · the hot-wash, 10 minutes right after play',
  hotWashHeading: 'Hot-wash',
  hotWashHint:
    'Ask the room, write it down, then type it into the presenter’s wrap-up: it becomes the report’s first page. Keep to the no-blame rule: what happened and what to change, not who.',
  location: 'Location',
  participants: 'Participants (how many)',
  takeaways: 'The room’s takeaways: what will you remember?',
  strengths: 'Strengths: what worked well, in the session and in our own practice?',
  improve: 'To improve: what should change?',
  actions: 'Action items',
  actionsCaption: 'Action items to fill in by hand',
  actionWhat: 'What is to be done',
  actionOwner: 'Owner',
  actionDue: 'Due',
} as const;

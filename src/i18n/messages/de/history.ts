import type { Translation } from '../../catalogue';
import type { history as english } from '../en/history';

// „Laut Quelle wurde … getan“ / „Die Quelle sagt dazu nichts“ / „vom Szenario angenommen“: the
// three accounts, as strong as the English; nowhere does a choice „geschehen“ unless the source says so.
export const history: Translation<typeof english> = {
  quoted: '„{text}“',
  mainLineExplained:
    'Die Hauptlinie nimmt bei jeder Entscheidung die Option, die laut Quelle getan wurde; wo die Quelle dazu nichts sagt, die vom Szenario angenommene.',
  modeCampaign:
    'Kampagne: alle Rollen der Reihe nach, jede geprägt von den früheren Entscheidungen der Gruppe',
  modeRoles: 'Ausgewählte Rollen nacheinander, jede ab der Hauptlinie des Szenarios',
  leftHeading: 'Wo die Gruppe anders entschied als die Quelle',
  leftNone:
    'Bei jeder Entscheidung, zu der die Quelle sagt, was getan wurde, hat die Gruppe genauso entschieden.',
  leftLine: 'bei {beat} wählte die Gruppe {choice}; laut Quelle wurde {historical} getan.',
  rejoinHeading: 'Ab der Hauptlinie des Szenarios begonnen',
  rejoinNote:
    'Die früheren Entscheidungen der Gruppe machten den Beginn dieser Rolle unmöglich; sie begann ab der Hauptlinie des Szenarios.',
  markHistorical: 'Laut Quelle wurde dies getan',
  markHistoricalStatus: 'Laut Quelle wurde dies getan ({status})',
  markAssumed: 'Vom Szenario angenommen; die Quelle sagt dazu nichts',
  markSilent: 'Die Quelle sagt dazu nichts',
  laneUnplayed: 'nicht gespielt: Hauptlinie des Szenarios',
  laneCaption: 'Rollen, die niemand gespielt hat, folgen der Hauptlinie des Szenarios',
  laneDone: 'Laut Quelle getan',
  laneDoneInSentence: 'laut Quelle getan',
  laneAssumedInSentence: 'vom Szenario angenommen; die Quelle sagt dazu nichts',
  laneSilentInSentence: 'die Quelle sagt dazu nichts',
  accountHistorical: 'Laut Quelle wurde dies getan: „{label}“.',
  accountHistoricalStatus: 'Laut Quelle wurde dies getan: „{label}“ ({status}).',
  accountAssumed:
    'Die Quelle sagt nicht, was hier getan wurde. Das Szenario nimmt „{label}“ an, damit die Geschichte weitergehen kann.',
  accountSilent: 'Die Quelle sagt nicht, was hier getan wurde.',
  cellSameDone: 'Dasselbe wurde getan',
  cellSameDoneStatus: 'Dasselbe wurde getan ({status})',
  cellOtherDone: '„{label}“ wurde getan',
  cellOtherDoneStatus: '„{label}“ wurde getan ({status})',
  cellAssumedSame: 'Sagt dazu nichts; das Szenario nimmt dasselbe an',
  cellAssumedOther: 'Sagt dazu nichts; das Szenario nimmt „{label}“ an',
  cellSilent: 'Sagt dazu nichts',
  verdictNothingKnown:
    '{who, select, you {Die Quelle sagt bei keiner Entscheidung auf diesem Weg, was getan wurde; es gibt also nichts, womit sich Ihre Entscheidungen vergleichen ließen.} other {Die Quelle sagt bei keiner Entscheidung auf diesem Weg, was getan wurde; es gibt also nichts, womit sich die Entscheidungen der Gruppe vergleichen ließen.}}',
  verdictOneSame:
    '{who, select, you {Bei der einen Entscheidung, zu der die Quelle sagt, was getan wurde, haben Sie genauso entschieden.} other {Bei der einen Entscheidung, zu der die Quelle sagt, was getan wurde, hat die Gruppe genauso entschieden.}}',
  verdictOneOtherwise:
    '{who, select, you {Bei der einen Entscheidung, zu der die Quelle sagt, was getan wurde, haben Sie anders entschieden.} other {Bei der einen Entscheidung, zu der die Quelle sagt, was getan wurde, hat die Gruppe anders entschieden.}}',
  verdictAllSame:
    '{who, select, you {Bei allen {count} Entscheidungen, zu denen die Quelle sagt, was getan wurde, haben Sie genauso entschieden.} other {Bei allen {count} Entscheidungen, zu denen die Quelle sagt, was getan wurde, hat die Gruppe genauso entschieden.}}',
  verdictSomeSame:
    '{who, select, you {Von den {count} Entscheidungen, zu denen die Quelle sagt, was getan wurde, haben Sie bei {matched, plural, =0 {keiner} one {einer} other {{matched}}} genauso entschieden.} other {Von den {count} Entscheidungen, zu denen die Quelle sagt, was getan wurde, hat die Gruppe bei {matched, plural, =0 {keiner} one {einer} other {{matched}}} genauso entschieden.}}',
  verdictSilentRest:
    '{count, plural, one {Bei der anderen Entscheidung ({titles}) sagt die Quelle nicht, was getan wurde.} other {Bei den anderen {count} ({titles}) sagt die Quelle nicht, was getan wurde.}}',
  decisionSame: 'Die Gruppe wählte, was laut Quelle getan wurde.',
  decisionSameStatus: 'Die Gruppe wählte, was laut Quelle getan wurde ({status}).',
  decisionOther: 'Laut Quelle wurde „{label}“ getan; die Gruppe entschied anders.',
  decisionOtherStatus: 'Laut Quelle wurde „{label}“ getan ({status}); die Gruppe entschied anders.',
  decisionAssumed: 'Die Quelle sagt nicht, was hier getan wurde; das Szenario nimmt „{label}“ an.',
  leadHistorical: 'Das Ende, von dem die Quelle berichtet',
  leadAssumed: 'Wie die Hauptlinie endet (vom Szenario angenommen; die Quelle sagt dazu nichts)',
  leadSilent: 'Wie die Hauptlinie endet',
  endingHistorical: 'Dieses Ende ist das, von dem die Quelle berichtet.',
  endingAssumed:
    'Dieses Ende ist eine Annahme des Szenarios: Die Quelle sagt nicht, wie es ausging.',
  endingDidNotHappen: 'Die Quelle berichtet ein anderes Ende: Dieses ist nicht eingetreten.',
  endingSilent: 'Die Quelle sagt nicht, wie dies ausging.',
  sourceHeading: 'Was laut Quelle hier getan wurde',
  realityHeading: 'Was die Quelle sagt',
  fictionHeading: 'Was es zeigt',
};

import type { Translation } from '../../catalogue';
import type { statusWords as english } from '../en/status-words';

// The glossary's words: berichtet, behauptet, mutmaßlich, Meinung, offene Frage, Was-wäre-wenn.
export const statusWords: Translation<typeof english> = {
  reportedLabel: 'Berichtet',
  reported: 'berichtet',
  reportedMeaning: 'die Presse berichtet es als Tatsache',
  claimedLabel: 'Behauptet',
  claimed: 'behauptet',
  claimedMeaning: 'die Darstellung einer Seite, nicht bestätigt',
  allegedLabel: 'Mutmaßlich',
  alleged: 'mutmaßlich',
  allegedMeaning: 'Berichte erheben diesen Vorwurf',
  opinionLabel: 'Meinung',
  opinion: 'Meinung',
  opinionMeaning: 'die Einschätzung einer Fachperson',
  openQuestionLabel: 'Offene Frage',
  openQuestion: 'offene Frage',
  openQuestionMeaning: 'die Quelle sagt, dass es niemand weiß',
  whatIfLabel: 'Was-wäre-wenn',
  whatIf: 'Was-wäre-wenn',
  whatIfMeaning: 'das ist nicht geschehen; es ist aus den zitierten Fakten weitergedacht',
};

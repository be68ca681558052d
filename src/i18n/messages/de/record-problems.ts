import type { Translation } from '../../catalogue';
import type { recordProblems as english } from '../en/record-problems';

export const recordProblems: Translation<typeof english> = {
  unreadable: 'es konnte nicht gelesen werden',
  andMore: '{first} (und {more} {count, plural, one {weiteres Problem} other {weitere Probleme}})',
  it: 'es',
  atTopLevel: 'auf der obersten Ebene',
  inPlace: 'in {place}',
  missing: "''{key}'' fehlt {where}",
  mustBeType:
    '{subject} muss {type, select, string {Text} number {eine Zahl} int {eine ganze Zahl} boolean {true oder false} array {eine Liste} object {ein Objekt} record {ein Objekt} null {null} other {{type}}} sein',
  unexpectedKey: "unerwarteter Schlüssel ''{key}'' {where}",
  longerThan: '{subject} ist länger als {limit} Zeichen',
  tooManyItems: '{subject} hat {count} Einträge; höchstens {limit} sind erlaubt',
  atMost: '{subject} darf höchstens {limit} sein',
  notEmpty: '{subject} darf nicht leer sein',
  atLeastItems: '{subject} muss mindestens {limit} Einträge haben',
  atLeast: '{subject} muss mindestens {limit} sein',
  oneOfOptions: '{subject} muss eines hiervon sein: {options}',
  noAllowedForm: '{subject} hat keine der erlaubten Formen',
  mustBe: '{subject} muss {values} sein',
  or: '{first} oder {rest}',
  nameNotAllowed: "der Name ''{name}'' {where} ist dort nicht erlaubt",
  notAnId:
    '{subject} muss eine ID sein: Kleinbuchstaben und Ziffern, verbunden durch Bindestriche, höchstens {limit} Zeichen',
  notATime: '{subject} muss eine Zeit in ganzen Millisekunden sein, von 0 bis zum Jahr 2200',
  notAVoteCount: '{subject} muss eine ganze Zahl von Stimmen zwischen 0 und {limit} sein',
  tooManyCounts: '{subject} zählt mehr Optionen, als eine Entscheidung bieten kann ({limit})',
  custom: '{subject} {detail}',
  invalid: '{subject} ist ungültig',
};

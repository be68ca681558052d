import type { Translation } from '../../catalogue';
import type { scenarioShape as english } from '../en/scenario-shape';

export const scenarioShape: Translation<typeof english> = {
  key: "''{key}''",
  item: 'Eintrag {number}',
  unknownKey: "unbekannter Schlüssel ''{key}''{hint}",
  allowedHere: '{suggestion} (hier erlaubt: {allowed})',
  missingKey: '{name} fehlt hier, wird aber gebraucht',
  wrongType:
    '{name} sollte {expected, select, string {Text} number {eine Zahl} int {eine ganze Zahl} boolean {true oder false} object {eine Zuordnung} record {eine Zuordnung} array {eine Liste} other {vom Typ {expected}}} sein, ist aber {actual}',
  valueEmpty: 'leer',
  valueList: 'eine Liste',
  valueText: "''{text}''",
  valueMapping: 'eine Zuordnung',
  valueNumber: 'die Zahl {value}',
  valueBoolean: 'der Wahrheitswert {value}',
  valueOther: '{type}',
  notAnId:
    "{name} ist {value} und damit keine ID: verwenden Sie Kleinbuchstaben und Ziffern, verbunden durch einzelne Bindestriche, wie ''car-park''",
  notAVersion: '{name} ist {value}; schreiben Sie eine Version als MAJOR.MINOR.PATCH, wie 1.0.0',
  notAChoice:
    '{name} ist {value}; nennen Sie eine Option als role.beat.choice, wie employee.car-park.plug-in',
  notALanguage: "{name} ist {value} und hat nicht die erwartete Form (ein Sprachcode wie ''en'')",
  tooFewItems: '{name} braucht mindestens {limit} {count, plural, one {Eintrag} other {Einträge}}',
  tooManyItems:
    '{name} darf höchstens {limit} {count, plural, one {Eintrag} other {Einträge}} haben',
  emptyText: '{name} darf nicht leer sein',
  textTooLong: '{name} ist zu lang (höchstens {limit} Zeichen)',
  atLeast: '{name} muss mindestens {limit} sein',
  greaterThan: '{name} muss größer als {limit} sein',
  atMost: '{name} darf höchstens {limit} sein',
  lessThan: '{name} muss kleiner als {limit} sein',
  notOneOf: '{name} ist {value}; erlaubt ist nur eines von: {allowed}',
  badCondition:
    "dies ist keine gültige Bedingung: eine Bedingung ist eine von '{fact, is}', '{meter, min, max}', '{chose: role.beat.choice}', '{all: […]}', '{any: […]}', '{not: …}'",
  invalid: '{name}: {detail}',
};

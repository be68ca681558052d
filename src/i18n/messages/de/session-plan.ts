import type { Translation } from '../../catalogue';
import type { sessionPlan as english } from '../en/session-plan';

export const sessionPlan: Translation<typeof english> = {
  teamNumber: 'Team {number}',
  everyTeam: 'Alle Teams',
  namesAnd: '{names} und {last}',
  otherScenario: "Dieser Plan gehört zum Szenario ''{plan}'', nicht zu ''{scenario}''.",
  noRole: 'Wählen Sie mindestens eine Rolle aus.',
  unknownRole: "In diesem Szenario gibt es keine Rolle ''{role}''.",
  roleTwice: '{role} steht zweimal im Plan; spielen Sie jede Rolle nur einmal.',
  noTeam: '{role} hat kein Team: Geben Sie dem Team einen Namen.',
  teamNameTooLong: 'Der Teamname für {role} ist länger als {max} Zeichen.',
  budget: 'Die Sitzung muss zwischen {min} und {max} Minuten dauern (eingestellt sind {budget}).',
  noCampaign: 'Dieses Szenario hat keine Kampagne: Spielen Sie die Rollen einzeln.',
  campaignOrder: 'Eine Kampagne spielt alle Rollen in der Reihenfolge der Kampagne: {roles}.',
  everyTeamTwo: 'Wenn alle Teams entscheiden, nennen Sie mindestens zwei Teams.',
  everyTeamMax: 'Nennen Sie höchstens {max} Teams.',
  everyTeamNoName: 'Team {number} hat keinen Namen: Geben Sie ihm einen.',
  everyTeamNameTooLong: 'Der Name von Team {number} ist länger als {max} Zeichen.',
  everyTeamSameName: 'Zwei Teams heißen „{name}“: Unterscheiden Sie sie.',
  narrateUnknown: "''{key}'' ist keine Entscheidung der geplanten Rollen, die erzählt werden kann.",
  cutDrop: 'Lassen Sie {roles} weg: Der Plan dauert dann {minutes} Minuten.',
  cutNarrate:
    'Erzählen Sie {count, plural, one {# Entscheidung} other {# Entscheidungen}}, statt abzustimmen ({titles}): Der Plan dauert dann {minutes} Minuten{over, select, yes {, immer noch zu lang} other {}}.',
  cutBook: 'Oder planen Sie {minutes} Minuten für die Sitzung ein.',
  overBudget: 'Dieser Plan dauert {total} Minuten, {over} mehr als die {budget}, die Sie haben.',
  presetAwareness: '{minutes} Minuten: Sensibilisierung ({role}), alle Teams entscheiden',
  presetTwoRoles: '{minutes} Minuten: {first}, dann {second}, je ein Team',
  presetWhole: '{minutes} Minuten: der ganze Vorfall, ein Team je Rolle',
  onTime: 'im Zeitplan',
  ahead: '{minutes}\u00a0Min. voraus',
  behind: '{minutes}\u00a0Min. im Verzug',
};

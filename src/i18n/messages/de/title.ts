import type { Translation } from '../../catalogue';
import type { title as english } from '../en/title';

export const title: Translation<typeof english> = {
  classification: 'Nicht eingestuft // Übung',
  tagline:
    '2014. Ein Antiviren-Scan schickt die Geheimnisse eines Heimcomputers nach Moskau. Was tun Sie?',
  lede: 'Eine Planspiel-Übung in vier Rollen: der Auftragnehmer, der Arbeit mit nach Hause nahm, die Analysten des Herstellers, der CEO des Herstellers und ein Ermittler der US-Regierung.',
  start: 'Start',
  resume: 'Dort weitermachen, wo Sie aufgehört haben',
  facilitate: 'Eine Sitzung für einen Raum leiten',
  pageTitle: 'Spillage: eine Planspiel-Übung',
  description: 'Spillage: eine Planspiel-Übung zum Vorfall um den Equation-Group-Fund von 2014.',
};

/**
 * A scenario's accuracy notes (its `accuracy` block) arranged for reading: a summary, then per role
 * what is invented for play, what the source leaves open, and which party each claim comes from.
 * The "About this scenario" panel and docs/accuracy.md both draw from this, in the same words.
 */
import type { Scenario } from '../engine/schema';
import { markdownBlock, markdownInline, markdownLine } from './markdown-text';
import { t, type MessageKey } from '../i18n/translate';

/** One labelled list of a role's notes. */
export interface AccuracyList {
  heading: string;
  items: string[];
}

/** A scenario's notes ready to show; roles in the scenario's order, empty lists left out. */
export interface AccuracyNotes {
  title: string;
  summary: string;
  roles: { role: string; roleName: string; lists: AccuracyList[] }[];
}

/** The three kinds of note, in the order they are read, with their headings' keys. */
const LISTS = [
  ['invented', 'accuracyNotes.invented'],
  ['open', 'accuracyNotes.open'],
  ['claims', 'accuracyNotes.claims'],
] as const satisfies readonly (readonly [string, MessageKey])[];

/** The notes of a scenario, or null when it has none (then nothing links to them). */
export function accuracyNotes(scenario: Scenario): AccuracyNotes | null {
  const accuracy = scenario.accuracy;
  if (!accuracy) return null;
  const byRole = new Map((accuracy.roles ?? []).map((entry) => [entry.role, entry]));
  // Roles in campaign order, then the rest (the checker refuses notes for unknown roles).
  const order = scenario.campaign?.order ?? [];
  const roles = [
    ...order.flatMap((id) => scenario.roles.filter((r) => r.id === id)),
    ...scenario.roles.filter((r) => !order.includes(r.id)),
  ];
  return {
    title: scenario.title,
    summary: accuracy.summary,
    roles: roles.flatMap((role) => {
      const entry = byRole.get(role.id);
      if (!entry) return [];
      const lists = LISTS.map(([key, heading]) => ({
        heading: t(heading),
        items: [...(entry[key] ?? [])],
      }));
      return [
        { role: role.id, roleName: role.name, lists: lists.filter((l) => l.items.length > 0) },
      ];
    }),
  };
}

/** The notes as a Markdown section (headings from `level`), every piece escaped as data. */
export function accuracyMarkdown(notes: AccuracyNotes, level = 2): string {
  const h = (n: number): string => '#'.repeat(level + n);
  const out = [`${h(0)} ${markdownInline(notes.title)}`, '', markdownBlock(notes.summary), ''];
  for (const role of notes.roles) {
    out.push(`${h(1)} ${markdownInline(role.roleName)}`, '');
    for (const list of role.lists)
      out.push(`${h(2)} ${list.heading}`, '', ...list.items.map((i) => `- ${markdownLine(i)}`), '');
  }
  return out.join('\n');
}

/** The whole docs/accuracy.md for the given scenarios (those without notes are left out). */
export function accuracyDocument(scenarios: readonly Scenario[]): string {
  const sections = scenarios.flatMap((s) => {
    const notes = accuracyNotes(s);
    return notes ? [accuracyMarkdown(notes)] : [];
  });
  const out = [
    `# ${t('accuracyNotes.documentTitle')}`,
    '',
    `<!-- ${t('accuracyNotes.documentWrittenBy')} -->`,
    '',
    t('accuracyNotes.documentIntro', { about: t('menu.aboutScenario') }),
    '',
    ...(sections.length > 0 ? sections : [t('accuracyNotes.documentNone'), '']),
  ];
  return `${out.join('\n').trimEnd()}\n`;
}

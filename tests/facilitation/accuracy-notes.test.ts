// The accuracy notes: arranged once for the "About this scenario" panel and docs/accuracy.md,
// and the committed doc kept in step with the scenarios.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/load-scenario';
import {
  accuracyDocument,
  accuracyMarkdown,
  accuracyNotes,
} from '../../src/facilitation/accuracy-notes';
import { ACCURACY_DOC, accuracyDocText } from '../../scripts/accuracy-doc';

const loaded = loadScenario([
  {
    path: 'history-marks.yaml',
    text: readFileSync(new URL('fixtures/history-marks.yaml', import.meta.url), 'utf8'),
  },
]);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const scenario = loaded.scenario;

describe('accuracyNotes', () => {
  it('gives the summary and, per role, its lists under their headings', () => {
    expect(accuracyNotes(scenario)).toEqual({
      title: 'The form',
      summary: "Drawn from one newspaper report of the office's account.",
      roles: [
        {
          role: 'clerk',
          roleName: 'The clerk',
          lists: [
            {
              heading: 'Invented for play',
              items: ['The deadline.', 'The <b>stamp</b> *and* its colour.'],
            },
            { heading: 'What the source leaves open', items: ['Who read the form.'] },
            {
              heading: 'Whose claim is whose',
              items: [
                "That the form was filed is the office's claim, as the newspaper reports it.",
              ],
            },
          ],
        },
      ],
    });
  });

  it('is null for a scenario without notes, which then gets no link and no section', () => {
    const without = { ...scenario, accuracy: undefined };
    expect(accuracyNotes(without)).toBeNull();
    expect(accuracyDocument([without])).toContain('No scenario has accuracy notes yet.');
  });

  it('writes Markdown in which the notes stay text', () => {
    const notes = accuracyNotes(scenario);
    if (!notes) throw new Error('expected notes');
    const markdown = accuracyMarkdown(notes);
    expect(markdown).toContain('## The form\n');
    expect(markdown).toContain('### The clerk\n');
    expect(markdown).toContain('#### Invented for play\n');
    expect(markdown).toContain('- The &lt;b&gt;stamp&lt;/b&gt; \\*and\\* its colour.');
  });
});

describe('docs/accuracy.md', () => {
  it('is what `npm run docs:accuracy` writes from the scenarios now', async () => {
    const committed = readFileSync(ACCURACY_DOC, 'utf8');
    // When this fails: run `npm run docs:accuracy` and commit docs/accuracy.md.
    expect(committed).toBe(await accuracyDocText());
  });
});

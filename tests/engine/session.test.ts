import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/create-session';
import { evaluateCondition } from '../../src/engine/evaluate-condition';
import { wordProblem } from '../../src/i18n/problem-words';
import { fixture } from './fixtures';

describe('createSession: playing the campaign fixture', async () => {
  const s = await fixture('campaign');

  it('starts at role selection and refuses unknown roles', () => {
    const session = createSession(s);
    expect(session.view()).toMatchObject({
      phase: 'select',
      mode: null,
      campaign: ['finder', 'desk'],
    });
    expect(session.view().roles.map((r) => r.id)).toEqual(['desk', 'finder']);
    expect(session.start({ role: 'nobody' })).toMatchObject({ ok: false });
    const refused = session.choose('plug-in', { at: 1 });
    expect(refused.ok ? '' : wordProblem(refused.message)).toContain('role selection');
  });

  it('shows a beat: text, knows, facilitator notes, visible meters and facts, choices with index and verb', () => {
    const session = createSession(s);
    expect(session.start({ campaign: true }, { at: 100 })).toEqual({ ok: true });
    const v = session.view();
    expect(v).toMatchObject({
      phase: 'beat',
      mode: 'campaign',
      role: {
        id: 'finder',
        briefing: 'You find a USB stick.',
        learningObjectives: ['Chained roles share one world.'],
      },
    });
    expect(v.beat).toMatchObject({
      id: 'car-park',
      setting: 'car-park',
      sound: 'ambient-street',
      knows: ['The stick has no label.'],
      doesNotKnow: ['Who dropped it.'],
      prompt: 'What do you do?',
      facilitator: { minutes: 3 },
    });
    expect(v.choices).toEqual([
      {
        index: 0,
        id: 'plug-in',
        label: 'Plug it in',
        verb: 'analyze',
        cost: 'The network may be infected.',
      },
      { index: 1, id: 'hand-in', label: 'Hand it to the desk', verb: 'report' },
    ]);
    expect(v.meters.map((m) => m.id)).toEqual(['trust']); // heat shows only for the desk
    expect(v.facts).toEqual([
      {
        id: 'stick-plugged',
        label: 'The stick was plugged in',
        group: 'Malware',
        value: false,
        known: false,
      },
    ]);
    expect(v.canContinue).toBe(false);
  });

  it('plays the historical line through the hand-over, with outcomes, injects, hidden facts and paths', () => {
    const session = createSession(s);
    session.start({ campaign: true }, { at: 1 });
    expect(
      session.choose('plug-in', {
        at: 2,
        rationale: 'find the owner',
        tally: { 'plug-in': 3, 'hand-in': 1 },
      }),
    ).toEqual({ ok: true });
    let v = session.view();
    expect(v.lastOutcome).toMatchObject({
      choice: 'plug-in',
      status: 'reported',
      sources: [
        {
          id: 's-found',
          quote: 'A stick was found in the car park.',
          attribution: 'Fixture source, 2026',
        },
      ],
    });
    expect(v.meters[0]).toMatchObject({ id: 'trust', value: 3 });
    expect(v.canContinue).toBe(true);
    expect(session.continue({ at: 3 })).toEqual({ ok: true });
    v = session.view();
    expect(v.phase).toBe('ending');
    expect(v.ending).toMatchObject({
      id: 'infected',
      history: 'historical',
      onHistoricalPath: true,
      historicalEnding: 'infected',
      reality: { sources: [{ id: 's-found' }] },
    });
    expect(v.ending?.hiddenFacts).toEqual([
      {
        id: 'malware-spread',
        label: 'The malware spread',
        value: true,
        reveal: 'The malware had reached the file server.',
      },
    ]);
    expect(v.ending?.playerPath).toEqual([
      {
        beat: 'car-park',
        beatTitle: 'Monday, 8:02',
        choice: 'plug-in',
        choiceLabel: 'Plug it in',
        history: 'historical',
      },
      { beat: 'office', beatTitle: 'Later' },
    ]);
    expect(v.nextRole).toEqual({ id: 'desk', name: 'The IT desk' });
    expect(session.nextRole({ at: 4 })).toEqual({ ok: true });
    v = session.view();
    expect(v).toMatchObject({ phase: 'beat', role: { id: 'desk' }, beat: { id: 'call' } });
    expect(v.injects).toEqual([
      {
        id: 'press-call',
        headline: 'A reporter calls',
        text: 'They heard about a stick.',
        sources: [
          {
            id: 's-desk',
            quote: 'The desk took the call.',
            quoteLanguage: 'en',
            attribution: 'Fixture source, 2026',
          },
        ],
      },
    ]);
    expect(v.choices.map((c) => c.id)).toEqual(['wipe', 'investigate']);
    expect(v.meters.map((m) => m.id)).toEqual(['trust', 'heat']);
    session.choose('wipe', { at: 5 });
    v = session.view();
    expect(v).toMatchObject({
      phase: 'ending',
      finished: true,
      ending: { id: 'done', onHistoricalPath: true },
    });
    expect(v.nextRole).toBeUndefined();
    expect(session.decisions()).toEqual([
      {
        type: 'choose',
        at: 2,
        role: 'finder',
        beat: 'car-park',
        choice: 'plug-in',
        rationale: 'find the owner',
        tally: { 'plug-in': 3, 'hand-in': 1 },
      },
      { type: 'choose', at: 5, role: 'desk', beat: 'call', choice: 'wipe' },
    ]);
  });

  it('offers "rejoin history" when a role starts in a world its requires refuses', () => {
    const session = createSession(s);
    session.start({ campaign: true });
    session.choose('hand-in', { at: 1 });
    let v = session.view();
    expect(v.ending).toMatchObject({ id: 'handed-in', onHistoricalPath: false });
    expect(v.ending?.hiddenFacts[0]?.value).toBe(false);
    session.nextRole();
    v = session.view();
    expect(v).toMatchObject({
      phase: 'rejoin',
      role: { id: 'desk' },
      rejoin: { text: 'In reality, the stick was plugged in.', sources: [{ id: 's-found' }] },
    });
    expect(session.choose('wipe', { at: 2 }).ok).toBe(false);
    expect(session.rejoinHistory({ at: 3 })).toEqual({ ok: true });
    v = session.view();
    expect(v.facts[0]?.value).toBe(true);
    expect(v.injects).toEqual([]); // the press call needs the finder to have plugged it in
    expect(v.choices.map((c) => c.id)).toEqual(['investigate']); // trust 7 hides 'wipe'
    expect(session.snapshot().context.rejoined).toEqual(['desk']);
  });

  it('plays a single role alone: its requires fails on the initial world, so it rejoins history', () => {
    const session = createSession(s);
    session.start({ role: 'desk' });
    expect(session.view().phase).toBe('rejoin');
    session.rejoinHistory();
    expect(session.view().choices.map((c) => c.id)).toEqual(['wipe']);
    session.chooseIndex(0, { at: 9 });
    expect(session.view()).toMatchObject({ phase: 'ending', finished: true, mode: 'role' });
    expect(session.nextRole().ok).toBe(false);
  });
});

describe('variants: texts that follow the world', async () => {
  const s = await fixture('continuity.yaml');
  const play = (choice: 'tell' | 'keep') => {
    const session = createSession(s);
    session.start({ campaign: true });
    session.choose(choice, { at: 1 });
    return session;
  };

  it('marks history on the outcome, the ending and the path; unmarked means the source does not say', () => {
    const told = play('tell').view();
    expect(told.lastOutcome).toBeUndefined(); // the fixture's choices have no outcome text
    expect(told.ending).toMatchObject({ id: 'told-end', history: 'assumed' });
    expect(told.ending?.playerPath).toEqual([
      {
        beat: 'find',
        beatTitle: 'The stick',
        choice: 'tell',
        choiceLabel: 'Tell the desk',
        history: 'assumed',
      },
    ]);
    const kept = play('keep').view();
    expect(kept.ending?.history).toBeUndefined();
    expect(kept.ending?.playerPath[0]?.history).toBeUndefined();
  });

  it('shows the next role the briefing, beat text and lists of the world the first role left', () => {
    const session = play('tell');
    session.nextRole({ at: 2 });
    const v = session.view();
    expect(v.role).toMatchObject({
      briefing: 'The finder told you about the stick.',
      knows: ['A stick was found in the car park.'],
    });
    expect(v.beat).toMatchObject({
      text: 'The finder is on the phone about the stick.',
      knows: [],
      doesNotKnow: ['What is on the stick.'],
    });
    session.continue({ at: 3 });
    expect(session.view().ending?.debrief).toBe('You closed the day.');
  });

  it('keeps the base texts where no variant holds, and resolves the debrief after the ending', () => {
    const session = play('keep');
    session.nextRole({ at: 2 });
    const v = session.view();
    expect(v.role).toMatchObject({ briefing: 'Nobody has told you about the stick.', knows: [] });
    expect(v.beat?.text).toBe('The phone is quiet.');
    session.continue({ at: 3 });
    expect(session.view().ending?.debrief).toBe(
      'You closed the day; the finder still has the stick.',
    );
  });
});

describe('conditions and effects', async () => {
  const s = await fixture('conditions.yaml');
  it('hides choices whose condition fails and clamps meters', () => {
    const session = createSession(s);
    session.start({ role: 'visitor' });
    expect(session.view().choices.map((c) => c.id)).toEqual(['open', 'wait']);
    session.choose('open', { at: 1 });
    const v = session.view();
    expect(v.meters[0]?.value).toBe(3);
    expect(v.choices.map((c) => c.id)).toEqual(['rich']);
    expect(session.choose('poor', { at: 2 }).ok).toBe(false);
  });
  it('evaluates every condition shape', () => {
    const input = { world: { facts: { a: true }, meters: { m: 2 } }, chosen: ['r.b.c'] };
    expect(evaluateCondition({ fact: 'a', is: true }, input)).toBe(true);
    expect(evaluateCondition({ fact: 'missing', is: false }, input)).toBe(true);
    expect(evaluateCondition({ meter: 'm', min: 2, max: 2 }, input)).toBe(true);
    expect(evaluateCondition({ meter: 'm', min: 3 }, input)).toBe(false);
    expect(evaluateCondition({ chose: 'r.b.c' }, input)).toBe(true);
    expect(
      evaluateCondition({ all: [{ chose: 'r.b.c' }, { not: { fact: 'a', is: true } }] }, input),
    ).toBe(false);
    expect(
      evaluateCondition(
        {
          any: [
            { meter: 'm', max: 0 },
            { fact: 'a', is: true },
          ],
        },
        input,
      ),
    ).toBe(true);
    expect(evaluateCondition(undefined, input)).toBe(true);
  });
});

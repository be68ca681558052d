import { describe, expect, it } from 'vitest';
import { ECHO_LIMIT, MESSAGE_LIMIT, shortenEcho, shortenMessage } from '../../src/ui/shorten-text';

describe('shortenEcho', () => {
  it('leaves short text as it is', () => {
    expect(shortenEcho('equation-group')).toBe('equation-group');
  });

  it('cuts long text with an ellipsis and says how long it was', () => {
    const id = 'x'.repeat(1_600_000);
    expect(shortenEcho(id)).toBe(`${'x'.repeat(ECHO_LIMIT)}… (1,600,000 characters)`);
  });

  it('never splits an emoji in half', () => {
    const text = `${'a'.repeat(ECHO_LIMIT - 1)}😀${'b'.repeat(10)}`;
    expect(shortenEcho(text)).toBe(`${'a'.repeat(ECHO_LIMIT - 1)}… (${text.length} characters)`);
  });
});

describe('shortenMessage', () => {
  it('shortens a huge id inside a sentence and keeps the sentence', () => {
    const message = `scenario '${'a'.repeat(5000)}' is not part of this game.`;
    const shown = shortenMessage(message);
    expect(shown).toContain('… (5,002 characters)');
    expect(shown).toMatch(/^scenario 'a+… \(5,002 characters\) is not part of this game\.$/);
  });

  it('caps a long message made of many short words', () => {
    const shown = shortenMessage('word '.repeat(10_000));
    expect(shown.length).toBeLessThan(MESSAGE_LIMIT + 40);
    expect(shown).toContain('(50,000 characters)');
  });
});

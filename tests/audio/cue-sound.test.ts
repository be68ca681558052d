import { describe, expect, it } from 'vitest';
import { createOneShotGate, cueSound } from '../../src/audio/cue-sound';
import { describeSoundCue } from '../../src/audio/describe-sound-cue';
import { SOUND_IDS, SOUNDS } from '../../src/audio/sound-catalogue';
import { STAGE_CUES } from '../../src/stage/stage-events';
import { t } from '../../src/i18n/translate';

const ALL_CUES = STAGE_CUES;

describe('cue → sound', () => {
  it('maps each cue to its sound; meter cues are silent', () => {
    expect(Object.fromEntries(ALL_CUES.map((cue) => [cue, cueSound(cue)]))).toEqual({
      'choice-focused': 'select',
      'choice-confirmed': 'confirm',
      'text-arrived': 'teleprinter',
      'meter-rose': null,
      'meter-fell': null,
      'inject-arrived': 'alert',
    });
  });

  it('gives every heard cue a caption, and silent cues none', () => {
    for (const cue of ALL_CUES) {
      const caption = describeSoundCue(cue);
      if (cueSound(cue) === null) expect(caption).toBeNull();
      else expect(caption).toMatch(/\w{3,}/);
    }
    expect(describeSoundCue('inject-arrived')).toBe('Alert tone');
  });

  it('captions every sound key, and nothing for unknown keys', () => {
    for (const id of SOUND_IDS) expect(describeSoundCue(id)).toBe(t(SOUNDS[id].caption));
    expect(describeSoundCue('ambient-street')).toBeNull();
    expect(describeSoundCue('constructor')).toBeNull();
  });
});

describe('one-shot gate', () => {
  it('lets a sound through once per gap, each sound on its own clock', () => {
    const mayPlay = createOneShotGate(60);
    expect(mayPlay('select', 1000)).toBe(true);
    expect(mayPlay('select', 1030)).toBe(false);
    expect(mayPlay('confirm', 1030)).toBe(true);
    expect(mayPlay('select', 1060)).toBe(true);
  });
});

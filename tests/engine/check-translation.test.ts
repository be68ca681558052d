import { describe, expect, it } from 'vitest';
import { checkTranslationFiles } from '../../src/engine/check-translation';
import { loadScenario } from '../../src/engine/load-scenario';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';

const original = await readScenarioFolder('scenarios/equation-group');
const german = await readScenarioFolder('scenarios/equation-group/translations/de');

/** The German translation with one file's text changed by `edit`. */
function changed(file: string, edit: (text: string) => string) {
  return german.map((f) => (f.path.endsWith(file) ? { ...f, text: edit(f.text) } : f));
}
const codes = (files: typeof german) => checkTranslationFiles(original, files).map((e) => e.code);

describe('a translated scenario', () => {
  it('the shipped German translation is the same game with the same sources', () => {
    expect(checkTranslationFiles(original, german)).toEqual([]);
    expect(german.map((f) => f.path)).toContain('equation-group/translations/de/sources.yaml');
  });

  it('is refused when it changes where a choice leads, and the error names its file and line', () => {
    const files = changed('roles/contractor.yaml', (t) =>
      t.replace('next: never-left', 'next: the-home-computer'),
    );
    const errors = checkTranslationFiles(original, files);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({
      code: 'translation-differs',
      file: 'equation-group/translations/de/roles/contractor.yaml',
    });
    expect(errors[0]?.line).toBeGreaterThan(1);
  });

  it('is refused when it rewords a verbatim excerpt, drops an excerpt’s translation, or changes a status or a cite', () => {
    const quote = changed('sources.yaml', (t) =>
      t.replace('lost control of some', 'lost control over some'),
    );
    expect(codes(quote)).toContain('translation-changes-quote');
    const untranslated = changed('sources.yaml', (t) => t.replace(/\n\s*translation: .*\n/, '\n'));
    expect(codes(untranslated)).toContain('translation-missing');
    const status = changed('roles/ceo.yaml', (t) =>
      t.replace('status: claimed', 'status: reported'),
    );
    expect(codes(status)).toContain('translation-differs');
    const cite = changed('roles/ceo.yaml', (t) =>
      t.replace(/cites: \[s-[a-z-]+/, 'cites: [s-work-home'),
    );
    expect(codes(cite)).toContain('translation-differs');
  });

  it('is refused in the original’s own language, or with a list item more or less', () => {
    const english = changed('scenario.yaml', (t) => t.replace('language: de', 'language: en')).map(
      (f) => ({ ...f, path: f.path.replace('/translations/de/', '/translations/en/') }),
    );
    expect(codes(english)).toContain('translation-same-language');
    const fewer = changed('roles/investigator.yaml', (t) =>
      t.replace(/\n(\s+)knows:\n(\s+- [^\n]*\n)/, '\n$1knows:\n'),
    );
    expect(codes(fewer).length).toBeGreaterThan(0);
  });

  it('passes for the usb-stick translation too, which the loader also accepts as a scenario of its own', async () => {
    const usb = await readScenarioFolder('scenarios/usb-stick/translations/de');
    expect(loadScenario(usb).ok).toBe(true);
    expect(checkTranslationFiles(await readScenarioFolder('scenarios/usb-stick'), usb)).toEqual([]);
  });

  it('puts in German quotation marks only words that an excerpt’s labelled translation says', () => {
    const misquoted = changed('roles/investigator.yaml', (t) =>
      t.replaceAll('„Es muss gelöscht werden.“', '„Es muss sofort gelöscht werden.“'),
    );
    const loaded = loadScenario(misquoted);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map((e) => e.code)).toContain('invented-quote');
  });
});

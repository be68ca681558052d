import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from './languages';
import * as english from './messages/en';
import * as german from './messages/de';

type Catalogue = typeof english;
/** Every message's key, `area.name` (e.g. `menu.title`), checked by the compiler at each use. */
export type MessageKey = {
  [Area in keyof Catalogue]: `${Area & string}.${keyof Catalogue[Area] & string}`;
}[keyof Catalogue];
/** The values an ICU message's arguments take: `{count, plural, …}` wants a number. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

const CATALOGUES: Readonly<
  Record<Language, Readonly<Record<string, Readonly<Record<string, string>>>>>
> = { en: english, de: german };

let current: Language = 'en';
const compiled = new Map<string, IntlMessageFormat>();

/** The language every later message is worded in (the page sets it once, at start-up). */
export function setLanguage(language: Language): void {
  current = language;
}

export function currentLanguage(): Language {
  return current;
}

/** The message `key` in the current language, its ICU arguments filled from `values`. */
export function t(key: MessageKey, values?: MessageValues): string {
  return translate(current, key, values);
}

/** The message `key` in a given language (a report or share link keeps the language it was made in). */
export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  const cacheKey = `${language}:${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    const dot = key.indexOf('.');
    const text = CATALOGUES[language][key.slice(0, dot)]?.[key.slice(dot + 1)];
    if (text === undefined) throw new Error(`no message '${key}' in the '${language}' catalogue`);
    format = new IntlMessageFormat(text, language, undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  return String(format.format(values));
}

/** A list in the current language's words: "a, b and c" / "a, b und c". */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(current, { style: 'long', type }).format(items);
}

/** A language's name in the current language ("German", "Deutsch"), from its code. */
export function languageName(code: string): string {
  return new Intl.DisplayNames([current], { type: 'language' }).of(code) ?? code;
}

/** A number in the current language's digits and separators. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(current, options).format(value);
}

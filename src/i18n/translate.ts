import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from './languages';
import type * as english from './messages/en';

type Catalogue = typeof english;
/** Every message's key, `area.name` (e.g. `menu.title`), checked by the compiler at each use. */
export type MessageKey = {
  [Area in keyof Catalogue]: `${Area & string}.${keyof Catalogue[Area] & string}`;
}[keyof Catalogue];
/** The values an ICU message's arguments take: `{count, plural, …}` wants a number. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** Catalogue areas by name, each a map of message names to ICU messages. */
export type MessageAreas = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The messages each page has added (see add-messages.ts and join/join-messages.ts): a page loads
 * only its areas, and a language only when it is used.
 */
const CATALOGUES: Record<Language, Record<string, Readonly<Record<string, string>>>> = {
  en: {},
  de: {},
};

/** Makes these areas' messages in `language` available to `t` and `translate`. */
export function addMessages(language: Language, areas: MessageAreas): void {
  Object.assign(CATALOGUES[language], areas);
}

// Each formatter asks `Intl.NumberFormat.supportedLocalesOf` whether its language is supported.
// Chromium's first answer takes 40-120 ms (it lists every locale it knows), on the way to the
// first screen. The language passed here is always one the game ships, and with compiled
// messages the answer is never used for formatting, so a single language is taken as it is.
const askWhichLocalesAreSupported = IntlMessageFormat.resolveLocale;
IntlMessageFormat.resolveLocale = (locales) =>
  typeof locales === 'string' ? new Intl.Locale(locales) : askWhichLocalesAreSupported(locales);

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
    // In a built page the message is already a syntax tree (build/precompile-messages.ts).
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

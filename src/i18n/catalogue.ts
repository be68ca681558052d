/**
 * A catalogue area in another language: the same keys as the English one, each an ICU message
 * (https://unicode-org.github.io/icu/userguide/format_parse/messages/). A missing or extra key is
 * a type error; tests/i18n/catalogues.test.ts also checks that each message parses and uses the
 * same arguments as its English original.
 */
export type Translation<English> = { readonly [Key in keyof English]: string };

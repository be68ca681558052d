import { t, type MessageKey, type MessageValues } from '../i18n/translate';

/** Private-use characters: they never occur in a catalogue's words or a scenario's text. */
const FIRST_MARK = 0xe000;

/**
 * A message with elements inside it (a legend swatch, a word that changes as a check runs): each
 * part's argument is worded as a mark, and the text is cut at the marks, so that the translation,
 * not the code, decides where in the sentence each element stands.
 */
export function wordedWith(
  key: MessageKey,
  values: MessageValues,
  parts: Readonly<Record<string, Node>>,
): (string | Node)[] {
  const names = Object.keys(parts);
  const marks = Object.fromEntries(
    names.map((name, index) => [name, String.fromCharCode(FIRST_MARK + index)]),
  );
  const pieces: (string | Node)[] = [];
  let text = '';
  for (const character of t(key, { ...values, ...marks })) {
    const index = character.charCodeAt(0) - FIRST_MARK;
    const part = index >= 0 && index < names.length ? parts[names[index] ?? ''] : undefined;
    if (!part) {
      text += character;
      continue;
    }
    if (text) pieces.push(text);
    pieces.push(part);
    text = '';
  }
  if (text) pieces.push(text);
  return pieces;
}

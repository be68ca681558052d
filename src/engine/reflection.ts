/**
 * A learner's reflection at the end of solo play: plain text of bounded length, kept on the
 * device with the progress (one per role, beside the checks), and carried by a share link only
 * when the learner ticks that it may be. Pure: the progress store, the share code and the
 * debrief use it.
 */
import { IdSchema } from './log-entry-schema';
import { MAX_REFLECTION_CHARS, MAX_SHARED_REFLECTION_BYTES } from './limits';
import { z } from './zod-mini';

/** What the learner wrote, and whether a share link may carry it (off unless ticked). */
export interface Reflection {
  text: string;
  share: boolean;
}

/** Every role's reflection of one play session, by role id. */
export type ReflectionRecord = Record<string, Reflection>;

/** How reflections are kept with progress (see src/ui/kept-progress.ts). */
export const ReflectionRecordSchema = z.record(
  IdSchema,
  z.strictObject({
    text: z.string().check(z.maxLength(MAX_REFLECTION_CHARS)),
    share: z.boolean(),
  }),
);

/**
 * Plain text as the game keeps it: line breaks as `\n`, no other control characters, at most
 * MAX_REFLECTION_CHARS (never cutting a character in two).
 */
export function cleanReflection(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const plain = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  return cutAt(plain, MAX_REFLECTION_CHARS);
}

/**
 * The reflection as a share link carries it: whole when its UTF-8 fits MAX_SHARED_REFLECTION_BYTES,
 * else its beginning, cut at a word where it can be, ending with "…" (`shortened` says so).
 */
export function reflectionForLink(text: string): { text: string; shortened: boolean } {
  const clean = cleanReflection(text).trim();
  if (utf8.encode(clean).length <= MAX_SHARED_REFLECTION_BYTES)
    return { text: clean, shortened: false };
  let kept = '';
  for (const character of clean) {
    if (utf8.encode(kept + character + '…').length > MAX_SHARED_REFLECTION_BYTES) break;
    kept += character;
  }
  const atWord = kept.replace(/\s+\S*$/, '');
  return {
    text: `${(atWord.length > kept.length / 2 ? atWord : kept).trimEnd()}…`,
    shortened: true,
  };
}

/** The reflection's UTF-8 bytes in base64url (letters, digits, `-`, `_`): safe in a URL. */
export function encodeReflection(text: string): string {
  const bytes = utf8.encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const triple = (a << 16) | (b << 8) | c;
    const chars = Math.ceil((Math.min(3, bytes.length - i) * 8) / 6);
    for (let k = 0; k < chars; k += 1) out += BASE64URL[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Reads `encodeReflection`'s text back; null when it is damaged, too long or not plain text. */
export function decodeReflection(part: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(part) || part.length % 4 === 1) return null;
  if (part.length > Math.ceil((MAX_SHARED_REFLECTION_BYTES * 4) / 3)) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const character of part) {
    buffer = ((buffer << 6) | BASE64URL.indexOf(character)) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    return text === cleanReflection(text) && text.trim() !== '' ? text : null;
  } catch {
    return null;
  }
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const utf8 = new TextEncoder();

/** The first `max` UTF-16 units of `text`, without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

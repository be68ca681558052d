/**
 * Keeps the presenter and projector windows on the same room state. Each change is kept in
 * localStorage (so a reloaded window recovers it) and sent on a BroadcastChannel; where there is
 * no BroadcastChannel, the other window hears the storage write itself (the `storage` event).
 * Whole states travel, never deltas, and the highest revision wins, so a message that arrives
 * twice or late changes nothing. Whatever arrives (from storage or a message) is read in full by
 * the room state's schema, and by the window's own check once it knows the scenario; a state
 * that fails either is refused, never adopted, and the window is told why. The presenter also
 * says which language it speaks, so that the projector beside it speaks the same.
 */
import { readRoomState } from '../../facilitation/room-state-schema';
import type { KeptRoomState, RoomState } from '../../facilitation/room-session';
import { isLanguage, type Language } from '../../i18n/languages';
import { readStored, removeStored, writeStored } from '../safe-storage';
import { t } from '../../i18n/translate';

const ROOM_KEY = 'spillage.room';
const CHANNEL = 'spillage-room';

type Message =
  | { kind: 'state'; state: KeptRoomState }
  | { kind: 'hello' }
  | { kind: 'language'; language: Language };

/** A window's own check of a state it is about to adopt: why it does not fit, or undefined. */
export type RoomGate = (state: KeptRoomState) => string | undefined;

export interface RoomLink {
  /** The latest state this window knows (from storage or the other window), if any. */
  current(): KeptRoomState | null;
  /** Why the state kept in storage was refused when this link opened; null if it was not. */
  keptRefusal(): string | null;
  /** Sets the check every state must pass before it is adopted (and checks the current one). */
  setGate(gate: RoomGate): string | undefined;
  /** Sets what is told the reason each time a state from the other window is refused. */
  onRefused(listener: (why: string) => void): void;
  /** Keeps and sends a new state (ignored if an equal or newer revision is already known). */
  publish(state: RoomState): void;
  /** Calls `listener` with each newer state from the other window. */
  onChange(listener: (state: KeptRoomState) => void): () => void;
  /**
   * Tells the other window the language this one speaks, now and whenever a window opens (the
   * presenter does, and the projector follows it).
   */
  sayLanguage(language: Language): void;
  /** Calls `listener` with each language the other window says it speaks (and the last heard). */
  onLanguage(listener: (language: Language) => void): void;
  /** Forgets the session here and in storage (the other window keeps what it shows). */
  forget(): void;
  close(): void;
}

/**
 * The room state kept in storage (maybe an earlier version's, with flags instead of a screen):
 * none, one that reads, or one refused and why.
 */
export function readKeptRoom(): { state: KeptRoomState | null; refusal: string | null } {
  const text = readStored(ROOM_KEY);
  if (text === null) return { state: null, refusal: null };
  const read = readRoomStateText(text);
  return read.ok ? { state: read.state, refusal: null } : { state: null, refusal: read.why };
}

function readRoomStateText(text: string): ReturnType<typeof readRoomState> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, why: t('roomWindows.notJson') };
  }
  return readRoomState(data);
}

export function openRoomLink(): RoomLink {
  const kept = readKeptRoom();
  let latest = kept.state;
  let gate: RoomGate = () => undefined;
  const listeners = new Set<(state: KeptRoomState) => void>();
  let tellRefusal: (why: string) => void = () => undefined;
  let tellLanguage: (language: Language) => void = () => undefined;
  let spoken: Language | null = null;
  // The answer to this window's hello may come before the window listens for it.
  let heard: Language | null = null;
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null;

  const isNewer = (state: KeptRoomState): boolean =>
    latest === null || state.sessionId !== latest.sessionId || state.revision > latest.revision;

  const refuse = (why: string): void => tellRefusal(why);
  const receive = (read: ReturnType<typeof readRoomState>): void => {
    if (!read.ok) return refuse(read.why);
    if (!isNewer(read.state)) return;
    const misfit = gate(read.state);
    if (misfit) return refuse(misfit);
    latest = read.state;
    for (const listener of listeners) listener(read.state);
  };

  const onMessage = (event: MessageEvent<unknown>): void => {
    const message = event.data as Partial<Message> | null;
    if (message === null || typeof message !== 'object') return;
    if (message.kind === 'state') receive(readRoomState(message.state));
    // A window that has just opened asks; whoever knows a session answers with it.
    else if (message.kind === 'hello') {
      if (latest) channel?.postMessage({ kind: 'state', state: latest });
      if (spoken) channel?.postMessage({ kind: 'language', language: spoken } satisfies Message);
    } else if (message.kind === 'language' && isLanguage(message.language)) {
      heard = message.language;
      tellLanguage(heard);
    }
  };
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== ROOM_KEY || event.newValue === null) return;
    receive(readRoomStateText(event.newValue));
  };
  channel?.addEventListener('message', onMessage);
  window.addEventListener('storage', onStorage);
  channel?.postMessage({ kind: 'hello' } satisfies Message);

  return {
    current: () => latest,
    keptRefusal: () => kept.refusal,
    setGate(next) {
      gate = next;
      const misfit = latest ? gate(latest) : undefined;
      if (misfit) latest = null;
      return misfit;
    },
    onRefused(listener) {
      tellRefusal = listener;
    },
    publish(state) {
      if (!isNewer(state)) return;
      latest = state;
      writeStored(ROOM_KEY, JSON.stringify(state));
      channel?.postMessage({ kind: 'state', state } satisfies Message);
    },
    sayLanguage(language) {
      spoken = language;
      channel?.postMessage({ kind: 'language', language } satisfies Message);
    },
    onLanguage(listener) {
      tellLanguage = listener;
      if (heard) listener(heard);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    forget() {
      latest = null;
      removeStored(ROOM_KEY);
    },
    close() {
      channel?.close();
      window.removeEventListener('storage', onStorage);
      listeners.clear();
      tellRefusal = () => undefined;
      tellLanguage = () => undefined;
    },
  };
}

/**
 * Keeps the presenter and projector windows on the same room state. Each change is kept in
 * localStorage (so a reloaded window recovers it) and sent on a BroadcastChannel; where there is
 * no BroadcastChannel, the other window hears the storage write itself (the `storage` event).
 * Whole states travel, never deltas, and the highest revision wins, so a message that arrives
 * twice or late changes nothing.
 */
import type { KeptRoomState, RoomState } from '../../facilitation/room-session';
import { readStored, removeStored, writeStored } from '../safe-storage';

const ROOM_KEY = 'spillage.room';
const CHANNEL = 'spillage-room';

type Message = { kind: 'state'; state: KeptRoomState } | { kind: 'hello' };

export interface RoomLink {
  /** The latest state this window knows (from storage or the other window), if any. */
  current(): KeptRoomState | null;
  /** Keeps and sends a new state (ignored if an equal or newer revision is already known). */
  publish(state: RoomState): void;
  /** Calls `listener` with each newer state from the other window. */
  onChange(listener: (state: KeptRoomState) => void): () => void;
  /** Forgets the session here and in storage (the other window keeps what it shows). */
  forget(): void;
  close(): void;
}

/** Reads a kept room state (maybe an earlier version's); anything damaged is treated as no session. */
export function readKeptRoom(): KeptRoomState | null {
  const text = readStored(ROOM_KEY);
  if (text === null) return null;
  try {
    const data = JSON.parse(text) as Partial<KeptRoomState> | null;
    const looksRight =
      data !== null &&
      typeof data === 'object' &&
      typeof data.sessionId === 'string' &&
      typeof data.revision === 'number' &&
      typeof data.record === 'object' &&
      data.record !== null &&
      Array.isArray(data.record.runs);
    return looksRight ? (data as KeptRoomState) : null;
  } catch {
    return null;
  }
}

export function openRoomLink(): RoomLink {
  let latest = readKeptRoom();
  const listeners = new Set<(state: KeptRoomState) => void>();
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null;

  const isNewer = (state: KeptRoomState): boolean =>
    latest === null || state.sessionId !== latest.sessionId || state.revision > latest.revision;

  const receive = (state: KeptRoomState): void => {
    if (!isNewer(state)) return;
    latest = state;
    for (const listener of listeners) listener(state);
  };

  const onMessage = (event: MessageEvent<Message>): void => {
    const message = event.data;
    if (message.kind === 'state') receive(message.state);
    // A window that has just opened asks; whoever knows a session answers with it.
    else if (message.kind === 'hello' && latest)
      channel?.postMessage({ kind: 'state', state: latest });
  };
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== ROOM_KEY || event.newValue === null) return;
    const kept = readKeptRoom();
    if (kept) receive(kept);
  };
  channel?.addEventListener('message', onMessage);
  window.addEventListener('storage', onStorage);
  channel?.postMessage({ kind: 'hello' } satisfies Message);

  return {
    current: () => latest,
    publish(state) {
      if (!isNewer(state)) return;
      latest = state;
      writeStored(ROOM_KEY, JSON.stringify(state));
      channel?.postMessage({ kind: 'state', state } satisfies Message);
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
    },
  };
}

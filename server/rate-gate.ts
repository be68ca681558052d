/**
 * Caps how often one connection may send: within each second, messages beyond the allowance are
 * dropped, and a connection that sends four times its allowance is flooding and is disconnected.
 */
export type RateVerdict = 'ok' | 'drop' | 'kick';

export class RateGate {
  private readonly windows = new Map<string, { start: number; count: number }>();

  /** Counts one message from `id`, allowed `perSecond` messages a second. */
  admit(id: string, perSecond: number, now = Date.now()): RateVerdict {
    let window = this.windows.get(id);
    if (!window || now - window.start >= 1000) {
      window = { start: now, count: 0 };
      this.windows.set(id, window);
    }
    window.count += 1;
    if (window.count > perSecond * 4) {
      this.windows.delete(id);
      return 'kick';
    }
    return window.count > perSecond ? 'drop' : 'ok';
  }

  /** Forgets a connection that has left. */
  forget(id: string): void {
    this.windows.delete(id);
  }

  clear(): void {
    this.windows.clear();
  }
}

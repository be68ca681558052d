/**
 * States from which no ending state can be reached (backward search over reversed edges). The
 * edges of state i are `edgeTo[edgeStart[i]]` up to `edgeTo[edgeStart[i + 1]]`, exclusive.
 */
export function findTrappedStates(
  edgeStart: readonly number[],
  edgeTo: readonly number[],
  isEnding: readonly boolean[],
): number[] {
  // The reversed edges, flat in the same way (by target), to spare an array per state.
  const n = isEnding.length;
  const start = new Int32Array(n + 1);
  for (const j of edgeTo) start[j + 1] = (start[j + 1] ?? 0) + 1;
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const fill = start.slice(0, n);
  const from = new Int32Array(edgeTo.length);
  for (let i = 0; i < n; i++)
    for (let k = edgeStart[i] ?? 0; k < (edgeStart[i + 1] ?? 0); k++)
      from[(fill[edgeTo[k] as number] as number)++] = i;
  const good = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++)
    if (isEnding[i]) {
      good[i] = 1;
      queue[tail++] = i;
    }
  for (let head = 0; head < tail; head++) {
    const q = queue[head] as number;
    for (let k = start[q] as number; k < (start[q + 1] as number); k++) {
      const p = from[k] as number;
      if (!good[p]) {
        good[p] = 1;
        queue[tail++] = p;
      }
    }
  }
  const trapped: number[] = [];
  for (let i = 0; i < n; i++) if (!good[i]) trapped.push(i);
  return trapped;
}

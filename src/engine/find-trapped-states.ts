/** States from which no ending state can be reached (backward search over reversed edges). */
export function findTrappedStates(
  edges: readonly number[][],
  isEnding: readonly boolean[],
): number[] {
  const reverse: number[][] = edges.map(() => []);
  edges.forEach((out, i) => out.forEach((j) => (reverse[j] as number[]).push(i)));
  const good = [...isEnding];
  const queue = good.flatMap((g, i) => (g ? [i] : []));
  for (let q = 0; q < queue.length; q++) {
    for (const p of reverse[queue[q] as number] ?? []) {
      if (!good[p]) {
        good[p] = true;
        queue.push(p);
      }
    }
  }
  return good.flatMap((g, i) => (g ? [] : [i]));
}

/**
 * Runs `deliver` once the browser has painted the DOM as it is now. Text comes first: a Phaser
 * frame on a software-rendered laptop can take 100 ms, and a stage woken in the same frame as a
 * new outcome would hold back its paint. Changes before that paint are delivered together, in order.
 */
let due: (() => void)[] | null = null;

export function afterNextPaint(deliver: () => void): void {
  if (due) {
    due.push(deliver);
    return;
  }
  due = [deliver];
  requestAnimationFrame(() =>
    setTimeout(() => {
      const now = due ?? [];
      due = null;
      for (const run of now) run();
    }, 0),
  );
}

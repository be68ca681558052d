import type { Page } from 'playwright-core';
import { waitInPage } from './wait-in-page';

/**
 * Drives the built game from inside the page, by clicking its real buttons, so that timings are
 * not padded by the bench's round trips. Every screen renders synchronously after a click, so the
 * in-page loop can read the next screen at once.
 */

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in a `__name(...)`
 * helper; functions handed to page.evaluate run in the page, where that helper does not exist.
 */
async function shimKeepNames(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
}

/** From the title to the first decision of the contractor, then waits for the stage to rest. */
export async function goToFirstDecision(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^Play Spillage/ }).click();
  await page.getByRole('button', { name: 'Play The contractor' }).click();
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('group', { name: /^Choices/ }).waitFor();
  await waitForStageAtRest(page);
}

/**
 * Waits until Phaser has drawn its first frame, has caught up with the page's size, and its loop
 * has gone to sleep (the game marks that on <html data-stage-loop>). The browser fires `resize` a
 * frame after the viewport changes, so straight after `setViewportSize` the loop can still be
 * asleep from before; the canvas matching its parent's size shows the stage has taken it in.
 */
export async function waitForStageAtRest(page: Page): Promise<void> {
  await waitInPage(
    page,
    () => performance.getEntriesByName('spillage:first-frame').length > 0,
    null,
  );
  await waitInPage(
    page,
    () => {
      const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
      const bounds = canvas?.parentElement?.getBoundingClientRect();
      if (!canvas || !bounds) return true;
      return (
        Math.abs(canvas.width - bounds.width) <= 1 && Math.abs(canvas.height - bounds.height) <= 1
      );
    },
    null,
  );
  await waitInPage(page, () => document.documentElement.dataset.stageLoop === 'asleep', null);
}

/**
 * Makes `count` choices, playing on through outcomes, endings and new roles as needed, and returns
 * for each the milliseconds from the click to the first frame painted after it.
 */
export async function timeChoices(page: Page, count: number): Promise<number[]> {
  await shimKeepNames(page);
  return page.evaluate(async (wanted) => {
    const nextFrame = () =>
      new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const buttonNamed = (pattern: RegExp) =>
      [...document.querySelectorAll<HTMLButtonElement>('#screen button')].find((b) =>
        pattern.test(b.textContent ?? ''),
      );
    const timings: number[] = [];
    let roleIndex = 0;
    for (let guard = 0; timings.length < wanted && guard < wanted * 20; guard += 1) {
      const choices = [
        ...document.querySelectorAll<HTMLButtonElement>('#screen [data-choice-key]'),
      ];
      if (choices.length > 0) {
        // A reader takes seconds over a decision: by then the stage has finished moving.
        for (
          let waited = 0;
          document.documentElement.dataset.stageLoop !== 'asleep' && waited < 200;
          waited += 1
        )
          await new Promise((done) => setTimeout(done, 25));
        const choice = choices[timings.length % choices.length];
        const started = performance.now();
        choice?.click();
        await nextFrame();
        if (!document.querySelector('#screen h1')?.textContent?.includes('What follows'))
          throw new Error('no outcome');
        timings.push(performance.now() - started);
        continue;
      }
      const onward = buttonNamed(
        /^(Begin|Continue|See how it ends|Rejoin history|Skip the check)$/,
      );
      const another = buttonNamed(/^Play another role$/);
      const roles = [...document.querySelectorAll<HTMLButtonElement>('#screen .pick-list button')];
      const next = onward ?? another ?? roles[roleIndex++ % Math.max(1, roles.length)];
      if (!next)
        throw new Error(`stuck on "${document.querySelector('#screen h1')?.textContent ?? '?'}"`);
      next.click();
      await nextFrame();
    }
    return timings;
  }, count);
}

/**
 * Plays `count` roles in turn, each from the role picker to its debrief with seeded random choices
 * and then back to the roles, all inside the page (one evaluation, so the measurement itself leaves
 * nothing behind in the page). `first` numbers the first playthrough, for the role and the seed.
 */
export async function playRoles(page: Page, count: number, first = 0): Promise<void> {
  await shimKeepNames(page);
  return page.evaluate(
    async ({ count, first }) => {
      const buttonNamed = (pattern: RegExp) =>
        [...document.querySelectorAll<HTMLButtonElement>('#screen button')].find((b) =>
          pattern.test(b.textContent ?? ''),
        );
      const heading = () => document.querySelector('#screen h1')?.textContent ?? '?';
      for (let playthrough = first; playthrough < first + count; playthrough += 1) {
        let state = 7919 * (playthrough + 1);
        const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
        const roles = [
          ...document.querySelectorAll<HTMLButtonElement>('#screen .pick-list button'),
        ];
        if (roles.length === 0) throw new Error(`not on the role picker but on "${heading()}"`);
        roles[playthrough % roles.length]?.click();
        for (let screens = 0; ; screens += 1) {
          if (screens > 200) throw new Error('no debrief after 200 screens');
          await new Promise((done) => setTimeout(done, 0));
          if (heading().startsWith('Debrief')) {
            buttonNamed(/^Play another role$/)?.click();
            break;
          }
          const choices = [
            ...document.querySelectorAll<HTMLButtonElement>('#screen [data-choice-key]'),
          ];
          const next = choices.length
            ? choices[Math.floor(random() * choices.length)]
            : buttonNamed(/^(Begin|Continue|See how it ends|Rejoin history|Skip the check)$/);
          if (!next) throw new Error(`stuck on "${heading()}"`);
          next.click();
        }
      }
    },
    { count, first },
  );
}

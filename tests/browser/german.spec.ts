import type { Page } from '@playwright/test';
import * as german from '../../src/i18n/messages/de';
import {
  addMessages,
  translate,
  type MessageKey,
  type MessageValues,
} from '../../src/i18n/translate';
import { seriousViolations } from './axe-scan';
import {
  expect,
  saveScreenshot,
  test,
  viewports,
  openWindowBy,
  expectNoTrouble,
} from './guarded-test';
import { tabTo } from './play-driver';

addMessages('de', german);

// A browser whose language is German: the game follows it without being asked. The presenter
// window opens at a laptop's size (see openWindowBy).
test.use({ locale: 'de-DE', viewport: viewports.laptop });

/** What the German catalogue says for a key: the test reads the words the game shows. */
const de = (key: MessageKey, values?: MessageValues): string => translate('de', key, values);
/** The words before a message's first argument ("Optionen: {prompt}" gives "Optionen:"). */
const lead = (key: MessageKey): string =>
  de(key, { prompt: '\u0000', ending: '\u0000' }).split('\u0000')[0]?.trim() ?? '';

/**
 * Proper names and terms that read the same in German texts (they are not English left behind);
 * English words are looked for in what remains.
 */
const NAMES = [
  /The New York Times/g,
  /The Washington Post/g,
  /The Wall Street Journal/g,
  /Equation Group/g,
  /Microsoft Office( 2013)?/g,
];
const ENGLISH_WORDS =
  /\b(the|and|you|your|what|which|this|with|from|of|is|are|were|has|have|to|for|not|choose|play|back|next|source|sources)\b/i;

/**
 * The words on screen outside anything marked as another language (verbatim excerpts carry
 * `lang="en"`), each visible text with an English word in it.
 */
async function englishOnScreen(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || !text) continue;
      if (parent.closest('[lang]')?.getAttribute('lang')?.startsWith('de') !== true) continue;
      if (parent.closest('[hidden], [aria-hidden="true"], script, style, noscript, template'))
        continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      out.push(text);
    }
    // Labels a screen reader hears count as much as text a sighted player reads.
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const name of ['aria-label', 'title', 'placeholder'])
        if (element.closest('[lang]')?.getAttribute('lang')?.startsWith('de'))
          out.push(element.getAttribute(name) ?? '');
    return out.filter(Boolean);
  });
  return texts.filter((text) =>
    ENGLISH_WORDS.test(NAMES.reduce((t, name) => t.replace(name, ''), text)),
  );
}

/** The screen in German: `lang="de"`, axe clean, and no English outside labelled excerpts. */
async function expectGermanScreen(page: Page, what: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect(await englishOnScreen(page), `English on ${what}`).toEqual([]);
  expect(await seriousViolations(page), `axe on ${what}`).toEqual([]);
}

/** Screenshots of one screen at the three sizes, German runs longer: nothing may be clipped. */
async function shootAtEverySize(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    await saveScreenshot(page, `de-${name}-${size}`);
    // Nothing wider than the screen: a long German word must wrap, not push the page sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${name} at ${size} is wider than the screen`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize(viewports.laptop);
}

test('a learner plays the contractor in German by keyboard, excerpts in English beside their translation', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize(viewports.laptop);
  await page.goto('/');
  await expect(page.getByRole('button', { name: de('title.start') })).toBeEnabled();
  await expectGermanScreen(page, 'the title');
  await shootAtEverySize(page, 'title');

  await tabTo(page, page.getByRole('button', { name: de('title.start') }));
  await expect(
    page.getByRole('heading', { level: 1, name: de('picker.chooseScenario') }),
  ).toBeFocused();
  await expectGermanScreen(page, 'the scenario picker');
  await tabTo(page, page.getByRole('button', { name: /Equation Group/ }).first());
  await expect(
    page.getByRole('heading', { level: 1, name: de('picker.chooseRole') }),
  ).toBeFocused();
  await expectGermanScreen(page, 'the role picker');
  await tabTo(
    page,
    page.getByRole('button', { name: de('picker.play', { name: 'Der Auftragnehmer' }) }),
  );
  await tabTo(page, page.getByRole('button', { name: de('selfCheck.beforeSkip') }));
  await expectGermanScreen(page, 'the briefing');

  let decisions = 0;
  for (let screens = 0; screens < 60; screens += 1) {
    if (
      await page
        .getByRole('heading', { level: 1, name: new RegExp(`^${lead('debrief.heading')}`) })
        .isVisible()
    )
      break;
    const choices = page.getByRole('group', { name: new RegExp(`^${lead('play.choices')}`) });
    if (await choices.isVisible()) {
      if (decisions === 0) {
        await expectGermanScreen(page, 'a decision');
        await shootAtEverySize(page, 'decision');
      }
      await page.keyboard.press('1');
      decisions += 1;
      await expect(
        page.getByRole('heading', { level: 1, name: de('play.whatFollows') }),
      ).toBeFocused();
      if (decisions === 1) {
        // The excerpt stays verbatim, in English and marked so; its translation is labelled.
        await page.locator('.citations summary').first().click();
        await expect(page.locator('.citation blockquote[lang="en"]').first()).toBeVisible();
        await expect(page.locator('.excerpt-translation').first()).toContainText(
          de('play.excerptTranslation'),
        );
        await expectGermanScreen(page, 'an outcome');
        await shootAtEverySize(page, 'outcome');
      }
      continue;
    }
    const onward = page.getByRole('button', {
      name: new RegExp(
        `^(${[de('play.begin'), de('play.continue'), de('play.seeHowItEnds'), de('play.rejoinHistory')].join('|')})$`,
      ),
    });
    await tabTo(page, onward.first());
  }
  expect(decisions).toBeGreaterThanOrEqual(3);
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`^${lead('debrief.heading')}`) }),
  ).toBeFocused();
  await expectGermanScreen(page, 'the debrief');
  await shootAtEverySize(page, 'debrief');

  // A shared path opens in the language it was played in, whatever the browser says.
  await page.getByRole('button', { name: de('share.heading') }).click();
  const link = await page.locator('#share-link').inputValue();
  expect(new URL(link).searchParams.get('lang')).toBe('de');
  const viewer = await page.context().browser()!.newPage({ locale: 'en-GB' });
  await viewer.goto(link);
  await expect(viewer.locator('html')).toHaveAttribute('lang', 'de');
  await expect(
    viewer.getByRole('heading', { level: 1, name: new RegExp(`^${lead('debrief.heading')}`) }),
  ).toBeVisible();
  await viewer.close();

  // The choice is kept: the menu changes the language and the game comes back where it was.
  await page.keyboard.press('Escape');
  await page.getByLabel(de('common.language')).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief/ })).toBeVisible();
});

test('a facilitator runs a decision in German: the projector and presenter speak German', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize(viewports.projector);
  await page.goto('/');
  await page.getByRole('button', { name: de('title.facilitate') }).click();
  await expect(page.getByRole('heading', { level: 1, name: de('setup.heading') })).toBeVisible();
  await page.getByLabel(de('setup.oneTeamPerRole')).check();
  await page.getByLabel(de('history.modeRoles')).check();
  for (const box of await page.locator('input[type=checkbox][id^="setup-include-"]').all())
    if ((await box.getAttribute('id')) !== 'setup-include-contractor' && (await box.isChecked()))
      await box.uncheck();
  await expectGermanScreen(page, 'the set-up');
  await shootAtEverySize(page, 'setup');

  const { window: presenter, trouble: presenterTrouble } = await openWindowBy(
    page.getByRole('button', { name: de('setup.start') }),
  );
  await expect(
    presenter.getByRole('heading', { level: 1, name: de('presenter.heading') }),
  ).toBeVisible();
  await expect(presenter.locator('html')).toHaveAttribute('lang', 'de');
  await presenter.getByRole('button', { name: de('presenter.showFirstBriefing') }).click();
  await presenter.getByRole('button', { name: de('presenter.beginRole') }).click();
  await presenter.getByRole('button', { name: de('presenter.revealChoices') }).click();
  await expectGermanScreen(page, 'the projector at a decision');
  await expectGermanScreen(presenter, 'the presenter at a decision');
  await shootAtEverySize(presenter, 'presenter-vote');

  const votes = presenter.locator('.vote-count');
  await votes.nth(0).fill('7');
  await votes.nth(1).fill('5');
  await presenter.getByLabel(de('roomVote.reason')).fill('Die Frist geht vor');
  await presenter.getByRole('button', { name: de('roomVote.recordVotes') }).click();
  await expect(page.getByText(de('projector.votes', { tally: '7-5' }))).toBeVisible();
  await expectGermanScreen(page, 'the projector at an outcome');
  await shootAtEverySize(page, 'projector-outcome');
  expectNoTrouble(presenterTrouble, 'the presenter');
});

test('the printed pack holds in German', async ({ page }) => {
  await page.setViewportSize(viewports.projector);
  await page.goto('/');
  await page.getByRole('button', { name: de('title.facilitate') }).click();
  await page.getByRole('button', { name: de('setup.printPack') }).click();
  await expectGermanScreen(page, 'the pack');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await saveScreenshot(page, 'de-pack-printed');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'the printed pack is wider than an A4 page').toBeLessThanOrEqual(0);
});

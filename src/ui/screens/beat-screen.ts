import type { ChoiceView, SessionView } from '../../engine/view-types';
import { button, el, list, paragraphs, uniqueId } from '../dom';
import { citations } from '../parts/citation';
import { classificationBanner } from '../parts/classification-banner';
import { meterBars } from '../parts/meters';
import { worldPanel } from '../parts/world-panel';
import type { Screen } from './screen';
import { roleStage } from '../../stage/stage-events';
import { t } from '../../i18n/translate';

/** What the previous screen showed, so this one can animate and announce what changed. */
export interface Previous {
  meters: ReadonlyMap<string, number>;
  changedFacts: ReadonlySet<string>;
}

/** A beat: the situation, news arriving, what you know, your meters, and the decision. */
export function beatScreen(
  view: SessionView,
  previous: Previous,
  actions: { choose: (choice: ChoiceView) => void; continue: () => void },
): Screen {
  const { beat, role } = view;
  if (!beat || !role) throw new Error('a beat screen needs a beat');
  const heading = el('h1', { id: uniqueId('beat'), text: beat.title });
  const injects = view.injects.map((inject) =>
    el(
      'aside',
      {
        className: 'inject',
        attrs: { 'aria-label': t('play.news', { headline: inject.headline }) },
      },
      el('p', { className: 'inject-kicker', text: t('play.incoming') }),
      el('h2', { text: inject.headline }),
      ...paragraphs(inject.text),
      citations(inject.sources),
    ),
  );
  const knowledge =
    beat.knows.length || beat.doesNotKnow.length
      ? el(
          'details',
          { className: 'knowledge' },
          el('summary', { text: t('play.knowledge') }),
          beat.knows.length ? el('h2', { text: t('play.youKnow') }) : null,
          list(beat.knows),
          beat.doesNotKnow.length ? el('h2', { text: t('play.youDoNotKnow') }) : null,
          list(beat.doesNotKnow),
        )
      : null;
  const discussion = beat.questions.length
    ? el(
        'details',
        { className: 'discussion' },
        el('summary', { text: t('play.talkItOver') }),
        list(beat.questions),
      )
    : null;

  const decision = view.choices.length
    ? choiceGroup(beat.prompt ?? t('play.defaultPrompt'), view.choices, actions.choose)
    : null;
  const onward = view.canContinue
    ? el('div', { className: 'actions' }, button(t('play.continue'), actions.continue, 'primary'))
    : null;

  const panel = el(
    'article',
    { className: 'panel beat', attrs: { 'aria-labelledby': heading.id } },
    classificationBanner(role.name),
    el('p', { className: 'kicker', text: role.name }),
    heading,
    ...paragraphs(beat.text),
    ...injects,
    meterBars(view.meters, previous.meters),
    decision,
    onward,
    knowledge,
    worldPanel(view.facts, previous.changedFacts),
    discussion,
  );
  return {
    nodes: [panel],
    focus: heading,
    stage: { screen: 'beat', setting: beat.setting, sound: beat.sound ?? null, ...roleStage(role) },
  };
}

/** The choices as numbered buttons in a group named "Choices: <prompt>". */
function choiceGroup(
  prompt: string,
  choices: readonly ChoiceView[],
  choose: (choice: ChoiceView) => void,
): HTMLElement {
  const promptId = uniqueId('prompt');
  return el(
    'section',
    { className: 'decision' },
    el('h2', { id: promptId, className: 'prompt', text: prompt }),
    el(
      'div',
      {
        className: 'choices',
        attrs: { role: 'group', 'aria-label': t('play.choices', { prompt }) },
      },
      ...choices.map((choice, position) =>
        el(
          'button',
          {
            className: 'choice',
            attrs: { type: 'button', 'data-choice-key': String(position + 1) },
            onClick: () => choose(choice),
          },
          el('span', {
            className: 'choice-key',
            text: String(position + 1),
            attrs: { 'aria-hidden': 'true' },
          }),
          el(
            'span',
            { className: 'choice-body' },
            el('span', { className: 'choice-label', text: choice.label }),
            choice.verb ? el('span', { className: 'choice-verb', text: ` ${choice.verb}` }) : null,
            choice.cost
              ? el('span', {
                  className: 'choice-cost',
                  text: t('play.risk', { cost: choice.cost }),
                })
              : null,
          ),
        ),
      ),
    ),
    el('p', {
      className: 'hint',
      text: t('play.choiceHint', { last: Math.min(9, choices.length) }),
    }),
  );
}

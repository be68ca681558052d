import type { Assessment } from '../../engine/assessment-schema';
import type { Reflection } from '../../engine/reflection';
import { answeredAny, checkChange, type RoleCheckAnswers } from '../../engine/check-answers';
import type { Scenario } from '../../engine/schema';
import type { LogEntry } from '../../engine/session-types';
import type { SessionView } from '../../engine/view-types';
import { buildWhoKnewWhat } from '../../facilitation/who-knew-what';
import { comparePath, hasHistoricalEnding } from '../../facilitation/history-compare';
import { pathVerdict, realityHeading } from '../../facilitation/history-words';
import { roleStage } from '../../stage/stage-events';
import { checkChangeView, checkExplained } from '../check/check-change-view';
import { button, el, list, paragraphs, type Child } from '../dom';
import { hasAboutPanel, openAboutPanel } from '../parts/about-scenario';
import { citations } from '../parts/citation';
import { classificationBanner } from '../parts/classification-banner';
import { decisionGraph } from '../parts/decision-graph';
import { pathSteps } from '../parts/path-steps';
import { reflectionField, sharedReflection } from '../parts/reflection-field';
import { whoKnewWhatView } from '../parts/who-knew-what';
import type { Screen } from './screen';
import { t } from '../../i18n/translate';
import './debrief.css';

/** What the debrief can lead to. Absent actions are not offered (a shared path is read-only). */
export interface DebriefActions {
  nextRole?: () => void;
  playAnotherRole: () => void;
  share?: () => HTMLElement;
  playThisRole?: () => void;
  /** Take the role's check again (offered until it is answered). */
  checkAgain?: () => void;
}

/** The learner's check for this role, and whether it can be taken again now. */
export interface DebriefCheck {
  assessment: Assessment;
  answers: RoleCheckAnswers;
}

/** The learner's own reflection to write (kept as typed), or a shared path's to read. */
export type DebriefReflection =
  | { kept: Reflection | undefined; keep: (reflection: Reflection) => void; shareable: boolean }
  | { shared: string };

/**
 * The debrief, taken in at a glance: on the first screen how the path ended and whether that
 * happened, what the source says, the path beside the main line, and the learner's change over
 * the check; everything else (the decisions step by step, who knew what when, what was hidden,
 * the check explained, questions) in sections the reader opens. The path is compared with history
 * only where the source says what was done; a fictional scenario is compared with nothing.
 */
export function debriefScreen(
  view: SessionView,
  scenario: Scenario,
  actions: DebriefActions,
  readOnly: boolean,
  log: readonly LogEntry[],
  check?: DebriefCheck,
  reflection?: DebriefReflection,
): Screen {
  const ending = view.ending;
  const roleView = view.role;
  const role = scenario.roles.find((r) => r.id === roleView?.id);
  if (!ending || !roleView || !role) throw new Error('a debrief needs an ending');
  const fictional = scenario.fictional === true;
  const heading = el('h1', {
    id: 'debrief-heading',
    text: t('debrief.heading', { ending: ending.title }),
  });
  const verdict = fictional
    ? []
    : pathVerdict(
        comparePath(role, ending.playerPath),
        {
          ...(ending.history ? { history: ending.history } : {}),
          roleHasHistoricalEnding: hasHistoricalEnding(role),
        },
        'you',
      );
  // The last sentence says how the ending stands to the source; the others compare the path.
  const happened = verdict.at(-1);
  const [firstParagraph, ...moreParagraphs] = paragraphs(ending.debrief);
  const revealed = ending.hiddenFacts.filter((fact) => fact.value && fact.reveal);
  const shareSlot = el('div', { className: 'share-slot' });
  // An open share panel follows the reflection, so its link always says what is written now.
  const reflectionPart =
    reflection && 'shared' in reflection
      ? sharedReflection(reflection.shared)
      : reflection
        ? reflectionField(
            reflection.kept,
            (written) => {
              reflection.keep(written);
              if (shareSlot.firstChild && actions.share) shareSlot.replaceChildren(actions.share());
            },
            reflection.shareable,
          )
        : null;
  const glance = el(
    'div',
    { className: 'debrief-glance' },
    el(
      'section',
      { className: 'glance-ending', attrs: { 'aria-labelledby': 'glance-ending-heading' } },
      el('h2', { id: 'glance-ending-heading', text: t('debrief.howItEnded') }),
      happened ? el('p', { className: 'ending-verdict', text: happened }) : null,
      firstParagraph,
      el('h2', { text: realityHeading(fictional) }),
      ...paragraphs(ending.reality.text),
    ),
    el(
      'section',
      { className: 'glance-path', attrs: { 'aria-labelledby': 'glance-path-heading' } },
      el('h2', {
        id: 'glance-path-heading',
        text: t(fictional ? 'debrief.yourPath' : 'debrief.yourPathAndSource'),
      }),
      verdict.length > 1
        ? el(
            'div',
            { className: 'verdict' },
            ...verdict.slice(0, -1).map((text) => el('p', { text })),
          )
        : null,
      decisionGraph(
        role,
        ending.playerPath,
        ending.id,
        fictional ? [] : ending.historicalPath,
        fictional ? undefined : ending.historicalEnding,
      ),
    ),
    check ? changeSection(check, actions.checkAgain) : null,
  );
  const panel = el(
    'article',
    { className: 'panel debrief debrief-wide', attrs: { 'aria-labelledby': heading.id } },
    classificationBanner(roleView.name),
    el('p', {
      className: 'kicker',
      text: readOnly ? t('debrief.sharedKicker', { role: roleView.name }) : roleView.name,
    }),
    heading,
    glance,
    reflection && 'shared' in reflection ? reflectionPart : null,
    el(
      'div',
      { className: 'debrief-more' },
      moreParagraphs.length > 0 ? more(t('debrief.moreOnEnding'), ...moreParagraphs) : null,
      citations(ending.reality.sources),
      more(t('debrief.stepByStep'), pathSteps(scenario, role, ending.playerPath)),
      more(t('whoKnew.heading'), whoKnewWhatView(buildWhoKnewWhat(scenario, [log]), 3)),
      revealed.length > 0
        ? more(
            t('debrief.whatWasHidden'),
            list(revealed.map((f) => `${f.label}: ${f.reveal ?? ''}`)),
          )
        : null,
      check && answeredAny(check.answers.after)
        ? more(t('debrief.checkExplained'), ...checkExplained(scenario, check.assessment))
        : null,
      more(t('debrief.discuss'), list(ending.questions, 'questions')),
    ),
    reflection && 'kept' in reflection ? reflectionPart : null,
    el(
      'div',
      { className: 'actions' },
      actions.nextRole && view.nextRole
        ? button(t('debrief.nextRole', { role: view.nextRole.name }), actions.nextRole, 'primary')
        : null,
      actions.playThisRole
        ? button(
            t('debrief.playYourself', { role: roleView.name }),
            actions.playThisRole,
            'primary',
          )
        : null,
      button(
        t('debrief.playAnotherRole'),
        actions.playAnotherRole,
        actions.nextRole && view.nextRole ? 'secondary' : 'primary',
      ),
      actions.share
        ? button(t('share.heading'), () => shareSlot.replaceChildren(actions.share?.() ?? ''))
        : null,
      hasAboutPanel(scenario)
        ? button(t('menu.aboutScenario'), () => openAboutPanel(scenario), 'secondary about-link')
        : null,
    ),
    shareSlot,
  );
  return {
    nodes: [panel],
    focus: heading,
    stage: { screen: 'debrief', setting: null, ...roleStage(roleView) },
  };
}

/** A section the reader opens: a disclosure with its title as the summary. */
function more(title: string, ...content: Child[]): HTMLElement {
  return el(
    'details',
    { className: 'debrief-section' },
    el('summary', {}, el('h2', { className: 'debrief-section-title', text: title })),
    ...content,
  );
}

/** The learner's change, or the way to it: the check again (once answered, the change). */
function changeSection(check: DebriefCheck, checkAgain?: () => void): HTMLElement {
  const answeredAfter = answeredAny(check.answers.after);
  return el(
    'section',
    { className: 'glance-change', attrs: { 'aria-labelledby': 'glance-change-heading' } },
    el('h2', { id: 'glance-change-heading', text: t('debrief.whatChanged') }),
    answeredAfter
      ? checkChangeView(checkChange(check.assessment, check.answers))
      : el('p', {
          text: t(
            answeredAny(check.answers.before) ? 'debrief.checkAgainHint' : 'debrief.checkNowHint',
          ),
        }),
    !answeredAfter && checkAgain ? button(t('debrief.checkAgain'), checkAgain, 'primary') : null,
  );
}

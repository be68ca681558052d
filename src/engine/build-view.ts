import { evaluateCondition } from './evaluate-condition';
import { historicalPath, type PathStep } from './historical-path';
import type { Place } from './place';
import { citeSources } from './cite-sources';
import { resolveVariants } from './resolve-variants';
import { historyOf, type History } from './history';
import type { Role, Scenario } from './schema';
import type { EngineContext } from './session-types';
import type { PathStepView, SessionView, SourceView } from './view-types';
import { factValue, meterValue } from './world';

/** Builds the plain view model of a snapshot (its place, from state meta, and its context). */
export function buildView(s: Scenario, place: Place, ctx: EngineContext): SessionView {
  const cite = (ids: string[] | undefined): SourceView[] => citeSources(s, ids);
  const role = place.kind === 'select' ? undefined : s.roles.find((r) => r.id === place.role);
  const order = s.campaign?.order ?? [];
  const view: SessionView = {
    phase: place.kind,
    scenario: {
      id: s.id,
      title: s.title,
      summary: s.summary,
      version: s.version,
      fictional: s.fictional ?? false,
    },
    mode: ctx.mode,
    roles: s.roles.map((r) => ({ id: r.id, name: r.name, summary: r.summary })),
    campaign: [...order],
    choices: [],
    canContinue: false,
    injects: [],
    meters: [],
    facts: [],
    finished: false,
  };
  if (!role) return view;
  const told = resolveVariants(
    { briefing: role.briefing, knows: role.knows ?? [] },
    role.variants,
    ctx,
  );
  view.role = {
    id: role.id,
    name: role.name,
    summary: role.summary,
    briefing: told.briefing,
    knows: told.knows,
    learningObjectives: [...(s.learningObjectives ?? []), ...(role.learningObjectives ?? [])],
    ...(role.home ? { home: role.home } : {}),
    ...(role.accent ? { accent: role.accent } : {}),
  };
  view.meters = (s.world.meters ?? [])
    .filter((m) =>
      role.meters ? role.meters.includes(m.id) : !m.roles || m.roles.includes(role.id),
    )
    .map((m) => ({
      id: m.id,
      label: m.label,
      value: meterValue(ctx.world, m.id) ?? m.initial,
      min: m.min,
      max: m.max,
    }));
  view.facts = (s.world.facts ?? [])
    .filter((f) => !f.hidden)
    .map((f) => ({
      id: f.id,
      label: f.label,
      ...(f.group ? { group: f.group } : {}),
      value: factValue(ctx.world, f.id) ?? f.initial,
      known: factValue(ctx.world, f.id) !== undefined,
    }));
  const last = ctx.log[ctx.log.length - 1];
  if (last?.type === 'choose') {
    const choice = s.roles
      .find((r) => r.id === last.role)
      ?.beats.find((b) => b.id === last.beat)
      ?.decision?.choices.find((c) => c.id === last.choice);
    if (choice?.outcome) {
      const o = choice.outcome;
      view.lastOutcome = {
        role: last.role,
        beat: last.beat,
        choice: last.choice,
        choiceLabel: choice.label,
        text: o.text,
        status: o.status,
        ...withHistory(choice),
        sources: cite(o.cites),
        basis: cite(o.basis),
      };
    }
  }
  if (place.kind === 'rejoin') {
    const rejoin = role.rejoinHistory;
    view.rejoin = {
      text: rejoin ? resolveVariants({ text: rejoin.text }, rejoin.variants, ctx).text : '',
      sources: cite(role.rejoinHistory?.cites),
    };
  } else if (place.kind === 'beat') {
    const b = role.beats.find((x) => x.id === place.id);
    if (!b) return view;
    const shown = resolveVariants(
      { text: b.text, knows: b.knows ?? [], doesNotKnow: b.doesNotKnow ?? [] },
      b.variants,
      ctx,
    );
    view.beat = {
      id: b.id,
      title: b.title,
      setting: b.setting,
      ...(b.sound ? { sound: b.sound } : {}),
      ...shown,
      questions: b.questions ?? [],
      ...(b.facilitator ? { facilitator: b.facilitator } : {}),
      ...(b.decision ? { prompt: b.decision.prompt } : {}),
    };
    view.choices = (b.decision?.choices ?? []).flatMap((c, index) =>
      evaluateCondition(c.when, ctx)
        ? [
            {
              index,
              id: c.id,
              label: c.label,
              ...(c.verb ? { verb: c.verb } : {}),
              ...(c.cost ? { cost: c.cost } : {}),
            },
          ]
        : [],
    );
    view.canContinue = !b.decision;
    view.injects = (role.injects ?? [])
      .filter((i) => i.at === b.id && evaluateCondition(i.when, ctx))
      .map((i) => ({ id: i.id, headline: i.headline, text: i.text, sources: cite(i.cites) }));
  } else if (place.kind === 'ending') {
    const e = role.endings.find((x) => x.id === place.id);
    if (!e) return view;
    const hist = historicalPath(role);
    const mine = playerPath(role, ctx);
    const next =
      ctx.mode === 'campaign'
        ? s.roles.find((r) => r.id === order[order.indexOf(role.id) + 1])
        : undefined;
    if (next) view.nextRole = { id: next.id, name: next.name };
    view.finished = !next;
    view.ending = {
      id: e.id,
      title: e.title,
      ...withHistory(e),
      debrief: resolveVariants({ debrief: e.debrief }, e.variants, ctx).debrief,
      reality: { text: e.reality.text, sources: cite(e.reality.cites) },
      questions: e.questions,
      hiddenFacts: (s.world.facts ?? [])
        .filter((f) => f.hidden)
        .map((f) => ({
          id: f.id,
          label: f.label,
          value: factValue(ctx.world, f.id) ?? f.initial,
          ...(f.reveal ? { reveal: f.reveal } : {}),
        })),
      historicalPath: describePath(role, hist.steps),
      ...(hist.ending ? { historicalEnding: hist.ending } : {}),
      playerPath: describePath(role, mine),
      onHistoricalPath: hist.ending === e.id && JSON.stringify(hist.steps) === JSON.stringify(mine),
    };
  }
  return view;
}

/** The steps the player took in a role, read from the log (a session plays each role once). */
function playerPath(role: Role, ctx: EngineContext): PathStep[] {
  const steps: PathStep[] = [];
  for (const entry of ctx.log) {
    if (entry.type === 'choose' && entry.role === role.id)
      steps.push({ beat: entry.beat, choice: entry.choice });
    if (entry.type === 'continue' && entry.role === role.id) steps.push({ beat: entry.beat });
  }
  return steps;
}

function describePath(role: Role, steps: PathStep[]): PathStepView[] {
  return steps.map((st) => {
    const b = role.beats.find((x) => x.id === st.beat);
    const c = b?.decision?.choices.find((x) => x.id === st.choice);
    return {
      beat: st.beat,
      beatTitle: b?.title ?? st.beat,
      ...(st.choice ? { choice: st.choice, choiceLabel: c?.label ?? st.choice } : {}),
      ...(c ? withHistory(c) : {}),
    };
  });
}

/** `{ history }` when the choice or ending carries a history mark, else nothing. */
function withHistory(x: { historical?: boolean; assumed?: boolean }): { history?: History } {
  const history = historyOf(x);
  return history ? { history } : {};
}

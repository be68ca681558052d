// The campaign continuity check: the texts shown in every world a campaign can reach, read
// against a table of phrases and the world facts they presuppose. The table is written by hand
// from what the texts must not contradict; it never reads the scenario's own conditions, so a
// text that forgets its guard fails here rather than passing because it agrees with itself.
import { evaluateCondition } from '../../src/engine/evaluate-condition';
import { exploreWorlds, type CampaignVisit } from '../../src/engine/explore-worlds';
import { resolveVariants } from '../../src/engine/resolve-variants';
import type { Condition, Role, Scenario } from '../../src/engine/schema';

/** A phrase that only holds in some worlds: shown anywhere else, it contradicts the world. */
export interface Presupposition {
  /** Roles whose texts the phrase is read in (its "you" means that role); all when absent. */
  roles?: readonly string[];
  phrase: RegExp;
  /** What must hold in the world wherever a text shown says the phrase. */
  presupposes: Condition;
}

/** One text the player sees at a visit, and where it comes from. */
interface Shown {
  where: string;
  text: string;
}

/** The texts a campaign visit shows, with variants resolved against its world. */
export function shownTexts(s: Scenario, v: CampaignVisit): Shown[] {
  const role = s.roles.find((r) => r.id === v.role);
  if (!role) return [];
  const out: Shown[] = [];
  const add = (where: string, ...texts: string[]): void =>
    texts.forEach((text) => out.push({ where, text }));
  if (v.kind === 'rejoin' && role.rejoinHistory) {
    const r = role.rejoinHistory;
    add('rejoinHistory', resolveVariants({ text: r.text }, r.variants, v).text);
  }
  if (v.kind === 'beat') {
    if (v.node === role.start) {
      const told = resolveVariants(
        { briefing: role.briefing, knows: role.knows ?? [] },
        role.variants,
        v,
      );
      add('briefing', told.briefing, ...told.knows);
    }
    const b = role.beats.find((x) => x.id === v.node);
    if (b) {
      const t = resolveVariants(
        { text: b.text, knows: b.knows ?? [], doesNotKnow: b.doesNotKnow ?? [] },
        b.variants,
        v,
      );
      add(`beat '${b.id}'`, t.text, ...t.knows, ...t.doesNotKnow);
    }
    for (const i of role.injects ?? [])
      if (i.at === v.node && evaluateCondition(i.when, v))
        add(`inject '${i.id}'`, i.headline, i.text);
  }
  if (v.kind === 'ending') {
    const e = role.endings.find((x) => x.id === v.node);
    if (e) {
      add(`ending '${e.id}'`, resolveVariants({ debrief: e.debrief }, e.variants, v).debrief);
      add(`ending '${e.id}' reality`, e.reality.text);
    }
  }
  return out;
}

/** Every campaign state whose shown text says a phrase its world contradicts (one line each). */
export function contradictions(s: Scenario, table: readonly Presupposition[]): string[] {
  const ex = exploreWorlds(s, {
    alsoRead: [...table.map((p) => p.presupposes), ...textConditions(s)],
  });
  if (ex.capped) return ['the campaign has too many worlds to explore'];
  const found = new Set<string>();
  for (const v of ex.campaignVisits())
    for (const { where, text } of shownTexts(s, v))
      for (const p of table) {
        if (p.roles && !p.roles.includes(v.role)) continue;
        const said = p.phrase.exec(text);
        if (said && !evaluateCondition(p.presupposes, v))
          found.add(
            `role '${v.role}', ${where}: says "${said[0]}", which needs ${JSON.stringify(p.presupposes)}, but a campaign reaches it with ${worldOf(v, p.presupposes)}`,
          );
      }
  return [...found];
}

/**
 * The structural rule: a text of a later role that says a phrase presupposing a fact an earlier
 * role can change must sit under a condition that reads that fact (its variant's or inject's
 * `when`, the variants beside a base text, or the role's `requires`).
 */
export function unguardedTexts(s: Scenario, table: readonly Presupposition[]): string[] {
  const order = s.campaign?.order ?? [];
  const out: string[] = [];
  order.forEach((roleId, k) => {
    const role = s.roles.find((r) => r.id === roleId);
    if (!role || k === 0) return;
    const earlier = factsSetBy(s.roles.filter((r) => order.slice(0, k).includes(r.id)));
    for (const { where, text, guards } of guardedTexts(role))
      for (const p of table) {
        if (p.roles && !p.roles.includes(role.id)) continue;
        const said = p.phrase.exec(text);
        if (!said) continue;
        const depends = factsOf([p.presupposes]).filter((f) => earlier.has(f));
        const read = new Set(factsOf([...guards, ...(role.requires ? [role.requires] : [])]));
        const unguarded = depends.filter((f) => !read.has(f));
        if (unguarded.length > 0)
          out.push(
            `role '${role.id}', ${where}: says "${said[0]}", which depends on ${unguarded.map((f) => `'${f}'`).join(', ')} (set by an earlier role), but no condition on it guards the text`,
          );
      }
  });
  return out;
}

/** Every text of a role with the conditions that decide whether it is shown. */
function guardedTexts(role: Role): { where: string; text: string; guards: Condition[] }[] {
  const out: { where: string; text: string; guards: Condition[] }[] = [];
  const withVariants = (
    where: string,
    base: string[],
    variants: readonly ({ when: Condition } & Record<string, unknown>)[] | undefined,
    fields: string[],
  ): void => {
    const whens = (variants ?? []).map((v) => v.when);
    base.forEach((text) => out.push({ where, text, guards: whens }));
    (variants ?? []).forEach((v, i) =>
      fields.forEach((f) =>
        [v[f]].flat().forEach((text) => {
          if (typeof text === 'string')
            out.push({ where: `${where} variant ${i + 1}`, text, guards: [v.when] });
        }),
      ),
    );
  };
  withVariants('briefing', [role.briefing, ...(role.knows ?? [])], role.variants, [
    'briefing',
    'knows',
  ]);
  const r = role.rejoinHistory;
  if (r) withVariants('rejoinHistory', [r.text], r.variants, ['text']);
  for (const i of role.injects ?? [])
    out.push(
      ...[i.headline, i.text].map((text) => ({
        where: `inject '${i.id}'`,
        text,
        guards: i.when ? [i.when] : [],
      })),
    );
  for (const b of role.beats)
    withVariants(
      `beat '${b.id}'`,
      [b.text, ...(b.knows ?? []), ...(b.doesNotKnow ?? [])],
      b.variants,
      ['text', 'knows', 'doesNotKnow'],
    );
  for (const e of role.endings) {
    withVariants(`ending '${e.id}'`, [e.debrief], e.variants, ['debrief']);
    out.push({ where: `ending '${e.id}' reality`, text: e.reality.text, guards: [] });
  }
  return out;
}

/** The facts some choice, ending or rejoin of these roles sets. */
function factsSetBy(roles: readonly Role[]): Set<string> {
  const out = new Set<string>();
  const take = (set: Record<string, boolean> | undefined): void =>
    Object.keys(set ?? {}).forEach((f) => out.add(f));
  for (const r of roles) {
    take(r.rejoinHistory?.effects?.set);
    for (const e of r.endings) take(e.effects?.set);
    for (const b of r.beats) for (const c of b.decision?.choices ?? []) take(c.effects?.set);
  }
  return out;
}

/** The `when` of every variant: the exploration must tell apart the worlds they tell apart. */
function textConditions(s: Scenario): Condition[] {
  return s.roles.flatMap((r) => [
    ...(r.variants ?? []).map((v) => v.when),
    ...(r.rejoinHistory?.variants ?? []).map((v) => v.when),
    ...r.beats.flatMap((b) => (b.variants ?? []).map((v) => v.when)),
    ...r.endings.flatMap((e) => (e.variants ?? []).map((v) => v.when)),
  ]);
}

function worldOf(v: CampaignVisit, c: Condition): string {
  const facts = factsOf([c]).map((f) => `${f} ${String(v.world.facts[f] ?? false)}`);
  const after = v.chosen.length > 0 ? ` after ${v.chosen.join(', ')}` : '';
  return `${facts.join(', ')}${after}`;
}

/** The facts conditions read. */
function factsOf(conditions: readonly Condition[]): string[] {
  const out = new Set<string>();
  const stack = [...conditions];
  for (let c = stack.pop(); c; c = stack.pop()) {
    if ('fact' in c) out.add(c.fact);
    else if ('all' in c) stack.push(...c.all);
    else if ('any' in c) stack.push(...c.any);
    else if ('not' in c) stack.push(c.not);
  }
  return [...out];
}

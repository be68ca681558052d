import {
  applyCompiled,
  applyInPlace,
  compileWorld,
  holds,
  type CompiledCondition,
  type CompiledEffect,
} from './compile-world';
import { findTrappedStates } from './find-trapped-states';
import { problem, type ProblemMessage } from './problem-message';
import { readSet } from './read-set';
import type { Condition, Scenario } from './schema';
import type { World } from './world';

export { readSet } from './read-set';

/** How many (beat, world) states the checker explores before it gives up and says so. */
export const MAX_STATES = 250_000;

/** A problem the checker found, at a role and a beat or ending (by id) when it has one. */
export interface Problem {
  code: string;
  role?: string;
  at?: string;
  message: ProblemMessage;
}

/** A state a campaign reaches: a role's beat or ending, in one world (or a rejoin screen). */
export interface CampaignVisit {
  role: string;
  /** The beat or ending id; for a rejoin, the role's start beat. */
  node: string;
  kind: 'beat' | 'ending' | 'rejoin';
  /** The world on arrival (for a rejoin: before its effects; for an ending: after its own). */
  world: World;
  chosen: string[];
}

/** What exploring every reachable (role, beat, world) state found. */
export interface Exploration {
  /**
   * Every state the campaign reaches, one per distinct world. Exact for the variables some
   * condition reads (pass the conditions a caller cares about as `alsoRead`).
   */
  campaignVisits(): CampaignVisit[];
  /** Whether choice `c` of beat `b` of role `r` (indices in the scenario) is available in some reachable world. */
  isTaken(r: number, b: number, c: number): boolean;
  /** Whether node `n` of role `r` (its beats, then its endings) is reached in some world. */
  isReached(r: number, n: number): boolean;
  states: number;
  capped: boolean;
  problems: Problem[];
}

interface Edge {
  /** A choice (rather than a beat's plain `next`). */
  choice: boolean;
  /** Set once the choice is found available in a reachable world. */
  taken: boolean;
  when: CompiledCondition | undefined;
  effects: CompiledEffect[];
  to: number;
}
interface Node {
  id: string;
  /** Set once some state is at this node. */
  reached: boolean;
  /** Its number among every role's nodes, which keys the states at it. */
  serial: number;
  beat: boolean;
  /** Choices (or the one `next`, with no condition), compiled. */
  edges: Edge[];
  decision: boolean;
  /** Effects applied on arrival (an ending's). */
  arrive: CompiledEffect[];
}
interface RoleGraph {
  id: string;
  nodes: Node[];
  start: number;
  requires: CompiledCondition | undefined;
  rejoin: CompiledEffect[];
}

/**
 * Explores every reachable (role, node, world) state breadth-first, from each role played alone
 * and from the campaign. The world is projected onto the facts, meters and earlier choices that
 * some condition reads (a short number vector), so unread variables do not multiply states.
 */
export function exploreWorlds(
  s: Scenario,
  options: { alsoRead?: readonly Condition[] } = {},
): Exploration {
  const layout = compileWorld(s, readSet(s, options.alsoRead));
  const rejoinVisits = new Map<string, { role: number; world: readonly number[] }>();
  let serial = 0;
  const roles: RoleGraph[] = s.roles.map((r) => {
    const index = new Map([...r.beats, ...r.endings].map((n, i) => [n.id, i]));
    const nodes: Node[] = [
      ...r.beats.map((b) => ({
        id: b.id,
        reached: false,
        serial: serial++,
        beat: true,
        decision: !!b.decision,
        arrive: [],
        edges: b.decision
          ? b.decision.choices.map((c) => {
              // Only choices some condition reads have a slot in the world (most have none).
              const slot =
                layout.choiceSlot.size > 0
                  ? layout.choiceSlot.get(`${r.id}.${b.id}.${c.id}`)
                  : undefined;
              const effects = layout.effects(c.effects);
              return {
                choice: true,
                taken: false,
                when: layout.condition(c.when),
                effects: slot === undefined ? effects : [...effects, { i: slot, value: 1 }],
                to: index.get(c.next) ?? -1,
              };
            })
          : [
              {
                choice: false,
                taken: false,
                when: undefined,
                effects: [],
                to: index.get(b.next ?? '') ?? -1,
              },
            ],
      })),
      ...r.endings.map((e) => ({
        id: e.id,
        reached: false,
        serial: serial++,
        beat: false,
        decision: false,
        arrive: layout.effects(e.effects),
        edges: [],
      })),
    ];
    return {
      id: r.id,
      nodes,
      start: index.get(r.start) ?? 0,
      requires: layout.condition(r.requires),
      rejoin: layout.effects(r.rejoinHistory?.effects),
    };
  });
  const roleIndex = new Map(roles.map((r, i) => [r.id, i]));
  const order = (s.campaign?.order ?? []).map((id) => roleIndex.get(id) ?? -1);

  const problems: Problem[] = [];
  const reported = new Set<string>();
  const report = (p: Problem): void => {
    const key = `${p.code}|${p.role ?? ''}|${p.at ?? ''}`;
    if (!reported.has(key)) problems.push(p);
    reported.add(key);
  };
  // States as parallel arrays: role, node, campaign flag, world vector.
  const stRole: number[] = [];
  const stNode: number[] = [];
  const stCampaign: boolean[] = [];
  const stWorld: (readonly number[])[] = [];
  // Edges between states, flat: those of state i are edgeTo[edgeStart[i] … edgeStart[i + 1]).
  const edgeTo: number[] = [];
  const edgeStart: number[] = [];
  // The states at each node (and campaign flag), by their world vector written as a string.
  const index: (Map<string, number> | undefined)[] = new Array<undefined>(serial * 2);
  let capped = false;
  const scratch: number[] = layout.initial.slice();
  const add = (role: number, node: number, world: readonly number[], campaign: boolean): number => {
    const slot = ((roles[role] as RoleGraph).nodes[node] as Node).serial * 2 + (campaign ? 1 : 0);
    const at = (index[slot] ??= new Map<string, number>());
    const key = world.length === 1 ? String(world[0]) : world.join(',');
    const known = at.get(key);
    if (known !== undefined) return known;
    if (stRole.length >= MAX_STATES) {
      capped = true;
      return -1;
    }
    at.set(key, stRole.length);
    stRole.push(role);
    stNode.push(node);
    stCampaign.push(campaign);
    stWorld.push(world === scratch ? scratch.slice() : world);
    return stRole.length - 1;
  };
  const enter = (ri: number, world: readonly number[], campaign: boolean): number => {
    const r = roles[ri] as RoleGraph;
    let w = world;
    if (r.requires && !holds(r.requires, w)) {
      if (campaign) rejoinVisits.set(`${ri}|${w.join(',')}`, { role: ri, world: w });
      w = applyCompiled(w, r.rejoin);
      if (!holds(r.requires, w)) {
        report({
          code: 'rejoin-does-not-satisfy',
          role: r.id,
          message: problem('scenarioCheck.rejoinDoesNotSatisfy', { role: r.id }),
        });
      }
    }
    return add(ri, r.start, w, campaign);
  };
  roles.forEach((_, ri) => enter(ri, layout.initial, false));
  if (order.length > 0 && (order[0] ?? -1) >= 0) enter(order[0] as number, layout.initial, true);

  const deadEnds = new Set<number>();
  for (let i = 0; i < stRole.length && !capped; i++) {
    const r = roles[stRole[i] as number] as RoleGraph;
    const node = r.nodes[stNode[i] as number] as Node;
    const world = stWorld[i] as readonly number[];
    edgeStart[i] = edgeTo.length;
    node.reached = true;
    if (!node.beat) {
      const pos = stCampaign[i] ? order.indexOf(stRole[i] as number) : -1;
      const next = pos >= 0 ? (order[pos + 1] ?? -1) : -1;
      if (next >= 0) edgeTo.push(enter(next, world, true));
      continue;
    }
    let any = false;
    for (const e of node.edges) {
      if (!holds(e.when, world) || e.to < 0) continue;
      any = true;
      if (e.choice) e.taken = true;
      const target = r.nodes[e.to] as Node;
      // The next world is written into one scratch vector and copied only for a new state.
      let next = world;
      if (e.effects.length > 0 || target.arrive.length > 0) {
        for (let k = 0; k < world.length; k++) scratch[k] = world[k] as number;
        applyInPlace(scratch, e.effects);
        applyInPlace(scratch, target.arrive);
        next = scratch;
      }
      const j = add(stRole[i] as number, e.to, next, stCampaign[i] as boolean);
      if (j >= 0) edgeTo.push(j);
    }
    if (!any) {
      deadEnds.add(i);
      report({
        code: 'dead-end',
        role: r.id,
        at: node.id,
        message: problem('scenarioCheck.deadEnd', {
          beat: node.id,
          role: r.id,
          world: layout.describe(world),
        }),
      });
    }
  }
  if (capped) {
    problems.push({
      code: 'exploration-capped',
      message: problem('scenarioCheck.explorationCapped', { states: String(MAX_STATES) }),
    });
  } else {
    const isEnding = stNode.map((n, i) => !(roles[stRole[i] as number]?.nodes[n]?.beat ?? true));
    edgeStart[stRole.length] = edgeTo.length;
    for (const i of findTrappedStates(edgeStart, edgeTo, isEnding)) {
      if (deadEnds.has(i)) continue; // already reported as a dead end
      const r = roles[stRole[i] as number] as RoleGraph;
      const at = r.nodes[stNode[i] as number]?.id ?? '';
      report({
        code: 'no-ending',
        role: r.id,
        at,
        message: problem('scenarioCheck.noEnding', { beat: at, role: r.id }),
      });
    }
  }
  const isTaken = (r: number, b: number, c: number): boolean =>
    roles[r]?.nodes[b]?.edges[c]?.taken === true;
  const isReached = (r: number, n: number): boolean => roles[r]?.nodes[n]?.reached === true;
  const campaignVisits = (): CampaignVisit[] => [
    ...[...rejoinVisits.values()].map(({ role, world }) => {
      const r = roles[role] as RoleGraph;
      const id = r.nodes[r.start]?.id ?? '';
      return { role: r.id, node: id, kind: 'rejoin' as const, ...layout.decode(world) };
    }),
    ...stRole.flatMap((role, i) => {
      if (!stCampaign[i]) return [];
      const r = roles[role] as RoleGraph;
      const node = r.nodes[stNode[i] as number] as Node;
      const kind = node.beat ? ('beat' as const) : ('ending' as const);
      return [{ role: r.id, node: node.id, kind, ...layout.decode(stWorld[i] as number[]) }];
    }),
  ];
  return { isTaken, isReached, campaignVisits, states: stRole.length, capped, problems };
}

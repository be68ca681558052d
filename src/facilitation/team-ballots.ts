/**
 * Every team decides, and participants vote from their own phones: each phone joined with the
 * team it typed, so a team's choice is the one most of its phones picked. The presenter fills the
 * teams' form from this and can still change any row before recording; a team whose phones are
 * split evenly is left for the facilitator to ask.
 */
import type { Ballot } from './live-vote';

/** What a team's phones say about one decision. */
export interface PhoneTeamVote {
  team: string;
  /** Phones that voted as this team. */
  phones: number;
  /** The choice most of them picked; null when none voted or the most picked are tied. */
  choice: string | null;
  /** A reason given for that choice (the first one cast), or ''. */
  reason: string;
}

/** Team names as people type them on a phone: case, spacing and a leading "team" do not count. */
export function teamNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^team /, '');
}

/** Each session team's phone vote, and the ballots whose team matches none of them. */
export function phoneTeamVotes(
  teams: readonly string[],
  ballots: readonly Ballot[],
): { perTeam: PhoneTeamVote[]; unmatched: Ballot[] } {
  const byKey = new Map(teams.map((team) => [teamNameKey(team), [] as Ballot[]]));
  const unmatched: Ballot[] = [];
  for (const ballot of ballots) {
    const members = byKey.get(teamNameKey(ballot.team));
    if (members) members.push(ballot);
    else unmatched.push(ballot);
  }
  const perTeam = teams.map((team) => {
    const members = byKey.get(teamNameKey(team)) ?? [];
    const choice = mostPicked(members);
    const reason = members.find((b) => b.choice === choice && b.reason !== '')?.reason ?? '';
    return { team, phones: members.length, choice, reason };
  });
  return { perTeam, unmatched };
}

function mostPicked(ballots: readonly Ballot[]): string | null {
  const counts = new Map<string, number>();
  for (const ballot of ballots) counts.set(ballot.choice, (counts.get(ballot.choice) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const leaders = [...counts].filter(([, count]) => count === top);
  return leaders.length === 1 ? leaders[0]![0] : null;
}

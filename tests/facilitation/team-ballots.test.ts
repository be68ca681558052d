import { describe, expect, it } from 'vitest';
import type { Ballot } from '../../src/facilitation/live-vote';
import { phoneTeamVotes, teamNameKey } from '../../src/facilitation/team-ballots';

let seats = 0;
const ballot = (team: string, choice: string, reason = ''): Ballot => ({
  seat: `seat-${(seats += 1)}`,
  name: '',
  team,
  choice,
  reason,
});

describe('phone votes per team', () => {
  it('matches team names however they are typed', () => {
    expect(teamNameKey('  Team   Red ')).toBe('red');
    expect(teamNameKey('RED')).toBe('red');
    expect(teamNameKey('Ｒｅｄ')).toBe('red');
    expect(teamNameKey('Teamwork')).toBe('teamwork');
  });

  it("gives each team its phones' most picked choice and a reason for it", () => {
    const { perTeam, unmatched } = phoneTeamVotes(
      ['Red', 'Blue', 'Green'],
      [
        ballot('red', 'report'),
        ballot('Team Red', 'delete', 'no one will know'),
        ballot('RED', 'report', 'it is the rule'),
        ballot('Blue', 'delete'),
        ballot('Purple', 'report', 'wrong team'),
      ],
    );
    expect(perTeam).toEqual([
      { team: 'Red', phones: 3, choice: 'report', reason: 'it is the rule' },
      { team: 'Blue', phones: 1, choice: 'delete', reason: '' },
      { team: 'Green', phones: 0, choice: null, reason: '' },
    ]);
    expect(unmatched.map((b) => b.team)).toEqual(['Purple']);
  });

  it('leaves a team split evenly for the facilitator to ask', () => {
    const { perTeam } = phoneTeamVotes(
      ['Red'],
      [ballot('Red', 'report', 'rule'), ballot('Red', 'delete', 'quiet')],
    );
    expect(perTeam[0]).toMatchObject({ phones: 2, choice: null, reason: '' });
  });
});

import { createSession, type Session } from './create-session';
import { ID_PATTERN, VERSION_PATTERN } from './ids';
import { problem, type ProblemMessage } from './problem-message';
import { decodeReflection, encodeReflection, reflectionForLink } from './reflection';
import type { Scenario } from './schema';
import type { LogEntry } from './session-types';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const CAMPAIGN = '_';
/** A path's parts take at most about 400 characters; a reflection at most 1,000 more. */
const MAX_CODE = 1_500;

/** A share code read back: which scenario, how the path starts, and the choice indices. */
export interface SharedPath {
  scenarioId: string;
  version: string;
  start: { role: string } | { campaign: true };
  choices: number[];
  /** The learner's reflection, when they chose to share it (plain text, never markup). */
  reflection?: string;
}

/**
 * Encodes a path as `<scenario-id>~<version>~<role-id or _ for the campaign>~<choices><check>`:
 * one base-36 digit per decision (its index in the decision's full list) and one check digit.
 * With a reflection, `~<its UTF-8 in base64url>` comes before the check digit (shortened to fit
 * MAX_SHARED_REFLECTION_BYTES, see `reflectionForLink`). Only URL-safe characters (letters,
 * digits, `-`, `.`, `_`, `~`).
 */
export function encodeShareCode(
  scenario: Scenario,
  log: readonly LogEntry[],
  reflection?: string,
): string {
  const start = log.find((e) => e.type === 'start');
  const head = `${scenario.id}~${scenario.version}~${start?.campaign ? CAMPAIGN : (start?.role ?? '')}~`;
  const digits = log
    .filter((e) => e.type === 'choose')
    .map((e) => {
      const choices =
        scenario.roles.find((r) => r.id === e.role)?.beats.find((b) => b.id === e.beat)?.decision
          ?.choices ?? [];
      return (
        DIGITS[
          Math.max(
            0,
            choices.findIndex((c) => c.id === e.choice),
          )
        ] ?? '0'
      );
    })
    .join('');
  const shared = reflection ? reflectionForLink(reflection).text : '';
  const body = head + digits + (shared ? `~${encodeReflection(shared)}` : '');
  return body + checkDigit(body);
}

/** Reads a share code's parts and check digit; never throws. */
export function decodeShareCode(
  code: unknown,
): { ok: true; path: SharedPath } | { ok: false; message: ProblemMessage } {
  const bad = (why: ProblemMessage) => ({
    ok: false as const,
    message: problem('playRefusals.shareInvalid', { why }),
  });
  if (typeof code !== 'string' || code.length > MAX_CODE)
    return bad(problem('playRefusals.shareNotShortText'));
  const trimmed = code.trim();
  const parts = trimmed.split('~');
  if (parts.length !== 4 && parts.length !== 5) return bad(problem('playRefusals.shareParts'));
  const [scenarioId = '', version = '', start = '', choiceDigits = '', reflectionPart] = parts;
  if (!ID_PATTERN.test(scenarioId) || !VERSION_PATTERN.test(version))
    return bad(problem('playRefusals.shareNoScenario'));
  if (start !== CAMPAIGN && !ID_PATTERN.test(start))
    return bad(problem('playRefusals.shareNoRole'));
  // The check digit ends the code: after the choices, or after the reflection when there is one.
  const digits = reflectionPart === undefined ? choiceDigits.slice(0, -1) : choiceDigits;
  if (!/^[0-9a-z]*$/.test(digits) || !/[0-9a-z]$/.test(trimmed))
    return bad(problem('playRefusals.shareChoicesDamaged'));
  if (checkDigit(trimmed.slice(0, -1)) !== trimmed.slice(-1))
    return bad(problem('playRefusals.shareCheckDigit'));
  const reflection =
    reflectionPart === undefined ? undefined : decodeReflection(reflectionPart.slice(0, -1));
  if (reflection === null) return bad(problem('playRefusals.shareReflectionDamaged'));
  return {
    ok: true,
    path: {
      scenarioId,
      version,
      start: start === CAMPAIGN ? { campaign: true } : { role: start },
      choices: [...digits].map((d) => DIGITS.indexOf(d)),
      ...(reflection !== undefined ? { reflection } : {}),
    },
  };
}

/**
 * Replays a share code on a scenario: forced steps (continue, rejoin history, next role) are taken
 * automatically; the path stops after its last choice, at the next decision or ending.
 */
export function sessionFromShareCode(
  scenario: Scenario,
  code: unknown,
): { ok: true; session: Session; reflection?: string } | { ok: false; message: ProblemMessage } {
  const decoded = decodeShareCode(code);
  if (!decoded.ok) return decoded;
  const p = decoded.path;
  if (p.scenarioId !== scenario.id)
    return {
      ok: false,
      message: problem('playRefusals.shareOtherScenario', { scenario: p.scenarioId }),
    };
  if (p.version !== scenario.version)
    return {
      ok: false,
      message: problem('playRefusals.shareOtherVersion', {
        shared: p.version,
        current: scenario.version,
      }),
    };
  const session = createSession(scenario);
  if (!session.start(p.start).ok)
    return { ok: false, message: problem('playRefusals.shareUnknownRole') };
  for (const [i, index] of p.choices.entries()) {
    advance(session, true);
    if (!session.chooseIndex(index, { at: 0 }).ok)
      return {
        ok: false,
        message: problem('playRefusals.shareChoiceUnavailable', { number: `${i + 1}` }),
      };
  }
  advance(session, false);
  return { ok: true, session, ...(p.reflection !== undefined ? { reflection: p.reflection } : {}) };
}

/** Takes the steps that need no decision; crosses to the next role only when more choices follow. */
function advance(session: Session, crossRoles: boolean): void {
  for (let guard = 0; guard < 100_000; guard++) {
    const v = session.view();
    if (v.canContinue) session.continue();
    else if (v.phase === 'rejoin') session.rejoinHistory();
    else if (crossRoles && v.phase === 'ending' && v.nextRole) session.nextRole();
    else return;
  }
}

function checkDigit(text: string): string {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) % 1_000_003;
  return DIGITS[h % 36] ?? '0';
}

/**
 * The participant page (join.html?room=CODE): its own small entry, nothing of the game loaded.
 * Asks for an optional name and team, joins the room, and shows the choices when the facilitator
 * reveals them. All text is set as text; the room server checks everything sent.
 */
import { Client } from 'colyseus.js';
import { startLanguage } from '../ui/language';
import { t } from '../i18n/translate';
import { wordJoinPage } from './join-words';
import { loadJoinMessages } from './join-messages';
import { RoomCodeSchema } from '../facilitation/live-vote';
import { joinAsParticipant } from '../live-room/participant-link';
import { readKept, writeKept } from './join-storage';
import { codeForm, profileForm, type Profile } from './join-forms';
import { votePanel } from './vote-panel';
import './join.css';

// The language first: every word below is worded in it.

const main = document.getElementById('join') as HTMLElement;
const status = document.getElementById('join-status') as HTMLElement;
// The same words again (a join retried every few seconds) are not announced again.
const say = (text: string): void => {
  if (status.textContent !== text) status.textContent = text;
};

function askForCode(why = ''): void {
  main.replaceChildren(...codeForm(why, (code) => openRoom(code)));
  main.querySelector('input')?.focus();
}

function openRoom(code: string): void {
  history.replaceState(null, '', `?room=${code}`);
  const kept = readKept(code);
  main.replaceChildren(
    ...profileForm(code, kept, (profile: Profile) => {
      writeKept(code, { ...kept, ...profile });
      enter(code, { ...kept, ...profile });
    }),
  );
  main.querySelector('h1')?.focus();
}

/** The room this page is in now (none while a form is shown). */
let current: { nudge(): void; leave(): Promise<void> } | null = null;

function enter(code: string, kept: ReturnType<typeof readKept>): void {
  const client = new Client(new URL('.', window.location.href).href.replace(/\/$/, ''));
  const panel = votePanel(
    {
      vote: (choice, reason) => link.vote(choice, reason),
      changeProfile: () => {
        void link.leave();
        current = null;
        openRoom(code);
      },
      otherCode: () => {
        void link.leave();
        current = null;
        history.replaceState(null, '', window.location.pathname);
        askForCode();
      },
    },
    code,
    kept,
  );
  main.replaceChildren(...panel.nodes);
  panel.heading.focus();
  let entered = false;
  const link = joinAsParticipant(
    client,
    code,
    {
      seat: kept.seat,
      ...(kept.name ? { name: kept.name } : {}),
      ...(kept.team ? { team: kept.team } : {}),
    },
    {
      view: (view) => panel.show(view, link.myVote()),
      status: (state) => {
        if (state === 'connecting') say(t('join.connecting'));
        if (state === 'connected') {
          entered = true;
          say(t('join.connected'));
        }
        if (state === 'reconnecting') say(t('join.reconnecting'));
      },
      accepted: (ballot) => {
        const mine = link.myVote();
        if (mine) writeKept(code, { ...kept, vote: mine });
        panel.accepted(ballot);
      },
      // A ballot's refusal comes as a key, worded here in the page's language; any other reason
      // (only a tampered page meets one) is in the server's own words, English.
      refused: (why, refusal) =>
        say(t('join.notSent', { why: refusal ? t(`roomRefusals.${refusal}`) : why })),
      notInYet: (why) => {
        // Once in, a failed rejoin (a server restart) is "reconnecting", already said; the room
        // comes back with the same code.
        if (entered) return;
        panel.notInYet(why === 'no-room');
        say(why === 'no-room' ? t('join.noRoomYet') : t('join.notInYet'));
      },
      ended: () => {
        panel.ended();
        say(t('join.endedThanks'));
        void link.leave();
      },
    },
    kept.vote,
  );
  current = link;
}

// A phone that slept, or a network that came back: try at once rather than at the next pause.
window.addEventListener('online', () => current?.nudge());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') current?.nudge();
});

void startLanguage(loadJoinMessages).then(() => {
  wordJoinPage();
  const given = new URLSearchParams(window.location.search).get('room')?.trim().toUpperCase() ?? '';
  if (given && RoomCodeSchema.safeParse(given).success) openRoom(given);
  else askForCode(given ? t('join.codeWrong') : '');
});

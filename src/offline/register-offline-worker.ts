/**
 * Registers the offline worker (built by build/offline-app.ts) once the page has loaded and the
 * browser is idle, so it never competes with the first screen. Only the production build served
 * over http(s) has a worker: the dev server and the single-file build (file://) skip this.
 */

import { idleMoment } from '../idle-moment';

/** The worker's address, relative to the page like everything else (`base: './'`). */
const WORKER_URL = './sw.js';

/** Starts registration after load and idle; safe to call once at start-up. */
export function registerOfflineWorker(): void {
  if (import.meta.env.MODE !== 'production') return;
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const start = (): void => void idleMoment({ withinMs: 3000, otherwiseMs: 1000 }).then(register);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

function register(): void {
  const container = navigator.serviceWorker;
  // A page already under a worker that sees the controller change is running an old build whose
  // files the new worker has just dropped: reload once (the autosave brings the player back).
  // On a first visit the worker merely claims the page, and nothing reloads.
  const updating = container.controller !== null;
  container.addEventListener(
    'controllerchange',
    () => {
      if (updating) location.reload();
    },
    { once: true },
  );
  container.register(WORKER_URL, { scope: './' }).catch((error: unknown) => {
    // Private windows and some policies refuse workers; the game still runs, online only.
    console.warn('Spillage: offline play is not available in this browser.', error);
  });
}

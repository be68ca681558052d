// eslint-disable-next-line no-restricted-imports -- the one place that configures zod/mini
import * as z from 'zod/mini';

// zod's small, tree-shaken build, for the records the game reads back (saves, session logs, room
// state): it sits in the game's chunk, where full zod would add three times as much. Like
// ./zod.ts, it runs without zod's eval-based compiler, which the Content-Security-Policy forbids.
z.config({ jitless: true });

export { z };

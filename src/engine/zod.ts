// eslint-disable-next-line no-restricted-imports -- the one place that configures zod
import { z } from 'zod';

// Zod compiles fast object parsers with `new Function`, after probing whether eval is allowed.
// The game's Content-Security-Policy forbids eval, and even the probe is reported as a violation,
// so the engine runs zod without that compiler. Every engine file imports zod from here.
z.config({ jitless: true });

export { z };

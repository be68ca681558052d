import fc from 'fast-check';

// Property tests draw from one fixed seed so that CI is repeatable: a failure found once is found
// on every run. `FC_SEED=<n> npm run test:unit` explores other inputs.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 1) });

/** What one `npm run bench` invocation measures and how. */
export interface BenchOptions {
  /** Fresh browser launches per target (medians are taken over these). */
  runs: number;
  /** Length of the idle-CPU window, in seconds. */
  idleSeconds: number;
  /** Pause between the idle screen being ready and the CPU window opening, in seconds. */
  settleSeconds: number;
  /** False with `--no-build`: bench the `dist/` and `dist-bench/` already on disk. */
  build: boolean;
  /** False with `--no-lighthouse`: skip the four Lighthouse runs (about three minutes). */
  lighthouse: boolean;
  /** With `--game-dist DIR`: bench an already-built game from DIR instead of building dist/. */
  gameDist?: string;
}

const usage = `usage: npm run bench -- [--runs N] [--idle-seconds S] [--settle-seconds S] [--no-build] [--no-lighthouse] [--game-dist DIR]`;

/** Reads a positive number that follows a flag, or stops with the usage line. */
function positiveNumber(flag: string, raw: string | undefined, integer: boolean): number {
  const value = Number(raw);
  if (
    raw === undefined ||
    !Number.isFinite(value) ||
    value <= 0 ||
    (integer && !Number.isInteger(value))
  ) {
    throw new Error(`${flag} needs a positive ${integer ? 'whole ' : ''}number\n${usage}`);
  }
  return value;
}

/** Parses the bench's command-line flags; defaults follow issue 2 (5 runs, 10 s idle). */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    runs: 5,
    idleSeconds: 10,
    settleSeconds: 2,
    build: true,
    lighthouse: true,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--runs') options.runs = positiveNumber(flag, argv[(i += 1)], true);
    else if (flag === '--idle-seconds')
      options.idleSeconds = positiveNumber(flag, argv[(i += 1)], false);
    else if (flag === '--settle-seconds')
      options.settleSeconds = positiveNumber(flag, argv[(i += 1)], false);
    else if (flag === '--no-build') options.build = false;
    else if (flag === '--no-lighthouse') options.lighthouse = false;
    else if (flag === '--game-dist') {
      const dir = argv[(i += 1)];
      if (!dir) throw new Error(`--game-dist needs a folder\n${usage}`);
      options.gameDist = dir;
    } else throw new Error(`unknown option ${String(flag)}\n${usage}`);
  }
  return options;
}

/** The stage's colours; the DOM layer's CSS custom properties use the same values. */
export const palette = {
  night: '#0b1622',
  nightDeep: 0x07101a,
  nightHigh: 0x132a3e,
  grid: 0x1d3a52,
  amber: 0xf2b134,
  alert: 0xe4572e,
  teal: 0x4fb3bf,
  ink: 0xe8eef3,
  /** Furniture and walls in the settings: muted, so the accents and screens carry the eye. */
  steel: 0x26405a,
  steelHigh: 0x345573,
  shadow: 0x040a11,
  paper: 0xc9d3dc,
  cardboard: 0x8a6a44,
  cork: 0x5c4630,
  wood: 0x2e2219,
  woodHigh: 0x46352a,
  sky: 0x0e2238,
  /** One accent per role, used by that role's settings (amber and teal above are two of them). */
  violet: 0xa58cf0,
  federalBlue: 0x6fa8f5,
} as const;

/** True when the player asked the system for less motion; the stage then draws still frames. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

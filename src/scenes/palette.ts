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
} as const;

/** True when the player asked the system for less motion; the stage then draws still frames. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

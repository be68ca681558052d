/** "Share my path": the link and QR code that replay a path read-only (src/ui/share-panel.ts). */
export const share = {
  heading: 'Share my path',
  loadedFromFile:
    'A link can’t replay this path: links open only the scenarios that come with Spillage, and this one was loaded from a file that other devices don’t have. To share it, send the scenario file itself; whoever loads it can play the same choices.',
  whoSees:
    'Anyone who opens this link (or scans the code) on a device with Spillage sees your path, read-only.',
  linkLabel: 'Link to your path',
  copy: 'Copy the link',
  copied: 'Link copied.',
  copyYourself: 'Select the link and copy it (Ctrl+C or ⌘C).',
  qrLabel: 'QR code of the link to your path',
  /** `box` is the label of the reflection's share box (debrief.reflectionShareBox). */
  reflectionLeftOut: 'Your reflection is not in the link (tick “{box}” to add it).',
  /** `count` characters fit, then an ellipsis. */
  reflectionShortened:
    'Your reflection is longer than a link can carry ({bytes} bytes), so the link carries its first {count} characters, ending with “…”; the whole of it stays on this device.',
  reflectionInLink: 'The link carries your reflection: whoever opens it can read it.',
} as const;

/** The addresses phones on the local network can join at, and a QR code for the terminal. */
import { networkInterfaces } from 'node:os';
import qrcode from 'qrcode-generator';

/** The participant page on each of this machine's IPv4 network addresses. */
export function joinAddresses(port: number): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((net) => net !== undefined && net.family === 'IPv4' && !net.internal)
    .map((net) => `http://${net?.address}:${port}/join.html`);
}

/** `text` as a QR code of block characters (two rows of modules per line), dark on light. */
export function terminalQr(text: string): string {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const size = code.getModuleCount();
  const quiet = 2;
  const dark = (row: number, col: number): boolean =>
    row >= 0 && col >= 0 && row < size && col < size && code.isDark(row, col);
  const lines: string[] = [];
  for (let row = -quiet; row < size + quiet; row += 2) {
    let line = '';
    for (let col = -quiet; col < size + quiet; col += 1) {
      const top = dark(row, col);
      const bottom = dark(row + 1, col);
      // Light modules are drawn (as a terminal is usually dark), so a dark module is a space.
      line += top && bottom ? ' ' : top ? '▄' : bottom ? '▀' : '█';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

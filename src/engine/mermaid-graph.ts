import type { Scenario } from './schema';

/** The scenario as a Mermaid flowchart: one subgraph per role, one edge per choice or `next`. */
export function mermaidGraph(s: Scenario): string {
  const lines = ['flowchart TD'];
  const label = (text: string): string =>
    `"${text.replace(/"/g, '#quot;').replace(/[\r\n]+/g, ' ')}"`;
  s.roles.forEach((r, ri) => {
    const ids = new Map<string, string>();
    [...r.beats, ...r.endings].forEach((n, i) => ids.set(n.id, `r${ri}n${i}`));
    const id = (node: string): string => ids.get(node) ?? `r${ri}missing`;
    lines.push(`  subgraph role${ri}[${label(r.name)}]`);
    for (const b of r.beats) lines.push(`    ${id(b.id)}[${label(b.title)}]`);
    for (const e of r.endings) lines.push(`    ${id(e.id)}([${label(e.title)}])`);
    for (const b of r.beats) {
      if (b.next) lines.push(`    ${id(b.id)} --> ${id(b.next)}`);
      for (const c of b.decision?.choices ?? [])
        lines.push(`    ${id(b.id)} -->|${label(c.label)}| ${id(c.next)}`);
    }
    lines.push('  end');
  });
  return lines.join('\n');
}

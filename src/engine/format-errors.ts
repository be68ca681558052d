import type { ScenarioError } from './scenario-error';

/** Renders errors as `file:line:column  path\n  message` blocks an author can read. */
export function formatErrors(errors: readonly ScenarioError[]): string {
  return errors
    .map((e) => {
      const where = `${e.file}:${e.line}:${e.column}`;
      return e.path ? `${where}  ${e.path}\n  ${e.message}` : `${where}\n  ${e.message}`;
    })
    .join('\n');
}

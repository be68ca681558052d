import { parse } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import type { Plugin } from 'vite';

const CATALOGUE_FILE = /\/src\/i18n\/messages\/[a-z]+\/(?!index\.ts)[^/]+\.ts$/;

/**
 * Compiles the message catalogues at build time: each ICU message becomes the syntax tree
 * intl-messageformat formats from, so the pages ship without the ICU parser (FormatJS's documented
 * set-up: messages precompiled, the parser aliased to its `no-parser` entry). A message that does
 * not parse fails the build, naming its file and text.
 */
export function precompileMessages(): Plugin {
  return {
    name: 'spillage:precompile-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE_FILE.test(id)) return undefined;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (
          ts.isPropertyAssignment(node) &&
          (ts.isStringLiteral(node.initializer) ||
            ts.isNoSubstitutionTemplateLiteral(node.initializer))
        ) {
          const message = node.initializer.text;
          let tree;
          try {
            tree = parse(message, { ignoreTag: true });
          } catch (e) {
            throw new Error(
              `${id}: the message "${message}" does not parse: ${(e as Error).message}`,
              { cause: e },
            );
          }
          edits.push({
            start: node.initializer.getStart(source),
            end: node.initializer.getEnd(),
            text: JSON.stringify(tree),
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const edit of edits.reverse())
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}

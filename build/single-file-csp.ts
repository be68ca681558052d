import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the single-file build, for a page opened from disk (file://).
 * Its code has to be inline there, so each inline <script> and <style> is allowed by its own
 * SHA-256 hash, computed here after inlining: never 'unsafe-inline', never 'unsafe-eval', and no
 * origin at all. Fonts, sounds and the icon are data: URLs; Phaser draws its textures through
 * blob: and data: images. Nothing is fetched (Howler decodes data: sounds itself), so
 * connect-src is 'none', and there is no manifest. The one worker (the scenario check) travels
 * inside the page and starts from a blob: URL.
 */
function singleFilePolicy(hashes: { scripts: string[]; styles: string[] }): string {
  return [
    "default-src 'none'",
    `script-src ${hashes.scripts.map((hash) => `'${hash}'`).join(' ')}`,
    `style-src ${hashes.styles.map((hash) => `'${hash}'`).join(' ')}`,
    'img-src blob: data:',
    'media-src blob: data:',
    'font-src data:',
    "connect-src 'none'",
    'worker-src blob:',
    "manifest-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const cspMeta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;
// vite-plugin-singlefile escapes "<!--" and "</script>" inside inlined code, so after inlining
// these only ever match real markup.
const htmlComment = /<!--[\s\S]*?-->/g;
const inlineElement = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2>)/g;

/** The hash a browser computes over an inline element's text, in CSP source form. */
function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Runs after vite-plugin-singlefile has inlined the code into `fileName`: writes the policy
 * above with the hashes of what was inlined, and turns the favicon into a data: URL. Carriage
 * returns in inline code become line feeds first, as the HTML parser would make them (and as JS
 * reads them anyway), so the hashes match what the browser sees.
 */
export function singleFileCsp(options: { fileName: string; favicon: string }): Plugin {
  return {
    name: 'spillage:single-file-csp',
    enforce: 'post',
    // A placeholder until the code is inlined, so that vite-plugin-singlefile (which looks for a
    // hash in the policy) does not warn about a policy this plugin is about to write.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          cspMeta,
          (_all, start: string, end: string) =>
            `${start}${singleFilePolicy({ scripts: ['sha256-pending'], styles: ['sha256-pending'] })}${end}`,
        ),
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[options.fileName];
        if (page?.type !== 'asset' || typeof page.source !== 'string') {
          this.error(`single-file-csp: ${options.fileName} was not built`);
        }
        const hashes = { scripts: [] as string[], styles: [] as string[] };
        // Comments go first: index.html's policy comment mentions <style>, which would confuse the
        // element scan, and it describes the served build's policy, not this one.
        let html = page.source
          .replace(htmlComment, '')
          .replace(
            inlineElement,
            (_all, open: string, tag: string, body: string, close: string) => {
              const text = body.replace(/\r\n?/g, '\n');
              if (text.includes('\0'))
                this.error(`single-file-csp: an inline <${tag}> holds a NUL character`);
              if (/\bsrc=/.test(open))
                this.error(`single-file-csp: a <script> was left external: ${open}`);
              (tag === 'script' ? hashes.scripts : hashes.styles).push(sha256(text));
              return `${open}${text}${close}`;
            },
          );
        if (!cspMeta.test(html)) this.error('single-file-csp: no Content-Security-Policy meta tag');
        html = html
          .replace(
            cspMeta,
            (_all, start: string, end: string) => `${start}${singleFilePolicy(hashes)}${end}`,
          )
          .replace(
            '<head>',
            '<head>\n    <!-- Single-file build: its policy is explained in build/single-file-csp.ts. -->',
          )
          .replace(
            /href="\.\/favicon\.png"/,
            `href="data:image/png;base64,${readFileSync(options.favicon).toString('base64')}"`,
          );
        page.source = html;
      },
    },
  };
}

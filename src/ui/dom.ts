/**
 * A tiny element builder. Text always goes in as text nodes, never as markup: scenario files are
 * data, and nothing they say is ever parsed as HTML.
 */
export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  id?: string;
  text?: string;
  attrs?: Record<string, string>;
  onClick?: () => void;
}

/** Creates an element with the given options and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.id) element.id = options.id;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {}))
    element.setAttribute(name, value);
  const { onClick } = options;
  if (onClick) element.addEventListener('click', () => onClick());
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * A button of the given kind that runs `action` when pressed. An `id` keeps focus on it when a
 * screen is drawn again for the same state (show-screen.ts restores focus by id).
 */
export function button(
  label: string,
  action: () => void,
  className = 'secondary',
  id?: string,
): HTMLButtonElement {
  return el('button', {
    ...(id ? { id } : {}),
    className,
    text: label,
    attrs: { type: 'button' },
    onClick: action,
  });
}

/** Splits scenario text into paragraphs at blank lines. */
export function paragraphs(text: string, className?: string): HTMLParagraphElement[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => el('p', { text: part, ...(className ? { className } : {}) }));
}

/** A bulleted list of plain strings, or nothing when the list is empty. */
export function list(items: readonly string[], className?: string): HTMLUListElement | null {
  if (items.length === 0) return null;
  return el('ul', className ? { className } : {}, ...items.map((item) => el('li', { text: item })));
}

let idCounter = 0;
/** A document-unique id for aria references. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/**
 * Saves text as a file: a temporary link to a blob URL with `download` set. Following that link is
 * a navigation, which the page's CSP (it lists blob: for img and media only) does not govern.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { className: 'no-print', attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoking it a moment later frees the blob.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

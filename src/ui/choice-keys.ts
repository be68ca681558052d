/** Number keys 1-9 pick the matching choice on a decision screen (unless typing or in a dialog). */
export function installChoiceKeys(): void {
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable], dialog[open]')) return;
    if (document.querySelector('dialog[open]')) return;
    const choice = document.querySelector<HTMLButtonElement>(
      `#screen [data-choice-key="${event.key}"]`,
    );
    if (!choice) return;
    event.preventDefault();
    choice.focus();
    choice.click();
  });
}

/**
 * <paved-search>: the header search. Registers the "/" shortcut and loads the search code only when the
 * reader focuses or types in the box, so pages carry almost no JavaScript until someone searches.
 */
function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

class PavedSearch extends HTMLElement {
  #loading: Promise<void> | undefined;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('[data-paved-search-input]');
    const results = this.querySelector<HTMLElement>('[data-paved-search-results]');
    if (!input || !results) return;
    const load = () => {
      this.#loading ??= import('./search-ui.ts').then((m) => m.attachSearch(this, input, results));
      return this.#loading;
    };
    input.addEventListener('focus', () => void load());
    input.addEventListener('pointerenter', () => void load(), { once: true });
    document.addEventListener('keydown', (event) => {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target)) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }
}

if (!customElements.get('paved-search')) customElements.define('paved-search', PavedSearch);

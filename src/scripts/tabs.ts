/**
 * <paved-tabs>: turns the labelled panels of an MDX <Tabs> block into an ARIA tab set (tablist, tab,
 * tabpanel), with the keyboard pattern of the ARIA Authoring Practices: Left and Right move between tabs
 * (wrapping), Home and End jump to the first and last, and a tab is shown as soon as it has focus.
 * Tab sets with the same `data-sync-key` switch together, and the choice is remembered in this browser.
 * Without JavaScript every panel is shown one after another, each under its label.
 */
let counter = 0;
const STORE = 'paved:tabs:';
const EVENT = 'paved-tabs-sync';

function remembered(key: string): string | null {
  try {
    return localStorage.getItem(STORE + key);
  } catch {
    return null;
  }
}

class PavedTabs extends HTMLElement {
  #tabs: HTMLButtonElement[] = [];
  #panels: HTMLElement[] = [];

  connectedCallback(): void {
    if (this.#tabs.length) return;
    this.#panels = Array.from(this.querySelectorAll<HTMLElement>(':scope > [data-tab-panel]'));
    if (this.#panels.length < 2) return;
    const group = ++counter;
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.className = 'tabs__list';
    if (this.dataset['label']) list.setAttribute('aria-label', this.dataset['label']);
    this.#tabs = this.#panels.map((panel, i) => {
      const label = panel.dataset['tabPanel'] ?? `Tab ${i + 1}`;
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `tabs-${group}-tab-${i}`;
      tab.className = 'tabs__tab';
      tab.setAttribute('role', 'tab');
      tab.textContent = label;
      panel.id = `tabs-${group}-panel-${i}`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      tab.setAttribute('aria-controls', panel.id);
      panel.querySelector('[data-tab-label]')?.setAttribute('hidden', '');
      tab.addEventListener('click', () => this.select(i, true));
      return tab;
    });
    list.append(...this.#tabs);
    list.addEventListener('keydown', (event) => this.#key(event));
    this.prepend(list);
    this.classList.add('tabs--ready');
    const key = this.dataset['syncKey'];
    const saved = key ? remembered(key) : null;
    const start = saved ? this.#panels.findIndex((p) => p.dataset['tabPanel'] === saved) : -1;
    this.select(start >= 0 ? start : 0, false);
    if (key) {
      document.addEventListener(EVENT, (event) => {
        const detail = (event as CustomEvent<{ key: string; label: string; from: PavedTabs }>).detail;
        if (detail.key !== key || detail.from === this) return;
        const i = this.#panels.findIndex((p) => p.dataset['tabPanel'] === detail.label);
        if (i >= 0) this.select(i, false);
      });
    }
  }

  /** Shows panel `index`; `share` tells other tab sets with the same sync key and remembers the choice. */
  select(index: number, share: boolean): void {
    this.#tabs.forEach((tab, i) => {
      const on = i === index;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = this.#panels[i];
      if (panel) panel.hidden = !on;
    });
    const key = this.dataset['syncKey'];
    const label = this.#panels[index]?.dataset['tabPanel'];
    if (share && key && label) {
      try {
        localStorage.setItem(STORE + key, label);
      } catch {
        // Storage may be off; the sets on this page still switch together.
      }
      document.dispatchEvent(new CustomEvent(EVENT, { detail: { key, label, from: this } }));
    }
  }

  #key(event: KeyboardEvent): void {
    const current = this.#tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const last = this.#tabs.length - 1;
    const target = { ArrowRight: current === last ? 0 : current + 1, ArrowLeft: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.#tabs[target]?.focus();
    this.select(target, true);
  }
}

if (!customElements.get('paved-tabs')) customElements.define('paved-tabs', PavedTabs);

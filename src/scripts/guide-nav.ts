/**
 * <paved-guide-nav>: remembers, for this browser tab, which guide categories the reader opened or closed,
 * so the sidebar looks the same on the next guide. The reader's own category is always open. On narrow
 * screens the whole menu starts folded, so the guide comes first. Without JavaScript every group still
 * opens and closes (they are <details>), and the menu starts open. Beside the text, where the sidebar
 * scrolls on its own, it starts scrolled so that the reader's guide is in view.
 */
const KEY = 'paved:guide-nav';
const NARROW = '(max-width: 49.99rem)';

function load(): Record<string, boolean> {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

class PavedGuideNav extends HTMLElement {
  connectedCallback(): void {
    const menu = this.querySelector<HTMLDetailsElement>('[data-guide-nav-menu]');
    if (menu && matchMedia(NARROW).matches) menu.open = false;
    const state = load();
    for (const group of this.querySelectorAll<HTMLDetailsElement>('[data-guide-nav-group]')) {
      const id = group.dataset['guideNavGroup'] ?? '';
      const remembered = state[id];
      if (group.dataset['current'] !== 'true' && typeof remembered === 'boolean') group.open = remembered;
      group.addEventListener('toggle', () => {
        const next = { ...load(), [id]: group.open };
        try {
          sessionStorage.setItem(KEY, JSON.stringify(next));
        } catch {
          // Storage may be off; the sidebar then simply starts from its defaults on each page.
        }
      });
    }
    if (!matchMedia(NARROW).matches) this.revealCurrent();
  }

  /** Scrolls the sidebar (not the page) so the reader's guide sits in its upper third when it would be out of view. */
  private revealCurrent(): void {
    const link = this.querySelector<HTMLElement>('a[aria-current="page"]');
    if (!link) return;
    const box = this.getBoundingClientRect();
    const at = link.getBoundingClientRect();
    if (at.bottom > box.bottom || at.top < box.top) this.scrollTop += at.top - box.top - box.height / 3;
  }
}

if (!customElements.get('paved-guide-nav')) customElements.define('paved-guide-nav', PavedGuideNav);

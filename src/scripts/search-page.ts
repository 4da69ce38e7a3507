/**
 * <paved-search-page>: full search with facets (type, owner, tag, kind, lifecycle) and their counts.
 * The query and the chosen filters live in the URL (?q=...&type=Guide&owner=...), so any view can be
 * shared. With filters and no words it browses by filters alone, which Pagefind's API allows.
 */
import { excerptNodes, loadPagefind, type PagefindResponse } from './pagefind.ts';

const FACETS = [
  { key: 'type', label: 'Type' },
  { key: 'owner', label: 'Owner' },
  { key: 'kind', label: 'Catalogue kind' },
  { key: 'lifecycle', label: 'Lifecycle' },
  { key: 'tag', label: 'Tags' },
] as const;

class PavedSearchPage extends HTMLElement {
  #sequence = 0;
  #timer: number | undefined;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('[data-search-query]');
    const form = this.querySelector('form');
    if (!input || !form) return;
    // Replace the no-JavaScript fallback with the live search.
    this.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
    this.querySelector<HTMLElement>('[data-search-layout]')?.removeAttribute('hidden');
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update();
    });
    input.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#update(), 150);
    });
    void this.#run();
  }

  #selected(): Record<string, string[]> {
    const params = new URLSearchParams(location.search);
    const out: Record<string, string[]> = {};
    for (const { key } of FACETS) {
      const values = params.getAll(key);
      if (values.length) out[key] = values;
    }
    return out;
  }

  /** Writes the query and ticked filters into the URL, then searches. */
  #update(): void {
    const input = this.querySelector<HTMLInputElement>('[data-search-query]');
    const params = new URLSearchParams();
    if (input?.value.trim()) params.set('q', input.value.trim());
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-facet]:checked')) params.append(box.dataset['facet'] ?? '', box.value);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params.toString()}` : ''}`);
    void this.#run();
  }

  async #run(): Promise<void> {
    const mine = ++this.#sequence;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLElement>('[data-search-results]')!;
    const empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
    const term = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const selected = this.#selected();
    const pagefind = await loadPagefind();
    const filters = Object.fromEntries(Object.entries(selected).map(([k, v]) => [k, { any: v }]));
    const browsing = term === '' && Object.keys(selected).length === 0;
    // Loading every filter first makes search() report counts for all of them, not only those it touched.
    const all = await pagefind.filters();
    // Pagefind returns no facet counts when given an empty options object, so pass filters only when set.
    const query = term === '' ? null : term;
    const response: PagefindResponse | undefined = browsing ? undefined : Object.keys(filters).length ? await pagefind.search(query, { filters }) : await pagefind.search(query);
    // A facet with ticked values shows its counts without its own filter, so more values can be added to it.
    const counts = Object.fromEntries(FACETS.map(({ key }) => [key, (response ? (selected[key] ? response.totalFilters[key] : response.filters[key]) : all[key]) ?? {}]));
    if (mine !== this.#sequence) return;
    this.#renderFacets(counts, selected);
    if (!response) {
      status.textContent = 'Type a word or pick a filter.';
      list.replaceChildren();
      empty.hidden = true;
      return;
    }
    const data = await Promise.all(response.results.slice(0, 50).map((r) => r.data()));
    if (mine !== this.#sequence) return;
    status.textContent = `${response.results.length} result${response.results.length === 1 ? '' : 's'}${term ? ` for "${term}"` : ''}`;
    empty.hidden = response.results.length > 0;
    list.replaceChildren(
      ...data.map((item) => {
        const li = document.createElement('li');
        li.className = 'card';
        const type = document.createElement('p');
        type.className = 'eyebrow';
        type.textContent = [item.filters['type']?.[0], item.filters['owner']?.[0]].filter(Boolean).join(' · ');
        const h = document.createElement('h2');
        h.className = "search-page__title";
        const a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.meta['title'] ?? item.url;
        h.append(a);
        const p = document.createElement('p');
        p.append(...excerptNodes(item.excerpt));
        li.append(type, h, p);
        return li;
      }),
    );
  }

  #renderFacets(counts: Record<string, Record<string, number>>, selected: Record<string, string[]>): void {
    const host = this.querySelector<HTMLElement>('[data-search-facets]')!;
    const sets = FACETS.filter(({ key }) => Object.keys(counts[key] ?? {}).length > 0).map(({ key, label }) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = label;
      fieldset.append(legend);
      const entries = Object.entries(counts[key] ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      for (const [value, count] of entries) {
        const ticked = selected[key]?.includes(value) ?? false;
        if (count === 0 && !ticked) continue;
        const labelEl = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = value;
        box.dataset['facet'] = key;
        box.checked = ticked;
        box.addEventListener('change', () => this.#update());
        const text = document.createElement('span');
        text.textContent = value;
        const num = document.createElement('span');
        num.className = 'count';
        num.textContent = String(count);
        labelEl.append(box, text, num);
        fieldset.append(labelEl);
      }
      return fieldset;
    });
    const focused = document.activeElement instanceof HTMLInputElement && document.activeElement.dataset['facet'] ? `${document.activeElement.dataset['facet']}=${document.activeElement.value}` : undefined;
    host.replaceChildren(...sets);
    if (focused) {
      const [k, v] = focused.split('=');
      Array.from(host.querySelectorAll<HTMLInputElement>('input[data-facet]')).find((b) => b.dataset['facet'] === k && b.value === v)?.focus();
    }
  }
}

if (!customElements.get('paved-search-page')) customElements.define('paved-search-page', PavedSearchPage);

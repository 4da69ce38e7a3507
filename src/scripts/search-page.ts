/**
 * <paved-search-page>: full search with facets (type, owner, tag, kind, lifecycle) and their counts.
 * The query and the chosen filters live in the URL (?q=...&type=Guide&owner=...), so any view can be
 * shared. With filters and no words it browses by filters alone, which Pagefind's API allows. Words are
 * searched through `search-engine.ts` (intent ranking, spelling suggestions, ownership answers).
 */
import { sitePath } from './base.ts';
import { excerptNodes, loadPagefind, type PagefindResponse } from './pagefind.ts';
import { searchSite, type SearchRun } from './search-engine.ts';

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
    this.dataset['searchState'] = 'busy';
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLElement>('[data-search-results]')!;
    const empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
    const note = this.querySelector<HTMLElement>('[data-search-suggestion]')!;
    const term = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const selected = this.#selected();
    const pagefind = await loadPagefind();
    const filters = Object.fromEntries(Object.entries(selected).map(([k, v]) => [k, { any: v }]));
    const browsing = term === '' && Object.keys(selected).length === 0;
    // Loading every filter first makes search() report counts for all of them, not only those it touched.
    const all = await pagefind.filters();
    let response: PagefindResponse | undefined;
    let run: SearchRun | undefined;
    let items: { url: string; title: string; type: string | undefined; owner: string | undefined; excerpt: string }[] = [];
    if (term !== '') {
      run = await searchSite(term, Object.keys(filters).length ? filters : undefined);
      response = run.response;
      items = run.results.slice(0, 50).map((r) => ({ url: r.url, title: r.title, type: r.type, owner: r.owner, excerpt: r.data.excerpt }));
      // Past the ranked candidates, Pagefind's own order.
      const more = await Promise.all(run.rest.slice(0, Math.max(0, 50 - items.length)).map((r) => r.data()));
      items.push(...more.map((d) => ({ url: d.url, title: d.meta['title'] ?? d.url, type: d.filters['type']?.[0], owner: d.filters['owner']?.[0], excerpt: d.excerpt })));
    } else if (!browsing) {
      // Browsing by filters alone: Pagefind's order, no words to rank by.
      response = await pagefind.search(null, { filters });
      const data = await Promise.all(response.results.slice(0, 50).map((r) => r.data()));
      items = data.map((d) => ({ url: d.url, title: d.meta['title'] ?? d.url, type: d.filters['type']?.[0], owner: d.filters['owner']?.[0], excerpt: d.excerpt }));
    }
    // A facet with ticked values shows its counts without its own filter, so more values can be added to it.
    const counts = Object.fromEntries(FACETS.map(({ key }) => [key, (response ? (selected[key] ? response.totalFilters[key] : response.filters[key]) : all[key]) ?? {}]));
    if (mine !== this.#sequence) return;
    this.#renderFacets(counts, selected);
    this.#renderSuggestion(note, run);
    if (!response) {
      status.textContent = 'Type a word or pick a filter.';
      list.replaceChildren();
      empty.hidden = true;
      this.#done(term);
      return;
    }
    const count = run ? run.total : response.results.length;
    const counted = `${count} result${count === 1 ? '' : 's'}`;
    // The status is the live region: it says what was searched, including a correction and an ownership answer.
    const answer = run?.answer ? `${run.answer.title}${run.answer.type === 'Team' ? ' is a team' : run.answer.owner ? ` is owned by ${run.answer.owner}` : ''}. ` : '';
    status.textContent = run?.corrected
      ? `No close match for "${run.typed}". Showing ${counted} for "${run.shown}".`
      : `${answer}${counted}${term ? ` for "${term}"` : ''}${run?.suggestion ? `. Did you mean "${run.suggestion.query}"?` : ''}`;
    empty.hidden = count > 0;
    list.replaceChildren(
      ...items.map((item, i) => {
        const li = document.createElement('li');
        li.className = 'card';
        const type = document.createElement('p');
        type.className = 'eyebrow';
        type.textContent = [item.type, item.owner].filter(Boolean).join(' · ');
        const h = document.createElement('h2');
        h.className = 'search-page__title';
        const a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.title;
        h.append(a);
        const p = document.createElement('p');
        p.append(...excerptNodes(item.excerpt));
        li.append(type, h);
        if (i === 0 && run?.answer && item.url === run.answer.url) {
          li.classList.add('search-page__answer');
          const owned = document.createElement('p');
          owned.className = 'search-page__owner';
          owned.textContent = run.answer.type === 'Team' ? `The ${run.answer.title} team's page: what it owns, its guides and how to reach it.` : run.answer.owner ? `Owned by ${run.answer.owner}.` : 'No owner recorded.';
          li.append(owned);
        }
        li.append(p);
        return li;
      }),
    );
    this.#done(term);
  }

  #done(term: string): void {
    this.dataset['searchTerm'] = term;
    this.dataset['searchState'] = 'done';
  }

  /** "Did you mean ...?" (or, after an automatic correction, "Search for ... instead"), as a link that searches in place. */
  #renderSuggestion(note: HTMLElement, run: SearchRun | undefined): void {
    note.replaceChildren();
    note.hidden = true;
    if (!run?.suggestion) return;
    const target = run.corrected ? run.typed : run.suggestion.query;
    const a = document.createElement('a');
    a.href = `${sitePath('/search/')}?q=${encodeURIComponent(target)}`;
    a.textContent = target;
    a.dataset['suggestionKind'] = run.corrected ? 'typed' : 'suggestion';
    a.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const input = this.querySelector<HTMLInputElement>('[data-search-query]');
      if (input) {
        input.value = target;
        input.focus();
      }
      this.#update();
    });
    if (run.corrected) note.append(`Showing results for "${run.shown}". Search instead for `, a, '.');
    else note.append('Did you mean ', a, '?');
    note.hidden = false;
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

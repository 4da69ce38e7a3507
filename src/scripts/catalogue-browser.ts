/**
 * <paved-catalogue>: instant filtering over the whole catalogue on /catalogue/. It reads the small index
 * the build writes (/catalogue/index.json, see BrowseIndex in src/lib/catalogue/browse.ts) and, alongside, the
 * descriptions (/catalogue/descriptions.json, filled in when they arrive), replaces the
 * server-rendered listing with tick-boxes per facet and their live counts, and keeps the filters in the
 * address (?kind=component&owner=payments&q=ledger), so a filtered view can be shared and reloads the same.
 * Within a facet the ticked values are alternatives; across facets all must hold.
 */
import { sitePath } from './base.ts';
import type { BrowseIndex } from '../lib/catalogue/browse.ts';

/** Rows added per "Show more". */
const STEP = 100;
/** Values shown per facet before "Show n more". */
const SHOWN = 10;
const LIFECYCLE_TONE: Record<string, string> = { production: 'ok', experimental: 'warn', deprecated: 'danger' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

class PavedCatalogue extends HTMLElement {
  #index: BrowseIndex | undefined;
  #descriptions: string[] = [];
  #haystack: string[] = [];
  #selected: Set<number>[] = [];
  #expanded = new Set<string>();
  #limit = STEP;
  #timer: number | undefined;

  async connectedCallback(): Promise<void> {
    const descriptions = fetch(this.dataset['descriptions'] ?? sitePath('/catalogue/descriptions.json')).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
    const response = await fetch(this.dataset['index'] ?? sitePath('/catalogue/index.json'));
    if (!response.ok) return; // the server-rendered listing stays
    const index = (await response.json()) as BrowseIndex;
    this.#index = index;
    const withDescriptions = (list: string[]) => {
      this.#descriptions = list;
      this.#haystack = index.items.map((i, n) => `${i.t} ${list[n] ?? ''}`.toLowerCase());
    };
    withDescriptions([]);
    // A shared address that searches words waits for the descriptions, so it never shows a wrong count first.
    if (new URLSearchParams(location.search).get('q')) withDescriptions(await descriptions);
    else {
      void descriptions.then((list) => {
        withDescriptions(list);
        this.#render();
      });
    }
    this.#readUrl();
    const query = this.querySelector<HTMLInputElement>('[data-browse-query]')!;
    query.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#changed(), 120);
    });
    this.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    this.querySelector('[data-browse-clear]')!.addEventListener('click', () => {
      query.value = '';
      for (const s of this.#selected) s.clear();
      this.#changed();
    });
    this.querySelector('[data-browse-more]')!.addEventListener('click', () => {
      this.#limit += STEP;
      this.#render();
    });
    window.addEventListener('popstate', () => {
      this.#readUrl();
      this.#render();
    });
    this.querySelector<HTMLElement>('[data-browse-static]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-browse-live]')!.hidden = false;
    this.#render();
  }

  /** Filters from the address; unknown values are ignored. */
  #readUrl(): void {
    const index = this.#index!;
    const params = new URLSearchParams(location.search);
    this.#selected = index.facets.map((f) => new Set(params.getAll(f.id).map((id) => f.values.findIndex((v) => v[0] === id)).filter((i) => i >= 0)));
    this.querySelector<HTMLInputElement>('[data-browse-query]')!.value = params.get('q') ?? '';
    this.#limit = STEP;
  }

  #changed(): void {
    const index = this.#index!;
    const params = new URLSearchParams();
    const q = this.querySelector<HTMLInputElement>('[data-browse-query]')!.value.trim();
    if (q) params.set('q', q);
    index.facets.forEach((f, i) => [...this.#selected[i]!].sort((a, b) => a - b).forEach((v) => params.append(f.id, f.values[v]![0])));
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
    this.#limit = STEP;
    this.#render();
  }

  #render(): void {
    const index = this.#index!;
    const words = (this.querySelector<HTMLInputElement>('[data-browse-query]')!.value.trim().toLowerCase().match(/\S+/g) ?? []);
    const counts = index.facets.map((f) => new Array<number>(f.values.length).fill(0));
    const matches: number[] = [];
    index.items.forEach((item, n) => {
      if (!words.every((w) => this.#haystack[n]!.includes(w))) return;
      // Which facets does the item fail? Counts for a facet ignore that facet's own ticks.
      const failing = index.facets.map((_, f) => this.#selected[f]!.size > 0 && !item.f[f]!.some((v) => this.#selected[f]!.has(v)));
      const failures = failing.filter(Boolean).length;
      if (failures === 0) matches.push(n);
      if (failures > 1) return;
      index.facets.forEach((_, f) => {
        if (failures === 1 && !failing[f]) return;
        for (const v of item.f[f]!) counts[f]![v]!++;
      });
    });
    this.#renderFacets(counts);
    this.#renderRows(matches);
  }

  #renderFacets(counts: number[][]): void {
    const index = this.#index!;
    const fieldsets = index.facets
      .map((facet, f) => {
        if (facet.values.length === 0) return undefined;
        const boxes = facet.values.map(([id, label], v) => {
          const box = el('input', { type: 'checkbox', value: id, checked: this.#selected[f]!.has(v) });
          box.addEventListener('change', () => {
            if (box.checked) this.#selected[f]!.add(v);
            else this.#selected[f]!.delete(v);
            this.#changed();
            this.querySelector<HTMLInputElement>(`input[type="checkbox"][data-facet="${facet.id}"][value="${CSS.escape(id)}"]`)?.focus();
          });
          box.dataset['facet'] = facet.id;
          const count = counts[f]![v]!;
          const row = el('label', {}, box, ` ${label} `, el('span', { className: 'count' }, String(count), el('span', { className: 'visually-hidden' }, count === 1 ? ' entity' : ' entities')));
          if (count === 0 && !box.checked) row.dataset['empty'] = '';
          return row;
        });
        const open = this.#expanded.has(facet.id) || facet.values.some((_, v) => v >= SHOWN && this.#selected[f]!.has(v));
        const shown = open ? boxes : boxes.slice(0, SHOWN);
        const set = el('fieldset', {}, el('legend', {}, facet.label), ...shown);
        if (boxes.length > SHOWN) {
          const toggle = el('button', { type: 'button', className: 'browse__toggle' }, open ? `Show fewer ${facet.plural}` : `Show ${boxes.length - SHOWN} more ${facet.plural}`);
          toggle.setAttribute('aria-expanded', String(open));
          toggle.addEventListener('click', () => {
            if (this.#expanded.has(facet.id)) this.#expanded.delete(facet.id);
            else this.#expanded.add(facet.id);
            this.#render();
            this.querySelector<HTMLButtonElement>(`fieldset[data-facet="${facet.id}"] .browse__toggle`)?.focus();
          });
          set.append(toggle);
        }
        set.dataset['facet'] = facet.id;
        return set;
      })
      .filter((s): s is HTMLFieldSetElement => s !== undefined);
    this.querySelector('[data-browse-facets]')!.replaceChildren(...fieldsets);
  }

  #renderRows(matches: number[]): void {
    const index = this.#index!;
    const value = (facet: string, item: BrowseIndex['items'][number]) => {
      const f = index.facets.findIndex((x) => x.id === facet);
      const v = item.f[f]?.[0];
      return v === undefined ? undefined : index.facets[f]!.values[v];
    };
    const rows = matches.slice(0, this.#limit).map((n) => {
      const item = index.items[n]!;
      const lifecycle = value('lifecycle', item)?.[1];
      const owner = value('owner', item);
      const badge = lifecycle ? el('span', { className: `badge${LIFECYCLE_TONE[lifecycle] ? ` badge--${LIFECYCLE_TONE[lifecycle]}` : ''}` }, lifecycle) : '';
      return el(
        'tr',
        {},
        el('th', { scope: 'row' }, el('a', { href: sitePath(item.h) }, item.t)),
        el('td', {}, value('kind', item)?.[1] ?? ''),
        el('td', {}, value('type', item)?.[1] ?? ''),
        el('td', {}, badge),
        el('td', {}, owner ? (owner[2] ? el('a', { href: sitePath(owner[2]) }, owner[1]) : owner[1]) : ''),
        el('td', {}, this.#descriptions[n] ?? ''),
      );
    });
    this.querySelector('[data-browse-rows]')!.replaceChildren(...rows);
    const nf = new Intl.NumberFormat('en-GB');
    const total = index.items.length;
    const shown = Math.min(this.#limit, matches.length);
    const status = this.querySelector<HTMLElement>('[data-browse-status]')!;
    status.textContent = matches.length === total
      ? `${nf.format(total)} entities${shown < total ? `, showing the first ${nf.format(shown)}` : ''}.`
      : `${nf.format(matches.length)} of ${nf.format(total)} entities match${shown < matches.length ? `, showing the first ${nf.format(shown)}` : ''}.`;
    if (matches.length === 0) status.textContent = 'No entity matches these filters. Untick one, or clear them all.';
    const more = this.querySelector<HTMLButtonElement>('[data-browse-more]')!;
    more.hidden = shown >= matches.length;
    more.textContent = `Show ${nf.format(Math.min(STEP, matches.length - shown))} more`;
  }
}

customElements.define('paved-catalogue', PavedCatalogue);

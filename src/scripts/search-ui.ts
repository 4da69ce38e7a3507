/**
 * The header search's results panel, loaded on first focus. Debounces typing, preloads the index while
 * the reader types, drops stale responses, and lets arrow keys move through results.
 */
import { sitePath } from './base.ts';
import { excerptNodes, loadPagefind } from './pagefind.ts';
import { searchSite } from './search-engine.ts';

const MAX_RESULTS = 8;

export function attachSearch(host: HTMLElement, input: HTMLInputElement, panel: HTMLElement): void {
  let sequence = 0;
  let timer: number | undefined;
  panel.id ||= 'site-search-results';
  // aria-expanded is not allowed on a search box (only on a combobox); the live region below announces results instead.
  input.setAttribute('aria-controls', panel.id);
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  host.append(live);

  const close = () => {
    panel.hidden = true;
  };

  const run = async (term: string) => {
    const mine = ++sequence;
    if (term.trim() === '') {
      close();
      panel.replaceChildren();
      live.textContent = '';
      return;
    }
    const run = await searchSite(term, undefined, { whole: 10, perWord: 4 });
    if (mine !== sequence) return; // a newer search has started: drop this one
    const list = document.createElement('ul');
    list.className = 'search-results';
    for (const item of run.results.slice(0, MAX_RESULTS)) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.className = 'search-results__link';
      const type = document.createElement('span');
      type.className = 'search-results__type';
      type.textContent = item === run.answer && item.owner && item.type !== 'Team' ? `${item.type} · owned by ${item.owner}` : item.type;
      const title = document.createElement('span');
      title.className = 'search-results__title';
      title.textContent = item.title;
      const excerpt = document.createElement('span');
      excerpt.className = 'search-results__excerpt';
      excerpt.append(...excerptNodes(item.data.excerpt));
      a.append(type, title, excerpt);
      li.append(a);
      list.append(li);
    }
    const notes: HTMLElement[] = [];
    if (run.suggestion) {
      const p = document.createElement('p');
      p.className = 'search-results__more';
      const a = document.createElement('a');
      const target = run.corrected ? run.typed : run.suggestion.query;
      a.href = `${sitePath('/search/')}?q=${encodeURIComponent(target)}`;
      a.textContent = target;
      if (run.corrected) p.append(`Showing results for "${run.shown}". Search instead for `, a);
      else p.append('Did you mean ', a, '?');
      notes.push(p);
    }
    const footer = document.createElement('p');
    footer.className = 'search-results__more';
    const all = document.createElement('a');
    const count = run.total;
    all.href = `${sitePath('/search/')}?q=${encodeURIComponent(term)}`;
    all.textContent = count ? `All ${count} result${count === 1 ? '' : 's'}, with filters` : `No results for "${term}": browse the catalogue and guides`;
    footer.append(all);
    panel.replaceChildren(...notes, ...(count ? [list] : []), footer);
    panel.hidden = false;
    const counted = `${count} result${count === 1 ? '' : 's'}`;
    live.textContent = run.corrected ? `No close match for "${term}". Showing ${counted} for "${run.shown}".` : `${counted}${run.suggestion ? `. Did you mean "${run.suggestion.query}"?` : ''}`;
  };

  input.addEventListener('input', () => {
    const term = input.value;
    void loadPagefind().then((p) => p.preload(term));
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(term), 120);
  });

  const links = () => Array.from(panel.querySelectorAll<HTMLAnchorElement>('a'));
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (panel.hidden) return;
    const items = links();
    if (!items.length) return;
    event.preventDefault();
    const index = items.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? (index + 1) % items.length : index <= 0 ? (index === 0 ? -1 : items.length - 1) : index - 1;
    if (next === -1) input.focus();
    else items[next]?.focus();
  });
  host.addEventListener('focusout', (event) => {
    if (!host.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value) void run(input.value);
}

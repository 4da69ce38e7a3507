/**
 * <paved-toc>: marks the table-of-contents link of the section being read (aria-current="true"), in
 * every table of contents on the page. An IntersectionObserver wakes it when a heading crosses the reading
 * line near the top of the window; the current section is the last heading above that line.
 */
const instances = new Set<HTMLElement>();
let started = false;

function links(): HTMLAnchorElement[] {
  return [...instances].flatMap((toc) => Array.from(toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')));
}

function start(): void {
  if (started) return;
  started = true;
  const ids = [...new Set(links().map((a) => (a.getAttribute('href') ?? '').slice(1)))];
  const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  if (!headings.length) return;
  let current = '';
  // The reading line: a heading above it has started the section being read.
  const line = () => Math.round(Math.min(window.innerHeight / 4, 150));
  const update = () => {
    const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    let active = atEnd ? headings[headings.length - 1] : undefined;
    if (!active) for (const h of headings) if (h.getBoundingClientRect().top <= line()) active = h;
    const id = active?.id ?? '';
    if (id === current) return;
    current = id;
    for (const a of links()) {
      if (id && a.getAttribute('href') === `#${id}`) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  // Watch the band above the reading line, so a heading crossing the line wakes the update.
  let observer: IntersectionObserver | undefined;
  const observe = () => {
    observer?.disconnect();
    observer = new IntersectionObserver(update, { rootMargin: `0px 0px -${Math.max(0, window.innerHeight - line())}px 0px` });
    for (const h of headings) observer.observe(h);
  };
  observe();
  let resize: number | undefined;
  window.addEventListener('resize', () => {
    window.clearTimeout(resize);
    resize = window.setTimeout(observe, 150);
  });
  // The end of the page may be reached before the last heading crosses the line (a short last section).
  const end = document.createElement('div');
  end.setAttribute('aria-hidden', 'true');
  document.querySelector('main')?.append(end);
  new IntersectionObserver(update).observe(end);
  // A long jump can land with no heading near the line, so nothing crossed it: settle when scrolling stops.
  window.addEventListener('scrollend', update);
  update();
}

class PavedToc extends HTMLElement {
  connectedCallback(): void {
    instances.add(this);
    // Wait until every table of contents on the page has connected.
    queueMicrotask(start);
  }
}

if (!customElements.get('paved-toc')) customElements.define('paved-toc', PavedToc);

/**
 * <paved-toc>: marks the table-of-contents link of the section being read (aria-current="true"), in
 * every table of contents on the page. An IntersectionObserver wakes it when a heading crosses the
 * viewport; the current section is the last heading above the top third of the window.
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
  const update = () => {
    const line = window.innerHeight / 3;
    const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    let active = atEnd ? headings[headings.length - 1] : undefined;
    if (!active) for (const h of headings) if (h.getBoundingClientRect().top <= line) active = h;
    const id = active?.id ?? '';
    if (id === current) return;
    current = id;
    for (const a of links()) {
      if (id && a.getAttribute('href') === `#${id}`) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(update, { threshold: [0, 1], rootMargin: '0px 0px -40% 0px' });
  for (const h of headings) observer.observe(h);
  // The end of the page may be reached without a heading crossing the line (a short last section).
  const end = document.createElement('div');
  end.setAttribute('aria-hidden', 'true');
  document.querySelector('main')?.append(end);
  observer.observe(end);
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

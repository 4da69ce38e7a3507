/**
 * <paved-path-progress>: tick-boxes for an onboarding path, remembered in this browser (localStorage).
 * Without JavaScript the path reads as an ordinary ordered list; the boxes appear only when they work.
 */
class PavedPathProgress extends HTMLElement {
  connectedCallback(): void {
    const key = `paved:path:${this.dataset['path'] ?? ''}`;
    const boxes = Array.from(this.querySelectorAll<HTMLInputElement>('input[data-step]'));
    const summary = this.querySelector<HTMLElement>('[data-progress-summary]');
    let done: string[] = [];
    try {
      done = JSON.parse(localStorage.getItem(key) ?? '[]') as string[];
    } catch {
      done = [];
    }
    const update = () => {
      const ticked = boxes.filter((b) => b.checked).length;
      if (summary) {
        summary.hidden = false;
        summary.textContent = `${ticked} of ${boxes.length} steps done`;
      }
      // Each day says how far along it is too.
      for (const line of this.querySelectorAll<HTMLElement>('[data-day-progress]')) {
        const day = Array.from(line.parentElement?.querySelectorAll<HTMLInputElement>('input[data-step]') ?? []);
        const done = day.filter((b) => b.checked).length;
        line.hidden = false;
        line.textContent = done === day.length ? 'Day done' : `${done} of ${day.length} done`;
      }
    };
    for (const box of boxes) {
      box.hidden = false;
      box.checked = done.includes(box.dataset['step'] ?? '');
      box.addEventListener('change', () => {
        const list = boxes.filter((b) => b.checked).map((b) => b.dataset['step'] ?? '');
        try {
          localStorage.setItem(key, JSON.stringify(list));
        } catch {
          // Storage may be disabled; the boxes still work for this visit.
        }
        update();
      });
    }
    update();
  }
}
if (!customElements.get('paved-path-progress')) customElements.define('paved-path-progress', PavedPathProgress);

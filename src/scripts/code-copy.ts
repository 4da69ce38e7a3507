/**
 * <paved-code-copy>: adds a "Copy" button to every code block inside it. The button appears only when
 * the browser offers the clipboard, so there is never a control that does nothing; without JavaScript
 * the code is selectable as usual.
 */
class PavedCodeCopy extends HTMLElement {
  connectedCallback(): void {
    if (!navigator.clipboard || !window.isSecureContext) return;
    const status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    this.append(status);
    for (const pre of this.querySelectorAll<HTMLPreElement>('pre')) {
      if (pre.parentElement?.classList.contains('code-block')) continue;
      const wrapper = document.createElement('div');
      wrapper.className = 'code-block';
      pre.before(wrapper);
      wrapper.append(pre);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'code-copy';
      button.textContent = 'Copy';
      const language = pre.dataset['language'];
      button.setAttribute('aria-label', language && language !== 'plaintext' ? `Copy ${language} code` : 'Copy code');
      let timer: number | undefined;
      button.addEventListener('click', () => {
        const code = (pre.querySelector('code') ?? pre).textContent ?? '';
        navigator.clipboard.writeText(code.replace(/\n$/, '')).then(
          () => {
            button.textContent = 'Copied';
            status.textContent = 'Code copied to the clipboard';
          },
          () => {
            button.textContent = 'Copy failed';
            status.textContent = 'The browser did not allow copying; select the code and copy it by hand';
          },
        );
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          button.textContent = 'Copy';
          status.textContent = '';
        }, 2000);
      });
      wrapper.append(button);
    }
  }
}

if (!customElements.get('paved-code-copy')) customElements.define('paved-code-copy', PavedCodeCopy);

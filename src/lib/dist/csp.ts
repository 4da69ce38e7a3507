/**
 * The Content-Security-Policy every page carries in a <meta> element (src/layouts/Base.astro). Everything
 * comes from the site itself; no inline script is allowed, and the build emits none (scripts are external
 * modules: `vite.build.assetsInlineLimit: 0` in astro.config.mjs). A test over dist/ (e2e/security.spec.ts)
 * checks that every page has this policy and nothing that breaks it, and the browser tests fail on any
 * violation, because Chromium reports each one as a console error.
 *
 * A <meta> policy cannot set `frame-ancestors`, `report-uri` or `sandbox`: a host that can send headers
 * should send this policy plus `frame-ancestors 'none'` as a real Content-Security-Policy header.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it allows compiling Wasm, not eval()).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // Style attributes only: Shiki writes token colours as inline custom properties and progress bars set
  // their width. A style attribute cannot run code; <style> elements stay forbidden.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const CSP = CSP_DIRECTIVES.join('; ');

/** The policy as a map of directive to its sources, for tests that reason about it. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

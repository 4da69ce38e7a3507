/**
 * Accessibility geometry. This domain owns the measuring rules of the accessibility checks that axe
 * cannot make: target sizes (WCAG 2.5.8) and whether a sticky header covers the focused element (2.4.11).
 */
export * from './geometry.ts';

/**
 * Scaffolding: what `paved new` writes. This domain owns the text of a new guide, playbook, roadmap item,
 * finding, update, onboarding path and catalogue entity (Component, API, Resource, System, Group,
 * Template), the `TODO(author)` marker for what only the author can fill in and the check that reports
 * each marker left, and the defaults picked when a flag is left out (the owning team, the catalogue file).
 */
export * from './choices.ts';
export * from './placeholders.ts';
export * from './templates.ts';

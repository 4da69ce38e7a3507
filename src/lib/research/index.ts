/**
 * Research: the platform interviews toolkit. This domain owns the evidence computed from coded interview
 * notes (interviews, teams, severity and quotes per theme), synthesis and saturation, the research rules
 * (consent, retention, pseudonyms), the note template, and the saturation chart's geometry.
 */
export * from './check.ts';
export * from './evidence.ts';
export * from './note-template.ts';
export * from './saturation-chart.ts';
export * from './synthesis.ts';

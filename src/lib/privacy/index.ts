/**
 * Privacy owns the personal-data check: what counts as personal data in published text (e-mail
 * addresses, obfuscated ones too, phone numbers, personal profile links, names from the private research
 * roster), how text is taken out of the files as readers see it (YAML decoded, Markdown and MDX reduced,
 * character references decoded, NFKC and accent folding), the allowances, masking, and the scan of the
 * built site and its search index.
 */
export * from './fold.ts';
export * from './detect.ts';
export * from './extract.ts';
export * from './allow.ts';
export * from './mask.ts';
export * from './scan.ts';
export * from './output.ts';
export * from './check.ts';

/**
 * Reads `paved.config.yaml` (src/schemas/config.ts) with its lines, for the build and the toolkit alike.
 * A missing file is the default configuration; an invalid one is a problem naming the file, line and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, DEFAULT_CONFIG, SiteConfigSchema, type SiteConfig } from '../schemas/config.ts';
import type { Problem } from '../lib/content/problems.ts';
import { validate } from '../lib/content/validate.ts';
import { parseYamlFile } from './parse.ts';

export function loadConfig(root: string): { config: SiteConfig; problems: Problem[] } {
  const file = path.join(root, CONFIG_FILE);
  if (!existsSync(file)) return { config: DEFAULT_CONFIG, problems: [] };
  const parsed = parseYamlFile(readFileSync(file, 'utf8'), CONFIG_FILE);
  if (!parsed.value) return { config: DEFAULT_CONFIG, problems: parsed.problems };
  const checked = validate(SiteConfigSchema, parsed.value.data ?? {}, CONFIG_FILE, parsed.value.lineOf);
  return { config: checked.value ?? DEFAULT_CONFIG, problems: checked.problems };
}

/**
 * A temporary copy of the sample repository's content/ (without the metrics rows, which no toolkit test
 * here needs and which take the longest to read) and research/, for tests that write into it.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export function sampleCopy(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'paved-sample-'));
  for (const d of readdirSync(path.join(REPO, 'content'))) {
    if (d !== 'metrics') cpSync(path.join(REPO, 'content', d), path.join(root, 'content', d), { recursive: true });
  }
  cpSync(path.join(REPO, 'research'), path.join(root, 'research'), { recursive: true, filter: (f) => !f.includes('roster.private') });
  cpSync(path.join(REPO, 'paved.config.yaml'), path.join(root, 'paved.config.yaml'));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

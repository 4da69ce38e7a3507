/**
 * A small research repository written to a fresh temporary folder: three teams and an interviewer in
 * the catalogue, three themes, one finding, the real note template, and four interview notes that cover
 * every consent case. The figures it yields are worked out by hand in tests/research-cli.test.ts.
 *
 *   note              team       consent              observations
 *   2026-01-10-p01    payments   publish, quotes      waiting (pain 3, quote), ci (pain 2)
 *   2026-01-12-p02    shipments  none                 waiting (need 2, quote), docs (pain 1)
 *   2026-01-15-p03    payments   publish, no quotes   waiting (workaround 2, quote)
 *   2026-01-20-p04    platform   publish, quotes      none
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** Text found only in the unpublished note, p02. */
export const UNPUBLISHED_QUOTE = 'Nobody outside this room should read this sentence.';
export const PUBLISHED_QUOTE = 'The database arrived after the feature was forgotten.';
export const NO_CONSENT_QUOTE = 'We copy the tables across by hand every Friday.';

const ORG = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: platform
spec:
  type: team
  children: []
  members: [ada]
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: payments
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: shipments
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: ada
spec:
  memberOf: [platform]
`;

const THEMES = `themes:
  - id: waiting
    title: Waiting for infrastructure
    description: Work waits for another team to create something.
  - id: ci
    title: Slow CI
    description: Pipelines are slow or flaky.
  - id: docs
    title: Scattered docs
    description: Information is missing or spread out.
`;

const FINDING = `---
title: Waiting costs weeks
summary: Finished code waits for infrastructure.
owner: platform
updated: 2026-02-01
---

## What we learned

Teams wait for databases.
`;

function note(o: { date: string; code: string; team: string; publish: boolean; quotes: boolean; observations: string; body: string }): string {
  return `---
title: "${o.code}: engineer, ${o.team}"
date: ${o.date}
interviewer: user:ada
participant:
  code: ${o.code}
  team: group:${o.team}
  role: engineer
  tenureMonths: 12
consent:
  publish: ${o.publish}
  quotes: ${o.quotes}
  recorded: ${o.date}
retainUntil: 2027-06-30
observations:${o.observations || ' []'}
---

## Context

${o.body}
`;
}

export const NOTES: Record<string, string> = {
  'research/interviews/2026-01-10-p01.md': note({
    date: '2026-01-10', code: 'P01', team: 'payments', publish: true, quotes: true, body: 'A payments engineer talked about databases.',
    observations: `
  - theme: waiting
    kind: pain
    severity: 3
    note: Waited two weeks for a database.
    quote: "${PUBLISHED_QUOTE}"
  - theme: ci
    kind: pain
    severity: 2
    note: Builds fail at random.`,
  }),
  'research/interviews/2026-01-12-p02.md': note({
    date: '2026-01-12', code: 'P02', team: 'shipments', publish: false, quotes: false, body: 'A private conversation about topics and wiki pages.',
    observations: `
  - theme: waiting
    kind: need
    severity: 2
    note: Wants topics without a ticket.
    quote: "${UNPUBLISHED_QUOTE}"
  - theme: docs
    kind: pain
    severity: 1
    note: The wiki is out of date.`,
  }),
  'research/interviews/2026-01-15-p03.md': note({
    date: '2026-01-15', code: 'P03', team: 'payments', publish: true, quotes: false, body: 'Another payments engineer, newer to the team.',
    observations: `
  - theme: waiting
    kind: workaround
    severity: 2
    note: Copies tables into an existing database while waiting.
    quote: "${NO_CONSENT_QUOTE}"`,
  }),
  'research/interviews/2026-01-20-p04.md': note({
    date: '2026-01-20', code: 'P04', team: 'platform', publish: true, quotes: true, body: 'A short interview that was never coded.', observations: '',
  }),
};

export type Overrides = Record<string, string | null | ((text: string) => string)>;

/** Writes the fixture, applies the overrides (new text, a function of the old text, or null to delete). */
export function makeResearchFixture(overrides: Overrides = {}): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'paved-research-'));
  const files: Record<string, string> = {
    'content/catalogue/org.yaml': ORG,
    'research/themes.yaml': THEMES,
    'research/templates/interview-note.md': readFileSync(path.join(repo, 'research/templates/interview-note.md'), 'utf8'),
    'content/findings/waiting.mdx': FINDING,
    ...NOTES,
  };
  for (const [file, change] of Object.entries(overrides)) {
    if (change === null) delete files[file];
    else files[file] = typeof change === 'function' ? change(files[file] ?? '') : change;
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs `fn` with console output captured; returns what it printed. */
export async function capture<T>(fn: () => Promise<T>): Promise<{ value: T; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const { log, error } = console;
  console.log = (...args: unknown[]) => void out.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void err.push(args.map(String).join(' '));
  try {
    const value = await fn();
    return { value, out: out.join('\n'), err: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

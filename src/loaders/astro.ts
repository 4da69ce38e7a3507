/**
 * Custom Astro content loaders: the catalogue (multi-document Backstage YAML, Location fan-out), the
 * interview notes (reduced to what consent allows before anything is stored) and the coding frame.
 * They reuse the toolkit's readers, so the site and `paved check` read files identically.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { CATALOGUE_DIR, toInterviewRecord } from '../schemas/index.ts';
import { ContentError, type Problem } from '../lib/content/problems.ts';
import { refKey } from '../lib/catalogue/refs.ts';
import { entityRefOf } from '../lib/catalogue/relations.ts';
import { readCatalogueFiles } from './catalogue/index.ts';
import { listFiles, loadInterviews, loadThemes } from './content.ts';
import { contentGuard } from './guard.ts';

function fail(problems: Problem[]): void {
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
}

export function catalogueLoader(): Loader {
  return {
    name: 'paved-catalogue',
    load: async ({ config, store, parseData, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const { entities, problems } = readCatalogueFiles(root, listFiles(root, CATALOGUE_DIR, ['.yaml', '.yml'], true), contentGuard(root));
      fail(problems);
      store.clear();
      for (const source of entities) {
        const id = refKey(entityRefOf(source.entity));
        const raw = { entity: source.entity, file: source.file, document: source.document, line: source.line, ...(source.missingTargets ? { missingTargets: source.missingTargets } : {}) };
        const data = await parseData({ id, data: raw, filePath: source.file });
        store.set({ id, data, digest: generateDigest(raw as unknown as Record<string, unknown>) });
      }
    },
  };
}

export function interviewsLoader(): Loader {
  return {
    name: 'paved-interviews',
    load: async ({ config, store, parseData, renderMarkdown, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const problems: Problem[] = [];
      const notes = loadInterviews(root, problems);
      fail(problems);
      store.clear();
      for (const note of notes) {
        const record = toInterviewRecord(note.data);
        const data = await parseData({ id: note.id, data: record as unknown as Record<string, unknown> });
        // Only a note with publish consent keeps its body; the others keep no text at all.
        const rendered = record.published && note.body ? await renderMarkdown(note.body) : undefined;
        store.set({ id: note.id, data, digest: generateDigest(JSON.stringify(record) + (record.published ? note.body ?? '' : '')), ...(rendered ? { rendered } : {}) });
      }
    },
  };
}

export function themesLoader(): Loader {
  return {
    name: 'paved-themes',
    load: async ({ config, store, parseData }) => {
      const problems: Problem[] = [];
      const themes = loadThemes(fileURLToPath(config.root), problems);
      fail(problems);
      store.clear();
      for (const t of themes) store.set({ id: t.id, data: await parseData({ id: t.id, data: t.data }) });
    },
  };
}

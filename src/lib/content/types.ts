/**
 * The shapes the content check works on: validated entries and where they came from, as the loaders in
 * src/loaders produce them. They live here, below the loaders, so that src/lib never imports upwards.
 */
import type { z } from 'zod';
import type { EntityData } from '../../schemas/catalogue.ts';
import type { FILE_COLLECTIONS, FileCollection, InterviewData, RosterEntry, ThemeData } from '../../schemas/index.ts';
import type { MetricsData } from '../../schemas/metrics.ts';
import type { Problem } from './problems.ts';

/** Finds the 1-based line of a field path within a parsed YAML document; falls back to the nearest parent. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** A placeholder that was filled in: where, and with what (the import writes the value in its place). */
export interface Substitution {
  path: (string | number)[];
  value: unknown;
}

/** A valid entity and where it was read from. */
export interface EntitySource {
  entity: EntityData;
  /** Repository-relative path, forward slashes. */
  file: string;
  /** Document number within the file, from 1. */
  document: number;
  /** Line where the document starts. */
  line: number;
  lineOf: LineOf;
  /** Placeholders filled in from other files, in document order. */
  substitutions: Substitution[];
  /** For a Location: the targets that were not there (Backstage records them as its problems and goes on). */
  missingTargets?: MissingTarget[];
}

/** A Location target that names no file: where it is written and why it was not read. */
export interface MissingTarget {
  target: string;
  field: string;
  line?: number | undefined;
  /** `required` or `optional`, as the Location says. */
  presence: 'required' | 'optional';
  reason: string;
}

/** A document of a kind Paved does not show: left out of the catalogue, kept track of for references and imports. */
export interface OtherKindDocument {
  file: string;
  document: number;
  line: number;
  /** `kind:namespace/name`, lowercase; undefined when the document has no name. */
  key: string | undefined;
}

/**
 * A part of the catalogue that could not be read: a document that is not valid YAML (and whose kind and
 * name could not be made out), or the file a Location points at that is not there. What it would have
 * defined is unknown, so a reference that matches nothing may point into it (src/lib/content/check.ts says so once
 * instead of failing every such reference).
 */
export interface UnreadableSource {
  file: string;
  line: number | undefined;
  /** How messages name it, e.g. "content/catalogue/org.yaml document 1". */
  label: string;
}

/**
 * Reads a file named by a descriptor, relative to the root; undefined when there is no such file, and why
 * not when the path policy refuses it (src/lib/security/paths.ts).
 */
export type ReadFile = (relativePath: string) => string | undefined | { refused: string };

/** One validated entry and where it came from. */
export interface Source<T> {
  /** The id: the file name without extension. */
  id: string;
  /** Repository-relative path, forward slashes. */
  file: string;
  data: T;
  lineOf: LineOf;
  /** Markdown/MDX body, for files that have one. */
  body?: string;
  /** The whole file as written, for checks that read text rather than fields (personal data). */
  text?: string;
}

export type Output<C extends FileCollection> = z.output<(typeof FILE_COLLECTIONS)[C]['schema']>;

export interface LoadedContent {
  guides: Source<Output<'guides'>>[];
  playbooks: Source<Output<'playbooks'>>[];
  roadmap: Source<Output<'roadmap'>>[];
  findings: Source<Output<'findings'>>[];
  updates: Source<Output<'updates'>>[];
  paths: Source<Output<'paths'>>[];
  /** The quarterly maturity self-assessments of content/maturity/. */
  maturity: Source<Output<'maturity'>>[];
  interviews: Source<InterviewData>[];
  themes: Source<ThemeData>[];
  /** The text of research/themes.yaml (its descriptions are published on finding pages). */
  themesText: string | undefined;
  /** The private roster, when the file is present (it never is in CI); empty otherwise. */
  roster: Source<RosterEntry>[];
  entities: EntitySource[];
  /** The product metrics rows of content/metrics/*.csv (valid rows only; every bad row is a problem). */
  metrics: MetricsData;
  /**
   * Ids of every file of each collection and keys of every catalogue document that names a kind and a
   * name, valid or not: a reference to an entry that failed validation is not reported a second time.
   * `unreadable` lists the parts of the catalogue that could not be read at all (their errors are
   * reported): while there are any, a reference that matches nothing may point into one of them.
   */
  known: { ids: Record<FileCollection, Set<string>>; entities: Set<string>; unreadable: UnreadableSource[] };
  problems: Problem[];
}

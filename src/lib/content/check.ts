/**
 * Reference integrity and the other whole-repository rules: every owner, guide, finding, theme and
 * catalogue entity named anywhere must exist; ids and entity names are unique; reviews are not overdue.
 * Used unchanged by `paved check` and by the build, so the two can never disagree.
 */
import type { EntityKind } from '../../schemas/catalogue.ts';
import { METRICS_FILES } from '../../schemas/metrics.ts';
import type { LineOf, LoadedContent, Source } from './types.ts';
import { entityRefOf, specRefs } from '../catalogue/relations.ts';
import { catalogueReferenceProblem } from '../catalogue/references.ts';
import { error, warning, type Problem } from './problems.ts';
import { parseEntityRef, refKey, UnknownKindError, type EntityRef } from '../catalogue/refs.ts';
import { isOverdue, reviewOf } from '../guides/review.ts';
import { adoptionOf, compareVersions, SOURCE_TEMPLATE_ANNOTATION, TEMPLATE_VERSION_ANNOTATION, TIME_SAVED_ANNOTATION } from '../catalogue/adoption.ts';
import { parseDuration } from '../catalogue/duration.ts';
import type { EntityData } from '../../schemas/catalogue.ts';
import { MATURITY_ASPECTS } from '../../schemas/maturity.ts';
import { parseEvidenceId } from '../maturity/evidence.ts';

export interface CheckOptions {
  /** The day reviews are measured against. */
  today: Date;
  /**
   * Strict catalogue: a catalogue reference that is not in the catalogue (an owner, a system, a dependency),
   * an owner that is not an entity name, or a reference of an unusual kind is an error instead of a warning.
   * Paved's own content (guides, playbooks, roadmap, paths) is always strict.
   */
  strict?: boolean;
}

const OWNER: readonly EntityKind[] = ['Group', 'User'];

class Checker {
  readonly problems: Problem[] = [];
  /** References that matched nothing while part of the catalogue could not be read: reported once, in `unchecked()`. */
  private readonly deferred: { file: string; field: string; value: string }[] = [];
  private readonly entityKeys = new Map<string, { kind: EntityKind }>();
  private readonly ids: Record<string, Map<string, Source<{ draft?: boolean }>>> = {};
  private readonly known: LoadedContent['known'];

  readonly strict: boolean;

  constructor(content: LoadedContent, strict = false) {
    this.known = content.known;
    this.strict = strict;
    for (const { entity } of content.entities) this.entityKeys.set(refKey(entityRefOf(entity)), { kind: entity.kind });
    for (const name of ['guides', 'playbooks', 'roadmap', 'findings', 'updates', 'paths', 'maturity'] as const) {
      this.ids[name] = new Map(content[name].map((s) => [s.id, s as Source<{ draft?: boolean }>]));
    }
  }

  /** Checks an entity reference written in `field` of `file`. */
  entity(file: string, lineOf: LineOf, path: readonly (string | number)[], value: string, defaultKind: EntityKind | undefined, allowed?: readonly EntityKind[], namespace = 'default'): EntityRef | undefined {
    const field = path.join('.');
    // Finding a line can mean parsing the file again (src/loaders/parse.ts), so it is done only for a problem.
    const at = () => ({ field, line: lineOf(path) });
    let ref: EntityRef;
    try {
      ref = parseEntityRef(value, defaultKind, namespace);
    } catch (e) {
      // A reference to an entity of a kind Paved leaves out (warned about where it is defined) is fine.
      if (e instanceof UnknownKindError && this.known.entities.has(e.key)) return undefined;
      if (e instanceof UnknownKindError && this.known.unreadable.length > 0) {
        this.deferred.push({ file, field, value });
        return undefined;
      }
      this.problems.push(error(file, (e as Error).message, at()));
      return undefined;
    }
    if (allowed && !allowed.includes(ref.kind)) {
      this.problems.push(error(file, `"${value}" is a ${ref.kind}, but this field takes a ${allowed.join(' or ')}`, at()));
      return undefined;
    }
    // An entity that exists but failed validation has its own error already; do not add a second one here.
    if (!this.entityKeys.has(refKey(ref)) && !this.known.entities.has(refKey(ref))) {
      if (this.known.unreadable.length > 0) {
        this.deferred.push({ file, field, value });
        return undefined;
      }
      const hint = ref.kind === 'Group' ? 'add the team to content/catalogue/ as a Group, or fix the name' : `add the ${ref.kind} to content/catalogue/, or fix the reference`;
      this.problems.push(error(file, `"${value}" does not match any ${ref.kind} in the catalogue (looked for ${refKey(ref)}): ${hint}`, at()));
      return undefined;
    }
    return ref;
  }

  /**
   * Checks a reference written in a catalogue entity's spec with Backstage's semantics: a reference that is
   * not in the catalogue, an owner that is not an entity name, or a reference of an unusual kind is kept
   * (the page shows it as text marked "not in the catalogue") and warned about; in strict mode it is an
   * error. A reference that cannot be read at all (no kind where Backstage requires one) stays an error,
   * because Backstage rejects the entity for it.
   */
  catalogueRef(file: string, lineOf: LineOf, path: readonly (string | number)[], value: string, defaultKind: EntityKind | undefined, allowed: readonly EntityKind[] | undefined, namespace: string, where: string): void {
    const field = path.join('.');
    const found = catalogueReferenceProblem(value, defaultKind, allowed, namespace, (key) => this.entityKeys.has(key) || this.known.entities.has(key));
    if (!found) return;
    const at = { field, line: lineOf(path) };
    if (found.severity === 'error') {
      this.problems.push({ ...error(file, `${where}: ${found.message}`, at), category: 'invalid-reference' });
      return;
    }
    if (this.strict) {
      // A closed catalogue: while part of it could not be read, a miss may be in that part (said once).
      if (found.missing && this.known.unreadable.length > 0) {
        this.deferred.push({ file, field, value });
        return;
      }
      this.problems.push({ ...error(file, `${where}: ${found.message} (an error because the catalogue is strict: catalogue.strict in paved.config.yaml, or --strict)`, at), category: found.kind });
    } else this.problems.push({ ...warning(file, `${where}: ${found.message}`, at), category: found.kind });
  }

  /**
   * One note for every reference that could not be checked because part of the catalogue could not be
   * read (it may be what they name), instead of one "does not match" error each: the read errors are the
   * ones to fix, and the references are checked again once they are.
   */
  unchecked(): Problem[] {
    const sources = this.known.unreadable;
    const first = sources[0];
    if (!first || this.deferred.length === 0) return [];
    const n = this.deferred.length;
    const byValue = new Map<string, { count: number; first: { file: string; field: string } }>();
    for (const d of this.deferred) {
      const seen = byValue.get(d.value);
      if (seen) seen.count++;
      else byValue.set(d.value, { count: 1, first: d });
    }
    const values = [...byValue].map(([value, { count, first: at }]) => `"${value}" (${count === 1 ? `${at.file} ${at.field}` : `${count} references, the first in ${at.file} ${at.field}`})`);
    const listed = values.length > 5 ? `${values.slice(0, 5).join(', ')} and ${values.length - 5} other names` : values.join(', ');
    const which = sources.length === 1 ? 'this part of the catalogue' : `these parts of the catalogue (${sources.map((u) => u.label).join('; ')})`;
    return [
      warning(
        first.file,
        `${n} reference${n === 1 ? '' : 's'} to the catalogue match${n === 1 ? 'es' : ''} no entity and could not be checked, because ${which} could not be read and may define what ${n === 1 ? 'it names' : 'they name'}: ${listed}. Fix the error${sources.length === 1 ? '' : 's'} reported for ${sources.length === 1 ? first.label : 'them'}, then check again`,
        { line: first.line },
      ),
    ];
  }

  /** Checks that an id names an entry of a collection, and that a published page does not link a draft. */
  id(collection: string, file: string, lineOf: LineOf, path: readonly (string | number)[], value: string, fromDraft = false): void {
    const target = this.ids[collection]?.get(value);
    const field = path.join('.');
    if (!target && this.known.ids[collection as keyof LoadedContent['known']['ids']]?.has(value)) return; // invalid entry: reported already
    if (!target) {
      this.problems.push(error(file, `"${value}" is not a ${collection.replace(/s$/, '')} id: no file ${collection === 'paths' ? `content/${collection}/${value}.yaml` : `content/${collection}/${value}.mdx`}`, { field, line: lineOf(path) }));
    } else if (target.data.draft && !fromDraft) {
      this.problems.push(error(file, `"${value}" is a draft, so the link would lead nowhere: publish it or remove the reference`, { field, line: lineOf(path) }));
    }
  }
}

/**
 * The golden-path annotations: a source template that names no Template, a template version with no
 * source template or ahead of the Template's own, a time saved that is not an ISO 8601 duration. Backstage
 * treats annotations as free text, so these are warnings: the catalogue still builds.
 */
function annotationProblems(file: string, lineOf: LineOf, entity: EntityData, templates: ReadonlyMap<string, EntityData>): Problem[] {
  const out: Problem[] = [];
  const annotations = entity.metadata.annotations;
  const at = (name: string) => ({ field: `metadata.annotations.${name}`, line: lineOf(['metadata', 'annotations', name]) });
  const key = refKey(entityRefOf(entity));
  const timeSaved = annotations[TIME_SAVED_ANNOTATION];
  if (timeSaved !== undefined && !parseDuration(timeSaved)) {
    out.push(warning(file, `${key}: "${timeSaved}" is not an ISO 8601 duration, so the time saved is not shown: write e.g. "PT6H" (6 hours) or "P2D" (2 days)`, at(TIME_SAVED_ANNOTATION)));
  }
  if (entity.kind === 'Template') return out;
  const source = annotations[SOURCE_TEMPLATE_ANNOTATION];
  const version = annotations[TEMPLATE_VERSION_ANNOTATION];
  if (source === undefined) {
    if (version !== undefined) out.push(warning(file, `${key} has ${TEMPLATE_VERSION_ANNOTATION} but no ${SOURCE_TEMPLATE_ANNOTATION}, so its version is not compared with anything: add the template it was created from, e.g. "template:default/node-service"`, at(TEMPLATE_VERSION_ANNOTATION)));
    return out;
  }
  const a = adoptionOf(entity, templates);
  if (a.unresolvedTemplate !== undefined) {
    out.push(warning(file, `${key}: ${SOURCE_TEMPLATE_ANNOTATION} "${source}" names no Template in the catalogue, so it does not count as on the golden path: write the Template's reference, e.g. "template:default/node-service"`, at(SOURCE_TEMPLATE_ANNOTATION)));
  } else if (a.version && a.currentVersion && (compareVersions(a.version, a.currentVersion) ?? 0) > 0) {
    out.push(warning(file, `${key} says it is on template version ${a.version}, but ${a.templateKey} is at version ${a.currentVersion}: correct one of the two ${TEMPLATE_VERSION_ANNOTATION} annotations`, at(TEMPLATE_VERSION_ANNOTATION)));
  }
  return out;
}

/** Entities: unique names per kind and namespace, every spec reference, annotations and reviews. */
function checkCatalogue(c: Checker, content: LoadedContent, options: CheckOptions): void {
  const p = c.problems;
  const seen = new Map<string, string>();
  const templates = new Map(content.entities.filter((s) => s.entity.kind === 'Template').map((s) => [refKey(entityRefOf(s.entity)), s.entity]));
  for (const src of content.entities) {
    const key = refKey(entityRefOf(src.entity));
    const first = seen.get(key);
    if (first) {
      p.push({ ...error(src.file, `${key} is defined twice (first in ${first}): entity names must be unique per kind and namespace`, { field: 'metadata.name', line: src.lineOf(['metadata', 'name']) }), category: 'duplicate' });
    } else seen.set(key, `${src.file}, document ${src.document}`);
    const where = `document ${src.document} (${src.entity.kind} ${src.entity.metadata.name})`;
    for (const r of specRefs(src.entity)) {
      c.catalogueRef(src.file, src.lineOf, r.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), r.value, r.defaultKind, r.allowed, src.entity.metadata.namespace, where);
    }
    p.push(...annotationProblems(src.file, src.lineOf, src.entity, templates));
    const review = reviewOf(src.entity);
    if (review.error) p.push(error(src.file, review.error, { field: 'metadata.annotations.paved.dev/last-reviewed', line: src.lineOf(['metadata', 'annotations', 'paved.dev/last-reviewed']) }));
    if (review.lastReviewed && isOverdue(review.lastReviewed, review.everyDays, options.today)) {
      p.push(warning(src.file, `${key} was last reviewed on ${review.lastReviewed.toISOString().slice(0, 10)}, more than ${review.everyDays} days ago: review it and update the annotation`, { field: 'metadata.annotations.paved.dev/last-reviewed', line: src.lineOf(['metadata', 'annotations', 'paved.dev/last-reviewed']) }));
    }
  }
}

/** Paved's own content (guides, playbooks, roadmap, findings, paths, updates): every owner, guide, finding and entity it names exists. */
function checkAuthoredContent(c: Checker, content: LoadedContent, options: CheckOptions): void {
  const p = c.problems;
  const themeIds = new Set(content.themes.map((t) => t.id));
  for (const g of content.guides) {
    c.entity(g.file, g.lineOf, ['owner'], g.data.owner, 'Group', OWNER);
    g.data.prerequisites.forEach((id, i) => {
      if (id === g.id) p.push(error(g.file, 'a guide cannot be its own prerequisite', { field: `prerequisites.${i}`, line: g.lineOf(['prerequisites', i]) }));
      else c.id('guides', g.file, g.lineOf, ['prerequisites', i], id, g.data.draft);
    });
    g.data.uses.forEach((ref, i) => c.entity(g.file, g.lineOf, ['uses', i], ref, 'Component'));
    if (!g.data.draft && g.data.lastReviewed && isOverdue(g.data.lastReviewed, g.data.reviewEveryDays, options.today)) {
      p.push(warning(g.file, `was last reviewed on ${g.data.lastReviewed.toISOString().slice(0, 10)}, more than ${g.data.reviewEveryDays} days ago: check the steps still work and update lastReviewed`, { field: 'lastReviewed', line: g.lineOf(['lastReviewed']) }));
    }
  }
  for (const pb of content.playbooks) {
    c.entity(pb.file, pb.lineOf, ['owner'], pb.data.owner, 'Group', OWNER);
    pb.data.toGuides.forEach((id, i) => c.id('guides', pb.file, pb.lineOf, ['toGuides', i], id, pb.data.draft));
    pb.data.uses.forEach((ref, i) => c.entity(pb.file, pb.lineOf, ['uses', i], ref, 'Component'));
    pb.data.teams.forEach((t, i) => c.entity(pb.file, pb.lineOf, ['teams', i, 'team'], t.team, 'Group', ['Group']));
  }
  for (const item of content.roadmap) {
    c.entity(item.file, item.lineOf, ['owner'], item.data.owner, 'Group', OWNER);
    item.data.evidence.forEach((id, i) => c.id('findings', item.file, item.lineOf, ['evidence', i], id, item.data.draft));
    item.data.delivers.guides.forEach((id, i) => c.id('guides', item.file, item.lineOf, ['delivers', 'guides', i], id, item.data.draft));
    item.data.delivers.entities.forEach((ref, i) => c.entity(item.file, item.lineOf, ['delivers', 'entities', i], ref, 'Component'));
  }
  for (const f of content.findings) {
    c.entity(f.file, f.lineOf, ['owner'], f.data.owner, 'Group', OWNER);
    if (!themeIds.has(f.id)) {
      p.push(error(f.file, `a finding is named after its theme, but "${f.id}" is not a theme in research/themes.yaml: rename the file or add the theme`));
    }
  }
  for (const path of content.paths) {
    c.entity(path.file, path.lineOf, ['owner'], path.data.owner, 'Group', OWNER);
    path.data.days.forEach((day, d) => day.steps.forEach((s, i) => c.id('guides', path.file, path.lineOf, ['days', d, 'steps', i, 'guide'], s.guide)));
  }
  for (const u of content.updates) {
    c.entity(u.file, u.lineOf, ['owner'], u.data.owner, 'Group', OWNER);
    u.data.guides.forEach((id, i) => c.id('guides', u.file, u.lineOf, ['guides', i], id, u.data.draft));
    u.data.entities.forEach((ref, i) => c.entity(u.file, u.lineOf, ['entities', i], ref, 'Component'));
  }
}

/** Maturity assessments: one per quarter, every piece of evidence exists. */
function checkMaturity(c: Checker, content: LoadedContent): void {
  const p = c.problems;
  const quarters = new Map<string, string>();
  for (const a of content.maturity) {
    const first = quarters.get(a.data.quarter);
    if (first) p.push(error(a.file, `${a.data.quarter} is already assessed in ${first}: a quarter is assessed once; merge the two files or correct the quarter`, { field: 'quarter', line: a.lineOf(['quarter']) }));
    else quarters.set(a.data.quarter, a.file);
    c.entity(a.file, a.lineOf, ['by'], a.data.by, 'Group', OWNER);
    for (const aspect of MATURITY_ASPECTS) {
      a.data.aspects[aspect].evidence.forEach((value, i) => {
        const path = ['aspects', aspect, 'evidence', i];
        const e = parseEvidenceId(value);
        if ('reason' in e) p.push(error(a.file, e.reason, { field: path.join('.'), line: a.lineOf(path) }));
        else if (e.kind === 'entity') c.entity(a.file, a.lineOf, path, e.id, 'Component');
        else if (e.kind === 'finding' || e.kind === 'roadmap' || e.kind === 'guide' || e.kind === 'playbook') c.id(e.kind === 'roadmap' ? 'roadmap' : `${e.kind}s`, a.file, a.lineOf, path, e.id);
      });
    }
  }
}

/** Research: themes unique, every observation coded against a known theme, participant teams and interviewers exist. */
function checkResearch(c: Checker, content: LoadedContent): void {
  const p = c.problems;
  const themeIds = new Set(content.themes.map((t) => t.id));
  const themeSeen = new Set<string>();
  for (const t of content.themes) {
    if (themeSeen.has(t.id)) p.push(error(t.file, `theme id "${t.id}" appears twice: theme ids must be unique`, { field: 'id', line: t.lineOf(['id']) }));
    themeSeen.add(t.id);
  }
  const findingIds = new Set(content.findings.map((f) => f.id));
  for (const t of content.themes) {
    if (!findingIds.has(t.id)) p.push(warning(t.file, `theme "${t.id}" has no written finding yet: add content/findings/${t.id}.mdx`, { field: 'id', line: t.lineOf(['id']) }));
  }
  for (const n of content.interviews) {
    c.entity(n.file, n.lineOf, ['participant', 'team'], n.data.participant.team, 'Group', ['Group']);
    c.entity(n.file, n.lineOf, ['interviewer'], n.data.interviewer, 'Group', OWNER);
    n.data.observations.forEach((o, i) => {
      if (!themeIds.has(o.theme)) {
        p.push(error(n.file, `"${o.theme}" is not a theme in research/themes.yaml: use one of its ids, or add the theme there`, { field: `observations.${i}.theme`, line: n.lineOf(['observations', i, 'theme']) }));
      }
    });
  }
}

/** Metrics: every team is a Group, reported once per file and team at its first row; a service is onboarded once. */
function checkMetricsReferences(c: Checker, content: LoadedContent): void {
  const p = c.problems;
  const metricsFiles = [
    { file: METRICS_FILES.deployments.file, rows: content.metrics.deployments },
    { file: METRICS_FILES.surveys.file, rows: content.metrics.surveys },
    { file: METRICS_FILES.onboarding.file, rows: content.metrics.onboarding },
  ];
  for (const { file, rows } of metricsFiles) {
    const teams = new Map<string, { line: number; count: number }>();
    for (const row of rows) {
      const seenTeam = teams.get(row.team);
      if (seenTeam) seenTeam.count++;
      else teams.set(row.team, { line: row.line, count: 1 });
    }
    for (const [team, { line, count }] of teams) {
      const before = p.length;
      c.entity(file, () => line, ['team'], team, 'Group', ['Group']);
      if (p.length > before && count > 1) p[p.length - 1]!.message += ` (${count} rows name it; this is the first)`;
    }
  }
  const onboarded = new Map<string, number>();
  for (const row of content.metrics.onboarding) {
    const first = onboarded.get(row.service);
    if (first === undefined) onboarded.set(row.service, row.line);
    else p.push(error(METRICS_FILES.onboarding.file, `"${row.service}" is already listed on line ${first}: a service is onboarded once; remove one of the rows`, { field: 'service', line: row.line }));
  }
}

/** Runs every cross-file check. Returns problems sorted by nothing in particular; callers sort. */
export function checkReferences(content: LoadedContent, options: CheckOptions): Problem[] {
  const c = new Checker(content, options.strict ?? false);
  checkCatalogue(c, content, options);
  checkAuthoredContent(c, content, options);
  checkMaturity(c, content);
  checkResearch(c, content);
  checkMetricsReferences(c, content);
  c.problems.push(...c.unchecked());
  return c.problems;
}

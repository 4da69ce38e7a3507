/**
 * The evidence ids a maturity assessment cites, `<kind>:<id>` (src/schemas/maturity.ts): reading one,
 * and the page it points at. Whether the id names something that exists is checked with the other
 * references in src/lib/check.ts; this module only knows the shapes.
 */
import { MATURITY_CATALOGUE_VIEWS, MATURITY_EVIDENCE_KINDS, type MaturityEvidenceKind } from '../../schemas/maturity.ts';
import { METRICS } from '../../schemas/roadmap.ts';

export interface EvidenceId {
  kind: MaturityEvidenceKind;
  /** What follows the first colon: a metric id, a file id, an entity reference or a view name. */
  id: string;
}

/** Reads `<kind>:<id>`; returns why not (with the fix) instead when the kind or, for metrics and views, the id is unknown. */
export function parseEvidenceId(value: string): EvidenceId | { reason: string } {
  const at = value.indexOf(':');
  const kind = value.slice(0, at);
  const id = value.slice(at + 1).trim();
  if (at < 0 || !id) return { reason: `"${value}" is not evidence: write <kind>:<id>, e.g. "metric:lead-time"` };
  if (!(MATURITY_EVIDENCE_KINDS as readonly string[]).includes(kind)) {
    return { reason: `"${kind}" is not a kind of evidence: use one of ${MATURITY_EVIDENCE_KINDS.join(', ')} (e.g. "finding:slow-flaky-ci")` };
  }
  if (kind === 'metric' && !(METRICS as readonly string[]).includes(id)) {
    return { reason: `"${id}" is not a metric: use one of ${METRICS.join(', ')}` };
  }
  if (kind === 'catalogue' && !Object.hasOwn(MATURITY_CATALOGUE_VIEWS, id)) {
    return { reason: `"${id}" is not a catalogue view: use one of ${Object.keys(MATURITY_CATALOGUE_VIEWS).join(', ')}` };
  }
  return { kind: kind as MaturityEvidenceKind, id };
}

/** The address of a piece of evidence, given how to address an entity reference. */
export function evidenceHref(e: EvidenceId, entityHref: (ref: string) => string): string {
  switch (e.kind) {
    case 'metric':
      return `/metrics/#${e.id}`;
    case 'finding':
      return `/research/${e.id}/`;
    case 'roadmap':
      return `/roadmap/${e.id}/`;
    case 'guide':
      return `/guides/${e.id}/`;
    case 'playbook':
      return `/playbooks/${e.id}/`;
    case 'entity':
      return entityHref(e.id);
    case 'catalogue':
      return MATURITY_CATALOGUE_VIEWS[e.id as keyof typeof MATURITY_CATALOGUE_VIEWS];
  }
}

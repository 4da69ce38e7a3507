/**
 * `paved check`'s problems in the formats that code hosts and CI systems read, so a pull request shows
 * each problem on the line it is about:
 * - `github`: GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`);
 * - `gitlab`: GitLab's Code Quality report (a JSON array: description, check_name, fingerprint,
 *   severity, location.path, location.lines.begin);
 * - `sarif`: SARIF 2.1.0 (code scanning on GitHub, Azure DevOps and others);
 * - `junit`: JUnit XML, one test case per checked file, a failure per error (most CI systems show it).
 */
import { createHash } from 'node:crypto';
import { ruleOf, type Problem } from './problems.ts';

export const REPORT_FORMATS = ['text', 'json', 'github', 'gitlab', 'sarif', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

// Workflow commands: the message escapes %, CR and LF; property values also escape ":" and ",".
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotations(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const props = [`file=${escapeProperty(p.file)}`];
      if (p.line) props.push(`line=${p.line}`);
      if (p.line && p.column) props.push(`col=${p.column}`);
      props.push(`title=${escapeProperty(`paved check: ${ruleOf(p)}${p.field ? ` (${p.field})` : ''}`)}`);
      return `::${p.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(p.message)}`;
    })
    .join('\n');
}

/** A stable id for one problem, so the code host can tell new problems from ones it has seen. */
function fingerprint(p: Problem): string {
  return createHash('sha256').update([ruleOf(p), p.file, p.field ?? '', p.message].join('\u0000')).digest('hex').slice(0, 32);
}

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

export function gitlabCodeQuality(problems: readonly Problem[]): CodeQualityIssue[] {
  return problems.map((p) => ({
    description: p.field ? `${p.field}: ${p.message}` : p.message,
    check_name: ruleOf(p),
    fingerprint: fingerprint(p),
    severity: p.severity === 'error' ? 'major' : 'minor',
    location: { path: p.file, lines: { begin: p.line ?? 1 } },
  }));
}

export function sarif(problems: readonly Problem[], tool: { version: string }): object {
  const rules = [...new Set(problems.map(ruleOf))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'paved',
            version: tool.version,
            rules: rules.map((id) => ({ id, shortDescription: { text: id.startsWith('paved/content-') ? `Paved content ${id.slice('paved/content-'.length)}` : id } })),
          },
        },
        results: problems.map((p) => ({
          ruleId: ruleOf(p),
          ruleIndex: rules.indexOf(ruleOf(p)),
          level: p.severity === 'error' ? 'error' : 'warning',
          message: { text: p.field ? `${p.field}: ${p.message}` : p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: p.file, uriBaseId: '%SRCROOT%' },
                ...(p.line ? { region: { startLine: p.line, ...(p.column ? { startColumn: p.column } : {}) } } : {}),
              },
            },
          ],
          partialFingerprints: { primaryLocationLineHash: fingerprint(p) },
        })),
      },
    ],
  };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** One test case per checked file (files without problems pass), a failure per error; warnings are the case's output. */
export function junit(problems: readonly Problem[], checkedFiles: readonly string[]): string {
  const files = [...new Set([...checkedFiles, ...problems.map((p) => p.file)])].sort();
  const failures = files.filter((f) => problems.some((p) => p.file === f && p.severity === 'error')).length;
  const at = (p: Problem) => `${p.file}${p.line ? `:${p.line}` : ''}${p.line && p.column ? `:${p.column}` : ''}`;
  const cases = files.map((file) => {
    const mine = problems.filter((p) => p.file === file);
    const errors = mine.filter((p) => p.severity === 'error');
    const warnings = mine.filter((p) => p.severity === 'warning');
    const body = [
      ...errors.map((p) => `      <failure message="${xml(p.message)}" type="${xml(ruleOf(p))}">${xml(`${at(p)}${p.field ? ` ${p.field}:` : ''} ${p.message}`)}</failure>`),
      ...(warnings.length ? [`      <system-out>${xml(warnings.map((p) => `warning ${at(p)}${p.field ? ` ${p.field}:` : ''} ${p.message}`).join('\n'))}</system-out>`] : []),
    ];
    const open = `    <testcase name="${xml(file)}" classname="paved.check" file="${xml(file)}"`;
    return body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="paved check" tests="${files.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="paved check" tests="${files.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

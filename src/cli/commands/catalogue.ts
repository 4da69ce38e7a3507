/** `paved catalogue import`: brings Backstage descriptors from checked-out repositories into the catalogue. */
import path from 'node:path';
import { IMPORT_DIR, planImport, writeImport } from '../../loaders/import.ts';
import { CATALOGUE_DIR } from '../../schemas/index.ts';
import { today } from '../../lib/guides/review.ts';
import { bold, dim, printProblems } from '../output.ts';
import { loadConfig } from '../../loaders/config.ts';
import type { Command } from '../types.ts';
import { JSON_VERSIONS } from '../json-versions.ts';

const USAGE = 'paved catalogue import <folder-or-file>... [--out <folder>] [--dry-run] [--json] [--strict]';

export const catalogue: Command = {
  name: 'catalogue',
  summary: 'Import Backstage catalog-info.yaml files from checked-out repositories into the catalogue',
  usage: USAGE,
  help: [
    'import: finds every catalog-info.yaml under the folders given (and the files their Location entities',
    'point at), checks every document with the same schemas and reference rules as the build, and writes the',
    `valid ones to ${IMPORT_DIR}/<repository>.yaml, each marked with paved.dev/imported-from.`,
    'Every invalid document is reported with its file, document number, line and the reason, and is not',
    'written. As in Backstage, a reference to an entity that is not in the catalogue (an owner defined in',
    'another repository) is a warning, and the entity is imported. Exits 1 only when data was left out: a',
    'YAML error, a document that is not a valid entity, a duplicate. Missing Location targets, files that are',
    'not entities and deprecated Template versions are warnings. A second run over unchanged repositories',
    'changes nothing.',
    '',
    `  --out <folder>  where to write, relative to the project (default ${IMPORT_DIR})`,
    '  --dry-run       check and report, write nothing',
    '  --json          print the result as JSON: per file, a verdict (imported, imported with warnings,',
    '                  rejected) and every diagnostic',
    '  --strict        a reference that is not in the catalogue is an error (catalogue.strict in paved.config.yaml)',
  ].join('\n'),
  options: {
    import: [
      { name: 'out', type: 'string', value: '<folder>', default: IMPORT_DIR, description: 'where to write, inside content/catalogue/' },
      { name: 'dry-run', type: 'boolean', description: 'check and report, write nothing' },
      { name: 'json', type: 'boolean', description: 'print a verdict per file (imported, imported with warnings, rejected) with every diagnostic, as JSON' },
      { name: 'strict', type: 'boolean', description: 'a reference that is not in the catalogue is an error (catalogue.strict in paved.config.yaml)' },
    ],
  },
  run(args, ctx) {
    const [sub, ...rest] = args;
    if (sub !== 'import') {
      console.error(`paved catalogue: ${sub ? `unknown sub-command "${sub}"` : 'missing sub-command'}.\nUsage: ${USAGE}`);
      return 2;
    }
    const inputs: string[] = [];
    let outDir: string | undefined;
    let dryRun = false;
    let json = false;
    let strict = loadConfig(ctx.root).config.catalogue.strict;
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i]!;
      if (a === '--out') {
        const given = rest[++i];
        if (!given) throw new Error('--out needs a folder, e.g. --out content/catalogue/imported');
        outDir = path.relative(ctx.root, path.resolve(ctx.root, given)).split(path.sep).join('/');
        if (outDir !== CATALOGUE_DIR && !outDir.startsWith(`${CATALOGUE_DIR}/`)) throw new Error(`--out must be a folder inside ${CATALOGUE_DIR}/, where the build reads descriptors; got "${given}"`);
      } else if (a === '--dry-run') dryRun = true;
      else if (a === '--json') json = true;
      else if (a === '--strict') strict = true;
      else if (a.startsWith('-')) throw new Error(`unknown option "${a}". Usage: ${USAGE}`);
      else inputs.push(a);
    }
    if (inputs.length === 0) {
      console.error(`paved catalogue import: name at least one repository folder or catalog-info.yaml.\nUsage: ${USAGE}`);
      return 2;
    }
    const plan = planImport(inputs, { projectRoot: ctx.root, cwd: process.cwd(), today: today(), strict, ...(outDir ? { outDir } : {}) });
    const result = dryRun ? { written: [], unchanged: [] } : writeImport(plan, ctx.root);
    const errors = plan.problems.filter((p) => p.severity === 'error').length;
    const invalid = plan.repositories.reduce((n, r) => n + r.invalid, 0);
    if (json) {
      console.log(JSON.stringify({
        version: JSON_VERSIONS['catalogue-import'],
        summary: { files: plan.files.length, documents: plan.documents, entities: plan.repositories.reduce((n, r) => n + r.entities.length, 0), errors, warnings: plan.problems.length - errors, invalid },
        files: plan.files,
        repositories: plan.repositories.map((r) => ({ name: r.name, files: r.files, entities: r.entities.length, otherKinds: r.others, invalid: r.invalid, output: r.text === undefined ? null : r.output })),
        withoutDescriptors: plan.withoutDescriptors,
        written: result.written,
        unchanged: result.unchanged,
        problems: plan.problems,
      }, null, 2));
      return errors > 0 ? 1 : 0;
    }
    const entities = plan.repositories.reduce((n, r) => n + r.entities.length, 0);
    console.log(`Read ${plan.repositories.length} repositor${plan.repositories.length === 1 ? 'y' : 'ies'}, ${plan.repositories.reduce((n, r) => n + r.files.length, 0)} descriptor files, ${plan.documents} documents.`);
    if (plan.problems.length) printProblems(plan.problems);
    for (const r of plan.repositories) {
      const state = r.text === undefined ? 'nothing valid to write' : dryRun ? 'would write' : result.written.includes(r.output) ? 'wrote' : 'unchanged';
      console.log(`  ${r.name}: ${r.entities.length} entit${r.entities.length === 1 ? 'y' : 'ies'}${r.others ? `, ${r.others} of a kind Paved does not show` : ''}${r.invalid ? `, ${r.invalid} invalid document${r.invalid === 1 ? '' : 's'} left out` : ''} ${dim(`(${state}${r.text === undefined ? '' : ` ${r.output}`})`)}`);
    }
    if (plan.withoutDescriptors.length) console.log(`No descriptor in ${plan.withoutDescriptors.length} folder${plan.withoutDescriptors.length === 1 ? '' : 's'}: ${plan.withoutDescriptors.join(', ')}`);
    console.log(bold(`${entities} entities ${dryRun ? 'would be written' : 'imported'}: ${result.written.length} file${result.written.length === 1 ? '' : 's'} written, ${result.unchanged.length} unchanged; ${invalid} invalid document${invalid === 1 ? '' : 's'}.`));
    return errors > 0 ? 1 : 0;
  },
};

/**
 * The toolkit's command line, verb by verb, from each verb's declared options: an unknown option, a near
 * miss and a missing value exit 2 with the usage (and "did you mean" for a near miss); --help lists every
 * option with its default; --version; exit codes 0, 1 and 2; no colour codes with NO_COLOR or off a terminal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS, helpOf, main, version } from '../src/cli/index.ts';
import { closest, editDistance, parseOptions, UsageError } from '../src/cli/args.ts';
import { capture, makeResearchFixture } from './helpers/research-fixture.ts';
import { REPO } from './helpers/sample-copy.ts';

process.env['PAVED_TODAY'] = '2026-06-01';
process.env['NO_COLOR'] = '1';

/** Every verb and sub-verb with its declared options: ['check', ''], ['research', 'new'], ... */
const VERBS = COMMANDS.flatMap((c) => Object.entries(c.options).map(([sub, specs]) => ({ command: c, sub, specs, prefix: sub ? [c.name, sub] : [c.name] })));
/** A positional some verbs need before they look at options. */
const positional = (verb: string, sub: string) => (verb === 'new' ? ['x-new'] : verb === 'catalogue' && sub === 'import' ? ['somewhere'] : []);

/** The typo people make: two neighbouring letters swapped (the first pair that differs). */
function typo(name: string): string {
  const i = [...name].findIndex((c, k) => k > 0 && name[k + 1] !== undefined && c !== name[k + 1]);
  return i < 0 ? `${name}x` : name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

test('every verb is covered: check, new (each kind), catalogue import, metrics, research new/check/synthesize', () => {
  const names = VERBS.map((v) => v.prefix.join(' '));
  for (const n of ['check', 'catalogue import', 'metrics', 'research new', 'research check', 'research synthesize', 'new guide', 'new component', 'new finding', 'new path']) assert.ok(names.includes(n), n);
});

test('an unknown option exits 2 on every verb, with the usage, before anything runs', async () => {
  const { root, cleanup } = makeResearchFixture();
  try {
    for (const v of VERBS) {
      const r = await capture(() => main([...v.prefix, ...positional(v.command.name, v.sub), '--no-such-option'], { root }));
      assert.equal(r.value, 2, `${v.prefix.join(' ')}: ${r.err}`);
      assert.match(r.err, /unknown option "--no-such-option"/, v.prefix.join(' '));
      assert.ok(r.err.includes(`Usage: ${v.command.usage}`), `${v.prefix.join(' ')} prints its usage`);
      assert.equal(r.out, '', `${v.prefix.join(' ')} ran nothing`);
    }
  } finally {
    cleanup();
  }
});

test('a near miss of every option of every verb says "did you mean" with the right option', async () => {
  const { root, cleanup } = makeResearchFixture();
  try {
    for (const v of VERBS) {
      for (const spec of v.specs) {
        const wrong = typo(spec.name);
        const r = await capture(() => main([...v.prefix, ...positional(v.command.name, v.sub), `--${wrong}`], { root }));
        assert.equal(r.value, 2, `${v.prefix.join(' ')} --${wrong}`);
        const hint = closest(wrong, [...v.specs.map((s) => s.name), 'help']);
        assert.ok(hint, `--${wrong} is close to something`);
        assert.match(r.err, new RegExp(`did you mean --${hint}\\?`), `${v.prefix.join(' ')} --${wrong}`);
      }
    }
  } finally {
    cleanup();
  }
});

test('an option that takes a value, given none, exits 2 naming the option and its value on every verb', async () => {
  const { root, cleanup } = makeResearchFixture();
  try {
    let checked = 0;
    for (const v of VERBS) {
      for (const spec of v.specs.filter((s) => s.type === 'string')) {
        const r = await capture(() => main([...v.prefix, ...positional(v.command.name, v.sub), `--${spec.name}`], { root }));
        assert.equal(r.value, 2, `${v.prefix.join(' ')} --${spec.name}`);
        assert.match(r.err, new RegExp(`--${spec.name} needs a value`), `${v.prefix.join(' ')} --${spec.name}`);
        checked++;
      }
    }
    assert.ok(checked >= 20, `options with values checked: ${checked}`);
  } finally {
    cleanup();
  }
});

test('--help lists every option of every verb with its default, and exits 0', async () => {
  for (const c of COMMANDS) {
    const r = await capture(async () => main([c.name, '--help']));
    assert.equal(r.value, 0);
    assert.equal(r.out, helpOf(c));
    for (const [sub, specs] of Object.entries(c.options)) {
      if (sub) assert.ok(r.out.includes(`Options of "${c.name} ${sub}":`), `${c.name} ${sub}`);
      for (const s of specs) {
        const line = r.out.split('\n').find((l) => l.includes(`--${s.name}`) && l.includes(s.description));
        assert.ok(line, `${c.name} ${sub} --${s.name} is listed`);
        if (s.default !== undefined) assert.ok(line.includes(`(default: ${s.default})`), `${c.name} ${sub} --${s.name} shows its default`);
      }
    }
  }
  const top = await capture(async () => main(['--help']));
  assert.equal(top.value, 0);
  for (const c of COMMANDS) assert.match(top.out, new RegExp(`^  ${c.name} +${c.summary.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
});

test('--version prints the package version and exits 0; no verb exits 2; an unknown verb suggests one', async () => {
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
  const v = await capture(async () => main(['--version']));
  assert.equal(v.value, 0);
  assert.equal(v.out, pkg.version);
  assert.equal(version(), pkg.version);
  assert.equal((await capture(async () => main([]))).value, 2);
  const typoVerb = await capture(async () => main(['chekc']));
  assert.equal(typoVerb.value, 2);
  assert.match(typoVerb.err, /unknown verb "chekc": did you mean "check"\?/);
  const sub = await capture(async () => main(['research', 'synthesise']));
  assert.equal(sub.value, 2);
  assert.match(sub.err, /did you mean "synthesize"\?/);
});

test('exit codes: 0 when the content is fine, 1 on a content error, 2 on a usage error', async () => {
  const { root, cleanup } = makeResearchFixture();
  try {
    assert.equal((await capture(() => main(['check'], { root }))).value, 0);
    assert.equal((await capture(() => main(['check', '--formt', 'github'], { root }))).value, 2);
    const noName = await capture(() => main(['new', 'guide'], { root }));
    assert.equal(noName.value, 2);
    assert.match(noName.err, /name the new guide[\s\S]*Usage: paved new /, 'a usage error found while running prints the usage too');
    writeFileSync(path.join(root, 'content/findings/waiting.mdx'), '---\ntitle: x\n---\n');
    const broken = await capture(() => main(['check'], { root }));
    assert.equal(broken.value, 1);
    assert.match(broken.out, /content\/findings\/waiting\.mdx/);
  } finally {
    cleanup();
  }
});

test('the parser itself: values, repeated options, = syntax, and the edit distance behind "did you mean"', () => {
  const specs = [{ name: 'team', type: 'string' as const, description: '' }, { name: 'tag', type: 'string' as const, multiple: true, description: '' }, { name: 'json', type: 'boolean' as const, description: '' }];
  const parsed = parseOptions(['--team=payments', '--tag', 'a', '--tag', 'b', '--json', 'pos'], specs);
  assert.deepEqual({ ...parsed.values }, { team: 'payments', tag: ['a', 'b'], json: true });
  assert.deepEqual(parsed.positionals, ['pos']);
  assert.throws(() => parseOptions(['--json=yes'], specs), UsageError);
  assert.throws(() => parseOptions(['--jsno'], specs), /did you mean --json\?/);
  assert.throws(() => parseOptions(['--zzzzzz'], specs), (e: Error) => !/did you mean/.test(e.message));
  assert.equal(editDistance('frmo', 'from'), 1, 'a swap is one edit');
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('format', 'format'), 0);
  assert.equal(closest('formt', ['format', 'json', 'quiet']), 'format');
  assert.equal(closest('banana', ['format', 'json', 'quiet']), undefined);
});

test('no colour codes with NO_COLOR, nor when the output is not a terminal', () => {
  const { root, cleanup } = makeResearchFixture();
  try {
    const bin = path.join(REPO, 'bin/paved.js');
    const env: NodeJS.ProcessEnv = { ...process.env, PAVED_TODAY: '2026-06-01', PAVED_ROOT: root };
    delete env['NO_COLOR'];
    delete env['FORCE_COLOR'];
    for (const [label, extra] of [['piped output', {}], ['NO_COLOR', { NO_COLOR: '1' }]] as const) {
      for (const args of [['--help'], ['check'], ['research', 'synthesize'], ['check', '--jsno']]) {
        const r = spawnSync(process.execPath, [bin, ...args], { cwd: REPO, env: { ...env, ...extra }, encoding: 'utf8' });
        assert.ok(r.stdout.length + r.stderr.length > 0, `${label} ${args.join(' ')} printed something`);
        assert.doesNotMatch(r.stdout + r.stderr, /\u001b\[/, `${label} ${args.join(' ')}: no escape codes`);
      }
    }
  } finally {
    cleanup();
  }
});

/**
 * `paved`: the author toolkit. One command, one verb per module in ./commands.
 */
import path from 'node:path';
import { catalogue } from './commands/catalogue.ts';
import { check } from './commands/check.ts';
import { research } from './commands/research.ts';
import { metrics } from './commands/metrics.ts';
import { newCommand } from './commands/new.ts';
import { readFileSync } from 'node:fs';
import { closest, COMMON_OPTIONS, optionsHelp, parseOptions, UsageError } from './args.ts';
import { bold } from './output.ts';
import type { Command, Context } from './types.ts';

export type { Command, Context };

export const COMMANDS: readonly Command[] = [check, newCommand, catalogue, research, metrics];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `${bold('paved')}: the Paved author toolkit`,
    '',
    'Usage: paved <verb> [options]     (in a clone: npx paved <verb>, or npm run paved -- <verb>)',
    '',
    'Verbs:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "paved <verb> --help" for a verb\'s options.',
  ].join('\n');
}

/** The toolkit's version: the package's. */
export function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** A verb's full help: usage, what it does, and every option of each sub-verb with its default. */
export function helpOf(command: Command): string {
  const parts = [bold(command.usage), '', command.help];
  for (const [sub, specs] of Object.entries(command.options)) {
    parts.push('', sub ? `Options of "${command.name} ${sub}":` : 'Options:', optionsHelp([...specs, ...COMMON_OPTIONS]));
  }
  return parts.join('\n');
}

/** Checks a verb's arguments against its declared options; a usage error names the option and the fix. */
function checkArguments(command: Command, args: readonly string[]): void {
  const subs = Object.keys(command.options).filter((k) => k !== '');
  let specs = command.options[''];
  let rest = args;
  if (subs.length) {
    const [sub, ...after] = args;
    if (sub === undefined || sub.startsWith('-')) {
      // No sub-verb: the verb's own options, when it has any (paved metrics); else the verb says which exist.
      if (specs) parseOptions(args, [...specs, ...COMMON_OPTIONS]);
      return;
    }
    if (!subs.includes(sub) && specs) {
      parseOptions(args, [...specs, ...COMMON_OPTIONS]);
      return;
    }
    if (!subs.includes(sub)) {
      const hint = closest(sub, subs);
      throw new UsageError(`unknown sub-verb "${sub}"${hint ? `: did you mean "${hint}"?` : `: use one of ${subs.join(', ')}`}`);
    }
    specs = command.options[sub];
    rest = after;
  }
  parseOptions(rest, [...(specs ?? []), ...COMMON_OPTIONS]);
}

/** Runs the toolkit with the given arguments and returns the exit code: 0 fine, 1 content errors, 2 usage errors. */
export async function main(argv: string[], ctx: Context = { root: process.env['PAVED_ROOT'] ? path.resolve(process.env['PAVED_ROOT']) : process.cwd() }): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === '--version' || verb === '-v') {
    console.log(version());
    return 0;
  }
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    console.log(usage());
    return verb ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === verb);
  if (!command) {
    const hint = closest(verb, COMMANDS.map((c) => c.name));
    console.error(`paved: unknown verb "${verb}"${hint ? `: did you mean "${hint}"?` : ''}\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(helpOf(command));
    return 0;
  }
  try {
    checkArguments(command, rest);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`paved ${verb}: ${e.message}\nUsage: ${command.usage}\nRun "paved ${verb} --help" for every option.`);
    return 2;
  }
  try {
    return await command.run(rest, ctx);
  } catch (e) {
    console.error(`paved ${verb}: ${(e as Error).message}${e instanceof UsageError ? `\nUsage: ${command.usage}\nRun "paved ${verb} --help" for every option.` : ''}`);
    return 2;
  }
}

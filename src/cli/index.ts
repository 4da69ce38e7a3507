/**
 * `paved`: the author toolkit. One command, one verb per module in ./commands.
 */
import path from 'node:path';
import { catalogue } from './commands/catalogue.ts';
import { check } from './commands/check.ts';
import { research } from './commands/research.ts';
import { metrics } from './commands/metrics.ts';
import { bold } from './output.ts';
import type { Command, Context } from './types.ts';

export type { Command, Context };

export const COMMANDS: readonly Command[] = [check, catalogue, research, metrics];

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

/** Runs the toolkit with the given arguments and returns the exit code. */
export async function main(argv: string[], ctx: Context = { root: process.env['PAVED_ROOT'] ? path.resolve(process.env['PAVED_ROOT']) : process.cwd() }): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    console.log(usage());
    return verb ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === verb);
  if (!command) {
    console.error(`paved: unknown verb "${verb}".\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`${bold(command.usage)}\n\n${command.help}`);
    return 0;
  }
  try {
    return await command.run(rest, ctx);
  } catch (e) {
    console.error(`paved ${verb}: ${(e as Error).message}`);
    return 2;
  }
}

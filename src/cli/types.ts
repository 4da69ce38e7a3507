/** What every verb of the toolkit is: its name, help, options and run function (src/cli/commands/*.ts). */
import type { OptionSpec } from './args.ts';
export interface Context {
  /** The repository root (the folder holding content/ and research/). */
  root: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  help: string;
  /**
   * The options the verb takes, keyed by sub-verb (`''` for a verb without sub-verbs): `main` checks the
   * arguments against them before `run` sees them, and `--help` lists them.
   */
  options: Readonly<Record<string, readonly OptionSpec[]>>;
  run(args: string[], ctx: Context): number | Promise<number>;
}

/** What every verb of the toolkit is: its name, help and run function (src/cli/commands/*.ts). */
export interface Context {
  /** The repository root (the folder holding content/ and research/). */
  root: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  help: string;
  run(args: string[], ctx: Context): number | Promise<number>;
}

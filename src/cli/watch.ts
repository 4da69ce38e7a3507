/**
 * `--watch`: run something again whenever content changes, for authors who keep `paved check` open beside
 * the editor. Watches content/, research/ and paved.config.yaml (fs.watch, recursive), waits until saves
 * settle (editors write a file in several steps), prints a short header and runs again. Ends on Ctrl-C,
 * or when `signal` aborts (tests).
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE } from '../schemas/config.ts';
import { bold, dim } from './output.ts';

/** What is watched, relative to the repository root. */
export const WATCHED = ['content', 'research', CONFIG_FILE] as const;

export interface WatchOptions {
  /** How long saves must settle before running again, in milliseconds. */
  debounceMs?: number;
  signal?: AbortSignal;
  /** Where the header goes. */
  out?: (line: string) => void;
}

/** Runs `run` once, then after every settled change; resolves 0 when stopped. */
export function watchAndRun(root: string, run: () => unknown, options: WatchOptions = {}): Promise<number> {
  const { debounceMs = 250, signal, out = (l: string) => console.log(l) } = options;
  const header = (changed: readonly string[]) => {
    const time = new Date().toTimeString().slice(0, 8);
    out('');
    out(bold(`paved check --watch, ${time}${changed.length ? `: ${changed.length === 1 ? changed[0] : `${changed.length} files changed`}` : ''}`));
  };
  const once = (changed: readonly string[]) => {
    header(changed);
    try {
      run();
    } catch (e) {
      out(`paved check: ${(e as Error).message}`);
    }
    out(dim('Watching content/, research/ and paved.config.yaml; Ctrl-C to stop.'));
  };
  return new Promise((resolve) => {
    const watchers: FSWatcher[] = [];
    let timer: NodeJS.Timeout | undefined;
    const pending = new Set<string>();
    const changed = (base: string, isFile: boolean) => (_event: string, name: string | Buffer | null) => {
      const file = name && !isFile ? path.posix.join(base, String(name).split(path.sep).join('/')) : base;
      if (file.split('/').some((p) => p.startsWith('.'))) return; // editors' swap and backup files
      pending.add(file);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const files = [...pending].sort();
        pending.clear();
        once(files);
      }, debounceMs);
    };
    for (const dir of ['content', 'research']) {
      if (existsSync(path.join(root, dir))) watchers.push(watch(path.join(root, dir), { recursive: true }, changed(dir, false)));
    }
    // The configuration through its folder: editors that save by replacing the file would end a watch on the file itself.
    const onConfig = changed(CONFIG_FILE, true);
    watchers.push(watch(root, (event, name) => void (name !== null && String(name) === CONFIG_FILE && onConfig(event, name))));
    const stop = () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      process.off('SIGINT', stop);
      resolve(0);
    };
    process.on('SIGINT', stop);
    signal?.addEventListener('abort', stop, { once: true });
    once([]);
  });
}

/**
 * A real nginx (Debian's package; `.ci/run` installs it) serving a built site with the server block the
 * build generates (src/lib/publish/headers.ts), on a free port of the loopback interface.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nginxServer } from '../src/lib/publish/headers.ts';

const NGINX = process.env['PAVED_NGINX'] ?? ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx'].find((p) => existsSync(p));
const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'].find((p) => existsSync(p));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningNginx {
  origin: string;
  stop(): void;
}

/** Serves `site` (a built dist folder) under `base` with the generated configuration. */
export async function startNginx(site: string, base: string): Promise<RunningNginx> {
  if (!NGINX || !MIME_TYPES) throw new Error('nginx is not installed: `apt-get install -y nginx` (as .ci/run does), or set PAVED_NGINX to its binary');
  if (!existsSync(path.join(site, 'index.html'))) throw new Error(`${site} has no index.html: build the site first`);
  const port = await freePort();
  const prefix = mkdtempSync(path.join(tmpdir(), 'paved-nginx-'));
  // nginx's workers run as an unprivileged user when it starts as root: they must be able to read the tree.
  chmodSync(prefix, 0o755);
  const root = path.join(prefix, 'www');
  // The site's files live at <root><base>, as the generated configuration expects.
  const target = path.join(root, base);
  mkdirSync(path.dirname(target.replace(/\/$/, '')), { recursive: true });
  symlinkSync(path.resolve(site), target.replace(/\/$/, ''));
  const server = nginxServer({ base, tls: false, root, port });
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      'daemon on;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${MIME_TYPES};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;`,
      server.replace(`listen ${port};`, `listen 127.0.0.1:${port};`),
      '}',
    ].join('\n'),
  );
  const started = spawnSync(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`);
  return {
    origin: `http://127.0.0.1:${port}`,
    stop() {
      spawnSync(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-s', 'stop']);
      const log = existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8') : '';
      rmSync(prefix, { recursive: true, force: true });
      if (/\[(emerg|alert|crit)\]/.test(log)) throw new Error(`nginx logged: ${log}`);
    },
  };
}

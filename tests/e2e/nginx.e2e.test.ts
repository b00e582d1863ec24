// The deployment snippet (#8): nginx from Debian's packages serves dist/ with
// tests/deploy/nginx-site.conf on 127.0.0.1, and every page and asset gets the headers the README
// promises. Outside CI, a missing nginx skips this file loudly; under CI=true it must run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.NGINX_PORT ?? 4381);
const BASE = `http://127.0.0.1:${PORT}`;
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(
  (path) => spawnSync(path, ['-v']).status === 0,
);

if (!NGINX) {
  const message =
    'nginx not found: the deployment header test did NOT run. Install it with `sudo apt-get install -y nginx-light`.';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!! ${message} !!!\n`);
}

/** The site snippet adapted to a temporary, unprivileged server on 127.0.0.1. */
function writeConfig(dir: string): string {
  const site = readFileSync(join(ROOT, 'tests/deploy/nginx-site.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${PORT};`)
    .replace('root /var/www/crm-readiness;', `root ${join(ROOT, 'dist')};`);
  const temp = (name: string) => `${name} ${join(dir, name)};`;
  const config = `
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')};
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  ${['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map(temp).join('\n  ')}
  ${site}
}`;
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, config);
  return file;
}

describe.runIf(NGINX !== undefined)('the nginx deployment snippet', () => {
  let server: ChildProcess | undefined;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nginx-'));
    server = spawn(NGINX ?? 'nginx', ['-c', writeConfig(dir), '-p', dir], { stdio: 'ignore' });
    for (let i = 0; i < 50; i += 1) {
      try {
        await fetch(BASE);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
  });
  afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/', '/es/', '/method/', '/es/results/', '/decision/'])(
    'serves %s with the security headers',
    async (path) => {
      const response = await fetch(`${BASE}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      // The camera for this site only: the workshop page scans answers' QR codes (#18).
      const permissions = response.headers.get('permissions-policy') ?? '';
      expect(permissions).toContain('camera=(self)');
      expect(permissions).toContain('microphone=()');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    },
  );

  it('caches hashed assets for a year, as JavaScript, without sniffing', async () => {
    const script = readdirSync(join(ROOT, 'dist/_astro')).find((name) => name.endsWith('.js'));
    const response = await fetch(`${BASE}/_astro/${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  // The offline worker (src/build/offline-route.ts) answers these the same way (#15).
  it.each([
    ['/assessments', '/assessments/'],
    ['/es/assessments?id=a1&step=review', '/es/assessments/?id=a1&step=review'],
  ])('redirects the slashless page %s to %s, keeping the query', async (path, target) => {
    const response = await fetch(`${BASE}${path}`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${BASE}${target}`);
  });

  it('serves a page asked by its index.html', async () => {
    const response = await fetch(`${BASE}/es/assessments/index.html?id=a1`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(
      readFileSync(join(ROOT, 'dist/es/assessments/index.html'), 'utf8'),
    );
  });

  it('answers an unknown address with the site’s 404 page', async () => {
    const response = await fetch(`${BASE}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This page does not exist');
  });

  it('serves public/_headers with the same rules, for Netlify and Cloudflare Pages', () => {
    const headers = readFileSync(join(ROOT, 'dist/_headers'), 'utf8');
    const snippet = readFileSync(join(ROOT, 'tests/deploy/nginx-site.conf'), 'utf8');
    for (const name of [
      'Content-Security-Policy',
      'X-Frame-Options',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'Strict-Transport-Security',
    ]) {
      const value = new RegExp(`${name}: (.+)`).exec(headers)?.[1]?.trim();
      expect(value, name).toBeDefined();
      expect(snippet).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});

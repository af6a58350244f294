// The static server behind npm start and the e2e tests: serves files with types, 404s, refuses paths outside its root.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require('../../scripts/serveStatic.cjs') as { serveStatic: (root: string, port: number) => Promise<{ server: import('node:http').Server; port: number; url: string }> };

function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    // A raw path, so "../" reaches the server unnormalised as an attacker would send it.
    const req = request({ host: 'localhost', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic', () => {
  const parent = mkdtempSync(join(tmpdir(), 'serve-'));
  const root = join(parent, 'site');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<p>workbench</p>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(parent, 'secret.txt'), 'not served');
  let served: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    served = await serveStatic(root, 0);
  });
  afterAll(() => new Promise<void>((resolve) => served.server.close(() => resolve())));

  it('serves index.html at / and files with their content type', async () => {
    expect(served.url).toBe(`http://localhost:${served.port}/`);
    expect(await get(served.port, '/')).toMatchObject({ status: 200, body: '<p>workbench</p>', type: 'text/html; charset=utf-8' });
    expect(await get(served.port, '/assets/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
  });

  it('answers 404 for a missing file and refuses to leave its folder', async () => {
    expect((await get(served.port, '/nope.js')).status).toBe(404);
    const escape = await get(served.port, '/../secret.txt');
    expect(escape.body).not.toContain('not served');
    expect([403, 404]).toContain(escape.status);
    expect((await get(served.port, '/%2e%2e/secret.txt')).body).not.toContain('not served');
  });
});

// Builds the workbench once (scripts/buildWorkbench.cjs) and serves it on a free localhost port for the e2e tests.
import { join } from 'node:path';
import type { Server } from 'node:http';

interface Served {
  readonly url: string;
  close(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..', '..');

export async function buildAndServeWorkbench(): Promise<Served> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildWorkbench } = require(join(ROOT, 'scripts', 'buildWorkbench.cjs')) as { buildWorkbench: (options?: { mode?: string }) => Promise<string> };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveStatic } = require(join(ROOT, 'scripts', 'serveStatic.cjs')) as { serveStatic: (root: string, port?: number) => Promise<{ server: Server; url: string }> };
  const folder = await buildWorkbench({ mode: 'production' });
  const { server, url } = await serveStatic(folder, 0);
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

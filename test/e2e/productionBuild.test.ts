// Builds the production task pane into a temporary folder and checks what Word will load: Office.js from the CDN in
// <head>, the manifest's URLs rewritten from ADDIN_PUBLIC_URL, no simulator or workbench code, first-screen JS in budget.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack, { type Configuration, type Stats } from 'webpack';

const ROOT = join(__dirname, '..', '..');
const PUBLIC_URL = 'https://addin.example.test/ai-data-terms/';
const BUDGET = 250 * 1024;

function build(outputPath: string): Promise<Stats> {
  const previous = process.env.ADDIN_PUBLIC_URL;
  process.env.ADDIN_PUBLIC_URL = PUBLIC_URL;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Configuration;
  const config = makeConfig({}, { mode: 'production' });
  if (previous === undefined) delete process.env.ADDIN_PUBLIC_URL;
  else process.env.ADDIN_PUBLIC_URL = previous;
  return new Promise((resolve, reject) => {
    webpack({ ...config, context: ROOT, output: { ...config.output, path: outputPath } }, (error, stats) => {
      if (error || !stats) return reject(error ?? new Error('webpack returned no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

describe('production build', () => {
  const out = mkdtempSync(join(tmpdir(), 'addin-dist-'));
  let stats: Stats;

  beforeAll(async () => {
    stats = await build(out);
  }, 240000);

  it('loads Office.js from the CDN in <head> and the bundle after it', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(html).toMatch(/<script[^>]+src="taskpane\.[0-9a-f]+\.js"/);
    expect(readFileSync(join(out, 'commands.html'), 'utf8')).toContain('appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('rewrites every localhost URL in the copied manifest to ADDIN_PUBLIC_URL', () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`${PUBLIC_URL}taskpane.html`);
    expect(manifest).toContain(`${PUBLIC_URL}assets/icon-80.png`);
    expect(manifest).toContain('<AppDomain>https://addin.example.test</AppDomain>');
    expect(readdirSync(join(out, 'assets'))).toEqual(expect.arrayContaining(['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png', 'icon-128.png', 'support.html']));
  });

  it('contains no simulator or workbench code', () => {
    const modules = stats.toJson({ all: false, modules: true, nestedModules: true }).modules ?? [];
    const names = modules.flatMap((module) => [module.name ?? '', ...(module.modules ?? []).map((inner) => inner.name ?? '')]);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name) => /src\/(simulator|workbench)\//.test(name))).toEqual([]);
  });

  it('keeps the first screen\'s JavaScript within 250 KB gzipped', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1] ?? '').filter((src) => !src.startsWith('http'));
    expect(scripts.length).toBeGreaterThan(0);
    const size = scripts.reduce((sum, name) => sum + gzipSync(readFileSync(join(out, name))).length, 0);
    console.log(`production task pane first-screen JS: ${(size / 1024).toFixed(1)} KB gzipped`);
    expect(size).toBeLessThanOrEqual(BUDGET);
  });
});

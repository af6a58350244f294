// Validates manifest.xml against the offline Office XSDs with xmllint and checks that every file it names exists.
// Needs xmllint (libxml2-utils): fails when CI is set and it is missing, otherwise skips with a loud notice.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCHEMA = '/work/shared/office-manifest-schema/OfficeAppManifestV1_1.xsd';
const LOCAL_SCHEMA = join(ROOT, '..', 'shared', 'office-manifest-schema', 'OfficeAppManifestV1_1.xsd');
const schemaPath = existsSync(LOCAL_SCHEMA) ? LOCAL_SCHEMA : SCHEMA;
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

function validate(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', schemaPath, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const xmllintReady = hasXmllint() && existsSync(schemaPath);
if (!xmllintReady && process.env.CI) {
  throw new Error(`xmllint or the schema (${schemaPath}) is missing. Install libxml2-utils (apt-get install libxml2-utils); .ci/run does this.`);
}
if (!xmllintReady) {
  console.warn('\n*** SKIPPING manifest schema validation: xmllint or the offline schema is missing. Install libxml2-utils. ***\n');
}
const withXmllint = xmllintReady ? describe : describe.skip;

withXmllint('manifest.xml against the Office XSD', () => {
  it('validates', () => {
    const result = validate(manifest);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('the validator really rejects a Requirements element placed after DefaultSettings', () => {
    const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(manifest)?.[0] ?? '';
    expect(requirements).not.toBe('');
    const moved = manifest.replace(requirements, '').replace('</DefaultSettings>', `</DefaultSettings>${requirements}`);
    expect(validate(moved).ok).toBe(false);
  });

  it('the validator really rejects FullAccess permissions', () => {
    expect(validate(manifest.replace('ReadWriteDocument', 'FullAccess')).ok).toBe(false);
  });

  it('xmllint is the real binary, not a stub', () => {
    expect(execFileSync('xmllint', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBeDefined();
  });
});

describe('manifest.xml content', () => {
  it('declares a Word task pane that needs WordApi 1.3 and can edit the document', () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toMatch(/<Host Name="Document"\/>/);
    expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1.3"\/>/);
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it('has a fixed GUID id', () => {
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  });

  it('points every URL at localhost:3000 and at a file the build serves', () => {
    const urls = [...manifest.matchAll(/"(https?:\/\/[^"]+)"/g)].map((match) => match[1] ?? '').filter((url) => !url.includes('schemas.microsoft.com') && !url.includes('www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith('https://localhost:3000/')).toBe(true);
      const path = url.slice('https://localhost:3000/'.length);
      const source = path.startsWith('assets/') ? join(ROOT, path) : join(ROOT, 'src', path === 'commands.html' ? 'commands' : 'taskpane', path);
      expect({ url, exists: existsSync(source) }).toEqual({ url, exists: true });
    }
  });

  it('keeps AppDomains to the add-in origin only', () => {
    const domains = [...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((match) => match[1]);
    expect(domains).toEqual(['https://localhost:3000']);
  });
});

describe('icons', () => {
  it.each([16, 32, 64, 80, 128])('assets/icon-%i.png is a %i px RGBA PNG', (size) => {
    const png = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
    expect(png[25]).toBe(6);
  });
});

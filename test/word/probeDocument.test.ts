// The probe document of TESTING.md (issue 10 item 10) holds every construct the probes P1-P9 need, reads as a .docx,
// and keeps Opposing Counsel's revisions through the add-in's whole flow in the simulator at WordApi 1.7 and 1.3.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runSimulate } from '../../src/cli/simulate';
import { readDocx } from '../../src/docx/readDocx';
import { buildProbeDocument } from './probes/probeDocument';

describe('the fidelity probe document', () => {
  it('holds a tracked change by another author, a field, a footnote, a line break, special hyphens, hidden text, a control and a numbered list', async () => {
    const bytes = await buildProbeDocument();
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    for (const element of ['w:del w:id', 'w:ins w:id', 'Opposing Counsel', 'w:fldChar', 'REF _RefProbe41', 'w:bookmarkStart', 'w:footnoteReference', 'w:br/', 'w:noBreakHyphen', 'w:softHyphen', 'w:vanish', 'w:sdtContent', 'w:numPr', '\u201cServices\u201d', '"Platform"']) {
      expect(xml).toContain(element);
    }
    const read = await readDocx(bytes, 'fidelity-probes.docx');
    expect(read.ok && read.document.paragraphs.length).toBe(12);
    const long = await readDocx(await buildProbeDocument(3), 'long.docx');
    expect(long.ok && long.document.paragraphs.length).toBe(36);
  });

  it.each(['1.7', '1.3'])('goes through the add-in’s flow at WordApi %s keeping the other side’s revisions, and rejecting ours restores it', async (api) => {
    const path = join(mkdtempSync(join(tmpdir(), 'probe-doc-')), 'fidelity-probes.docx');
    writeFileSync(path, await buildProbeDocument());
    const result = await runSimulate([path, '--api', api]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { revisions: { author: string; type: string; text: string }[]; text: { original: string; rejected: string } };
    const theirs = out.revisions.filter((r) => r.author === 'Opposing Counsel').map((r) => `${r.type} ${r.text}`);
    // Their insertion may be split where our tracked deletion of "can" starts, but every word of it is still theirs.
    expect(theirs.filter((r) => r.startsWith('delete'))).toEqual(['delete may ']);
    expect(theirs.filter((r) => r.startsWith('insert')).map((r) => r.slice('insert '.length)).join('')).toBe('can ');
    expect(out.text.rejected).toBe(out.text.original);
  });
});

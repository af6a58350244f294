// `npm run simulate -- FILE.docx` (issue 10 item 1): a negotiated draft with the other party's tracked changes, a
// footnote and a cross-reference is loaded as Word would show it; after the run every revision is listed with its
// author, the other party's are intact, and rejecting only this run's revisions gives the document back. At WordApi
// 1.3 the paragraphs holding their revisions are refused, not flattened.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runSimulate } from '../../src/cli/simulate';
import { buildDocx } from '../../src/docx/buildDocx';
import { W_NS } from '../../src/ooxml/namespaces';

const COUNSEL = 'w:author="Opposing Counsel" w:date="2026-01-02T10:00:00Z"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const BODY = [
  `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('CLOUD SERVICES TERMS')}</w:p>`,
  `<w:p>${run('Supplier ')}<w:del w:id="1" ${COUNSEL}><w:r><w:delText xml:space="preserve">may </w:delText></w:r></w:del><w:ins w:id="2" ${COUNSEL}>${run('can ')}</w:ins>${run('use Client Content to train and refine its machine learning models.')}</w:p>`,
  `<w:p>${run('Supplier may keep Client Content ')}<w:ins w:id="3" ${COUNSEL}>${run('for backup purposes ')}</w:ins>${run('after the end of these Terms.')}</w:p>`,
  `<w:p>${run('Supplier may share Client Content with outside model providers')}<w:r><w:footnoteReference w:id="1"/></w:r>${run(' as described in Section ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref7 \\r \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('7')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run('.')}</w:p>`,
  `<w:p>${run('Each party shall protect the other party\u2019s confidential information.')}</w:p>`,
].join('');

interface SimulateJson {
  plans: { applied: string; paragraph: number }[];
  notInserted?: { message: string };
  revisions: { id: number; type: string; text: string; author: string; paragraph: number; byThisRun: boolean }[];
  text: { original: string; accepted: string; rejected: string };
}

async function negotiatedDocx(): Promise<string> {
  const zip = await JSZip.loadAsync(await buildDocx([{ text: 'placeholder' }]));
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${BODY}</w:body></w:document>`);
  const path = join(mkdtempSync(join(tmpdir(), 'simulate-docx-')), 'negotiated.docx');
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
  return path;
}

/** The counsel's revisions by id with their whole text (our edits may split one into runs). */
function counsel(out: SimulateJson): Record<string, string> {
  const byId: Record<string, string> = {};
  for (const r of out.revisions.filter((x) => x.author === 'Opposing Counsel')) byId[`${r.id} ${r.type}`] = (byId[`${r.id} ${r.type}`] ?? '') + r.text;
  return byId;
}

describe('npm run simulate on a negotiated .docx', () => {
  it.each(['1.7', '1.3'])('keeps the other party’s revisions and lists every revision with its author at WordApi %s', async (api) => {
    const path = await negotiatedDocx();
    const result = await runSimulate([path, '--api', api, '--comments', 'internal']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(result.stdout) as SimulateJson;
    expect(Object.values(counsel(out)).sort()).toEqual(['can ', 'for backup purposes ', 'may ']);
    expect(out.revisions.every((r) => r.author.length > 0)).toBe(true);
    expect(out.revisions.some((r) => r.byThisRun)).toBe(true);
    expect(out.text.original).toContain('Supplier can use Client Content');
    expect(out.text.rejected).toBe(out.text.original);
    if (api === '1.3') {
      expect(out.notInserted?.message).toMatch(/holds tracked changes by Opposing Counsel/);
      expect(out.plans.filter((p) => p.paragraph === 1 || p.paragraph === 2).every((p) => p.applied === 'not inserted')).toBe(true);
    } else {
      expect(out.plans.filter((p) => p.applied === 'not inserted')).toEqual([]);
    }
  });
});

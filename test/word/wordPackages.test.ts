// Issue 10 items 8 and 9 (R9, R10): at WordApi 1.3 the redline is written into the paragraph's own package as Word
// returns it (fixtures in Word's shape, our own drafting: rsids, bookmarks, proofing marks, split runs, styles and
// numbering parts). Everything but the changed words survives; a numbered clause still takes the Copy clause path
// until probe P6 passes; revisions carry the author chosen in the pane, or the user's name where Office gives it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { W_NS } from '../../src/ooxml/namespaces';
import { renderPlanOverOoxml } from '../../src/ooxml/renderPlanOverOoxml';
import { childElements, parseXml, serializeXml } from '../../src/ooxml/xmlDom';
import { createSimulator } from '../../src/simulator';
import { reviewedText } from '../../src/simulator/reviewedText';
import { createWordHost } from '../../src/word/createWordHost';
import { readParagraphPackage } from '../../src/word/paragraphPackage';
import { rewritePlan } from './planFixture';

const fixture = (name: string): string => readFileSync(join(__dirname, '../fixtures/word/ooxml', `${name}.xml`), 'utf8');
const NUMBERED = fixture('numbered-clause-with-bookmark');
const BODY = fixture('body-text-with-split-runs');
const STAMP = { author: 'AI Data Terms', date: '2026-01-15T09:00:00Z' };

/** What must survive a redline: paragraph properties, paragraph attributes, bookmarks and every other part. */
function survivors(ooxml: string) {
  const parsed = parseXml(ooxml);
  if (!parsed.ok) throw new Error(parsed.error);
  const dom = parsed.dom;
  const p = dom.getElementsByTagNameNS(W_NS, 'p').item(0)!;
  const parts = childElements(dom.documentElement!)
    .filter((part) => part.getAttribute('pkg:name') !== '/word/document.xml')
    .map((part) => serializeXml(part));
  const names = (local: string) => Array.from(dom.getElementsByTagNameNS(W_NS, local), (e) => serializeXml(e));
  return {
    paragraphProperties: serializeXml(p.getElementsByTagNameNS(W_NS, 'pPr').item(0)!),
    paragraphAttributes: Array.from(p.attributes, (a) => `${a.name}=${a.value}`),
    bookmarks: [...names('bookmarkStart'), ...names('bookmarkEnd')],
    sections: names('sectPr'),
    parts,
  };
}

describe('redlining Word’s own paragraph package (WordApi 1.3)', () => {
  it.each([
    ['numbered-clause-with-bookmark', NUMBERED, 'Provider may use Customer Data to improve the Services.', 'Provider shall not use Customer Data to improve the Services.'],
    ['body-text-with-split-runs', BODY, 'The Provider may retain Customer Data for as long as it sees fit.', 'The Provider may retain Customer Data for thirty days.'],
  ])('keeps numbering, paragraph properties, rsids, bookmarks and the other parts of %s', (_name, ooxml, original, target) => {
    const plan = rewritePlan(0, original, target);
    const rendered = renderPlanOverOoxml(ooxml, plan, STAMP);
    if (!rendered.ok) throw new Error(rendered.reason);
    expect(survivors(rendered.ooxml)).toEqual(survivors(ooxml));
    expect(readParagraphPackage(rendered.ooxml)?.texts[0]).toBe(target);
  });

  it('puts a plain paragraph’s redline in through the simulator with its own properties intact', async () => {
    const sim = createSimulator({ paragraphs: [{ ooxml: BODY }], apiLevel: '1.3' });
    const host = createWordHost(sim.api);
    const read = await host.readDocument();
    const text = read.ok ? read.value[0]!.text : '';
    const result = await host.applyPlans([rewritePlan(0, text, 'The Provider may retain Customer Data for thirty days.')], { comment: 'none' });
    expect(result.ok && result.value[0]!.mode).toBe('ooxml');
    const after = await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      const ooxml = paragraphs.items[0]!.getOoxml();
      await context.sync();
      return ooxml.value;
    });
    expect(survivors(after).paragraphProperties).toBe(survivors(BODY).paragraphProperties);
    expect(reviewedText(sim.snapshot(), 'rejected')).toEqual([text]);
  });

  it('refuses a numbered clause, pointing to Copy clause, until probe P6 shows Word keeps its number', async () => {
    const sim = createSimulator({ paragraphs: [{ ooxml: NUMBERED }], apiLevel: '1.3' });
    const host = createWordHost(sim.api);
    const read = await host.readDocument();
    const text = read.ok ? read.value[0]!.text : '';
    const result = await host.applyPlans([rewritePlan(0, text, 'Provider shall not use Customer Data to improve the Services.')], { comment: 'none' });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('numbered clause'), nextStep: expect.stringContaining('Copy clause') } });
    expect(sim.snapshot().revisions).toEqual([]);
  });
});

describe('the author of revisions the add-in writes itself (WordApi 1.3)', () => {
  const CLAUSE = 'Provider may use Customer Data.';
  const plan = rewritePlan(0, CLAUSE, 'Provider shall not use Customer Data.');
  const authors = (sim: ReturnType<typeof createSimulator>) => [...new Set(sim.snapshot().revisions.map((r) => r.author))];

  it('uses the name chosen in the pane', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE], apiLevel: '1.3' });
    await createWordHost(sim.api).applyPlans([plan], { comment: 'none', author: 'Jane Lawyer' });
    expect(authors(sim)).toEqual(['Jane Lawyer']);
  });

  it('defaults to the user’s name where Office gives it, else to "AI Data Terms"', async () => {
    const named = createSimulator({ paragraphs: [CLAUSE], apiLevel: '1.3' });
    const office = { context: { ...named.api.Office.context, userProfile: { displayName: 'Sam Counsel' } } };
    await createWordHost({ Word: named.api.Word, Office: office }).applyPlans([plan], { comment: 'none', author: '  ' });
    expect(authors(named)).toEqual(['Sam Counsel']);
    const anonymous = createSimulator({ paragraphs: [CLAUSE], apiLevel: '1.3' });
    await createWordHost(anonymous.api).applyPlans([plan], { comment: 'none' });
    expect(authors(anonymous)).toEqual(['AI Data Terms']);
  });
});

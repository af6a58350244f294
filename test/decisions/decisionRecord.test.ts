// The decision record: fingerprints that survive small edits and renumbering, one versioned XML format validated
// with zod, corrupt or newer records reported (never read as empty), and the custom XML part in a .docx package.
import JSZip from 'jszip';
import { readDocx } from '../../src/docx/readDocx';
import { readDecisionPart, removeDecisionPart, writeDecisionPart } from '../../src/docx/decisions/decisionPart';
import { DECISION_NAMESPACE, parseDecisionRecord, serializeDecisionRecord, withDecision, type Decision } from '../../src/negotiation/decisionRecord';
import { clauseFingerprint, distance, matchFingerprints, MAX_DISTANCE, missingFingerprint } from '../../src/negotiation/fingerprint';
import { buildSampleDocx } from '../fixtures/docx/sampleDocx';

const CLAUSE = 'Provider may use Customer Data and Usage Data to train, fine-tune and evaluate its machine learning models, unless Customer opts out by written notice.';

const DECISIONS: Decision[] = [
  { fingerprint: clauseFingerprint('ai-training', CLAUSE), category: 'ai-training', status: 'redlined', position: 'fallback1', comment: '[Internal] Opt-in only <for now> & "quoted"', paragraph: 17, clause: '3.3' },
  { fingerprint: clauseFingerprint('survival-retention', 'Provider may retain Customer Data indefinitely.'), category: 'survival-retention', status: 'dismissed', reason: 'Covered elsewhere in the contract', paragraph: 30 },
  { fingerprint: missingFingerprint('audit'), category: 'audit', status: 'accepted', reason: 'Business sign-off obtained', paragraph: 40 },
];

describe('clause fingerprints', () => {
  it('stay the same when only the clause number or spacing changes', () => {
    expect(clauseFingerprint('ai-training', `3.3  ${CLAUSE}`)).toBe(clauseFingerprint('ai-training', CLAUSE));
    expect(clauseFingerprint('ai-training', `(b) ${CLAUSE.replace(/ /g, '  ')}`)).toBe(clauseFingerprint('ai-training', CLAUSE));
  });

  it('stay within reach after a small edit, and far from a different clause of the same category', () => {
    const edited = clauseFingerprint('ai-training', CLAUSE.replace('evaluate', 'assess'));
    expect(distance(edited, DECISIONS[0]!.fingerprint)).toBeLessThanOrEqual(MAX_DISTANCE);
    const other = clauseFingerprint('ai-training', 'Provider may reuse Outputs and any prompts that produced them to improve the quality of responses for other customers.');
    expect(distance(other, DECISIONS[0]!.fingerprint)).toBeGreaterThan(MAX_DISTANCE);
    expect(distance(clauseFingerprint('service-improvement', CLAUSE), DECISIONS[0]!.fingerprint)).toBe(Infinity);
  });

  it('match each current clause to the closest recorded one, each used once', () => {
    const recorded = [clauseFingerprint('ai-training', CLAUSE), clauseFingerprint('ai-training', `${CLAUSE} Provider shall keep a log.`)];
    const current = [clauseFingerprint('ai-training', `${CLAUSE} Provider shall keep a log of it.`), clauseFingerprint('ai-training', CLAUSE)];
    expect([...matchFingerprints(current, recorded).entries()].sort()).toEqual([[0, 1], [1, 0]]);
    expect(matchFingerprints([missingFingerprint('audit')], [missingFingerprint('audit'), missingFingerprint('deletion')]).get(0)).toBe(0);
  });
});

describe('the decision record format', () => {
  it('round-trips every field, escaping text', () => {
    const xml = serializeDecisionRecord(DECISIONS);
    expect(xml).toContain(`xmlns="${DECISION_NAMESPACE}"`);
    expect(xml).toContain('version="1"');
    expect(parseDecisionRecord(xml)).toEqual({ ok: true, decisions: DECISIONS });
  });

  it('reports a record from a newer version instead of reading it', () => {
    const newer = serializeDecisionRecord(DECISIONS).replace('version="1"', 'version="2"');
    expect(parseDecisionRecord(newer)).toMatchObject({ ok: false, problem: 'newer', message: expect.stringMatching(/newer version .*format 2/) });
  });

  it.each([
    ['not XML', '<decisionRecord'],
    ['another format', '<other xmlns="urn:example"/>'],
    ['no version', `<decisionRecord xmlns="${DECISION_NAMESPACE}"/>`],
    ['a bad status', serializeDecisionRecord(DECISIONS).replace('status="dismissed"', 'status="maybe"')],
    ['a bad fingerprint', serializeDecisionRecord(DECISIONS).replace(/fingerprint="ai-training:[0-9a-f]+"/, 'fingerprint="x"')],
    ['a stray element', serializeDecisionRecord(DECISIONS).replace('</decisionRecord>', '<note/></decisionRecord>')],
  ])('reports a damaged record (%s) with what is wrong', (_case, xml) => {
    const parsed = parseDecisionRecord(xml);
    expect(parsed).toMatchObject({ ok: false, problem: 'corrupt' });
    if (!parsed.ok) expect(parsed.message).toMatch(/^the decision record is damaged \(.+\)$/);
  });

  it('replaces a decision by fingerprint, and forgets one set back to open', () => {
    const dismissed = DECISIONS[1]!;
    const accepted = withDecision(DECISIONS, { ...dismissed, status: 'accepted' });
    expect(accepted.filter((decision) => decision.fingerprint === dismissed.fingerprint)).toEqual([{ ...dismissed, status: 'accepted' }]);
    expect(withDecision(DECISIONS, { ...dismissed, status: 'open' })).toHaveLength(2);
  });
});

describe('the decision record in a .docx package', () => {
  const load = async () => JSZip.loadAsync(await buildSampleDocx());

  it('is written as a custom XML part with its properties, relationship and content types, and read back', async () => {
    const zip = await load();
    expect(await readDecisionPart(zip, 'word/document.xml')).toEqual({ ok: true, value: null });
    const xml = serializeDecisionRecord(DECISIONS);
    expect(await writeDecisionPart(zip, 'word/document.xml', xml)).toEqual({ ok: true, value: undefined });
    const reopened = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array' }));
    expect(await readDecisionPart(reopened, 'word/document.xml')).toEqual({ ok: true, value: xml });
    expect(await reopened.file('word/_rels/document.xml.rels')!.async('string')).toMatch(/relationships\/customXml" Target="\.\.\/customXml\/item1\.xml"/);
    expect(await reopened.file('customXml/_rels/item1.xml.rels')!.async('string')).toContain('Target="itemProps1.xml"');
    expect(await reopened.file('[Content_Types].xml')!.async('string')).toContain('PartName="/customXml/itemProps1.xml"');
    // The document itself still reads the same.
    const read = await readDocx(await reopened.generateAsync({ type: 'uint8array' }), 'contract.docx');
    expect(read.ok).toBe(true);
  });

  it('is updated in place, not duplicated, and removed with everything that points at it', async () => {
    const zip = await load();
    await writeDecisionPart(zip, 'word/document.xml', serializeDecisionRecord(DECISIONS));
    const fewer = serializeDecisionRecord(DECISIONS.slice(0, 1));
    await writeDecisionPart(zip, 'word/document.xml', fewer);
    expect(Object.keys(zip.files).filter((path) => path.startsWith('customXml/item'))).toEqual(['customXml/item1.xml', 'customXml/itemProps1.xml']);
    expect(await readDecisionPart(zip, 'word/document.xml')).toEqual({ ok: true, value: fewer });
    expect(await removeDecisionPart(zip, 'word/document.xml')).toEqual({ ok: true, value: true });
    expect(Object.keys(zip.files).some((path) => path.startsWith('customXml/') && !zip.files[path]!.dir)).toBe(false);
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).not.toContain('customXml');
    expect(await zip.file('[Content_Types].xml')!.async('string')).not.toContain('customXml');
  });

  it('finds a damaged record of ours rather than adding a second one', async () => {
    const zip = await load();
    await writeDecisionPart(zip, 'word/document.xml', serializeDecisionRecord(DECISIONS));
    zip.file('customXml/item1.xml', `<decisionRecord xmlns="${DECISION_NAMESPACE}" version="1"><decision`);
    const read = await readDecisionPart(zip, 'word/document.xml');
    expect(read.ok && read.value !== null && parseDecisionRecord(read.value).ok).toBe(false);
  });
});

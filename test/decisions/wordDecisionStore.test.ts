// The Word host keeps the decision record in the document: a custom XML part at WordApi 1.4+ (one part, found by
// namespace), the document's settings below that; both survive closing and reopening the simulated document.
import { DECISION_NAMESPACE, serializeDecisionRecord } from '../../src/negotiation/decisionRecord';
import { missingFingerprint } from '../../src/negotiation/fingerprint';
import { createSimulator, type ApiLevel } from '../../src/simulator';
import { createWordHost } from '../../src/word/createWordHost';
import { RECORD_NAMESPACE } from '../../src/word/decisionStore';

const RECORD = serializeDecisionRecord([{ fingerprint: missingFingerprint('audit'), category: 'audit', status: 'accepted', reason: 'Business sign-off obtained', paragraph: 1 }]);
const OTHER_PART = '<properties xmlns="urn:example:other"><owner>Legal</owner></properties>';

function open(apiLevel: ApiLevel) {
  const simulator = createSimulator({ paragraphs: ['Terms', 'Provider may use Customer Data to train its models.'], apiLevel });
  return { simulator, host: () => createWordHost(simulator.api) };
}

describe('the decision record in Word', () => {
  it('uses the namespace the record format writes', () => {
    expect(RECORD_NAMESPACE).toBe(DECISION_NAMESPACE);
  });

  it.each(['1.4', '1.7'] as const)('is a custom XML part at WordApi %s, read back after reopening, and removed alone', async (level) => {
    const { simulator, host } = open(level);
    const first = host();
    expect(await first.readDecisionRecord()).toEqual({ ok: true, value: null });
    const other = await first.writeDecisionRecord(RECORD);
    expect(other.ok).toBe(true);
    await createWordHost(simulator.api).writeDecisionRecord(RECORD.replace('Business sign-off obtained', 'Low-value data only'));
    expect(simulator.storedParts().customXml).toHaveLength(1);
    simulator.reopen();
    expect(await host().readDecisionRecord()).toEqual({ ok: true, value: RECORD.replace('Business sign-off obtained', 'Low-value data only') });
    expect(await host().removeDecisionRecord()).toEqual({ ok: true, value: true });
    expect(await host().readDecisionRecord()).toEqual({ ok: true, value: null });
    expect(simulator.currentText()).toEqual(['Terms', 'Provider may use Customer Data to train its models.']);
  });

  it('never touches another add-in\'s custom XML part', async () => {
    const { simulator, host } = open('1.7');
    await simulator.api.Word.run(async (context) => {
      context.document.customXmlParts.add(OTHER_PART);
      await context.sync();
    });
    await host().writeDecisionRecord(RECORD);
    await host().removeDecisionRecord();
    expect(simulator.storedParts().customXml).toEqual([OTHER_PART]);
  });

  it('is kept in the document settings at WordApi 1.3, and survives reopening', async () => {
    const { simulator, host } = open('1.3');
    expect(await host().writeDecisionRecord(RECORD)).toEqual({ ok: true, value: undefined });
    expect(simulator.storedParts().customXml).toEqual([]);
    simulator.reopen();
    expect(await host().readDecisionRecord()).toEqual({ ok: true, value: RECORD });
    expect(await host().removeDecisionRecord()).toEqual({ ok: true, value: true });
    expect(simulator.storedParts().settings).toEqual({});
  });

  it('reports a read-only document as an error, with nothing saved', async () => {
    const simulator = createSimulator({ paragraphs: ['Terms'], apiLevel: '1.7', readOnly: true });
    const result = await createWordHost(simulator.api).writeDecisionRecord(RECORD);
    expect(result).toMatchObject({ ok: false, error: { kind: 'read-only' } });
    expect(simulator.storedParts().customXml).toEqual([]);
  });
});

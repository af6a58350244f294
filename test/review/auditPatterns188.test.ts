// Patterns taken up in the fiftieth session, from the lawyer audits of the forty-ninth's first runs (audit186) and of
// this session's own (audit188 onwards). Every clause is our own drafting.
import { applyOps } from '../../src/engine/applyOps';
import { withDeemedAcceptanceStruck } from '../../src/review/deemedAcceptance';

describe('a deemed acceptance whose protective exception cites a numbered clause', () => {
  const text =
    '12.1 Harrowgate may amend any policy referred to in this Agreement on notice. Continued use of the Services after an amendment takes effect constitutes acceptance of it, save that an amendment that reduces the protection given by clause 4.2 shall not apply until the next renewal.';
  const consent = [{ kind: 'insert' as const, at: text.indexOf('. Continued'), text: ', provided that no change shall take effect unless agreed in a written amendment signed by both parties' }];

  it('is struck as a whole sentence, not cut at the full stop inside "4.2" (audit186, 421 § 17.1)', () => {
    const ops = withDeemedAcceptanceStruck(text, consent);
    const after = ops ? applyOps(text, ops) : '';
    expect(after).not.toMatch(/Continued use/);
    expect(after).toMatch(/parties\. An amendment that reduces the protection given by clause 4\.2 shall not apply until the next renewal\.$/);
  });
});

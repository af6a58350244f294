// A carve-out from deletion that keeps the customer's data inside what the vendor built from it loses that limb; the
// narrow carve-outs (backups that roll off, records the law requires) stay (lawyer audit of agreements 69 7.3 and
// 71). Every clause is the project's own drafting.
import { strikeBuiltInLimb } from '../../src/review/redline/surgical/carveOutLimb';
import { strikeSurvival } from '../../src/review/redline/surgical/keepingEdits';
import { applySplices } from '../../src/review/redline/surgical/splice';
import { preferredReview } from './agreements';

const struck = (sentence: string, derived?: string): string | undefined => {
  const splices = strikeBuiltInLimb(sentence, derived);
  return splices && applySplices(sentence, splices);
};

describe('strikeBuiltInLimb', () => {
  it('strikes a last limb and gives its "or" to the item before it', () => {
    expect(
      struck('Clause 7.2 does not apply to records Halden must keep under Clause 7.1, to back-up copies overwritten within sixty days, or to Client Data already incorporated into the Benchmark Library, all of which Halden may keep.'),
    ).toBe('Clause 7.2 does not apply to records Halden must keep under Clause 7.1, or to back-up copies overwritten within sixty days, all of which Halden may keep.');
  });

  it('strikes a middle limb with its comma, and a first limb with the separator after it', () => {
    expect(struck('Deletion does not reach usage statistics, scoring models already trained with your data, or copies in backups (which roll off within ninety days).')).toBe(
      'Deletion does not reach usage statistics, or copies in backups (which roll off within ninety days).',
    );
    expect(struck('Clause 7.2 does not apply to Client Data already incorporated into the Benchmark Library, or to records required by law.')).toBe(
      'Clause 7.2 does not apply to records required by law.',
    );
  });

  it('leaves anonymised material, a lone limb and sentences that carve nothing out', () => {
    expect(struck('Clause 7.2 does not apply to anonymised excerpts already incorporated into the Halden Index, or to records required by law.')).toBeUndefined();
    expect(struck('Clause 7.2 does not apply to Benchmark Data already incorporated into the Index, or to billing records.', 'Benchmark Data')).toBeUndefined();
    expect(struck('Deletion does not reach scoring models already trained with your data.')).toBeUndefined();
    expect(struck('Halden shall delete Client Data already incorporated into the Benchmark Library on request.')).toBeUndefined();
  });
});

const HALDEN = [
  'This Agreement is between Halden Analytics Ltd ("Halden") and the customer named in the Order ("Customer").',
  '1.1 "Client Data" means the records Customer submits to the Platform.',
  '7.1 Halden shall keep invoices and audit logs for six years.',
  '7.2 Within thirty days after this Agreement ends, Halden shall delete Client Data.',
  '7.3 Clause 7.2 does not apply to records Halden must keep under Clause 7.1, to back-up copies overwritten within sixty days, or to Client Data already incorporated into the Benchmark Library, all of which Halden may keep.',
];

describe('a deletion carve-out in an agreement of our own drafting', () => {
  const { edit } = preferredReview(HALDEN);

  it('strikes only the limb that keeps Client Data in what Halden built, and says why', () => {
    const item = edit(4);
    expect(item?.target).toBe(
      '7.3 Clause 7.2 does not apply to records Halden must keep under Clause 7.1, or to back-up copies overwritten within sixty days, all of which Halden may keep.',
    );
    expect(item?.comment.external).toBe('Deletion must reach Client Data inside what Halden built from it, or that Client Data is kept for good; the other carve-outs stand.');
  });
});

describe('strikeSurvival on a right that runs on after the term', () => {
  it('strikes the limb that runs the right on "thereafter"', () => {
    const sentence = 'Client grants Halden a right to store Client Data during the term of this Agreement and, with respect to Client Data already in its models at termination, thereafter without limitation in time.';
    expect(applySplices(sentence, strikeSurvival(sentence) ?? [])).toBe('Client grants Halden a right to store Client Data during the term of this Agreement.');
  });

  it('strikes the licence\'s own survival clause whole, never stopping at the full stop of "Section 3.1" (audit42)', () => {
    const sentence =
      'Sections 1, 3.3, 4, and 7 of this Agreement, and any other provision that by its nature is intended to survive shall survive any termination of this Agreement, and the licence granted in Section 3.1 shall survive for so long as Halden retains any Client Data under Section 3.7.';
    expect(applySplices(sentence, strikeSurvival(sentence) ?? [])).toBe(
      'Sections 1, 3.3, 4, and 7 of this Agreement, and any other provision that by its nature is intended to survive shall survive any termination of this Agreement.',
    );
  });
});

describe('a use joined to no keeping', () => {
  it('is never rewritten as "shall cease using and shall delete" in front of its purposes', () => {
    const { plan } = preferredReview([
      'This Agreement is between Halden Analytics Ltd ("Halden") and the customer named in the Order ("Customer").',
      '1.1 "Client Data" means the records Customer submits to the Platform.',
      '1.2 "Anonymised Data" means Client Data from which no individual can be identified.',
      '7.2 Halden may use Anonymised Data, during and after the Term, to develop and improve its products and services.',
    ]);
    const targets = plan.items.map((item) => (item.kind === 'edit' ? item.target : ''));
    expect(targets.join(' ')).not.toMatch(/shall cease using and shall delete Anonymised Data, during/);
  });
});

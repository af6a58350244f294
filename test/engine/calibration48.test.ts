// Per-clause expectations for the language patterns of calibration round 48 (first runs on blind65, blind66 and
// agreements 333–336, 2026-12-06): a consent the vendor may do without is no lever of the customer's; a deletion held
// back by an aside after the modal ("shall, within thirty days after the request, delete") is still the clause's own.
// Every clause is our own drafting, read alone.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('consent named after "without" in a permission', () => {
  it('is waived, so the clause gives the customer no opt-out', () => {
    const text = 'Brindlecove may use Prompts to train its ranking models without obtaining any further consent from the Customer.';
    expect(categoriesOf(text)).toContain('ai-training:risk');
    expect(categoriesOf(text)).not.toContain('opt-out:protective');
  });

  it('still gates a ban: "shall not … without prior written consent" keeps the customer in control', () => {
    const text = "Brindlecove shall not use Prompts to train any model without the Customer's prior written consent.";
    expect(categoriesOf(text)).toEqual(expect.arrayContaining(['no-training:protective', 'opt-out:protective']));
  });
});

describe('a deletion after an aside that follows the modal', () => {
  it.each([
    "Pellworth shall, within forty-five (45) days following the Customer's written request, erase all Customer Data from its systems.",
    "On expiry, Pellworth shall, within thirty (30) days after the Client's written instruction, delete all Client Data and certify the deletion.",
    "Pellworth shall, no later than sixty (60) days after termination and upon the Customer's request, destroy all copies of Customer Data.",
  ])('is the clause\'s own duty: %s', (text) => {
    expect(categoriesOf(text)).toContain('deletion:protective');
    expect(categoriesOf(text)).not.toContain('survival-retention:risk');
  });

  it('still reads a clause dated by a deletion as dated, not as a duty to delete', () => {
    const text = 'After the workspace is deleted, Pellworth may keep backup copies of Customer Data for ninety (90) days.';
    expect(categoriesOf(text)).not.toContain('deletion:protective');
  });
});

describe('a vendor named only by its trade name in the title', () => {
  const contract = (title: string, name: string) =>
    [title, `These terms apply between ${name} and the customer named in the Order Form ("Customer").`, `2.1 ${name} may use Customer Data to train the models that power the Platform.`, `2.2 ${name} will keep Customer Data confidential.`].map((text) => ({ text }));

  it('is the vendor the inserted wording names', () => {
    expect(analyzeDocument(contract('QUARRELLO PLATFORM SUBSCRIPTION TERMS', 'Quarrello')).terms.vendor).toBe('Quarrello');
  });

  it('is never an institution word or a name the body does not use as a party', () => {
    expect(analyzeDocument(contract('UNIVERSITY SERVICES AGREEMENT', 'University')).terms.vendor).not.toBe('University');
    expect(analyzeDocument(contract('QUARRELLO PLATFORM SUBSCRIPTION TERMS', 'the Supplier')).terms.vendor).not.toBe('Quarrello');
  });
});

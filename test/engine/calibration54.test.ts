// Per-clause expectations for the language patterns of calibration round 54 (first runs on blind80 and agreements
// 395–398, 2026-12-06): the customer taking its own data out of a use ("withdraw its Terminal Data from the model
// training") is an opt-out; what a user "creates with" an AI feature is output; a keeping that lasts "for so long as
// that requirement subsists" ends when the law's requirement does. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('the customer withdrawing its data, its permission or its election', () => {
  it('reads data taken out of the training as an opt-out', () => {
    const found = categoriesOf('Customer may withdraw its Harbour Data from the model training described in clause 3.1 on thirty days\' written notice, after which Quayline will exclude it from each later model release.');
    expect(found).toContain('opt-out:protective');
  });

  it('reads a withdrawn permission for the improvement use as one too', () => {
    const found = categoriesOf('If the Council withdraws its permission under clause 6.4, Fernbrook shall cease to use Anonymised Data in calibrating any new version of the Triage Model.');
    expect(found).toContain('opt-out:protective');
  });

  it('does not read a withdrawn notice of termination as a lever over data', () => {
    const found = categoriesOf('Either party may withdraw its notice of termination before it takes effect with the written agreement of the other party.');
    expect(found.filter((f) => f.startsWith('opt-out'))).toEqual([]);
  });
});

describe('what a user creates with an AI feature', () => {
  it('is output, and owned by the user where the clause says it belongs to them', () => {
    const found = categoriesOf('Poems and drawings your pupil creates with the Inkwell AI helper belong to your school, and we claim no ownership of them.');
    expect(found.some((f) => f.startsWith('output-ownership:'))).toBe(true);
    expect(found).not.toContain('output-ownership:risk');
  });
});

describe('a deletion whose carve-out keeps records only while the law requires them', () => {
  it('is a deletion, not open-ended retention', () => {
    const found = categoriesOf(
      'Within sixty days after termination, Brackwater shall delete all Customer Data in its possession; save that Brackwater may retain such records as it is required to keep by applicable law, for so long as that requirement subsists.',
    );
    expect(found).toContain('deletion:protective');
    expect(found).not.toContain('survival-retention:risk');
  });
});

describe('words of another sense on a building site, in a bill and in an assessment', () => {
  it('reads an "exclusion zone" as a place, not as data taken out of a use', () => {
    const found = categoriesOf('The Services apply the Detection Models to Site Imagery to flag missing hard hats, unguarded edges and exclusion-zone intrusions.');
    expect(found.filter((f) => f.startsWith('opt-out'))).toEqual([]);
  });

  it('reads a notice of usage above the limits as billing, not breach notification', () => {
    const found = categoriesOf('Quayline may throttle requests that exceed the usage limits in the Order Form and shall notify Customer of any sustained excess so that the parties can agree an increase.');
    expect(found).not.toContain('confidentiality:protective');
  });

  it('still reads notice of a security incident as a measure', () => {
    const found = categoriesOf('Quayline shall notify Customer of any Security Incident affecting Customer Data without undue delay.');
    expect(found).toContain('confidentiality:protective');
  });

  it('reads help with the customer\'s data protection impact assessment as no promise about the data', () => {
    const found = categoriesOf('Quayline shall provide reasonable assistance to Customer in carrying out any data protection impact assessment that Customer considers necessary.');
    expect(found).not.toContain('confidentiality:protective');
  });
});

describe('a ban on training with an exception for the customer\'s own model', () => {
  it('keeps the ban whole where the excepted models are deployed only within the customer\'s own tenant', () => {
    const found = categoriesOf('Quayline may, however, use Customer Content to train models that are deployed solely within Customer\'s own tenant, such as its document classifier.');
    expect(found).not.toContain('ai-training:risk');
  });

  it('keeps the ban whole where the excepted models deliver the services to the customer and are shared with no one else', () => {
    const found = categoriesOf('The Processor shall not use Candidate Data to train or improve any model, save for models used exclusively to deliver the Services to the Controller and not shared with or made available to any other client of the Processor.');
    expect(found).toContain('no-training:protective');
    expect(found).not.toContain('ai-training:risk');
  });
});

describe('the vendor\'s people named with a party word', () => {
  it('reads "every member of its personnel" as the vendor\'s staff, so the vendor\'s duty is a security measure', () => {
    const found = categoriesOf('The Supplier shall ensure that every member of its personnel who has access to Council Data has signed a confidentiality undertaking.');
    expect(found).toContain('confidentiality:protective');
  });
});

describe('deletion and keeping read in the second batch (fresh148a, 404)', () => {
  it('keeps the main verb of "drafts that are not approved are deleted" out of the relative clause\'s "not"', () => {
    const found = categoriesOf('Draft AI Summaries that are not approved are deleted 7 days after generation.');
    expect(found).not.toContain('survival-retention:risk');
  });

  it('reads a deletion "from the App" after a date "recorded in the App" as the customer\'s data deleted', () => {
    const found = categoriesOf('Within 30 days after a Child\'s leaving date is recorded in the App, Quayline shall delete that Child\'s Photos and Daily Reports from the App.');
    expect(found).toContain('deletion:protective');
  });

  it('reads "Nothing … requires the vendor to delete" usage data and statistics as keeping them, not as a limit', () => {
    const found = categoriesOf('Nothing in this Agreement requires Quayline to delete Service Metadata or the statistics compiled under clause 5.3.');
    expect(found).toContain('survival-retention:risk');
    expect(found).not.toContain('aggregated-data:protective');
  });

  it('reads retraining the customer\'s model as a free warranty remedy, not a training right', () => {
    const found = categoriesOf('If performance degrades, Quayline will retrain the Inspection Model using Customer Data at no additional charge.');
    expect(found).not.toContain('ai-training:risk');
  });

  it('still reads training the vendor\'s general models as a grant, charged or not', () => {
    const found = categoriesOf('Quayline may use Customer Data to train its general models at no additional charge.');
    expect(found).toContain('ai-training:risk');
  });
});

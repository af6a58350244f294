// How the other modes read a document: a data-use agreement's role names decide the sides, the agreement's own names
// fill the playbook's placeholders, and each mode's posture is written for whoever sits in that chair.
import { analyzeDocument } from '../../../src/engine/analyzeDocument';
import { summarizePosture } from '../../../src/engine/posture';
import type { ReviewMode } from '../../../src/engine/types';

const analyze = (mode: ReviewMode, ...lines: string[]) => analyzeDocument(lines.map((text) => ({ text })), { mode });
const found = (mode: ReviewMode, ...lines: string[]) => analyze(mode, ...lines).findings.map((f) => `${f.category}:${f.stance}`);

describe('dua mode reading', () => {
  test.each([
    ['Data User', 'The Data User may use the Dataset for any purpose.', ['dua-use-beyond-purpose:risk']],
    ['Licensee (the recipient in a data licence)', 'The Licensee may use the Licensed Data for any purpose.', ['dua-use-beyond-purpose:risk']],
    // "Developer" is a customer word in the customer mode's vocabulary; here it is the recipient.
    ['Developer', 'The Developer may use the Shared Data for any purpose.', ['dua-use-beyond-purpose:risk']],
    // The holder acting on its own data grants the recipient nothing.
    ['Data Provider', 'The Data Provider may use the Shared Data for any purpose.', []],
    ['Licensor', 'The Licensor may use the Licensed Data for any purpose.', []],
  ])('reads "%s" as the side its role gives it', (_role, clause, expected) => {
    expect(found('dua', clause)).toEqual(expected);
  });

  test('fills placeholders from the agreement’s definitions, with plain defaults when it has none', () => {
    const defined = analyze(
      'dua',
      'This agreement is between Seabright Archive (the "Data Holder") and Kestrel Labs (the "Data Recipient").',
      '"Licensed Records" means the digitised letters described in the Annex.',
    );
    expect(defined.terms).toMatchObject({ vendor: 'Data Recipient', customer: 'Data Holder', customerData: 'Licensed Records' });
    expect(analyze('dua', 'The Recipient may keep the data indefinitely.').terms).toMatchObject({ vendor: 'Recipient', customer: 'Data Provider', customerData: 'Shared Data' });
  });

  test('a party named only by a short name is the data holder when the other is named as the recipient', () => {
    const read = analyze(
      'dua',
      'This agreement is between Fernleigh Press LLC, a New York company ("Publisher"), and Orrin Labs, Inc. ("Developer").',
      '"Licensed Content" means the articles and photographs listed in Exhibit A.',
      '"Derived Data" means embeddings and statistics that Developer creates from Licensed Content.',
      'Developer may use Licensed Content to train its models.',
    );
    expect(read.terms).toMatchObject({ vendor: 'Developer', customer: 'Publisher', customerData: 'Licensed Content' });
  });

  test('never reports the customer mode’s training risk: training is the purpose here', () => {
    expect(found('dua', 'The Developer may use the Shared Data to train, fine-tune and evaluate the Model.')).toEqual([]);
  });
});

describe('postures per mode', () => {
  test.each([
    ['dua', ['The Recipient may share the Shared Data with its partners.'], 'The recipient may disclose your data itself, not only the trained model.'],
    // Six, not seven: the terms of an open release matter only to an agreement that speaks of releasing the model.
    ['dua', ['The Recipient shall use the Shared Data solely to train the Model.'], expect.stringMatching(/^Your data is limited to the named model, but 6 safeguards are missing\.$/)],
    ['dua', ['The Recipient shall use the Shared Data solely to train the Model.', 'The Recipient will release the Model under the Apache License, Version 2.0.'], expect.stringMatching(/^Your data is limited to the named model, but \d safeguards are missing\.$/)],
    ['dua', ['The parties meet quarterly.'], 'No data-use terms were found.'],
    ['vendor', ['Supplier shall not use Customer Data to train any model.'], 'The customer’s ban on using its data leaves no room for security or abuse prevention.'],
    ['vendor', ['Customer may audit Supplier at any time without notice.', 'Supplier shall not use aggregated data derived from Customer Data.'], 'The customer’s terms forbid the aggregated statistics the service needs in order to run.'],
    ['vendor', ['The parties meet quarterly.'], 'No restrictions on your use of the customer’s data were found.'],
  ] as const)('%s: %j', (mode, lines, posture) => {
    expect(summarizePosture(analyze(mode, ...lines))).toEqual(posture);
  });

  test('vendor explanations ask the customer, data-use agreement explanations ask the recipient', () => {
    expect(analyze('vendor', 'Customer may audit Supplier at any time.').findings[0]?.explanation).toContain('Ask the customer:');
    expect(analyze('dua', 'The Recipient may retain the Shared Data indefinitely.').findings[0]?.explanation).toContain('Ask the recipient:');
  });
});

describe('the open release of the model', () => {
  const missing = (...lines: string[]) => analyze('dua', ...lines).missing.map((m) => m.category);

  test('is asked for where the agreement speaks of releasing the model', () => {
    expect(missing('The Recipient shall use the Shared Data solely to train the Model.', 'The Recipient will publicly release the Model.')).toContain('dua-model-release');
  });

  test('is not asked for in a licence that forbids open weights', () => {
    expect(
      missing('The Licensee shall use the Licensed Content solely to train the Licensee Models.', 'The Licensee shall not release any Licensee Model as open weights.'),
    ).not.toContain('dua-model-release');
  });
});

// Edits leave sentences a lawyer can send: a list loses its last item with the "and" before it, a reference such as
// "Section 5(c)" is no list item, and an edit that would cut a sentence off after its modal is not made (lawyer audit
// of agreements 93–96). Clauses are the project's own drafting.
import { leavesBrokenText } from '../../src/review/brokenText';
import { reviewOf } from './agreements';

const addendum = [
  'This Enterprise Addendum is between Quarrytide Legal AI, Inc. ("Quarrytide") and Merrow & Pike LLP ("Customer").',
  '1. "Customer Content" means the documents, prompts and matter files that Customer uploads to the Service.',
  '4(a) Quarrytide will delete Customer Content within 30 days after termination.',
  '4(b) Notwithstanding Section 4(a), Quarrytide may retain Customer Content (i) to the extent required by law or a litigation hold, (ii) in backups that are overwritten within ninety (90) days, and (iii) in the form of aggregated or de-identified data under Section 5(c) of the Online Terms, which may be retained indefinitely.',
  '6. Following the export period, Quarrytide may retain (a) invoices that it must keep under tax law and (b) de-identified information derived from Customer Content, which may persist indefinitely.',
];

describe('a list that loses its risky last item', () => {
  const { edit } = reviewOf(addendum, { position: 'preferred', insertMissing: false });

  it('loses it with the "and" before it, which moves to the new last item; "Section 5(c)" is read as a reference', () => {
    expect(edit(3)?.target).toBe(
      '4(b) Notwithstanding Section 4(a), Quarrytide may retain Customer Content (i) to the extent required by law or a litigation hold, and (ii) in backups that are overwritten within ninety (90) days.',
    );
  });

  it('drops the marker of the one item left', () => {
    expect(edit(4)?.target).toBe('6. Following the export period, Quarrytide may retain invoices that it must keep under tax law.');
  });
});

describe('an edit that would leave a broken sentence', () => {
  const sentence = 'Item 4 – The Supplier may, however, use de-identified transcripts to improve its general speech models.';
  const cutAt = sentence.indexOf(', however');
  const end = sentence.length - 1;

  it('is told apart from a strike that leaves a finished sentence', () => {
    expect(leavesBrokenText(sentence, [{ kind: 'delete', start: cutAt, end, text: sentence.slice(cutAt, end) }])).toBeDefined();
    const general = sentence.indexOf(' general');
    expect(leavesBrokenText(sentence, [{ kind: 'delete', start: general, end: general + 8, text: ' general' }])).toBeUndefined();
  });

  it('counts a "[Reserved]" with words after it and a doubled comma, but not faults the paragraph already had', () => {
    const list = '(b) Vendor may keep (i) logs, and (iii) data under Section 5(c) of the Terms.';
    const item = list.indexOf('data under');
    const to = list.indexOf('(c)');
    expect(leavesBrokenText(list, [{ kind: 'delete', start: item, end: to, text: list.slice(item, to) }, { kind: 'insert', at: to, text: '[Reserved]' }])).toBeDefined();
    expect(leavesBrokenText('We may keep logs, , as needed.', [])).toBeUndefined();
    const logs = 'We may keep logs and backups.';
    expect(leavesBrokenText(logs, [{ kind: 'delete', start: 16, end: 28, text: logs.slice(16, 28) }, { kind: 'insert', at: 28, text: ', ,' }])).toBeDefined();
  });
});

describe('a strike that would cut the sentence off after its modal', () => {
  it('is not made: the sentence keeps its verb', () => {
    const { edit } = reviewOf(
      [
        'This Statement of Work is between Brolga Speech Pty Ltd ("Supplier") and Kestrel Super Services Pty Ltd ("Customer").',
        '1. "Customer Material" means call recordings, transcripts and notes that the Customer provides to the Supplier.',
        '2. The Supplier must not use Customer Material to train any speech model other than a model used only for the Customer.',
        'Item 4 – The Supplier may, however, use de-identified acoustic features derived from Customer Material from which names and member numbers have been removed to improve its general speech models, and may aggregate detection rates across its clients for benchmarking reports made available to those clients.',
      ],
      { position: 'preferred', insertMissing: false },
    );
    const target = edit(3)?.target ?? '';
    expect(target).not.toMatch(/\b(?:may|shall not)\.$/);
    // Read as one clause since "may, however, use" keeps its verb group, the grant may be turned into a ban; either
    // way the verb and what it governs stay.
    expect(target).toMatch(/^Item 4 – The Supplier (?:may|shall not), however, use de-identified acoustic features /);
  });
});

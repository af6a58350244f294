// A deletion promise whose backup copies outlast it: the backup period is the deletion's carve-out, never the risk the
// promise removes (issue 8, stance errors on whole agreements). Own drafting.
import { categoriesOf } from './support';

const read = (paragraph: string): string[] => [...new Set(categoriesOf(paragraph))].sort();

describe('backup copies kept after a deletion the paragraph promises', () => {
  test('in the next sentence, with a period: the deletion stands alone', () => {
    expect(read('We erase your workspace data within 30 days after you close your account. Residual copies may remain in our backups after deletion for up to 90 days.'))
      .toEqual(['deletion:protective']);
  });

  test('overwritten on a cycle: the backup period is a note to read beside the deletion, never a risk', () => {
    expect(read('Deletion. Lantern will delete your Inputs within 30 days. Copies held in backups are overwritten within 90 days.'))
      .toEqual(['deletion:protective', 'survival-retention:neutral']);
  });

  test('after "although" in the same sentence', () => {
    expect(read('When you delete a project, Lantern removes it from its systems within 30 days, although copies may remain in backups for a limited period after deletion.'))
      .toEqual(['deletion:protective']);
  });

  test('a right to keep backup copies stays a note to read, never a risk', () => {
    const found = read('Following termination, Orrin will delete Client Files from its production systems within 30 days. Notwithstanding the foregoing, Orrin may retain Client Files in backup archives for up to 90 days.');
    expect(found).toContain('deletion:protective');
    expect(found).not.toContain('survival-retention:risk');
  });
});

describe('backups that are not a deletion’s carve-out', () => {
  test('a backup period told first and ended by the deletion is a retention term to read', () => {
    expect(read('Closed accounts may be held in backup copies for up to 45 days. At the end of that period, the copies are permanently deleted.'))
      .toContain('survival-retention:neutral');
  });

  test('backups kept without end after a deletion promise stay retention', () => {
    expect(read('We delete your notes when you ask us to. Copies in our backups may remain indefinitely after deletion.')).toContain('survival-retention:risk');
  });

  test('a bare backup period with no deletion promise is still reported', () => {
    expect(read('Deleted notes may remain in our backups for 35 days.')).toContain('survival-retention:neutral');
  });
});

describe('a deletion promise worded around a retention word', () => {
  test('"will not retain … after termination" promises deletion', () => {
    expect(read('Orrin will not retain Client Files after termination of this Agreement.')).toEqual(['deletion:protective']);
  });

  test('"is not obligated to retain" only lifts a duty: a note on retention, no deletion promise', () => {
    expect(read('Orrin is not obligated to keep any Client Files after the Term.')).toEqual(['survival-retention:neutral']);
  });

  test('keeping "only as long as needed to provide the service, then deleting" is a bounded term', () => {
    const found = read('Lantern keeps your prompts only as long as needed to provide the service and then deletes them.');
    expect(found).toContain('deletion:protective');
    expect(found).not.toContain('survival-retention:risk');
  });

  test('the end a deletion is dated by is not data kept after it', () => {
    expect(read('Lantern keeps your prompts only for as long as needed to provide the service, and deletes them within 30 days after termination.'))
      .not.toContain('survival-retention:risk');
  });

  test('keeping as long as the vendor’s own ends need stays open-ended retention', () => {
    expect(read('Lantern may retain your prompts for as long as necessary for its business purposes.')).toContain('survival-retention:risk');
  });
});

describe('data kept while the contract lasts', () => {
  test('is bounded by the deletion at the end that the same sentence promises', () => {
    const clause = 'The Supplier keeps Client Files for as long as the subscription continues, and will delete them within thirty (30) days after this agreement ends.';
    expect(read(clause)).not.toContain('survival-retention:risk');
    expect(read(clause)).toContain('deletion:protective');
  });

  test('stays open-ended without that deletion, or when the deletion is only on request', () => {
    expect(read('The Supplier keeps Client Files for as long as the subscription continues.')).toContain('survival-retention:risk');
    expect(read('The Supplier keeps Client Files for as long as it wishes, and will delete them if Client asks.')).toContain('survival-retention:risk');
  });
});

describe('a participle that describes the data', () => {
  test('"cached Outputs" in a deletion promise is a description, not data kept', () => {
    const clause = 'Clause 6.1 is amended so that Client Files, embeddings and cached Outputs are deleted from live systems within seven (7) days after a matter is closed.';
    expect(read(clause)).toContain('deletion:protective');
    expect(read(clause)).not.toContain('survival-retention:risk');
  });

  test('"tuned models" in a list of things deleted is no training', () => {
    const found = read('After this agreement ends, the Supplier will delete Client Files, Outputs and tuned models within thirty (30) days.');
    expect(found).toContain('deletion:protective');
    expect(found).not.toContain('ai-training:risk');
  });

  test('"your stored Inputs" in a deletion promise is what is deleted, not data kept for the vendor\'s own ends', () => {
    const found = read('After these Terms end, we will delete your stored Inputs, Outputs, Training Files and tuned models within thirty (30) days, except for Pilot Data and information we are required to retain by law.');
    expect(found).toContain('deletion:protective');
    expect(found).not.toContain('survival-retention:risk');
  });

  test('a verb of keeping after its subject is still an act', () => {
    expect(read('Client Files are cached indefinitely on our edge servers.')).toContain('survival-retention:risk');
  });
});

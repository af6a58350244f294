// Where one statement ends inside a sentence: the "not" of the first clause does not reach a second one with its own
// subject and verb. Own drafting.
import { categoriesOf } from './support';

const read = (paragraph: string): string[] => [...new Set(categoriesOf(paragraph))].sort();

describe('", and <subject> <verb>" after a complete clause starts a new statement', () => {
  test('a no-training promise followed by a deletion timetable: both protections, no retention', () => {
    expect(read('Lantern will not use the text of your notes for model training, and notes are deleted after 30 days.'))
      .toEqual(['deletion:protective', 'no-training:protective']);
  });

  test('a list of subjects before one verb stays one clause', () => {
    expect(read('Prompts, attachments, and outputs are not used to train our models.')).toEqual(['no-training:protective']);
  });

  test('a list after ";" with no verb of its own still carries the ban', () => {
    expect(read('Orrin will not use Client Files; any Outputs; or any Usage Data to train a model.')).toContain('no-training:protective');
  });

  test('a model dedicated solely to the customer, then its deletion: no training risk once the clauses part', () => {
    const found = read("Orrin may use Client Files to train forecasting models dedicated solely to Client's account, and such dedicated models shall be deleted on termination.");
    expect(found).not.toContain('ai-training:risk');
    expect(found).toContain('deletion:protective');
  });
});

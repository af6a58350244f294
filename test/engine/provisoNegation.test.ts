// "provided that no sub-processor shall …": the proviso's "that" opens the clause it governs, so its "no" reaches the
// whole clause (a ban), as after "ensure that"; and "Pte. Ltd." in a company's name ends no sentence. Our own drafting.
import { segmentDocument } from '../../src/engine/segmentDocument';
import { expectationRows as rows } from './support';

rows('"provided that no …", "except that no …", "save that no …": a negated subject inside a proviso is a ban', [
  ['Halden may engage sub-processors on fifteen days\' notice, provided that no sub-processor shall receive Member Records for the purpose of training its own models.', ['no-training:protective', 'third-party-ai:neutral']],
  ['No sub-processor shall receive Member Records for the purpose of training its own models.', ['no-training:protective', 'third-party-ai:neutral']],
  // Without the negation the same proviso still lets the sub-processor train.
  ['Halden may engage sub-processors on fifteen days\' notice, provided that each sub-processor may use Member Records to train its own models.', ['ai-training:risk', 'third-party-ai:neutral']],
]);

describe('company names with abbreviated suffixes', () => {
  it('keeps "Pte. Ltd." and "Sdn. Bhd." inside one sentence', () => {
    const text = 'Halden uses Lumen Speech Pte. Ltd. for dubbing and Kinta Cloud Sdn. Bhd. for hosting. Each is bound in writing.';
    expect(segmentDocument([{ text }]).map((s) => s.text)).toEqual([
      'Halden uses Lumen Speech Pte. Ltd. for dubbing and Kinta Cloud Sdn. Bhd. for hosting.',
      'Each is bound in writing.',
    ]);
  });
});

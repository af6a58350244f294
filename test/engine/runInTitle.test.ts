// A clause's run-in title that the clause then quotes as the name of a setting or programme ('14.4 Help improve our
// models. The "Help improve our models" setting …') names what the clause describes; it grants nothing, whatever verb
// its words hold (first run of agreement 324, 2026-12-06). Our own drafting, each read alone as the evaluation reads it.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('a run-in title the clause quotes as a name', () => {
  it('is not read as a grant to improve models', () => {
    const text = '9.2 Improve our models together. The "Improve our models together" switch in your studio settings decides whether we use your drafts to train our own models; it is off for Business plans.';
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });

  it('leaves an opening sentence that is not quoted later to be read as it stands', () => {
    const text = '9.3 We use your drafts to train our own models. You can switch this off in your studio settings.';
    expect(categoriesOf(text)).toContain('ai-training:risk');
  });
});

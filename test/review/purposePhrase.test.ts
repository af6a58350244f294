// The purpose phrase a surgical edit narrows ends at the sentence's own stops, never inside a clause number: the
// lawyer audit of 160 § 2.5 read "… Section 2.1." cut to "… the Model.1." after the phrase was replaced.
import { purposePhrase } from '../../src/review/redline/surgical/grammar';
import type { SurgicalContext } from '../../src/review/redline/surgical/context';

const contextOf = (sentence: string) => ({ sentence, evidence: [], vendorNames: [], mode: 'customer' }) as unknown as SurgicalContext;
const phraseOf = (sentence: string) => {
  const found = purposePhrase(contextOf(sentence));
  return found && sentence.slice(found.start, found.end);
};

describe('the purpose phrase of a sentence', () => {
  it('runs past the full stop inside "Section 2.1" to the sentence\'s own', () => {
    expect(phraseOf('The Licensee may use the Records for the purposes set out in Section 2.1.')).toBe(' for the purposes set out in Section 2.1');
  });
  it('still ends at a comma or the final full stop', () => {
    expect(phraseOf('Provider may use the data for any purpose, without charge.')).toBeUndefined();
    expect(phraseOf('Provider may use the data for any lawful purpose.')).toBe(' for any lawful purpose');
  });
});

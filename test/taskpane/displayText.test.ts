// Bidi control characters in document text are shown as visible tags in quotes, previews and reports, so a clause
// cannot be made to read differently in the pane than it does in the document.
import { displayText } from '../../src/taskpane/explain/displayText';
import { firstWords } from '../../src/taskpane/explain/cardText';

describe('displayText', () => {
  it('turns every bidi embedding, override and isolate into a visible tag', () => {
    expect(displayText('models \u202Egnp.exe\u202C here')).toBe('models [RLO]gnp.exe[PDF] here');
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(displayText(controls)).toBe('[LRE][RLE][PDF][LRO][RLO][LRI][RLI][FSI][PDI]');
  });

  it('leaves ordinary text, including right-to-left letters, alone', () => {
    expect(displayText('Provider may use שלום data')).toBe('Provider may use שלום data');
  });
});

describe('firstWords', () => {
  it('cuts a long quote at a word boundary', () => {
    expect(firstWords('Provider may use Customer Data to train, fine-tune and evaluate its models', 31)).toBe('Provider may use Customer Data…');
    expect(firstWords('Short  clause.')).toBe('Short clause.');
  });
});

// Single-quoted defined terms read as double-quoted ones, one character for one; apostrophes stay. Own drafting.
import { withDoubleQuotes } from '../../src/engine/singleQuotes';

describe('single-quoted defined terms', () => {
  it('reads a term defined in single quotes, curly or straight', () => {
    expect(withDoubleQuotes("1.2 'Client Files' means the documents the Client uploads.")).toBe('1.2 "Client Files" means the documents the Client uploads.');
    expect(withDoubleQuotes('Harrow Ltd (the ‘Supplier’) and the Client')).toBe('Harrow Ltd (the "Supplier") and the Client');
  });

  it('keeps every apostrophe and the length of the text', () => {
    const text = "The Supplier's team reviews the Client's files, and the users' logs are kept.";
    expect(withDoubleQuotes(text)).toBe(text);
    const quoted = "'Outputs' means what the Supplier's models return.";
    expect(withDoubleQuotes(quoted)).toHaveLength(quoted.length);
  });
});

// FAQ answers: "No." or "Yes." that answer a question are sentences of their own; the "No" does not negate the
// statement after it, and "No. 5" still abbreviates "number". Own drafting.
import { categoriesOf } from './support';
import { segmentDocument } from '../../src/engine/segmentDocument';

const read = (paragraph: string): string[] => [...new Set(categoriesOf(paragraph))].sort();

describe('"No." as an answer', () => {
  test('splits from the statement after it', () => {
    expect(segmentDocument([{ text: 'No. The key stays in the enclave. See Schedule No. 5 for details.' }]).map((s) => s.text))
      .toEqual(['No.', 'The key stays in the enclave.', 'See Schedule No. 5 for details.']);
  });

  test('does not turn a training grant after it into a ban', () => {
    expect(read('Are my chats private? No. Your chats may be used to train our models.')).toContain('ai-training:risk');
  });

  test('leaves the security statement after it readable', () => {
    expect(read('Can the host see my files? No. The enclave keeps memory hardware-encrypted, so the host sees only ciphertext.')).toContain('confidentiality:protective');
  });
});

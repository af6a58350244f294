// Per-clause expectations for the language patterns of calibration round 15 (whole agreements read line by line:
// recall first, then false positives and stance, 2026-12-02). Every clause is our own drafting; each row states the
// exact categories and stances it must yield.
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { categoriesOf, expectationRows as rows } from './support';

rows('"Your notes are encrypted at rest, you can lock the app …": a comma splice after a plain statement starts a clause of its own', [
  ['Your notes are encrypted in transit and at rest, you can lock the app with a PIN, and our staff cannot read your notes.', ['confidentiality:protective']],
  ['Your recordings are stored encrypted on our servers, we will never sell them.', ['confidentiality:protective']],
  // An opening adverbial ends at its comma and the main clause follows: no statement of its own before it.
  ['When your recordings are processed, we may use them to train our models.', ['ai-training:risk']],
  ['While you cannot turn off the spell checker, you can choose not to use it.', []],
]);

rows('"you also own Companion\'s replies to you": what an assistant says back is output where the clause owns it', [
  ['As between you and us, you own the replies the assistant writes for you.', ['output-ownership:protective']],
  ['Halden owns all answers and recommendations the Service generates for Customer.', ['output-ownership:risk']],
  // Replies that nobody owns are no output clause.
  ['Customer shall reply to support tickets within five days.', []],
  ["The Assistant's replies may be inaccurate.", []],
]);

describe('"Licensor holds an archive of …, and Licensee develops … models": the recitals of a data licence name the data holder', () => {
  const parties = (...lines: string[]) => extractDefinitions(lines.map((text) => ({ text }))).parties;
  const HEAD = 'This Licence is made between Tarnfield Radio Trust ("Licensor") and Corvid Models Ltd ("Licensee").';

  it('reads the party that holds the data as the customer when the other builds models', () => {
    expect(parties(HEAD, '(A) Licensor holds a collection of sound recordings and transcripts, and Licensee develops speech recognition models.')).toMatchObject({ customer: 'Licensor', vendor: 'Licensee' });
    // The holding may follow another verb of the same party; the recitals may be two paragraphs.
    expect(
      parties(HEAD, '(A) Licensor broadcasts regional news and maintains an archive of its programmes since 1971.', '(B) Licensee operates a platform that applies machine learning to audio.'),
    ).toMatchObject({ customer: 'Licensor', vendor: 'Licensee' });
  });

  it('leaves the roles alone where the licensor holds no data or the licensee builds no models', () => {
    expect(parties(HEAD, '(A) Licensor holds the copyright in the Software, and Licensee operates a chain of pharmacies.')).toMatchObject({ customer: 'Licensee', vendor: 'Licensor' });
    expect(parties(HEAD, '(A) Licensor develops machine learning models, and Licensee holds a large archive of customer data.')).toMatchObject({ customer: 'Licensee', vendor: 'Licensor' });
  });

  it('reads the licensee\'s promises about the licensed data as the vendor\'s', () => {
    const lines = [HEAD, '(A) Licensor holds an archive of radio programmes, and Licensee develops speech models.', 'Upon termination, Licensee shall delete all Archive Data and certify the deletion in writing.'];
    expect(categoriesOf(...lines)).toContain('deletion:protective');
  });
});

rows('"… in accordance with its policy at halden.io/data-use": a web address is one name, its path words are no verbs', [
  ["Halden's use of Customer Data for the development of its models is carried out in accordance with its policy at halden.io/data-use.", ['ai-training:risk', 'service-improvement:risk']],
  ['A list of subprocessors is kept at halden.io/legal/ai-training-opt-out.', ['third-party-ai:neutral']],
  ['Our Privacy Policy, available at www.halden.io/privacy, describes how we use Customer Data to improve our services.', ['service-improvement:risk']],
]);

rows('"…, save in the case of intent": "save" opening an exception is "except", not a keeping', [
  ['Neither party is liable for loss of profit or goodwill, save in the case of fraud or wilful misconduct.', []],
  // A ban on disclosure, save under a court order, keeps the data secret; it does not bar training (session 12).
  ['Halden shall not disclose Customer Data, save in the event of a court order.', ['confidentiality:protective']],
]);

rows('"training workshops for … contact-centre agents": workshops train people, not models', [
  ["Vendor shall run training workshops for Customer's support agents so that they can maintain the AI Agent's knowledge base.", []],
  ['Halden may use Customer Data to train its AI models.', ['ai-training:risk']],
]);

rows('"performance metrics derived from the engagement, in aggregated form, to enhance the Vendor Tools": measurements of the work are usage data', [
  ['Halden may use performance metrics derived from the engagement, in anonymised and aggregated form, to enhance its tools.', ['aggregated-data:risk', 'service-improvement:risk']],
  ['Halden shall report performance metrics for the Services to Customer each month.', []],
]);

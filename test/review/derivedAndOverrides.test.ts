// Review patterns from the lawyer audit of agreements 37–40 (first run 0 of 14 sendable): a grant that overrides the
// contract's own protection, a licence over data the vendor derives, a ban beside a licence to do the same, and the
// customer's right to stop that a rewrite took away. Every clause is the project's own drafting.
import { applyOps } from '../../src/engine/applyOps';
import { strikeContrast } from '../../src/review/contrastStrike';
import type { Finding } from '../../src/engine/types';
import { preferredReview, reviewOf } from './agreements';
import { speakAsWeAndYou } from '../../src/review/voice';

const HALDEN = [
  'This Agreement is between Halden Clinical Systems Inc. ("Halden") and the customer named in the Order ("Customer").',
  '1.1 "Customer Data" means the records, audio and notes Customer or its users submit to the Platform.',
  '1.2 "De-identified Data" means information derived from Customer Data that no longer identifies any patient.',
  '4.1 Customer grants Halden a non-exclusive licence to host and process Customer Data to provide the Platform to Customer.',
  '4.2 Halden may create De-identified Data and may use, copy and disclose De-identified Data for any lawful purpose, including to develop the algorithms behind the Platform, and Customer hereby grants Halden a perpetual, irrevocable licence to do so.',
  '4.3 Customer may ask Halden to stop creating De-identified Data by written notice, and Halden will stop within thirty days, although De-identified Data created before then is unaffected.',
  'B.1 Halden does not use Customer Data to train models made available to other customers.',
  'B.2 Notwithstanding Section B.1, Customer authorises Halden to use De-identified Data derived from visit audio to train and fine-tune the speech models behind the Platform.',
  '9.1 Within sixty days after this Agreement ends, Halden will delete Customer Data.',
];

describe('agreement of our own drafting with a derived-data licence and an override', () => {
  const { edit } = preferredReview(HALDEN);

  it('answers a licence over derived data with the clause on derived data, never a second service licence', () => {
    const target = edit(4)?.target ?? '';
    expect(target).not.toMatch(/solely to the extent necessary to provide|host, copy, process and transmit/);
    expect(target).toMatch(/De-identified Data/);
    expect(target).not.toMatch(/shall not create De-identified Data and shall not use/);
  });

  it('never replaces the customer\'s right to stop with a clause that lacks it', () => {
    expect(edit(5)?.target ?? HALDEN[5]).toContain('Customer may ask Halden to stop creating De-identified Data');
  });

  it('deletes a grant that exists only to override a protection the contract keeps', () => {
    const override = edit(7);
    expect(override?.target).toBe('B.2 [Reserved.]');
    expect(override?.comment.external).toMatch(/^We have deleted this clause\. The clause set aside Section B\.1, which must stand\./);
  });
});

describe('a strike after ", although"', () => {
  it('takes back only what the turn takes back', () => {
    const text = 'Client may ask Halden to stop pooling Client Data, and Halden will stop within thirty days, although pooled data created before then is unaffected.';
    const finding = { start: 0, end: text.length, evidence: [] } as unknown as Finding;
    const ops = strikeContrast(text, finding, (t) => /unaffected/.test(t));
    expect(ops && applyOps(text, ops)).toBe('Client may ask Halden to stop pooling Client Data, and Halden will stop within thirty days.');
  });
});

describe('a training use that a default setting describes', () => {
  it('is banned with the default turned off, never "switched on by default, which means we will not use"', () => {
    const { edit } = preferredReview([
      'These terms are between Quillmark Inc. ("Quillmark", "we", "us") and you.',
      '"Your Content" means the chats and files you give the Service.',
      'On the Free plan, the "Share chats to improve Quillmark" setting is switched on by default, which means we may use Your Content to train the models behind Quillmark.',
    ]);
    expect(edit(2)?.target).toBe(
      'On the Free plan, the "Share chats to improve Quillmark" setting is switched off by default, and while it is off we will not use Your Content to train the models behind Quillmark.',
    );
  });
});

describe('playbook wording spoken as "we"', () => {
  it('makes "we" an object after a preposition, whatever verb follows', () => {
    expect(speakAsWeAndYou('The terms governing the use of Your Content by we are set out in full in these Terms.')).toBe(
      'The terms governing the use of Your Content by us are set out in full in these Terms.',
    );
    expect(speakAsWeAndYou('If we are asked, we will answer.')).toBe('If we are asked, we will answer.');
  });
});

describe('a sentence that points at the one the review replaced', () => {
  const lines = [
    'These Terms of Service ("these Terms") are a binding agreement between you and Pellucid Apps Ltd ("Pellucid," "we," "us" or "our") and govern your use of our apps (the "Services").',
    '"Your Content" means the files and prompts you give the Service.',
    '3.6 Some features are powered by models that third parties provide and operate. When you use those features, Your Content is sent to the relevant third party, which processes it under its own terms and privacy policy. We will show a notice inside the feature when a third-party model is in use.',
  ];

  it('goes with it when it was a risk of the same issue, rather than the edit being dropped', () => {
    const target = preferredReview(lines).edit(2)?.target ?? '';
    expect(target).toMatch(/^3\.6 We will not disclose Your Content to any third-party provider/);
    expect(target).not.toContain('those features');
    expect(target).toContain('We will show a notice inside the feature');
  });

  it('and the fallback clause agrees with "we" and "you" throughout', () => {
    const target = reviewOf(lines, { position: 'fallback1', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toContain('only if, for each new provider, we have given you at least thirty (30) days');
    expect(target).toContain('if you object on reasonable grounds');
    expect(target).not.toContain('those features');
  });
});

describe('an enrolment by default in a programme whose use of the data the review strikes', () => {
  it('turns round: the customer is not enrolled', () => {
    const { edit } = preferredReview([
      'This Agreement is between Halden Clinical Systems Inc. ("Halden") and the customer named in the Order ("Customer").',
      '"Customer Data" means the records Customer submits to the Platform.',
      '4.2 Unless Customer tells Halden otherwise in writing under Section 4.3, Customer is enrolled in the Halden Research Pool, and Halden may use Customer Data to train the models it licenses to other customers.',
    ]);
    expect(edit(2)?.target).toBe('4.2 Customer is not enrolled in the Halden Research Pool.');
  });

  it('keeps a sentence capital when the party is written with "the"', () => {
    const { edit } = preferredReview([
      'This Agreement is between Halden Clinical Systems Inc. (the "Supplier") and the customer named in the Order (the "Customer").',
      '"Customer Data" means the records the Customer submits to the Platform.',
      '4.2 Unless the Customer tells the Supplier otherwise, the Customer will be enrolled in the Research Pool, and the Supplier may use Customer Data to train the models it licenses to other customers.',
    ]);
    expect(edit(2)?.target).toBe('4.2 The Customer will not be enrolled in the Research Pool.');
  });
});

describe('a sentence about aggregated or de-identified data of no other source', () => {
  it('is answered on the derived data it names', () => {
    const { edit } = preferredReview([
      'These Terms of Service ("these Terms") are a binding agreement between you and Pellucid Apps Ltd ("Pellucid," "we," "us" or "our") and govern your use of our apps (the "Services").',
      '"Your Content" means the files and prompts you give the Service.',
      'We may retain and use data that has been aggregated or de-identified so that it can no longer be linked to you, including after your account is closed, to build new products.',
    ]);
    // Its own standard ("can no longer be linked to you") stays; what it lacks for building products is added.
    expect(edit(2)?.target).toMatch(/to build new products, provided that such data is not used to train any artificial intelligence or machine-learning model and we do not attempt to re-identify it\.$/);
  });

  it('but not when the sentence says it comes from the vendor\'s own telemetry', () => {
    const { edit } = preferredReview([
      'This Agreement is between Halden Clinical Systems Inc. ("Halden") and the customer named in the Order ("Customer").',
      '"Customer Data" means the records Customer submits to the Platform.',
      '3.4 Halden may generate Anonymised Data from service telemetry and metadata (but not from the content of records) and may use Anonymised Data to improve the Platform.',
    ]);
    expect(edit(2)?.target ?? '').not.toContain('statistical data derived from Customer Data');
  });
});

describe('a strike of the last item of a series of verb phrases', () => {
  const strike = (text: string) => {
    const ops = strikeContrast(text, { start: 0, end: text.length, evidence: [] } as unknown as Finding, () => false);
    return ops && applyOps(text, ops);
  };

  it('gives the series its "and" again', () => {
    expect(strike('3.7 Opting out takes effect within thirty days for new content, does not apply to usage data, and does not require us to remove data from trained models.')).toBe(
      '3.7 Opting out takes effect within thirty days for new content, and does not apply to usage data.',
    );
  });

  it('leaves a comma of another kind alone', () => {
    expect(strike('3.7 Pellucid may, at its option, keep the recordings for quality review, and does not require Customer consent for that review.')).toBe(
      '3.7 Pellucid may, at its option, keep the recordings for quality review.',
    );
  });
});

describe('derived data used to develop the vendor\'s models', () => {
  it('gets the clause on derived data, never a proviso that it trains no model', () => {
    const { edit } = preferredReview([
      'This Agreement is between Halden Clinical Systems Inc. ("Halden") and the customer named in the Order ("Customer").',
      '"Customer Data" means the records Customer submits to the Platform.',
      '4.3 Halden may create aggregated statistics from Customer Data and use them to develop, refine and enhance its scoring models offered to other customers.',
    ]);
    const target = edit(2)?.target ?? '';
    expect(target).not.toContain('provided that such data is aggregated');
    expect(target).toMatch(/^4\.3 Halden may use statistical data derived from Customer Data only after/);
  });
});

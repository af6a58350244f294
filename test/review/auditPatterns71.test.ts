// Patterns found reading the first-run plans of agreements 201–208 (audit70, audit71). Every clause is the project's
// own drafting.
import { takesWhatMustStand } from '../../src/review/mustStand';
import { reviewOf } from './agreements';

const PARTIES = 'This Services Agreement is between Marrowgate Software Ltd ("Marrowgate") and Fenwick Cole LLP ("Customer").';
const DATA = '1.2 "Customer Data" means all documents and information that Customer or its users upload to the Platform.';

describe('a sentence that only gives the default of a switch whose use was struck', () => {
  it('goes with the use it set up once that use is banned', () => {
    const SWITCH =
      '4.1 Model Contribution. Unless Customer has switched off the "Share to Improve" setting, Customer authorises Marrowgate to use Customer Data to train the machine learning models behind the Platform. The setting is enabled by default for each new account.';
    const target = reviewOf([PARTIES, DATA, SWITCH], { position: 'preferred' }).edit(2)?.target ?? '';
    expect(target).not.toContain('enabled by default');
    expect(target).not.toContain('train the machine learning models');
  });
});

describe('a list of sub-processors on a web page "as updated from time to time"', () => {
  const LIST =
    '8.3 Customer authorises Marrowgate to engage sub-processors to process Customer Data, including the hosting providers and model providers listed on Marrowgate\'s sub-processor page at https://www.marrowgate.example/legal/subprocessors, as updated from time to time. Marrowgate shall bind each sub-processor by a written contract on terms that offer at least the same level of protection for Customer Data as this Agreement.';
  const review = reviewOf([PARTIES, DATA, LIST], { position: 'preferred' });
  const item = review.edit(2);
  it('keeps the list whole (never cut at a full stop inside its address) and adds the customer\'s right to object', () => {
    expect(item?.target).toContain('listed on Marrowgate\'s sub-processor page at https://www.marrowgate.example/legal/subprocessors, as updated from time to time, provided that no new sub-processor receives Customer Data until Customer has had written notice');
    expect(item?.target).toContain('Marrowgate shall bind each sub-processor');
  });
  it('says why in the words of the proviso', () => {
    expect(item?.comment.external ?? '').toMatch(/each new sub-processor before it receives Customer Data/);
  });
});

describe('an example that ends in a web address', () => {
  it('is struck whole, with the "as updated" that belongs to the page', () => {
    const LICENCE =
      '3.2 Marrowgate may use Customer Data for any purpose, including the purposes described in its research notice at https://www.marrowgate.example/research, as updated from time to time.';
    const target = reviewOf([PARTIES, DATA, LICENCE], { position: 'preferred' }).edit(2)?.target ?? '';
    expect(target).not.toMatch(/(?<!www)\.marrowgate\.example\/research|Customer Data\.marrowgate/);
  });
});

describe('a policy "as amended … from time to time on … notice"', () => {
  it('is fixed to its version with the notice that only concerned its changes', () => {
    const AUP =
      '2.2 Customer shall not: (a) copy or modify the Platform; (b) use the Platform or any Output to train any model that competes with the Platform; or (c) use the Platform in breach of Marrowgate\'s acceptable use policy published at https://www.marrowgate.example/aup, as amended by Marrowgate from time to time on not less than thirty days\' notice.';
    const target = reviewOf([PARTIES, DATA, AUP], { position: 'preferred' }).edit(2)?.target ?? '';
    expect(target).not.toContain('thirty days\' notice');
  });
});

describe('lists inside the words an edit cuts (audit71, 205 and 207)', () => {
  const edited = (line: string) => reviewOf([PARTIES, DATA, line], { position: 'preferred' }).edit(2)?.target ?? '';

  it('a list of purposes has one closing "and": the last purpose keeps its own "features and products"', () => {
    const target = edited('3.5 Marrowgate may collect and use Usage Data for any lawful purpose, including capacity planning, billing, security monitoring, service analytics and the development of new features and products, provided that Marrowgate does not disclose Usage Data in a form that identifies Customer.');
    expect(target).not.toMatch(/monitoring, products/);
    expect(target).toContain('capacity planning, billing and security monitoring, provided that');
  });

  it('an example whose own list has a comma goes whole', () => {
    const target = edited('3.3 Customer agrees that Marrowgate may use Customer Data to maintain and improve the Platform and its related products, including by retraining the speech recognition, diarisation and intent-detection models on which the Platform relies, provided that Marrowgate first pseudonymises Customer Data.');
    expect(target).not.toMatch(/products, diarisation/);
  });

  it('open purposes joined to a time limit by "and" are closed with "solely"', () => {
    const lines = [PARTIES, DATA, '1.3 "Derived Data" means statistics and metrics derived from Customer Data.'];
    const OWN = '4.3 Notwithstanding Section 4.1, Marrowgate shall own all right, title and interest in and to Derived Data and may use, reproduce, commercialise and disclose Derived Data, during and after the Subscription Term and for any purpose, including to compile industry benchmarks, to train and evaluate analytics models and to publish research and marketing materials, provided that Derived Data is not attributed to Customer.';
    const target = reviewOf([...lines, OWN], { position: 'preferred' }).edit(3)?.target ?? '';
    expect(target).toContain('during and after the Subscription Term, solely to compile industry benchmarks');
    expect(target).not.toMatch(/Term and to compile/);
  });

  it('a series of verb phrases keeps its "and" when its last item goes, past the commas inside the item before it', () => {
    const target = edited('A.5 Customer may opt out of the uses in Section A.4 by written request. Any opt-out takes effect at the start of the next Term, does not apply to Usage Data, Feedback or Aggregated Data, and does not require Marrowgate to retrain or delete any model trained before it took effect.');
    expect(target).toContain('takes effect at the start of the next Term, and does not apply to Usage Data, Feedback or Aggregated Data.');
  });

  it('a version fixed inside brackets stays inside them', () => {
    const target = edited('3.4 Marrowgate may use Customer Data as described in its Data Use Statement at https://www.marrowgate.example/data (as updated from time to time), including to improve the machine learning models behind the Platform.');
    expect(target).toContain('(as in effect on the date of this Agreement)');
    expect(target).not.toContain('(,');
  });

  it('what a clause need not delete is no list of purposes to thin out', () => {
    const item = reviewOf([PARTIES, DATA, '6.4 Nothing in this Section 6 requires Marrowgate to delete Derived Data, Usage Data or any model parameters, weights or improvements developed under Section 3.3.'], { position: 'preferred' }).edit(2);
    expect(item?.target ?? '').not.toMatch(/Usage Data or weights/);
  });
});

describe('the vendor\'s own title and provider changes, from audit72 (209)', () => {
  const TERMS = 'These Terms are between Quillmere Labs, Inc. ("Quillmere") and Harbridge Foods, Inc. ("Customer").';
  const DEFINED = '1.2 "Customer Data" means all data and content that Customer submits to the Platform, including Inputs and Outputs (each as defined in the Generative AI Terms).';

  it('keeps the vendor\'s title to its own service, striking only what the customer\'s data informed', () => {
    const PROPERTY =
      '4.2 Quillmere Property. Quillmere and its licensors own all right, title and interest in and to the Platform, the Documentation, the Quillmere Models (as defined in the Generative AI Terms), Usage Data, Aggregated Insights and all improvements, enhancements, modifications and derivative works of any of the foregoing, including those conceived, developed or informed in whole or in part by reference to Customer Data or Customer\'s use of the Platform. No rights are granted to Customer except as expressly set out in these Terms.';
    const lines = [TERMS, DEFINED, '1.4 "Aggregated Insights" means statistics derived from Customer Data and the data of other customers.', PROPERTY];
    const target = reviewOf(lines, { position: 'preferred' }).edit(3)?.target ?? '';
    expect(target).toContain('Quillmere and its licensors own all right, title and interest in and to the Platform');
    expect(target).not.toContain('by reference to Customer Data');
  });

  it('gives the right to object once, on the sentence with the power to change providers', () => {
    const PROVIDERS =
      'G3. Model Providers. The AI Features use models hosted by Model Providers, which are listed on Quillmere\'s AI Trust Center at https://trust.quillmere.example/ai (as updated from time to time). Quillmere may send Inputs to Model Providers to generate Outputs. Quillmere may add or replace Model Providers by updating the AI Trust Center.';
    const target = reviewOf([TERMS, DEFINED, PROVIDERS], { position: 'preferred' }).edit(2)?.target ?? '';
    expect(target.match(/opportunity to object/g)).toHaveLength(1);
    expect(target).toContain('by updating the AI Trust Center, provided that no new Model Provider receives');
  });
});

describe('what no strike may take', () => {
  it('keeps a security measure the rest of the clause does not give back', () => {
    const struck = [', including encryption of Customer Data at rest and in transit'];
    expect(takesWhatMustStand(struck, ['5. The Supplier shall implement appropriate technical and organisational measures.'])).toBe('a security measure (encryption)');
    expect(takesWhatMustStand(struck, ['5. The Supplier shall encrypt Customer Data at rest and in transit.'])).toBeUndefined();
  });
});

describe('the last item of a list struck from a keeping (audit73, 210 § 7.3)', () => {
  it('leaves the clause joined on after it', () => {
    const lines = [
      PARTIES, DATA,
      '1.5 "Know-how" means model weights and other learnings Marrowgate develops while processing Customer Data.',
      '7.3 On termination Marrowgate shall return or destroy Customer Data, save that Marrowgate may retain (a) copies held in backup systems until they are overwritten in the ordinary course, and (b) Know-how, and clause 7.1 shall continue to apply to any information so retained.',
    ];
    const target = reviewOf(lines, { position: 'preferred' }).edit(3)?.target ?? '';
    expect(target).not.toContain('Know-how');
    expect(target).toContain('and clause 7.1 shall continue to apply to any information so retained.');
  });
});

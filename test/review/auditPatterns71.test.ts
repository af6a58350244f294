// Patterns found reading the first-run plans of agreements 201–208 (audit70, audit71). Every clause is the project's
// own drafting.
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

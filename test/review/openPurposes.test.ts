// "for any purpose, including …" becomes a closed list of the examples that carry no risk (the audits found the whole
// permission turned into a ban, billing and benchmarks with it). Clauses are the project's own drafting.
import { applyOps } from '../../src/engine/applyOps';
import type { Finding } from '../../src/engine/types';
import { closeOpenPurposes, strikePurposes } from '../../src/review/purposeList';
import { preferredReview } from './agreements';

const whole = (text: string) => ({ start: 0, end: text.length }) as Finding;
/** A stand-in reading: the sentence is a risk while "any purpose" or a use for models or new products stands in it. */
const risky = (text: string) => /any (?:lawful )?purpose|models|new products|new features/i.test(text);
const closed = (text: string) => {
  const ops = closeOpenPurposes(text, whole(text), risky);
  return ops && applyOps(text, ops);
};

describe('an open list of purposes', () => {
  it('keeps its lettered examples that carry no risk, reserving the others so the letters hold', () => {
    expect(closed('Supplier may use Pooled Statistics for any purpose, including (a) publishing sector reports, (b) tuning its forecasting models, and (c) designing new features.')).toBe(
      'Supplier may use Pooled Statistics for (a) publishing sector reports, (b) [Reserved], and (c) [Reserved].',
    );
  });

  it('loses "for" with the opener when its examples are infinitives, and keeps the verbs that share an object', () => {
    expect(closed('Supplier may use Client Files for any lawful purpose, including to host and secure the Platform, to build new products and to refine its models.')).toBe(
      'Supplier may use Client Files to host and secure the Platform.',
    );
  });

  it('keeps plain examples and the words after the list', () => {
    expect(closed('Supplier may use it for any purpose including billing, capacity planning and training models, without any duty to Client.')).toBe(
      'Supplier may use it for billing and capacity planning, without any duty to Client.',
    );
  });

  it('reads bare verbs sharing one "to" as the items, and a struck middle item leaves the list its "and"', () => {
    expect(closed('Supplier may use Usage Data for any lawful business purpose, including to analyse trends, design new features and plan capacity.')).toBe(
      'Supplier may use Usage Data to analyse trends and plan capacity.',
    );
  });

  it('is left alone when every example carries the risk, or the sentence has no open list', () => {
    expect(closed('Supplier may use it for any purpose, including to refine its models and to build new products.')).toBeUndefined();
    expect(closed('Supplier may use it to refine its models and for billing.')).toBeUndefined();
  });
});

describe('in the review of a whole document', () => {
  it('closes the list rather than striking the permission that follows "and Supplier may"', () => {
    const edit = preferredReview([
      'This Subscription Agreement is between Corvane Analytics Ltd ("Supplier") and Ashgrove Retail plc ("Customer").',
      '"Customer Data" means all data that Customer or its users upload to the Platform.',
      '5.2 Benchmark Data is derived from Customer Data, and Supplier may use it for any purpose, including (a) publishing industry benchmarks, (b) calibrating the default parameters of its predictive models, and (c) training and evaluating new features of the Platform.',
    ]).edit(2);
    expect(edit?.target).toBe(
      '5.2 Benchmark Data is derived from Customer Data, and Supplier may use it for publishing industry benchmarks.',
    );
  });
});

describe('a catch-all set off as an aside', () => {
  it('is no head of a purpose list: the licence\'s objects after it are not purposes to strike', () => {
    const text = 'Client grants Orrin a licence to use, for any purpose, the know-how, templates and training examples developed in the Project, provided that no Client Files are used.';
    const finding: Finding = {
      id: 'f', paragraph: 0, category: 'ai-training', stance: 'risk', severity: 'high', rules: ['training-grant'], start: 0, end: text.length, quote: text,
      evidence: [{ role: 'purpose', text: 'training', start: text.indexOf('training'), end: text.indexOf('training') + 8 }], explanation: '', playbookIssue: 'ai-training',
    };
    expect(strikePurposes(text, finding, () => false)).toBeUndefined();
  });
});

describe('a serial list of purposes', () => {
  it('keeps its last item whole after the serial comma\'s "and", whatever "and" the item holds', () => {
    const text = 'Vendor may use Plant Data for the purposes of calibration of the Service, correction of defects, and improvement of the speed and accuracy of the Service.';
    const at = text.indexOf('improvement');
    const finding: Finding = {
      id: 'f', paragraph: 0, category: 'service-improvement', stance: 'risk', severity: 'medium', rules: ['improvement-grant'], start: 0, end: text.length, quote: text,
      evidence: [{ role: 'purpose', text: 'improvement', start: at, end: at + 11 }], explanation: '', playbookIssue: 'service-improvement',
    };
    const ops = strikePurposes(text, finding, (after) => /improvement/.test(after));
    expect(ops && applyOps(text, ops)).toBe('Vendor may use Plant Data for the purposes of calibration of the Service and correction of defects.');
  });
});

describe('purposes written as bare verbs after "so that we can"', () => {
  it('keep the service the customer receives and lose the vendor\'s own', () => {
    const { edit } = preferredReview([
      'These terms are between Larkspur Cloud Ltd ("Larkspur", "we", "us") and the business that signs up ("you").',
      '"Field Data" means the readings and notes you upload to the app.',
      '"Pooled Data" means statistics we compile from the Field Data of many customers that do not identify you.',
      'You allow us to store, copy and analyse your Field Data so that we can provide the services to you, develop and refine our forecasting models, and create Pooled Data.',
    ]);
    expect(edit(3)?.target).toBe('You allow us to store, copy and analyse your Field Data so that we can provide the services to you.');
  });
});

// Patterns from the lawyer audit of agreements 33–36 (first run 0 of 13 sendable): strikes that left a sentence with
// no verb, or took a protection or the service's own permission with them. Clauses are the project's own drafting.
import { applyOps } from '../../src/engine/applyOps';
import type { Finding } from '../../src/engine/types';
import { strikeContrast } from '../../src/review/contrastStrike';
import { strikeSecondPurpose } from '../../src/review/purposeList';
import { narrowSweep } from '../../src/review/sweepNarrowing';

const whole = (text: string, extra: Partial<Finding> = {}) => ({ start: 0, end: text.length, evidence: [], ...extra }) as unknown as Finding;

describe('a strike after ", but" or ", and we may"', () => {
  const risky = (text: string) => /seven years|improve/.test(text);

  it('never takes "but not <a thing>", which narrows what is kept', () => {
    const text = 'The Supplier may keep access logs naming the files each user opened, but not the contents of those files, for seven years after the project closes.';
    expect(strikeContrast(text, whole(text), risky)).toBeUndefined();
  });

  it('never takes a permission the service itself needs along with the vendor\'s own purposes', () => {
    const text = 'The Supplier may record request counts and error rates ("Service Metrics"), and the Supplier may use Service Metrics to operate, bill for and secure the Platform and to improve its products.';
    expect(strikeContrast(text, whole(text), risky)).toBeUndefined();
  });
});

describe('a second purpose after "and to"', () => {
  it('goes whole, so the purposes before it keep their verb', () => {
    const text = 'Reviewers may read a sample of answers in order to check accuracy and to improve the Supplier\'s prompts, ranking rules and templates.';
    const start = text.indexOf('improve');
    const finding = whole(text, { evidence: [{ role: 'purpose', text: 'improve', start, end: start + 'improve'.length }] } as Partial<Finding>);
    const ops = strikeSecondPurpose(text, finding, (after) => /improve/.test(after));
    expect(ops && applyOps(text, ops)).toBe('Reviewers may read a sample of answers in order to check accuracy.');
  });

  it('leaves the series before it joined by "and"', () => {
    const text = 'Client grants the Supplier a licence to process Client Files in order to run the Platform, to prepare the reports Client asks for and to develop and refine the Supplier\'s models.';
    const start = text.indexOf('develop');
    const finding = whole(text, { evidence: [{ role: 'purpose', text: 'develop', start, end: start + 'develop'.length }] } as Partial<Finding>);
    const ops = strikeSecondPurpose(text, finding, (after) => /develop/.test(after));
    expect(ops && applyOps(text, ops)).toBe('Client grants the Supplier a licence to process Client Files in order to run the Platform and to prepare the reports Client asks for.');
  });
});

describe('narrowing a definition that sweeps the customer\'s data in', () => {
  it('strikes no span that carries the sentence\'s own subject and verb', () => {
    const text = '4.3 Without limiting clause 4.2, Client agrees that the Supplier may gather technical logs, settings and metadata about Client\'s use of the Platform.';
    const start = text.indexOf('gather');
    const finding = whole(text, { evidence: [{ role: 'object', text: 'gather', start, end: start + 'gather'.length }] } as Partial<Finding>);
    expect(narrowSweep(text, finding)).toBeUndefined();
  });
});

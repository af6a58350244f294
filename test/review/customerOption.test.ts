// Training the customer may choose for itself (a programme it joins) is the customer's option: the review keeps it,
// and the no-training clause it inserts is made subject to it rather than contradicting it. The lawyer audits found
// an inserted ban beside the contract's own opt-in programme. Clauses are the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { buildReviewPlan, checkReview, type EditItem, type InsertItem } from '../../src/review';
import { paragraphsOf } from './agreements';
import { grantsToCustomer, isCustomerRight } from '../../src/review/customerOption';

const PARTIES = 'This agreement is between Larkspur Cloud Ltd ("Supplier") and Fenwood Partners LLP ("Client").';
const DATA = '"Client Files" means the documents, prompts and recordings that Client uploads to the Platform.';
const PILOT =
  '3.3 Pilot Programme. If Client joins the Pilot Programme, Client grants Supplier a worldwide, non-exclusive, royalty-free, perpetual and irrevocable licence to use Client Files submitted while Client is a member to train and evaluate the models underlying the Platform.';

function reviewOf(clauses: readonly string[]) {
  const paragraphs = paragraphsOf([PARTIES, DATA, ...clauses].join('\n'));
  const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
  return { paragraphs, analysis, plan: buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' }) };
}

describe('a licence to train granted only if the customer joins a programme', () => {
  it('is read as training on the customer’s own choice, the purposes sharing the grant’s condition', () => {
    const { analysis } = reviewOf([PILOT]);
    const training = analysis.findings.filter((f) => f.category === 'ai-training');
    expect(training.map((f) => f.scope)).toEqual(['only if Client authorises it']);
  });

  it('keeps the option and strikes only what outlasts the agreement', () => {
    const { plan } = reviewOf([PILOT]);
    const edit = plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === 2);
    expect(edit?.target).toBe(PILOT.replace(', perpetual and irrevocable', ''));
  });

  it('keeps the option\'s own scope of use: only the term is taken back, and the comment says why', () => {
    const wide = PILOT.replace('licence to use Client Files', 'licence to use, copy, annotate and create derivative works of Client Files');
    const { plan } = reviewOf([wide]);
    const edit = plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === 2);
    expect(edit?.target).toBe(wide.replace(', perpetual and irrevocable', ''));
    expect(edit?.comment.external).toBe('Rights in Client Files must end when the Agreement ends.');
  });

  it('counts the option\'s kept licence as kept by design, not as a risk the review wrote', () => {
    const wide = PILOT.replace('licence to use Client Files', 'licence to use, copy, annotate and create derivative works of Client Files');
    expect(checkReview(paragraphsOf([PARTIES, DATA, wide].join('\n')), DEFAULT_PLAYBOOK, 'preferred').fixedPointViolations).toEqual([]);
  });

  it('inserts the no-training clause subject to the option, and the comment says so', () => {
    const { plan } = reviewOf([PILOT]);
    const ban = plan.items.find((item): item is InsertItem => item.kind === 'insert' && item.answers === 'no-training');
    expect(ban?.text).toMatch(/^3\.4 Except as Client authorises under clause 3\.3, Supplier shall not use Client Files/);
    expect(ban?.comment.external).toMatch(/keeps the use that clause 3\.3 leaves to our own choice/);
  });

  it('reaches the fixed point: the kept option is not a risk the review wrote', () => {
    const check = checkReview(paragraphsOf([PARTIES, DATA, PILOT].join('\n')), DEFAULT_PLAYBOOK, 'preferred');
    expect(check.fixedPointViolations).toEqual([]);
    expect(check.duplicateProtections).toEqual([]);
  });

  it('writes an unconditional ban where the training is not the customer’s choice', () => {
    const { plan } = reviewOf([PILOT.replace('If Client joins the Pilot Programme, Client grants', 'Client grants')]);
    const edit = plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === 2);
    expect(edit?.target).toMatch(/Supplier shall not use, and shall not permit any affiliate/);
    expect(plan.items.map((item) => (item.kind === 'edit' ? item.target : item.text)).join('\n')).not.toMatch(/Except as Client authorises/);
  });
});

describe('which way a sentence cuts for the customer', () => {
  it('tells a licence the customer receives from one it gives', () => {
    expect(grantsToCustomer('The Supplier keeps its base models and grants the OEM a non-exclusive, perpetual licence to use them in vehicles.', 'OEM')).toBe(true);
    expect(grantsToCustomer('We grant you a licence to use the App.', 'you')).toBe(true);
    expect(grantsToCustomer('Client grants Supplier a perpetual licence to use Client Files.', 'Client')).toBe(false);
  });

  it('tells the customer\'s own right from the vendor\'s', () => {
    expect(isCustomerRight('4.3 The OEM may, on notice, require the Supplier to cease including Vehicle Data.', 'OEM')).toBe(true);
    expect(isCustomerRight('4.3 The Supplier may include Vehicle Data in fleet statistics.', 'OEM')).toBe(false);
  });
});

// Per-clause expectations for the readings a lawyer audit of our redlines traced to the engine: protections and
// neutral duties that read as risks, and the customer's own training option. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { fillClause } from '../../src/playbook/fillPlaceholders';
import { analyzeText, categoriesOf } from './support';

const read = (...lines: string[]): string[] => [...new Set(categoriesOf(...lines))].sort();

type Row = readonly [string, readonly string[]];

function rows(title: string, table: readonly Row[]): void {
  describe(title, () => {
    test.each(table)('%s', (clause, expected) => {
      expect(read(clause)).toEqual([...expected].sort());
    });
  });
}

rows('training people on the service (its outputs, its limits) says nothing about who owns the outputs', [
  ["Supplier shall run two workshops for Client's underwriting staff on reading Outputs and on when to check them by hand.", []],
  ['Provider will provide training for Customer’s claims teams on the limits of Outputs.', []],
  // Ownership said in its own words still counts.
  ['Provider owns all Outputs.', ['output-ownership:risk']],
]);

rows('a vendor that assigns its rights in an output to the customer makes the customer its owner', [
  ['To the extent Supplier acquires any right in an Output, Supplier hereby assigns that right to Client.', ['output-ownership:protective']],
  ['Supplier hereby transfers to Client all rights in the Outputs generated for Client.', ['output-ownership:protective']],
  // An assignment the other way is still the vendor taking the output.
  ['Client hereby assigns to Supplier all rights in the Outputs.', ['output-ownership:risk']],
]);

rows('the vendor’s own right to amend the policies that form part of the contract is a policy it can change', [
  ['The Supplier may amend its staff handbook by giving its staff 30 days\' notice.', []],
  ['Supplier\'s Data Handling Policy forms part of this Agreement. The Supplier may amend that policy by giving Client 30 days\' notice.', ['policy-by-reference:risk']],
  // A change that needs the customer's signature cannot widen the vendor's rights.
  ['Supplier\'s Data Handling Policy forms part of this Agreement. The Supplier may amend that policy, provided that no change shall expand its rights in Client Data unless agreed in writing by both parties.', []],
]);

rows('an authorisation to engage or appoint others is a permission to act, not a licence over data', [
  ['Client gives Supplier general written authorisation to appoint subprocessors.', ['third-party-ai:neutral']],
  ['Controller grants Processor general authorisation to engage Sub-processors listed on its website.', ['third-party-ai:neutral']],
  ['Client grants Supplier a perpetual licence to use Client Data for any purpose.', ['broad-license:risk', 'service-improvement:risk', 'survival-retention:risk']],
]);

rows('a duty to bind others by terms that prohibit a use is a ban on that use, its whole list included', [
  [
    'Supplier shall ensure that each model vendor signs terms that forbid it from using Client Data for its own ends, including to train its models.',
    ['no-training:protective', 'third-party-ai:neutral'],
  ],
  ['We use public datasets that are restricted from commercial use to train our models.', ['no-training:protective']],
  // A list marker between the pronoun and the verb; the ban stops at the next item, whose retention limit is no end of the vendor's.
  [
    'Supplier shall bind each subprocessor by terms that (a) forbid using Client Data to train or improve any model, and (b) limit retention to thirty days.',
    ['no-training:protective', 'survival-retention:neutral', 'third-party-ai:neutral'],
  ],
]);

rows('a duty to document or disclose what a model was trained on permits no training', [
  ['Supplier shall, on request, provide documentation identifying the sources of data used to train each model it runs for Client.', []],
  ['Supplier shall keep records of the datasets used to train the Supplier Models and disclose the data sources to Client.', []],
]);

rows('a right that continues after the customer stops using the service or deletes its account is retention of the right', [
  ['This permission continues even if you stop using the app or delete your profile.', ['survival-retention:risk']],
  ['The licence you grant us remains after you close your account.', ['survival-retention:risk']],
  ['The licence ends when you delete your account.', []],
  ['Provider will continue to provide support after termination.', []],
]);

rows('denied qualities and limits the licence states are not breadth', [
  [
    'The licence is not perpetual or irrevocable, ends automatically when this Agreement ends, and does not let Provider adapt Customer Data.',
    ['broad-license:neutral'],
  ],
  ['Customer grants Provider a perpetual licence to use Customer Data.', ['broad-license:risk', 'survival-retention:risk']],
]);

rows('after a ban, a remedy with its own modal ("if Client objects, it may end …") does not reopen it; "unless you opt out" does', [
  ['No update to the policy shall allow model training on Client Data, and if Client objects to an update it may end this Agreement.', ['no-training:protective', 'opt-out:protective']],
  ['We will not train on your data unless you opt out.', ['ai-training:risk', 'opt-out:protective']],
]);

rows('derived data used only to run, secure or report on the service, or only under a ban on re-identification', [
  ['Supplier may use the statistics only to operate, secure and report on the platform.', []],
  [
    'Supplier may use anonymised data derived from Client Data only if Supplier forbids each recipient from trying to re-identify it.',
    ['aggregated-data:protective'],
  ],
  [
    'Supplier may use service metrics to maintain and improve the platform, provided that the metrics hold no content of Client Data and do not identify Client.',
    [],
  ],
]);

rows('training confined to what both parties signed is gated on the customer’s consent', [
  ['Supplier may use Client Data to train only the model named in a schedule signed by both parties.', ['no-training:protective']],
]);

rows('a flow to model providers bound not to train is the limited flow', [
  [
    'Supplier shall send Client Data only to model providers under terms by which the provider does not use it for training.',
    ['no-training:protective', 'third-party-ai:neutral'],
  ],
]);

rows('business contact details and the licences public code carries are not the customer’s data or a grant', [
  ['Each party may store and use the business contact details of the other party’s staff to manage the account.', []],
  ['Our code model is trained on public repositories with permissive licences.', []],
  ['Provider may store Customer Data on servers in Ireland.', ['survival-retention:neutral']],
]);

rows('feedback assigned or used "without approval" is the vendor\'s, however the sentence opens', [
  ['Supplier may use any feedback Client gives for any purpose without further approval from Client.', ['service-improvement:risk']],
  [
    'Except as expressly set out in this Agreement, Supplier will retain all intellectual property rights in the platform and in any suggestions or feedback provided by Client, which are hereby assigned to Supplier.',
    ['service-improvement:risk'],
  ],
  // In a ban, consent after "without" is the customer's gate.
  ['Supplier will not use Client Data to train its models without Client’s prior written consent.', ['no-training:protective', 'opt-out:protective']],
  ['Supplier may use Client Data to train its models without Client’s approval.', ['ai-training:risk']],
]);

rows('staff bound by confidentiality agreements, or the staff with access to the data, are a security measure', [
  ['Supplier’s engineers must sign confidentiality agreements and receive privacy training.', ['confidentiality:protective']],
  ['Supplier will ensure that every employee with access to Client Data completes security training.', ['confidentiality:protective']],
  ['Supplier gives all new employees privacy and security training within their first month.', []],
]);

rows('models described as "trained with your data" in a promise about something else promise nothing about training', [
  ['Orrin will not delete the scoring models trained with Client Files.', ['survival-retention:risk']],
  ['Orrin\'s scoring models are not trained on Client Files.', ['no-training:protective']],
]);

describe('training the customer itself authorises keeps its finding, scoped to that authorisation', () => {
  const scopes = (...lines: string[]) =>
    analyzeText(...lines).findings.filter((f) => f.category === 'ai-training').map((f) => `${f.stance}|${f.scope ?? ''}`);

  test.each([
    ['Client may, by written notice, authorise Supplier to fine-tune a model reserved for Client using selected Client Data.', 'only if Client authorises it'],
    ['Controller may, by enabling the tuning option, instruct Processor to train a model used only for Controller.', 'only if Controller authorises it'],
    ['You may join our Model Improvement Programme, under which we use your chats to train our models.', 'only if you authorise it'],
    ['If you join the Research Programme, we may use your prompts to train our models.', 'only if you authorise it'],
    // The customer's own election or commission is the same decision in other words.
    ['Where the Client elects in an Order to commission a dedicated model, the Supplier may use the Client Data named in that Order to fine-tune it.', 'only if Client authorises it'],
  ])('%s', (clause, scope) => {
    expect(scopes(clause)).toEqual([`risk|${scope}`]);
  });

  test('a grant the vendor takes for itself is not scoped', () => {
    expect(scopes('Supplier may use Client Data to train its models.')).toEqual(['risk|']);
  });

  test('an unscoped training grant in the same sentence keeps the finding unscoped', () => {
    expect(scopes('Client may authorise Supplier to fine-tune a model for Client, and Supplier may use Client Data to train its other models.')).toEqual(['risk|']);
  });
});

describe('a promise that yields to the agreement\'s other terms says so on its finding', () => {
  const scoped = (clause: string) => analyzeText(clause).findings.filter((f) => f.stance === 'protective').map((f) => `${f.category}|${f.scope ?? ''}`);

  test.each([
    'Provider shall not use Client Data for any purpose other than providing the Services, except as expressly provided in this Agreement.',
    'Except as otherwise provided herein, we do not use Your Content to train our models.',
  ])('%s', (clause) => {
    expect(scoped(clause)).toContain('no-training|except where the agreement provides otherwise');
  });

  test('a promise with no such exception stands unscoped', () => {
    expect(scoped('Provider shall not use Client Data for any purpose other than providing the Services.')).toContain('no-training|');
  });
});

describe('the playbook’s own clauses read as protections', () => {
  const terms = analyzeDocument([]).terms;
  const cases = DEFAULT_PLAYBOOK.issues.flatMap((issue) =>
    issue.positions.map((position) => [`${issue.id}/${position.id}`, issue.appliesTo as readonly string[], fillClause(position.clause, terms)] as const),
  );

  test.each(cases)('%s has no risk finding of its own issue', (_name, categories, clause) => {
    const risks = analyzeDocument([{ text: clause }]).findings.filter((f) => f.stance === 'risk' && categories.includes(f.category));
    expect(risks.map((f) => `${f.category}:${f.stance}`)).toEqual([]);
  });

  test('the fallback that keeps a changed policy from permitting training reads as a no-training promise', () => {
    const policy = DEFAULT_PLAYBOOK.issues.find((i) => i.id === 'policy-by-reference');
    const clause = fillClause(policy?.positions[2]?.clause ?? '', terms);
    expect(read(clause)).toEqual(['no-training:protective', 'opt-out:protective']);
  });
});

rows('product documentation in its current version describes the product; it is a data policy only where the data follows it', [
  ['Supplier will host Client Files and run the Platform in accordance with the Documentation as then current.', []],
  ['"Documentation" means Supplier’s then-current user guides, release notes and help articles for the Platform.', []],
  ['The Platform will perform as set out in the user guides, as revised from time to time, and Supplier will use Client Files only to provide the Platform.', [
    'confidentiality:protective', 'no-training:protective',
  ]],
  // The customer's data handled as the documentation describes, in a version the vendor may change, is a policy by reference.
  ['Supplier processes Client Files as set out in its product documentation, which Supplier may revise from time to time.', ['policy-by-reference:risk']],
  ['Supplier may use Client Files for the purposes described in its data policy, as updated from time to time.', ['policy-by-reference:risk']],
]);

rows('a party word after a preposition is not the one acting, with a quantifier between them or not', [
  // "with other users" is whom the messages go to; the sentence promises deletion by the one who keeps them.
  ['Chats with other members (for example, direct messages) will be erased 48 hours after your account is closed.', ['deletion:protective']],
  ['Files shared with all users of the workspace are deleted within 30 days after the workspace is closed.', ['deletion:protective']],
]);

describe('an owner word does not reach across a comma to the next item’s data', () => {
  const objectsOf = (clause: string): string[] =>
    (analyzeDocument([{ text: clause }], { trace: true }).trace ?? []).flatMap((t) => t.frame.predicates.flatMap((p) => p.objects));

  test('"customer logos, blog content": the content is not the customer’s', () => {
    expect(objectsOf('Vendor may reuse customer logos, blog content and quotes it writes itself.')).not.toContain('customer-data: customer logos, blog content');
  });

  test('"your project files" is still the customer’s', () => {
    expect(objectsOf('Vendor may use your project files.')).toContain('customer-data: your project files');
  });
});

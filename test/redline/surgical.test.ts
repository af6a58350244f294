// The surgical path of the planner: declarative edits change the vendor's own sentence word by word, and anything
// they cannot express falls back to the playbook clause.
import { applyOps, planRedline, validateOps } from '../../src/review/redline';
import type { Analysis, Finding, Paragraph, Signal } from '../../src/engine/types';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueById, positionFor } from '../../src/playbook/issueFor';
import { PlaybookPositionSchema, type PlaybookPosition, type PositionId, type SurgicalEdit } from '../../src/playbook/schema';
import { analysisOf, findingIn, positionWith } from './fixtures';

function planFor(text: string, edits: SurgicalEdit[], options: { analysis?: Analysis; evidence?: Signal[]; quote?: string } = {}) {
  const paragraphs: Paragraph[] = [{ text: 'Heading' }, { text }];
  const finding: Finding = { ...findingIn(paragraphs, 1, options.quote ?? text), evidence: options.evidence ?? [] };
  const position: PlaybookPosition = { ...positionWith('The parties shall agree separately how {{customerData}} is used.'), edits };
  const plan = planRedline(finding, position, options.analysis ?? analysisOf([finding]), paragraphs);
  validateOps(text, plan.ops);
  expect(applyOps(plan.originalText, plan.ops)).toBe(plan.targetText);
  return plan;
}

function defaultPlan(issueId: string, positionId: PositionId, text: string) {
  const issue = issueById(DEFAULT_PLAYBOOK, issueId);
  if (!issue) throw new Error(`default playbook lost ${issueId}`);
  const paragraphs: Paragraph[] = [{ text }];
  const finding = findingIn(paragraphs, 0, text);
  return planRedline(finding, positionFor(issue, positionId), analysisOf([finding]), paragraphs);
}

describe('surgical edits', () => {
  it('turns the vendor permission into a prohibition, strikes the opt-out and lists the purposes with "or"', () => {
    const plan = planFor('7.1 Provider may use Customer Data to train, tune and test its models, unless Customer opts out in writing.', [
      { kind: 'prohibit' },
      { kind: 'strike-exception' },
    ]);
    expect(plan.kind).toBe('word-level');
    expect(plan.targetText).toBe('7.1 Provider shall not use Customer Data to train, tune or test its models.');
    expect(plan.ops.some((op) => op.kind === 'delete' && op.text.includes('Customer Data'))).toBe(false);
  });

  it('strikes an exception that opens the sentence up to its comma, and gives the next word its capital', () => {
    const edits: SurgicalEdit[] = [{ kind: 'prohibit' }, { kind: 'strike-exception' }];
    expect(planFor('4.2 Unless Customer switches the setting off, Provider may use Customer Data to tune its models.', edits).targetText).toBe(
      '4.2 Provider shall not use Customer Data to tune its models.',
    );
    expect(planFor('Unless you switch the setting off, we may use Customer Data to tune our models.', [{ kind: 'strike-exception' }]).targetText).toBe(
      'We may use Customer Data to tune our models.',
    );
  });

  it('does not ban a collection whose purposes start by serving the customer ("for the purposes of security monitoring, …")', () => {
    const plan = planFor('Provider may gather system logs for the purposes of security monitoring, fault diagnosis and developing new products.', [{ kind: 'prohibit' }]);
    expect(plan.targetText).not.toMatch(/shall not gather/);
  });

  it('lists the verbs right after the ban with "or", so the ban does not forbid only doing them all', () => {
    const plan = planFor('Provider may thereafter copy, sell and license the de-identified records for research.', [{ kind: 'prohibit' }]);
    expect(plan.targetText).toBe('Provider shall not thereafter copy, sell or license the de-identified records for research.');
  });

  it('takes a closing proviso on the use itself with the permission, but never bans beside any other proviso', () => {
    const plan = planFor('Provider may use Customer Data to tune the models behind the Platform, provided that any such use takes place in Provider\'s own data centre.', [{ kind: 'prohibit' }]);
    expect(plan.targetText).toBe('Provider shall not use Customer Data to tune the models behind the Platform.');
    // A proviso that gives the customer something else would become the vendor's loophole: the clause does the work.
    const other = planFor('Provider may use Customer Data to tune the models behind the Platform, provided that Provider notifies Customer first.', [{ kind: 'prohibit' }]);
    expect(other.kind).not.toBe('word-level');
  });

  it('never bans a verb of a relative clause about something else ("which Provider may update")', () => {
    const plan = planFor('The Data Statement, which Provider may update from time to time, describes the Customer Data Provider uses to tune its models.', [{ kind: 'prohibit' }]);
    expect(plan.targetText).not.toMatch(/which Provider shall not update/);
  });

  it('makes a grant the customer gives unless it switches something off into one it gives only if it switches it on', () => {
    const plan = defaultPlan('ai-training', 'preferred', '1.5 Unless you have turned off Model Improvement, you grant us a licence to use your Prompts to train our models.');
    expect(plan.targetText).toBe('1.5 If you have turned on Model Improvement, you grant us a licence to use your Prompts to train our models.');
    // Never by striking the customer's way out, which would make the grant hold whatever the customer chose.
    const strikeOnly = planFor('Unless you have turned off Model Improvement, you grant us a licence to use your Prompts to train our models.', [{ kind: 'strike-exception' }]);
    expect(strikeOnly.targetText).not.toMatch(/^You grant us/);
  });

  it('keeps a closing proviso of further restrictions beside the ban, joined with "and"', () => {
    const plan = planFor('Provider may create Derived Data and may use it to train its models, provided that Provider shall not attempt to re-identify any individual.', [{ kind: 'prohibit' }]);
    expect(plan.targetText).toBe('Provider may create Derived Data and shall not use it to train its models, and Provider shall not attempt to re-identify any individual.');
    // A proviso that also permits something ("may", "unless") is no mere restriction: the clause does the work.
    const permits = planFor('Provider may use Customer Data to train its models, provided that Provider shall not disclose it unless required by law.', [{ kind: 'prohibit' }]);
    expect(permits.kind).not.toBe('word-level');
  });

  it('adds no proviso to a sentence that sets a standard ("shall be considered de-identified only where …")', () => {
    const proviso: SurgicalEdit = { kind: 'append-proviso', text: 'provided that it is not used to train any model' };
    expect(planFor('Customer Data shall be considered de-identified only where Provider has removed every direct identifier.', [proviso]).kind).not.toBe('word-level');
  });

  it('strikes a deletion\'s exception that lets the vendor keep the data, so the deletion stands whole', () => {
    const cease: SurgicalEdit = { kind: 'cease-retention', text: 'shall cease using and shall delete' };
    expect(planFor('After termination Provider will delete Customer Data, except Customer Data already built into its models, which Provider may retain.', [cease]).targetText).toBe(
      'After termination Provider will delete Customer Data.',
    );
    expect(planFor('After termination Provider will delete Customer Data, except that Provider may retain Customer Data already built into its models.', [cease]).targetText).toBe(
      'After termination Provider will delete Customer Data.',
    );
  });

  it('keeps a later permission the service itself needs, and negates a later one for the vendor\'s own ends', () => {
    const keep = planFor('Provider may use Customer Data to train its models, and may process Customer Data to provide the Services.', [{ kind: 'prohibit' }]);
    expect(keep.targetText).toBe('Provider shall not use Customer Data to train its models, and may process Customer Data to provide the Services.');
    const both = planFor('Provider may use Customer Data to train its models, and may share it with affiliates to improve their models.', [{ kind: 'prohibit' }]);
    expect(both.targetText).toBe('Provider shall not use Customer Data to train its models, and shall not share it with affiliates to improve their models.');
  });

  it('never prohibits the customer: a permission whose subject is not the vendor leaves the clause to do the work', () => {
    const plan = planFor('Customer may opt out of model training at any time.', [{ kind: 'prohibit' }]);
    expect(plan.kind).toBe('sentence');
    expect(plan.targetText).toBe('The parties shall agree separately how Customer Data is used.');
  });

  it('uses the contract\'s own vendor name and aliases', () => {
    const analysis: Analysis = { ...analysisOf(), terms: { customerData: 'Client Content', vendor: 'Acme', customer: 'Client', agreement: 'Terms', services: 'services', spelling: 'uk' }, parties: { vendor: 'Acme', customer: 'Client', vendorAliases: ['we'], customerAliases: [] } };
    const plan = planFor('We may also analyse Client Content to improve our products.', [{ kind: 'prohibit' }], { analysis });
    // "We" promises with "will" (the lawyer audit of agreements 37–40), whatever the contract calls the vendor elsewhere.
    expect(plan.targetText).toBe('We will not analyse Client Content to improve our products.');
  });

  it('replaces an opt-out tail with an opt-in condition in the contract\'s own terms', () => {
    const plan = planFor('Provider may use Customer Data to improve its models except where Customer opts out.', [
      { kind: 'replace-exception', text: 'only if {{customer}} has first opted in in writing' },
    ]);
    expect(plan.targetText).toBe('Provider may use Customer Data to improve its models only if Customer has first opted in in writing.');
  });

  it('strikes licence adjectives from their list and narrows the purpose', () => {
    const plan = planFor('Customer grants Provider a perpetual, worldwide, irrevocable and transferable licence to host and copy Customer Data for any lawful purpose.', [
      { kind: 'strike', words: ['perpetual', 'irrevocable', 'transferable'] },
      { kind: 'limit-purpose', text: 'solely to provide the services to {{customer}}' },
    ]);
    expect(plan.targetText).toBe('Customer grants Provider a worldwide licence to host and copy Customer Data solely to provide the services to Customer.');
  });

  it('keeps "and" before the last surviving verb, and leaves words that only contain a struck word', () => {
    const plan = planFor('Provider may copy, modify, sell and display non-transferable extracts.', [{ kind: 'strike', words: ['sell', 'transferable'] }]);
    expect(plan.targetText).toBe('Provider may copy, modify and display non-transferable extracts.');
  });

  it('leaves a defined term that contains a struck word alone', () => {
    const plan = planFor('Provider may copy Transferable Records and perpetual archives.', [{ kind: 'strike', words: ['transferable', 'perpetual'] }]);
    expect(plan.targetText).toBe('Provider may copy Transferable Records and archives.');
  });

  it('does not strike a lone verb after "to", which would strand its object', () => {
    const plan = planFor('Customer grants Provider a perpetual licence to host the Data and to distribute it.', [{ kind: 'strike', words: ['perpetual', 'distribute'] }]);
    // The licence struck of its perpetuity takes the agreement's term (audit175, 399 § 5.5).
    expect(plan.targetText).toBe('Customer grants Provider a licence, for the term of this Agreement, to host the Data and to distribute it.');
  });

  it('fixes the article when the first modifier goes', () => {
    const plan = planFor('Customer grants Provider an irrevocable, sublicensable licence to the Data.', [{ kind: 'strike', words: ['irrevocable', 'sublicensable'] }]);
    expect(plan.targetText).toBe('Customer grants Provider a licence to the Data.');
  });

  it('leaves an exception inside a negative clause alone: it protects the customer', () => {
    const plan = planFor('Provider may use Customer Data for support; it is not used for training unless Customer agrees.', [{ kind: 'strike-exception' }]);
    expect(plan.kind).toBe('sentence');
  });

  it('skips a proviso that would contradict the sentence it qualifies', () => {
    const proviso: SurgicalEdit = { kind: 'append-proviso', text: 'provided that it is not used to train any model', unlessMentions: ['train'] };
    expect(planFor('Provider may use aggregated data to train models.', [proviso]).kind).toBe('sentence');
  });

  it('keeps the conjunction when the list runs on past a parenthesis it cannot read as items', () => {
    const plan = planFor('Provider may store, show (to Customer only), sell, and index Customer Data.', [{ kind: 'strike', words: ['sell'] }]);
    expect(plan.targetText).toBe('Provider may store, show (to Customer only), and index Customer Data.');
  });

  it('strikes purposes a licence takes from another document, and says the serving purpose in the position\'s words', () => {
    const limit: SurgicalEdit = { kind: 'limit-purpose', text: 'solely to provide the services to {{customer}}' };
    const plan = planFor(
      'Customer grants Provider a licence to host, index and display Customer Data to deliver the services and for the further purposes set out in the Data Use Statement, which Provider may revise at any time.',
      [limit],
    );
    expect(plan.targetText).toBe('Customer grants Provider a licence to host, index and display Customer Data solely to provide the services to Customer.');
  });

  it('does not narrow a purpose phrase that heads a longer list of purposes', () => {
    const plan = planFor('Provider may use Customer Data for the purpose of research, marketing and model training.', [
      { kind: 'limit-purpose', text: 'solely to provide the services' },
    ]);
    expect(plan.kind).toBe('sentence');
  });

  it('appends a proviso before the full stop, only where the sentence mentions the trigger words', () => {
    const proviso: SurgicalEdit = { kind: 'append-proviso', text: 'provided that it does not identify {{customer}}', onlyIf: ['aggregated'] };
    expect(planFor('Provider may publish aggregated statistics.', [proviso]).targetText).toBe('Provider may publish aggregated statistics, provided that it does not identify Customer.');
    expect(planFor('Provider may publish statistics.', [proviso]).kind).toBe('sentence');
    expect(planFor('Provider may publish aggregated statistics, provided they are anonymous.', [proviso]).kind).toBe('sentence');
  });

  it('swaps the owner of outputs and strikes the licence back to the customer', () => {
    const plan = planFor('Provider shall own all Outputs, and grants Customer a licence to use them.', [{ kind: 'swap-owner' }]);
    expect(plan.targetText).toBe('Customer shall own all Outputs.');
  });

  it('strikes the survival of rights and turns continued retention into deletion', () => {
    const plan = planFor('Clauses 2 and 3 shall survive termination; and Provider may keep and use Customer Data for the purposes in Clause 3.', [
      { kind: 'strike-survival' },
      { kind: 'cease-retention', text: 'shall cease using and shall delete' },
      { kind: 'limit-purpose', optional: true },
    ]);
    expect(plan.targetText).toBe('Provider shall cease using and shall delete Customer Data.');
  });

  it('keeps personalising the service as a serving purpose and strikes the vendor\'s own with its example', () => {
    const plan = planFor(
      'Provider may use Customer Data to personalize each learner\'s lesson plan and to measure and improve the effectiveness of the Services, including by recalibrating question weights across its whole user base.',
      [{ kind: 'prohibit', optional: true }, { kind: 'limit-purpose', optional: true, onlyIfNoneBefore: true }],
    );
    expect(plan.targetText).toBe('Provider may use Customer Data to personalize each learner\'s lesson plan.');
  });

  it('turns a permission into a ban without its contrast or the redaction that only narrowed the permission', () => {
    const plan = planFor('However, Provider may use Review Notes, after matter names and other identifying details have been removed, to develop and refine its ranking models.', [
      { kind: 'prohibit' },
    ]);
    expect(plan.targetText).toBe('Provider shall not use Review Notes to develop or refine its ranking models.');
  });

  it('strikes a licence\'s own survival written as a relative clause', () => {
    const plan = planFor('Customer grants Provider a royalty-free licence to use Customer Data for the purposes in Clause 9, which licence shall survive termination of this Agreement.', [
      { kind: 'strike-survival' },
    ]);
    expect(plan.targetText).toBe('Customer grants Provider a royalty-free licence to use Customer Data for the purposes in Clause 9.');
  });

  it('adds the deletion at the end to data kept while the contract lasts, and nowhere else', () => {
    const deletion: SurgicalEdit = { kind: 'append-deletion', text: '{{vendor}} shall delete {{customerData}} within thirty (30) days after this {{agreement}} ends' };
    expect(planFor('Provider keeps Customer Data for as long as the subscription continues.', [deletion]).targetText).toBe(
      'Provider keeps Customer Data for as long as the subscription continues, and Provider shall delete Customer Data within thirty (30) days after this Agreement ends.',
    );
    // Kept after the end, or already deleted by a promise: not this edit.
    expect(planFor('Provider keeps Customer Data for as long as it likes after the subscription ends.', [deletion]).kind).toBe('sentence');
    expect(planFor('Provider keeps Customer Data for the term of this Agreement and will delete it within ten days after.', [deletion]).kind).toBe('sentence');
  });

  it('freezes a policy that the vendor may change at will', () => {
    const plan = planFor('Provider will follow its Privacy Policy, as amended from time to time in its discretion.', [
      { kind: 'fix-version', text: 'as in effect on the date of this {{agreement}}' },
    ]);
    expect(plan.targetText).toBe('Provider will follow its Privacy Policy, as in effect on the date of this Agreement.');
  });

  it('falls back to the clause when a required edit finds nothing, and skips optional ones that do not apply', () => {
    expect(planFor('Provider shall keep Customer Data secure.', [{ kind: 'prohibit' }]).kind).toBe('sentence');
    const plan = planFor('Provider may use Customer Data to train models.', [{ kind: 'prohibit' }, { kind: 'strike-exception', optional: true }]);
    expect(plan.targetText).toBe('Provider shall not use Customer Data to train models.');
  });

  it('falls back when two edits want to change the same words', () => {
    const plan = planFor('Provider may use Customer Data for any purpose.', [
      { kind: 'limit-purpose', text: 'solely for support' },
      { kind: 'limit-purpose', text: 'solely for billing' },
    ]);
    expect(plan.kind).toBe('sentence');
  });

  it('edits only the covering sentence of a longer paragraph', () => {
    const text = 'Provider shall keep Customer Data secure. Provider may use Customer Data to train models. Customer shall pay.';
    const plan = planFor(text, [{ kind: 'prohibit' }], { quote: 'may use Customer Data to train' });
    expect(plan.targetText).toBe('Provider shall keep Customer Data secure. Provider shall not use Customer Data to train models. Customer shall pay.');
  });
});

describe('surgical edits in the default playbook', () => {
  it('the preferred training position prohibits and strikes the opt-out', () => {
    const plan = defaultPlan('ai-training', 'preferred', '2.4 Provider may use Customer Data to fine-tune its models, unless Customer opts out by email.');
    expect(plan.kind).toBe('word-level');
    expect(plan.targetText).toBe('2.4 Provider shall not use Customer Data to fine-tune its models.');
  });

  it('the third-party fallback appends a flow-down proviso', () => {
    const plan = defaultPlan('third-party-ai', 'fallback1', 'Provider may send Customer Data to external model vendors.');
    expect(plan.kind).toBe('word-level');
    expect(plan.targetText).toMatch(/^Provider may send Customer Data to external model vendors, provided that Provider gives Customer .* train any model\.$/);
  });

  it('positions without edits, and custom playbooks that leave them out, still parse and use the clause', () => {
    const plan = defaultPlan('ai-training', 'fallback2', 'Provider may use Customer Data to fine-tune its models.');
    expect(plan.kind).toBe('sentence');
    expect(PlaybookPositionSchema.safeParse(positionWith('Our clause.')).success).toBe(true);
  });

  it('rejects an unknown edit kind and an unknown placeholder in edit text', () => {
    expect(PlaybookPositionSchema.safeParse({ ...positionWith('Our clause.'), edits: [{ kind: 'rewrite' }] }).success).toBe(false);
    const bad = PlaybookPositionSchema.safeParse({ ...positionWith('Our clause.'), edits: [{ kind: 'append-proviso', text: 'provided that {{supplier}} agrees' }] });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('unknown placeholder');
  });
});

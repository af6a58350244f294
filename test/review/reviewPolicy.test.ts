// The review's policy on sentences a lawyer would not send (issue 9 §1): it never weakens a protection, never
// rewrites a sentence about something other than the customer's data as if it were, narrows a licence the service
// needs instead of striking it, and speaks the contract's own voice. Clauses are the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { buildReviewPlan, type EditItem } from '../../src/review';
import { speakAsWeAndYou } from '../../src/review/voice';
import { agreeWithAgreement, commentWording } from '../../src/review/wording';
import type { ContractTerms } from '../../src/engine/types';
import { paragraphsOf, skippedWith } from './agreements';

function review(text: string) {
  const paragraphs = paragraphsOf(text);
  const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
  const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred', insertMissing: false });
  const edits = plan.items.filter((item): item is EditItem => item.kind === 'edit');
  return { paragraphs, plan, edits, editOf: (at: number) => edits.find((e) => e.paragraph === at) };
}

const PARTIES = 'This agreement is between Larkspur Cloud Ltd ("Supplier") and Fenwood Partners LLP ("Client").';
const DATA = '"Client Files" means the documents, prompts and recordings that Client uploads to the Platform.';

describe('the review policy', () => {
  it('leaves a flow-down that binds model providers alone: striking it would take the protection away', () => {
    // The engine reads a retention risk in it as well as its protections; the review must not strike it.
    const flowDown =
      '4.2 Supplier will contractually require each model provider to refrain from retaining Client Files for longer than is needed to return a response and from using Client Files to train or improve its models.';
    const { editOf, plan } = review([PARTIES, DATA, flowDown].join('\n'));
    expect(skippedWith(plan, 2, /also gives a protection/)).toBe(true);
    expect(editOf(2)).toBeUndefined();
  });

  it('does not rewrite a sentence about service metadata as if it were about the customer data', () => {
    const metadata = '5.1 Supplier may generate Anonymised Data from service telemetry and metadata (but not from the content of uploads) and may use Anonymised Data to monitor and improve the Platform.';
    const { editOf, plan } = review([PARTIES, DATA, metadata].join('\n'));
    expect(skippedWith(plan, 2, /does not name the customer/)).toBe(true);
    expect(editOf(2)?.ops.filter((op) => op.kind === 'delete') ?? []).toEqual([]);
  });

  it('does not rewrite a grant over a defined term that the contract defines to exclude the customer data', () => {
    const defined =
      '1.4 "Usage Statistics" means counts, latency figures and error rates about how the Platform is used, which do not identify Client or any individual and do not include the content of any Client Files.';
    const grant =
      '5.2 Notwithstanding clause 5.1, Supplier may collect and use Usage Statistics to improve the Platform and to develop new products, and need not delete Usage Statistics when this agreement ends.';
    const { editOf, plan } = review([PARTIES, DATA, defined, grant].join('\n'));
    expect(skippedWith(plan, 3, /defines Usage Statistics as records of how the service is used and performs, not as the customer's data/)).toBe(true);
    // Only the vendor's other business goes ("and to develop new products": audit194 limited 435 § 3.4 to the service).
    expect((editOf(3)?.ops ?? []).map((op) => (op.kind === 'delete' ? op.text : `+${op.text}`))).toEqual([' and to develop new products']);
  });

  it('strikes only the half of a sentence that takes back what its first half gives the customer', () => {
    const deletion = '7.2 Within thirty (30) days after this agreement ends, Supplier shall delete all Client Files and all copies of them.';
    const programme =
      '4.3 Beta Programme. If Client joins the beta programme, Supplier may use Client Files submitted while Client is a member to test new features. Client may leave the programme at any time in its settings, but leaving will not require Supplier to remove Client Files from any model already trained.';
    const { editOf } = review([PARTIES, DATA, deletion, programme].join('\n'));
    const edit = editOf(3);
    expect(edit?.target).toContain('Client may leave the programme at any time in its settings.');
    expect(edit?.target).not.toContain('model already trained');
  });

  it('strikes the vendor\'s free choice of provider when the proviso makes the customer\'s approval the condition', () => {
    const routing =
      '3.4 Supplier may send Client Files to third-party model providers chosen by Supplier in its sole discretion, and those providers may process Client Files outside the United Kingdom.';
    const edit = review([PARTIES, DATA, routing].join('\n')).editOf(2);
    expect(edit?.target).toContain('chosen by Supplier, and those providers');
    expect(edit?.target).toContain('provided that Client has approved each such provider in writing');
    expect(edit?.target).toContain('at least as protective of Client Files as this Agreement');
  });

  it('leaves a sentence that only says data reaches model providers when the contract binds them elsewhere', () => {
    const transfer =
      '7.2 Client acknowledges that certain third-party model providers used for the AI features process Client Files in the United States, and that such transfers are made under the standard contractual clauses.';
    const flowDown =
      '3.5 Supplier uses the third-party model providers named in Schedule 2. Supplier shall ensure that each of them is bound by written terms that prohibit it from using Client Files to train its models and that require it to delete Client Files within thirty (30) days.';
    const bound = review([PARTIES, DATA, flowDown, transfer].join('\n'));
    expect(bound.editOf(3)).toBeUndefined();
    expect(skippedWith(bound.plan, 3, /binds them by its own terms/)).toBe(true);
    // Without the flow-down the same sentence is the only word on providers: it stays, for the customer needs to know
    // where its data goes, and the playbook's clause on providers follows it as a clause of its own (audit46).
    const unbound = review([PARTIES, DATA, transfer].join('\n'));
    expect(unbound.editOf(2)).toBeUndefined();
    const inserted = unbound.plan.items.find((item) => item.kind === 'insert' && item.answers === 'third-party-ai');
    expect(inserted?.kind === 'insert' && inserted.after).toBe(2);
    expect(inserted?.kind === 'insert' && inserted.text).toMatch(/^7\.3 Supplier shall not disclose Client Files to any third-party provider/);
  });

  it('lists the data a prohibition covers with "or", so it does not forbid only using them together', () => {
    const training = '3.2 Supplier may use Client Files and Outputs to train and improve its models.';
    const edit = review([PARTIES, DATA, training].join('\n')).editOf(2);
    expect(edit?.target).toBe('3.2 Supplier shall not use Client Files or Outputs to train or improve its models.');
  });

  it('strikes a sentence that only stretches a licence granted in the one before, rather than writing a second licence', () => {
    const licence =
      '4.1 Client grants Supplier a licence to store and process Client Files for the purposes of operating and providing the Platform. This licence continues after this agreement ends, for as long as Supplier keeps Client Files.';
    const edit = review([PARTIES, DATA, licence].join('\n')).editOf(2);
    expect(edit?.target).toBe('4.1 Client grants Supplier a licence to store and process Client Files for the purposes of operating and providing the Platform.');
  });

  it('strikes a sentence that carries a licence past the customer\'s deletion once the licence itself is rewritten', () => {
    const licence =
      '4.1 Client grants Supplier a perpetual, worldwide and sublicensable licence to use Client Files to improve and market the Platform. This licence continues even if Client stops using the Platform or deletes its account.';
    const edit = review([PARTIES, DATA, licence].join('\n')).editOf(2);
    expect(edit?.target).not.toMatch(/continues even if/);
  });

  it('keeps the object that serving purposes share with the vendor\'s own ones', () => {
    const licence = '4.1 Client grants Supplier a licence to store and process Client Files for the purposes of operating, providing, promoting and improving the Platform.';
    const edit = review([PARTIES, DATA, licence].join('\n')).editOf(2);
    expect(edit?.target).toContain('for the purposes of operating and providing the Platform.');
  });

  it('fixes the version of a policy the customer is subject to, "as updated by the vendor from time to time"', () => {
    const policy = 'B.7 Client\'s use of the AI features is also subject to Supplier\'s AI Policy at larkspur.example/ai, as updated by Supplier from time to time, which is incorporated by reference.';
    const edit = review([PARTIES, DATA, policy].join('\n')).editOf(2);
    expect(edit?.target).toBe('B.7 Client\'s use of the AI features is also subject to Supplier\'s AI Policy at larkspur.example/ai, as in effect on the date of this Agreement, which is incorporated by reference.');
  });

  it('leaves the customer\'s own option to have a model trained for it', () => {
    const option =
      '3.4 Client may, at its sole discretion and by written instruction signed by its data officer, authorise Supplier to use named Client Files to fine-tune a model dedicated exclusively to Client.';
    const { editOf, plan } = review([PARTIES, DATA, 'Supplier shall not use Client Files to train any model.', option].join('\n'));
    expect(editOf(3)).toBeUndefined();
    expect(skippedWith(plan, 3, /the option is the customer/)).toBe(true);
  });

  it('writes a vendor defined only as "we" in the first person, even where the customer keeps its name', () => {
    const parties = 'These terms are between Larkspur Cloud Ltd ("we", "us") and Fenwood Partners LLP ("Client").';
    const grant = '6.1 We may use Client Files to train the models that power the Platform.';
    const paragraphs = paragraphsOf([parties, DATA, grant].join('\n'));
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' });
    const inserted = plan.items.flatMap((item) => (item.kind === 'insert' ? [item.text] : []));
    expect(inserted.join(' ')).toMatch(/\bour use of Client Files\b/);
    expect(inserted.join(' ')).not.toMatch(/\bwe['’]s\b|\bWe's\b/);
  });

  it('fixes a policy at the contract\'s own start date ("the Effective Date"), not "the date of this Agreement"', () => {
    const starts = 'This agreement takes effect on the Effective Date stated in the first Order.';
    const policy = '7.1 Supplier processes Client Files in accordance with its Data Handling Policy at larkspur.example/data, as updated by Supplier from time to time.';
    const target = review([PARTIES, DATA, starts, policy].join('\n')).editOf(3)?.target ?? '';
    expect(target).toMatch(/as in effect on the Effective Date/);
    expect(target).not.toMatch(/date of this/);
  });

  it('strikes only the "including …" example that names training, where a ban stands elsewhere', () => {
    const ban = '4.1 Supplier shall not use Client Files to train any machine learning model.';
    const grant = '4.2 Supplier may use Client Files to operate and support the Platform, including to train its machine learning models.';
    const edit = review([PARTIES, DATA, ban, grant].join('\n')).editOf(3);
    expect(edit?.target).toBe('4.2 Supplier may use Client Files to operate and support the Platform.');
  });

  it('writes the parties with "the" where the contract does ("the Supplier shall"), and "The" at a sentence\'s start', () => {
    const parties = 'This agreement is between Larkspur Cloud Ltd (the "Supplier") and Fenwood Partners LLP (the "Client").';
    const uses = 'The Supplier hosts the Platform for the Client. The Client pays the Supplier monthly. The Supplier supports the Client.';
    const grant = '4.2 The Supplier may use Client Files to train its machine learning models.';
    const data = '"Client Files" means the documents that the Client uploads to the Platform.';
    const paragraphs = paragraphsOf([parties, data, uses, grant].join('\n'));
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' });
    const inserted = plan.items.flatMap((item) => (item.kind === 'insert' ? [item.text] : [])).join(' ');
    expect(inserted).toMatch(/\bThe Supplier shall\b/);
    expect(inserted).not.toMatch(/(?<!the |The )\b(?:Supplier|Client)\b(?! Files)/);
  });

  it('strikes only a clause joined on with "; and" when it alone carries a risk answered elsewhere', () => {
    const statistics = '5.1 Supplier may publish aggregated statistics made from Client Files only once they are irreversibly anonymised and never to train any model.';
    const grant = '5.2 Supplier may prepare usage reports for Client; and all rights in statistics derived from Client Files shall belong to Supplier.';
    const edit = review([PARTIES, DATA, statistics, grant].join('\n')).editOf(3);
    expect(edit?.target ?? '').not.toMatch(/shall belong to Supplier/);
  });

  it('adds no carve-out of the customer\'s data to a clause whose paragraph already excludes it', () => {
    const feedback = '9.1 Supplier may use any suggestions Client gives about the Platform ("Feedback") without restriction. Feedback does not include Client Files.';
    const { editOf, plan } = review([PARTIES, DATA, feedback].join('\n'));
    expect(editOf(2)).toBeUndefined();
    expect(plan.skipped.some((s) => s.reason.includes('already excludes'))).toBe(true);
  });

  it('gives a time-limit reason only when the edit strikes "perpetual" or "irrevocable"', () => {
    const endless = '3.1 Client grants Supplier a perpetual, irrevocable licence to host and process Client Files to provide the Platform.';
    const wide = '3.1 Client grants Supplier a licence to host, process and modify Client Files to provide the Platform.';
    const comment = (licence: string) => review([PARTIES, DATA, licence].join('\n')).editOf(2)?.comment.external ?? '';
    expect(comment(endless)).toMatch(/must end when the Agreement ends/);
    expect(comment(wide)).not.toMatch(/must end when/);
  });

  it('freezes a policy together with the way the vendor changes it ("by posting a revised version at …")', () => {
    const policy = '7.1 Supplier processes Client Files in accordance with its Data Handling Policy, as updated by Supplier from time to time by posting a revised version at larkspur.example/data.';
    const target = review([PARTIES, DATA, policy].join('\n')).editOf(2)?.target ?? '';
    expect(target).toBe('7.1 Supplier processes Client Files in accordance with its Data Handling Policy, as in effect on the date of this Agreement.');
  });

  it('narrows infinitive purposes introduced by "as reasonably necessary to"', () => {
    const licence =
      '3.1 Client grants Supplier a non-exclusive licence to host and process Client Files as reasonably necessary to provide, support and improve the Platform.';
    const target = review([PARTIES, DATA, licence].join('\n')).editOf(2)?.target ?? '';
    expect(target).toMatch(/to provide and support the Platform/);
    expect(target).not.toMatch(/improve/);
  });

  it('strikes a statement that the vendor improves its models from the data beside the training grant it strikes', () => {
    const paragraph =
      '4.2 Our models get better by learning from the documents our clients upload. Supplier may also use Client Files to train and improve its machine learning models. Supplier keeps each upload for ninety days.';
    const edit = review([PARTIES, DATA, 'Supplier shall not use Client Files to train any model.', paragraph].join('\n')).editOf(3);
    expect(edit?.target).not.toMatch(/get better by learning/);
    expect(edit?.target).not.toMatch(/may use Client Files to train/);
  });

  it('narrows a licence that also serves the customer to its serving purpose instead of striking it', () => {
    const licence =
      '3.1 Client grants Supplier a licence to copy and store Client Files for the purposes of hosting the Platform for Client, developing new products, and training machine learning models.';
    const { editOf } = review([PARTIES, DATA, 'Supplier shall not use Client Files to train any model.', licence].join('\n'));
    const edit = editOf(3);
    expect(edit?.target).toContain('for the purposes of hosting the Platform for Client');
    expect(edit?.target).not.toMatch(/training machine learning models/);
  });

  it('adds a carve-out to a feedback clause rather than striking it', () => {
    const feedback = '6.3 If Client gives Supplier feedback or suggestions about the Platform, Supplier may use that feedback for any purpose without obligation to Client.';
    const { editOf } = review([PARTIES, DATA, feedback].join('\n'));
    const edit = editOf(2);
    expect(edit?.ops.every((op) => op.kind === 'insert')).toBe(true);
    expect(edit?.target).toContain('does not apply to Client Files');
  });
});

describe('the contract’s voice and name', () => {
  it('speaks as "we" to "you" with the grammar following', () => {
    expect(speakAsWeAndYou("we has bound it, you's records stay with you, (b) we has approved it, and notice goes to we.")).toBe(
      'we have bound it, your records stay with you, (b) we have approved it, and notice goes to us.',
    );
    // An adverb between the pronoun and its verb (audit41: "we hereby assigns").
    expect(speakAsWeAndYou('we hereby assigns to you all right we may have, and we also keeps nothing.')).toBe(
      'we hereby assign to you all right we may have, and we also keep nothing.',
    );
  });

  it('keeps the verb of a subject that only names the contract after a preposition', () => {
    expect(agreeWithAgreement('Nothing in these Terms permits it, and these Terms ends on termination.', 'these Terms')).toBe(
      'Nothing in these Terms permits it, and these Terms end on termination.',
    );
    expect(agreeWithAgreement('The rest of these Terms governs its use.', 'these Terms')).toBe('The rest of these Terms govern its use.');
  });

  it('never writes a second determiner before a name that has its own', () => {
    expect(agreeWithAgreement('Rights end with the this Agreement and this these Terms; the these Terms lasts.', 'these Terms')).toBe(
      'Rights end with the this Agreement and these Terms; these Terms last.',
    );
  });

  it('writes a comment in a "we"/"you" contract as the customer speaking to the vendor by its name, and calls "Your Files" our files', () => {
    const terms: ContractTerms = { customerData: 'Your Files', vendor: 'Quillmark', customer: 'Customer', agreement: 'these Terms', services: 'Services', spelling: 'us', voice: 'we-you' };
    const reason = '{{customerData}} is provided so that {{vendor}} can deliver the {{services}} to {{customer}}; {{customer}} has approved {{customer}}\'s providers.';
    expect(commentWording(reason, terms)).toBe('Our files are provided so that Quillmark can deliver the Services to us; we have approved our providers.');
    expect(commentWording(reason, { ...terms, vendor: 'we' })).toBe('Our files are provided so that you can deliver the Services to us; we have approved our providers.');
    const { voice: _voice, ...thirdPerson } = terms;
    expect(commentWording(reason, thirdPerson)).toContain('deliver the Services to Customer; Customer has approved');
  });
});

describe('the contract’s own defined terms in the playbook’s clause', () => {
  it('speaks of the contract’s derived-data term and of its customers by the contract’s word for them', () => {
    const text = [
      'This agreement is between Larkspur Cloud Ltd ("Supplier") and the subscriber named in the Order ("Subscriber").',
      '"Subscriber Files" means the documents and prompts that Subscriber uploads to the Platform.',
      '"Anonymised Pool Data" means data derived from Subscriber Files and combined with data of other subscribers so that no subscriber can be identified.',
      '3.4 Notwithstanding clause 3.3, Supplier may create Anonymised Pool Data and may use it to develop and refine the machine-learning models behind its products and services.',
      '3.5 Supplier may use Anonymised Pool Data to improve its products and services, including benchmarks shown to other subscribers.',
    ].join('\n');
    const { editOf } = review(text);
    expect(editOf(3)?.target).toContain('Supplier may use Anonymised Pool Data only after it has been aggregated with the data of other subscribers');
    // Where no model is named, the safeguard goes on the sentence itself, in the contract's words too.
    expect(editOf(4)?.target).toContain('to improve its products and services, including benchmarks shown to other subscribers, provided that such Anonymised Pool Data is aggregated with the data of other subscribers, cannot reasonably be used to identify Subscriber');
  });
});

describe('the contract\'s words for the vendor\'s other customers', () => {
  it('are used in the proviso ("other clients") where the contract speaks of them so', () => {
    const { editOf } = review([
      'This Agreement is between Tollgate Analytics Ltd ("Tollgate") and the retailer named in the Order ("Customer").',
      '"Shopper Data" means the browsing and purchase events Customer sends to the Service.',
      // The pooling is not said here (a clause that already pools with other clients needs no such condition, audit60).
      'Tollgate may compile aggregated statistics from Shopper Data, and may use those statistics to plan its product roadmap.',
      'Tollgate shall not disclose Shopper Data to its other clients.',
    ].join('\n'));
    expect(editOf(2)?.target).toMatch(/provided that such data is aggregated with the data of other clients/);
  });

  it('are "other users" in terms written to users in the "we"/"you" voice, with the data called as those terms call it', () => {
    const { editOf } = review([
      'Welcome to Driftnote. These terms explain how we handle your content when you use our app.',
      'We store your content securely on our servers, and you can export it at any time.',
      'We may keep aggregated statistics, records of your payments and de-identified data after you close your account.',
      'You may delete your account at any time from the settings page, and we will then delete your content.',
    ].join('\n'));
    expect(editOf(2)?.target).toContain('provided that such de-identified data is aggregated with the data of other users');
  });

  it('are "other customers of" the vendor where the customer is the "Purchaser" (never "other purchasers")', () => {
    const { editOf } = review([
      'This Agreement is between Hollin Gauges KK ("Supplier") and the buyer named in the Order ("Purchaser").',
      '"Gauge Data" means the pressure readings Purchaser sends to the Service.',
      'Supplier may compile statistics from Gauge Data and may use those statistics to plan its product roadmap.',
    ].join('\n'));
    expect(editOf(2)?.target).toMatch(/with the data of other customers of Supplier and irreversibly anonymised so that neither Purchaser/);
  });
});

describe('the comment speaks of the data the sentence names', () => {
  it('calls the data "Prompts" where the sentence grants a use of Prompts, not the umbrella term it never mentions', () => {
    const { editOf } = review([
      'These Terms are between Brightquill Ltd ("Brightquill") and the business that subscribes ("Client").',
      '"Prompts" means the instructions Client submits to the Platform, and "Drafts" means what the Platform writes in reply; Prompts and Drafts are together "Client Content".',
      'Brightquill may use Prompts to train and improve the language models behind the Platform.',
    ].join('\n'));
    expect(editOf(2)?.comment.external).toMatch(/\bPrompts may include confidential/);
  });
});

describe('the contract’s own word for its subcontractors', () => {
  it('uses a defined "Sub-processor" in place of the playbook’s "subprocessor"', () => {
    const text = [PARTIES, DATA, '"Sub-processor" means any third party that Supplier engages to process Client Files.', '3.1 Supplier may use Client Files to train its models.'].join('\n');
    const paragraphs = paragraphsOf(text);
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' });
    const audit = plan.items.find((item) => item.kind === 'insert' && item.answers === 'audit');
    expect(audit?.kind === 'insert' && audit.text).toContain('each Sub-processor and third-party model provider');
    const written = plan.items.map((item) => (item.kind === 'insert' ? item.text : item.target)).join(' ');
    expect(written).not.toMatch(/\bsubprocessor/);
  });
});

describe('where a new clause goes', () => {
  it('never among the Definitions, however the heading is written, and numbered in the next section', () => {
    const text = [
      PARTIES,
      'Section 1. Definitions',
      DATA,
      // A policy that the vendor may change, defined among the Definitions: the clause answering it goes after them.
      '"Usage Rules" means the usage rules and model terms that Supplier publishes on its website, which Supplier may change at any time by posting a new version, and which govern how Client Files are processed.',
      // A definition that ends in a term defined in passing, not at the paragraph's start.
      'Client Files and Outputs are together referred to as "Client Materials."',
      'Section 2. Use of Client Files',
      '2.1 Supplier shall host Client Files in the United Kingdom.',
      '2.2 Supplier shall keep Client Files confidential.',
    ].join('\n');
    const paragraphs = paragraphsOf(text);
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' });
    const inserts = plan.items.filter((item) => item.kind === 'insert');
    expect(inserts.map((i) => i.answers)).toContain('policy-by-reference');
    for (const insert of inserts) {
      expect(insert.after).toBeGreaterThanOrEqual(6);
      expect(insert.text).toMatch(/^2\.\d /);
    }
  });

  it('puts the audit clause with the data-use terms it verifies, not under the confidentiality clause', () => {
    const text = [
      PARTIES,
      DATA,
      '3. Client Files',
      '3.1 Supplier may use Client Files to train and improve its machine learning models.',
      '3.2 Supplier shall delete Client Files within thirty (30) days after this agreement ends.',
      '5. Confidentiality',
      '5.1 Each party shall keep the other party\'s Confidential Information confidential and shall protect it with reasonable care.',
      '5.2 Liability for breach of this clause 5 is unlimited, and this clause 5 survives termination indefinitely.',
    ].join('\n');
    const paragraphs = paragraphsOf(text);
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' });
    const audit = plan.items.find((item) => item.kind === 'insert' && item.answers === 'audit');
    expect(audit?.kind === 'insert' && audit.text).toMatch(/^3\.3 /);
  });

  it('puts it in the section that holds most of the data-use terms, not the one that mentions the data once', () => {
    const text = [
      PARTIES,
      DATA,
      '3. Client Files',
      '3.1 Supplier may use Client Files to train and improve its machine learning models.',
      '3.2 Supplier may share Client Files with the providers of the language models it uses.',
      '7. Termination',
      '7.1 On termination Supplier may keep anonymised statistics derived from Client Files, which it shall not use to train any model.',
    ].join('\n');
    const paragraphs = paragraphsOf(text);
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' });
    const audit = plan.items.find((item) => item.kind === 'insert' && item.answers === 'audit');
    expect(audit?.kind === 'insert' && audit.text).toMatch(/^3\.\d /);
  });

  it('puts a clause answering a definition beside the first clause that uses the defined term', () => {
    const text = [
      PARTIES,
      '1. Key Terms',
      DATA,
      '1.2 "Data Policy" means the policy at larkspur.example/data, which Supplier may update from time to time.',
      '2. Accounts',
      '2.1 Client shall keep its passwords secret.',
      '3. Client Files',
      '3.1 Supplier shall handle Client Files as the Data Policy describes.',
      '3.2 Supplier shall not use Client Files to train any model.',
    ].join('\n');
    const paragraphs = paragraphsOf(text);
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' });
    const policy = plan.items.find((item) => item.kind === 'insert' && item.answers === 'policy-by-reference');
    expect(policy?.kind === 'insert' && policy.text).toMatch(/^3\.3 /);
  });
});

describe('the lawyer’s choices for a clause answering a definition', () => {
  it('leaves it out, or writes it in the lawyer’s words, like any inserted clause', () => {
    const text = [
      PARTIES,
      'Section 1. Definitions',
      DATA,
      '"Usage Rules" means the usage rules that Supplier publishes on its website, which Supplier may change at any time by posting a new version, and which govern how Client Files are processed.',
      'Section 2. Use of Client Files',
      '2.1 Supplier shall host Client Files in the United Kingdom.',
    ].join('\n');
    const paragraphs = paragraphsOf(text);
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const answers = (choices: Parameters<typeof buildReviewPlan>[3]) =>
      buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, choices).items.filter((i) => i.kind === 'insert' && i.answers === 'policy-by-reference');
    expect(answers({ position: 'preferred' })).toHaveLength(1);
    expect(answers({ position: 'preferred', perItem: { 'insert:policy-by-reference': 'skip' } })).toEqual([]);
    const own = answers({ position: 'preferred', wording: { 'insert:policy-by-reference': 'Supplier shall not change the Usage Rules without Client consent.' } });
    expect(own.map((i) => (i.kind === 'insert' ? i.text : ''))).toEqual(['2.2 Supplier shall not change the Usage Rules without Client consent.']);
  });
});

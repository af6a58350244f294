// Patterns named by the lawyer audits of agreements 266–272 (audit102–audit105), taken up in the thirty-fifth session:
// clauses the contract itself switches off, a survival list with a right carried on behind it, a carve-out list ended
// by a new clause, a bare "and" inside one example, a licence already kept to the service, and comments that say what
// the edit did. Every clause is the project's own drafting.
import type { Finding } from '../../src/engine/types';
import { leavesBrokenText } from '../../src/review/brokenText';
import { leftStandingReason } from '../../src/review/leftStanding';
import { strikeContrast } from '../../src/review/contrastStrike';
import { applyOps } from '../../src/engine/applyOps';
import { paragraphsOf, preferredReview, reviewOf, skippedWith } from './agreements';
import { prevailsOver } from '../../src/review/partRank';

describe('vendor terms the agreement switches off', () => {
  const lines = [
    'This Agreement is made BETWEEN the Crown in right of the Territory (the "Territory") AND Ferrule Audio Analytics Ltd. (the "Contractor").',
    '1.1 "Court Data" means all recordings and documents the Territory makes available to the Contractor.',
    '2.3 Sections C2.1, C2.2 and C9 of the Contractor Terms do not apply to the Territory.',
    '4.1 The Contractor shall not use Court Data to train, fine-tune or improve any machine-learning model.',
    'SCHEDULE C – CONTRACTOR TERMS',
    'C2.1 Customer grants Ferrule a worldwide, perpetual, irrevocable, sublicensable licence to use Customer Content for any purpose.',
    'C2.2 Ferrule may use Customer Content to develop, train and improve its machine-learning models.',
    'C5. Ferrule may use any feedback Customer gives about the Services without restriction.',
    'C9. Ferrule may update these Terms and its data practices policy at any time by posting them on its website.',
  ];
  const review = reviewOf(lines, { position: 'preferred' });

  it('leaves the switched-off clauses alone, saying which clause switches them off', () => {
    for (const paragraph of [5, 6]) {
      expect(review.edit(paragraph)).toBeUndefined();
      expect(skippedWith(review.plan, paragraph, /2\.3 says this clause does not apply/)).toBe(true);
    }
  });

  it('writes no clause of the customer\'s into the switched-off schedule', () => {
    expect(review.inserts().filter((item) => item.after >= 4)).toEqual([]);
  });

  it('names the switching clause in the contract\'s own word for its provisions', () => {
    const sections = lines.map((line) => line.replace('4.1 The Contractor shall not', '4.1 Subject to Section 2.3, the Contractor shall not'));
    const plan = reviewOf([...sections, '12.1 Sections 4 and 11 survive termination of this Agreement.'], { position: 'preferred' }).plan;
    expect(skippedWith(plan, 5, /^Section 2\.3 says this clause does not apply/)).toBe(true);
  });

  it('reads a clause switched off only for some information as still in force', () => {
    const partly = [...lines.slice(0, 2), '2.3 Section C2.2 of the Contractor Terms does not apply to Court Data held in Canada.', ...lines.slice(3)];
    expect(skippedWith(reviewOf(partly, { position: 'preferred' }).plan, 6, /does not apply/)).toBe(false);
  });
});

describe('a schedule attached for reference only', () => {
  const lines = [
    'This Agreement is between Kowhai Health Board ("the Board") and Triage Works Limited ("the Supplier").',
    '1.1 "Patient Data" means all information about patients that the Board makes available to the Supplier.',
    '8.1 The Supplier shall not use Patient Data to train any model other than the model it operates for the Board.',
    'Schedule 4 – Supplier Product Terms (extract)',
    'Note: This Schedule is attached for reference only; the Product Terms bind the Board only as clause 2.3 provides.',
    '7.1 Customer grants Triage Works a perpetual, irrevocable, worldwide licence to use Customer Content to operate, improve and develop its products.',
    'Signed for and on behalf of Kowhai Health Board: ____________________',
  ];

  it('marks up nothing in the copy, and says why', () => {
    const review = reviewOf(lines, { position: 'preferred' });
    expect(review.edit(5)).toBeUndefined();
    expect(skippedWith(review.plan, 5, /reference only/)).toBe(true);
  });
});

describe('a survival list with a right carried on behind it', () => {
  const lines = [
    'This Agreement is between Larchfield Learning, Inc. ("Larchfield") and Westmere School District (the "District").',
    '1.1 "Pupil Data" means all records about pupils that the District uploads to the Services; "De-Identified Data" means Pupil Data from which identifiers are removed.',
    '6.4 Sections 1, 3.3, 4.4, 5 and 9 will survive expiration or termination of this Agreement, and Larchfield\'s rights under Section 4.4 in De-Identified Data, and in any Models trained with it, shall continue in perpetuity.',
  ];

  it('strikes the right carried on, and keeps the general survival of the rest', () => {
    const edit = preferredReview(lines).edit(2);
    expect(edit?.target).toContain('Sections 1, 3.3, 4.4, 5 and 9 will survive expiration or termination of this Agreement');
    expect(edit?.target).not.toMatch(/perpetuity/);
    expect(leavesBrokenText(lines[2] ?? '', edit?.ops ?? [])).toBeUndefined();
  });
});

describe('a carve-out from deletion whose list is ended by a new clause', () => {
  const lines = [
    'This Agreement is between Lanternfish Retail Ltd ("Customer") and Corvid Insights Ltd ("Corvid").',
    '1.1 "Customer Data" means all data the Customer uploads to the Platform.',
    '1.2 "Network Data" means data relating to the operation and use of the Platform, including query patterns and derived signals, but excluding Customer Data in a form that identifies the Customer.',
    '1.3 "Insights" means statistical, aggregated or anonymised information derived from Customer Data together with the data of other customers.',
    '7.3 The deletion obligations in clause 7.2 shall not apply to Network Data, to Insights, or to any model trained in accordance with clause 3.3, and Corvid shall not be required to retrain, unlearn or destroy any such model.',
  ];

  it('gives the list its "or" back and takes the clause about "such model" with the models', () => {
    const target = preferredReview(lines).edit(4)?.target ?? '';
    expect(target).toContain('to Network Data, or to Insights');
    expect(target).not.toMatch(/such model|any model trained/);
    expect(target).toMatch(/\.$/);
  });
});

describe('a bare "and" inside one example of an open list', () => {
  const lines = [
    "These Terms (the \"Terms\") form the agreement (the \"Agreement\") between Larchfield Learning, Inc. (\"Larchfield,\" \"we\" or \"us\") and Westmere School District (the \"District\" or \"you\").",
    "1.1 \"Pupil Data\" means all records about pupils that the District uploads to the Services; \"De-Identified Data\" means Pupil Data from which all personal identifiers have been removed.",
    "6.1 Larchfield may create De-Identified Data from Pupil Data and may use, disclose, and retain De-Identified Data for any lawful purpose, including research, product development, developing and training new products and Models, and demonstrating the effectiveness of the Services, provided that Larchfield (a) does not attempt to re-identify De-Identified Data, (b) does not transfer De-Identified Data to any third party unless that party agrees in writing not to attempt re-identification, and (c) does not use De-Identified Data for targeted advertising.",
  ];

  it('never leaves "developing and Models"', () => {
    const edit = preferredReview(lines).edit(2);
    expect(edit).toBeDefined();
    expect(edit?.target).not.toMatch(/developing and Models/);
    expect(edit?.target).not.toMatch(/purpose, and demonstrating/);
    expect(leavesBrokenText(lines[2] ?? '', edit?.ops ?? [])).toBeUndefined();
  });
});

describe('a licence the grant already keeps to the service', () => {
  const finding = (quote: string): Finding => ({ id: 'f', category: 'broad-license', stance: 'risk', severity: 'medium', paragraph: 2, start: 0, end: quote.length, quote, rules: ['broad-licence'], evidence: [], explanation: '', playbookIssue: 'broad-license' }) as unknown as Finding;

  it('is left for the strike of its other purposes, not rewritten whole', () => {
    const kept = '3.2 The District grants Larchfield a non-exclusive, royalty-free, worldwide licence to host, copy and create derivative works of Pupil Data solely as necessary to provide the Services to the District, to maintain and improve the Services.';
    expect(leftStandingReason(finding(kept), [], [])).toMatch(/already kept to providing the services/);
  });

  it('is still rewritten where the grant is broad in itself', () => {
    const broad = '3.2 The District grants Larchfield a perpetual, irrevocable, sublicensable licence to use Pupil Data solely as necessary to provide the Services and for any other purpose.';
    expect(leftStandingReason(finding(broad), [], [])).toBeUndefined();
  });
});

describe('the reason given for an edit to the limits of a withdrawal', () => {
  const lines = [
    "1.1 These General Terms of Business apply to all contracts between Lumen Optic GmbH, Hafenstraße 12, 20457 Hamburg (\"Lumen\"), and its customers (\"Customer\") for the provision of the Lumen visual inspection platform (\"Platform\").",
    "2.2 \"Customer Data\" means images, defect labels and other data that the Customer uploads to the Platform, and \"Anonymised Data\" means Customer Data from which every reference to the Customer has been removed.",
    "6.3 Lumen may use Anonymised Data to improve its base models only if the Customer has given its prior written consent in the order confirmation.",
    "6.4 The Customer may withdraw that consent at any time in text form with effect for the future. The withdrawal does not affect base models trained before it is received, and Lumen is not obliged to remove Anonymised Data from base models or to retrain them.",
  ];

  it('speaks of what stopping must reach, not of the end of the contract', () => {
    const edit = reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(3);
    expect(edit).toBeDefined();
    expect(edit?.comment.external).not.toMatch(/end (?:with|when) the/);
  });
});

describe('a sublicence "through multiple tiers" to the vendor\'s sub-processors', () => {
  const lines = [
    'This Agreement is between Orrin Talent Systems, Inc. ("Orrin") and the customer named in the Order Form ("Customer").',
    '1.3 "Customer Data" means all data submitted to the Services by or for Customer.',
    '4.2 Customer hereby grants to Orrin a worldwide, non-exclusive, royalty-free, fully paid-up license, sublicensable through multiple tiers to Sub-processors, to host, copy, store, analyze and otherwise use Customer Data as necessary to provide and support the Services and for the other purposes permitted by this Agreement.',
  ];

  it('goes with its tiers and holders, never leaving "license through multiple tiers"', () => {
    const target = preferredReview(lines).edit(2)?.target ?? '';
    expect(target).not.toMatch(/license through multiple tiers/);
    expect(target).not.toMatch(/sublicensable/);
  });
});

describe('a survival list of three numbers that loses its first', () => {
  const lines = [
    'This Agreement is between Orrin Talent Systems, Inc. ("Orrin") and the customer named in the Order Form ("Customer").',
    '1.3 "Customer Data" means all data submitted to the Services by or for Customer.',
    '11.5 Sections 4.1, 7 and 9, and Sections A.4, A.8, and A.9 of Exhibit A, will survive any expiration or termination of this Agreement.',
    'EXHIBIT A – AI FEATURES',
    'A.3 Orrin will not use Customer Data to train any model made available to other customers.',
    'A.4 Notwithstanding Section A.3, unless Customer has opted out under Section A.5, Orrin may use Customer Data to train, fine-tune and benchmark the scoring models it offers to all of its customers.',
    'A.5 Customer may opt out of the use described in Section A.4 at any time by written notice.',
    'A.8 Orrin shall keep records of each model trained with Customer Data.',
    'A.9 Orrin shall give Customer a copy of those records on request.',
  ];

  it('leaves the two numbers left without a comma before their "and"', () => {
    const plan = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(plan.edit(5)?.target).toMatch(/\[Reserved\.?\]/);
    expect(plan.edit(2)?.target).toContain('Sections A.8 and A.9 of Exhibit A');
  });
});

describe('a keeping that the law requires, beside one that it does not', () => {
  const lines = [
    'This Agreement is between Brannock Whelan LLP ("Customer") and Lexigrid Limited ("Lexigrid").',
    '1.2 "Customer Content" means all documents and data that Customer uploads to the Services.',
    '11.4 Notwithstanding Section 11.3, Lexigrid may retain Customer Content to the extent required by applicable law or a litigation hold, and may retain indefinitely Usage Data and any models derived from Customer Content under Section 6.3 before termination.',
  ];

  it('never turns the legal hold into a duty to delete', () => {
    const target = preferredReview(lines).edit(2)?.target ?? lines[2] ?? '';
    expect(target).toContain('may retain Customer Content to the extent required by applicable law or a litigation hold');
    expect(target).not.toMatch(/shall delete Customer Content to the extent required/);
  });
});

describe('three clauses joined by commas and a last "and" that the strike takes', () => {
  const lines = [
    'This Data Processing Addendum is between Brannock Whelan LLP ("Customer") and Lexigrid Limited ("Lexigrid").',
    '1.1 "Customer Personal Data" means personal data in the documents Customer uploads to the Services.',
    '6.3 Personal Data that has been anonymised by Lexigrid in accordance with this DPA ceases to be Customer Personal Data, this DPA shall not apply to it, and Lexigrid may retain and use it after termination of the Agreement for the purposes described in Section 6.4 of the Terms.',
  ];

  it('joins the two left with "and", never a comma splice', () => {
    const target = preferredReview(lines).edit(2)?.target ?? '';
    expect(target).toContain('ceases to be Customer Personal Data, and this DPA shall not apply to it');
  });
});

describe('a policy fixed at its version, with a second relative clause after it', () => {
  const lines = [
    'This Agreement is between Fairhaven Health System ("Customer") and Radiant Read, Inc. ("Radiant").',
    '1.2 "Customer Data" means all images, reports and other data Customer makes available to Radiant.',
    "5.4 Radiant's practices for model development are described in its AI Transparency Statement at trust.radiant.example/ai, which Radiant may amend from time to time and which is incorporated into this Agreement by reference.",
  ];

  it('joins the second relative with a comma', () => {
    const target = preferredReview(lines).edit(2)?.target ?? '';
    expect(target).not.toMatch(/Effective Date and which|this Agreement and which/);
    expect(target).toMatch(/, which is incorporated into this Agreement by reference/);
  });
});

describe('a commercial clause after the limits on a withdrawal', () => {
  const text = "B.5 Customer may withdraw from the Program at any time on sixty (60) days' written notice, after which Radiant will cease adding Customer Data to Program Data, but Radiant shall not be required to remove Program Data already incorporated into any model trained before the withdrawal date, and the credit under Section B.1 shall be prorated accordingly.";
  const finding = { start: 0, end: text.length, evidence: [] } as unknown as Finding;

  it('strikes the limits and keeps the credit\'s proration', () => {
    const ops = strikeContrast(text, finding, (after) => /shall not be required to remove/.test(after)) ?? [];
    const after = applyOps(text, ops);
    expect(after).not.toMatch(/shall not be required to remove/);
    expect(after).toContain('to Program Data, and the credit under Section B.1 shall be prorated accordingly.');
  });
});

describe('a schedule the contract ranks above the body', () => {
  const lines = [
    'This Agreement is between Ironbark Minerals Pty Ltd ("Customer") and Skyframe Geospatial Pty Ltd ("Skyframe").',
    '1.1 "Customer Data" means all imagery and survey data the Customer provides to Skyframe.',
    '4.1 Skyframe must not use Customer Data to train, fine-tune or improve any machine-learning model.',
    '11.2 If there is any inconsistency, the following order of precedence applies: the Order Form, Schedule 2, and then these terms.',
    'SCHEDULE 2 – DATA USE',
    '1 Application: This Schedule applies despite anything to the contrary in clause 4.',
    '3 Model development: Skyframe may use imagery and annotations within Customer Data to train, retrain, fine-tune, validate and benchmark computer-vision models that form part of the Platform and are made available to other Skyframe customers, provided that Skyframe takes reasonable steps to ensure those models do not reproduce Customer Data in identifiable form.',
  ];

  it('answers the schedule\'s grant where it stands, keeping its item number and heading', () => {
    const edit = reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(6);
    expect(edit).toBeDefined();
    expect(edit?.target).toMatch(/^3 Model development: /);
    expect(edit?.target).not.toMatch(/may use imagery and annotations within Customer Data to train/);
  });

  it('ranks the schedule above the body, and not the body above the schedule', () => {
    expect(prevailsOver(paragraphsOf(lines.join('\n')))(6, 2)).toBe(true);
    expect(prevailsOver(paragraphsOf(lines.join('\n')))(2, 6)).toBe(false);
  });
});

describe('protections that do not cover the vendor\'s own use', () => {
  const lines = [
    'This Agreement is between Ironbark Minerals Pty Ltd ("Customer") and Skyframe Geospatial Pty Ltd ("Skyframe").',
    '1.1 "Customer Data" means all imagery and survey data the Customer provides to Skyframe.',
    '3 Model development: Skyframe may use imagery and annotations within Customer Data to train, retrain, fine-tune, validate and benchmark computer-vision models that form part of the Platform and are made available to other Skyframe customers, provided that Skyframe takes reasonable steps to ensure those models do not reproduce Customer Data in identifiable form.',
    '7 Restricted Data: Skyframe will not use under item 3 any Customer Data that the Customer has tagged in the Platform as "Restricted".',
    '10 Site Assistant: If the Customer enables the Site Assistant, prompts are sent to a Third Party Provider of large language models listed under clause 7.4, which Skyframe has contractually restricted from using them to train its models.',
  ];

  it('does not leave the training grant as answered by a ban on flagged data or on the providers', () => {
    const edit = reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(2);
    expect(edit).toBeDefined();
  });
});

describe('a clause of its own after a banned use, joined by ", and"', () => {
  const lines = [
    'This Agreement is between Steinfeld Antriebe GmbH ("Customer") and Lattix Design Systems, Inc. ("Lattix").',
    '1.2 "Customer Content" means all models, drawings and data that Customer uploads to the Cloud Services.',
    '4.3 If Customer provides ratings or edits of a design candidate ("Feedback"), Lattix may use such Feedback, together with the design candidate and the Customer Content to which it relates, for any purpose including Model Improvement without any obligation to Customer, and Feedback shall not be deemed Customer\'s Confidential Information.',
  ];

  it('keeps the other clause\'s "and"', () => {
    const target = preferredReview(lines).edit(2)?.target ?? '';
    expect(target).not.toMatch(/\bor Feedback shall not be deemed/);
  });
});

describe('two verbs after a ban', () => {
  const lines = [
    'This Agreement is between Northshore Hydro ("Customer") and Gridwise Analytics Inc. ("Gridwise").',
    '1.2 "Customer Data" means all meter data Customer provides to Gridwise.',
    '6.3 Gridwise may use and disclose Customer Data to train the forecasting models it offers to other customers.',
  ];

  it('are joined by "or"', () => {
    expect(preferredReview(lines).edit(2)?.target).toContain('shall not use or disclose Customer Data');
  });
});

describe('a narrowed grant whose clause keeps promises of the vendor', () => {
  const lines = [
    'These Terms ("Terms") govern the subscription by the university identified in the Quote ("Institution") to the services of Inkwell Learning, Inc. ("Inkwell").',
    '1.3 "Institution Data" means all student submissions that Institution uploads; "De-identified Data" means Institution Data from which all student identifiers are removed.',
    '5.3 Inkwell may create De-identified Data and use and disclose it for any lawful purpose, including to train and improve models, to conduct research on student writing and to publish aggregate findings, provided that Inkwell (a) does not attempt to re-identify any student and (b) contractually prohibits each recipient from attempting to do so.',
    '8.5 Sections 3, 5.3, 7 and 9 survive any termination or expiration of these Terms.',
  ];

  it('stays in the survival list, so its promises outlast the agreement', () => {
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(2)).toBeDefined();
    expect(review.edit(3)?.target ?? lines[3]).toContain('5.3');
  });
});

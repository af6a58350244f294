// Per-clause expectations for the language patterns of calibration round 39 (found in the first runs and lawyer audits
// of agreements 268–272, 2026-12-05): the parties a preamble names over the role words of an attached vendor schedule,
// a customer named beside "you", the name given to the whole agreement rather than to one of its parts, a denied duty
// to undo training, and a consent that belongs to a proviso. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { extractDefinitions } from '../../src/engine/extractDefinitions';

const paragraphsOf = (lines: readonly string[]) => lines.map((text) => ({ text }));

describe('the parties the preamble names, over the role words of an attached vendor schedule', () => {
  const paragraphs = paragraphsOf([
    'PILOT AGREEMENT',
    'This Agreement is made BETWEEN the Crown in right of the Territory, acting through the Department of Courts (the "Territory"), AND Ferrule Audio Analytics Ltd. (the "Contractor").',
    '1.1 "Court Data" means all recordings and documents the Territory makes available to the Contractor.',
    '4.1 The Contractor shall use Court Data only to provide the pilot services to the Territory.',
    'SCHEDULE C – CONTRACTOR TERMS',
    'C1. In these Terms, "Customer" means the organisation that subscribes to the Services, and "Customer Content" means data it submits.',
  ]);

  it('names the customer as the preamble does, not by the schedule\'s "Customer"', () => {
    const { terms } = extractDefinitions(paragraphs);
    expect(terms.vendor).toBe('Contractor');
    expect(terms.customer).toBe('Territory');
  });
});

describe('a customer named in the preamble beside "you"', () => {
  const paragraphs = paragraphsOf([
    'These Terms of Service (the "Terms"), together with the Pupil Data Addendum attached as Exhibit A (the "Addendum"), form the agreement (the "Agreement") between Brightmoor Tutoring, Inc. ("Brightmoor," "we" or "us") and Eastvale Unified School District (the "District" or "you").',
    '1.1 "Pupil Data" means all records about pupils that the District or its staff upload to the Services.',
    '3.1 We may use Pupil Data solely to provide the Services to you.',
  ]);
  const { terms } = extractDefinitions(paragraphs);

  it('reads "the District" as the customer', () => {
    expect(terms.customer).toBe('District');
  });

  it('names the agreement by the name given to the whole, not by the addendum named "together with" the terms', () => {
    expect(terms.agreement).toBe('Agreement');
  });
});

describe('a part named "together with" another is no name for the whole', () => {
  it('keeps "Agreement" where the whole is named after the verb that forms it', () => {
    const paragraphs = paragraphsOf([
      'These General Terms, together with each Order (each an "Order"), constitute the agreement (the "Agreement") between Kestrel Vision GmbH ("Kestrel") and the customer named in the Order ("Customer").',
      '2.1 Kestrel shall not use Customer Data to train any model.',
    ]);
    expect(extractDefinitions(paragraphs).terms.agreement).toBe('Agreement');
  });

  it('still reads "(together, the "Agreement")" as the whole', () => {
    const paragraphs = paragraphsOf([
      'These Terms and each Order Form (together, the "Agreement") are between Pellow Analytics Ltd ("Pellow") and the customer named on the Order Form ("Customer").',
      '2.1 Pellow shall not use Customer Data to train any model.',
    ]);
    expect(extractDefinitions(paragraphs).terms.agreement).toBe('Agreement');
  });
});

describe('a denied duty to undo training is no limit on the derived data it lists', () => {
  const paragraphs = paragraphsOf([
    'This Agreement is between Lanternfish Retail Ltd ("Customer") and Corvid Insights Ltd ("Corvid").',
    '1.1 "Customer Data" means all data the Customer uploads to the Platform.',
    '1.2 "Network Data" means data relating to the operation and use of the Platform, including query patterns and derived signals, but excluding Customer Data in a form that identifies the Customer.',
    '1.3 "Insights" means statistical, aggregated or anonymised information derived from Customer Data together with the data of other customers.',
    '7.3 The deletion obligations in clause 7.2 shall not apply to Network Data, to Insights, or to any model trained in accordance with clause 3.3, and Corvid shall not be required to retrain, unlearn or destroy any such model.',
  ]);

  it('reads no protection of the aggregated data, and the keeping as a risk', () => {
    const findings = analyzeDocument(paragraphs).findings.filter((f) => f.paragraph === 4);
    expect(findings.filter((f) => f.stance === 'protective').map((f) => f.category)).not.toContain('aggregated-data');
    expect(findings.some((f) => f.category === 'survival-retention' && f.stance === 'risk')).toBe(true);
  });
});

describe('a consent inside a proviso belongs to the proviso', () => {
  const paragraphs = paragraphsOf([
    'This Agreement is between Marlpit Learning Inc. ("Marlpit") and Ashcombe School Board ("Board").',
    '1.1 "De-identified Data" means Board Data from which all personal identifiers have been removed.',
    '6.1 Marlpit may use and disclose De-identified Data for research and for training new products and models, provided that Marlpit does not share De-identified Data with any third party unless that party agrees in writing not to re-identify it.',
  ]);

  it('reads the training as granted, not as waiting for consent', () => {
    const findings = analyzeDocument(paragraphs).findings.filter((f) => f.paragraph === 2);
    expect(findings.some((f) => f.category === 'ai-training' && f.stance === 'risk')).toBe(true);
    expect(findings.some((f) => f.category === 'no-training' && f.stance === 'protective')).toBe(false);
  });
});

describe('derived data named among what a destruction duty reaches', () => {
  const paragraphs = paragraphsOf([
    'This Agreement is BETWEEN the Crown in right of the Territory (the "Territory") AND Ferrule Audio Analytics Ltd. (the "Contractor").',
    '1.1 "Court Data" means all recordings and documents the Territory makes available to the Contractor, and "Derived Data" means any information derived from Court Data, including de-identified or aggregated information.',
    '11.1 On termination the Contractor shall return all Court Data to the Territory and shall then securely destroy all copies of Court Data held by it or its Subcontractors, including all Derived Data, within 30 days.',
  ]);

  it('reads a deletion promise, not a right to derived data', () => {
    const findings = analyzeDocument(paragraphs).findings.filter((f) => f.paragraph === 2);
    expect(findings.some((f) => f.category === 'aggregated-data' && f.stance === 'risk')).toBe(false);
    expect(findings.some((f) => f.category === 'deletion' && f.stance === 'protective')).toBe(true);
  });
});

describe('an audit word that is one word of a name', () => {
  it('reads no audit right in a company or product name', () => {
    const paragraphs = paragraphsOf([
      'GENERAL TERMS OF BUSINESS OF HALDEN INSPECTION GMBH FOR THE KORA VISUAL INSPECTION PLATFORM',
      '2.4 "Inspection Results" means the defect classifications and images the Platform produces for the Customer.',
    ]);
    expect(analyzeDocument(paragraphs).findings.filter((f) => f.category === 'audit')).toEqual([]);
  });

  it('still reads the customer\'s right to inspect the vendor\'s records', () => {
    const paragraphs = paragraphsOf([
      'This Agreement is between Harrowgate Parts GmbH ("Customer") and Halden Inspection GmbH ("Halden").',
      '9.4 Customer may inspect Halden\'s records of its processing of Customer Data once a year on 30 days\' notice.',
    ]);
    expect(analyzeDocument(paragraphs).findings.some((f) => f.category === 'audit' && f.stance === 'protective')).toBe(true);
  });
});

describe('a thing that "allows" something is no one\'s consent', () => {
  it('reads training on anonymised data as granted, whatever form the proviso says the data may not take', () => {
    const paragraphs = paragraphsOf([
      '1.1 These General Terms of Business apply to all contracts between Lumen Optic GmbH ("Lumen") and its customers ("Customer").',
      '6.3 Lumen may further convert images into Anonymised Data and use such Anonymised Data for training and improving its base models, provided that Anonymised Data is not disclosed to other customers in a form that allows conclusions to be drawn about the Customer.',
    ]);
    const findings = analyzeDocument(paragraphs).findings.filter((f) => f.paragraph === 1);
    expect(findings.some((f) => f.category === 'ai-training' && f.stance === 'risk')).toBe(true);
    expect(findings.some((f) => f.category === 'no-training')).toBe(false);
  });
});

describe('products improved first, training named as one way of doing it', () => {
  it('reports the improvement of the products beside the training', () => {
    const paragraphs = paragraphsOf([
      'This Agreement is between Orrin Talent Systems, Inc. ("Orrin") and the customer named in the Order Form ("Customer").',
      '1.3 "Customer Data" means all data submitted to the Services by or for Customer.',
      '5.2 Orrin may use Customer Data to develop and improve the Services and its other current and future products, including by testing and tuning the accuracy of the AI Features.',
    ]);
    const categories = analyzeDocument(paragraphs).findings.filter((f) => f.paragraph === 2 && f.stance === 'risk').map((f) => f.category);
    expect(categories).toEqual(expect.arrayContaining(['ai-training', 'service-improvement']));
  });

  it('reads "to develop and train its models" as training alone', () => {
    const paragraphs = paragraphsOf([
      'This Agreement is between Orrin Talent Systems, Inc. ("Orrin") and the customer named in the Order Form ("Customer").',
      '1.3 "Customer Data" means all data submitted to the Services by or for Customer.',
      '5.2 Orrin may use Customer Data to develop and train its machine-learning models.',
    ]);
    const categories = analyzeDocument(paragraphs).findings.filter((f) => f.paragraph === 2 && f.stance === 'risk').map((f) => f.category);
    expect(categories).toContain('ai-training');
    expect(categories).not.toContain('service-improvement');
  });
});

describe('the vendor "acquires no rights" in the outputs', () => {
  it('reads the ownership of the outputs', () => {
    const paragraphs = paragraphsOf([
      '1.1 These General Terms of Business apply to all contracts between Lumen Optic GmbH ("Lumen") and its customers ("Customer").',
      '2.3 "Inspection Reports" means the defect classifications and reports generated by the Platform for the Customer.',
      '5.3 The Customer may use the Inspection Reports without restriction. Lumen acquires no rights to the Inspection Reports.',
    ]);
    expect(analyzeDocument(paragraphs).findings.some((f) => f.paragraph === 2 && f.category === 'output-ownership')).toBe(true);
  });
});

describe('an election that the data not be used', () => {
  it('reads the customer\'s control', () => {
    const paragraphs = paragraphsOf(['7.7 The Broker may by written notice elect that its Submission Data shall not be used for the purposes described in clause 7.5, and the Provider shall give effect to the election within 45 days.']);
    expect(analyzeDocument(paragraphs).findings.some((f) => f.category === 'opt-out' && f.stance === 'protective')).toBe(true);
  });
});

describe('a run-in heading before a condition', () => {
  it('reads the main clause after the condition, as without the heading', () => {
    const paragraphs = paragraphsOf(['10 Site Assistant: If the Customer enables the optional "Site Assistant" feature, prompts and associated Customer Data are sent to a Third Party Provider of large language models listed under clause 7.4, which the Supplier has contractually restricted from using them to train its models and which must delete them within 30 days.']);
    expect(analyzeDocument(paragraphs).findings.some((f) => f.category === 'third-party-ai')).toBe(true);
  });
});

describe('a disclaimer of liability for a use', () => {
  it('reads no limit on the aggregated data it names', () => {
    const paragraphs = paragraphsOf([
      'This Agreement is between Ironbark Minerals Pty Ltd ("Customer") and Skyframe Geospatial Pty Ltd ("Skyframe").',
      '1.4 "Aggregated Data" means statistics derived from Customer Data that identify neither the Customer nor any site.',
      '10.4 Skyframe has no liability to the Customer for any use or disclosure of Aggregated Data in accordance with Schedule 2.',
    ]);
    expect(analyzeDocument(paragraphs).findings.some((f) => f.paragraph === 2 && f.category === 'aggregated-data' && f.stance === 'protective')).toBe(false);
  });
});

describe('the word for sub-processors, where one kind of them has a longer name', () => {
  it('does not take "AI Subprocessor" for the contract\'s word', () => {
    const paragraphs = paragraphsOf([
      'This Agreement is between Fairhaven Health System ("Customer") and Radiant Read, Inc. ("Radiant").',
      '1.7 "AI Subprocessor" means a third party that provides a hosted machine learning model used by Radiant.',
      '5.2 Radiant may engage subprocessors, including AI Subprocessors, to process Customer Data on its behalf.',
      '5.3 Each AI Subprocessor is bound by terms at least as protective as this Agreement.',
    ]);
    expect(extractDefinitions(paragraphs).terms.subprocessor).not.toBe('Subprocessor');
  });
});

describe('the customer\'s own document, as it updates it', () => {
  it('reads no policy-by-reference risk', () => {
    const paragraphs = paragraphsOf([
      'This Agreement is between Northshore Hydro ("Customer") and Gridwise Analytics Inc. ("Gridwise").',
      "B.7 Customer's privacy impact assessment for the Services, as updated from time to time, is incorporated into this Schedule by reference, and Gridwise shall notify Customer before making any change that would require that assessment to be updated.",
    ]);
    expect(analyzeDocument(paragraphs).findings.some((f) => f.category === 'policy-by-reference')).toBe(false);
  });

  it('still reads the vendor\'s statement, as the vendor updates it', () => {
    const paragraphs = paragraphsOf([
      'This Agreement is between Northshore Hydro ("Customer") and Gridwise Analytics Inc. ("Gridwise").',
      "12.2 Customer's use of the Services is subject to Gridwise's Acceptable Use Policy and AI Data Practices Statement, each available at gridwise.example/legal and incorporated by reference, as Gridwise may update them from time to time, and Customer agrees that Gridwise may collect and use data as described in the AI Data Practices Statement.",
    ]);
    expect(analyzeDocument(paragraphs).findings.some((f) => f.category === 'policy-by-reference' && f.stance === 'risk')).toBe(true);
  });
});

describe('derived data freed from confidentiality, in the forms vendors write it', () => {
  const read = (clause: string) => analyzeDocument(paragraphsOf([clause])).findings.map((f) => `${f.category}:${f.stance}`);

  it('reads the vendor\'s use named by a possessive the clause alone does not define', () => {
    expect(read('6.2 Clause 6.1 shall not apply to information that is publicly available, and nothing in this clause 6 shall restrict Harrowfield\'s use of Usage Data or Aggregated Insights in accordance with clause 3.')).toContain('aggregated-data:risk');
  });

  it('reads derived data carved out as the last kind of information', () => {
    expect(read('8.2 The obligations in Section 8.1 do not apply to information that is or becomes public through no fault of the recipient, is independently developed, or constitutes Aggregated Data or Service Data.')).toContain('aggregated-data:risk');
  });

  it('still reads nothing in the ordinary carve-outs', () => {
    expect(read('8.2 The obligations in Section 8.1 do not apply to information that is or becomes public through no fault of the recipient or is independently developed.')).not.toContain('aggregated-data:risk');
  });
});

describe('parties named by bare brackets with pronouns, and by the quote that fills them in', () => {
  it('reads "(Tessellate, we or us)" as the vendor and "(Customer or you)" as the customer', () => {
    const { terms } = extractDefinitions(paragraphsOf([
      'MASTER SERVICES AGREEMENT',
      'This Master Services Agreement (Agreement) is made between Kowhai Risk Analytics Limited, a company incorporated in New Zealand (Kowhai, we or us), and the insurer named in the Order Form (Customer or you).',
      '5.1 Kowhai must not use Customer Data to train any model made available to other customers.',
    ]));
    expect(terms.vendor).toBe('Kowhai');
  });

  it('reads the institution "identified in the Quote" as the customer', () => {
    const { terms } = extractDefinitions(paragraphsOf([
      'These Institutional Subscription Terms ("Terms") govern the subscription by the college, university or other educational institution identified in the Quote ("Institution") to the writing feedback services of Inkwell Learning, Inc. ("Inkwell").',
      '1.3 "Institution Data" means all student submissions and records that Institution uploads to the Services.',
      '5.1 Inkwell shall not use Institution Data to train any model.',
    ]));
    expect(terms.customer).toBe('Institution');
  });
});

describe('"deletion duties" named as the topic, as "deletion obligations" are', () => {
  it('reads the carve-out from them as no ban on training', () => {
    const paragraphs = paragraphsOf(['7.3 The deletion duties in clause 7.2 shall not apply to Network Data, to Insights, or to any model trained in accordance with clause 3.3.']);
    expect(analyzeDocument(paragraphs).findings.some((f) => f.category === 'no-training')).toBe(false);
  });
});

// What a clause permits or obliges that is not a right over the customer's data: permissions to act, duties to
// disclose what a model was trained on, the customer's own authorisation. Data only.
import type { WordSet } from '../wordSet';

export const OBLIGATION_SETS = [
  {
    id: 'entitlementNoun',
    why: 'A right the customer is said not to have ("no right to require their deletion") leaves the vendor holding the data.',
    example: 'Client shall have no right to require the deletion of any model trained on Client Data.',
    phrases: ['right to', 'rights to', 'right to require', 'entitlement to', 'entitled to require'],
  },
  {
    id: 'permissionToAct',
    why: 'An authorisation to engage or appoint someone permits an act; it licenses no data, so it is not a broad licence.',
    example: 'Client gives Supplier general written authorisation to appoint subprocessors.',
    phrases: [
      'general authorisation', 'general authorization', 'general written authorisation', 'general written authorization',
      'specific authorisation', 'specific authorization', 'prior specific authorisation', 'prior specific authorization',
      'authorisation to engage', 'authorization to engage', 'authorisation to appoint', 'authorization to appoint',
      'approval to engage', 'consent to engage', 'permission to engage', 'permission to appoint',
      // "Customer authorises the Provider to engage the following sub-processors": the verb's own infinitive.
      'to engage', 'to appoint', 'to subcontract',
    ],
  },
  {
    id: 'disclosureDuty',
    why: 'A duty to document or disclose what a model was trained on tells the customer about training; it permits none.',
    example: 'Supplier shall, on request, give Client a record of the datasets used to train each model in the service.',
    phrases: [
      // "will maintain model cards describing the intended use, known limitations and evaluation results of each Model".
      'model card', 'model cards',
      'documentation identifying', 'documentation describing', 'documentation of the data', 'identifying the sources',
      'identify the sources', 'describe the sources', 'describing the sources', 'sources of data', 'sources of the data',
      'provenance', 'record of the data', 'records of the data', 'record of the datasets', 'records of the datasets',
      'summary of the data', 'summary of the content', 'summary of the datasets', 'description of the data',
      'description of the datasets', 'disclose the data', 'disclose the datasets', 'list of the datasets',
      // "shall document the testing methodology for each release …, including the benchmark datasets used" (fresh193a
      // 496-39): a duty to record how models are tested, and with what.
      'shall document', 'will document', 'must document', 'testing methodology', 'evaluation methodology', 'test methodology',
    ],
  },
  {
    id: 'authoriseVerb',
    why: 'When the customer authorises, instructs or enables a use, the use happens only on the customer\'s own decision.',
    example: 'Client may, by written notice, authorise Supplier to adapt a model for Client alone.',
    phrases: [
      'authorise', 'authorises', 'authorize', 'authorizes', 'instruct', 'instructs', 'enable', 'enables', 'by enabling',
      'direct', 'directs', 'request', 'requests', 'join', 'joins', 'enrol', 'enrols', 'enroll', 'enrolls', 'sign up for',
      'elect', 'elects', 'choose', 'chooses', 'opt in to', 'opts in to',
      // "where the Insurer has opted in through the console or by written instruction": the choice already made.
      'has opted in', 'have opted in', 'commission', 'commissions',
    ],
  },
  {
    id: 'crossReference',
    why: '"Except as expressly set forth herein" points to other clauses; "expressly" there is no consent of the customer.',
    example: 'Except as expressly provided in this Agreement, Supplier keeps all rights in the platform.',
    phrases: [
      'expressly set forth', 'expressly set out', 'expressly provided', 'expressly stated', 'otherwise provided',
      'set forth herein', 'set out herein', 'provided herein', 'expressly permitted herein', 'expressly granted herein',
    ],
  },
  {
    id: 'absenceOpener',
    why: 'In a permission, "without your approval" says no consent is needed: the opposite of a consent gate.',
    example: 'Supplier may use the suggestions for any purpose without further approval from Client.',
    phrases: ['without', 'without any', 'without further', 'without the need for', 'without needing'],
  },
  {
    id: 'confidentialityUndertaking',
    why: 'Staff who sign a confidentiality or non-disclosure undertaking are bound to keep the data secret: a security measure.',
    example: 'Supplier’s engineers sign non-disclosure agreements before they start.',
    phrases: [
      'confidentiality agreement', 'confidentiality agreements', 'confidentiality obligations', 'bound by confidentiality',
      'duty of confidentiality', 'duties of confidentiality', 'non disclosure agreement', 'non disclosure agreements',
      'confidentiality undertaking', 'confidentiality undertakings',
    ],
  },
  {
    id: 'liftedDuty',
    why: '"Is not obligated to retain" lifts a duty: the vendor may still keep the data, so it promises no deletion.',
    example: 'Supplier is not obligated to keep any Client Files after the Term.',
    phrases: [
      'not obligated', 'not obliged', 'not required', 'no obligation', 'under no obligation', 'not under any obligation',
      'no duty', 'not bound to',
      // With the modal's own "be": "Vendor shall not be required to retrain any Model".
      'not be required', 'not be obliged', 'not be obligated', 'not be bound to', 'need not',
      // "shall in no event be obliged to remove Client Content from any trained model".
      'in no event be obliged', 'in no event be obligated', 'in no event be required', 'in no case be required',
      // "Termination does not require Corvane to delete or retrain any model …, or to delete Usage Data" (452 § 13.4).
      'does not require', 'do not require', 'shall not require', 'will not require', 'does not oblige', 'shall not oblige',
    ],
  },
  {
    id: 'processorTerms',
    why: 'Processing the customer’s data under a data processing addendum binds the vendor as a processor: the customer’s instructions, confidentiality and security.',
    example: 'Supplier processes Client Files in accordance with the Data Processing Addendum.',
    phrases: [
      'data processing addendum', 'data processing agreement', 'data processing terms', 'data protection addendum',
      'data processing exhibit', 'processor terms', 'dpa',
      // The processor's duty named instead of the addendum binds the same way (GDPR Art. 28(3)(a)): "we process it on
      // your documented instructions". (The role alone, "as processor within the meaning of Art. 4", says who is who.)
      'documented instructions',
    ],
  },
  {
    id: 'lastingVerb',
    why: 'A licence that "continues" or "remains" past the customer\'s exit keeps the vendor\'s rights alive after deletion.',
    example: 'The permission you give us stays in effect even after you close your account.',
    phrases: [
      'continues', 'continue', 'shall continue', 'will continue', 'remains', 'remain', 'shall remain', 'will remain',
      'stays in effect', 'stay in effect', 'persists', 'persist', 'lasts', 'outlasts', 'survives', 'survive',
    ],
  },
  {
    id: 'referringSubject',
    why: 'A sentence that opens with "It" or "These rights" takes up what the sentence before granted.',
    example: 'You give us a licence to use Your Content. It continues after you close your account.',
    phrases: ['it', 'this', 'they', 'these rights', 'this right', 'these permissions', 'this permission', 'such rights', 'such licence', 'such license'],
  },
  {
    id: 'requirementWord',
    why: 'A requirement denied ("does not require Vendor to retrain", "is not obliged to delete") denies a duty; it forbids nothing.',
    example: 'An opt-out does not require Vendor to retrain models trained before that date.',
    phrases: ['require', 'requires', 'required', 'oblige', 'obliges', 'obliged', 'obligated', 'have to', 'has to', 'need to', 'needs to'],
  },
  {
    id: 'precedenceStatement',
    why: 'An order of precedence says which document wins a conflict; the topics it names ("with respect to De-identified Data") are granted nothing there.',
    example: 'In the event of conflict, Exhibit A prevails with respect to PHI, then Exhibit B with respect to De-identified Data.',
    phrases: [
      'in the event of conflict', 'in the event of a conflict', 'in the event of any conflict', 'in the event of an inconsistency',
      'in the event of any inconsistency', 'in case of conflict', 'in case of any conflict', 'order of precedence', 'take precedence',
      'takes precedence', 'shall prevail', 'will prevail', 'prevails with respect to', 'prevail with respect to',
      // "This clause 8.4 prevails over any inconsistent term …, including clause 12 (Service Improvement)" (blind54).
      'prevails over', 'prevail over',
    ],
  },
] as const satisfies readonly WordSet[];

// Context that changes what a clause means: claims and indemnities, liability "aggregates", what is offered to
// customers, opt-outs of things other than data use, security and audit words (security.ts), changeable policies.
// Data only.
import type { WordSet } from '../wordSet';
import { SECURITY_SETS } from './security';

export const CONTEXT_SETS = [
  {
    id: 'claimContext',
    why: 'Indemnities and infringement claims talk about data and outputs without granting any right over them.',
    example: 'Provider shall indemnify Customer against claims that Output infringes.',
    phrases: ['indemnif*', 'indemnities', 'indemnity', 'infring*', 'third party claim', 'third party claims', 'hold harmless'],
  },
  {
    id: 'bodyOfLaw',
    why: 'A body of law named by its field ("German commercial and tax law", "the Commercial Code") is no commercial purpose of the vendor.',
    example: 'Provider may retain the data to the extent required by statutory retention periods under commercial and tax law.',
    phrases: [
      'commercial law', 'commercial laws', 'commercial and tax law', 'commercial and tax laws', 'tax and commercial law',
      'tax and commercial laws', 'commercial or tax law', 'commercial code', 'commercial codes', 'commercial register',
    ],
  },
  {
    id: 'lawInfringed',
    why:
      'An instruction or act that "infringes" a law (the GDPR, data protection law) is unlawful processing, not an ' +
      'intellectual-property claim: the clause still binds the processor.',
    example: 'Supplier shall tell the Customer at once if in its view an instruction infringes the GDPR.',
    phrases: [
      'infringes the gdpr', 'infringe the gdpr', 'infringes gdpr', 'infringes data protection', 'infringe data protection',
      'infringes applicable data protection', 'infringe applicable data protection', 'infringes privacy law',
      'infringes privacy laws', 'infringes applicable law', 'infringe applicable law', 'infringes the law',
    ],
  },
  {
    id: 'aggregateNotData',
    why: '"Aggregate" in a liability cap or a fee total is arithmetic, not derived data.',
    example: 'Provider’s aggregate liability shall not exceed the fees paid.',
    phrases: [
      'aggregate liability', 'in the aggregate', 'aggregate amount', 'aggregate fees', 'total aggregate', 'aggregate of all',
      'aggregate cap', 'aggregate deductible', 'aggregate cumulative', 'aggregate damages', 'aggregate value', 'aggregate total',
      'aggregate limit', 'aggregate annual', 'aggregate purchase', 'aggregate volume', 'aggregate spend', 'aggregate price',
      'aggregate sum', 'either individually or in the aggregate', 'individually or in the aggregate', 'aggregate basis',
      'an aggregate of', 'aggregate of', 'statistical models', 'statistical model',
      // "… are statistical estimates derived from imagery": the output described, no data derived from the customer's;
      // "anonymity orders" are a court's, not de-identified data (blind71).
      'statistical estimates', 'statistical estimate', 'anonymity orders', 'anonymity order',
      // "Relationship estimates … and record matches are statistical predictions and may be wrong" (blind98-55).
      'statistical predictions', 'statistical prediction', 'statistical inferences', 'statistical inference',
      // "an individual case safety report, aggregate report or signal assessment": a report's kind in pharmacovigilance (361).
      'aggregate report', 'aggregate reports', 'aggregate safety report', 'aggregate safety reports',
    ],
  },
  {
    id: 'aggregatorEntity',
    why:
      'An "aggregator" is a company that gathers data (a bank-feed provider, a news aggregator); the word names who ' +
      'does the gathering, not data derived from the customer\'s.',
    example: 'You authorise us and our Data Aggregator to retrieve your transaction history.',
    phrases: ['aggregator', 'aggregators', "aggregator's", 'aggregators\'', 'data aggregator', 'data aggregators'],
  },
  {
    id: 'signpost',
    why:
      'A pointer that sends the reader to other clauses ("please read paragraphs 9 to 14 for the rights you give us") ' +
      'names what is found there; the rights are granted in those clauses, not in the pointer.',
    example: 'We do not own your files, but please read sections 8 to 10 for the rights you give us.',
    phrases: [
      'please read', 'please see', 'please refer to', 'see section', 'see sections', 'see clause', 'see clauses',
      'see paragraph', 'see paragraphs', 'refer to section', 'refer to sections', 'refer to clause', 'refer to clauses',
      'refer to paragraph', 'refer to paragraphs', 'read section', 'read sections', 'read paragraph', 'read paragraphs',
    ],
  },
  {
    id: 'offering',
    why: 'What gets "improved": the vendor’s products, services, features or technology.',
    example: 'to develop new features and improve the Services',
    phrases: [
      'services', 'service', 'products', 'product', 'features', 'feature', 'functionality', 'functionalities', 'offerings',
      'offering', 'technology', 'technologies', 'platform', 'software', 'tools', 'tool', 'experience', 'experiences', 'site',
      'website', 'app', 'apps', 'quality', 'solution', 'solutions', 'content offerings', 'educational content', 'models',
      'systems', 'capabilities', 'programs', 'business', 'user experience', 'user friendliness', 'search results',
      // What a product can do is improved as the product is: "to help improve the tool's ability to edit code".
      'ability', 'abilities', 'integration', 'integrations',
      // The working core of a product: "improving the accuracy of the payroll engine", "our recommendation engine".
      'engine', 'engines',
      // What a device maker improves: "to improve device reliability and future firmware". ("accuracy" is left out:
      // "Output should be evaluated for accuracy" is the customer's check, not the vendor improving anything.)
      'firmware', 'reliability',
      // "to diagnose problems, improve performance and develop enhancements": what a product does and the additions to
      // it are improved as the product is (blind39).
      'performance', 'enhancements', 'enhancement',
      // "to correct defects, improve the LIMS and develop future releases and modules for its customers generally": the
      // next versions of a product are the product developed (blind81). Only with "future" or "new": "press releases".
      'future releases', 'new releases', 'future versions', 'new versions', 'future modules', 'new modules',
    ],
  },
  {
    id: 'optOutNotData',
    why: 'Opting out of marketing e-mail, arbitration or publicity is not control over how data is used.',
    example: 'You may opt out of the arbitration agreement within 30 days.',
    phrases: [
      'arbitration', 'class action', 'marketing', 'promotional', 'promotions', 'emails', 'email', 'e mail', 'e mails',
      'newsletter', 'newsletters', 'communications', 'notifications', 'notification', 'digests', 'digest', 'publicity',
      'cookies', 'cookie', 'advertising', 'ads', 'advertisements', 'targeted', 'sms', 'text messages', 'push notifications',
      'testimonials', 'logo', 'logos', 'trademarks', 'mailing', 'surveys', 'sale of personal information', 'do not sell',
      // Messages the vendor sends about the account: "Opting out does not affect account servicing messages".
      'servicing messages', 'service messages', 'account messages', 'transactional messages', 'service announcements',
      // "honor unsubscribe requests within 10 business days as required by the CAN-SPAM Act" (blind44): leaving a
      // mailing list, whoever must honour it.
      'unsubscribe', 'unsubscribes', 'unsubscribed', 'unsubscribe requests', 'unsubscribe request', 'unsubscribe link',
      // "Fees exclude all sales, use … taxes": a price leaves taxes out; "may not assign this Agreement without consent":
      // consent to an assignment of the contract, not to a use of data.
      'taxes', 'withholding taxes', 'value added tax', 'novate', 'assign this agreement', 'assign or transfer this agreement',
      'transfer this agreement', 'assignment of this agreement', 'by operation of law',
    ],
  },
  ...SECURITY_SETS,
  {
    id: 'policyChange',
    why: 'Terms in a policy the vendor may change "from time to time" can be changed without the customer’s signature.',
    example: 'as described in our AI Policy, as updated from time to time',
    phrases: [
      'from time to time', 'as amended', 'as updated', 'as modified', 'as revised', 'as changed', 'as supplemented',
      'as may be amended', 'as may be updated', 'at any time', 'at its discretion', 'at our discretion', 'at its sole discretion',
      'at our sole discretion', 'current version', 'then current', 'then-current',
      // "any amendment to the Policy posted by the Contractor shall bind the Agency thirty days after posting": the
      // vendor changes it by posting; "the Policy shall prevail over this Contract" puts it above what was signed.
      'after posting', 'upon posting', 'on posting', 'by posting', 'once posted', 'prevail over this', 'prevails over this',
      // "… is incorporated by reference into this Agreement and may be amended by Corvane on notice": the change said
      // in the passive, by whoever may make it.
      'may be amended by', 'may be updated by', 'may be modified by', 'may be changed by', 'may be revised by', 'may be varied by',
      // "notice of any material change to the Model Card, and continued use … constitutes acceptance of the change": the
      // change binds by the customer's silence, whoever announced it (454 Sch 4 § 7.2).
      'constitutes acceptance of the change', 'constitutes acceptance of such change', 'constitutes acceptance of the changes',
      'constitute acceptance of the change', 'deemed acceptance of the change', 'deemed to have accepted the change',
    ],
  },
  {
    id: 'changeVerb',
    why: 'A vendor that may modify or update the terms can change the data deal without the customer signing anything.',
    example: 'We may modify this Privacy Policy at any time.',
    phrases: ['modify', 'modifies', 'update', 'updates', 'change', 'changes', 'amend', 'amends', 'revise', 'revises', 'replace', 'supplement'],
  },
  {
    id: 'ownTermsRef',
    why: 'The contract itself, which a vendor that may modify it on notice can change without the customer signing.',
    example: 'Company may modify these Terms, including the purposes for which it processes Customer Content.',
    phrases: ['these terms', 'this agreement', 'the agreement', 'the addendum', 'this addendum', 'these terms of service'],
  },
  {
    id: 'policyRef',
    why: 'A reference to a web policy or page outside the contract.',
    example: 'our Privacy Policy available at our website',
    phrases: [
      'policy', 'policies', 'guidelines', 'privacy notice', 'terms of use', 'terms of service', 'page', 'website', 'url',
      'located at', 'available at', 'help center', 'help centre', 'trust center', 'trust centre', 'privacy policy', 'ai policy',
      // "The Product Specific Terms at brightwell.com/legal, as we update them, are incorporated by reference": a
      // document outside the contract made part of it, whatever it is called.
      'incorporated by reference', 'incorporated into these', 'incorporated into this', 'incorporated herein', 'by reference',
      'product specific terms', 'product-specific terms', 'product terms', 'service specific terms', 'service-specific terms',
      // "our AI Data Use Statement at lumaforge.com/ai-data, which we may update from time to time": a statement of data
      // use published outside the contract is a policy whatever its title.
      'data use statement', 'ai use statement', 'data statement', 'statement at',
    ],
  },
  {
    id: 'conductPolicy',
    why: 'A policy on how the customer may use the service governs the customer’s conduct, not what the vendor does with data.',
    example: 'Customer shall comply with Supplier’s Acceptable Use Policy as updated from time to time.',
    // Not a provider's "usage policies", which may set how long it keeps the data it is sent (251 § 4.4).
    phrases: ['acceptable use policy', 'acceptable use policies', 'aup', 'code of conduct', 'community guidelines', 'community standards'],
  },
  {
    id: 'productDocs',
    why:
      'Product documentation says how the product works; its current version is a policy over the customer’s data only ' +
      'where the clause handles the data as the documentation describes.',
    example: 'perform the Services in accordance with the Documentation as then current (not a data-use policy)',
    phrases: [
      'documentation', 'user guide', 'user guides', 'user manual', 'user manuals', 'release notes', 'technical specifications',
      'product specifications', 'specifications', 'product documentation', 'technical documentation', 'installation instructions',
    ],
  },
  {
    id: 'inactivity',
    why: 'Deleting inactive or rule-breaking accounts is the vendor’s housekeeping, not a deletion promise.',
    example: 'We may delete accounts that have been inactive for two years.',
    phrases: ['inactive', 'inactivity', 'dormant', 'not logged in', 'violates', 'violating', 'in violation', 'breach of these terms', 'abandoned'],
  },
  {
    id: 'nonCustomerSource',
    why: 'Models trained on public, licensed or the vendor’s own data are not trained on the customer’s data.',
    example: 'Our models are trained on publicly available and licensed data.',
    phrases: [
      'publicly available', 'public data', 'public datasets', 'public sources', 'public web', 'licensed data', 'licensed datasets',
      'synthetic data', 'third party datasets', 'open source data', 'existing datasets', 'pre training data', 'pretraining data',
      'our own data', 'public repositories', 'open source code',
      // A kind of licence the public code carries ("repositories with permissive licenses"), not a grant to the vendor.
      'permissive licenses', 'permissive licences', 'permissive license', 'permissive licence', 'open source licenses',
      'open source licences', 'open source license', 'open source licence',
    ],
  },
  {
    id: 'definitionCue',
    why: 'A definition says what a term covers; it grants nothing by itself.',
    example: '"Output" means content generated by the AI Services.',
    phrases: ['means', 'mean', 'refers to', 'is defined as', 'shall mean', 'include', 'includes', 'do not constitute', 'does not constitute', 'not considered', 'not deemed', 'are deemed', 'is deemed',
      // A definition by reference: '"PHI" has the meaning given to it in 45 C.F.R. § 160.103'.
      'has the meaning', 'have the meaning', 'has the meanings', 'have the meanings', 'shall have the meaning'],
  },
  {
    id: 'meansNoun',
    why: '"Means" as a noun ("by automated means") is a way of doing something, not the verb that defines a term.',
    example: 'Customer shall not extract data from the Platform by automated means.',
    phrases: [
      'by automated means', 'by any means', 'by technical means', 'by electronic means', 'by other means', 'by all means',
      'by whatever means', 'by means of', 'by reasonable means', 'by lawful means', 'by any other means', 'by similar means',
    ],
  },
  {
    id: 'leftOutOfTerm',
    why: 'A definition that leaves the customer\'s data out ("not including the content of Customer Data") sweeps nothing in.',
    example: '"Usage Data" means statistics about the use of the Services, not including the content of Customer Data.',
    phrases: [
      'not including', 'excluding', 'but excluding', 'does not include', 'do not include', 'shall not include', 'which excludes', 'and excludes',
      // "… system logs, that does not contain the content of any Call Recording or Transcript or any Customer Information".
      'does not contain', 'do not contain', 'shall not contain', 'will not contain', 'not containing',
    ],
  },
  {
    id: 'reportedFact',
    why:
      'What a party may say ("may state factually that its models were trained using licensed data") reports a fact; ' +
      'the verbs after it grant nothing.',
    example: 'Licensee may state that its models have been trained using licensed archive data.',
    phrases: [
      'state that', 'states that', 'state factually that', 'state publicly that', 'publicly state that', 'say that',
      'mention that', 'announce that', 'publicise that', 'publicize that', 'disclose the fact that',
    ],
  },
  {
    id: 'reportContents',
    why:
      'What a report must show ("a quarterly report showing the volume of data used in training") describes its ' +
      'contents; the verbs in that description grant nothing.',
    example: 'Licensee shall send Licensor a quarterly report showing the volume of licensed data used in training.',
    phrases: [
      'report showing', 'report setting out', 'report identifying', 'report describing', 'report listing', 'report detailing',
      'reports showing', 'reports setting out', 'reports identifying', 'reports describing', 'reports listing', 'reports detailing',
      'statement showing', 'statement setting out', 'statement identifying', 'statement listing',
    ],
  },
  {
    id: 'notClassedAs',
    why: 'Saying one term is not another sorts data into classes; it promises nothing about either.',
    example: 'Service Data is not Customer Data.',
    phrases: [
      'is not', 'are not', "isn't", "aren't", 'shall not be', 'will not be', 'does not constitute', 'do not constitute',
      'shall not constitute', 'is not considered', 'are not considered', 'shall not be considered', 'is not deemed',
      'are not deemed', 'shall not be deemed', 'does not form part of', 'do not form part of', 'shall not form part of',
      // "…, none of which constitutes Customer Data or AI Output".
      'none of which constitutes', 'none of which constitute', 'none of which is', 'none of which are', 'neither of which constitutes',
    ],
  },
  {
    id: 'liabilityContext',
    why: 'Liability caps and exclusions mention data and security only to allocate loss; they promise nothing.',
    example: 'Nothing limits liability for breach of Section 9 (Security).',
    phrases: [
      'liability', 'liable', 'damages', 'limits or excludes', 'not responsible', 'no responsibility', 'not be responsible', 'losses',
      "isn't responsible", "aren't responsible", "won't be responsible", 'isn’t responsible', 'aren’t responsible', 'won’t be responsible',
    ],
  },
  {
    id: 'complyWith',
    why: 'A duty to follow rules someone else sets: next to the customer\'s name, the rules are the customer\'s.',
    example: 'The Contractor must comply with the Department policies listed in Schedule 4, as amended from time to time.',
    phrases: ['comply with', 'adhere to', 'abide by', 'conform to', 'conform with', 'act in accordance with'],
  },
  {
    id: 'dutyCue',
    why: 'Words that put a duty on someone: when they sit next to the customer, the duty is the customer’s.',
    example: 'Customer is responsible for deleting Personal Data when its retention period ends.',
    phrases: ['responsible for', 'is responsible', 'are responsible', 'incumbent on', 'incumbent upon', 'obligation of', 'shall ensure', 'must ensure', 'agrees to', 'undertakes to'],
  },
  {
    id: 'businessContact',
    why: 'Names, work e-mails and phone numbers of the people who run the deal are relationship records, not the customer\'s data.',
    example: 'Each party may keep the business contact details of the other\'s staff to manage the account.',
    phrases: ['business contact information', 'business contact info', 'business contact details', 'business contact data'],
  },
  {
    id: 'customerDepartment',
    why: 'The vendor’s customer support or customer service team is the vendor’s own staff; its "customer" is not the customer acting.',
    example: 'If you contact our customer support team, the messages will be stored for six months.',
    phrases: [
      'customer support', 'customer service', 'customer services', 'customer success', 'customer care', 'customer experience',
      'customer relations', 'customer support team', 'customer service team', 'customer success team', 'customer service representatives',
    ],
  },
  {
    id: 'pricing',
    why: 'A price set by a pricing page "as then current" changes what the customer pays, not what is done with its data.',
    example: 'The AI Add-On is charged per User per month at the rate shown on our pricing page, then at the then-current rate.',
    phrases: ['pricing page', 'price list', 'rate card', 'pricing', 'price', 'prices', 'charged', 'billed', 'usage credits', 'per user per month', 'subscription fee', 'subscription fees'],
  },
  {
    id: 'commercialRecords',
    why: 'Audits of fees and records of charges are commercial housekeeping, not data protection.',
    example: 'Provider shall keep records of fees charged and make them available for audit.',
    phrases: ['fees', 'invoices', 'invoice', 'charges', 'billing', 'payments', 'royalties', 'financial records', 'books and records', 'accounting records'],
  },
  {
    id: 'outputSimilarity',
    why: 'Output that may resemble others\' material or carry their copyrights leaves who holds the rights in it unsettled.',
    example: 'Output may resemble material generated for other users or be subject to third-party copyrights.',
    phrases: ['resemble', 'resembles', 'duplicative of', 'third party copyrights', 'third party copyright', 'copyrights of others', 'not unique', 'not be unique'],
  },
  {
    id: 'servicesReceived',
    why: 'What the customer "receives support with" is help the vendor gives it (onboarding, reviews, feedback reports), not a right the vendor takes.',
    example: 'As an enterprise customer you will receive support from us with: setting up integrations; aggregating user feedback.',
    phrases: [
      'receive support', 'receive assistance', 'receive help', 'get support from', 'get help from', 'support from us with',
      'assistance from us with', 'help from us with',
    ],
  },
  {
    id: 'competingProduct',
    why: 'A product that competes with or replaces the vendor’s service is something only the customer could build from it: the ban binds the customer.',
    example: 'The Bank shall not use the outputs of the Service to train any model intended to replace the Services.',
    phrases: [
      'competing', 'compete with', 'competes with', 'that compete', 'that competes', 'intended to replace',
      'to replace the services', 'to replace the service', 'substitute for the services',
    ],
  },
  {
    id: 'paymentTerm',
    why: 'A licence fee or an authority to charge a card is about paying for the service; the grant word in it licenses no data.',
    example: 'The Licensee shall pay the Licence Fee quarterly; you authorize us to charge your payment method on renewal.',
    phrases: [
      'licence fee', 'licence fees', 'license fee', 'license fees', 'licensing fee', 'licensing fees', 'licence charge',
      'license charge', 'authorize us to charge', 'authorise us to charge', 'authorizes us to charge', 'authorises us to charge',
      'authorize us to bill', 'authorise us to bill', 'permission to charge', 'authority to charge',
    ],
  },
  {
    id: 'contractMechanics',
    why:
      'Idioms of termination, payment, purchase and responsibility carry data or action words that name no data: a "material breach" is ' +
      'no material, a breach that "remains uncured" keeps nothing, fees "in advance" improve nothing, "app stores" store nothing.',
    example: 'Either party may terminate for a material breach that remains uncured 30 days after notice; fees are billed in advance.',
    phrases: [
      // "commercially reasonable efforts" is an effort standard, "commercially available" a description: no commerce.
      'commercially reasonable', 'commercially available',
      // "Your training data remains yours": who owns it, not how long it is kept.
      'remains yours', 'remain yours', 'remains your property', 'remain your property', 'remains the property of',
      'remain the property of',
      // "models that we license from third parties": a licence the vendor takes in, not one the customer grants.
      'license from', 'licence from', 'licenses from', 'licences from', 'licensed from', 'licenced from',
      'material breach', 'material breaches', 'remains uncured', 'remain uncured', 'remains unremedied', 'remain unremedied',
      'remains unpaid', 'remain unpaid', 'remains outstanding', 'remain outstanding', 'remains undisputed', 'in advance',
      'app store', 'app stores', 'application store', 'application stores', 'their stores', 'its stores', 'online store', 'online stores',
      // "remains responsible for its decisions" keeps a duty, not data; "by sending written notice" sends no data;
      // "past performance does not predict future returns" returns nothing.
      'remains responsible', 'remain responsible', 'remains solely responsible', 'remain solely responsible',
      'remains fully responsible', 'remain fully responsible', 'remains liable', 'remain liable', 'remains fully liable',
      // "the Bank retains sole discretion and responsibility for every credit decision" keeps a power, not data.
      'retains sole discretion', 'retain sole discretion', 'retains discretion', 'retain discretion', 'retains full discretion',
      'retain full discretion', 'retains sole responsibility', 'retain sole responsibility', 'retains responsibility',
      'retain responsibility', 'retains full responsibility', 'retain full responsibility',
      'sending written notice', 'send written notice', 'sends written notice', 'sending notice', 'send notice',
      'by sending written notice', 'by sending notice',
      'future returns', 'past returns', 'investment returns', 'tax return', 'tax returns',
      // "peer-reviewed publications arising from the programme" describes a journal; nobody reviews data.
      'peer reviewed', 'peer review',
      // "credentials for the secure transfer environment", "by secure file transfer": a delivery channel, no disclosure
      // (463 § 2.3 and Sch. 1 ¶4 read as sharing the archive).
      'secure transfer', 'file transfer', 'transfer environment', 'transfer channel', 'transfer portal', 'transfer protocol',
      'transfer mechanism', 'transfer site', 'transfer service',
    ],
  },
  {
    id: 'accessGiven',
    why: 'Access granted to or given to people (staff, engineers) is an access control over the data, not a right over it.',
    example: 'Engineers complete privacy training before being granted access to production systems.',
    phrases: [
      'granted access', 'given access', 'being granted access', 'being given access', 'be granted access', 'be given access',
      'is granted access', 'is given access', 'are granted access', 'are given access',
    ],
  },
  {
    id: 'parentalConsent',
    why: 'A minor needing a parent\'s or guardian\'s permission is an age rule; nobody grants the vendor anything by it.',
    example: 'If you are under 18, you need a parent or guardian\'s permission to use the app.',
    phrases: [
      'parent or guardian\'s permission', 'parent or guardian\'s consent', 'parent\'s permission', 'parent\'s consent',
      'guardian\'s permission', 'guardian\'s consent', 'parental permission', 'parental consent', 'permission of a parent',
      'consent of a parent', 'permission of your parent', 'consent of your parent',
    ],
  },
  {
    id: 'forumClause',
    why: 'A governing-law or jurisdiction clause is "irrevocable" about courts, not about any right over data.',
    example: 'Each party irrevocably agrees that the courts of England shall have exclusive jurisdiction.',
    phrases: [
      'governed by the law', 'governed by the laws', 'exclusive jurisdiction', 'non exclusive jurisdiction', 'submit to the jurisdiction',
      'submits to the jurisdiction', 'jurisdiction of the courts', 'governing law',
    ],
  },
  {
    id: 'brandAssets',
    why: 'A licence to a name, logo or trade mark is a publicity right, not a right over data.',
    example: 'Customer grants Provider the right to use Customer’s name and logo in its customer list.',
    phrases: [
      'trademarks', 'trade marks', 'trademark', 'logos', 'logo', 'marks', 'brand', 'brand features', 'name and logo', 'testimonials',
      'customer lists', 'customer list', 'press releases', 'press release', 'by name', 'case studies', 'case study',
    ],
  },
  {
    id: 'deidentificationSafeguard',
    why: 'Anonymisation that is irreversible, with re-identification forbidden, keeps derived data from pointing back at anyone.',
    example: 'only after it has been irreversibly anonymised; Provider shall not attempt to re-identify it',
    phrases: [
      'irreversibly', 're identify', 're identification', 'reidentify', 'cannot be identified', 'can be identified',
      'does not identify', 'do not identify', 'not identify', 'so that no individual', 'attributable to customer',
      'in a form attributable', 'no longer be identified',
      // The objective test: "cannot reasonably be used to identify Customer or any individual".
      'cannot reasonably be used to identify', 'cannot be used to identify', 'could not reasonably be used to identify',
    ],
  },
  {
    id: 'licenceNarrowing',
    why: 'A licence that is non-exclusive, non-transferable or limited to the term is the narrow licence a service needs.',
    example: 'a non-exclusive, non-transferable licence for the term of this Agreement only',
    phrases: [
      'non exclusive', 'nonexclusive', 'non transferable', 'non transferrable', 'non sublicensable', 'non sublicenseable', 'non assignable',
      'revocable', 'non perpetual', 'for the term',
      // A licence said to end with the deal, or denied its lasting qualities: "is not perpetual", "ends automatically".
      'not perpetual', 'not irrevocable', 'ends automatically', 'terminates automatically', 'ends when this agreement ends',
    ],
  },
  {
    id: 'ownAdjective',
    why: '"Our own" and "its own" are adjectives, not ownership.',
    example: 'based on our own experience',
    phrases: ['our own', 'its own', 'their own', 'your own', 'his own', 'her own', 'on its own', 'on their own'],
  },
  {
    id: 'disclaimer',
    why: 'A warranty disclaimer about outputs says nothing about who owns them or who may use the data.',
    example: 'Output is provided "as is" and may contain errors.',
    // "… review outputs do not constitute legal advice" (blind44): a disclaimer of what the output is worth.
    // "… estimates are probabilistic outputs and do not constitute an engineering certification" (blind86-072).
    phrases: [
      'as is', 'as available', 'accuracy', 'accurate', 'inaccurate', 'errors', 'error', 'warranty', 'warranties', 'reliability', 'inappropriate', 'hallucinat*', 'mistakes', 'legal advice', 'professional advice',
      'probabilistic', 'medical advice', 'financial advice', 'engineering advice',
      // "… are provided for informational purposes only; they do not constitute a determination of coverage" (blind95-042).
      'informational purposes', 'information purposes only', 'for information only', 'for reference only',
    ],
  },
] as const satisfies readonly WordSet[];

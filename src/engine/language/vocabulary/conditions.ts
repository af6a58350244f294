// Modals, exceptions, conditions and scope: whether a use is allowed, on whose say-so, for what, and for whom.
// Data only.
import type { WordSet } from '../wordSet';

export const CONDITION_SETS = [
  {
    id: 'modal',
    why: 'A modal marks a permission or a duty; "may" grants, "shall not" forbids.',
    example: 'Provider may use Usage Data.',
    phrases: [
      'may', 'might', 'can', 'could', 'will', 'would', 'shall', 'should', 'must', 'is entitled to', 'are entitled to',
      'reserves the right to', 'reserve the right to', 'is permitted to', 'are permitted to', 'has the right to',
      'have the right to', 'is free to', 'are free to', 'is allowed to', 'are allowed to', 'intends to', 'plan to', "'ll",
    ],
  },
  {
    id: 'exceptionOpener',
    why: 'An exception reopens what the sentence closed; it serves the customer or the vendor.',
    example: 'We will not use your data, except to improve the Services.',
    phrases: [
      'except', 'excepting', 'unless', 'other than', 'save for', 'save as', 'save to the extent', 'apart from', 'excluding',
      'but only', 'with the exception of', 'except as', 'except for', 'except to', 'except where', 'except that',
      // British and Commonwealth drafting says "save" for "except": "shall not …, save with the Client's consent".
      'save that', 'save where', 'save with', 'save if', 'save insofar as', 'save in so far as',
      // "…, save in the case of intent or deliberate recklessness": the exception's event, never data saved.
      'save in the case of', 'save in case of', 'save in the event of', 'save in respect of',
    ],
  },
  {
    id: 'inclusionMarker',
    why: '"including, without limitation, to train …" widens a list; its "without" sets no condition on the use.',
    example: 'to improve the Services (including, without limitation, to train and test AI models)',
    phrases: ['without limitation', 'without limiting', 'without limiting the foregoing', 'without limiting the generality'],
  },
  {
    id: 'conditionOpener',
    why: 'A condition decides when a use is allowed: on consent (a protection) or until opt-out (a risk).',
    example: 'If you opt in, we may use your recordings to train our models.',
    phrases: [
      'if', 'when', 'where', 'provided that', 'provided however', 'provided always that', 'provided further that', 'so long as', 'as long as', 'subject to', 'only if',
      // "provided we do not reduce …": a proviso without "that", opened by its own subject.
      'provided we', 'provided you', 'provided it', 'provided they',
      'only when', 'until', 'once', 'without', 'upon', 'after', 'before', 'prior to', 'in case', 'should you', 'whether', 'depending on', 'depending upon',
      // "may continue to own and commercialise the Model, notwithstanding that the Model was trained on Licensed Data": a
      // fact conceded, whose data is not what the clause uses (audit210, 467 § 15.3).
      'notwithstanding that',
    ],
  },
  {
    id: 'concessiveMark',
    why: 'A concessive condition ("even if you opt out") says the use goes on despite the customer\'s choice: no lever.',
    example: 'Shared recordings may still be used to improve the models, even if you have turned the setting off.',
    phrases: [
      'even if', 'even though', 'even where', 'even when', 'whether or not', 'regardless of whether', 'irrespective of whether',
      'no matter whether', 'even in the event',
    ],
  },
  {
    id: 'consentCue',
    why: 'Use that waits for consent, opt-in or the customer’s instruction is under the customer’s control.',
    example: 'unless you have explicitly opted in',
    phrases: [
      'consent', 'consents', 'consented', 'permission', 'opt in', 'opted in', 'opt into', 'opts in', 'explicitly',
      'expressly', 'explicit', 'express', 'affirmatively', 'affirmative', 'authorization', 'authorisation', 'authorize',
      'authorise', 'authorized', 'authorised', 'instruct', 'instructs', 'instructed', 'instruction', 'instructions',
      'approval', 'approve', 'approves', 'approved', 'agree', 'agrees', 'agreed', 'enable', 'enables', 'enabled', 'turn on',
      'turns on', 'turned on', 'switch on', 'switches on', 'switched on',
      'choose to', 'chooses to', 'chose to', 'elect to', 'elects to', 'at your request', 'upon your request', 'ask us',
      'prior written', 'written agreement', 'in writing', 'allow', 'allows', 'permit', 'permits', 'opted into',
      // "If Bank joins the Model Improvement Programme, Provider may use Inputs …": joining is the customer's own act
      // (465 § 5.3); taking part by default ("while a Practice participates") is a state, not a choice.
      'joins', 'has joined', 'have joined', 'elects to join', 'elected to join',
    ],
  },
  {
    id: 'lawPermits',
    why: 'Permission that comes from the law ("unless permitted by applicable law") is a legal carve-out, not the customer’s consent.',
    example: 'Do not copy the Content to train AI models, unless such use is expressly permitted by applicable law.',
    phrases: [
      'permitted by law', 'permitted by applicable law', 'permitted under applicable law', 'allowed by law', 'allowed by applicable law',
      'authorised by law', 'authorized by law', 'authorised by applicable law', 'authorized by applicable law', 'permitted by statute',
      // "where the law allows us to limit our liability": the law grants it, not the customer.
      'the law allows us', 'law allows us', 'applicable law allows us', 'the law permits us', 'law permits us',
      'applicable law permits us',
      // "for any purpose not prohibited by law": a double negative that permits every lawful use, not a prohibition.
      'not prohibited by law', 'not prohibited by applicable law', 'not prohibited under applicable law',
      'not otherwise prohibited by law', 'not otherwise prohibited by applicable law', 'not prohibited by applicable laws',
    ],
  },
  {
    id: 'lawRequires',
    why: 'Keeping what the law requires ("as required by law", "for the period required by applicable tax law") is a legal duty, not a use of the data.',
    example: 'Vendor will delete Customer Data within 30 days, except that it may retain copies as required by law.',
    phrases: [
      'required by law', 'required by applicable law', 'required by applicable laws', 'required under applicable law', 'required by statute',
      'legally required', 'legal hold', 'legal holds', 'law requires', 'laws require', 'applicable law requires',
      'required by tax law', 'required by applicable tax law', 'required by tax laws', 'required by applicable tax laws',
      'required by law or regulation', 'required by applicable law or regulation', 'statutory retention',
      // "we keep your file for 6 years (because the Legal Aid Agency requires us to)": a regulator's requirement on us.
      'requires us to', 'require us to', 'regulator requires', 'regulators require',
    ],
  },
  {
    id: 'identityRemoved',
    why: 'How far data is de-identified ("so that the person can no longer be identified") describes the data; its "no longer" negates no use.',
    example: 'Vendor may anonymise the logs so that the user can no longer be identified, and use them to improve its products.',
    phrases: [
      'can no longer be identified', 'can no longer be established', 'can no longer be attributed', 'can no longer be linked',
      'can no longer be traced', 'can no longer be associated', 'could no longer be identified', 'no longer be identified',
      'no longer be attributed', 'no longer be linked', 'no longer identifies', 'no longer identify',
    ],
  },
  {
    id: 'consentPhrase',
    why: 'Consent stated inside the clause ("with your prior written consent") gates the use as surely as "only if".',
    example: 'We may use your Prompts to improve our models with your prior written consent.',
    phrases: [
      'with your consent', 'with your prior consent', 'with your prior written consent', 'with your express consent',
      'with your explicit consent', 'with your permission', 'with your express permission', 'with the customer consent',
      'with customer prior written consent', 'with customer consent', 'with prior written consent', 'upon your consent',
      'subject to your consent', 'with your authorization', 'with your authorisation', 'with your approval',
      'with the prior written consent of customer', 'with the consent of', 'with your opt in', 'on an opt in basis',
      // Use confined to what both sides signed: "only the model identified in a schedule signed by both parties".
      'signed by both parties', 'signed by the parties', 'agreed in writing by the parties', 'agreed in writing by both parties',
      'mutually agreed in writing',
    ],
  },
  {
    id: 'wishCue',
    why: '"If you do not want us to use X" states the customer’s wish, not the vendor’s promise: use is on by default.',
    example: 'If you do not want your chats used for training, turn off History.',
    phrases: ['want', 'wants', 'wish', 'wishes', 'prefer', 'prefers', 'would rather', "you'd rather", 'like'],
  },
  {
    id: 'defaultCue',
    why: '"By default" decides who must act: use on by default needs an opt-out; off by default needs consent.',
    example: 'Training is off by default for Enterprise workspaces.',
    phrases: ['by default', 'default', 'defaults', 'automatically', 'out of the box', 'set to on', 'on by default'],
  },
  {
    id: 'defaultOff',
    why: 'A use that is off by default happens only once the customer switches it on: that is an opt-in, not an opt-out.',
    example: 'The "Improve the model" setting is switched off by default, and while it is off we will not train on your chats.',
    phrases: [
      'off by default', 'disabled by default', 'switched off by default', 'turned off by default', 'set to off by default',
      'opted out by default', 'deactivated by default', 'default setting is off', 'defaults to off',
    ],
  },
  {
    id: 'scopeCue',
    why: 'Promises often hold only for some plans, products or regions; the lawyer must know which.',
    example: 'For Business and Enterprise plans, we do not train on your data.',
    phrases: [
      'enterprise', 'business', 'team', 'teams', 'api', 'paid', 'free', 'consumer', 'consumers', 'individual', 'individuals',
      'personal accounts', 'pro', 'plus', 'premium', 'plan', 'plans', 'tier', 'tiers', 'edition', 'eea', 'eu', 'uk',
      'european', 'region', 'regions', 'beta', 'preview', 'education', 'edu', 'healthcare', 'government',
      // A promise kept for one corner of the service only: "Uploads stored in your Private Vault", "Temporary Chats".
      'private vault', 'private folder', 'private folders', 'private mode', 'private projects', 'private workspace',
      'private workspaces', 'incognito', 'temporary chat', 'temporary chats',
    ],
  },
  {
    id: 'paymentMade',
    why: '"Paid" as the verb of a payment ("invoices paid by the Society") names no paid plan, so it scopes nothing.',
    example: 'Supplier may keep records of invoices paid by the Society.',
    phrases: ['paid by', 'paid to', 'paid for', 'paid in', 'paid within', 'paid under', 'paid on', 'paid at'],
  },
  {
    id: 'scopeWordOfOther',
    why:
      'A scope word that names something other than a kind of customer or plan: identifiers issued by a government, ' +
      'a government\'s authorities, the "Plus" grade of a security certificate. It limits no promise to some customers.',
    example: 'Vendor will first remove candidate names and government identifiers from the data.',
    phrases: [
      'government identifiers', 'government identifier', 'government-issued', 'government issued', 'government id',
      'government ids', 'government identification', 'government authority', 'government authorities',
      'government agency', 'government agencies', 'government body', 'government bodies', 'government request',
      'government requests', 'cyber essentials plus',
      // A plan that is a document, not a pricing plan: "return all Council Data in the format specified in the Exit
      // Plan" promises deletion to every customer (audit146: 350 § 11.3 was read as a promise for some plans only).
      'exit plan', 'exit plans', 'transition plan', 'implementation plan', 'project plan', 'security plan', 'migration plan',
      'business continuity plan', 'disaster recovery plan', 'incident response plan', 'data management plan',
      'remediation plan', 'test plan', 'quality plan', 'service improvement plan', 'data protection plan',
    ],
  },
  {
    id: 'placeOf',
    why:
      'Where data is held or processed ("located in the United Kingdom or the European Economic Area") names a place, ' +
      'not the customers or plans a promise is limited to: a region word just after it scopes nothing.',
    example: 'The Developer shall hold the dataset only in environments located in the United Kingdom or the EEA.',
    // Said of systems and data, never of people: "customers located in the EEA" is a scope.
    phrases: [
      'environments located in', 'environment located in', 'servers located in', 'systems located in', 'facilities located in',
      'infrastructure located in', 'hosted in', 'stored in', 'processed in', 'held in', 'kept in', 'transferred to', 'transferred outside',
    ],
  },
  {
    id: 'customerServing',
    why: 'Purposes that only serve the customer (providing the service, support, its instructions) keep use in the deal.',
    example: 'Provider may use Customer Data only to provide the Services to Customer.',
    phrases: [
      'provide', 'provides', 'providing', 'provision', 'perform', 'performing', 'performance', 'deliver', 'delivering',
      'support', 'supporting', 'operate', 'operating', 'maintain', 'maintaining', 'troubleshoot', 'troubleshooting',
      'customer support', 'on your behalf', 'on behalf of', 'for you', 'for your use', 'your instructions', 'as instructed',
      'respond to', 'fulfil', 'fulfill', 'generate responses', 'exclusively for your use', 'for your exclusive use',
      'your benefit', 'benefit of customer', 'in furtherance of', 'host', 'hosting', 'display to you',
      // A model kept for one customer: "forecasting models dedicated solely to Subscriber's account".
      'dedicated solely to', 'dedicated exclusively to', 'for your account only',
      // "authorizes Brieflane to access and import Firm Content … as directed by Firm" (audit214, 470 § 12(a)).
      'as directed by', 'at the direction of', 'as you direct', 'as requested by',
    ],
  },
  {
    id: 'safetyPurpose',
    why: 'Abuse, security and legal-compliance purposes are narrow, customer-neutral carve-outs lawyers accept.',
    example: 'We will not train on your recordings, except to address abuse.',
    phrases: [
      'abuse', 'abusive', 'fraud', 'security', 'safety', 'safe', 'comply with', 'compliance with', 'legal obligation',
      'legal obligations', 'required by law', 'required by applicable law', 'legally required', 'legal hold', 'law enforcement',
      'investigate', 'investigation', 'prevent harm', 'harm', 'harmful', 'violation', 'violations', 'misuse', 'enforce',
      'protect', 'court order', 'subpoena', 'regulatory', 'legal requirements', 'legal reasons', 'defend',
      // "only for as long as applicable law requires": the law, not the vendor, sets how long data is kept.
      'law requires', 'laws require', 'legal requirement',
      // "payment records are kept for as long as tax rules require": the tax law, not the vendor, sets how long.
      'tax rules require', 'tax law requires', 'tax laws require', 'accounting rules require', 'tax and accounting rules require',
      // The GDPR's own formula in processing terms: "only to the extent required by Union or Member State law".
      'member state law', 'member state laws', 'union law', 'eu law', 'required by applicable laws',
    ],
  },
  {
    id: 'vendorEnds',
    why: 'Purposes that serve the vendor’s own business turn a limited use into a grant.',
    example: 'except to improve our models and develop new products',
    phrases: [
      'improve', 'improving', 'improvement', 'develop', 'developing', 'development', 'train', 'training', 'research',
      'other customers', 'other customer', 'other clients', 'other client', 'any purpose', 'any purposes', 'commercial', 'commercially', 'marketing', 'advertising',
      'our own purposes', 'its own purposes', 'own purposes', 'internal business purposes', 'business purposes',
      'new products', 'analytics', 'benchmark', 'benchmarking', 'enhance', 'enhancing', 'product development',
      // "… as necessary to provide the Services and otherwise to exercise its rights under this Agreement": the vendor's
      // own rights, whatever they are, are a purpose of its own beside serving the customer. ("use it only to exercise
      // its rights and perform its obligations" in a confidentiality clause is the mutual limit, and is not read.)
      'otherwise to exercise', 'and otherwise exercise', 'and exercising its rights', 'and to exercise its rights',
    ],
  },
  {
    id: 'anyPurpose',
    why: 'Use "for any purpose" or "without restriction" is unlimited: it includes training and resale.',
    example: 'We may use your Feedback for any reason without restriction.',
    phrases: [
      'any purpose', 'any purposes', 'any reason', 'without restriction', 'without any restriction', 'in any manner',
      'in any way', 'however we choose', 'however it chooses', 'as we see fit', 'as it sees fit', 'without obligation',
      'without any obligation', 'without compensation', 'without accounting', 'freely', 'any lawful purpose',
      'all purposes', 'unrestricted',
      // Any purpose narrowed only to the vendor's business: "for any lawful business purpose" (296 § 1.4).
      'any business purpose', 'any business purposes', 'any lawful business purpose', 'any lawful business purposes',
      'any commercial purpose', 'any commercial purposes', 'any lawful purposes',
    ],
  },
] as const satisfies readonly WordSet[];

export const LIMIT_SETS = [
  {
    id: 'limiter',
    why: '"Only", "solely" and "for no other purpose" limit a use to the purpose named: a purpose limitation.',
    example: 'Provider shall use Customer Data solely to provide the Services.',
    phrases: [
      'only', 'solely', 'exclusively', 'strictly', 'for no other purpose', 'no other purpose', 'for the sole purpose',
      'for the limited purpose', 'for the purpose of', 'limited to', 'to the extent necessary', 'as necessary to',
      'as reasonably necessary', 'necessary to', 'required to', 'no purpose other than', 'any purpose other than',
      'for purposes other than', 'except as necessary', 'any other purpose', 'for any other purpose', 'in any other manner',
      'other purpose', 'purpose of this agreement', 'only according to', 'only in accordance with', 'only on',
    ],
  },
  {
    id: 'purposeNamedBefore',
    why:
      'A permission given "for that purpose" reaches only the purpose the sentence before named: no licence for any ' +
      'use, though what that purpose serves is read from the words that named it.',
    example: 'Customer authorizes Vendor to transmit Inputs and related Customer Content to Model Providers for that purpose.',
    phrases: ['for that purpose', 'for those purposes', 'for such purpose', 'for such purposes', 'for this purpose', 'for these purposes'],
  },
  {
    id: 'relativePronoun',
    why: 'A negation inside a relative clause ("content that does not contain personal data") describes the object; it forbids nothing.',
    example: 'Content that is not personal data may be used to train models.',
    phrases: ['that', 'which', 'who', 'whose', 'whom'],
  },
  {
    id: 'recitalOpener',
    why: 'A recital opening the contract states the background the parties contract against; it is not an operative term and grants nothing.',
    example: 'WHEREAS the Supplier has built a forecasting platform and the Buyer wishes to use it;',
    phrases: ['whereas'],
  },
  {
    id: 'preambleCue',
    why: 'The preamble ("This … Agreement is entered into … between …") names the parties and the date; its title names topics and grants nothing.',
    example: 'This Data Sharing and Model Development Agreement is entered into as of 1 March 2026 between Orrin Ltd and Client plc.',
    phrases: ['is entered into', 'is made and entered into', 'is made as of', 'is made on', 'is made by and between', 'are entered into'],
  },
  {
    id: 'clauseBreak',
    why: 'Conjunctions that start a new main clause: each clause says its own yes or no.',
    example: 'We do not train on your data, but we may use it to improve the Services.',
    phrases: ['but', 'however', 'although', 'though', 'whereas', 'while', 'yet', 'instead', 'also', 'additionally', 'in addition'],
  },
  {
    id: 'overrideCue',
    why: 'A deletion named after "despite" is the one the keeping overrides: the data is kept, nothing is deleted.',
    example: 'Provider will preserve the matter files, despite any deletion request, until the hold is released.',
    phrases: ['despite', 'in spite of', 'regardless of', 'notwithstanding'],
  },
  {
    id: 'preposition',
    why: 'A party named after a preposition ("with OpenAI", "to you") is not the one acting.',
    example: 'We share prompts with our model providers.',
    phrases: [
      'to', 'with', 'by', 'for', 'from', 'of', 'about', 'between', 'on', 'in', 'among', 'than', 'including', 'via', 'through',
      'against', 'into', 'onto', 'toward', 'towards', 'regarding', 'under', 'within', 'across', 'per', 'like', 'as',
    ],
  },
] as const satisfies readonly WordSet[];

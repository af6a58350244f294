// Narrower readings of words that other sets already tag: which training word is bare, which modal promises, which
// limiter closes every other purpose. Rules ask for these by name instead of testing a cue's text. Data only.
import type { WordSet } from '../wordSet';

export const QUALIFIER_SETS = [
  {
    id: 'bareTraining',
    why: '"Training" or "tuning" alone may be about people or instruments; only a model or data nearby makes it AI.',
    example: 'Staff receive training each year (people); we use your files for training our models (AI).',
    phrases: [
      'train', 'trains', 'trained', 'training', 'training on', 'tune', 'tunes', 'tuned', 'tuning', 'teach', 'teaches',
      'teaching', 'calibrate', 'calibrating', 'learn from',
    ],
  },
  {
    id: 'modelFeeding',
    why: 'Data "fed into" something trains it only when that something is a model: "fed into our billing system" trains nothing.',
    example: 'Your corrections are fed back into the categorisation model (AI); usage is fed into invoices (not AI).',
    phrases: [
      'fed into', 'feed into', 'feeds into', 'feeding into', 'fed back into', 'feed back into', 'feeds back into',
      'feeding back into', 'feed them into', 'feed it into', 'feeds them into', 'feeds it into', 'fed them into',
    ],
  },
  {
    id: 'trainingNoun',
    why: 'A noun that names the activity ("model training", "training datasets") says what is done only with a verb of use.',
    example: 'Settings for model training (a topic); we use prompts for model training (a use).',
    phrases: [
      'training', 'model training', 'ai training', 'content training', 'engine training', 'training sample',
      'training samples', 'training dataset', 'training datasets', 'training set', 'training sets', 'training corpus',
      'model improvement', 'model development',
    ],
  },
  {
    id: 'improvesWhatIsRun',
    why: 'After "to operate Copilot", "improve it" improves the thing operated: the vendor\'s product under its own name.',
    example: 'We may use Your Content to operate Copilot and improve it.',
    phrases: ['improve it', 'improve them', 'improving it', 'improving them', 'enhance it', 'enhance them', 'develop it', 'develop them'],
  },
  {
    id: 'improvementPurpose',
    why: 'A purpose that names improvement on its own ("for research and development purposes") needs no product named.',
    example: 'Vendor may use Service Data for research and development purposes.',
    phrases: [
      'research and development', 'r&d', 'development purposes', 'improvement purposes', 'product development',
      'product improvement', 'service improvement',
      // "may use your data for research purposes": research named as the purpose, with no product named.
      'research purposes', 'internal research',
    ],
  },
  {
    id: 'soleServicePurpose',
    why: 'A limiter that names the contract itself ("for no other purpose", "the purpose of this Agreement") closes every other use.',
    example: 'Provider shall process Customer Data for the purpose of this Agreement and for no other purpose.',
    phrases: [
      'for no other purpose', 'no other purpose', 'purpose of this agreement',
      // The purpose the data was supplied for: "only use the information for that purpose".
      'for that purpose', 'for that specific purpose', 'the purpose for which it was provided', 'the purposes for which it was provided',
      'the purpose for which it was collected', 'the purposes for which it was collected', 'the purpose for which it was disclosed',
      'the purposes for which it was disclosed', 'the purpose for which they were provided', 'the purposes for which they were provided',
      'the purpose for which they were collected', 'the purposes for which they were collected',
    ],
  },
  {
    id: 'otherPurposeLimit',
    why: 'A ban on "any other purpose" closes everything except the purpose named before it.',
    example: 'Provider shall not use Customer Data for any purpose other than providing the Services.',
    phrases: [
      'for no other purpose', 'no other purpose', 'no purpose other than', 'any purpose other than', 'for purposes other than',
      'any other purpose', 'for any other purpose', 'in any other manner', 'other purpose',
    ],
  },
  {
    id: 'lastingRight',
    why: 'A perpetual or irrevocable right never ends: it outlives deletion and termination by its own terms.',
    example: 'a perpetual, irrevocable licence to use the Content',
    // "without limit of time" is British drafting's "perpetual" (374 § 7.1).
    phrases: ['perpetual', 'perpetually', 'irrevocable', 'irrevocably', 'in perpetuity', 'without limit of time', 'without limit in time', 'without time limit', 'for an unlimited period'],
  },
  {
    id: 'commonLicenceTerm',
    why: 'Worldwide and (non-)exclusive say where and to whom else; they do not widen what the vendor may do with the data.',
    example: 'a worldwide, non-exclusive licence to host the Content to provide the Services',
    phrases: ['exclusive', 'worldwide', 'world wide'],
  },
  {
    id: 'dutyModal',
    why: 'Modals that impose a duty ("shall", "must") rather than allow: on the customer they make a customer obligation.',
    example: 'Customer shall delete Personal Data when it is no longer needed.',
    phrases: ['shall', 'must', 'will', 'should'],
  },
  {
    id: 'scopeVerb',
    why:
      'Denied, these verbs say a clause does not cover what follows ("Clause 7.2 does not apply to …", "Deletion does ' +
      'not reach …"): the "not" is theirs, and the things listed are carved out of the clause, not kept from use.',
    example: 'Clause 9.2 does not apply to records Halden must keep under law or to models already trained.',
    phrases: ['apply to', 'applies to', 'reach', 'reaches', 'extend to', 'extends to'],
  },
  {
    id: 'promiseModal',
    why: 'A deletion the vendor "will", "shall" or "must" do is a promise; one it "may" do is its discretion.',
    example: 'Provider will delete Customer Data within 30 days.',
    // Plain-language terms contract the promise into the party word: "we'll tell you" promises as "we will tell you".
    phrases: ['will', 'shall', 'must', "we'll"],
  },
  {
    id: 'permissionModal',
    why: '"Can" and "may" give the one named a choice: the customer’s own right to delete is a control it holds.',
    example: 'You can delete your conversations at any time.',
    phrases: ['can', 'may'],
  },
  {
    id: 'possessiveYou',
    why: '"Your" names whose data it is, not who bears a duty.',
    example: 'Provider is responsible for protecting your data.',
    phrases: ['your', 'yours'],
  },
  {
    id: 'accessVerb',
    why: 'Access is who can see the data: limiting or denying it is a confidentiality promise.',
    example: 'Only authorised personnel have access to Customer Data.',
    phrases: [
      'access', 'accesses', 'accessed', 'accessing', 'accessible', 'have access', 'has access', 'accessed by',
      // People looking at the data: "employees may view Customer Data only where needed", "will not listen to your recordings".
      'view', 'views', 'viewed', 'viewing', 'listen to', 'listens to', 'look at', 'looks at',
    ],
  },
  {
    id: 'collectVerb',
    why: 'What is never collected cannot be used: a promise not to collect protects the data at the source.',
    example: 'We never collect the content of your messages.',
    phrases: ['collect', 'collects', 'collected', 'collecting'],
  },
  {
    id: 'ipKinds',
    why: 'A list of kinds of intellectual property ("inventions, discoveries, improvements, trade secrets") names property being assigned; its "improvements" are things owned, not a use of data.',
    example: 'All deliverables, inventions, discoveries, improvements and trade secrets made under this Agreement belong to Client.',
    phrases: [
      'inventions', 'invention', 'discoveries', 'trade secrets', 'trademarks', 'trade marks', 'patents', 'patent rights',
      'copyrights', 'know how', 'works of authorship', 'works for hire', 'works made for hire', 'work for hire', 'work made for hire',
      'deliverables', 'mask works',
    ],
  },
  {
    id: 'markedSubset',
    why: 'A promise about the data the customer marks out ("photos you mark as Unreleased") covers that part only; the rest stays open.',
    example: 'We never use photos that you mark as "Unreleased product" to train our models.',
    phrases: [
      'you mark as', 'you mark', 'you flag as', 'you flag', 'you designate as', 'you designate', 'you tag as', 'you label as',
      'marked as', 'flagged as', 'designated as', 'tagged as', 'labelled as', 'labeled as', 'customer marks as', 'customer designates as',
    ],
  },
  {
    id: 'ownScope',
    why: 'The customer\'s own corner of the service: a model "for Customer\'s account" or "for your workspace" serves that customer alone. Read only after "for" and the customer\'s name.',
    example: 'Provider may fine-tune the models that power the Features for Customer\'s account.',
    phrases: ['account', 'workspace', 'tenant', 'tenancy', 'instance', 'matters', 'organisation', 'organization', 'environment'],
  },
  {
    id: 'forWhom',
    why: '"For" before a party names whom a thing serves; read only with ownScope.',
    example: 'models for Customer\'s account',
    phrases: ['for'],
  },
  {
    id: 'customerOwnUse',
    why: 'A model trained only for the customer’s own use serves the customer, not the vendor’s other products.',
    example: 'We fine-tune a model on your documents for your exclusive use.',
    phrases: ['for your use', 'exclusively for your use', 'for your exclusive use', 'dedicated solely to', 'dedicated exclusively to', 'for your account only'],
  },
  {
    id: 'poolOpener',
    why: 'A model built for all of the vendor’s customers carries one customer’s data into every other customer’s service: the training serves the vendor’s product, not the customer. Read only when a customer word follows within a few words.',
    example: '"Risk Signals" means the indicators the Provider derives from Claims Data and uses to retrain the models it offers to all of its insurer clients.',
    // "… as trained … using Sensor Data received from Utility and from other Aquifera customers" (blind74).
    phrases: ['all of its', 'all its', 'all of our', 'all our', 'each of its', 'each of our', 'across its', 'across our', 'from other', 'of other', 'its other', 'our other'],
  },
  {
    id: 'pooledWhole',
    why: 'Data of all the vendor’s customers taken together (the customer base as a whole) feeds one shared model.',
    example: '"Yield Engine" means the models we build from the field records of our growers taken as a whole.',
    phrases: ['taken as a whole', 'taken together', 'customer base', 'client base', 'subscriber base', 'for the benefit of all'],
  },
  {
    id: 'statisticalData',
    why: 'Statistics and anonymous or non-personal data are derived data in themselves, without a data word beside them.',
    example: 'We may publish statistics about how the service is used.',
    phrases: [
      'statistics', 'statistical', 'anonymous', 'non personal data', 'non personal information', 'non identifiable',
      'non personally identifiable',
    ],
  },
  {
    id: 'aggregateMeasure',
    why: 'What aggregation yields when no data word is named: trends, figures, counts, indices. Read only right after an aggregating or anonymising word.',
    example: 'We may share anonymised, aggregated booking trends with partner studios.',
    phrases: [
      'trends', 'figures', 'counts', 'values', 'totals', 'averages', 'indices', 'indexes', 'indicators', 'benchmarks',
      'metrics', 'insights', 'patterns', 'measures', 'rates', 'volumes',
      // "Anonymised Learnings", "aggregated findings": what review work teaches, anonymised (agreements 143).
      'learnings', 'findings', 'observations',
    ],
  },
  {
    id: 'feedbackCore',
    why: 'Feedback in its own name; "suggestions" alone are as often the service’s code suggestions.',
    example: 'Vendor may use any Feedback you give without restriction.',
    phrases: ['feedback', 'feedbacks', 'enhancement requests', 'feature requests'],
  },
  {
    id: 'ideaWord',
    why: 'Ideas and know-how are feedback only when they come from the customer; a vendor listing its own ideas reserves its IP.',
    example: 'You grant us a licence to any ideas you send us (feedback); Provider owns the ideas embodied in its software (its IP).',
    phrases: ['ideas', 'idea', 'know how', 'concepts'],
  },
  {
    id: 'engagementSource',
    why: 'Know-how "acquired in performing this Agreement" comes from the customer\'s engagement, so a vendor free to use it keeps what it learned from the customer (a residuals clause).',
    example: 'The Supplier remains free to use the general know-how acquired in performing this Agreement.',
    phrases: [
      'acquired in performing', 'gained in performing', 'obtained in performing', 'learned in performing', 'gains in performing',
      'acquires in performing', 'in the course of performing', 'in the course of providing', 'in performing this agreement',
      'in performing the services',
    ],
  },
  {
    id: 'keepVerb',
    why: '"Keep" also means "maintain in a state": "keep your account secure" retains nothing.',
    example: 'We keep your data safe (security) / we keep your data for 30 days (retention).',
    phrases: ['keep', 'keeps', 'kept', 'keeping'],
  },
  {
    id: 'stateAdjective',
    why: 'A state something is kept in ("secure", "confidential", "up to date") makes "keep" a duty of care, not retention.',
    example: 'Provider shall keep Customer Data confidential and secure.',
    phrases: [
      'safe', 'secure', 'confidential', 'private', 'accurate', 'up to date', 'current', 'functional', 'running', 'informed',
      'separate', 'isolated', 'encrypted', 'protected', 'updated',
    ],
  },
  {
    id: 'actionNoun',
    why: 'The noun of an action ("retention", "deletion") can name a topic rather than do anything: "retention rules".',
    example: 'We apply the same retention rules to backups.',
    phrases: [
      'retention', 'deletion', 'storage', 'training', 'processing', 'sharing', 'disclosure', 'removal', 'destruction',
      'erasure', 'archival', 'archive', 'usage', 'collection', 'transfer', 'access',
      // "Whatever your Product Improvement setting, we never use …": a control named after the improvement is a topic.
      'improvement', 'product improvement', 'service improvement',
    ],
  },
  {
    id: 'topicHead',
    why: 'A rule, policy or setting named after an action ("retention policy", "training settings") is the topic, not the act.',
    example: 'Upon expiry of that retention obligation, Provider shall delete the data.',
    phrases: [
      'rule', 'rules', 'policy', 'policies', 'practice', 'practices', 'schedule', 'schedules', 'obligation', 'obligations',
      // "The deletion duties in clause 7.2 shall not apply to …" says the same as "deletion obligations".
      'duty', 'duties', 'commitment', 'commitments',
      'requirement', 'requirements', 'setting', 'settings', 'standard', 'standards', 'procedure', 'procedures',
      // "at the archive rates in Schedule 4", "after any archive period": a price or a span named after the act.
      'rate', 'rates', 'fee', 'fees', 'charges', 'tier', 'period', 'periods',
    ],
  },
  {
    id: 'generalTechCompany',
    why: 'Large technology companies sell far more than AI: naming one ("courses provided by AWS") says nothing about models.',
    example: 'You may receive product news from Google (not AI); we send prompts to Google’s Gemini models (AI, by the model name).',
    caseSensitive: true,
    phrases: ['Google', 'Google Cloud', 'Microsoft', 'Azure', 'AWS', 'Amazon', 'Meta', 'IBM', 'NVIDIA', 'Nvidia'],
  },
  {
    id: 'survivalWord',
    why: '"Survive" speaks of the end by itself; "remain in force" only beside an end such as termination.',
    example: 'Sections 4 and 9 survive termination; the price remains in force for the term.',
    phrases: ['survive', 'survives', 'survival', 'surviving', 'outlast'],
  },
  {
    id: 'lastsUntilEnd',
    why: 'What lasts "unless terminated" or "until terminated" runs up to the end and no further: the end bounds it, nothing survives it.',
    example: 'This Agreement shall remain in force for three years unless terminated earlier by either party.',
    phrases: [
      'unless terminated', 'unless earlier terminated', 'unless terminated earlier', 'unless sooner terminated',
      'until terminated', 'until earlier terminated', 'unless and until terminated',
    ],
  },
  {
    id: 'termItself',
    why: '"The term" is the life of the contract: rights that run "for the term" end with it.',
    example: 'That price will remain in force for the term.',
    phrases: ['the term'],
  },
  {
    id: 'warrantyCue',
    why: 'A party that represents or warrants it has rights makes a promise to the other side; it protects nobody’s data.',
    example: 'Customer represents and warrants that it has all rights necessary to submit Input.',
    phrases: ['represents', 'represent', 'warrants', 'warrant', 'represents and warrants', 'represent and warrant'],
  },
  {
    id: 'scrapeVerb',
    why: 'Scraping and crawling are what outsiders do to a service; a bare-verb list of them is a list of things the user may not do.',
    example: 'scrape or crawl the Site; train any AI model on content from the Site;',
    phrases: ['scrape', 'scrapes', 'scraped', 'scraping', 'crawl', 'crawls', 'crawled', 'crawling', 'harvest', 'harvests', 'harvesting'],
  },
  {
    id: 'instructionVerb',
    why: '"You may instruct us not to use …" is the customer’s lever: the "not" is what the customer orders, not a ban on it.',
    example: 'You may instruct Provider not to use your Content to improve its models.',
    phrases: [
      'instruct', 'instructs', 'ask', 'asks', 'request', 'requests', 'direct', 'directs', 'tell',
      // "Client may … elect that Client Data shall no longer be used for the purposes in clause 2.3".
      'elect', 'elects',
    ],
  },
  {
    id: 'extractWord',
    why: '"Extract" is a deletion word only in form: "shall not extract records from the Model" is about re-identification.',
    example: 'The Recipient shall not extract any record of the Data from the Model.',
    phrases: ['extract', 'extracts', 'extracted', 'extracting'],
  },
  {
    id: 'extractionAttempt',
    why: 'An extraction someone attempts (model weights, the vendor’s IP) is model theft an acceptable-use ban forbids, not data kept in a model.',
    example: 'You will not attempt to extract model weights or training data.',
    phrases: [
      'attempt to extract', 'attempts to extract', 'attempting to extract', 'try to extract', 'tries to extract',
      'decompile or extract', 'reverse engineer or extract', 'disassemble or extract',
    ],
  },
  {
    id: 'statisticWord',
    why: 'Statistics are derived data, but publishing statistics is no privacy technique applied to the data.',
    example: 'The Recipient may publish statistics about the Model.',
    phrases: ['statistics', 'statistical'],
  },
  {
    id: 'agreementVerb',
    why: 'Agreeing "that" something is so grants nothing by itself: the clause after "that" says who may do what.',
    example: 'The Client acknowledges and agrees that the Supplier shall not use Client Content to train models.',
    phrases: ['agree that', 'agrees that'],
  },
  {
    id: 'effectVerb',
    why: 'Denied, these verbs leave what follows standing ("Termination shall not affect the Supplier\'s right to use …"): the "not" is theirs, and the right after it survives.',
    example: 'Expiry or termination of this Agreement shall not affect Provider\'s right to continue using Aggregated Data.',
    phrases: ['affect', 'affects', 'prejudice', 'prejudices', 'impair', 'impairs', 'diminish', 'diminishes', 'derogate from', 'derogates from'],
  },
  {
    id: 'titlePassing',
    why: 'Title to output moves or stays with a party named after these verbs ("Ownership of the Results vests in the Client"): that party owns it, whoever the subject is.',
    example: 'All rights in the generated images pass to the Client upon their creation; the copyright in the templates shall remain with Provider.',
    phrases: [
      'pass to', 'passes to', 'passed to', 'transfer to', 'transfers to', 'transferred to', 'remain with', 'remains with',
      'rest with', 'rests with', 'vest in', 'vests in', 'vested in',
    ],
  },
  {
    id: 'considerationOpener',
    why: 'A consideration phrase names what a payment buys; a licence named there ("the licence granted hereunder") is cited, not granted.',
    example: 'In consideration of the licence granted under Clause 3, the Customer shall pay the Fees.',
    phrases: ['in consideration of', 'in consideration for', 'as consideration for', 'in return for', 'in exchange for'],
  },
  {
    id: 'changeToTerms',
    why: 'A change to the terms is what the sentence governs; rights it might add are named as its content, not granted.',
    example: 'Any change to Section 5 that expands the Supplier’s rights to use Customer Data applies only if Customer accepts it.',
    phrases: ['any change', 'any changes', 'any amendment', 'any amendments', 'any update', 'any updates', 'any modification', 'any modifications', 'no change', 'no amendment', 'no update'],
  },
  {
    id: 'capacityToGrant',
    why: 'The rights a party needs in order to grant a licence are warranted, not granted: the licence itself is granted elsewhere.',
    example: 'You represent that you have all rights and consents needed to grant us the license in Section 4.1.',
    phrases: [
      'needed to grant', 'necessary to grant', 'required to grant', 'sufficient to grant', 'rights to grant', 'right to grant',
      'authority to grant', 'power to grant', 'entitled to grant', 'able to grant', 'needed for the license', 'needed for the licence',
      'necessary for the license', 'necessary for the licence',
    ],
  },
  {
    id: 'paymentWord',
    why: 'A payment denied ("you will not receive any payment for …") says only that the customer gets nothing for the use it names; it neither promises nor grants that use.',
    example: 'You will not receive any payment or credit for Inputs we use to train our models.',
    phrases: [
      'payment', 'payments', 'compensation', 'compensate', 'compensated', 'remuneration', 'remunerate', 'remunerated',
      'royalty', 'royalties', 'pay', 'paid', 'payable',
    ],
  },
  {
    id: 'assuranceWord',
    why: 'A warranty or promise denied ("gives no warranty as to its suitability for training") disclaims; it neither promises nor forbids the use it names.',
    example: 'Licensor gives no warranty as to the suitability of the Licensed Content for training any model.',
    phrases: [
      'warranty', 'warranties', 'warrant', 'warrants', 'promise', 'promises', 'guarantee', 'guarantees', 'representation',
      'representations', 'assurance', 'assurances',
    ],
  },
] as const satisfies readonly WordSet[];

// What is done with the data: use, train, improve, keep, share, license, delete, own, survive, opt in or out.
// Data only. Inflections are spelled out where a `*` stem would catch unrelated words ("use*" would match "user").
import type { WordSet } from '../wordSet';

export const ACTION_SETS = [
  {
    id: 'useVerb',
    why: 'A right to use, process or analyse data is the root of every other data right.',
    example: 'We may access and analyse your messages.',
    phrases: [
      'use', 'uses', 'used', 'using', 'utilize', 'utilizes', 'utilized', 'utilizing', 'utilise', 'utilises', 'utilised',
      'utilising', 'process', 'processes', 'processed', 'processing', 'analyze', 'analyzes', 'analyzed', 'analyzing', 'analyse',
      'analyses', 'analysed', 'analysing', 'access', 'accesses', 'accessed', 'accessing', 'exploit', 'exploits', 'exploited',
      'exploiting', 'leverage', 'leverages', 'leveraged', 'leveraging', 'employ', 'employs', 'review', 'reviews', 'reviewed',
      'examine', 'examines', 'look at', 'looks at', 'view', 'views', 'viewed', 'viewing', 'listen to', 'listens to', 'accessible', 'have access', 'has access', 'accessed by', 'mine', 'mining', 'learn from', 'learns from', 'collect', 'collects',
      'collected', 'collecting', 'handle', 'handles', 'copy', 'copies', 'incorporate', 'incorporates', 'incorporated',
      'make use', 'rely on', 'draw on', 'select', 'sample', 'scrape', 'scrapes', 'scraped', 'scraping', 'crawl', 'crawls',
      'crawled', 'crawling', 'harvest', 'harvests', 'harvesting',
      // "combine them with metrics from other customers": putting data together with other data is using it.
      'combine', 'combines', 'combined', 'combining',
    ],
  },
  {
    id: 'trainVerb',
    why: 'These verbs make data shape a model: once trained in, it cannot be pulled back out.',
    example: 'Provider may fine-tune its models on Customer Inputs.',
    phrases: [
      'train', 'trains', 'trained', 'training', 'retrain*', 're train*', 'pretrain*', 'pre train*', 'fine tune', 'fine tunes',
      'fine tuned', 'fine tuning', 'finetun*', 'tune', 'tunes', 'tuned', 'tuning', 'distil', 'distill', 'distills',
      'distilled', 'distilling', 'distillation', 'teach', 'teaches', 'teaching', 'calibrate', 'calibrating', 'learn from',
      // Not "ground"/"grounding": "the Customer Data retrieved to ground a response", "assets selected for grounding"
      // supply a model its context when it answers, which trains nothing (blind67, 337 A.2 and Schedule B).
      'model training', 'ai training', 'content training', 'training samples', 'training dataset',
      'training datasets', 'training set', 'training sets', 'training corpus', 'train on', 'trains on', 'training on', 'trained on',
      'models learn', 'model learns', 'model learn', 'models to learn', 'help train', 'helps train', 'ai learn', 'ai to learn',
      'ai learns',
      // "to help its systems learn", "so our algorithms can learn": a machine that learns from the data is trained on it.
      'systems learn', 'system learns', 'systems to learn', 'algorithms learn', 'algorithms to learn', 'algorithm learns',
      'systems can learn', 'models can learn', 'algorithms can learn', 'features learn', 'features to learn', 'feature learns',
      // "use them for the purposes of the Model Improvement Programme": the AI word before the improvement noun names
      // the model as what is improved, as "model training" does.
      'model improvement', 'model development',
      // Data put into a model shapes it: "corrections … are fed back into the engine's training set", "does not feed
      // them into the language models". Read as training only beside an AI word (set modelFeeding).
      'fed into', 'feed into', 'feeds into', 'feeding into', 'fed back into', 'feed back into', 'feeds back into',
      'feeding back into', 'feed them into', 'feed it into', 'feeds them into', 'feeds it into', 'fed them into',
    ],
  },
  {
    id: 'improveVerb',
    why: '"Improving the services" can include model training without saying so; the ambiguity is the risk.',
    example: 'We use your content to develop and improve our products.',
    phrases: [
      'improv*', 'enhanc*', 'develop', 'develops', 'developed', 'developing', 'development', 'optimi*', 'optimis*', 'refine', 'refinement',
      'refines', 'refined', 'refining', 'upgrad*', 'make better', 'better', 'build new', 'create new', 'build', 'builds',
      'building', 'built', 'innovat*', 'research',
      'evolve', 'advance', 'modify', 'modifying', 'customize', 'testing', 'test', 'evaluat*',
      'a/b testing', 'product development', 'quality assurance', 'research and development', 'r&d', 'development purposes',
      'improvement purposes', 'service improvement', 'product improvement', 'get better', 'research purposes', 'internal research',
      // "to make our recommendation technology smarter": the product made better, in the plain words of consumer terms.
      'smarter', 'more accurate',
    ],
  },
  {
    id: 'dataEditVerb',
    why: 'Modifying, adapting or translating the customer’s data is an act a licence permits on that data, not an improvement of the product.',
    example: 'a limited right to store, copy, modify and display Customer Data to provide the Services',
    phrases: [
      'modify', 'modifies', 'modifying', 'modified', 'adapt', 'adapts', 'adapting', 'edit', 'edits', 'editing', 'translate',
      'translates', 'translating', 'reformat', 'reformatting', 'transcribe', 'transcribing',
    ],
  },
  {
    id: 'retainVerb',
    why: 'Keeping data is the precondition of every later use; retention without an end is use without an end.',
    example: 'We retain chat logs for 18 months.',
    phrases: [
      'retain', 'retains', 'retained', 'retaining', 'retention', 'keep', 'keeps', 'kept', 'keeping', 'store', 'stores',
      'stored', 'storing', 'storage', 'persist', 'persists', 'persisted', 'remain', 'remains', 'hold', 'holds', 'held',
      'archive', 'archives', 'archived', 'save', 'saves', 'saved', 'preserve', 'preserves', 'preserved', 'continue to use',
      'continue to exist', 'continue to hold', 'be hosted', 'log', 'logged', 'cache', 'cached', 'caches', 'caching',
    ],
  },
  {
    id: 'shareVerb',
    why: 'Sending data to someone else takes it out of the vendor’s promises.',
    example: 'We send your prompts to our model providers.',
    phrases: [
      'share', 'shares', 'shared', 'sharing', 'divulge', 'divulges', 'disclose', 'discloses', 'disclosed', 'disclosing', 'disclosure', 'transfer',
      'transfers', 'transferred', 'transferring', 'transmit', 'transmits', 'transmitted', 'transmitting', 'send', 'sends',
      'sent', 'sending', 'provide to', 'provided to', 'make available to', 'made available to', 'pass', 'passes', 'passed',
      'route', 'routed', 'forwarded', 'forward to', 'sell', 'sells', 'sold', 'rent', 'lease', 'processed by', 'powered by',
      'hosted by', 'served through', 'served by', 'relies on', 'rely on', 'exchange', 'give access',
      'by sending',
    ],
  },
  {
    id: 'grantVerb',
    why: 'A grant or permission is how a customer hands rights over its content to the vendor.',
    example: 'You grant us a worldwide licence to use your content.',
    phrases: [
      'grant', 'grants', 'granted', 'granting', 'license', 'licence', 'licenses', 'licences', 'licensed', 'licenced',
      'sublicense', 'sublicence', 'authorize', 'authorizes', 'authorise', 'authorises', 'permission', 'consent to',
      'consents to', 'give us', 'gives', 'give', 'right to', 'rights to', 'right and license', 'right and licence',
      'agree that', 'agrees that', 'agree and instruct', 'hereby assign', 'irrevocably assign', 'permit us', 'permits us',
      'allow us', 'allows us', 'authorize us', 'authorise us', 'allow provider', 'permit provider',
    ],
  },
  {
    id: 'noticeGiven',
    why: 'Giving someone a notice informs them; it hands over no right to the customer’s data.',
    example: 'Client shall give each Patient the notice set out in Schedule B.',
    phrases: ['notice', 'notices', 'notification', 'notifications', 'written notice', 'prior notice'],
  },
  {
    id: 'deleteVerb',
    why: 'A duty to delete or return data ends the vendor’s hold on it.',
    example: 'Provider will delete all Customer Data within 30 days of termination.',
    phrases: [
      'delete', 'deletes', 'deleted', 'deleting', 'deletion', 'destroy', 'destroys', 'destroyed', 'destroying', 'destruction', 'erase',
      'erasing', 'purging', 'wiping',
      'erases', 'erased', 'erasure', 'purge', 'purges', 'purged', 'return', 'returns', 'returned', 'hand back', 'hands back',
      'handed back', 'remove', 'removes',
      'removed', 'removal', 'dispose', 'disposal', 'wipe', 'wiped', 'expunge', 'discard', 'discarded', 'permanently delete',
      'cease processing', 'cease all use', 'extract', 'extracted', 'unlearn', 'unlearned', 'forget', 'forgotten',
      // Media sanitisation (NIST SP 800-88) is deletion in government and security contracts.
      'sanitize', 'sanitizes', 'sanitise', 'sanitises', 'sanitization', 'sanitisation',
      // Training taken back: "turning the setting off doesn't undo training that has already happened". Only with the
      // training named ("cannot be undone" says a deletion is final).
      'undo training', 'undoes training', 'undo any training', 'undo the training', 'reverse training', 'reverses training',
    ],
  },
  {
    id: 'ownVerb',
    why: 'Ownership and assignment decide who may exploit outputs and feedback after the deal ends.',
    example: 'As between the parties, Customer owns all Outputs.',
    phrases: [
      'own', 'owns', 'owned', 'owner', 'ownership', 'title', 'right title and interest', 'vest', 'vests', 'vested',
      // "assignment" alone is as often a piece of schoolwork ("course and assignment text"): only an assignment of a right.
      'belong', 'belongs', 'property of', 'assign', 'assigns', 'assigned', 'assignment of', 'by way of assignment',
      'present assignment', 'such assignment', 'proprietary rights',
      // "… are our property", "shall be its exclusive property".
      // "Images you create with the app are yours", "Your recordings remain yours": the customer's in plain words.
      'are yours', 'is yours', 'remain yours', 'remains yours', 'stay yours', 'stays yours', 'are still yours', 'is still yours',
      'our property', 'its property', 'our exclusive property', 'its exclusive property', 'our sole property', 'its sole property',
      // "claim" settles ownership only when a party claims rights ("does not claim ownership", "claims no rights in"),
      // never as the noun of "its internal claims handling purposes" (agreement 133 § 8.1 read the vendor owning).
      'claim ownership', 'claims ownership', 'claim any ownership', 'claims any ownership', 'claim title', 'claims title',
      'claim rights', 'claims rights', 'claim any right', 'claims any right', 'claim any rights', 'claims any rights',
      'claim any', 'claims any',
      'intellectual property rights', 'intellectual property', 'copyright', 'protectable', 'not unique', 'not be unique',
      'same or similar', 'similar output', 'similar outputs', 'similar content', 'similar results', 'similar responses',
      'ip rights', 'no rights in', 'all rights',
      // "Lumetric acquires no rights to the Inspection Results": the vendor takes nothing in them (270 § 5.3).
      'no rights to', 'acquires no rights', 'acquire no rights', 'obtains no rights', 'obtain no rights',
    ],
  },
  {
    id: 'propertyNoun',
    why: 'After "are" and a party\'s possessive, property names who owns the thing: "Outputs are Provider\'s sole property".',
    example: 'All Reports generated by the Platform are and shall remain Provider’s exclusive property.',
    phrases: [
      'property', 'exclusive property', 'sole property', 'sole and exclusive property', 'exclusive and sole property',
      'proprietary information', 'confidential and proprietary information', 'proprietary and confidential information',
      // "… are ExamWarden's proprietary work product" (blind53).
      'proprietary work product', 'proprietary materials',
      // "… and all other outputs of the Models are proprietary to Veristrand" (blind95-079).
      'proprietary to',
      // "… generated by the Platform are Touchline Lens Proprietary Data" (blind96-36).
      'proprietary data',
    ],
  },
  {
    id: 'ownMaterialNoun',
    why: 'After "are" and a company\'s name, its content or materials say the thing is the company\'s own: "Lesson plans generated by the Assistant are Chalkline Content".',
    example: 'Quizzes generated by the Assistant are Chalkline Content.',
    phrases: ['content', 'materials', 'material'],
  },
  {
    id: 'ownershipNoun',
    why: 'A right named as a thing handed over: what a "transfer" of ownership moves is the right, not the data.',
    example: 'Nothing in this Agreement transfers to Client any ownership of the Platform.',
    phrases: ['ownership', 'title', 'any right', 'any rights'],
  },
  {
    id: 'surviveVerb',
    why: 'Survival keeps rights and duties alive after the contract ends; data-use rights that survive never end.',
    example: 'Sections 4 (Usage Data) and 9 survive termination.',
    phrases: ['survive', 'survives', 'survival', 'surviving', 'remain in effect', 'remain in force', 'continue in effect',
      'continue in force', 'outlast', 'remain in full force', 'shall continue in full force', 'continue to apply',
      // Duties said to go on for ever after the end: "shall continue in perpetuity following termination".
      'continue in perpetuity', 'remain in effect in perpetuity', 'continue indefinitely'],
  },
  {
    id: 'modelUndone',
    why: 'A model "not retrained" or "not rebuilt" keeps what it learned: the customer’s data stays in it.',
    example: 'Models trained before you switch the setting off are not retrained or rolled back.',
    phrases: ['retrained', 're trained', 'rebuilt', 'recalibrated', 'rolled back', 'unlearned'],
  },
  {
    id: 'grantWithdrawn',
    why: 'A permission the customer withdraws or revokes is the customer taking a right back, not granting one.',
    example: 'Provider may name Client as a customer, and Client may withdraw that permission at any time.',
    phrases: [
      'withdraw that permission', 'withdraw this permission', 'withdraw its permission', 'withdraw such permission',
      'revoke that permission', 'revoke this permission', 'revoke its permission', 'revoke such permission',
      'revoke permission', 'withdraw permission', 'revoke that consent', 'withdraw that consent',
      // "Customer may withdraw the licence granted in § 4(a) …": the customer ends the licence it gave.
      'withdraw the licence', 'withdraw the license', 'revoke the licence', 'revoke the license', 'withdraw its licence',
      'withdraw its license', 'revoke its licence', 'revoke its license', 'withdraw that licence', 'withdraw that license',
      // "This permission ends when you delete Your Content": the sentence says when a grant made elsewhere stops.
      // ("When this licence ends, you must delete …" keeps its words: there "ends" dates the customer's own duty.)
      'permission ends', 'permission will end', 'permission terminates', 'permission shall end', 'permission expires',
    ],
  },
  {
    id: 'optOutVerb',
    why: 'An opt-out leaves use on by default; only the customer’s action stops it.',
    example: 'You can turn off "Improve the model for everyone" in Settings.',
    phrases: [
      'opt out', 'opt outs', 'opts out', 'opted out', 'opting out', 'optout', 'turn off', 'turns off', 'turned off', 'switch off',
      'switches off', 'switched off', 'switching off', 'turning off', 'toggled off',
      'toggle off', 'turn this off', 'turn it off', 'switch it off', 'turn them off', 'toggle it off', 'switch this off',
      'turn that off', 'switch that off', 'toggle that off', 'switch them off',
      // "A Customer administrator may turn the setting off at any time" (agreement 145 § A.4).
      'turn the setting off', 'turns the setting off', 'switch the setting off', 'switches the setting off', 'turn that setting off',
      'turn the feature off', 'switch the feature off', 'turn the option off', 'turn the toggle off', 'disable', 'disables', 'disabled', 'disabling', 'untick', 'uncheck', 'deselect', 'withdraw consent',
      'withdraw your consent', 'withdraw its consent', 'withdraw permission', 'withdraw your permission', 'withdraw its permission', 'withdraw their permission',
      // "The Customer may … withdraw its agreement under clause 6.2, whereupon …": agreement given to a use is consent.
      'withdraw its agreement', 'withdraw your agreement', 'withdraw their agreement', 'withdraws its agreement',
      // "Customer may withdraw its Terminal Data from the model training described in Section 3.1" (blind80): the data
      // itself taken out of the use.
      'withdraw its', 'withdraw your', 'withdraw their', 'withdraws its',
      'revoke your permission', 'revoke permission', 'leave the program', 'leave the programme', 'opt back out', 'revoke consent', 'revoke your consent', 'object',
      'objects', 'right to object', 'exclude', 'exclusion', 'deactivate', 'deactivating', 'change your settings',
      'adjust your settings', 'manage your preferences', 'request that we not', 'ask us not to', 'stop sharing',
      'stop us from', 'prevent us from', 'choose not to', 'elect not to', 'decline', 'unsubscribe', 'pause', 'is off', 'are off',
      // "The Broker may by written notice elect that its Submission Data shall not be used for the purposes in clause 7.5".
      'elect that', 'elects that',
      'is turned off', 'are turned off', 'is switched off', 'is disabled', 'are disabled',
      // "Customer may ask Vendor to stop creating De-identified Data": the infinitive after asking or requiring is the
      // customer's lever ("Vendor will stop using it on termination" has no "to" and is no control).
      'to stop creating', 'to stop using', 'to stop processing', 'to stop collecting', 'to cease using', 'to cease creating',
      'to cease processing',
      // "require the Supplier to cease including Vehicle Data in the preparation of Aggregated Fleet Insights".
      'to cease including', 'to stop including',
      // "may request an exemption from abuse-monitoring retention": being exempted from a use is the customer's way out.
      'request an exemption', 'requests an exemption', 'apply for an exemption',
      // "Client may withdraw from the Data Cooperative at any time": leaving what it was enrolled in.
      'withdraw from', 'withdraws from',
      // "Customer may … withdraw the authorisation in Section 3.3": taking back the grant it gave.
      'withdraw the authorisation', 'withdraw the authorization', 'withdraw the permission', 'withdraw its authorisation',
      'withdraw its authorization', 'withdraw its permission', 'withdraw the consent',
      'withdraw the licence', 'withdraw the license', 'revoke the licence', 'revoke the license', 'withdraw its licence',
      'withdraw its license', 'revoke its licence', 'revoke its license', 'withdraw that licence', 'withdraw that license',
      // "This permission ends when you delete Your Content": the sentence says when a grant made elsewhere stops.
      // ("When this licence ends, you must delete …" keeps its words: there "ends" dates the customer's own duty.)
      'permission ends', 'permission will end', 'permission terminates', 'permission shall end', 'permission expires',
    ],
  },
  {
    id: 'customerSetting',
    why: 'A setting the customer has made ("preferences you have set") is its lever, whoever the sentence says must respect it.',
    example: 'Nothing in this section changes the data sharing preferences you have set for model training.',
    phrases: [
      'preferences you have set', 'preferences you set', 'preferences you have chosen', 'settings you have chosen',
      'settings you have selected', 'settings you choose', 'choices you have made', 'choices you make', 'your privacy settings',
      'your data sharing preferences', 'your sharing preferences', 'your data controls',
      // "any shorter period that you set in your retention settings": what the customer sets decides the keeping.
      'that you set', 'you set in your', 'your retention settings', 'you have configured', 'you configure in',
    ],
  },
  {
    id: 'controlCue',
    why: 'A setting or choice the customer controls decides whether its data is used; it is the customer’s lever.',
    example: 'You can choose whether your content is used to improve our models in Settings.',
    phrases: [
      'choose whether', 'control whether', 'decide whether', 'controls whether', 'determines whether', 'decides whether', 'configure', 'settings', 'setting', 'preferences', 'toggle',
      'option to', 'the option', 'refuse', 'instruct', 'data controls', 'privacy settings', 'privacy controls',
      'per project basis', 'require activation', 'requires activation', 'is opt in', 'are opt in', 'optionally', 'checkbox',
      'determine which', 'decide which', 'choose which', 'control which', 'select which',
      'check box', 'tick box', 'dashboard', 'console',
    ],
  },
  {
    id: 'optInVerb',
    why: 'Use that waits for the customer’s consent or opt-in is a protection, not a grant.',
    example: 'We train on your recordings only if you opt in.',
    phrases: [
      'opt in', 'opted in', 'opt into', 'opts in', 'opting in', 'consent', 'consents', 'consented', 'enable', 'enables',
      'enabled', 'turn on', 'turned on', 'turns on', 'switch on', 'switches on', 'switched on', 'choose to', 'chooses to', 'chose to', 'elect to', 'elects to',
      'agree to share', 'allow us', 'authorize us', 'explicit permission', 'express permission', 'explicit consent',
      'approve', 'approves', 'instruct', 'instructs', 'instruction', 'instructions', 'if you agree',
    ],
  },
] as const satisfies readonly WordSet[];

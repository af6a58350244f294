// When: after termination or deletion, for fixed periods, indefinitely, in backups; and the breadth of a licence.
// Data only.
import type { WordSet } from '../wordSet';

export const TIME_SETS = [
  {
    id: 'generalProvisions',
    why: 'Clauses on fees, liability or governing law that outlive the contract keep nothing of the customer\u2019s data.',
    example: "Clauses 17 (Liability) and 19 (Governing Law) survive termination.",
    phrases: [
      'fees', 'payment', 'payment terms', 'indemnity', 'indemnities', 'indemnification', 'governing law', 'jurisdiction',
      'liability', 'limitation of liability', 'limitations of liability', 'disclaimers', 'notices', 'dispute resolution',
      'arbitration', 'miscellaneous', 'force majeure', 'entire agreement', 'severability', 'accrued rights',
    ],
  },
  {
    id: 'dataTopics',
    why: 'A survival list that names confidentiality, proprietary rights or licences keeps rights over the data alive.',
    example: 'Provisions on confidentiality, proprietary rights and governing law survive termination.',
    phrases: [
      'confidentiality', 'confidential', 'proprietary rights', 'intellectual property', 'ownership', 'licence', 'license',
      'licences', 'licenses', 'privacy', 'data protection', 'security', 'effects of termination', 'effect of termination',
      'return of', 'deletion', 'retention', 'use of data', 'data',
    ],
  },
  {
    id: 'endEvent',
    why: 'Termination, expiry, account closure and deletion are when data rights should stop.',
    example: 'after termination of this Agreement',
    phrases: [
      'termination', 'terminate', 'terminates', 'terminated', 'expiration', 'expiry', 'expire', 'expires', 'expired',
      'cancellation', 'cancel', 'cancels', 'cancelled', 'canceled', 'end of', 'ends', 'closure', 'close your account',
      'closes', 'closed', 'account deletion', 'deactivation', 'deactivate', 'delete your account', 'deletes your account',
      'delete their account', 'deleted your account', 'account is deleted', 'account is closed', 'you delete',
      'leave', 'leaves', 'unsubscribe', 'the term', 'after you delete', 'after deletion', 'following deletion',
      'stop using', 'stops using', 'cease using', 'ceases using',
    ],
  },
  {
    id: 'afterEnd',
    why: 'Use or retention that continues after deletion, closure or termination outlives the customer’s exit.',
    example: 'We may keep using aggregated data even after you delete your account.',
    phrases: [
      'after you delete', 'even after you delete', 'after you update or delete', 'after deletion', 'after termination',
      'following termination', 'after the term', 'after expiration', 'after expiry', 'after your account is closed',
      'after account closure', 'after you close', 'post termination', 'after the agreement ends', 'beyond the term',
      'after the end of', 'following the end of', 'after you cancel', 'after cancellation', 'after you leave',
      'after your account is deleted', 'after account deletion', 'following deletion', 'following account deletion',
      'survive termination', 'survive expiration', 'survive any termination', 'after it is deleted', 'once deleted',
      'after the last', 'after your last', 'following expiration', 'following the termination', 'after the termination',
      'after the expiration', 'after you stop', 'even if you delete', 'even after deletion', 'even if you close',
      'even if you cancel', 'even if you leave', 'even if you terminate', 'after you close your account',
      // "Either of us may end these Terms …, and clauses 2.6 and 8 continue to apply after they end."
      'after they end', 'after it ends', 'after these terms end', 'after the terms end', 'after this agreement ends',
    ],
  },
  {
    id: 'periodUnit',
    why: 'A fixed retention period ("for 25 months") is retention even without the word "retain".',
    example: 'Logs are kept for 90 days.',
    phrases: ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours', 'hour', 'business days'],
  },
  {
    id: 'boundedPeriod',
    why: '"for longer than thirty days" bounds a period (often in a ban on keeping data longer); it is not open-ended.',
    example: 'Each provider is prohibited from keeping prompts for longer than thirty days.',
    phrases: ['for longer than', 'for no longer than', 'no longer than', 'not longer than', 'for any longer than'],
  },
  {
    id: 'withinTerm',
    why: 'Keeping "during the term of this Agreement" is bounded by the contract, not open-ended; "the term" names no end here.',
    example: 'Customer grants Supplier a right to store the Operational Data during the term of this Agreement.',
    phrases: [
      'during the term', 'for the term', 'throughout the term', 'during the subscription term', 'during its term', 'for the duration of this',
      // "we keep transcripts for as long as your workspace remains active": the customer's own account bounds the keeping.
      'as long as your account remains active', 'as long as your workspace remains active', 'as long as your account is active',
      'as long as your workspace is active', 'as long as your account is open', 'as long as your account remains open',
      'as long as your subscription remains active', 'as long as your subscription is active',
      'while your account remains active', 'while your workspace remains active', 'while your account is open', 'while your account is active',
      // "a license, revocable upon expiration or termination of this Agreement, to … store … during the Term": the end
      // named is where the licence stops, not a keeping after it (370 § 4.2 was deleted as open-ended retention).
      'revocable upon expiration or termination', 'revocable upon termination or expiration', 'revocable upon termination',
      'revocable upon expiry or termination', 'revocable on expiry or termination', 'revocable on termination',
      'terminating upon expiration or termination', 'terminating automatically upon expiration or termination',
      'which terminates upon expiration or termination', 'which terminates automatically on termination',
    ],
  },
  {
    id: 'endingOpener',
    why: 'The word that opens the time a deletion is dated by, whatever the contract calls its end ("after these Terms end").',
    example: 'We will delete your files within thirty days after these Terms end.',
    phrases: ['after', 'following', 'upon'],
  },
  {
    id: 'measuredBy',
    why: 'A period measured by something that goes on ("for so long as Developer retains the data") names that thing to say how long, not to permit it.',
    example: 'Article 6 survives for so long as Developer retains any part of the Licensed Dataset.',
    phrases: ['for so long as', 'so long as', 'for as long as', 'as long as'],
  },
  {
    id: 'openEnded',
    why: 'Retention or a licence with no end outlives the relationship.',
    example: 'We may retain aggregated data indefinitely.',
    phrases: [
      'indefinitely', 'indefinite', 'perpetual', 'perpetually', 'perpetuity', 'forever', 'never be deleted', 'as long as',
      'for so long as', 'as long as necessary', 'as long as needed', 'reasonable period', 'unlimited',
      'entire duration', 'no end', 'permanent', 'permanently', 'without time limit', 'unspecified period',
      'indefinite period', 'longer periods', 'for longer', 'no obligation to delete', 'not obligated to delete',
      'without limitation in time', 'without limit in time', 'unlimited in time',
    ],
  },
  {
    id: 'planAllowance',
    why: 'An allowance of a plan ("unlimited uploads") is a quantity, not a period that data or a licence lasts.',
    example: 'Clubs on the Premier plan get unlimited uploads and unlimited users.',
    phrases: [
      'unlimited uploads', 'unlimited users', 'unlimited seats', 'unlimited storage', 'unlimited projects', 'unlimited hours',
      'unlimited minutes', 'unlimited messages', 'unlimited downloads', 'unlimited access', 'unlimited searches',
      'unlimited documents', 'unlimited contacts', 'unlimited devices', 'unlimited workspaces', 'unlimited queries',
    ],
  },
  {
    id: 'whileNeeded',
    why: 'Retention "as long as necessary to provide the Services" ends with the need; it is open-ended only when the need is the vendor’s own.',
    example: 'We keep your files only for as long as needed to provide the service.',
    phrases: ['as long as', 'for so long as', 'so long as', 'as long as necessary', 'as long as needed', 'as long as reasonably necessary'],
  },
  {
    id: 'backup',
    why: 'Backups and archives keep deleted data alive.',
    example: 'Deleted content may remain in backups for 35 days.',
    phrases: [
      'backup', 'backups', 'back up', 'back ups', 'archive', 'archives', 'archival', 'snapshot', 'snapshots',
      'disaster recovery', 'residual copies', 'cached copies', 'backup copies', 'archived copies', 'copies may remain',
    ],
  },
  {
    id: 'persistVerb',
    why: 'Data that "may persist" or "may remain" after deletion is retention in all but name.',
    example: 'Some information may remain after you delete your account.',
    phrases: ['persist', 'persists', 'remain', 'remains', 'continue to exist', 'linger', 'still be', 'may still', 'even after'],
  },
  {
    id: 'licenceBreadth',
    why: 'Perpetual, irrevocable, sublicensable or transferable rights outlast the deal and pass to others.',
    example: 'a perpetual, irrevocable, worldwide, sublicensable licence',
    phrases: [
      'perpetual', 'perpetually', 'irrevocable', 'irrevocably', 'sublicensable', 'sublicenseable', 'sub licensable',
      'sub licenseable', 'transferable', 'transferrable', 'fully transferable', 'assignable', 'unconditional', 'unlimited',
      'exclusive', 'with the right to sublicense', 'right to sublicense', 'right to grant a sublicense',
      'territorially unlimited', 'in perpetuity',
    ],
  },
  {
    id: 'licenceTerms',
    why: 'Worldwide, royalty-free and fully paid describe any service licence; they do not make it broad by themselves.',
    example: 'a worldwide, royalty-free licence to host the content',
    phrases: ['worldwide', 'world wide', 'royalty free', 'fully paid', 'fully paid up'],
  },
  {
    id: 'ipRightVerb',
    why: 'Copying, displaying, modifying and distributing are the exclusive rights of a copyright owner: a list of them is a licence.',
    example: 'Provider may copy, display, modify and distribute Customer Content.',
    phrases: [
      'copy', 'copies', 'reproduce', 'reproduces', 'display', 'displays', 'modify', 'modifies', 'adapt', 'adapts', 'translate',
      'publish', 'publishes', 'distribute', 'distributes', 'create derivative works', 'derivative works', 'publicly perform',
      'publicly display', 'perform', 'transmit', 'broadcast', 'reformat', 'edit', 'host', 'communicate', 'sublicense',
      // The same rights named as nouns: "the syndication, broadcast, distribution or publication of such Content".
      'syndication', 'syndicate', 'distribution', 'publication', 'reproduction', 'public display', 'public performance',
    ],
  },
  {
    id: 'editingRight',
    why:
      'Modifying, adapting, translating or reproducing (copying) the data is a right over the data itself; kept to ' +
      'serving the customer it improves no product and publishes nothing.',
    example: 'a licence to use, reproduce and modify Client Data solely to the extent necessary to perform the Services',
    phrases: ['modify', 'modifies', 'modifying', 'adapt', 'adapts', 'translate', 'reformat', 'edit', 'reproduce', 'reproduces', 'reproducing',
      // A transcript or a summary is a derivative work of the call: kept to the service, making one is the service.
      'derivative works', 'derivative work', 'create derivative'],
  },
  {
    id: 'assignVerb',
    why: 'Whoever assigns or transfers a right gives it away: the one it goes to becomes its owner.',
    example: 'Supplier hereby assigns to Client all rights in the Outputs.',
    phrases: ['assign', 'assigns', 'assigned', 'transfer', 'transfers', 'transferred', 'convey', 'conveys'],
  },
  {
    id: 'wideUse',
    why: 'Rights to publish, redistribute or make derivative works go far beyond running the service.',
    example: 'to reproduce, modify, publish and distribute your content',
    phrases: [
      'derivative works', 'derivative work', 'create derivative', 'modify', 'adapt', 'publish', 'republish', 'distribute',
      'redistribute', 'publicly display', 'publicly perform', 'reproduce', 'commercially exploit', 'commercialize',
      'commercialise', 'sell', 'syndicate', 'sublicense', 'sublicence', 'sub license', 'translate', 'reformat', 'exploit',
      'give those same rights to others', 'make available to third parties',
    ],
  },
] as const satisfies readonly WordSet[];

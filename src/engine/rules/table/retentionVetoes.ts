// Vetoes of the retention rules: a keeping that is a duty to record, bounded by the term or by need, dated by a
// deletion, carved out for backups or kept only for safety. Pure: queries over the clause frame.
import type { ClauseFrame, Cue, Predicate } from '../../reading/frame';
import type { RuleInput, Veto } from '../ruleTypes';
import { affirmed, bareWord, conditionCue, cue, has, object, reads, wordsAfter, wordsBefore } from '../queries';

/** "hold in confidence", "keep Customer Data logically separated from the data of other customers": a security duty. */
export const KEPT_SECURE = {
  reason: 'keeping the data in confidence or apart is a security duty, not retention',
  when: ({ predicate: p }: RuleInput) => p.cues.some((c) => c.set === 'securityMeasure'),
};

/** What a party may hold that is no copy of anything: rights, licences, consents, title. */
const RIGHTS_HELD: ReadonlySet<string> = new Set([
  'right', 'rights', 'licence', 'licences', 'license', 'licenses', 'consent', 'consents', 'title', 'authority',
  'permission', 'permissions', 'authorisation', 'authorisations', 'authorization', 'authorizations', 'interest', 'interests',
]);
/**
 * "warrants that it holds all necessary rights in the Listing Content", "retains all right, title and interest in the
 * Service": keeping a right, within three words of the verb, is having it; no copy of any data is kept.
 */
export const RIGHT_HELD = {
  reason: 'what is held or retained is a right (title, licence, consent), not a copy of the data',
  when: ({ predicate: p, frame }: RuleInput) => {
    const keep = affirmed(p, 'retain');
    if (keep === undefined) return false;
    const next = frame.text.slice(keep.end - frame.start).trim().split(' ').slice(0, 3);
    return next.some((word) => RIGHTS_HELD.has(word.toLowerCase().split(',').join('')));
  },
};

/** Words that name a provision of the contract: "Section 4", "the confidentiality obligations", "this Agreement". */
const PROVISION_WORDS: ReadonlySet<string> = new Set([
  'section', 'sections', 'clause', 'clauses', 'article', 'articles', 'paragraph', 'paragraphs', 'schedule', 'agreement',
  'terms', 'provisions', 'obligations', 'confidentiality',
]);
/**
 * "Section 4 will continue to apply to any retained Customer Content for as long as it is retained": a provision said
 * to go on applying to data the vendor keeps extends its protection over that data; the keeping is granted elsewhere
 * (audit75, 215 § 6.4 lost the sentence as if it were a right to keep).
 */
export const PROVISION_FOLLOWS_DATA = {
  reason: 'a provision said to go on applying to data the vendor keeps extends its protection over it; it grants no keeping',
  when: ({ predicate: p, frame }: RuleInput) => {
    const goesOn = p.actions.find((a) => a.kind === 'survive' && !a.negated && a.text.toLowerCase().split(' ').includes('apply'));
    if (!goesOn) return false;
    const subject = frame.text.slice(0, Math.max(0, goesOn.start - frame.start)).toLowerCase().split(' ');
    // The keeping only described ("any retained Customer Content"), never stated ("any Data that Recipient retains").
    const keeping = p.actions.filter((a) => a.kind === 'retain');
    return subject.some((w) => PROVISION_WORDS.has(w)) && keeping.every((a) => a.start > goesOn.start && a.text.toLowerCase().endsWith('ed'));
  },
};

/** "keep records of the datasets used to train the models": a duty to document training, not data kept. */
export const RECORD_DUTY = {
  reason: 'keeping records of what a model was trained on is a duty to document, not customer data kept',
  when: ({ predicate: p }: RuleInput) => has(p, 'disclosureDuty') && object(p, 'customer-data', 'output') === undefined,
};

/**
 * "We keep your prompts only as long as needed to provide the service and then delete them": retention that lasts while
 * the customer is served, or that a deletion in the same clause ends, is bounded; a need of the vendor's own ("as long
 * as necessary for our business purposes") or a plain "indefinitely" stays open-ended.
 */
/**
 * "a right to use, copy and store the Operational Data … during the term of this Agreement": the only end the clause
 * names is the term it lasts for, so the keeping ends with the contract (it is not open-ended).
 */
export const WITHIN_THE_TERM = {
  reason: 'kept only during the term of the agreement: bounded by the contract, not open-ended',
  when: ({ predicate: p }: RuleInput): boolean => {
    const within = p.cues.filter((c) => c.set === 'withinTerm');
    const ends = p.cues.filter((c) => c.set === 'endEvent' || c.set === 'openEnded' || c.set === 'persistVerb');
    // An open-ended word inside the bound itself ("for as long as your workspace remains active") is the bound.
    return within.length > 0 && !has(p, 'afterEnd') && ends.every((c) => c.set === 'persistVerb' || within.some((w) => w.start <= c.start && c.end <= w.end));
  },
};
const CUSTOMER_PARTY: ReadonlySet<string> = new Set(['docCustomer', 'customerRole', 'customerYou']);
/**
 * "on expiry or termination it shall provide the Buyer with a complete copy of Buyer Data, including … transcripts still
 * held": the data handed back to the customer at exit is a return, not a keeping (289 § 5.1 lost part of the Buyer's
 * exit right to a strike).
 */
const HANDOVER_VERBS = ['provide', 'deliver', 'return', 'give', 'send', 'supply'];
export const HANDED_BACK = {
  reason: 'the data is handed back to the customer (a copy for the customer at exit), not kept by the vendor',
  when: ({ predicate: p, frame }: RuleInput): boolean => {
    if (p.actions.some((a) => a.kind === 'retain' && !a.negated && !a.relative && !a.topic)) return false;
    const text = frame.text.toLowerCase();
    // "… will make all Customer Lease Data available for export …; Leasewright will thereafter permanently delete …": the
    // window after the end is the customer's to take its data out (blind75).
    if (EXPORT_WINDOWS.some((words) => text.includes(words)) && frame.predicates.some((q) => q.actions.some((a) => a.kind === 'delete' && !a.negated))) return true;
    const copyAt = Math.max(text.indexOf('copy of '), text.indexOf('copies of '));
    if (copyAt < 0) return false;
    const before = text.slice(Math.max(0, copyAt - HANDOVER_REACH), copyAt);
    const handed = HANDOVER_VERBS.some((verb) => before.includes(`${verb} `));
    return handed && frame.cues.some((c) => CUSTOMER_PARTY.has(c.set) && c.start - frame.start >= copyAt - HANDOVER_REACH && c.start - frame.start < copyAt);
  },
};
const HANDOVER_REACH = 60;
const EXPORT_WINDOWS: readonly string[] = ['available for export', 'available for download', 'available for retrieval', 'available to customer for export'];
const PARTY: ReadonlySet<string> = new Set([...CUSTOMER_PARTY, 'docVendor', 'vendorRole', 'vendorWe', 'providerName']);
const RIGHT_WORDS: ReadonlySet<string> = new Set(['rights', 'right', 'licence', 'license']);
/**
 * "Customer's rights in those elements are limited to a perpetual, non-exclusive licence to use them for … record-keeping":
 * the lasting word belongs to the customer's own licence, which it needs after exit (audit99, 259 § 3.4 lost "perpetual").
 */
export const CUSTOMERS_OWN_LICENCE = {
  reason: 'the lasting right is the customer\'s own licence, not a keeping by the vendor',
  when: ({ frame }: RuleInput): boolean => {
    const lasting = frame.cues.filter((c) => c.set === 'openEnded');
    return lasting.length > 0 && lasting.every((o) => {
      const party = frame.cues.filter((c) => PARTY.has(c.set) && c.end <= o.start).pop();
      return party !== undefined && CUSTOMER_PARTY.has(party.set) && RIGHT_WORDS.has((wordsAfter(frame, party.end, 1)[0] ?? '').toLowerCase());
    });
  },
};
export const BOUNDED_BY_NEED = {
  reason: 'kept only while the customer is served, or until the deletion the clause promises: a bounded term, not open-ended retention',
  when: ({ predicate: p, frame }: RuleInput): boolean => {
    const open = p.cues.filter((c) => c.set === 'openEnded');
    if (open.length === 0 || !open.every((c) => reads(p, c, 'whileNeeded'))) return false;
    const keep = affirmed(p, 'retain', 'use', 'grant');
    const deleteAfter = p.actions.some((a) => a.kind === 'delete' && !a.negated && keep !== undefined && a.start > keep.start);
    // "We keep X for as long as your subscription continues, and we will delete X within 30 days after it ends": the
    // deletion at the end, promised in the sentence's next clause, bounds the keeping just as well.
    const deletedAtEnd = frame.predicates.some((q) => {
      const del = q === p ? undefined : affirmed(q, 'delete');
      // The end named by the vocabulary ("after termination") or by a time condition ("after these Terms end").
      const ends = del === undefined ? false : cue(q, 'afterEnd') !== undefined || q.conditions.some((c) => c.start > del.start && reads(frame, c.opener, 'endingOpener'));
      return del !== undefined && ends && keep !== undefined && del.start > keep.start;
    });
    // "only for so long as necessary to perform the Services": "so long as" opens a condition of its own, and the
    // service it names is read there (334 § 5.8, a retention limit read as open-ended keeping and struck).
    const servingCondition = p.conditions.some((c) => c.kind === 'customer-serving');
    return deleteAfter || deletedAtEnd || ((has(p, 'customerServing') || servingCondition) && !has(p, 'vendorEnds', 'anyPurpose'));
  },
};
/**
 * "5.5 Legal Process. If Company receives a subpoena … Company may preserve Footage responsive to any such request for
 * so long as the request remains pending": keeping what a legal demand covers while it is pending is a legal hold the
 * customer needs as much as the vendor; struck, it invited spoliation (audit136, 335 § 5.5).
 */
export const HELD_FOR_LEGAL_PROCESS = {
  reason: 'the data is kept only while a subpoena, court order or other legal demand for it is pending: a legal hold',
  when: ({ predicate: p, frame }: RuleInput): boolean => {
    const demanded = frame.cues.some((c) => c.set === 'legalDemand') || (frame.heading?.cues.some((c) => c.set === 'legalDemand') ?? false);
    const kept = frame.text.toLowerCase();
    const pending = kept.includes('remains pending') || kept.includes('remain pending');
    // The demand may be named in the sentence before ("any such request"): what answers it, while it is pending.
    return affirmed(p, 'retain') !== undefined && ((demanded && (pending || kept.includes('responsive to'))) || (pending && kept.includes('responsive to')));
  },
};
/** "… and delete them within 30 days after termination": the end word dates the deletion, not the keeping. */
export const END_DATES_DELETION = {
  reason: 'the end named dates the deletion the clause promises ("delete them within 30 days after termination"), not data kept after it',
  when: ({ predicate: p }: RuleInput): boolean => {
    const del = affirmed(p, 'delete');
    const end = cue(p, 'afterEnd');
    return del !== undefined && end !== undefined && del.start < end.start;
  },
};

/**
 * "Transcripts are kept for the life of the SOW … and are deleted within 60 days after the SOW ends": with nothing
 * open-ended, the end the clause names dates the deletion it promises after the keeping, not keeping past the end.
 */
export const END_DATES_LATER_DELETION = {
  reason: 'the end named dates the deletion that follows the keeping ("kept for the term and deleted within 60 days after it ends"), not data kept after it',
  when: ({ predicate: p }: RuleInput): boolean => {
    const del = affirmed(p, 'delete');
    const end = cue(p, 'endEvent');
    return !openEndedKeeping(p) && del !== undefined && end !== undefined && del.start < end.start;
  },
};

/**
 * "We delete your data within 30 days. Residual copies may remain in backups for up to 90 days." Backup copies kept
 * after a deletion that the sentence or its paragraph has promised are that deletion's carve-out, never the risk of
 * data kept for use: the open-ended and after-the-end RISK rules stand down. A backup sentence of its own stays a
 * neutral note (the backup period is what the lawyer reads); inside the deletion's own sentence the neutral rules
 * already yield to the deletion. Copies kept without end ("indefinitely") stay a risk. A backup period told first and
 * ended by a deletion ("may be held in backups for 30 days. At the end of this period, the data will be deleted.") is a
 * retention term with its end, read as any other.
 */
export const BACKUP_CARVE_OUT = {
  reason: 'backup copies kept after a deletion the clause has promised are that deletion’s carve-out (a period to read), not data kept for use',
  when: ({ predicate: p, frame, paragraph }: RuleInput): boolean => {
    const backup = cue(frame, 'backup');
    if (backup === undefined || has(p, 'openEnded') || p.actor.side === 'customer') return false;
    return paragraph.deletesBefore || frame.predicates.some((q) => q.actor.side !== 'customer' && (affirmed(q, 'delete')?.start ?? Infinity) < backup.start);
  },
};

/**
 * "may retain Customer Data after this Agreement ends only to the extent and for as long as applicable law requires":
 * keeping limited to a legal, security or abuse purpose is the narrow carve-out lawyers accept (noted, not a risk).
 */
export const KEPT_ONLY_FOR_SAFETY = {
  reason: 'kept after the end only for a legal, security or abuse purpose: the accepted narrow carve-out (the keeping is noted)',
  when: ({ predicate: p, frame }: RuleInput): boolean =>
    (has(p, 'limiter') || conditionCue(frame, p, 'limiter') !== undefined || cappedPeriod(frame)) &&
    (has(p, 'safetyPurpose') || conditionCue(frame, p, 'safetyPurpose') !== undefined) &&
    !frame.cues.some((c) => VENDOR_PURPOSE_SETS.has(c.set) && !namesData(frame, c)),
};

const VENDOR_PURPOSE_SETS = new Set<string>(['vendorEnds', 'anyPurpose', 'aiNoun', 'trainVerb', 'improveVerb']);
/**
 * "… for so long as it requires them to comply with the … Act, and in any event for no longer than five years": a cap
 * on the period ("no longer than" before a unit of time) limits the keeping as "only" does.
 */
const cappedPeriod = (frame: ClauseFrame): boolean =>
  frame.cues.some((b) => b.set === 'boundedPeriod' && frame.cues.some((u) => u.set === 'periodUnit' && u.start > b.end && u.start - b.end <= CAP_REACH));
/** Characters between "no longer than" and its unit: room for the number ("five (5)", "thirty-six"). */
const CAP_REACH = 24;
/** "Model Outputs", "AI Output": an AI word that opens the name of the data kept names the data, not a purpose. */
const namesData = (frame: ClauseFrame, c: Cue): boolean =>
  c.set === 'aiNoun' && frame.predicates.some((q) => q.objects.some((o) => o.start >= c.end && o.start - c.end <= 1));

/** An open-ended cue that is not the manner of a deletion ("after which it is permanently deleted"). */
/** "permanently delete", "permanently deleted": the word says how thoroughly data goes, not how long anything lasts. */
export const describesDeletion = (p: Predicate, c: Predicate['cues'][number]): boolean =>
  p.actions.some((a) => a.kind === 'delete' && ((a.start <= c.start && c.end <= a.end) || (a.start > c.end && a.start - c.end <= 2)));
export const openEndedKeeping = (p: Predicate): boolean => p.cues.some((c) => c.set === 'openEnded' && !describesDeletion(p, c));

/** "kept for as long as tax rules require", "as long as the law requires": the law sets the end, not the vendor. */
const POINTING_WORDS = new Set(['that', 'the', 'such', 'this']);
const DUTY_KINDS = new Set(['legal', 'statutory', 'regulatory']);
const LAW_DUTY_WORDS = new Set(['requirement', 'requirements', 'obligation', 'obligations']);
export const LAW_SETS_THE_END = {
  reason: 'the keeping lasts only as long as the law requires: the law, not the vendor, sets its end',
  when: ({ predicate: p, frame }: RuleInput) => {
    const open = p.cues.filter((c) => c.set === 'openEnded');
    // "records as it is required to keep by … applicable law, for so long as that requirement subsists": the duration
    // points back at the law's requirement by name (blind80).
    const requirementNamed = (end: number) => {
      const [first = '', second = '', third = ''] = frame.text.slice(end - frame.start, end - frame.start + 40).toLowerCase().split(' ').filter((w) => w !== '');
      return POINTING_WORDS.has(first) && (LAW_DUTY_WORDS.has(second) || (DUTY_KINDS.has(second) && LAW_DUTY_WORDS.has(third)));
    };
    return open.length > 0 && open.every((o) => requirementNamed(o.end) || p.cues.some((c) => c.set === 'safetyPurpose' && c.start >= o.end && c.start - o.end <= 20));
  },
};


/**
 * "…, save that Lumacrest may retain Client Data to the extent required by law and in its disaster-recovery backups,
 * which are purged on a rolling twelve (12) month cycle": the law's copies and backups that expire are the deletion's
 * standard carve-out, which the lawyer does not send back (fresh183a, blind98 first runs). "may retain one copy for its
 * records" or archives kept without end are still for review. The backups' period may close the sentence ("until …
 * overwritten …, which occurs within 180 days").
 */
export const STANDARD_CARVE_OUT = {
  reason: 'a copy the law requires, or a backup that expires, is the deletion’s standard carve-out',
  when: ({ predicate: p, frame }: RuleInput) => has(p, 'lawRequires') || requiredByRules(frame) || (has(p, 'backup') && has(frame, 'periodUnit') && !has(p, 'openEnded')),
};

/** "law", "regulations", "statutes": what a "required by" names as requiring the copy. */
const RULES_OF_LAW: ReadonlySet<string> = new Set(['law', 'laws', 'regulation', 'regulations', 'statute', 'statutes', 'rules', 'legislation']);
/** How many words after "required by" the rules may be named: "required by applicable medical-device regulations". */
const RULES_REACH = 4;
/** "for the period required by applicable medical-device regulations" (blind100-74): rules of law named with their field. */
function requiredByRules(frame: RuleInput['frame']): boolean {
  const words = frame.text.split(' ').filter((w) => w !== '').map(bareWord);
  return words.some((word, i) => word === 'required' && (words[i + 1] === 'by' || words[i + 1] === 'under') &&
    words.slice(i + 2, i + 2 + RULES_REACH).some((w) => RULES_OF_LAW.has(w)));
}


/** "restore from the most recent backup": the words of bringing lost data back. */
const RESTORING: ReadonlySet<string> = new Set(['restore', 'restoring', 'restored', 'restoration', 'recover', 'recovering', 'recovered', 'recovery']);

/**
 * "… sole obligation in respect of lost data shall be to use reasonable efforts to restore from the most recent backup"
 * in a liability cap (blind98-35): the backup is where lost data comes back from, not where it is kept.
 */
export const RESTORED_FROM_BACKUP = {
  reason: 'restoring lost data from a backup is the remedy for its loss, not a right to keep it',
  when: ({ frame, predicate: p }: RuleInput) =>
    affirmed(p, 'retain') === undefined && frame.cues.some((c) => c.set === 'backup' && wordsBefore(frame, c.start, 6).some((w) => RESTORING.has(w))),
};

/**
 * "… shall retain no copy of Student Records save as required by law, in which case Section 9 (Confidentiality) shall
 * continue to apply thereto" (blind100-30): what goes on applying is the clause that keeps the data confidential, named
 * by its heading before the survival verb; it protects the copies the law makes the vendor keep.
 */
export const CONFIDENTIALITY_GOES_ON: Veto = {
  reason: 'what goes on applying is the confidentiality clause, which protects the data still held',
  when: ({ predicate: p, frame }) => {
    const survives = p.actions.find((a) => a.kind === 'survive' && !a.negated);
    if (survives === undefined || !POINTS_TO_KEPT.has(bareWord(wordsAfter(frame, survives.end, 1)[0] ?? ''))) return false;
    return p.cues.some((c) => c.set === 'securityTerm' && c.end <= survives.start) && !has(frame, 'grantVerb', 'aiNoun', 'usageData', 'derivedData');
  },
};
/** "… shall continue to apply thereto", "… to it": the data just said to be kept. */
const POINTS_TO_KEPT: ReadonlySet<string> = new Set(['thereto', 'to', 'in']);
// Protections the customer needs: deletion or return of data, confidentiality and security, audit rights (the
// customer's own controls are in controls.ts). Pure: rows over the clause frame. A duty that falls on the customer is never the vendor's protection.
import { ASSESSMENT_NAMED } from '../assistanceVeto';
import type { ClauseFrame, Predicate } from '../../reading/frame';
import type { Rule, Veto } from '../ruleTypes';
import { AUDIT_AS_VENDOR_PURPOSE, AUDIT_WORD_IN_NAME, COMMERCIAL_AUDIT } from '../auditVetoes';
import { CONFIDENTIALITY_DENIED } from '../deniedConfidential';
import { DELETION_AS_HARM, LIABILITY_DENIED, RESPONSIBILITY_DISCLAIMED } from '../liabilityVetoes';
import { INCLUSION_DENIED } from '../inclusionDenied';
import { action, affirmed, cue, denied, frameFacts, has, object, purposeLimited, reads, wordsAfter } from '../queries';
import { deadlineSet, deletesEarlierData, deletesFromItsSystems, deletesPronoun, storedIn } from './deletedData';
import { CLAIM_CONTEXT, CUSTOMER_DUTY, DEFINITION_ONLY, HEADING_ONLY, IP_INVENTORY, LICENSED_TO_CUSTOMER, SCOPE_DENIED, NOT_CLASSED_AS } from '../vetoes';

const LIABILITY: Veto = {
  reason: 'a liability clause or disclaimer mentions security or confidentiality only to allocate loss',
  // "liability for breach of confidentiality" allocates loss; "shall treat it as confidential, and liability … is
  // uncapped" still promises confidentiality before it speaks of liability.
  when: ({ frame }) => {
    const liability = frame.cues.find((c) => c.set === 'liabilityContext');
    const security = frame.cues.find((c) => c.set === 'securityTerm' || c.set === 'securityMeasure');
    return liability !== undefined && (security === undefined || liability.start < security.start);
  },
};
/**
 * "… provided that Halyard will first remove candidate names, contact details and government identifiers from any
 * Customer Content so used": what goes is taken out of the customer's data, which is kept (de-identified), not deleted
 * (audit68, 197 A.5 read a deletion promise that then shielded the training grant).
 */
/**
 * "… will apply its standard de-identification process to remove client names, party names and matter numbers": the
 * names and numbers removed are the identifiers taken out of data that is kept and used (audit90, 241 Addendum § 3.2
 * read as a deletion promise, which kept the training grant beside it from being struck).
 */
const IDENTIFYING: ReadonlySet<string> = new Set(['names', 'name', 'identifiers', 'identifying', 'addresses', 'numbers', 'identities', 'initials', 'emails']);
const TAKING_OUT: ReadonlySet<string> = new Set(['remove', 'removes', 'removing', 'removed', 'strip', 'strips', 'stripping', 'stripped', 'redact', 'redacts', 'redacting', 'mask', 'masks', 'masking']);
const DE_IDENTIFYING: readonly string[] = ['de-identif', 'deidentif', 'anonymi', 'pseudonymi'];
const REMOVES_IDENTIFIERS: Veto = {
  reason: 'what is removed are identifiers taken out of data that is kept: a de-identification, not a deletion',
  when: ({ predicate: p, frame }) => {
    const removal = action(p, 'delete');
    const bare = (word: string) => (',;.'.includes(word.slice(-1)) ? word.slice(0, -1) : word).toLowerCase();
    // (A definition's "from which Morrow has removed names" is left to the rules on definitions.)
    if (frame.isDefinition || removal === undefined || !wordsAfter(frame, removal.end, 3).some((w) => IDENTIFYING.has(bare(w)))) return false;
    // "will delete your names and contact details within 30 days" deletes them; removing or stripping them, or doing so
    // as part of de-identifying, takes them out of what is kept.
    const text = frame.text.toLowerCase();
    return TAKING_OUT.has(removal.text.toLowerCase()) || DE_IDENTIFYING.some((word) => text.includes(word));
  },
};

const REMOVES_PARTS: Veto = {
  reason: 'what is removed is taken out of the customer’s data, which is kept: a de-identification, not a deletion',
  when: ({ predicate: p, frame }) => {
    const removal = action(p, 'delete');
    const data = object(p, 'customer-data', 'output', 'usage-data', 'confidential');
    if (removal === undefined || data === undefined) return false;
    // "from" right before the data, with the things removed between the verb and it; "model weights derived from
    // Licensee data" names what is deleted by its source, and is deleted.
    return p.cues.some((c) => {
      if (c.set !== 'preposition' || c.text.toLowerCase() !== 'from' || c.start <= removal.end + 1 || c.end > data.start || data.start - c.end > 12) return false;
      const before = frame.text.slice(removal.end - frame.start, c.start - frame.start).trim().split(' ');
      return !SOURCE_WORDS.has((before[before.length - 1] ?? '').toLowerCase());
    });
  },
};
/** Words that name a thing by where it came from ("derived from", "trained on"): the thing itself is what goes. */
const SOURCE_WORDS: ReadonlySet<string> = new Set(['derived', 'generated', 'created', 'built', 'obtained', 'made', 'produced', 'collected', 'extracted', 'copied', 'developed', 'resulting']);
const HOUSEKEEPING: Veto = {
  reason: 'the vendor removing inactive or rule-breaking accounts is housekeeping, not a deletion promise',
  when: ({ frame }) => has(frame, 'inactivity'),
};
const VENDOR_MATERIAL: Veto = {
  reason: 'the material is the vendor’s own (software, documentation), not the customer’s data',
  // "(i) Kubient will cease providing the Services; … (iv) each Party will return or destroy the other Party's
  // Confidential Information": the vendor's service named elsewhere in the sentence does not make the confidential
  // information the clause deletes the vendor's own. A clause that names the vendor's material first ("cease use of the
  // Software, Documentation and other proprietary information") is about that material.
  // "Customer may export its Machine Data through the Service, after which Company will delete Machine Data …": the
  // vendor's service named in another clause of the sentence does not make the data this clause deletes the vendor's.
  when: ({ frame, predicate: p }) =>
    frameFacts(frame).vendorMaterial && !frameFacts(frame).customerObjects && !namesInformationFirst(p) && !dataOfItsOwn(p, frame),
};
/**
 * The deleting clause names data of its own soon after its verb ("delete the relevant Firm Materials"), and the
 * vendor's material only as the place it is deleted from ("… from the Platform"), if at all.
 */
const dataOfItsOwn = (p: Predicate, frame: ClauseFrame): boolean => {
  const deletes = affirmed(p, 'delete');
  // "… delete all documents stored in the Service" (blind58): where the data is kept is a place too.
  const place = (o: { start: number }) => p.cues.some((c) => c.set === 'removalPlace' && c.end < o.start && o.start - c.end <= 1) || storedIn(frame, o.start);
  return (deletes !== undefined && !p.objects.some((o) => o.kind === 'vendor-material' && !place(o)) &&
    p.objects.some((o) => o.kind === 'generic' && o.start >= deletes.end && o.start - deletes.end <= 30)) || deletesFromItsSystems(frame, p);
};
const namesInformationFirst = (p: Predicate): boolean => {
  const first = p.objects[0];
  return first !== undefined && first.kind === 'confidential';
};

/**
 * "After the trial period, we delete your files": the vendor stating, without a modal, that deleting is what it does.
 * Deleting as the aim of another verb ("employs AI to detect and remove spam") is not a statement of practice.
 */
const statesDeletion = (p: Predicate): boolean => {
  if (p.actor.side !== 'vendor' || p.modal !== undefined) return false;
  // "has introduced a process for automatically deleting your data": "a process" is a noun, not the first act.
  const first = p.actions.find((a) => !a.inSubject && !a.topic && !a.nominal);
  // "We retain Customer Data only as long as needed … and then delete it": keeping that ends in a stated deletion.
  return first?.kind === 'delete' || (first?.kind === 'retain' && !first.negated && affirmed(p, 'delete') !== undefined);
};

/** A notice verb of the clause, and a security event named after it in the sentence (its object or its condition). */
/** A notice verb after the clause's modal, in the clause or in a condition set inside it. */
const noticeAfterModal = (p: Predicate, frame: ClauseFrame): boolean =>
  p.modal !== undefined &&
  frame.cues.some((c) => c.set === 'noticeVerb' && c.start > (p.modal?.start ?? Infinity) && (c.end <= p.end || p.conditions.some((k) => k.start <= c.start && c.end <= k.end)));

/**
 * The breach is named after the notice ("notify Customer of any Security Incident") or in the clause's own condition
 * before it ("If we learn of a breach affecting your data, we will tell you …").
 */
const breachAfterNotice = (p: Predicate, frame: ClauseFrame): boolean => {
  const notice = cue(p, 'noticeVerb');
  return notice !== undefined && frame.cues.some((c) => c.set === 'securityEvent' && (c.start > notice.start || p.conditions.some((k) => k.start <= c.start && c.end <= k.end)));
};
/** "will", "shall", "must", or the vendor's "we'll" with no modal of its own. */
const promised = (p: Predicate): boolean => reads(p, p.modal, 'promiseModal') || (p.modal === undefined && reads(p, p.actor.cue, 'promiseModal'));

/**
 * "does not retain uncollected parcels", "does not retain any part of a membership fee": what is not kept must be data,
 * named here or in an earlier clause of the sentence ("deletes the data and does not retain copies"), or what an
 * earlier clause erased ("will erase the Licensee's plot plans … and will keep no copy").
 */
const keptIsData = (frame: ClauseFrame, p: Predicate): boolean =>
  [p, ...frame.predicates.filter((q) => q.end <= p.start)].some((q) => object(q, ...KEPT_DATA) !== undefined || (q !== p && affirmed(q, 'delete') !== undefined));
const KEPT_DATA = ['customer-data', 'generic', 'output', 'usage-data', 'confidential', 'derived'] as const;

export const PROTECTION_RULES: readonly Rule[] = [
  {
    id: 'deletion-duty',
    category: 'deletion',
    stance: 'protective',
    severity: 'low',
    when: ({ predicate: p, frame, paragraph }) =>
      affirmed(p, 'delete') !== undefined &&
      (object(p, 'customer-data', 'generic', 'output', 'usage-data', 'confidential', 'derived') !== undefined || deletesEarlierData(frame, p) || deletesFromItsSystems(frame, p) ||
        (paragraph.dataBefore && deletesPronoun(frame, p))) &&
      // A promise (will, shall, must), a deadline, a customer's own right to delete, or the passive "is deleted";
      // "we may remove content" at the vendor's discretion is moderation, not a promise.
      // The end may open the sentence: "Upon termination …, your right … ends, and we may delete User Content".
      // "we may … delete its media files after giving 30 days' notice", "If you haven't signed in for 24 months, we may
      // close your account and delete …": at the vendor's discretion a period of notice or of inactivity is no deadline
      // (blind46, blind47: dormant shows and accounts).
      (reads(p, p.modal, 'promiseModal') || deadlineSet(p, frame) || frame.cues.some((c) => c.set === 'endEvent' && c.end <= p.start && !reads(frame, c, 'termItself')) ||
        (p.actor.side === 'customer' && reads(p, p.modal, 'permissionModal')) || (p.actor.passive && p.modal === undefined) ||
        statesDeletion(p)),
    vetoes: [
      CUSTOMER_DUTY,
      HOUSEKEEPING,
      VENDOR_MATERIAL,
      CLAIM_CONTEXT,
      DELETION_AS_HARM,
      {
        // "Termination does not require Corvane to delete or retrain any model …, or to delete Usage Data …": the second
        // "to delete" is still under the lifted duty, which promises no deletion (452 § 13.4).
        reason: 'the deletion is one the clause says the vendor is not required to make',
        when: ({ predicate: p }) => {
          const deletion = affirmed(p, 'delete');
          return deletion !== undefined && p.cues.some((c) => c.set === 'liftedDuty' && c.end <= deletion.start);
        },
      },
      REMOVES_PARTS,
      REMOVES_IDENTIFIERS,
      INCLUSION_DENIED,
      // '"Your Data" means … ledgers, GST returns and documents you upload': a definition of a quoted term says what the
      // term covers ("This means that if you remove a file, it will also be removed …" defines nothing).
      { ...DEFINITION_ONLY, when: (i) => DEFINITION_ONLY.when(i) && ['"', '\u201c', '\u201d'].some((mark) => i.frame.text.includes(mark)) },
      {
        reason: 'the paragraph speaks only of public or licensed data: the data it removes is that data, not the customer’s',
        when: ({ predicate: p, paragraph }) => paragraph.othersDataOnly && object(p, 'customer-data', 'output', 'usage-data', 'confidential') === undefined,
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, action(p, 'delete'), object(p, 'customer-data', 'generic', 'output', 'usage-data'), cue(p, 'periodUnit', 'endEvent')],
  },
  {
    id: 'data-return',
    category: 'deletion',
    stance: 'protective',
    severity: 'low',
    // "Following termination, Vendor shall provide to Customer the Customer Data in the format in which it exists":
    // handing the data back at the end is the return half of "return or delete".
    when: ({ predicate: p, frame }) =>
      affirmed(p, 'share') !== undefined && p.recipient?.side === 'customer' && p.actor.side !== 'customer' && object(p, 'customer-data') !== undefined &&
      reads(p, p.modal, 'promiseModal') && has(frame, 'endEvent'),
    vetoes: [CUSTOMER_DUTY, CLAIM_CONTEXT],
    evidence: ({ predicate: p, frame }) => [p.actor.cue, p.modal, action(p, 'share'), object(p, 'customer-data'), cue(frame, 'endEvent')],
  },
  {
    id: 'no-retention',
    category: 'deletion',
    stance: 'protective',
    severity: 'low',
    // "will not retain Customer Data after termination" promises deletion at the end; a bare end word ("does not
    // retain … on termination of the licence") without "after" stays unread.
    when: ({ predicate: p, frame }) =>
      denied(p, 'retain') !== undefined && p.actor.side !== 'customer' && (!has(p, 'endEvent') || has(p, 'afterEnd')) && keptIsData(frame, p),
    vetoes: [
      CUSTOMER_DUTY,
      CLAIM_CONTEXT,
      VENDOR_MATERIAL,
      { reason: 'a duty to keep that is lifted ("is not obligated to retain") leaves the vendor free to keep the data', when: ({ predicate: p }) => has(p, 'liftedDuty') },
      SCOPE_DENIED,
    ],
    evidence: ({ predicate: p }) => [p.negation, action(p, 'retain'), object(p, 'customer-data', 'generic', 'output')],
  },
  {
    id: 'no-reidentification',
    category: 'confidentiality',
    stance: 'protective',
    severity: 'low',
    // "Censwold shall not attempt to re-identify any individual from Client Data": the vendor's promise that the data
    // stays anonymous protects the people in it.
    when: ({ predicate: p, frame }) =>
      p.polarity === 'negative' && p.actor.side !== 'customer' && p.negation !== undefined &&
      frame.cues.some((c) => c.set === 'deidentificationSafeguard' && c.start > (p.negation?.start ?? 0) && c.start <= p.end) &&
      object(p, 'customer-data', 'derived', 'generic', 'usage-data') !== undefined,
    vetoes: [CUSTOMER_DUTY, CLAIM_CONTEXT, DEFINITION_ONLY],
    evidence: ({ predicate: p, frame }) => [p.actor.cue, p.negation, cue(frame, 'deidentificationSafeguard')],
  },
  {
    id: 'confidentiality-duty',
    category: 'confidentiality',
    stance: 'protective',
    severity: 'low',
    // A named measure (encryption, SOC 2, confidentiality agreements) stands alone; "secure" or "protect" needs the data.
    when: ({ predicate: p }) =>
      p.polarity === 'positive' && p.actor.side !== 'customer' && p.actor.side !== 'third-party' &&
      (has(p, 'securityMeasure', 'confidentialInfo') ||
        (has(p, 'securityTerm') && object(p, 'customer-data', 'generic', 'confidential', 'output', 'usage-data') !== undefined)),
    // "DATA PRIVACY AND ARTIFICIAL INTELLIGENCE ADDENDUM": a document's title in capitals names a topic and promises
    // nothing (fresh61, 232); a run-in heading that names a measure ("Audit Trail and Access Control.") still leads
    // into the promise after it.
    vetoes: [
      { ...HEADING_ONLY, when: (i) => HEADING_ONLY.when(i) && i.frame.text === i.frame.text.toUpperCase() },
      CUSTOMER_DUTY,
      CLAIM_CONTEXT,
      LIABILITY,
      CONFIDENTIALITY_DENIED,
      ASSESSMENT_NAMED,
      {
        // Staff bound by confidentiality agreements, or the staff who have access to the data, are the measure itself.
        reason: 'training or vetting personnel is about people, not a promise about the data',
        // "shall hold the other party's Confidential Information in confidence … and disclose it only to its employees
        // … who need to know it": the duty is about the information; the staff are whom it may reach.
        when: ({ predicate: p }) =>
          has(p, 'personnel', 'staffTraining') && object(p, 'customer-data', 'confidential') === undefined && !has(p, 'confidentialityUndertaking') &&
          // "measures for the security control of Shipment Data, including organisational, personnel … measures": the
          // security of the data is promised; the staff are one kind of measure.
          !(has(p, 'securityTerm') && object(p, 'generic', 'output', 'usage-data') !== undefined && !has(p, 'staffTraining') && !p.actions.some((a) => a.kind === 'train')) &&
          !(p.actions.some((a) => reads(p, a, 'accessVerb')) && object(p, 'generic', 'confidential') !== undefined),
      },
      // '"Confidential Information" means information … that a reasonable person would understand to be confidential':
      // the modal of a test inside the definition promises nothing either (fresh52, 211 § 1.1).
      {
        reason: 'a definition or a liability clause mentions confidentiality without promising it',
        when: ({ frame, predicate: p }) => has(frame, 'definitionCue') && (!has(frame, 'modal') || (frame.isDefinition && p.actions.length === 0)),
      },
      {
        // "Provider may use Service Telemetry for security monitoring, billing and …": security is a purpose of a use.
        reason: 'a permission to use data for security promises nothing about protecting it',
        when: ({ predicate: p }) => p.modal !== undefined && !reads(p, p.modal, 'promiseModal') && !has(p, 'securityMeasure', 'confidentialInfo'),
      },
      IP_INVENTORY,
      {
        // "Our Privacy Policy … describes further ways we use Your Content": "Privacy" names a document.
        reason: 'the only security word is the name of a policy document ("Privacy Policy"), not a promise to protect the data',
        when: ({ predicate: p }) => {
          const measures = p.cues.filter((c) => c.set === 'securityMeasure' || c.set === 'securityTerm' || c.set === 'confidentialInfo');
          return measures.length > 0 && measures.every((m) => p.cues.some((r) => r.set === 'policyRef' && r.start <= m.start && m.end <= r.end));
        },
      },
      {
        // "Licensee shall cease use of the Software, Documentation and other Licensor proprietary information": the
        // information named is the vendor's own material; a named security measure would still protect any data.
        ...VENDOR_MATERIAL,
        when: (i) => VENDOR_MATERIAL.when(i) && !has(i.predicate, 'securityMeasure'),
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, cue(p, 'securityMeasure', 'securityTerm', 'confidentialInfo'), object(p, 'customer-data', 'generic', 'confidential')],
  },
  {
    id: 'data-residency',
    category: 'confidentiality',
    stance: 'protective',
    severity: 'low',
    // "Halden will store Member Records in data centres located in Canada": the vendor promises where the customer's
    // data is kept, so it stays under that law and out of foreign access. The data comes before the place: a provider
    // "hosted … in data centres located in Virginia" that data is later sent to says where the provider is, not where
    // the data stays.
    when: ({ predicate: p }) => {
      const place = cue(p, 'dataResidency');
      return place !== undefined && p.polarity === 'positive' && p.actor.side !== 'customer' && p.actor.side !== 'third-party' &&
        (p.modal === undefined || reads(p, p.modal, 'promiseModal')) && affirmed(p, 'retain', 'use') !== undefined &&
        p.objects.some((o) => (o.kind === 'customer-data' || o.kind === 'generic') && o.end <= place.start);
    },
    vetoes: [CUSTOMER_DUTY, CLAIM_CONTEXT, LIABILITY],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, action(p, 'retain', 'use'), object(p, 'customer-data', 'generic'), cue(p, 'dataResidency')],
  },
  {
    id: 'breach-notice',
    category: 'confidentiality',
    stance: 'protective',
    severity: 'low',
    // "Provider shall notify Customer within 48 hours after becoming aware of a Personal Data Breach": a promise to
    // tell the customer of a breach is a security duty, though the breach is named in the condition, not the clause.
    when: ({ predicate: p, frame }) =>
      p.polarity === 'positive' && p.actor.side !== 'customer' && p.actor.side !== 'third-party' && promised(p) &&
      breachAfterNotice(p, frame),
    vetoes: [CUSTOMER_DUTY, CLAIM_CONTEXT, LIABILITY],
    evidence: ({ predicate: p, frame }) => [p.actor.cue, p.modal, cue(p, 'noticeVerb'), cue(frame, 'securityEvent')],
  },
  {
    id: 'legal-demand-notice',
    category: 'confidentiality',
    stance: 'protective',
    severity: 'low',
    // "If Halden receives a subpoena for Member Records, it will promptly notify the Client": told first, the customer
    // can assert privilege or seek a protective order before its data is disclosed. The notice may sit in a condition
    // the modal's clause opened ("it will, unless legally prohibited, promptly notify …"): it is read after the modal.
    when: ({ predicate: p, frame }) =>
      p.polarity === 'positive' && p.actor.side !== 'customer' && p.actor.side !== 'third-party' && reads(p, p.modal, 'promiseModal') &&
      noticeAfterModal(p, frame) && has(frame, 'legalDemand') &&
      frame.predicates.some((q) => object(q, 'customer-data', 'generic', 'confidential') !== undefined),
    vetoes: [CUSTOMER_DUTY, CLAIM_CONTEXT, LIABILITY],
    evidence: ({ predicate: p, frame }) => [p.modal, cue(frame, 'noticeVerb'), cue(frame, 'legalDemand')],
  },
  {
    id: 'processed-under-dpa',
    category: 'confidentiality',
    stance: 'protective',
    severity: 'low',
    // "we process Your Content in accordance with the Data Processing Addendum": the vendor handles the data as the
    // customer's processor, under the addendum's confidentiality and security terms.
    when: ({ predicate: p }) =>
      p.polarity === 'positive' && (p.actor.side === 'vendor' || p.actor.side === 'unknown') && has(p, 'processorTerms') &&
      // A verb of handling, not "the processing of Personal Data" named in an order-of-precedence clause.
      p.actions.some((a) => (a.kind === 'use' || a.kind === 'retain') && a === affirmed(p, a.kind) && !a.nominal) &&
      object(p, 'customer-data', 'output') !== undefined,
    vetoes: [CUSTOMER_DUTY, CLAIM_CONTEXT],
    evidence: ({ predicate: p }) => [p.actor.cue, action(p, 'use', 'retain'), object(p, 'customer-data', 'output'), cue(p, 'processorTerms')],
  },
  {
    id: 'purpose-limitation-confidentiality',
    category: 'confidentiality',
    stance: 'protective',
    severity: 'low',
    // Data used only to serve the customer stays within that purpose: a confidentiality duty in substance.
    when: purposeLimited,
    vetoes: [DEFINITION_ONLY, CUSTOMER_DUTY, CLAIM_CONTEXT, LICENSED_TO_CUSTOMER],
    evidence: ({ predicate: p }) => [p.actor.cue, action(p, 'use', 'retain', 'share'), cue(p, 'limiter'), cue(p, 'customerServing', 'safetyPurpose')],
  },
  {
    id: 'restricted-access',
    category: 'confidentiality',
    stance: 'protective',
    severity: 'low',
    // "Only essential personnel will have access", "recordings are not accessible to Otter unless you consent".
    when: ({ predicate: p }) =>
      p.actor.side !== 'customer' && object(p, 'customer-data', 'generic', 'output') !== undefined &&
      ((denied(p, 'use') !== undefined && p.actions.some((a) => reads(p, a, 'accessVerb'))) ||
        (affirmed(p, 'use') !== undefined && has(p, 'limiter') && p.actions.some((a) => reads(p, a, 'accessVerb')))),
    // "Deskhive shall have no liability for any loss or disclosure of member data …" disclaims; it restricts nothing.
    vetoes: [CUSTOMER_DUTY, CLAIM_CONTEXT, LIABILITY_DENIED],
    evidence: ({ predicate: p }) => [p.negation, cue(p, 'limiter'), action(p, 'use'), object(p, 'customer-data', 'generic', 'output')],
  },
  {
    id: 'customer-keeps-data',
    category: 'confidentiality',
    stance: 'protective',
    severity: 'low',
    // "Customer remains the sole owner of Customer Data", "Deepnote makes no ownership claims to your code".
    when: ({ predicate: p }) =>
      action(p, 'own') !== undefined && object(p, 'customer-data') !== undefined && object(p, 'output') === undefined &&
      ((p.actor.side === 'customer' && p.polarity === 'positive') || (p.actor.side === 'vendor' && p.polarity === 'negative') ||
        (p.owner?.side === 'customer' && p.polarity === 'positive')),
    vetoes: [
      CLAIM_CONTEXT,
      { reason: 'the customer warrants it has the rights it needs; that is a promise to the vendor, not a protection', when: ({ frame }) => has(frame, 'warrantyCue') },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.negation, action(p, 'own'), object(p, 'customer-data', 'generic')],
  },
  {
    id: 'no-collection',
    category: 'confidentiality',
    stance: 'protective',
    severity: 'low',
    // "Telemetry never includes your code or prompts", "we never collect your chat messages".
    // "Telemetry never includes: Your code … Conversation content …": a negative lead-in about usage data or collection
    // (read as the sentence's heading) denies each item listed after it.
    when: ({ predicate: p, frame }) =>
      object(p, 'customer-data') !== undefined && p.actor.side !== 'customer' &&
      ((p.polarity === 'negative' && (reads(p, action(p, 'use'), 'collectVerb') || (p.actions.length === 0 && object(p, 'usage-data') !== undefined))) ||
        (p.actions.length === 0 && frame.heading?.negative === true && frame.heading.cues.some((c) => c.set === 'usageData' || c.set === 'docUsageData' || c.set === 'collectVerb'))),
    vetoes: [
      CUSTOMER_DUTY,
      CLAIM_CONTEXT,
      NOT_CLASSED_AS,
    ],
    evidence: ({ predicate: p }) => [p.negation, action(p, 'use'), object(p, 'customer-data')],
  },
  {
    id: 'non-disclosure',
    category: 'confidentiality',
    stance: 'protective',
    severity: 'low',
    when: ({ predicate: p }) => denied(p, 'share') !== undefined && object(p, 'customer-data', 'generic', 'output', 'confidential') !== undefined && p.actor.side !== 'customer',
    vetoes: [
      CUSTOMER_DUTY,
      CLAIM_CONTEXT,
      // "Deletion … shall not extend to Derived Data … or to Route Reports": the "not" carves out of the deletion.
      SCOPE_DENIED,
      RESPONSIBILITY_DISCLAIMED,
      LIABILITY_DENIED,
      {
        // "nothing in this Agreement transfers to Licensee any ownership of Trial Data": a right is not moved, not data.
        reason: 'what is not transferred is ownership, a right, not the data: no promise of non-disclosure',
        when: ({ predicate: p }) => {
          const share = denied(p, 'share');
          return share !== undefined && p.cues.some((c) => c.set === 'ownershipNoun' && c.start > share.end && c.start - share.end <= 20);
        },
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.negation, action(p, 'share'), object(p, 'customer-data', 'generic', 'output')],
  },
  {
    id: 'audit-right',
    category: 'audit',
    stance: 'protective',
    severity: 'low',
    when: ({ predicate: p }) => has(p, 'auditTerm') && p.polarity === 'positive',
    vetoes: [CLAIM_CONTEXT, HEADING_ONLY, DEFINITION_ONLY, COMMERCIAL_AUDIT, AUDIT_WORD_IN_NAME, AUDIT_AS_VENDOR_PURPOSE],
    evidence: ({ predicate: p }) => [p.actor.cue, cue(p, 'auditTerm')],
  },
];

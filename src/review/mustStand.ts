// What a strike must never take with it, whatever risk it answers: the use that runs the service the customer pays
// for, the backup carve-out no vendor can meet without, the customer's own option, and the vendor's promise not to
// share with other customers (lawyer audit49: "[Reserved]" in place of clauses that held each of these). Pure.

/** Words of keeping data: a law's requirement stands only where it is a requirement to keep. */
const KEEPING = /\b(?:retain|retains|retained|retention|keep|keeps|kept|store|stores|stored|hold|holds|held|preserve|archive|archived)\b/i;

const MUST_STAND: readonly (readonly [RegExp, string, RegExp?])[] = [
  [
    // Not "models used to provide the Platform to its customers generally": that is the vendor's business (audit62, 174 § 4.2).
    // Nor "… to provide the Software to the Customer and to the Supplier's other customers" (audit80, 224 § 5.4).
    /\bto\s+(?:run|provide|operate|secure|support|maintain|host|deliver)\b(?:,?\s+(?:and\s+)?[a-z]+){0,4}\s+(?:the\s+)?(?:Services?|Platform|Product|Software|Solution)\b(?!\s+to\s+(?:its|their|our|all|other)\s+(?:other\s+)?customers)(?![^.;]{0,60}?\bother\s+customers\b)/,
    'the use that runs the service itself',
  ],
  [/\bback-?up\b/i, 'the backup carve-out'],
  // "may retain Applicant Information … for so long as required by the FCRA and applicable state law": no contract can
  // take away a retention the law requires (audit80, 223 § 6.5(b) went "[Reserved]"). A licence's purpose "as … required
  // by law" keeps nothing (audit230, 503 § 4.2, the core licence, was left whole for it).
  [/\brequired\s+by\s+(?:the\s+)?(?:[A-Z]{2,6}\s+and\s+)?(?:applicable\s+)?(?:(?:state|federal|local)\s+)?(?:laws?|regulations?|legislation|statute)\b|\brequired\s+by\s+the\s+[A-Z]{2,6}\b/, 'a retention the law requires', KEEPING],
  // "… for as long as FDA design history and record-keeping requirements require", "for the period those regulations
  // require": a regulator's rules set the keeping, which no contract can take away (audit143, 344 § 5.5 lost it).
  [/\b(?:regulations?|requirements?|rules)\s+(?:so\s+)?(?:require|requires|mandate|mandates)\b/i, 'a retention the law requires', KEEPING],
  // "including encryption of Personal Data at rest and in transit": a security measure protects the customer's data,
  // whatever risk the strike answers (audit72, 210 Sch 2 ¶5 lost it to answer a policy reference).
  [/\bencrypt/i, 'a security measure (encryption)'],
  // "… for safety moderation and to detect indicators of self-harm or threats, and may escalate indicators of imminent
  // harm": the safeguards for the people using the service (audit154, 363 § 5.5 went "[Reserved.]" to answer training).
  [/\b(?:safety\s+moderation|self-harm|imminent\s+harm|child\s+sexual\s+abuse|safeguarding)\b/i, 'the safety measures that protect users'],
  [/\bmulti-?factor\s+authentication\b/i, 'a security measure (multi-factor authentication)'],
  // "Pitchwell … own all right, title and interest in and to the Platform, the Documentation, …": the vendor's title to
  // its own service; the customer's data is taken out of what it owns, never the service (audit72, 209 § 4.2).
  [/\bown(?:s)?(?:\s+and\s+retains?)?\s+all\s+right,\s+title\s+and\s+interest\s+in\s+(?:and\s+to\s+)?(?:the\s+)?(?:Platform|Services?|Software|Solution|Product|Documentation)\b/, 'the vendor\'s title to its own service'],
  [/\b[Ii]f\s+(?:the\s+)?(?:Client|Customer|you|Licensee|Subscriber)\s+(?:enables?|opts?\s+in|turns?\s+on|chooses|elects|selects)\b/, 'the customer\'s own option'],
  [/\b(?:shall|will)\s+not\s+(?:make|disclose|share|provide|offer)\b[^.;]{0,60}?\bother\s+(?:customers?|clients?)\b/i, 'a promise not to share with other customers'],
  // "…; provided that Harrowgate will not … materially reduce the core forecasting functionality or the overall level of
  // security": the customer's guarantee against the vendor's changes (357 § 2.5 lost it to a policy clause in its place).
  [/\bprovided\s+(?:that|however)\b[^.;]{0,80}?\b(?:will|shall)\s+not\b[^.;]{0,100}?\b(?:reduce|degrade|diminish|decrease)\b/i, 'the vendor\'s promise not to reduce the service'],
];

/**
 * What the deleted words held that must stand and the words left (or inserted) do not give back, or undefined. Words
 * this review wrote itself (`ours`: "solely to provide, secure and support the Platform") are its own to revise.
 */
export function takesWhatMustStand(deleted: readonly string[], left: readonly string[] = [], ours: readonly string[] = []): string | undefined {
  for (const [pattern, what, onlyWith] of MUST_STAND) {
    if (deleted.some((text) => pattern.test(text) && (onlyWith === undefined || onlyWith.test(text))) && !left.some((text) => pattern.test(text)) && !ours.some((text) => pattern.test(text))) return what;
  }
  return undefined;
}

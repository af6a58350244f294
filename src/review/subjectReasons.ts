// The stock reasons a comment gives for a clause whose subject is not the customer's data itself (usage data,
// feedback, derived data), by the rule that read the clause or the answer its edit gave. Text only; placeholders are
// filled by commentWording.

export const USAGE_DATA_REASON =
  'Usage data records how {{customer}}\'s people use the {{services}} and can reveal what they put into it, so it must not be used to train models.';
/** The same, for an edit that takes away a use other than training ("to develop new features"). */
export const USAGE_DATA_OWN_ENDS_REASON =
  'Usage data records how {{customer}}\'s people use the {{services}} and can reveal what they put into it, so it should be used only to run, support and secure the {{services}}.';
/** The same, for an edit that closed an open list of uses ("for any lawful business purpose, including …"). */
export const USAGE_DATA_CLOSED_REASON =
  'Usage data records how {{customer}}\'s people use the {{services}} and can reveal what they put into it, so it should be used only for the purposes this clause names, not for any purpose.';
/** The same, for an edit that made the clause's example of a use an exception to it ("for any purpose other than to …"). */
export const USAGE_DATA_EXCEPTED_REASON =
  'Usage data records how {{customer}}\'s people use the {{services}} and can reveal what they put into it, so the use this clause gave as its example is now excluded from the purposes it may serve.';
export const OPEN_PURPOSES = /\bfor\s+any\b[^.;]*\bpurposes?,?\s+including\b/i;
/** Reasons for clauses whose subject is not the customer's data itself, by the rule that read the clause. */
export const SUBJECT_REASONS: Readonly<Record<string, string>> = {
  'feedback-use': 'Feedback is {{vendor}}\'s to use; {{customerData}} is not feedback, and the rest of this {{agreement}} governs {{vendor}}\'s use of {{customerData}}.',
  // A definition of usage data narrowed of the customer's content: the content keeps its own protections.
  'usage-data-sweep': '{{customerData}}, and what is derived from it, must stay {{customerData}}, not usage data that the {{agreement}} lets {{vendor}} use more freely.',
  'usage-improvement-grant': USAGE_DATA_REASON,
  // Derived data taken out of confidentiality, the limb struck (see freedLimb).
  'freed-from-confidence': 'What {{vendor}} derives from {{customerData}} must stay within the confidentiality obligations of this {{agreement}}; we have struck the words that take it outside them.',
  // A correcting item struck from a feedback list ("transcript corrections", "edits you make to Output").
  'content-as-feedback': 'Corrections and edits carry the content they correct, so they are not feedback; we have taken them out of this clause. Feedback is {{vendor}}\'s to use; {{customerData}} is not feedback, and the rest of this {{agreement}} governs {{vendor}}\'s use of {{customerData}}.',
  // Usage data the contract defines to leave the customer's data out keeps its service uses (see contentFreeUsage).
  'content-free-usage': '{{vendor}} may run and improve the {{services}} with usage data that leaves {{customerData}} out, but that data should not serve {{vendor}}\'s other products and services.',
  // The open purpose struck from such a use ("for any purpose, including to operate … and improve the Platform").
  'content-free-usage-open': '{{vendor}} may run and improve the {{services}} with usage data that leaves {{customerData}} out, but not use that data for any purpose.',
  // The customer's data struck from a joint grant with such usage data ("Customer Data and Usage Data").
  'customer-data-from-usage': '{{vendor}} may improve the {{services}} with usage data that leaves {{customerData}} out, but not with {{customerData}} itself.',
  // Both at once ("Customer Data and Service Data … the Platform and its other products"): one sentence, not two.
  'customer-data-and-other-business-from-usage':
    '{{vendor}} may run and improve the {{services}} with usage data that leaves {{customerData}} out, but not with {{customerData}} itself, and that data should not serve {{vendor}}\'s other products and services.',
  'usage-data-grant': USAGE_DATA_REASON,
  // "…, and that such processing is subject to the Model Providers' own terms", struck (see providersOwnTerms).
  'providers-own-terms': 'Model providers that receive {{customerData}} must be held to the protections of this {{agreement}}, not to their own terms, which {{vendor}} does not control.',
  // "grants the Client a perpetual, irrevocable, non-exclusive licence to use them" (see ownerSwap's perpetualLicence).
  'output-licensed-for-term': '{{customer}} must be able to go on using what the {{services}} produced for it after the {{agreement}} ends; {{vendor}} keeps ownership of its own materials.',
  // A carve-out from deletion lost its limb keeping the data inside the vendor's models or library (see carveOutLimb).
  // A default enrolment turned into an opt-in (see optInGrant): the reason is the customer's choice, not a ban.
  'default-enrolment-opt-in': '{{customer}} should take part only if it chooses to, so we have made this an opt-in by written notice rather than an opt-out.',
  // A grant the customer made outright, now one it may give by written notice (see optInGrant's grantMadeOptional).
  'grant-made-optional': '{{customer}} should decide for itself whether its data is used this way, so we have made this a permission it may give by written notice.',
  // A keeping "as required by law or for … other legitimate business purposes" lost its own-ends limb (see keepingEdits).
  'kept-for-own-ends': '{{vendor}} may keep {{customerData}} where the law requires it, but not for its own business purposes; the other carve-outs stand.',
  // A carve-out keeping only usage, feedback and derived data, held to the derived-data safeguard (see derivedKept).
  'derived-data-kept': '{{vendor}} may keep usage, feedback and derived data after the {{agreement}} ends, but only where that data cannot identify {{customer}} or any individual and is not used to train any model.',
  'derived-data-kept-models-struck':
    '{{vendor}} may keep usage and derived data after the {{agreement}} ends, but only where that data cannot identify {{customer}} or any individual and is not used to train any model. Models trained on {{customerData}} are no longer among what it may keep.',
  'carved-out-into-models': 'Deletion must reach {{customerData}} inside what {{vendor}} built from it, or that {{customerData}} is kept for good; the other carve-outs stand.',
};

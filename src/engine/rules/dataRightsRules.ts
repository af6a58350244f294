// Rights the vendor takes over data: aggregated/usage data, broad licences, output ownership, survival and retention.
// Pure: imports only engine modules.
import type { Severity } from '../types';
import {
  AGGREGATE,
  AGGREGATE_NOT_DATA,
  AGGREGATE_USE,
  BREADTH_MODIFIER,
  CUSTOMER_RESTRICTION,
  CUSTOMER_SUBJECT,
  DELETE_VERB,
  GRANT_VERB,
  LICENSE_WORD,
  LONG_RETENTION,
  OUTPUT_WORD,
  OWNERSHIP,
  RETAIN,
  REUSE,
  SAFE_AGGREGATE,
  STRONG_MODIFIER,
  SURVIVE,
  TERMINATION,
  VENDOR_MATERIAL,
  WIDE_USE,
} from '../lexicon';
import { actorSignal, polarityAt, signal, signals, type ClauseContext, type Rule } from './clauseContext';

const LICENCE_LASTS = /\b(?:lasts|continues?|shall continue|remains? in (?:full )?(?:force|effect))\b/i;
// Data already absorbed into models or the service outlives deletion and termination.
const KEPT_IN_MODELS = /(?:\b(?:not|never)|\bcannot|\bcan['’]t) (?:\w+ ){0,2}(?:remov|delet|eras|purg|extract|unlearn)\w*\b[^.;]{0,80}?\b(?:models?|trained)\b|\b(?:models?|trained|learned)\b[^.;]{0,60}?(?:\b(?:not|never)|\bcannot|\bcan['’]t) (?:\w+ ){0,2}(?:remov|delet|eras|purg|extract|unlearn)\w*\b/i;
// Use that goes on after the customer deletes its account survives deletion as use after termination survives termination.
const USED_AFTER_DELETION = /\b(?:continue to be used|continue to use|(?:may|will|can) still (?:be )?use[sd]?)\b[^.;]{0,60}?\b(?:after|following|even if|once) (?:you|the customer|customer|users?|the user)\b[^.;]{0,20}?\b(?:delete|deletes|close|closes|cancel|cancels|terminate|terminates)\b/i;
const RIGHTS_UNAFFECTED = /\b(?:termination|expiry|expiration|cancellation)\b[^.;]{0,60}?\b(?:shall|will|does) not affect\b[^.;]{0,60}?\brights?\b[^.;]{0,60}?\b(?:data|content|information|materials)\b/i;
const LEGAL_OR_BACKUP = /\b(?:required by (?:applicable )?law|to comply with|legal (?:obligations?|requirements?|hold)|regulat\w*|backups?|back-ups?|archiv\w*)\b/i;
// Legal or back-up reasons do not make retention ordinary when its length has no end.
const OPEN_ENDED = /\b(?:indefinitely|no obligation|(?:unspecified|indefinite|undefined|unlimited|undetermined|open-ended) (?:period|time|duration))\b/i;
const EXPLOIT = /\b(?:commercially exploit|sell|any purpose|indefinitely|own(?:s|ed)?|belong)\b/i;

export const aggregatedDataRule: Rule = (ctx) => {
  const term = signal(ctx, 'object', AGGREGATE);
  if (!term) return [];
  if (AGGREGATE_NOT_DATA.test(ctx.text) && !/\b(?:de-?identif|anonymi)/i.test(ctx.text)) return [];
  const use = signal(ctx, 'permission', AGGREGATE_USE);
  const safe = signal(ctx, 'modifier', SAFE_AGGREGATE);
  if (!term || !(use || safe) || CUSTOMER_RESTRICTION.test(ctx.text)) return [];
  const wide = signal(ctx, 'modifier', EXPLOIT);
  const severity: Severity = wide ? 'high' : safe ? 'low' : 'medium';
  return [{ rule: 'aggregated-data', category: 'aggregated-data', stance: 'risk', severity, evidence: signals(actorSignal(ctx), use, term, safe, wide) }];
};

function grantorIsVendor(ctx: ClauseContext, grantAt: number): boolean {
  const subject = ctx.text.slice(Math.max(0, grantAt - 60), grantAt);
  return ctx.vendor.test(subject) && !CUSTOMER_SUBJECT.test(subject);
}

export const broadLicenseRule: Rule = (ctx) => {
  const grant = signal(ctx, 'permission', GRANT_VERB);
  const licence = signal(ctx, 'permission', LICENSE_WORD);
  if (!grant || !licence) return [];
  const grantAt = grant.start - ctx.sentence.start;
  const vendorGrants = [...ctx.text.matchAll(/\bgrants?\b/gi)].some((m) => grantorIsVendor(ctx, m.index));
  if (vendorGrants || grantorIsVendor(ctx, grantAt) || polarityAt(ctx, grantAt).kind !== 'permitted') return [];
  const modifiers = [...ctx.text.matchAll(BREADTH_MODIFIER)].map((m) => m[0]);
  const object = ctx.object;
  const wide = signal(ctx, 'modifier', WIDE_USE);
  const vendorMaterial = VENDOR_MATERIAL.test(ctx.text) && !object;
  const strong = STRONG_MODIFIER.test(ctx.text);
  const broad = (modifiers.length >= 2 && (strong || object !== undefined)) || (object !== undefined && wide !== undefined);
  if (!broad || vendorMaterial) return [];
  const first = signal(ctx, 'modifier', STRONG_MODIFIER);
  const severity: Severity = modifiers.length >= 3 ? 'high' : 'medium';
  return [{ rule: 'broad-license', category: 'broad-license', stance: 'risk', severity, evidence: signals(grant, licence, object, first, wide) }];
};

const WAIVER = /\bwaives? (?:any|all) (?:rights?|claims?)\b/i;
const VENDOR_OWNS_TAIL = /\b(?:owns?|retains?|shall own|will own|owned by)\b/i;

export const outputOwnershipRule: Rule = (ctx) => {
  if (!/output|generat|completion|produced|derivative|deliverable|creat|\bmake\b/i.test(ctx.text)) return [];
  const output = signal(ctx, 'object', OUTPUT_WORD);
  if (!output) return [];
  // Professional-services "Deliverables" clauses settle ordinary work product, not what an AI generates.
  if (/^deliverables$/i.test(output.text) && !/\b(?:AI|artificial intelligence|generat\w*|models?|machine learning|automated|(?:created|produced|derived|made) (?:by|from|with|using))\b/i.test(ctx.text)) return [];
  const owns = signal(ctx, 'permission', OWNERSHIP);
  const reuse = signal(ctx, 'permission', REUSE);
  const actor = actorSignal(ctx);
  // "The supplier waives any right to reuse outputs" gives them up: the customer's ownership, not a reuse grant.
  const waived = WAIVER.test(ctx.text);
  if (reuse && actor && !waived && !CUSTOMER_SUBJECT.test(ctx.text.slice(0, reuse.start - ctx.sentence.start).slice(-30)) && polarityAt(ctx, reuse.start - ctx.sentence.start).kind === 'permitted') {
    return [{ rule: 'output-reuse', category: 'output-ownership', stance: 'risk', severity: 'high', evidence: signals(actor, reuse, output) }];
  }
  if (!owns) return [];
  const before = ctx.text.slice(Math.max(0, owns.start - ctx.sentence.start - 50), owns.start - ctx.sentence.start);
  const ownedBy = /\b(?:owned by|belongs? (?:exclusively |solely |entirely |wholly )?to|property of|vests? in) (?:the )?(\w+)/i.exec(ctx.text)?.[1] ?? '';
  // A named owner settles it ("content you generate ... belongs to Provider"); otherwise read the subject and the wording.
  const customerNamed = /^(?:you|customer|client|licensee|subscriber|users?)$/i.test(ownedBy);
  const customerOwns = customerNamed || waived || (ownedBy === '' && (/\b(?:you|customer|client|licensee|subscriber)\b[^,;]{0,30}$/i.test(before) || /\bassign\w*\b[^.;]{0,60}\b(?:to you|to customer)\b/i.test(ctx.text) || /\b(?:does not|do not|will not) claim\b|\bclaims? no (?:ownership|rights?)\b|\bacquires? no rights\b|\b(?:your|customer['’]s|client['’]s) (?:sole )?property\b/i.test(ctx.text)));
  // An owner who is not the customer is the vendor side, even when named only by a trading name ("Acme shall own").
  const vendorOwns = !customerOwns && (VENDOR_OWNS_TAIL.test(ctx.text) || /\b(?:property of|vests? in|belongs?)\b/i.test(owns.text)) && polarityAt(ctx, owns.start - ctx.sentence.start).kind === 'permitted';
  if (customerOwns) {
    return [{ rule: 'output-customer-owns', category: 'output-ownership', stance: 'protective', severity: 'low', evidence: signals(owns, output) }];
  }
  if (vendorOwns) {
    return [{ rule: 'output-vendor-owns', category: 'output-ownership', stance: 'risk', severity: 'high', evidence: signals(actor, owns, output) }];
  }
  return [];
};

const RETENTION_GATE = /surviv|retain|retention|keep|kept|stor|continue|lasts|remain|persist|no obligation|not affect|remov|delet|eras|purg|extract|unlearn/i;

export const survivalRetentionRule: Rule = (ctx) => {
  if (!RETENTION_GATE.test(ctx.text)) return [];
  const survive = signal(ctx, 'modifier', SURVIVE);
  const termination = signal(ctx, 'modifier', TERMINATION);
  const object = ctx.object;
  const licence = signal(ctx, 'permission', LICENSE_WORD);
  if (survive && termination && (object || licence)) {
    return [{ rule: 'survival', category: 'survival-retention', stance: 'risk', severity: 'high', evidence: signals(survive, termination, object, licence) }];
  }
  const kept = signal(ctx, 'modifier', KEPT_IN_MODELS);
  if (kept) return [{ rule: 'kept-in-models', category: 'survival-retention', stance: 'risk', severity: 'high', evidence: signals(kept, object) }];
  const usedAfter = signal(ctx, 'modifier', USED_AFTER_DELETION);
  const aboutData = object !== undefined || /\b(?:models?|trained)\b/i.test(ctx.text);
  if (usedAfter && aboutData && !/\bused by (?:you|the customer|customer)\b/i.test(usedAfter.text) && polarityAt(ctx, usedAfter.start - ctx.sentence.start).kind === 'permitted') return [{ rule: 'used-after-deletion', category: 'survival-retention', stance: 'risk', severity: 'high', evidence: signals(usedAfter, object) }];
  const unaffected = signal(ctx, 'modifier', RIGHTS_UNAFFECTED);
  if (unaffected) return [{ rule: 'rights-unaffected', category: 'survival-retention', stance: 'risk', severity: 'high', evidence: signals(unaffected, object) }];
  const lasts = signal(ctx, 'modifier', LICENCE_LASTS);
  const longLicence = signal(ctx, 'modifier', LONG_RETENTION);
  if (licence && lasts && longLicence) {
    return [{ rule: 'licence-duration', category: 'survival-retention', stance: 'risk', severity: 'high', evidence: signals(licence, lasts, longLicence) }];
  }
  const heldObject = object ?? signal(ctx, 'object', /\bConfidential Information\b/);
  const noDuty = signal(ctx, 'permission', /\bno obligation to (?:destroy|delete|return|erase)\b/i);
  if (noDuty && heldObject) {
    return [{ rule: 'no-deletion-duty', category: 'survival-retention', stance: 'risk', severity: 'medium', evidence: signals(noDuty, heldObject) }];
  }
  const retain = signal(ctx, 'permission', RETAIN);
  const long = signal(ctx, 'modifier', LONG_RETENTION);
  if (!retain || !heldObject || CUSTOMER_RESTRICTION.test(ctx.text)) return [];
  const carriedOn = /\b(?:may|can|will) (?:continue to )?(?:retain|keep)\b[^.;]{0,80}?\b(?:necessary|needed|continue|purpose)/i.test(ctx.text);
  if (!long && !carriedOn) return [];
  const retainAt = retain.start - ctx.sentence.start;
  if (polarityAt(ctx, retainAt).kind === 'prohibited' && !/\bno obligation\b/i.test(ctx.text)) return [];
  // A deletion duty with an ordinary back-up carve-out is a protection; only an open-ended right to keep data is a risk.
  const deletion = DELETE_VERB.exec(ctx.text);
  if (deletion && deletion.index < retainAt) {
    const openEnded = /\b(?:may|can|will) (?:continue to )?(?:retain|keep)\b|no obligation/i.test(ctx.text);
    const ordinary = LEGAL_OR_BACKUP.test(ctx.text) && !OPEN_ENDED.test(ctx.text);
    if (!openEnded || ordinary) return [];
  }
  const severity: Severity = /\b(?:indefinitely|as long as|after termination|following termination)\b/i.test(ctx.text) ? 'high' : 'medium';
  return [{ rule: 'retention', category: 'survival-retention', stance: 'risk', severity, evidence: signals(actorSignal(ctx), retain, heldObject, long) }];
};

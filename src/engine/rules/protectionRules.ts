// Protections: opt-out controls, deletion or return, confidentiality and security, audit and transparency.
// Pure: imports only engine modules.
import {
  AUDIT,
  CONFIDENTIAL,
  DELETE_VERB,
  DEVELOP_VERB,
  IMPROVE_TARGET,
  MODEL_WORD,
  NON_DISCLOSURE,
  OPT_OUT,
  OPT_OUT_NEGATED,
  SECURITY,
  DATA_PROPERTY,
  TRAIN_VERB,
} from '../lexicon';
import { actorSignal, polarityAt, signal, signals, type Rule } from './clauseContext';

const DATA_USE_CONTEXT = /\b(?:aggregat\w*|analy[sz]\w*|machine[- ]learning|models?|AI|train\w*|improv\w*|data|content|files)\b/i;
const CUSTOMER_DUTY = /\b(?:you|customers?|clients?)\b\s+(?:is|are|shall be|will be)\s+responsible\b/i;
// A liability cap that carves out "breaches of confidentiality" cites the duty; it does not impose it.
const LIABILITY = /\b(?:liabilit(?:y|ies)|limitations?|caps?|exclusions?|indemnif\w*)\b/i;
const CITED_CONFIDENTIALITY = /\b(?:breach(?:es)?|violations?) of (?:(?:its|their|a party['’]s|the) )?confidential(?:ity)?(?: obligations?)?/gi;
// Staff awareness training is an HR measure; "data protection" and "security" there name a course, not a duty over the data.
const STAFF_TRAINING = /\b(?:(?:data protection|privacy|security|information security|compliance|awareness)(?:,? and |, | )?)+training\b/i;

export const optOutRule: Rule = (ctx) => {
  const optOut = signal(ctx, 'permission', OPT_OUT);
  if (!optOut || OPT_OUT_NEGATED.test(ctx.text)) return [];
  const inSentence = TRAIN_VERB.test(ctx.text) || MODEL_WORD.test(ctx.text) || IMPROVE_TARGET.test(ctx.text) || DEVELOP_VERB.test(ctx.text);
  // An opt-out that itself names the use ("if you do not wish us to use ...") carries its own context.
  const namesUse = /\b(?:use|used|using|processed|shared|included)\b/i.test(optOut.text);
  const context = inSentence || namesUse || ctx.object !== undefined || DATA_USE_CONTEXT.test(ctx.paragraphText);
  if (!context || /\b(?:name|logo|marks|marketing (?:emails|communications))\b/i.test(ctx.text)) return [];
  return [{ rule: 'opt-out', category: 'opt-out', stance: 'protective', severity: 'medium', evidence: signals(optOut, ctx.object) }];
};

// "It is permanently deleted from our systems" promises deletion even when the data is named only by a pronoun.
const PASSIVE_PURGE = /\b(?:(?:permanently|securely|irreversibly|irrevocably|fully) )?(?:deleted|erased|purged|destroyed) from (?:our|its|their|all|the \w+['’]s) (?:production )?(?:systems|servers|databases|storage|records)\b/i;

const USER_TRIGGER = /\b(?:you|users?|customers?|clients?|account (?:owners?|holders?))\s+(?:\w+\s+)?(?:delete|deletes|remove|removes|erase|erases|clear|clears|close|closes|cancel|cancels)\b|\b(?:it|they)\s+(?:is|are|will be|shall be|gets?)\b/i;

export const deletionRule: Rule = (ctx) => {
  const del = signal(ctx, 'permission', DELETE_VERB);
  // Only a purge that follows the user's own deletion, or of an item named by pronoun, speaks of the user's material.
  const purge = USER_TRIGGER.test(ctx.text) ? signal(ctx, 'object', PASSIVE_PURGE) : undefined;
  const object = ctx.object ?? purge;
  if (!del || !object || CUSTOMER_DUTY.test(ctx.text)) return [];
  const at = del.start - ctx.sentence.start;
  if (polarityAt(ctx, at).kind === 'prohibited' || /\bno obligation to\b/i.test(ctx.text)) return [];
  if (purge && polarityAt(ctx, purge.start - ctx.sentence.start).kind === 'prohibited') return [];
  return [{ rule: 'deletion', category: 'deletion', stance: 'protective', severity: 'low', evidence: signals(actorSignal(ctx), del, object) }];
};

export const confidentialityRule: Rule = (ctx) => {
  const mention = signal(ctx, 'modifier', CONFIDENTIAL);
  // "Section 7 (Confidentiality)" cites a heading; it is not itself a duty.
  const confidential = mention && ctx.text[mention.start - ctx.sentence.start - 1] !== '(' ? mention : undefined;
  const security = signal(ctx, 'modifier', SECURITY);
  const nonDisclosure = signal(ctx, 'prohibition', NON_DISCLOSURE);
  const object = ctx.object ?? signal(ctx, 'object', /\bConfidential Information\b/);
  if (!object && !confidential) return [];
  // "Customer shall keep its passwords confidential" is the customer's own duty, not a promise about its data.
  if (!object && /^(?:the )?(?:customer|client|you|licensee|subscriber)s?\b/i.test(ctx.text)) return [];
  const property = signal(ctx, 'modifier', DATA_PROPERTY);
  const ownerIsCustomer = property !== undefined && !ctx.vendor.test(ctx.text.slice(property.end - ctx.sentence.start));
  if (!confidential && !security && !nonDisclosure && !ownerIsCustomer) return [];
  const citedOnly = LIABILITY.test(ctx.text) && !CONFIDENTIAL.test(ctx.text.replace(CITED_CONFIDENTIALITY, ''));
  if (!nonDisclosure && !ownerIsCustomer && !security && citedOnly) return [];
  const course = STAFF_TRAINING.exec(ctx.text);
  const securityIsCourse = security !== undefined && course !== null && security.start - ctx.sentence.start >= course.index && security.end - ctx.sentence.start <= course.index + course[0].length;
  if (!confidential && !nonDisclosure && !ownerIsCustomer && securityIsCourse) return [];
  if (CUSTOMER_DUTY.test(ctx.text)) return [];
  return [{ rule: 'confidentiality', category: 'confidentiality', stance: 'protective', severity: 'low', evidence: signals(actorSignal(ctx), confidential, security, nonDisclosure, ownerIsCustomer ? property : undefined, object) }];
};

export const auditRule: Rule = (ctx) => {
  const audit = signal(ctx, 'permission', AUDIT);
  if (!audit) return [];
  const object = ctx.object;
  if (!object || polarityAt(ctx, audit.start - ctx.sentence.start).kind === 'prohibited') return [];
  return [{ rule: 'audit', category: 'audit', stance: 'protective', severity: 'low', evidence: signals(actorSignal(ctx), audit, object) }];
};

// Data reaching third-party AI providers or subprocessors, and data terms moved into policies the vendor can change.
// Pure: imports only engine modules.
import { CLAIM_CONTEXT, CUSTOMER_RESTRICTION, NAMED_MODEL_PROVIDER, MODEL_WORD, POLICY_CHANGE, POLICY_REF, SHARE_VERB, STRICT_AI, SUBPROCESSOR, THIRD_PARTY } from '../lexicon';
import { actorSignal, polarityAt, signal, signals, type Rule } from './clauseContext';

const THIRD_PARTY_AI = /\b(?:(?:model|AI) providers?|(?:external|outside|third[- ]party) (?:AI|ML|model) (?:vendors?|providers?|suppliers?)|AI (?:vendors?|suppliers?)|third[- ]party (?:artificial intelligence|AI|LLMs?|large language|generative|models?|machine[- ]learning))\b/i;
const DATA_CONTEXT = /\b(?:data|content|information|privacy|processing|subprocessors?|AI|artificial intelligence|inputs?|prompts?)\b/i;

export const thirdPartyAiRule: Rule = (ctx) => {
  const named = signal(ctx, 'actor', NAMED_MODEL_PROVIDER);
  if (named && !CLAIM_CONTEXT.test(ctx.text) && polarityAt(ctx, named.start - ctx.sentence.start).kind === 'permitted') {
    return [{ rule: 'named-model-provider', category: 'third-party-ai', stance: 'risk', severity: 'medium', evidence: signals(actorSignal(ctx), named, ctx.object) }];
  }
  const party = signal(ctx, 'actor', THIRD_PARTY);
  if (!party || CUSTOMER_RESTRICTION.test(ctx.text) || CLAIM_CONTEXT.test(ctx.text)) return [];
  // "acts as a service provider" names a legal role, not a recipient.
  if (/\bas an? ["“]?$/i.test(ctx.text.slice(0, party.start - ctx.sentence.start).slice(-8))) return [];
  // A promise that the vendor and its providers will not train is the flow-down itself, not a risk.
  if (polarityAt(ctx, party.start - ctx.sentence.start).kind === 'prohibited') return [];
  const ai = signal(ctx, 'purpose', STRICT_AI) ?? (MODEL_WORD.test(ctx.text) && /\bmodel/i.test(ctx.text) ? signal(ctx, 'purpose', /\bmodels?\b/i) : undefined);
  const share = signal(ctx, 'permission', SHARE_VERB);
  const object = ctx.object;
  const isSubprocessor = SUBPROCESSOR.test(party.text);
  if (!ai && !(isSubprocessor && share)) return [];
  const namedProvider = SUBPROCESSOR.test(ctx.text) || THIRD_PARTY_AI.test(ctx.text);
  if (!share && !object && !(ai && namedProvider)) return [];
  return [{ rule: 'third-party-ai', category: 'third-party-ai', stance: 'risk', severity: ai && object ? 'high' : 'medium', evidence: signals(actorSignal(ctx), share, object, party, ai) }];
};

export const policyByReferenceRule: Rule = (ctx) => {
  const change = signal(ctx, 'modifier', POLICY_CHANGE);
  if (!change) return [];
  const reference = signal(ctx, 'object', POLICY_REF);
  if (!reference || !DATA_CONTEXT.test(ctx.text)) return [];
  // "from time to time" alone often schedules ordinary updates; it needs a unilateral-change flavour.
  if (/^from time to time$/i.test(change.text) && !/\b(?:update|amend|modif|revis|chang)\w*/i.test(ctx.text)) return [];
  return [{ rule: 'policy-by-reference', category: 'policy-by-reference', stance: 'risk', severity: 'medium', evidence: signals(reference, change) }];
};

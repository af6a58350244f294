// Whether the contract binds the model providers it sends the customer's data to (a flow-down), and which protections
// bind only those providers. The review keeps a sentence that only discloses a flow when the providers are bound, and
// the check of the review reads it the same way. Pure: engine types only.
import type { Finding } from '../engine/types';

/** A sentence whose subject is the providers themselves ("Such providers", "each Sub-processor", "the model provider"). */
const PROVIDERS_NAMED = /^(?:[\w\s.()-]{0,40}\b)?(?:such|those|these|each|the|any|all)\s+(?:third[- ]party\s+)?(?:model\s+)?(?:providers?|sub-?processors?|vendors?|partners?)\b/i;

/** "Vendor has contractually required that provider not to use …": the vendor binding a provider, not itself. */
// "… ensure that its contracts with each provider … prohibit that provider from using …" binds the provider too.
const PROVIDER_BOUND =
  /\b(?:(?:required|requires|require|obliged|obliges|binds|bound)\s+(?:that\s+)?(?:the\s+|such\s+|its\s+|each\s+|that\s+)?(?:third[- ]party\s+)?(?:model\s+)?(?:providers?|sub-?processors?|vendors?)\s+(?:not\s+to|to\s+not|not)|prohibits?\s+(?:the\s+|such\s+|its\s+|each\s+|that\s+)?(?:third[- ]party\s+)?(?:model\s+)?(?:providers?|sub-?processors?|vendors?)\s+from)\b/i;
/**
 * "… sent to a Third Party Provider of large language models, which Aerotrace has contractually restricted from using
 * them to train its models": the relative clause binds the provider (273 Sch 2 item 10 answered the vendor's own
 * training in item 3 as if it bound the vendor).
 */
const PROVIDER_RELATIVE = /\b(?:providers?|Providers?|sub-?processors?|vendors?)\b(?:[^.;]|\.(?=\d)){0,80}?,\s+which\s+(?:[\w-]+\s+){1,4}?(?:restricted|prohibited|barred|precluded|required|obliged)\s+(?:from|not\s+to)\b/;
/** "Our agreements with third-party AI providers do not permit them to …": the engine read the providers as the actor. */
// ("Service Provider", the vendor's own name, is no outside provider.)
const PROVIDER_ACTOR = /\b(?:(?:third[- ]party|AI|LLM|model|outside)\s+(?:[\w-]+\s+)?(?:providers?|vendors?|partners?)|sub-?processors?)\b/i;
export const bindsOnlyProviders = (f: Finding): boolean =>
  (f.category === 'no-training' || f.category === 'deletion') &&
  (PROVIDERS_NAMED.test(f.quote) || PROVIDER_BOUND.test(f.quote) || PROVIDER_RELATIVE.test(f.quote) || f.evidence.some((e) => e.role === 'actor' && PROVIDER_ACTOR.test(e.text)));

/**
 * Bound means a clause about the providers that also forbids training or limits retention: a flow-down. "… foundation
 * models licensed from third-party providers. Such providers … are contractually prohibited from using Inputs to train
 * their models": a sentence about the providers that binds them is a flow-down too.
 */
export function bindsTheProviders(findings: readonly Finding[]): boolean {
  const binding = findings.filter((f) => f.stance === 'protective' && (f.category === 'no-training' || f.category === 'deletion'));
  const flowDowns = new Set(binding.map((f) => f.paragraph));
  const bindsProviders = new Set(binding.filter((f) => PROVIDERS_NAMED.test(f.quote)).map((f) => f.paragraph));
  return findings.some((f) => f.category === 'third-party-ai' && ((f.stance !== 'risk' && flowDowns.has(f.paragraph)) || bindsProviders.has(f.paragraph)));
}

// AI training, service improvement and their protective mirror images (no training, purpose limitation).
// Pure: imports only engine modules. A prohibition is never reported as the risk it prohibits.
import type { Signal } from '../types';
import {
  CUSTOMER_RESTRICTION,
  DEVELOPMENT_NOUN,
  DEVELOP_VERB,
  IMPROVE_TARGET,
  MODEL_WORD,
  PURPOSE_LIMIT,
  SELF_AI_VERB,
  SERVICE_PURPOSE,
  STRICT_AI,
  TRAIN_VERB,
  CONSENT,
  CUSTOMER_SERVING_EXCEPTION,
  VENDOR_ENDS_EXCEPTION,
  STRONG_CUSTOMER_DATA,
  PROHIBITION,
  CLAIM_CONTEXT,
  NON_CUSTOMER_SOURCE,
  NO_OPT_OUT,
  OPT_IN_CONDITION,
  UNLIMITED_USE,
} from '../lexicon';
import { actorSignal, polarityAt, signal, signals, type ClauseContext, type DetectedClause, type Polarity, type Rule } from './clauseContext';

const ANONYMISED = /\b(?:de-?identif\w*|anonymi[sz]\w*|aggregat\w*|pseudonymi[sz]\w*)\b/i;
const USE_VERB = /\b(?:us(?:e|es|ed|ing)|utili[sz](?:e|ed)|process(?:es|ed|ing)?|analy[sz](?:e|es|ed|ing)|access(?:es|ed)?|exploit|retain|leverag(?:e|es))\b/i;

/** Where the sentence speaks of developing AI: "train ... models", "fine-tune", "improve our AI". */
function trainingPurpose(ctx: ClauseContext): Signal | undefined {
  const train = signal(ctx, 'purpose', TRAIN_VERB);
  if (train && (SELF_AI_VERB.test(train.text) || MODEL_WORD.test(ctx.text))) return train;
  const develop = DEVELOP_VERB.exec(ctx.text);
  if (develop) {
    const ai = STRICT_AI.exec(ctx.text.slice(develop.index, develop.index + 120));
    if (ai) return signal(ctx, 'purpose', STRICT_AI, develop.index);
  }
  // "will not be used for training" is a no-training promise even without the word "model"; a bare grant is not.
  if (train && ctx.object && /^training$/i.test(train.text) && polarityAt(ctx, train.start - ctx.sentence.start).kind === 'prohibited') return train;
  const aiFirst = STRICT_AI.exec(ctx.text);
  if (aiFirst && /\b(?:improve|develop|refine|learn|get better)\b/i.test(ctx.text.slice(aiFirst.index, aiFirst.index + 80))) {
    return signal(ctx, 'purpose', STRICT_AI);
  }
  return undefined;
}

function improvementPurpose(ctx: ClauseContext): Signal | undefined {
  return signal(ctx, 'purpose', IMPROVE_TARGET) ?? signal(ctx, 'purpose', DEVELOPMENT_NOUN);
}

function purposeLimitation(ctx: ClauseContext): DetectedClause | undefined {
  const limit = signal(ctx, 'prohibition', PURPOSE_LIMIT);
  if (!limit) return undefined;
  // "other than" / "except" limit a purpose only after a prohibition ("may not use ... other than to provide").
  if (/^(?:other than|except)/i.test(limit.text) && !PROHIBITION.test(ctx.text.slice(0, limit.start - ctx.sentence.start))) return undefined;
  const rest = ctx.text.slice(limit.end - ctx.sentence.start, limit.end - ctx.sentence.start + 80);
  if (!SERVICE_PURPOSE.test(rest) && !/\bcomply\b|\bthis agreement\b|\binstructions?\b/i.test(rest)) return undefined;
  const object = ctx.object;
  const use = signal(ctx, 'permission', USE_VERB);
  if (!object || !use) return undefined;
  return {
    rule: 'purpose-limitation',
    category: 'no-training',
    stance: 'protective',
    severity: 'low',
    evidence: signals(actorSignal(ctx), use, object, limit, signal(ctx, 'purpose', SERVICE_PURPOSE, limit.end - ctx.sentence.start)),
  };
}

/**
 * Polarity with customer-serving carve-outs folded back into the prohibition: "will not use X to train models,
 * except for a model used exclusively to provide the Services to Customer" still forbids training for the vendor's
 * benefit, because the exception only narrows the purpose to the customer's own engagement (purpose limitation).
 */
function trainingPolarity(ctx: ClauseContext, at: number): Polarity {
  const polarity = polarityAt(ctx, at);
  if (polarity.kind !== 'prohibited-with-exception') return polarity;
  const exceptionClause = polarity.tail.slice(0, 160);
  if (CUSTOMER_SERVING_EXCEPTION.test(exceptionClause) && !VENDOR_ENDS_EXCEPTION.test(exceptionClause)) return { kind: 'prohibited', cue: polarity.cue };
  return polarity;
}

function detectTraining(ctx: ClauseContext, purpose: Signal): DetectedClause[] {
  const at = purpose.start - ctx.sentence.start;
  const polarity = trainingPolarity(ctx, at);
  const object = ctx.object;
  const actor = actorSignal(ctx);
  if (!object && !actor) return [];
  // Models trained on public or licensed data, with no word for the customer's data, are not about the customer.
  if (NON_CUSTOMER_SOURCE.test(ctx.text) && !STRONG_CUSTOMER_DATA.test(ctx.text)) return [];
  if (polarity.kind === 'prohibited') {
    const consent = signal(ctx, 'exception', CONSENT, at);
    return [{ rule: 'training-prohibited', category: 'no-training', stance: 'protective', severity: 'low', evidence: signals(actor, polarity.cue, object, purpose, consent) }];
  }
  if (polarity.kind === 'prohibited-with-exception') {
    return [{ rule: 'training-carve-out', category: 'ai-training', stance: 'risk', severity: 'high', evidence: signals(actor, polarity.cue, polarity.exception, object, purpose) }];
  }
  const optIn = signal(ctx, 'exception', OPT_IN_CONDITION);
  if (optIn) {
    return [{ rule: 'training-opt-in', category: 'no-training', stance: 'protective', severity: 'low', evidence: signals(actor, object, purpose, optIn) }];
  }
  const safer = signal(ctx, 'modifier', ANONYMISED);
  return [{ rule: 'training-grant', category: 'ai-training', stance: 'risk', severity: safer ? 'medium' : 'high', evidence: signals(actor, polarity.cue, object, purpose, safer) }];
}

function detectImprovement(ctx: ClauseContext, purpose: Signal): DetectedClause[] {
  const object = ctx.object;
  if (!object) return [];
  const polarity = trainingPolarity(ctx, purpose.start - ctx.sentence.start);
  const actor = actorSignal(ctx);
  if (polarity.kind === 'prohibited') {
    return [{ rule: 'improvement-prohibited', category: 'no-training', stance: 'protective', severity: 'low', evidence: signals(actor, polarity.cue, object, purpose) }];
  }
  const evidence = signals(actor, polarity.cue, polarity.kind === 'prohibited-with-exception' ? polarity.exception : undefined, object, purpose);
  return [{ rule: 'improvement-grant', category: 'service-improvement', stance: 'risk', severity: 'medium', evidence }];
}

/** Exceptions that reopen a prohibition ("will not ... except to improve the Services") are risks. */
function carveOutImprovement(ctx: ClauseContext): DetectedClause[] {
  const object = ctx.object;
  const purpose = improvementPurpose(ctx);
  if (!object || !purpose) return [];
  const polarity = polarityAt(ctx, purpose.start - ctx.sentence.start);
  if (polarity.kind !== 'prohibited-with-exception' || !IMPROVE_TARGET.test(polarity.tail)) return [];
  return [{ rule: 'improvement-carve-out', category: 'service-improvement', stance: 'risk', severity: 'medium', evidence: signals(polarity.cue, polarity.exception, object, purpose) }];
}

/** "No mechanism to exclude traffic from training" means training is on for everyone. */
function noOptOut(ctx: ClauseContext): DetectedClause | undefined {
  const missing = signal(ctx, 'permission', NO_OPT_OUT);
  if (!missing) return undefined;
  return { rule: 'training-without-opt-out', category: 'ai-training', stance: 'risk', severity: 'high', evidence: signals(actorSignal(ctx), missing) };
}

/** "We may use the Feedback however we choose" covers improvement and more. */
function unlimitedUse(ctx: ClauseContext): DetectedClause | undefined {
  const unlimited = signal(ctx, 'modifier', UNLIMITED_USE);
  const object = ctx.object;
  const use = signal(ctx, 'permission', USE_VERB);
  const actor = actorSignal(ctx);
  // A licence "for any purpose" is already reported as a broad licence.
  if (!unlimited || !object || !use || !actor || /\blicen[cs]e\b/i.test(ctx.text)) return undefined;
  if (polarityAt(ctx, use.start - ctx.sentence.start).kind !== 'permitted') return undefined;
  return { rule: 'unlimited-use', category: 'service-improvement', stance: 'risk', severity: 'high', evidence: signals(actor, use, object, unlimited) };
}

// Cheap gate: without one of these stems no training, improvement or purpose rule can fire.
const GATE = /better|build|teach|learn|better|train|tun|distil|develop|improv|enhanc|refin|optimi|build|creat|evaluat|benchmark|\bai\b|a\.i\.|artificial|machine|\bml\b|llm|solely|only|exclusive|other than|except|no use|purpose|however|without restriction/i;

export const trainingRule: Rule = (ctx) => {
  if (!GATE.test(ctx.text)) return [];
  // Customer restrictions and indemnities mention training without granting it.
  if (CLAIM_CONTEXT.test(ctx.text)) return [];
  const restriction = CUSTOMER_RESTRICTION.exec(ctx.text);
  const training = trainingPurpose(ctx);
  // A customer restriction silences training language that follows it; a grant that comes first still counts.
  const restricted = restriction !== null && (training === undefined || restriction.index < training.start - ctx.sentence.start || /compet|reverse/i.test(restriction[0]));
  if (restricted) return [];
  const withoutOptOut = noOptOut(ctx);
  if (withoutOptOut) return [withoutOptOut];
  if (training) return detectTraining(ctx, training);
  const carveOut = carveOutImprovement(ctx);
  if (carveOut.length > 0) return carveOut;
  const limitation = purposeLimitation(ctx);
  // A purpose limitation is also a confidentiality duty: the data serves the customer and nothing else.
  if (limitation) return [limitation, { ...limitation, rule: 'purpose-limitation-confidentiality', category: 'confidentiality' }];
  const improvement = improvementPurpose(ctx);
  if (improvement) return detectImprovement(ctx, improvement);
  const unlimited = unlimitedUse(ctx);
  return unlimited ? [unlimited] : [];
};

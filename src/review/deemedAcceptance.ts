// "We may update the Policies at any time …, provided that no policy or change to a policy will expand our rights in Your
// Content without your express consent. … but your continued use of the Service after the update takes effect means
// you accept it.": once a change needs the customer's express agreement (or its objection can stop it, or the version
// is fixed), a clause that takes continued use as acceptance contradicts the edit, and the vendor would read it as the
// consent (lawyer audits of 189 A.9 and 199 § 4.3). It goes with the edit. Pure: engine types only.
import type { RedlineOp } from '../engine/types';

/** What the edit wrote that a deemed acceptance would contradict: consent, a signed amendment, an objection, a fixed version. */
const NEEDS_AGREEMENT = /\b(?:express consent|written amendment signed by both|opportunity to object|in effect on)\b/i;

/**
 * ", and Customer's continued use of the relevant AI Feature after … shall constitute its acceptance of the change",
 * "…, but your continued use … means you accept it", "…, and continued use of the Services after that date constitutes
 * acceptance of the change" (agreement-92 § 3.2): deemed acceptance as a limb joined to the sentence before it.
 * Starts only at a comma or semicolon, so the search stays linear.
 */
export const DEEMED_ACCEPTANCE_LIMB =
  /[,;]\s*(?:and|but)?\s*(?:(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|your|its|their)(?:['’]s)?\s+(?:\w+\s+){0,2}?)?continued\s+use\b[^;.]{0,200}?\b(?:constitutes?|shall\s+constitute|will\s+constitute|means|(?:is|shall\s+be|will\s+be)\s+deemed)\b[^;.]{0,160}?(?=[;.]|$)/;

/**
 * "By continuing to use the Services after an update, you agree to it.", "Continued use of the AI Features after an
 * amendment is posted constitutes acceptance of the amended policy." (audit87, 236 Addendum ¶12): deemed acceptance as
 * a sentence of its own. A full stop inside a clause number ("clause 6.3") does not end it (audit186, 421 § 17.1 was
 * cut at "clause 6.").
 */
const DEEMED_ACCEPTANCE_SENTENCE =
  /(?<=\.)\s+(?:By\s+continuing\s+to\s+use|(?:Your|The\s+[A-Z][\w-]*['’]s|[A-Z][\w-]*['’]s)\s+continued\s+use|Continued\s+use)\b(?:[^.]|\.(?=\d)){0,300}?\b(?:accepts?|acceptance|agrees?|constitutes?|means|deemed)\b(?:[^.]|\.(?=\d)){0,200}\./;

/**
 * "Updates become effective thirty (30) days after they are posted.": once the edit fixes the version, a sentence
 * putting updates into effect contradicts it (audit150 and audit157, 353 § 5.1: "the text now contradicts itself"),
 * and so does one that goes on to take continued use as acceptance (audit187, 423 § 6.3).
 */
const UPDATES_TAKE_EFFECT =
  /(?<=\.)\s+(?:Any\s+)?(?:[Uu]pdates?|[Cc]hanges?|[Aa]mendments?|[Rr]evisions?|[Mm]odifications?)(?:\s+(?:to|of)\s+(?:it|them|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))?\s+(?:become|becomes|take|takes|will\s+(?:become|take)|shall\s+(?:become|take))\s+(?:effective|effect)\b[^.]{0,160}?\b(?:posted|posting|published|notified|notice)\b(?:[^.]{0,80}|[^.]{0,120}?\bcontinued\s+use\b[^.]{0,200})\./;

/** ", except that " before a change that "will not apply to Customer": an exception protecting the customer. */
const PROTECTIVE_EXCEPTION = /,\s+(?:except|save|provided)\s+that\s+(?=(?:[^.]|\.(?=\d)){0,200}?\b(?:will|shall|does)\s+not\s+(?:apply|take\s+effect|bind)\b)/;

/** The edit widened to strike each clause of the paragraph that takes continued use as acceptance, or undefined. */
export function withDeemedAcceptanceStruck(text: string, ops: readonly RedlineOp[]): RedlineOp[] | undefined {
  if (!ops.some((op) => op.kind === 'insert' && NEEDS_AGREEMENT.test(op.text))) return undefined;
  const taken = (start: number, end: number) => ops.some((op) => (op.kind === 'delete' ? op.start < end && start < op.end : start < op.at && op.at < end));
  const struck: RedlineOp[] = [];
  // Updates taking effect contradict only a fixed version; an objection right still lets them take effect.
  const fixed = ops.some((op) => op.kind === 'insert' && /\bin effect on\b/i.test(op.text));
  for (const pattern of [DEEMED_ACCEPTANCE_LIMB, DEEMED_ACCEPTANCE_SENTENCE, ...(fixed ? [UPDATES_TAKE_EFFECT] : [])]) {
    const found = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of text.matchAll(found)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken(start, end)) continue;
      // "Updates take effect when posted, and Customer's continued use … constitutes acceptance …": the limb already
      // struck lies inside the sentence, which goes whole (audit187, 423 § 6.3 kept "Updates take effect when posted.").
      const inside = struck.filter((op) => op.kind === 'delete' && op.start < end && start < op.end);
      if (inside.some((op) => op.kind === 'delete' && (op.start < start || op.end > end))) continue;
      for (const op of inside) struck.splice(struck.indexOf(op), 1);
      // "Continued use … constitutes acceptance, except that an amendment which materially reduces Customer's rights …
      // will not apply to Customer until …": the exception is the customer's own protection, and stays as a sentence of
      // its own (audit152, 355 § 12.1 lost it with the acceptance).
      const kept = pattern === DEEMED_ACCEPTANCE_SENTENCE ? PROTECTIVE_EXCEPTION.exec(match[0]) : null;
      if (kept) {
        const opening = start + match[0].length - match[0].trimStart().length;
        const from = start + kept.index + kept[0].length;
        struck.push(
          { kind: 'delete', start: opening, end: from + 1, text: text.slice(opening, from + 1) },
          { kind: 'insert', at: from + 1, text: text.charAt(from).toUpperCase() },
        );
      } else struck.push({ kind: 'delete', start, end, text: text.slice(start, end) });
    }
  }
  // At one offset a deletion comes before an insertion (a proviso written where the struck limb began).
  const at = (op: RedlineOp) => (op.kind === 'delete' ? op.start : op.at);
  const rank = (op: RedlineOp) => (op.kind === 'delete' ? 0 : 1);
  return struck.length === 0 ? undefined : [...ops, ...struck].sort((a, b) => at(a) - at(b) || rank(a) - rank(b));
}

// Playbook wording in the contract's own voice when it speaks as "we" to "you": the placeholders become the
// pronouns, and the grammar follows them ("we have", "your data", "to us"). Pure: no imports.

/** Third-person verbs the playbook puts after a party, with their plural forms. */
const PLURAL: Readonly<Record<string, string>> = { has: 'have', is: 'are', was: 'were', does: 'do' };
/** Words after which "we" is still the subject of a clause, not an object. */
const SUBJECT_BEFORE = /\b(?:that|if|unless|which|where|when|whether|because|and|or|so|nor|neither|until|after|before|while|as|extent|than|who|what|how|why)\s+$/i;

function pluralVerb(verb: string): string {
  const irregular = PLURAL[verb.toLowerCase()];
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(verb)) return verb.slice(0, -2);
  return verb.endsWith('s') && !verb.endsWith('ss') ? verb.slice(0, -1) : verb;
}

/** Verbs that follow a subject pronoun in the playbook: a word ending in "s" right after "we"/"you". */
// "we hereby assigns": an adverb may stand between the pronoun and its verb.
const SUBJECT_VERB = /\b(we|you)\s+((?:hereby|also|further|thereby|irrevocably)\s+)?([a-z]+s)\b/g;
const NOT_VERBS = new Set(['unless', 'this', 'thus', 'was', 'its', 'has', 'is', 'does', 'as', 'us', 'yours', 'ours', 'always', 'towards']);

/** "At a minimum we need …": "we" before a verb of its own is the subject, whatever stands before it. */
const VERB_AFTER = /^\s+(?:need|will|can|cannot|may|must|shall|should|would|could|accept|agree|have|are|do|understand|expect|require|ask|want|also|only|already)\b/;

/** A preposition right before "we": "by us", "to us", "with us". */
const PREPOSITION_BEFORE = /\b(?:by|to|for|with|from|of|against|between|about|than|towards)\s+$/i;

/** "we" after a verb or a preposition ("notice to we") is an object: "us". Decided from the words just before it. */
function isObject(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed === '' || /[.;:!?(),]$/.test(trimmed)) return false;
  return !SUBJECT_BEFORE.test(before);
}

export function speakAsWeAndYou(text: string): string {
  return text
    // "Feedback is you's to use": a possessive standing alone, with no noun after it, is "yours" (or "ours").
    .replace(/\b(we|you)['’]s(?=\s+(?:to|alone|and|or)\b|[.,;])/gi, (_w, who: string) => (who.toLowerCase() === 'we' ? 'ours' : 'yours'))
    .replace(/\b(we|you)['’]s\b/gi, (_w, who: string) => (who.toLowerCase() === 'we' ? 'our' : 'your'))
    .replace(SUBJECT_VERB, (whole, who: string, adverb: string | undefined, verb: string) =>
      NOT_VERBS.has(verb) && !PLURAL[verb] ? whole : `${who} ${adverb ?? ''}${pluralVerb(verb)}`,
    )
    .replace(/\bwe\b/g, (whole: string, offset: number, all: string) => {
      const before = all.slice(Math.max(0, offset - 40), offset);
      // "the use of Your Content by we are set out …": after a preposition "we" is an object, whatever verb follows.
      if (PREPOSITION_BEFORE.test(before)) return 'us';
      return isObject(before) && !VERB_AFTER.test(all.slice(offset + whole.length, offset + whole.length + 20)) ? 'us' : whole;
    });
}

// The words a contract uses for its parties, its data and itself when it never defines them ("Supplier may keep
// Client Content after the end of these Terms"): inserted wording then reads in those words, not in the playbook's
// "Vendor" and "Customer Data". Pure and linear: one pass over each paragraph's capitalised words.
import type { Paragraph } from './types';

const VENDOR_NOUNS = new Set(['Supplier', 'Provider', 'Vendor', 'Licensor', 'Processor', 'Contractor', 'Service Provider']);
const CUSTOMER_NOUNS = new Set(['Customer', 'Client', 'Licensee', 'Subscriber', 'Buyer', 'Purchaser', 'Controller']);
const DATA_HEADS = new Set(['Data', 'Content', 'Materials', 'Information', 'Inputs', 'Input']);
/**
 * "this Agreement", "these Terms": the determiner shows the capital is the contract naming itself. A contract that
 * writes "this agreement" or "these terms" in lower case keeps it so.
 */
// "this Call-Off Contract", "these AI Terms": a name of one or two capitalised words before the noun counts too, said
// with "this" or "these" only ("the Framework Agreement" is another document).
const AGREEMENT =
  /\b(?:this|these|the)\s+(Agreement|Terms|Contract|Terms of Service|Terms of Use)\b|\bthis\s+(agreement)\b|\bthese\s+(terms)\b|\b(?:this|these)\s+((?:[A-Z][\w-]*\s){1,2}(?:Agreement|Contract|Terms))\b/g;
/** "Customer Personal Data", "Client Confidential Information": a customer data phrase with a word between. */
const THREE_WORD_DATA = new RegExp(`\\b(?:${[...CUSTOMER_NOUNS].join('|')})\\s+[A-Z][a-z]+\\s+(?:${[...DATA_HEADS].join('|')})\\b`, 'g');
/**
 * "your journal entries", "your content": what terms in the "we"/"you" voice call the user's data when they define no
 * term for it. Only the data nouns count ("your account", "your consent" name no data).
 */
const YOUR_DATA = /\byour\s+(content|data|information|files|messages|journal\s+entries|entries|recordings|conversations|chats|uploads|documents|photos|submissions|inputs|prompts)\b/gi;
/** "this SOW", "this Statement of Work": a work order that is its own contract beside a master agreement. */
const WORK_ORDER = /\bthis\s+(SOW|Statement\s+of\s+Work|Work\s+Order|Order\s+Form)\b/g;
/** One or two capitalised words ("Supplier", "Service Provider", "Client Content"). */
const CAPITALISED = /\b[A-Z][a-z]+(?:\s+([A-Z][a-z]+))?\b/g;

export interface UsageTerms {
  readonly vendor?: string;
  readonly customer?: string;
  readonly customerData?: string;
  readonly agreement?: string;
  readonly voice?: 'we-you';
  /** The user's data in the "you" voice ("your information"), when the contract speaks so. */
  readonly yourData?: string;
}

/** A contract that says "we" and "you" this often speaks as the vendor to the customer. */
const VOICE_MINIMUM = 5;
const WE = /\b(?:we|us|our)\b/gi;
const YOU = /\b(?:you|your)\b/gi;

function mostFrequent(counts: ReadonlyMap<string, number>, minimum: number): string | undefined {
  let best: string | undefined;
  let bestCount = minimum - 1;
  for (const [word, count] of counts) {
    if (count > bestCount) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}

const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * The contract's most frequent capitalised party nouns and customer-data phrase. A party noun must occur at least
 * twice, so one capitalised "Provider" in a heading does not rename the vendor throughout the redline.
 */
export function termsFromUsage(paragraphs: readonly Paragraph[]): UsageTerms {
  const vendors = new Map<string, number>();
  const customers = new Map<string, number>();
  const data = new Map<string, number>();
  const agreements = new Map<string, number>();
  const yours = new Map<string, number>();
  let we = 0;
  let you = 0;
  for (const { text } of paragraphs) {
    if (we < VOICE_MINIMUM) for (const _ of text.matchAll(WE)) we++;
    if (you < VOICE_MINIMUM) for (const _ of text.matchAll(YOU)) you++;
    for (const match of text.matchAll(CAPITALISED)) {
      // "The Supplier" at a sentence start: the determiner is not part of the name. One word (the usual case) needs
      // neither: it has no space to normalise and no determiner before a name.
      const phrase = match[1] === undefined ? match[0] : match[0].replace(/\s+/g, ' ').replace(/^(?:The|This|These|Each|Any|Such|A|An) (?=[A-Z])/, '');
      const [first = '', second] = match[1] === undefined ? [phrase] : phrase.split(' ');
      if (second !== undefined && CUSTOMER_NOUNS.has(first) && DATA_HEADS.has(second)) {
        add(data, phrase);
        continue;
      }
      if (VENDOR_NOUNS.has(phrase)) add(vendors, phrase);
      else if (VENDOR_NOUNS.has(first)) add(vendors, first);
      if (CUSTOMER_NOUNS.has(first)) add(customers, first);
      if (second !== undefined && CUSTOMER_NOUNS.has(second)) add(customers, second);
    }
    for (const match of text.matchAll(THREE_WORD_DATA)) add(data, match[0].replace(/\s+/g, ' '));
    for (const match of text.matchAll(AGREEMENT)) add(agreements, (match[1] ?? match[2] ?? match[3] ?? match[4]) as string);
    for (const match of text.matchAll(WORK_ORDER)) add(agreements, (match[1] as string).replace(/\s+/g, ' '));
    for (const match of text.matchAll(YOUR_DATA)) add(yours, `your ${(match[1] as string).toLowerCase().replace(/\s+/g, ' ')}`);
  }
  const customerData = mostFrequent(data, 1);
  const customer = mostFrequent(customers, 2) ?? customerData?.split(' ')[0];
  // Terms that speak as "we" and name the vendor nowhere ("we may use Customer Content …") are the vendor's own voice:
  // inserted wording says "we", never a "Vendor" the contract does not have.
  const vendor = mostFrequent(vendors, 2) ?? (we >= VOICE_MINIMUM ? 'we' : undefined) ?? nameInTitle(paragraphs, customer);
  const agreement = mostFrequent(agreements, 1);
  const yourData = mostFrequent(yours, 2);
  return {
    ...(vendor !== undefined ? { vendor } : {}),
    ...(customer !== undefined ? { customer } : {}),
    ...(customerData !== undefined ? { customerData } : {}),
    ...(agreement !== undefined ? { agreement } : {}),
    ...(we >= VOICE_MINIMUM && you >= VOICE_MINIMUM ? { voice: 'we-you' as const, ...(yourData !== undefined ? { yourData } : {}) } : {}),
  };
}

/** Words a title uses for the parties' institutions or the document, never a vendor's trade name. */
const NOT_A_TRADE_NAME = new Set(['university', 'college', 'school', 'council', 'bank', 'hospital', 'trust', 'board', 'authority', 'city', 'county', 'state',
  'department', 'agency', 'ministry', 'group', 'company', 'platform', 'service', 'services', 'software', 'cloud', 'data', 'master', 'subscription', 'terms',
  'agreement', 'general', 'standard', 'enterprise', 'customer', 'client', 'order', 'schedule', 'addendum', 'licence', 'license', 'processing', 'framework']);
const MODAL_AFTER = /^ (?:may|shall|will|must|can|agrees)\b/;

/**
 * "LUMENPATH PLATFORM SUBSCRIPTION TERMS", then "Lumenpath may use Customer Data …" with no definition of Lumenpath:
 * a vendor that names itself only by its trade name, in the title and as the subject of its own promises (twice or
 * more, never after "the"), while the customer has a role word of its own. Inserted wording then names the vendor so,
 * not "Vendor" (audit134: "Vendor" in clauses inserted into 330).
 */
function nameInTitle(paragraphs: readonly Paragraph[], customer: string | undefined): string | undefined {
  if (customer === undefined) return undefined;
  const title = paragraphs.slice(0, 3).find((p) => p.text.trim() !== '')?.text.trim() ?? '';
  if (title.length > 120 || /[.;:]$/.test(title)) return undefined;
  const names = title.split(/[^A-Za-z]+/).filter((w) => w.length >= 4 && /^[A-Z]/.test(w) && !NOT_A_TRADE_NAME.has(w.toLowerCase()));
  for (const word of names) {
    const name = word.charAt(0) + word.slice(1).toLowerCase();
    if (name === customer) continue;
    let subject = 0;
    for (const { text } of paragraphs.slice(1)) {
      for (let at = text.indexOf(name); at >= 0 && subject < 2; at = text.indexOf(name, at + name.length)) {
        const before = text.slice(Math.max(0, at - 4), at);
        if (/\w$/.test(before) || /\bthe $/i.test(before)) continue;
        if (MODAL_AFTER.test(text.slice(at + name.length, at + name.length + 8))) subject++;
      }
      if (subject >= 2) return name;
    }
  }
  return undefined;
}

/** A term whose capital is only its definition's first letter: "Your content", "Learner data". */
const SENTENCE_CAPITAL_ONLY = /^[A-Z][a-z]+(?: [a-z]+)+$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * '"Your content" means everything you submit …', then "you own your content" throughout: the capital is the
 * sentence's, not the term's. The term as the contract writes it mid-sentence, where it writes it lower case more
 * often than capitalised (audit64: "Your content" mid-sentence in inserted wording).
 */
export function asWrittenMidSentence(term: string | undefined, paragraphs: readonly Paragraph[]): string | undefined {
  if (term === undefined || !SENTENCE_CAPITAL_ONLY.test(term)) return term;
  const lower = term.charAt(0).toLowerCase() + term.slice(1);
  // Mid-sentence: after a word and a space, not after a full stop, a quote or a heading number.
  const count = (form: string) => paragraphs.reduce((n, p) => n + [...p.text.matchAll(new RegExp(`(?<=[a-z,] )${escape(form)}\\b`, 'g'))].length, 0);
  return count(lower) > count(term) ? lower : term;
}

// Resolves which tags name what: drops words swallowed by a longer term and composes "your files" or "content you
// upload" into the customer's data. Pure: imports only the language layer and the frame types.
import type { Tag, Unit } from '../language/matcher';
import type { SetId } from '../language/vocabulary';

const TERM_SETS = new Set<string>([
  'customerDataTerm', 'usageData', 'outputNoun', 'feedbackNoun', 'confidentialInfo', 'vendorMaterial',
  'docCustomerData', 'docUsageData', 'docOutput', 'ownAdjective', 'aggregateNotData', 'aggregatorEntity', 'staffTraining', 'notAiModel', 'modal',
  // "save with", "save that": the British "except" swallows its "save" (no keeping is said).
  'exceptionOpener',
  // "where the law allows us to …": the law's permission swallows its "allows us" (no grant by the customer).
  'lawPermits',
  // "an independent bias audit of the Ranking Engine": the vendor tests its own model; no audit right is named.
  'modelAudit',
  'nonCustomerSource', 'consentPhrase', 'licenceNarrowing', 'businessContact', 'productDocs', 'paymentTerm', 'parentalConsent', 'contractMechanics', 'customerDepartment',
  // "before being granted access to production systems": access given to staff grants no right over the data.
  'accessGiven',
  // "if an instruction infringes the GDPR": a law infringed swallows its "infringes" (no IP claim is made).
  'lawInfringed',
  // "in data centres located in Canada": the place swallows its "data" (no data object is named).
  'dataResidency',
  // Role names of a data-use agreement ("Data Provider", "Data User"): only the `dua` mode's vocabulary has them.
  'duaHolder', 'duaRecipient',
]);
const SWALLOWED_BY_TERMS = new Set<string>([
  'vendorWe', 'vendorRole', 'customerYou', 'customerRole', 'thirdParty', 'dataNoun', 'docVendor', 'docCustomer', 'providerName',
  'useVerb', 'retainVerb', 'shareVerb', 'deleteVerb', 'improveVerb', 'ownVerb', 'feedbackNoun', 'trainVerb',
  'derivedData', 'grantVerb', 'licenceBreadth', 'optOutVerb', 'persistVerb', 'duaBeyond', 'auditTerm', 'claimContext',
]);
/** The data-use words an everyday phrase ("backup power", "staff retention", "by automated means") takes back into its ordinary sense. */
const ORDINARY_SENSE_SWALLOWS = new Set<string>(['trainVerb', 'bareTraining', 'backup', 'retainVerb', 'actionNoun', 'dataTopics', 'optOutVerb', 'definitionCue', 'persistVerb', 'lastingVerb', 'afterEnd', 'outputNoun', 'workProduct', 'controlCue', 'topicHead']);
const DUA_ROLE_SETS = new Set<string>(['duaHolder', 'duaRecipient']);
const GENERIC_PARTY_SETS = new Set<string>(['vendorRole', 'customerRole']);
const VERBAL_SETS = new Set<string>(['useVerb', 'trainVerb', 'improveVerb', 'retainVerb', 'shareVerb', 'grantVerb', 'deleteVerb', 'ownVerb', 'modal', 'negator', 'optOutVerb', 'optInVerb']);
const OWNER_WORDS = new Set(['your', 'yours', 'customer', 'customers', 'client', 'clients', 'user', 'users', 'end user',
  'end users', 'member', 'members', 'subscriber', 'subscribers', 'licensee', 'patient', 'patients', 'student', 'students']);
/** What a model is made of, or the model itself: the parts a customer may own ("its private model weights"). */
const OWNED_MODEL_PARTS = /\b(?:models?|weights|parameters|embeddings|adapters?|checkpoints?)\b/i;
const SUPPLY_VERB = /^(?:upload|uploads|uploaded|provide|provides|provided|supply|supplies|supplied|submit|submits|submitted|post|posts|posted|share|shares|shared|create|creates|created|enter|enters|entered|input|inputs|give|gives|send|sends|sent|make|makes|store|stores|generate|generates|type|types|record|records|add|adds|bring|transmit|transmits|import|imports|write|writes|wrote|written|author|authors|authored)$/;

function inside(inner: Tag, outer: Tag): boolean {
  return outer !== inner && outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

/**
 * Tags sorted by start, queried for those that start shortly before a position. Phrases are short (the longest
 * defined term is bounded), so each query looks at a bounded window: resolving stays linear on any input.
 */
class TagWindow {
  private readonly sorted: readonly Tag[];
  private readonly reach: number;
  constructor(tags: readonly Tag[]) {
    // The matcher's tags arrive sorted by start; copying and sorting again is only needed for other callers.
    this.sorted = isSortedByStart(tags) ? tags : [...tags].sort((x, y) => x.start - y.start);
    let reach = 0;
    for (const t of this.sorted) reach = Math.max(reach, t.end - t.start);
    this.reach = reach;
  }
  /** Whether a tag that starts in [at - reach - slack, at + slack] passes `test`; scans in place, allocating nothing. */
  some(at: number, test: (tag: Tag) => boolean, slack = 0): boolean {
    if (this.sorted.length === 0) return false;
    let lo = 0;
    let hi = this.sorted.length;
    const from = at - this.reach - slack;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] as Tag).start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && (this.sorted[i] as Tag).start <= at + slack; i++) if (test(this.sorted[i] as Tag)) return true;
    return false;
  }
}

function isSortedByStart(tags: readonly Tag[]): boolean {
  for (let i = 1; i < tags.length; i++) if ((tags[i - 1] as Tag).start > (tags[i] as Tag).start) return false;
  return true;
}

/** Tags left after removing words that are only part of a longer term ("customer" in "Customer Data"). */
const NO_TAGS = new TagWindow([]);

/** The tags passing `test`, as a window; most sentences have none of a kind, and then nothing is allocated. */
function windowOf(tags: readonly Tag[], test: (t: Tag) => boolean): TagWindow {
  let picked: Tag[] | undefined;
  for (const t of tags) if (test(t)) (picked ??= []).push(t);
  return picked ? new TagWindow(picked) : NO_TAGS;
}

/** Characters between a training word and the people it trains: a space, a short word ("its", "their") and a space. */
const PEOPLE_REACH = 7;
const isTerm = (t: Tag) => TERM_SETS.has(t.set);
const isNotAi = (t: Tag) => t.set === 'notAiModel';
const isStaff = (t: Tag) => t.set === 'staffTraining';
const isProviderName = (t: Tag) => t.set === 'providerName';
const isDocParty = (t: Tag) => t.set === 'docCustomer' || t.set === 'docVendor';
const IN_PARTY_NAME = new Set<string>(['thirdParty', 'vendorRole', 'customerRole', 'providerName', 'dataNoun', 'aiAcronym', 'aiNoun']);
const isDuaRole = (t: Tag) => DUA_ROLE_SETS.has(t.set);
const INSIDE_PRODUCT_NAME = new Set<string>(['usageData', 'docUsageData', 'vendorEnds', 'derivedData']);
/** Ordinary meanings a word loses when the contract defines it as the customer's data ("Analytics", "Insights"). */
const DEFINED_AWAY = new Set<string>(['usageData', 'vendorEnds']);

export function resolveTags(tags: readonly Tag[]): Tag[] {
  const terms = windowOf(tags, isTerm);
  const notAi = windowOf(tags, isNotAi);
  const staff = windowOf(tags, isStaff);
  const people = windowOf(tags, (t) => t.set === 'personnel');
  const names = windowOf(tags, isProviderName);
  const all = new TagWindow(tags);
  const duaRoles = windowOf(tags, isDuaRole);
  const partyNames = windowOf(tags, isDocParty);
  const bounds = windowOf(tags, (t) => t.set === 'boundedPeriod');
  const laws = windowOf(tags, (t) => t.set === 'bodyOfLaw');
  const screens = windowOf(tags, (t) => t.set === 'vendorMaterial');
  const customerTerms = windowOf(tags, (t) => t.set === 'docCustomerData');
  const ordinary = windowOf(tags, (t) => t.set === 'ordinarySense');
  return tags.filter((t) => {
    // "backup power", "new-hire retention", "fine-tune the settings": the everyday sense keeps and trains nothing.
    if (ORDINARY_SENSE_SWALLOWS.has(t.set) && ordinary.some(t.start, (o) => inside(t, o))) return false;
    // '"Customer Data" means Call Data, Transcripts, Analytics …': the defined word names that data, no vendor purpose.
    // A name of two words ("Platform Data") keeps its usage reading: a definition may sweep content into usage data.
    if (DEFINED_AWAY.has(t.set) && (t.set === 'vendorEnds' || t.first === t.last) && customerTerms.some(t.start, (term) => term.start === t.start && term.end === t.end)) return false;
    // "the use of the analytics dashboard": a word inside the name of a part of the product is part of that name.
    if (INSIDE_PRODUCT_NAME.has(t.set) && screens.some(t.start, (screen) => inside(t, screen))) return false;
    // "for longer than thirty days" is a bound, not the open-ended "for longer".
    if (t.set === 'openEnded' && bounds.some(t.start, (bound) => inside(t, bound))) return false;
    // "under German commercial and tax law": the law's field is no commercial end of the vendor's.
    if (t.set === 'vendorEnds' && laws.some(t.start, (law) => inside(t, law))) return false;
    // "Data Partner", "Halden AI Labs": a word inside the contract's own name for a party is part of that name.
    if (IN_PARTY_NAME.has(t.set) && partyNames.some(t.start, (name) => inside(t, name))) return false;
    // "our Services", "our models": the vendor's own things; their "our" still says the vendor is speaking.
    // "… remain the property of the Operator": the idiom keeps nothing, but it names who owns.
    const ownThing = (term: Tag) => (t.set === 'vendorWe' && term.set === 'vendorMaterial') || (t.set === 'ownVerb' && term.set === 'contractMechanics');
    if (SWALLOWED_BY_TERMS.has(t.set) && terms.some(t.start, (term) => inside(t, term) && !ownThing(term))) return false;
    // In a data-use agreement the role decides the side: "Developer" or "Licensor" there is not a generic party word.
    if (GENERIC_PARTY_SETS.has(t.set) && duaRoles.some(t.start, (role) => role.start <= t.start && t.end <= role.end)) return false;
    // "AI" in "Mistral AI" or "Stability AI" is part of a company's name.
    const ai = t.set === 'aiAcronym' || t.set === 'aiNoun';
    if (ai && names.some(t.start, (n) => n.start <= t.start && t.end <= n.end)) return false;
    // "fine-tuned" is one training word, not also "tuned".
    if (all.some(t.start, (other) => other.set === t.set && inside(t, other))) return false;
    // "This Agreement shall remain in force": a term staying in force keeps nothing; its "remain" is no keeping.
    if ((t.set === 'retainVerb' || t.set === 'persistVerb') && all.some(t.start, (other) => other.set === 'surviveVerb' && inside(t, other))) return false;
    // "unlimited uploads": a plan's allowance is no period; its "unlimited" keeps nothing for ever.
    if (t.set === 'openEnded' && all.some(t.start, (other) => other.set === 'planAllowance' && inside(t, other))) return false;
    if (ai && notAi.some(t.start, (n) => n.start <= t.start && t.end <= n.end)) return false;
    // "team members", "every member of its personnel": a party word inside a name for the vendor's people names no party.
    if (t.set === 'customerRole' && people.some(t.start, (n) => inside(t, n))) return false;
    // "onboarding training on the Platform": a training word touching a staff-training phrase is about people.
    if (t.set === 'trainVerb' && staff.some(t.start, (n) => n.start <= t.end + 1 && t.start <= n.end + 1, t.end - t.start + 1)) return false;
    // "including training its staff and building design templates": the people right after the training word (one short
    // word between, "its", "our", "the") are the ones trained.
    if (t.set === 'trainVerb' && people.some(t.start, (n) => n.start > t.end && n.start - t.end <= PEOPLE_REACH, PEOPLE_REACH + t.end - t.start)) return false;
    return true;
  });
}

/**
 * "our document-understanding technology", "data-driven insights": a data word that modifies the next word through a
 * hyphen names a kind of thing, not the data the clause uses.
 */
/**
 * "accessed through the providers' own interfaces", "under the Customer's own account": "own" right after a possessive
 * is an adjective, as in "its own" (the ownAdjective phrases), not ownership (audit68, 197 A.2 read the vendor owning).
 */
export function withoutPossessiveOwn(tags: readonly Tag[], units: readonly Unit[]): Tag[] {
  return tags.filter((t) => !(t.set === 'ownVerb' && t.first === t.last && units[t.first]?.norm === 'own' && units[t.first - 1]?.possessive === true));
}

export function withoutCompoundModifiers(tags: readonly Tag[], text: string): Tag[] {
  return tags.filter((t) => !(t.set === 'dataNoun' && t.first === t.last && text[t.end] === '-' && /\p{L}/u.test(text[t.end + 1] ?? '')));
}

const NAME_WORD = /^[A-Z][a-z]+$/;
/**
 * "Candidate Data", "Hub Content", "Case Files": capitalised generic heads make defined terms for data, not product
 * names. Products take media words ("Acme Photos", "Roo Code"); files, documents and logs name what a party holds.
 */
const DEFINED_TERM_HEAD = /^(?:data|content|contents|information|material|materials|records|submissions|files|documents|recordings|logs|datasets)$/;
const NAMING_SETS = new Set<string>(['providerName', 'docVendor']);

/**
 * "Roo Code", "Acme Photos": a capitalised media word after a capitalised word that names nothing else (or the vendor's
 * own name) is a product's name: the vendor's offering, not the customer's data.
 */
export function productNames(tags: readonly Tag[], units: readonly Unit[]): Tag[] {
  // The sets tagging each word, built only if a tag needs them (most sentences have no capitalised media word).
  let taggedAt: Map<number, string[]> | undefined;
  const tagged = (k: number): readonly string[] | undefined => {
    if (!taggedAt) {
      const built = new Map<number, string[]>();
      for (const t of tags) {
        for (let j = t.first; j <= t.last; j++) {
          const here = built.get(j);
          if (here) here.push(t.set);
          else built.set(j, [t.set]);
        }
      }
      taggedAt = built;
    }
    return taggedAt.get(k);
  };
  const isName = (t: Tag): boolean => {
    const word = units[t.first] as Unit;
    if (t.set !== 'dataNoun' || t.first !== t.last || !NAME_WORD.test(word.text) || DEFINED_TERM_HEAD.test(word.norm)) return false;
    const before = units[t.first - 1];
    if (!before || !NAME_WORD.test(before.text) || before.possessive) return false;
    const sets = tagged(t.first - 1);
    return sets === undefined || sets.every((s) => NAMING_SETS.has(s));
  };
  // "the Quora Platform", "the Acme Services": a capitalised offering after "the" and a name is the vendor's own.
  const isBrandedOffering = (t: Tag): boolean => {
    const word = units[t.first] as Unit;
    const name = units[t.first - 1];
    const the = units[t.first - 2];
    return t.set === 'offering' && t.first === t.last && NAME_WORD.test(word.text) && name !== undefined && NAME_WORD.test(name.text) &&
      !name.possessive && the?.norm === 'the' && tagged(t.first - 1) === undefined;
  };
  // The name is the vendor's offering: "to help us improve Roo Code" improves a product.
  const named: Tag[] = [];
  for (const t of tags) {
    if (isName(t)) named.push({ set: 'offering', first: t.first, last: t.last, start: t.start, end: t.end, text: t.text });
    else if (isBrandedOffering(t)) {
      named.push(t, { set: 'vendorMaterial', first: t.first - 1, last: t.last, start: (units[t.first - 1] as Unit).start, end: t.end, text: t.text });
    } else named.push(t);
  }
  return named;
}

export interface ComposedObject {
  readonly set: SetId;
  readonly start: number;
  readonly end: number;
}

/**
 * "your files", "Customer's prompts", "client personal data" (an owner, up to two words, a data noun) and
 * "content you upload" (a data noun, then "you" and a verb of supplying) name the customer's data.
 */
export function composeCustomerData(tags: readonly Tag[], units: readonly Unit[], customerNames: ReadonlySet<string>): ComposedObject[] {
  const nouns = tags.filter((t) => t.set === 'dataNoun' || t.set === 'usageData' || t.set === 'outputNoun');
  // "the prompts you provide": a named kind of customer data followed by the customer supplying it is one object too.
  const named = tags.filter((t) => t.set === 'customerDataTerm');
  // Words that carry a verb, modal or negation cannot sit between an owner and its data ("Customer owns all Outputs").
  const verbal = new Set<number>();
  for (const t of tags) if (VERBAL_SETS.has(t.set)) for (let k = t.first; k <= t.last; k++) verbal.add(k);
  const composed: ComposedObject[] = [];
  for (const noun of nouns) {
    for (let back = 1; back <= 3; back++) {
      const owner = units[noun.first - back];
      if (!owner) break;
      // "user guides, release notes": a comma or other mark between two words ends the phrase; the owner is another item's.
      if ((units[noun.first - back + 1] as Unit).start - owner.end > 1) break;
      if (OWNER_WORDS.has(owner.norm) || (owner.possessive && customerNames.has(owner.norm) && back === 1)) {
        composed.push({ set: 'docCustomerData', start: owner.start, end: noun.end });
        break;
      }
      if (/^(?:the|a|an|our|its|their|of|and|or|to|for|from|with|by|all|any)$/.test(owner.norm) || /ing$/.test(owner.norm) || verbal.has(noun.first - back)) break;
    }
  }
  // "the Customer's private model weights": a model or its weights the customer owns (one adjective between) are the
  // customer's, though the words alone name the vendor's things (blind74: a deletion of them read as the vendor's own).
  for (const thing of tags) {
    if (thing.set !== 'vendorMaterial' || !OWNED_MODEL_PARTS.test(thing.text)) continue;
    for (let back = 1; back <= 2; back++) {
      const owner = units[thing.first - back];
      if (!owner || (units[thing.first - back + 1] as Unit).start - owner.end > 1) break;
      if (owner.possessive && (OWNER_WORDS.has(owner.norm) || customerNames.has(owner.norm))) {
        composed.push({ set: 'docCustomerData', start: owner.start, end: thing.end });
        break;
      }
      if (!/^[a-z-]+$/.test(owner.text) || /^(?:the|a|an|our|its|their|of|and|or|to|for|from|with|by|all|any)$/.test(owner.norm) || verbal.has(thing.first - back)) break;
    }
  }
  for (const noun of [...nouns, ...named]) {
    const you = units[noun.last + 1];
    const verb = units[noun.last + 2];
    const relativeVerb = units[noun.last + 3];
    if (you && /^(?:you|customers?|users?|members?|individuals|people|subscribers?|clients?)$/.test(you.norm) && verb && (SUPPLY_VERB.test(verb.norm) || (/^(?:have|may|can)$/.test(verb.norm) && relativeVerb && SUPPLY_VERB.test(relativeVerb.norm)))) {
      composed.push({ set: 'docCustomerData', start: noun.start, end: (SUPPLY_VERB.test(verb.norm) ? verb : (relativeVerb as Unit)).end });
    }
  }
  // "the annotations, tags and document classifications applied by Authorised Users": a thing the customer's people
  // made or supplied, said in the passive after it, is their data whatever the noun (blind83-067).
  units.forEach((by, at) => {
    const participle = units[at - 1];
    const thing = units[at - 2];
    if (by.norm !== 'by' || !participle || !thing || !MADE_PARTICIPLE.test(participle.norm) || !/^[a-z][a-z-]+s$/.test(thing.norm)) return;
    const who = units[at + 1];
    const next = units[at + 2];
    const customer = who && (CUSTOMER_AGENT.test(who.norm) || customerNames.has(who.norm) || (/^authori[sz]ed$/.test(who.norm) && next !== undefined && /^users?$/.test(next.norm)));
    // Only a plain noun or a data noun: "Models created by Customer are visible only to …" names the customer's own
    // planning models, which a word the vocabulary reads otherwise (a model, an output) already covers (blind67-093).
    const readOtherwise = tags.some((t) => t.first <= at - 2 && at - 2 <= t.last && t.set !== 'dataNoun');
    if (customer && !readOtherwise) composed.push({ set: 'docCustomerData', start: thing.start, end: (who as Unit).end });
  });
  // "what you borrow and read", "whatever you upload": a free relative of the customer supplying or doing something names
  // what it supplied or did (blind78-140: "We use what you borrow and read … to improve Lendary").
  units.forEach((what, at) => {
    const you = units[at + 1];
    const verb = units[at + 2];
    if (!/^(?:what|whatever)$/.test(what.norm) || !you || !/^(?:you|customers?|users?|members?)$/.test(you.norm) || !verb) return;
    if (SUPPLY_VERB.test(verb.norm) || ACTIVITY_VERB.test(verb.norm)) composed.push({ set: 'docCustomerData', start: what.start, end: verb.end });
  });
  return composed;
}

/** Participles of making or supplying: "applied", "made", "entered", "uploaded". */
const MADE_PARTICIPLE = /^(?:applied|made|created|entered|added|uploaded|submitted|provided|supplied|written|authored|recorded|input|inputted|generated)$/;
/** Who the customer is, after "by": "by Customer", "by Users", "by you". */
const CUSTOMER_AGENT = /^(?:you|customers?|users?|members?|subscribers?|clients?|licensees?)$/;

/** What a user does with a service that leaves a record of it: reading, borrowing, watching, searching. */
const ACTIVITY_VERB = /^(?:read|reads|borrow|borrows|watch|watches|listen|listens|search|searches|say|says|ask|asks|view|views|browse|browses|buy|buys|play|plays)$/;

const AFTER_WORD = /^(?:after|following|once)$/;
const LINKING_BE = /^(?:is|are|was|were|has|have|been|be)$/;
const NOT_IN_SUBJECT = /^(?:which|that|who|whom|we|our|us)$/;
const RECURRING = /^(?:each|every)$/;

/**
 * "after the application is deleted", "after a User deletes them", "once the Subscription Term ends": "after" (or
 * "following", "once"), a subject of up to four plain words, then an end or a deletion word name the end a clause is
 * dated by, as the fixed afterEnd phrases do. A modal, a verb of the vocabulary, "which" or punctuation in between
 * stop it ("after which Provider will delete" is a clause of its own).
 */
export function composeAfterEnd(tags: readonly Tag[], units: readonly Unit[]): ComposedObject[] {
  const ends = tags.filter((t) => t.set === 'endEvent' || t.set === 'deleteVerb');
  if (ends.length === 0) return [];
  const verbal = new Set<number>();
  for (const t of tags) if (VERBAL_SETS.has(t.set) && t.set !== 'deleteVerb') for (let k = t.first; k <= t.last; k++) verbal.add(k);
  const periods = new Set<number>();
  for (const t of tags) if (t.set === 'periodUnit') for (let k = t.first; k <= t.last; k++) periods.add(k);
  const composed: ComposedObject[] = [];
  for (const end of ends) {
    // "within sixty days following Customer's written request, delete Customer Data": a comma before the deletion word
    // ends the dating phrase there, and the deletion is the clause's own (blind65-043 lost its deletion duty).
    const before = units[end.first - 1];
    if (before && end.start - before.end > 1) continue;
    // "within ninety days after the end of each calendar quarter": a recurring period's end dates a payment, not an exit.
    if (RECURRING.test(units[end.last + 1]?.norm ?? '')) continue;
    for (let back = 2; back <= 6; back++) {
      const opener = units[end.first - back];
      if (!opener) break;
      const step = units[end.first - back + 1] as Unit;
      // "After 14 days the prompts are deleted": a period after "after" is a time, and the deletion is the clause's own.
      if (step.start - opener.end > 1 || verbal.has(end.first - back + 1) || NOT_IN_SUBJECT.test(step.norm) || /^\d/.test(step.norm) || periods.has(end.first - back + 1)) break;
      if (AFTER_WORD.test(opener.norm)) {
        composed.push({ set: 'afterEnd', start: opener.start, end: end.end });
        break;
      }
      if (LINKING_BE.test(opener.norm) && back === 2) continue;
    }
  }
  return composed;
}

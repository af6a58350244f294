// The edits on keeping: a survival clause struck, a retention right ceased or struck, a deletion joined on. Pure:
// must not import Office, React, the DOM or Node.
import { namesPattern, type SurgicalContext } from './context';
import { coordinatedPermissions, sentenceClose } from './grammar';
import { CAPPED_QUANTITY, formAside, servesTheCustomer } from './banSurroundings';
import type { Splice } from './splice';
import { strikeBuiltInLimb } from './carveOutLimb';

const SURVIVES = '(?:shall|will)\\s+survive|survives|(?:shall|will)\\s+continue\\s+in\\s+(?:full\\s+)?force';
// "may use" alone is a use, not a keeping: "shall cease using and shall delete Anonymised Data … to develop its products"
// would not parse (agreement 80 7.2); only "may continue to use" keeps data on.
// "which we may keep and continue to use": the second verb of the keeping goes with it, "continue to" or not (audit51,
// 130 § 11.3 had read "will cease using and will delete and continue to use").
const RETAINS = '(?:may|can|is entitled to|shall be entitled to)\\s+(?:continue\\s+to\\s+(?:retain|keep|store|hold|use)|retain|keep|store|hold)(?:\\s+(?:and|or)\\s+(?:continue\\s+to\\s+)?(?:use|retain|keep|store|process|exploit))?\\b';

const SURVIVAL = new RegExp(`\\b(?:${SURVIVES})\\b`, 'g');
const JOIN_BEFORE_CAPITAL = /[,;]\s+and\s+(?=[A-Z])/g;
const JOIN = /[,;]\s+and\s+/g;
// A full stop inside a clause number ("Section 3.1") ends nothing.
const CLAUSE_STOP = /;|\.(?!\d)/g;
/** A clause that keeps a licence or a right alive: the grant's own survival, which the strike is for. */
const NAMES_A_RIGHT = /\blicen[cs]es?\b|\brights?\b/i;

/** Words by which a clause carries a right on past the end: "shall continue in perpetuity", "survive", "indefinitely". */
const CARRIES_ON = /\b(?:perpetu\w*|indefinitely|surviv\w*|continue\w*)\b/i;

/** Where `pattern` (global) next matches at or after `from`, or the text's length when it does not. */
function nextMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

/** " and, with respect to …, thereafter without limitation in time": a limb that runs a right on after the end. */
// It starts at a comma or where a run of spaces starts, never inside the run (linear on long runs of spaces).
const THEREAFTER_LIMB = /(?:,|(?<!\s))\s+and,?\s+(?:with\s+respect\s+to|in\s+respect\s+of|as\s+regards)\b[^;.]{1,200}?,\s+thereafter\b[^;.]*/i;

/** ", which licence shall survive termination of this Agreement": the grant's own survival, as a relative clause. */
const RELATIVE_SURVIVAL = /,\s+which\s+(?:(?:licen[cs]e|licen[cs]es|right|rights|grant|permission)\s+)?(?:shall|will|must|is\s+to)?\s*(?:survives?|continues?\s+in\s+(?:full\s+)?(?:force|effect))\b[^;.]*/i;

/**
 * Survival is a clause of its own, joined to the rest by "; and" or ", and" (never the "and" inside "3.6 and 4.3"):
 * either it leads the sentence (up to the join before the next clause) or it follows a join (up to the clause's
 * end). One pass: each join, mention of survival and clause stop is found once, moving forwards; patterns that
 * searched forwards from every join, or from every mention of survival, took time growing with the square of a
 * long list of either. A survival written as a relative clause of the grant (", which licence shall survive …") goes
 * first, with its comma.
 */
/**
 * "…; any such withdrawal does not require the Contractor to remove Research Data Set content from Models already
 * trained", "…; and Supplier is not obliged to retrain any Fleet Model or to remove from it any learnings …": the limb
 * denying a duty to take the data back out of models goes, with its joining words; what comes before it (the
 * customer's own right to withdraw) stands (audit139, 338 D.10 was struck whole).
 */
// Only a limb of its own after a semicolon: joined by ", and" it is part of a sentence other edits answer whole (the
// limits on a notice to stop, auditPatterns68).
// A predicate joined by a bare "and" to the same subject goes too: "An opt-out applies only to … and does not oblige us
// to remove data from, or to retrain, any Tessaly Model …" (audit138, 339 § 6.4 was left "to remove data from.").
const NO_REMOVAL_LIMB =
  /(?:;\s+|(?<!\s)\s+and\s+(?=(?:does|do|shall|will)\s+not\s))(?:[^;.]{0,80}?\b(?:does|do|shall|will)\s+not\s+(?:require|oblige|obligate)\b|(?:[\w-]+\s+){1,3}(?:is|are|shall\s+not\s+be|will\s+not\s+be)\s+(?:not\s+)?(?:obliged|required|obligated)\s+to\b)[^;.]*?\b(?:remove|delete|retrain|purge|unlearn|extract)\b[^;.]*?\b(?:models?|weights|learnings)\b[^;.]*/i;

/** ", together with any other provision which by its nature is intended to survive": the general survival catch-all. */
const CATCH_ALL = /,\s+(?:together\s+with|and|as\s+well\s+as)\s+(?:any|all|each)\s+other\s+(?:provisions?|terms?|clauses?|sections?)\s+(?:which|that)\s+by\s+(?:its|their)\s+nature\b/i;

export function strikeSurvival(sentence: string): Splice[] | undefined {
  const noRemoval = NO_REMOVAL_LIMB.exec(sentence);
  // A carve-out from deletion that lists the models is answered by its own limb strike (see ceaseRetention).
  if (noRemoval && noRemoval.index > 0 && !strikeBuiltInLimb(sentence)) return [{ start: noRemoval.index, end: noRemoval.index + noRemoval[0].length, text: '' }];
  // "… during the term of this Agreement and, with respect to Operational Data already in the models, thereafter
  // without limitation in time": the limb that carries the right past the end goes, with its joining words.
  const thereafter = THEREAFTER_LIMB.exec(sentence);
  if (thereafter) return [{ start: thereafter.index, end: thereafter.index + thereafter[0].length, text: '' }];
  const relative = RELATIVE_SURVIVAL.exec(sentence);
  if (relative) return [{ start: relative.index, end: relative.index + relative[0].length, text: '' }];
  const firstSemicolon = nextMatch(/;/g, sentence, 0);
  const firstSurvival = nextMatch(SURVIVAL, sentence, 0);
  if (firstSurvival < firstSemicolon) {
    JOIN_BEFORE_CAPITAL.lastIndex = firstSurvival;
    const join = JOIN_BEFORE_CAPITAL.exec(sentence);
    if (join && join.index <= firstSemicolon) {
      // "Sections 1, 3.3 and 9 will survive termination, and Quillstone's rights in any Models … shall continue in
      // perpetuity": the right carried on is the clause to strike; the general survival list keeps confidentiality,
      // liability and the customer's own protections alive (audit104, 271 § 6.4 lost them all).
      const after = join.index + join[0].length;
      const stop = nextMatch(CLAUSE_STOP, sentence, after);
      if (!NAMES_A_RIGHT.test(sentence.slice(0, join.index)) && NAMES_A_RIGHT.test(sentence.slice(after, stop)) && CARRIES_ON.test(sentence.slice(after, stop))) {
        return [{ start: join.index, end: stop, text: '' }];
      }
      return [{ start: 0, end: after, text: '' }];
    }
  }
  let survival = firstSurvival;
  let stop = -1;
  let first: Splice | undefined;
  JOIN.lastIndex = 0;
  for (let join = JOIN.exec(sentence); join; join = JOIN.exec(sentence)) {
    const from = join.index + join[0].length;
    if (survival < from) survival = nextMatch(SURVIVAL, sentence, from);
    if (stop < from) stop = nextMatch(CLAUSE_STOP, sentence, from);
    // "Sections 3.3 and 8, and any licence granted to Corvane, shall survive": a second subject set off by commas
    // shares the verb, so only that subject goes, with its commas; the survival of the rest stands.
    if (survival < stop && sentence.slice(from, survival).trimEnd().endsWith(',')) {
      // "…, and paragraphs 2 and 3 of the Schedule, together with any other provision which by its nature is intended to
      // survive, shall survive": the catch-all is no right of the vendor's and stays (audit163, 375 § 10.8 lost it).
      const catchAll = CATCH_ALL.exec(sentence.slice(from, survival));
      return [{ start: join.index, end: catchAll ? from + catchAll.index : sentence.lastIndexOf(',', survival) + 1, text: '' }];
    }
    // The clause after the join runs to its next semicolon or full stop, or to the sentence's end. "…, and any other
    // provision that by its nature is intended to survive shall survive …, and the licence granted in Section 3.1 shall
    // survive for so long as …": of several such clauses the one that names a licence or right goes, the general
    // survival of the rest stands.
    const end = survival < stop ? Math.min(stop, nextMatch(JOIN, sentence, from)) : -1;
    if (survival < end) {
      const clause: Splice = { start: join.index, end, text: '' };
      if (NAMES_A_RIGHT.test(sentence.slice(from, end))) return [clause];
      first ??= clause;
    }
    JOIN.lastIndex = from;
  }
  return first ? [first] : undefined;
}

// ", and may retain such data indefinitely": a retention right joined to another grant, struck with its joining words.
// A full stop inside a clause number ("Section 5.4") does not end the limb.
const COORDINATED_RETENTION = /(?:,|(?<!\s))\s+and\s+(?:may|can|will|shall be entitled to)\s+(?:continue\s+to\s+)?(?:retain|keep|store|hold)\b(?:[^;.]|\.(?=\d))*/i;

function strikeCoordinatedRetention(sentence: string): Splice[] | undefined {
  const match = COORDINATED_RETENTION.exec(sentence);
  return match ? [{ start: match.index, end: match.index + match[0].length, text: '' }] : undefined;
}

/** A preposition left waiting for its object across ", and": "shall not apply to, and Supplier may retain …, any …". */
const SHARED_OBJECT = /\b(?:to|of|for|from|in)\s*,\s+and\s+(?:the\s+)?[A-Z]/;

/**
 * "… for as long as required by applicable law or as reasonably necessary for dispute resolution, audit or other
 * legitimate business purposes", "… as required by law or in accordance with its records-retention policies": beside
 * what the law requires, an alternative that lets the vendor keep data for its own ends. That limb goes and the law's
 * stands (audit142, 337 § 4.7 was left alone because turning it round would have taken the legal hold with it).
 */
const LAW_OR_OWN_ENDS = /\brequired\s+(?:by|under)\s+(?:applicable\s+|any\s+)?(?:law|laws|regulation|regulations)(?=\s+or\s)/i;
/** The vendor's own ends a keeping may name: "other legitimate business purposes", "its records-retention policies". */
export const OWN_ENDS = /\b(?:business\s+purposes?|legitimate\s+(?:business\s+)?(?:purposes?|interests?)|(?:records?[- ])?retention\s+polic(?:y|ies)|internal\s+polic(?:y|ies)|own\s+purposes)\b/i;
/** Where the alternative stops: the clause's end, or the next item or clause of a list (", and (c)", "; "). */
const ALTERNATIVE_END = /;|\.(?!\d)|,\s+(?:and|or)\s+\(|,\s+(?:and|but)\s+(?=[A-Z])/;

export function strikeOwnEndsBesideLaw(sentence: string): Splice[] | undefined {
  const law = LAW_OR_OWN_ENDS.exec(sentence);
  if (!law) return undefined;
  const start = law.index + law[0].length;
  const rest = sentence.slice(start);
  const end = start + (ALTERNATIVE_END.exec(rest)?.index ?? rest.length);
  return OWN_ENDS.test(sentence.slice(start, end)) ? [{ start, end, text: '' }] : undefined;
}

export function ceaseRetention(context: SurgicalContext, text: string): Splice[] | undefined {
  const ownEnds = strikeOwnEndsBesideLaw(context.sentence);
  if (ownEnds) return ownEnds;
  // "Clause 7.2 does not apply to …, or to Portfolio Data already reflected in the Signal Library": the limb goes.
  const builtIn = strikeBuiltInLimb(context.sentence, context.terms.derivedData);
  if (builtIn) return builtIn;
  const vendor = namesPattern(context.vendorNames);
  // "… will delete Machine Data, except Machine Data already in Fleet Models, which Company may retain": the keeping
  // is the deletion's exception, so the exception goes and the deletion stands whole.
  const exception = new RegExp(String.raw`,\s+(?:except|other\s+than|save\s+for|excluding)\b[^;.]{1,200}?\b(?:which|that)\s+${vendor}\s+(?:may|can|will)\s+(?:retain|keep)\b[^;.]{0,80}?(?=\s*[.;]?$)|,\s+except\s+that\s+${vendor}\s+may\s+(?:retain|keep)\b[^;.]{1,200}?(?=\s*[.;]?$)`).exec(context.sentence);
  if (exception && DELETES.test(context.sentence.slice(0, exception.index))) return [{ start: exception.index, end: exception.index + exception[0].length, text: '' }];
  const reach = reachRestored(context.sentence, vendor);
  if (reach) return reach;
  // "Clause 11.3 shall not apply to, and Supplier may retain and continue to use indefinitely, any Usage Data …": the
  // keeping shares its object with a clause before it; "shall cease using and shall delete" there does not parse
  // (audit67, 193 § 11.4).
  if (SHARED_OBJECT.test(context.sentence)) return undefined;
  // "may retain (i) De-identified Data …, (ii) any AI Model …, and (iii) Health System Data that Vendor is required by
  // applicable law to retain": flipped whole, the list orders deletion of what the law says to keep (audit79, 222 7(e)).
  if (KEPT_BY_LAW.test(context.sentence)) return undefined;
  // "may retain a sample of no more than 2% of Outputs": turned round, "shall not retain a sample of no more than 2%".
  if (CAPPED_QUANTITY.test(context.sentence)) return undefined;
  const first = new RegExp(`\\b${vendor}\\s+(${RETAINS})`).exec(context.sentence);
  // "may retain Customer Content in backup archives for up to 12 months, and may retain indefinitely any …": the backup
  // carve-out stands (audit49, 127 § 12(d)); the keeping to answer is the next one.
  // "may retain Customer Content to the extent required by applicable law or a litigation hold, and may retain …": what
  // the law requires kept stands too; turned round, it ordered a law firm to destroy evidence (audit107, 276 § 11.4).
  const firstLimb = first ? context.sentence.slice(first.index, first.index + 120).split(/,\s+and\s+|;/)[0] ?? '' : '';
  const match = first && (KEEPS_BACKUPS.test(firstLimb) || AS_LAW_REQUIRES.test(firstLimb)) ? nextKeeping(context.sentence, first.index + first[0].length) : first;
  // "We may use De-identified Data …, and may keep doing so after Customer leaves": the use is the grant other edits
  // answer; the keeping joined to it is not struck on its own.
  if (!match?.[1] && new RegExp(`\\b${vendor}\\s+may\\s+use\\b`).test(context.sentence)) return undefined;
  if (!match?.[1]) return strikeCoordinatedRetention(context.sentence);
  const start = match.index + match[0].length - match[1].length;
  // "may retain Licensee Data for as long as required by law or …": a keeping with its own length is not turned into
  // "shall cease using and shall delete … for as long as …" (audit49, 125 § 15.2); its words are answered elsewhere.
  if (HAS_LENGTH.test(context.sentence.slice(start).split(/,\s+and\s+|;/)[0] ?? '')) return undefined;
  // "Notwithstanding Section 2.4, Tessellate may continue to use Telemetry to operate … the Product": going on using,
  // with no end, deletion or period named, is a use for other edits to answer; "will cease using and will delete
  // Telemetry to operate …" made no sense (audit48, 124 Addendum 2.2).
  if (/continue\s+to\s+use$/i.test(match[1]) && !ENDS.test(context.sentence)) return undefined;
  // "Termination does not affect Veritrace's rights in Aggregated Data, … all of which Veritrace may continue to use after
  // termination": turned round, the clause would say termination leaves rights that end with it (audit172, 393 § 12.3).
  if (/\b(?:does|shall|will)\s+not\s+(?:affect|limit|prejudice)\b/i.test(context.sentence.slice(0, start))) return undefined;
  // "The Supplier may retain and use Outputs … for the purpose of measuring accuracy": with no end in view, "shall cease
  // using and shall delete" would order deletion during the contract, of data the customer still needs (audit46, 113
  // 5.3). The swap fits a keeping past something (the end, a deletion, a period, "indefinitely"); otherwise the keeping
  // for the vendor's own ends is forbidden: "shall not retain or use Outputs … for the purpose of …".
  if (!KEPT_PAST.test(context.sentence)) {
    const modal = /^(?:shall|will)\b/i.exec(text)?.[0] ?? 'shall';
    const kept = match[1].replace(/^(?:may|can|is entitled to|shall be entitled to)\s+/i, '').replace(/(?<!\s)\s+and\s+/i, ' or ');
    // "…, provided that Coder Feedback is stripped of PHI before it is used outside …": a condition on the keeping,
    // which a ban leaves conditioning nothing, goes with it (audit67, 194 § 4.6). A proviso that restricts further
    // ("provided that Supplier shall not …") stays.
    const proviso = CLOSING_PROVISO.exec(context.sentence.slice(start));
    const dropped: Splice[] = proviso && !/\b(?:not|no|never)\b/i.test(proviso[0]) ? [{ start: start + proviso.index, end: start + proviso.index + proviso[0].length, text: '' }] : [];
    // ", in de-identified form," would ban only the de-identified keeping, and "… and may include such Outputs in
    // evaluation datasets" after the ban would still permit it (audit128, 317 § B2.2): both go the way of the ban.
    const end = start + match[1].length;
    const form = formAside(context.sentence.slice(end));
    const formSplice: Splice[] = form ? [{ start: end + form.index, end: end + form.index + form[0].length, text: '' }] : [];
    const later: Splice[] = coordinatedPermissions(context, end)
      .filter((found) => !servesTheCustomer(context.sentence, found.end))
      .map((found) => ({ ...found, text: `${modal} not` }));
    return [{ start, end, text: `${modal} not ${kept}` }, ...formSplice, ...later, ...dropped];
  }
  // "…, and clause 12.2 of the Agreement shall not apply to such data": the keeping turned round, the limb switching
  // off the deletion clause for the same data would contradict it (458 Annex C § C7.2), and goes with the keeping.
  const disapplied = DISAPPLIES_DELETION.exec(context.sentence.slice(start));
  const limb: Splice[] = disapplied ? [{ start: start + disapplied.index, end: start + disapplied.index + disapplied[0].length, text: '' }] : [];
  return [{ start, end: start + match[1].length, text }, ...limb, ...keptForPurposes(context.sentence, start + match[1].length)];
}

/**
 * "may retain copies … for archival, legal, compliance … purposes, and for the continued operation … of Trained Models"
 * turned round read "shall delete copies … for archival … purposes" (audit207, 463 § 13.5): the purposes of a keeping
 * go with it, a legal one kept as what the law requires.
 */
function keptForPurposes(sentence: string, from: number): Splice[] {
  const found = KEPT_FOR.exec(sentence.slice(from));
  // The keeping's own limb only: "…, and the licence … continues to the extent needed for those purposes" (460 § 13.3)
  // points back at purposes named elsewhere.
  if (!found || /\b(?:not|no|never)\b/i.test(found[0]) || /,\s+and\s|;/.test(sentence.slice(from, from + found.index)) || /\b(?:those|these|such)\s+purposes?\b/i.test(found[0])) return [];
  const at = from + found.index;
  return [{ start: at, end: at + found[0].length, text: LEGAL_PURPOSE.test(found[0]) ? ', except where applicable law requires their retention' : '' }];
}
/** ", for archival … purposes, and for …" closing the sentence (not "for thirty days", a period). */
const KEPT_FOR = /(?:,\s|(?<=\S)\s)for\s+(?!(?:up\s+to\s+|a\s+period\s+of\s+)?(?:\d+|[a-z-]+\s+\(\d+\))\s+(?:days?|weeks?|months?|years?)\b)[^.;]{0,160}?\bpurposes?\b[^.;]{0,200}?(?=\s*[.;]?\s*$)/;
const LEGAL_PURPOSE = /\b(?:legal|law|compliance|regulatory|statutory)\b/i;

/** ", and clause 12.2 of the Agreement shall not apply to such data" closing the sentence. */
export const DISAPPLIES_DELETION =
  /(?:,\s|(?<=\S)\s)and\s+(?:[Cc]lause|[Ss]ection|[Pp]aragraph)\s+[A-Z]?\d+(?:\.\d+)*(?:\s+of\s+(?:the|this)\s+[A-Z][\w-]*)?\s+(?:shall|will|does)\s+not\s+apply\s+to\s+(?:such|that|those|these|this)\s+[\w-]+(?=\s*[.;]?\s*$)/;

/** "required by applicable law to retain", "legally obliged to keep": a keeping the law imposes. */
const KEPT_BY_LAW = /\b(?:required|obliged|obligated|compelled)\s+(?:by|under)\s+(?:applicable\s+|any\s+)?(?:law|laws|regulation|regulations)\s+to\s+(?:retain|keep|preserve)\b|\blegally\s+(?:required|obliged|obligated)\s+to\s+(?:retain|keep|preserve)\b/i;

/** ", provided that …" to the end of the sentence. */
const CLOSING_PROVISO = /,\s*provided(?:,\s+however,)?\s+that\b[^;.]*(?=\.?\s*$)/i;

/** A keeping that runs past something: the end of the contract, a deletion, a period, or without end. */
const KEPT_PAST =
  /\b(?:after|following|beyond|upon|on|notwithstanding|despite)\s+(?:the\s+|any\s+|its\s+|your\s+)?(?:termination|expiry|expiration|end|deletion|closure|cancellation|withdrawal)|\bindefinitely\b|\bperpetu|\bthereafter\b|\bsurviv|\bfor\s+(?:up\s+to\s+)?(?:\S+\s+)?\(?\d*\)?\s*(?:days|weeks|months|years)\b|\bfor\s+as\s+long\s+as\b|\bonce\b|\bcontinue\s+to\b|\b(?:delete|deletes|deleted|close|closes|closed|terminates?|terminated|cancels?|cancell?ed|ends|expires|leaves?)\b/i;

/** A keeping given its own length: a period, "for as long as", "until". */
// "for a period of six years after termination" too (audit70, 202 § 14.3 read "shall delete one copy … for six years").
// A length in words may run to several ("one hundred and eighty (180) days", 506 § 14.4).
const HAS_LENGTH = /\bfor\s+(?:up\s+to\s+)?(?:[a-z-]+\s+){0,5}?(?:\(\d+\)\s+)?(?:days|weeks|months|years)\b|\bfor\s+a\s+(?:maximum\s+)?period\s+of\s+(?:up\s+to\s+)?(?:[a-z-]+\s+|\d+\s+)?(?:\(\d+\)\s+)?(?:days|weeks|months|years)\b|\bfor\s+(?:up\s+to\s+)?\d+\s+(?:days|weeks|months|years)\b|\bfor\s+(?:as|so)\s+long\s+as\b|\buntil\b/i;

/**
 * "Deletion under Clause 15.1 shall not extend to Derived Data, … or to Forecasts, all of which Licensor may continue to
 * use after termination": the carve-out is turned round ("shall extend to") and its closing right to keep goes, so the
 * deletion reaches what was carved out (audit49, 125 § 15.3: "shall not extend to … all of which Licensor shall cease
 * using and shall delete" contradicted itself).
 */
function reachRestored(sentence: string, vendor: string): Splice[] | undefined {
  const denied = /\b(shall|will|does|do)\s+not\s+(extend|apply)\s+to\b/.exec(sentence);
  // The right to keep closes at the next item of the carve-out (", or to any model trained …"), which is turned round too.
  const kept = new RegExp(`,\\s+(?:all\\s+of\\s+)?which\\s+(?:the\\s+)?${vendor}\\s+(?:may|can|will|shall)\\b[^;.]*?(?=,\\s+(?:or|and)\\s+to\\b|[;.]|$)`).exec(sentence);
  if (!denied || !kept || kept.index < denied.index) return undefined;
  const [, modal, verb] = denied;
  const third = verb === 'apply' ? 'applies' : `${verb}s`;
  const turned = modal === 'does' ? `${third} to` : modal === 'do' ? `${verb} to` : `${modal} ${verb} to`;
  // "does not apply to A, or to B" denied each item; turned round, it reaches them all: "applies to A, and to B"; so
  // does "A, B, or C" ("shall apply to Platform Data, Feedback, or term entries" read as a choice: audit189, 427 § 12.4).
  const alternative = /(?<=,)\s+or\s+|(?<=\w)\s+or\s+(?=to\b)/g;
  alternative.lastIndex = denied.index + denied[0].length;
  const ors: Splice[] = [];
  for (let m = alternative.exec(sentence); m; m = alternative.exec(sentence)) {
    const at = m.index + m[0].indexOf('or');
    ors.push({ start: at, end: at + 2, text: 'and' });
  }
  return [
    { start: denied.index, end: denied.index + denied[0].length, text: turned },
    ...ors.filter((o) => o.end <= kept.index || o.start >= kept.index + kept[0].length),
    { start: kept.index, end: kept.index + kept[0].length, text: '' },
  ].sort((a, b) => a.start - b.start);
}

// "that it is required to retain by law" (503 § 7.4): the keeping verb may stand between.
export const AS_LAW_REQUIRES = /\brequired\s+(?:to\s+(?:retain|keep|store|hold|preserve)\s+)?(?:by|under)\s+(?:applicable\s+|any\s+)?(?:law|laws|regulation|regulations|legal|a\s+court)\b|\b(?:litigation|legal)\s+holds?\b|\bcourt\s+orders?\b/i;
const KEEPS_BACKUPS = /\bback-?ups?\b|\bbackup\s+(?:archives?|media|systems?|copies)\b/i;
/** The next "may retain …" after `from`, shaped as the vendor's match (the keeping words in group 1). */
function nextKeeping(sentence: string, from: number): RegExpExecArray | null {
  const next = new RegExp(`(${RETAINS})`, 'g');
  next.lastIndex = from;
  return next.exec(sentence);
}

/** An end the keeping could run past: the contract's end, a deletion, a closure, a withdrawal. */
const ENDS = /\b(?:termination|terminates?|expiry|expiration|expires|end|ends|deletion|delete[sd]?|closure|close[sd]?|cancell?ation|withdrawal|opts?\s+out|turns?\s+off)\b/i;

/** The vendor's own deletion before an exception: "will delete", "shall destroy". */
const DELETES = /\b(?:will|shall|must)\s+(?:promptly\s+|permanently\s+|securely\s+)?(?:delete|erase|destroy|purge)\b/i;

/** "for as long as the subscription continues", "for the term of this Agreement": retention that lasts the contract. */
const FOR_THE_TERM =
  /\b(?:for\s+(?:as|so)\s+long\s+as|for\s+the\s+(?:duration|term|life)\s+of|during\s+the\s+(?:term|subscription)|while\s+(?:your|the|this|its)\s+(?:\w+\s+)?(?:subscription|account|agreement|contract|terms)\b)/i;
const KEEPS = /\b(?:keeps?|retains?|stores?|holds?)\b|\b(?:is|are)\s+(?:kept|retained|stored|held)\b/i;
/** A deletion the sentence already promises in the vendor's name ("will delete it within 30 days"). */
const PROMISED_DELETION = /\b(?:will|shall|must)\s+(?:be\s+)?(?:delete|deleted|erase|erased|destroy|destroyed)\b/i;

/**
 * "We keep Candidate Data for as long as your subscription continues": kept only for the contract's life, it needs
 * only its end said, so the deletion goes after it rather than a clause about the end in place of the sentence.
 */
export function appendDeletion(context: SurgicalContext, text: string): Splice[] | undefined {
  const { sentence } = context;
  // "7.1 … retain Matter Data for so long as the matter remains open" beside "7.2 Within thirty days after a matter is
  // closed, the Supplier shall permanently delete …": the deletion is promised; a second one here would clash with the
  // contract's own timetable (its export window, its backups) (lawyer audit of agreement 70).
  if (context.deletionElsewhere) return undefined;
  // "… may retain copies for as long as required by applicable law": a keeping the law requires has no end this
  // contract can set; a deletion thirty days after it ends would contradict it.
  if (AS_LAW_REQUIRES.test(sentence)) return undefined;
  const term = FOR_THE_TERM.exec(sentence);
  const keeps = KEEPS.exec(sentence);
  if (!term || !keeps || keeps.index > term.index || PROMISED_DELETION.test(sentence) || /\b(?:after|following|beyond)\b/i.test(sentence.slice(term.index))) return undefined;
  const at = sentenceClose(sentence);
  // The clause opens a sentence of its own ("The Supplier shall delete …"); joined on after ", and" its article is lower case.
  return [{ start: at, end: at, text: `, and ${text.replace(/^The\b/, 'the')}` }];
}

/**
 * "We may retain Your Content … in backups, for legal, tax and accounting purposes, and in any datasets that have already
 * been used to train our models": the place that keeps the data inside what was trained goes; the backups and the
 * law's purposes stand (audit202, 456 § 12.5 was turned into "will not retain … in backups, for legal … purposes").
 */
// It opens at a comma or the one space after a word, never inside a run of spaces (linear on long runs).
const TRAINED_PLACE = /(?:,\s|(?<=\S)\s)(?:and|or)\sin\s(?:any|all|the)\s(?:[\w-]+\s){0,3}?(?:datasets?|data\ssets?|models?|corpora|corpus)\s(?:that|which)\s(?:have|has)\salready\sbeen\s(?:used\s(?:to\strain|for\straining|in\straining)|trained|incorporated)\b[^,;.]*/i;
const KEEPING_MODAL = /\b(?:may|can|will)\s+(?:retain|keep|store|hold)\b/i;
export function strikeTrainedPlace(sentence: string): Splice[] | undefined {
  const keeps = KEEPING_MODAL.exec(sentence);
  const place = keeps ? TRAINED_PLACE.exec(sentence.slice(keeps.index)) : null;
  if (!keeps || !place) return undefined;
  // "in backups, for legal, tax and accounting purposes" still reads as a list without its last item's "and".
  const start = keeps.index + place.index;
  return [{ start, end: start + place[0].length, text: '' }];
}

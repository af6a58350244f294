// The data holder's protections a data-use agreement lacks, each with the paragraph after which its clause belongs:
// next to the risk it answers, else next to the nearest related safeguard, else at the end. Pure: engine modules only.
import type { ClauseFinding } from '../detectFindings';
import { fillTerms } from '../explainFinding';
import { DUA_MISSING_TEXT } from './duaText';
import { handlesCustomerData, lastMatching, lastParagraphOf, TERMINATION_PARAGRAPH, type MissingDraft } from '../findMissingProtections';
import { compileVocabulary, matchPhrases, type CompiledVocabulary } from '../language/matcher';
import { DUA_SIGNAL_SETS } from '../language/vocabulary/dua';
import { DUA_PROTECTION_IDS, type CategoryId, type ContractTerms, type Definition, type Paragraph } from '../types';

type DuaProtection = (typeof DUA_PROTECTION_IDS)[number];

let signals: CompiledVocabulary | undefined;
/** The safeguards that protect the people the data is about. */
const OPEN_SIGNALS: ReadonlySet<string> = new Set(['signalNamedLicence', 'signalOpenRelease', 'signalOpenLicence']);
/** A denial earlier in the same sentence: "shall not", "may not", "never", "no". */
const DENIED_BEFORE = /\b(?:not|never|no|nor)\b[^.;]*$/i;
const DEFINES = /["”]\s+means\b/;
/** Data, not a model, before "(published) under an": "datasets published under an open licence" (467 Sch 1 ¶4). */
const DATA_UNDER_LICENCE = /\b(?:data|datasets?|corpus|corpora|atlases|images|content|materials?)\s+(?:(?:published|released|licensed|distributed|made\s+available|available)\s+)?under\s+(?:an?|the)\s+$/i;
const ABOUT_PEOPLE: ReadonlySet<DuaProtection> = new Set(['dua-human-review-limit', 'dua-privacy-techniques', 'dua-no-reidentification']);
/**
 * Whether a protection is one this agreement calls for: the terms of an open release of the model matter only where
 * the agreement contemplates releasing it. A publisher licensing its archive to a commercial developer, which forbids
 * open weights, would not send a clause asking for an Apache release.
 */
function relevantTo(paragraphs: readonly Paragraph[]): (category: DuaProtection) => boolean {
  signals ??= compileVocabulary(DUA_SIGNAL_SETS);
  const found = new Set<string>();
  let personal = 0;
  let definedPersonal = false;
  // Counted by paragraph: one warranty that the archive holds "no personal data other than the names … in published
  // legal material" speaks of people once, however often it repeats the words (agreement 191 § 10.1). A definition that
  // puts people's data inside what is licensed ("… and the reader comments with the personal data of …") settles it.
  for (const paragraph of paragraphs) {
    let speaksOfPeople = false;
    for (const tag of matchPhrases(paragraph.text, [signals]).tags) {
      // "shall not … release any Derived Model under an open source or open model licence": a release forbidden is none.
      if (OPEN_SIGNALS.has(tag.set) && DENIED_BEFORE.test(paragraph.text.slice(Math.max(0, tag.start - 240), tag.start))) continue;
      // "public lung atlases and phantom datasets published under an open licence": others' data under its licence.
      if (OPEN_SIGNALS.has(tag.set) && DATA_UNDER_LICENCE.test(paragraph.text.slice(Math.max(0, tag.start - 80), tag.start))) continue;
      found.add(tag.set);
      speaksOfPeople ||= tag.set === 'signalPersonalData';
    }
    if (speaksOfPeople) personal += DEFINES.test(paragraph.text) ? 2 : 1;
    definedPersonal ||= speaksOfPeople && DEFINES.test(paragraph.text);
  }
  const open = found.has('signalNamedLicence') || found.has('signalOpenRelease');
  // A licence of published content that never speaks of people (a news archive) calls for no privacy safeguards: asking
  // a developer not to re-identify anyone from journalism, or to keep people from reading articles, is nonsense. Data
  // of no stated kind keeps them.
  // One stray word among many about published works ("an identifiable Licensor article", 184 § 5.1) does not make the
  // archive personal data.
  const aboutPeople = personal > 1 || !found.has('signalPublishedContent');
  // An agreement that has people annotate the records has settled who may read them (audit60, 168: a ban on anyone
  // reading a record contradicted its approved clinical coders).
  const annotated = found.has('signalHumanAnnotation');
  // Published works that name people (a news archive's reports, 463 § 10.1) are made to be read: a ban on reading them
  // and pseudonymisation or differential privacy before training were "not commercially sendable" (audit207); only
  // the ban on re-identifying the people in them fits. Unless the licensed data is defined to carry personal data
  // itself ("… and the reader comments with the personal data of the individuals who wrote them").
  const published = found.has('signalPublishedContent') && !definedPersonal;
  // "… licence to … use the Licensed Content for the purposes of training, … and developing Models" (463 § 3.1): the
  // licence names its own purpose; a stock purpose clause beside it barred the commercial use the deal is for (audit207).
  const purposeStated = paragraphs.some((p) => LICENSED_FOR_TRAINING.test(p.text));
  return (category) =>
    category === 'dua-purpose-limit' ? !purposeStated :
    category === 'dua-model-release' ? open :
      category === 'dua-human-review-limit' ? aboutPeople && !annotated && !published :
        category === 'dua-privacy-techniques' ? aboutPeople && !published :
          ABOUT_PEOPLE.has(category) ? aboutPeople : true;
}

/** A licence granted for the purposes of training: "licence to … use the Licensed Content for the purposes of training". */
const LICENSED_FOR_TRAINING = /\blicen[cs]e\b[^.;]{0,300}?\bfor\s+the\s+purposes?\s+of\s+(?:[\w-]+,\s+){0,6}(?:training|pre-training|fine-tuning)\b/i;

/** "SCHEDULE 2 – DATA PROTECTION", "Annex A": the heading of the first part after the body. */
const SCHEDULE_HEADING = /^\s*(?:SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix|EXHIBIT|Exhibit)\s+[A-Z0-9]{1,3}\b/;

export function findDuaMissing(
  paragraphs: readonly Paragraph[],
  findings: readonly ClauseFinding[],
  definitions: readonly Definition[],
  terms: ContractTerms,
): MissingDraft[] {
  if (!handlesCustomerData(findings, definitions) || paragraphs.length === 0) return [];
  const last = paragraphs.length - 1;
  // A safeguard a schedule lists ("Part A: the anonymisation procedure …") is no place for a clause of the body: the
  // new clause goes beside the body's own, where it has one.
  const schedulesFrom = paragraphs.findIndex((p) => SCHEDULE_HEADING.test(p.text));
  // Beside a protection the body gives, not a risk read in the same words ("may retain … de-identified …").
  const inBody = findings.filter((f) => (schedulesFrom <= 0 || f.paragraph < schedulesFrom) && f.stance === 'protective');
  const after = (...categories: CategoryId[]) => lastParagraphOf(inBody, categories) ?? lastParagraphOf(findings, categories);
  const dataDefinition = definitions.find((d) => d.denotes === 'customer-data')?.paragraph;
  const purpose = after('dua-use-beyond-purpose') ?? dataDefinition ?? findings[0]?.paragraph;
  const placement: Record<DuaProtection, () => number | undefined> = {
    'dua-purpose-limit': () => purpose,
    'dua-confidentiality': () => after('dua-data-disclosure') ?? after('dua-purpose-limit', 'dua-use-beyond-purpose'),
    'dua-human-review-limit': () => after('dua-confidentiality', 'dua-privacy-techniques', 'dua-security') ?? purpose,
    'dua-privacy-techniques': () => after('dua-human-review-limit', 'dua-confidentiality', 'dua-security') ?? purpose,
    // Beside the data's safeguards, else its purpose; never after the notices clause that ends the body (audit204, 459
    // put its new 17.2 under "17. NOTICES").
    'dua-no-reidentification': () => after('dua-human-review-limit', 'dua-confidentiality', 'dua-security') ?? after('dua-privacy-techniques') ?? purpose,
    'dua-deletion': () => after('dua-data-retention') ?? lastMatching(paragraphs, TERMINATION_PARAGRAPH),
    'dua-model-release': () => after('dua-purpose-limit', 'dua-use-beyond-purpose', 'dua-confidentiality'),
    'dua-security': () => after('dua-confidentiality', 'dua-privacy-techniques', 'dua-human-review-limit') ?? purpose,
  };
  const has = (category: DuaProtection) => findings.some((f) => f.category === category && f.stance === 'protective');
  const relevant = relevantTo(paragraphs);
  return DUA_PROTECTION_IDS.filter((category) => !has(category) && relevant(category)).map((category) => ({
    category,
    insertAfterParagraph: placement[category]() ?? last,
    explanation: fillTerms(DUA_MISSING_TEXT[category], terms),
  }));
}

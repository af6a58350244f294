// Edits that would land on the wrong kind of sentence, found from the sentence's words: a record-keeping duty
// rewritten as deletion, a proviso that makes the customer's own right conditional, a proviso on "such data" where
// the sentence speaks of no data. Each was a fault in a lawyer audit (agreements 45–52). Pure: engine types only.
import type { Finding } from '../engine/types';
import { isCustomerRight } from './customerOption';
import { keepsRecords, speaksOfData } from './namesTheData';
import { setsOwnStandard } from './ownStandard';
import { isSurvivalList } from './survivalList';
import { DERIVED_DATA_NAME, servesTheCustomer } from './redline/surgical';
import { escapeRegExp } from './redline/surgical/context';

/** A limit on what a provider receives the data for: "solely to generate Reports", "only in order to produce …". */
/** "models", "Model Improvements", "weights": what the vendor builds from the data. */
const MODEL_WORD = /\b(?:models?|Model\s+Improvements?|weights)\b/i;
/** "shall not be used for any other client", "no Model Improvement shall contain …": limits the vendor already accepts. */
const LIMITS_THE_VENDOR = /\b(?:shall|will|must)\s+not\b|\bno\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+shall\b/;
const LIMITED_TO = /\b(?:solely|only|exclusively)\s+(?:in\s+order\s+)?(?:to|for)\b/i;
/** A right the vendor takes to pass data on: "may share", "may disclose … to". */
const MAY_SHARE = /\bmay\s+(?:\w+\s+){0,2}(?:share|disclose|transfer|send|provide|make\s+available|engage|use)\b/i;

/** Keeping, or rights that go on: "may be kept … after the end", "shall continue to exist after termination". */
const KEEPS = /\b(?:retain|retains|retained|keep|keeps|kept|store|stores|stored|hold|holds|held|survive|survives|continue|continues)\b/i;
const USES = /\b(?:use|uses|used|using|share|shares|shared|disclose|discloses|disclosed|sell|sells|licen[cs]e|licen[cs]es|exploit|exploits|commerciali[sz]e|publish|publishes|analy[sz]e|train|trains|improve|improves|develop|develops|combine|combines)\b/i;

/**
 * "… are kept for as long as any model trained on them remains in use", "de-identified copies used for Content Training
 * may be retained": a use that only describes the data kept, not what the sentence lets anyone do (audit77, 217 Sch ¶5
 * and 220 A.10 had the clause on statistics put in place of their keeping).
 */
const DESCRIBED_USE = /\bin\s+use\b|(?<!\b(?:is|are|be|been|being|was|were|may|will|shall|can|and|or)\s+)\bused\s+(?:for|in|to)\b/gi;
const withoutDescribedUse = (quote: string) => quote.replace(DESCRIBED_USE, ' ');

/** Derived data that outlasts the agreement: "may continue to be used after the end", "not subject to … deletion". */
const OUTLASTS = /\b(?:after|following|beyond|notwithstanding)\s+(?:the\s+)?(?:end|termination|expiry|expiration)\b|\bnot\s+(?:be\s+)?subject\s+to\s+(?:the\s+|any\s+)?(?:obligations?\s+(?:of|to)\s+)?(?:return|deletion|delete|erasure)\b|\bsurviv(?:e|es|ing)\b/i;

/** "… survive the end of this agreement", "shall remain in force after termination": the clause keeping others alive. */
const SURVIVAL_PROVISION = /\b(?:survives?|shall\s+survive|remains?\s+in\s+(?:full\s+)?(?:force|effect)|continues?\s+in\s+(?:full\s+)?(?:force|effect))\b[^.;]{0,80}\b(?:end|termination|expiry|expiration)\b/i;
/** The grant itself: "grant(s) … a licence", "is hereby licensed". */
const LICENCE_WORDS = /\b(?:grants?|granted|hereby\s+licen[cs]es?)\b/i;

/** Keeping, going on or ending, in any words: "may retain", "indefinitely", "continues even if you delete …", "after". */
const VENDOR_KEEPS = /\b(?:retain\w*|stor(?:e|es|ed|age)|kept|archive[sd]?|indefinitely|perpetu\w*|surviv\w*|continu\w*|remain\w*|persist\w*|after|termination|expir\w*|delet\w*|withdraw\w*|remov\w*|already\s+trained)\b/i;
/** "Where the School chooses to publish", "If Customer elects to participate", "While Customer is enrolled". */
const CHOSEN_SHARE = /\b(?:where|if|when|once)\s(?:the\s)?[A-Z]?\w+\s(?:chooses|elects|opts|decides|agrees)\sto\b|\bwhile\s(?:the\s)?[A-Z]?\w+\s(?:is|remains)\s(?:enrolled|opted\sin|participating)\b/i;

/** "so that we can provide the services to you": the permission's first purpose is the service. */
const SERVES_SO_THAT = /\bso\s+that\s+(?:we|it|they|[A-Z][\w-]*)\s+(?:can|may|could|will)\s+(?:provide|deliver|operate|perform|support|run)\b/i;

/** Derived figures: "aggregate statistical information", "metrics", "word error rates". */
const STATISTICS = /\b(?:statistic\w*|aggregate|aggregated|metrics?|benchmarks?|error\s+rates?)\b/i;
/** "which does not contain audio or transcript excerpts": a description that leaves the data itself out. */
// "provided that no image and no more than 50 words of Metadata text is reproduced" (audit63, 180 § 5.4) says the same.
// "provided that Service Metrics shall not contain the content of any Source Document" (audit80, 224 § 5.7) too.
const LEAVES_THE_DATA_OUT = /\b(?:which|that)\s+(?:[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)?)?(?:does|do|shall|will)\s+not\s+(?:contain|include|reproduce|disclose)\b|\bprovided\s+that\s+no\s[^.;]{1,120}\b(?:is|are)\s+(?:reproduced|included|disclosed|published)\b/i;
/** "information about how the AI Features perform", "data on how the Service is used": the service's own figures. */
const ABOUT_PERFORMANCE = /^\s*(?:\w+\s+){0,2}?(?:information|data|metrics|statistics)\s+(?:about|on|regarding)\s+how\s+[^.;,]{1,60}?\s(?:performs?|operates?|(?:is|are)\s+used)\b/i;
/** "may use", "may also use": the permission whose object the figures are. */
const USE_VERB = /\b(?:may|will|can)\s+(?:also\s+)?use\b/i;
const TRAINING_OR_IMPROVING: ReadonlySet<string> = new Set(['ai-training', 'service-improvement']);
/** "may retain Audio Recordings … for up to 90 days": a keeping with a stated length. */
const KEPT_FOR_A_TIME = /\b(?:may|will|shall)\s+(?:retain|keep|store|hold)\b[^.;]{0,120}?\bfor\s+up\s+to\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:days|weeks|months|years)\b/i;
/** Purposes of checking the service the customer gets: "quality assurance", "to investigate errors". */
const QUALITY_PURPOSES = new Set(['quality assurance', 'quality', 'quality review', 'quality control']);
/** "statistical information about the Customer's use of the Software": figures about how the service is used. */
const USAGE_STATISTICS = /\bstatistic\w*\s+(?:information\s+|data\s+)?(?:about|on|relating\s+to|regarding)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+|your\s+|its\s+)?use\s+of\b/i;
/** "may continue to use, commercialise, modify and improve Trained Models": rights whose object is the models trained. */
const MODEL_RIGHT = /\b(?:use|commerciali[sz]e|exploit|deploy|distribute|modify|improve)(?:,\s[a-z]+)*(?:,?\s(?:and|or)\s[a-z]+)?\s(?:the\s|any\s|its\s|all\s)?(?:[Tt]rained\s)?[Mm]odels?\b/;

/** "grants Customer a … right … to access and use the Services", "we grant you a … right": the customer's own right to the service. */
const grantsTheService = (quote: string, customer: string) =>
  new RegExp(String.raw`\bgrants?\s(?:to\s)?(?:the\s)?(?:${escapeRegExp(customer)}|you)\b`).test(quote) && /\b(?:access|use)\b[^.;]{0,40}\b(?:the\s)?Services?\b/.test(quote);

/** "owns each Custom Model", "shall own the Fine-Tuned Models": ownership of a model. */
const OWNS_A_MODEL = /\b(?:owns?|own\s+all|ownership\s+of)\s+(?:(?:each|any|all|the|every)\s+)?(?:[A-Z][\w-]*\s+){0,2}[Mm]odels?\b/;
/** "… vest in", "belong to": what follows the built things up to the verb that gives them to a party. */
const VESTING = String.raw`(?:[^.;]|\.(?=\d)){0,200}?\b(?:vests?|shall\s+vest|belongs?|shall\s+belong)\s+(?:in|to)\b`;
/** "All Model Improvements shall vest in and belong to Ledgerwell": improvements or models said to vest in or belong to a party. */
const VESTS_BUILT_THINGS = new RegExp(String.raw`\b(?:[Ii]mprovements|[Mm]odels?)\b${VESTING}`);
/** "Confidential Information does not include", "shall not include information that …": the exclusions from confidentiality. */
const CONFIDENTIALITY_EXCLUSIONS = /\bConfidential\s+Information\s+(?:does|shall|will)\s+not\s+include\b/;
/** The same as the sentence's subject: "All Platform Improvements, including any models …, vest in Ordinate". */
const BUILT_THINGS_VEST = new RegExp(String.raw`^\s*(?:(?:All|Any|Each|Every|The)\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Improvements|Models?)\b${VESTING}`);
/**
 * "Fieldwise owns all right, title and interest in and to the Models, including all improvements …, regardless of
 * whether they were … trained using Co-operative Data": the vendor's title to its own models (415 § 6.1 was turned into
 * "The Co-operative owns … the Models").
 */
const OWNS_BUILT_THINGS = /\b(?:owns|shall\s+own|will\s+own|retains)\s+(?:all\s+)?(?:(?:right,\s+)?title\s+and\s+interest\s+in\s+(?:and\s+to\s+)?)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Models?|Improvements)\b/;
/** "used solely for the Virtual Assistant", "used only for Customer's own deployment": kept to the customer's service. */
const SOLELY_FOR_ITS_SERVICE = /\bused\s+(?:solely|only|exclusively)\s+(?:for|in|to\s+(?:provide|operate|improve))\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+(?:own\s+)?)?(?:[A-Z][\w-]*\s+){0,2}(?:Assistant|Service|Services|Platform|Deployment|Instance|Tenant|Solution|System)\b/;
/** Words for what a model produces: a sentence naming them is about outputs too. */
const OUTPUT_WORD = /\b(?:outputs?|results|generated|responses?|predictions?|scores?|extracted)\b/i;
/** "shall own all Derived Data", "owns any Aggregated Data": ownership of data the vendor derives. */
const OWNS_DERIVED = new RegExp(String.raw`\b(?:owns?|own\s+all|ownership\s+of)\s+${DERIVED_DATA_NAME}`);
const DERIVED_WORDS = /\b(?:aggregat\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|de-?identif\w*|statistic\w*)\b/i;
/** "… to train …, provided that the Supplier first pseudonymises any Candidate Data": derived words only in the proviso. */
const derivedOnlyInProviso = (quote: string): boolean => {
  const at = quote.search(/\bprovided\s+(?:always\s+)?that\b/i);
  return at > 0 && !DERIVED_WORDS.test(quote.slice(0, at)) && DERIVED_WORDS.test(quote.slice(at));
};

/** Why the edit would be off target, or undefined. `rewrites`: the edit deletes words, not only adds a proviso. */
/** "shall be a controller of Service Data", "acts as an independent controller of any personal data in Usage Data". */
const DATA_PROTECTION_ROLE = /\b(?:is|be|acts?\s+as|shall\s+act\s+as)\s+(?:an?\s+)?(?:independent\s+|joint\s+|separate\s+)?(?:controller|business)\s+(?:of|for|in\s+respect\s+of)\b/i;

export function offTarget(finding: Finding, rewrites: boolean, dataNames: readonly string[], customer: string, replaces = false): string | undefined {
  if (rewrites && keepsRecords(finding.quote)) return 'the sentence is the duty to keep records of the dealings, which audits and fees rely on, not a right to keep the data';
  // "…, provided the results are aggregated across at least five customers and do not identify Customer": the
  // playbook's clause in its place would trade the contract's own standard for a looser one (audit of 49–52).
  if (replaces && finding.category === 'aggregated-data' && setsOwnStandard(finding.quote)) return 'the sentence already sets its own standard for the derived data, which the playbook\'s clause in its place would loosen';
  // "may retain a validation set of pseudonymised Vehicle Data … to meet its warranty obligations": a sentence that
  // only keeps data is answered on retention; the clause on using statistics in its place is no like for like.
  // "Customer may switch off the use … at any time, in which case Supplier shall exclude …": the clause on derived data
  // in its place would take the customer's own right away.
  // "Supplier shall be a controller of Service Data to the extent that Service Data constitutes personal data": a role
  // under data protection law, which the clause on using statistics in its place would drop unanswered (394 § 9.1).
  // Only a sentence that is that role; a limb joined on ("…; and that Lanternfield acts as an independent controller of
  // Service Data") is struck where it stands (373 § 10.1).
  if (replaces && finding.category === 'aggregated-data' && DATA_PROTECTION_ROLE.test(finding.quote.slice(0, 60)) && !/;\s+and\s+that\b/.test(finding.quote)) return 'the sentence allocates a role under data protection law, which the clause on derived data in its place would not replace like with like; the lawyer decides';
  if (replaces && finding.category === 'aggregated-data' && isCustomerRight(finding.quote, customer)) return 'the sentence is the customer\'s own right, which the clause on derived data in its place would take away';
  // "You can turn off Model Contribution …; while it is off we will stop using … to train": the ban in its place would
  // take the customer's switch with it (agreement 71 ¶15, once ¶11's purposes were struck rather than rewritten).
  if (replaces && finding.category === 'ai-training' && isCustomerRight(finding.quote, customer)) return 'the sentence is the customer\'s own right, which the clause on training in its place would take away';
  // "The tool relies on a language model supplied by Mistral AI, hosted in the European Union, … solely in order to
  // produce the Generated Descriptions": a sentence that says who receives the data and limits what for grants
  // nothing; the clause on providers in its place would drop the facts and limits the customer relies on.
  if (replaces && finding.category === 'third-party-ai' && LIMITED_TO.test(finding.quote) && !MAY_SHARE.test(finding.quote)) return 'the sentence says which provider receives the data and limits what for; the playbook\'s clause in its place would drop those facts and limits';
  // "Learnings … and the aggregated statistical information under § 5 (5) are not subject to the obligation of return
  // and deletion and may continue to be used after the end": answered on survival and deletion, not by the clause on
  // using statistics put in its place (lawyer audit of agreement 72).
  // "for the following purposes: operating and supporting the Services; billing; …; enhancing … the Provider's other
  // offerings": the clause on improvement in its place would drop the purposes the service runs on (audit of 69 3.4).
  // "… so that we can provide the services to you, develop … and create Aggregated Data": the service's own permission
  // would go with a clause put in its place; the vendor's purposes are struck from the list instead.
  if (replaces && finding.category === 'aggregated-data' && SERVES_SO_THAT.test(finding.quote)) return 'the sentence also grants what the service needs, which the clause on derived data in its place would drop';
  if (replaces && finding.category === 'service-improvement' && servesTheCustomer(finding.quote, 0)) return 'the sentence lists purposes that serve the customer, which the playbook\'s clause in its place would drop';
  // "The permissions you give us under …, our rights in Aggregated Data, and the sections titled … survive the end of
  // this agreement": a survival provision, which the licence clause in its place would end (lawyer audit of 71).
  if (replaces && finding.category === 'broad-license' && SURVIVAL_PROVISION.test(finding.quote) && !LICENCE_WORDS.test(finding.quote)) return 'the sentence is the survival provision, which the licence clause in its place would take away; the licence itself is where it is granted';
  // "Supplier shall own all Derived Data, meaning … embeddings, model weights …": the clause on owning outputs in its
  // place would swap derived data for outputs (audit74, 211 Sch 1 ¶4.2); the use of derived data is the clause to answer.
  if (replaces && finding.category === 'output-ownership' && OWNS_DERIVED.test(finding.quote)) return 'the sentence is about owning data the vendor derives, not outputs; the clause on outputs in its place would not replace like with like';
  // "Parcelith owns each Custom Model, may retain it for ninety (90) days after termination …": what is owned is a
  // model, not outputs; the clause on outputs in its place dropped the model's own time limit (audit147, 352 § 5.5).
  if (replaces && finding.category === 'output-ownership' && OWNS_A_MODEL.test(finding.quote) && !OUTPUT_WORD.test(finding.quote)) return 'the sentence is about owning a model, not outputs; the clause on outputs in its place would not replace like with like';
  // "Confidential Information does not include information that is … publicly available …, or that is De-identified
  // Data, Usage Data or a Market Benchmark": the ordinary exclusions the customer needs as recipient would go with a
  // clause on statistics in its place (audit178, 405 § 8.3); the limb naming the derived data is the lawyer's to strike.
  if (replaces && CONFIDENTIALITY_EXCLUSIONS.test(finding.quote)) return 'the sentence lists what is not confidential, including the ordinary exclusions both parties need; a clause of the playbook in its place would drop them, so the lawyer strikes the limb that names the derived data';
  // "All Platform Improvements, including any models … refined through the use of Claims Data, vest in Ordinate": what
  // is owned is built things, not statistics; the clause on using statistics in its place garbled it (audit173, 395
  // § 6.2; audit176, 401 § 6.2), the licence clause there was no like for like either, the owner swapped gave the
  // customer the vendor's own improvements, and a proviso on "such Derived Data" at its end would bind the vesting.
  if ((replaces || finding.category === 'output-ownership' || finding.category === 'aggregated-data') && BUILT_THINGS_VEST.test(finding.quote)) return 'the sentence is about who owns the vendor\'s improvements or models; no clause of the playbook in its place would replace like with like, and the lawyer decides whether the data used to build them needs its own answer';
  // "12.5 Survival. Sections 1, 3 …, 4.2 (as to Derived Data and trained Models), … survive": a proviso on derived data
  // appended to the list would bind nothing (415 § 12.5); the clause it keeps alive is answered where it stands.
  // "… may use … transcripts that the Agency has selected and de-identified … to refine the intents … used solely for the
  // Virtual Assistant": data made from the customer's to improve only the customer's own service (424 § 6.4 was
  // replaced by the clause on statistics, which took the customer's own arrangement away).
  if (replaces && finding.category === 'aggregated-data' && SOLELY_FOR_ITS_SERVICE.test(finding.quote)) return 'the derived data is used solely for the customer\'s own service; the clause on statistics in its place would take that arrangement away';
  if (finding.category === 'aggregated-data' && isSurvivalList(finding.quote)) return 'the sentence is a survival list; the clause on derived data it keeps alive is answered where it stands';
  // Only title, no permission: a training or improvement read in "regardless of whether they were trained using …" is
  // the ban's to answer where it stands, not the title's to lose.
  const titleOnly = OWNS_BUILT_THINGS.test(finding.quote) && !OUTPUT_WORD.test(finding.quote) && !/\b(?:may|can|is\s+entitled\s+to)\b/.test(finding.quote);
  if (titleOnly && (finding.category === 'output-ownership' || finding.category === 'ai-training' || finding.category === 'service-improvement')) return 'the sentence is about who owns the vendor\'s improvements or models; no clause of the playbook in its place would replace like with like, and the lawyer decides whether the data used to build them needs its own answer';
  // The same vesting later in the sentence ("… and all Model Improvements shall vest in Ledgerwell").
  if (replaces && finding.category === 'aggregated-data' && VESTS_BUILT_THINGS.test(finding.quote)) return 'the sentence is about who owns improvements or models built with the data, which the clause on using derived statistics would not replace like with like';
  if (replaces && finding.category === 'aggregated-data' && OUTLASTS.test(finding.quote)) return 'the sentence is about derived data outlasting the agreement, which the clause on using derived statistics would not replace like with like';
  if (replaces && finding.category === 'aggregated-data' && KEEPS.test(finding.quote) && !USES.test(withoutDescribedUse(finding.quote))) return 'the sentence is about keeping the data, or rights in it, which the clause on using derived statistics would not replace like with like';
  // "When our "Help us improve" setting is on, we use Your Content … to train … and to learn which edits people keep":
  // the deletion clause in place of a sentence that keeps nothing of the vendor's is no like for like (audit61, 171).
  if (replaces && finding.category === 'survival-retention' && !OUTLASTS.test(finding.quote) && !VENDOR_KEEPS.test(finding.quote)) return 'the sentence is about using the data, not keeping it after the end; the deletion clause in its place would not replace like with like';
  // "Where the School chooses to publish an item …, the School grants …", "While Customer is enrolled, Customer grants
  // …": a licence of what the customer chooses to share; the service licence in its place would take the choice away
  // and say again what the contract's own service licence says (audit61, 169 Sch 3.2, 170 § 4.2).
  if (replaces && finding.category === 'broad-license' && CHOSEN_SHARE.test(finding.quote)) return 'the licence covers only what the customer chooses to share; the service licence in its place would take that choice away';
  // Data-use agreements: "may compile aggregate statistics …, which does not contain audio or transcript excerpts, and may
  // publish them": the data holder's clauses on the dataset, in their place or worked into them, take away or garble a
  // use that never reaches the data;
  // "may continue to use … Trained Models … and may retain an evaluation subset": the deletion clause in its place takes
  // the models the licence was for (audit61, 172 §§ 3.4 and 8.4).
  // "may collect statistical information about the Customer's use of the Software …, provided that Service Metrics
  // shall not contain the content of any Source Document or any Personal Data": the clause on derived data would pool
  // the customer's own service figures with others' and stop them measuring its service levels (audit80, 224 § 5.7).
  // "may retain Audio Recordings … for up to 90 days … for quality assurance and to investigate errors reported by the
  // Customer": a keeping for a stated time to check the customer's own service is the retention issue's to answer;
  // turned into "must not retain" it took the clinical quality review the customer needs (audit81, 226 Sch 2 item 7).
  const purposes = (finding.evidence ?? []).filter((s) => s.role === 'purpose').map((s) => s.text.toLowerCase());
  if (finding.category === 'service-improvement' && KEPT_FOR_A_TIME.test(finding.quote) && purposes.length > 0 && purposes.every((p) => QUALITY_PURPOSES.has(p))) {
    return 'the sentence keeps the data for a stated time to check the customer\'s own service; how long is the retention issue\'s to answer';
  }
  // "may also use information about how the AI Features perform, such as response times …": figures about how the
  // service runs. Flipped to "will not use" it stopped the vendor planning capacity (audit81, 225 § A4.3); put in the
  // clause's place, or deleted, it took the product signals the service improves on (audit78, 220 § A.8).
  const used = USE_VERB.exec(finding.quote);
  if (TRAINING_OR_IMPROVING.has(finding.category) && used && ABOUT_PERFORMANCE.test(finding.quote.slice(used.index + used[0].length, used.index + used[0].length + 80))) {
    return 'the sentence is about figures on how the service performs or is used, not the customer\'s content; a ban or the playbook clause would stop the vendor running the service';
  }
  // Improving the service the customer buys with such figures is the market's norm (see contentFreeUsage).
  if (contentFreeStatistics(finding)) return 'the statistics are about how the service is used and already leave the customer\'s content out; pooling them with other customers\' data would take the customer\'s own service measures';
  if (finding.category.startsWith('dua-') && STATISTICS.test(finding.quote) && (setsOwnStandard(finding.quote) || LEAVES_THE_DATA_OUT.test(finding.quote))) return 'the sentence is about statistics that already leave the data out; the data holder\'s clauses are about the data itself';
  // So does turning its "may retain and continue to use … all Models" into "shall delete": the models are the deal
  // (audit202, 455 § 12.1 read "shall delete, reproduce, deploy, license and commercialise all Models").
  if ((replaces || rewrites) && (finding.category === 'dua-data-retention' || finding.category === 'dua-use-beyond-purpose') && MODEL_RIGHT.test(finding.quote)) return 'the sentence also keeps the recipient\'s rights in the trained models, which the playbook\'s clause in its place would take away';
  // "Provider hereby grants Customer a … right during the Subscription Term to access and use the Services, the
  // Documentation and the Scores": the clause on outputs in its place would take the customer's right to the service
  // with it (audit62, 173 § 2.2).
  if (replaces && finding.category === 'output-ownership' && grantsTheService(finding.quote, customer)) return 'the sentence grants the customer its right to use the service, which the clause on outputs in its place would take away';
  // "… may use the Customer Materials to improve and develop the Platform, including to train …, provided that the
  // Supplier first pseudonymises any Candidate Data": the derived data is only the condition of the use; the clause on
  // statistics in its place would drop the use it answers and keep nothing the sentence said (audit62, 174 § 4.2).
  // "Provider shall own all Model Improvements; provided that no Model Improvement shall … reproduce Customer Data, and
  // … shall not be used for any other client": a sentence about models built from the data that already limits them;
  // the clause on statistics in its place dropped the limits (audit100, 262 § 7.4).
  if (replaces && finding.category === 'aggregated-data' && MODEL_WORD.test(finding.quote) && LIMITS_THE_VENDOR.test(finding.quote)) return 'the sentence is about models built from the data and already limits them; the clause on derived statistics in its place would drop those limits';
  if (replaces && finding.category === 'aggregated-data' && derivedOnlyInProviso(finding.quote)) return 'the derived data is only the condition the sentence puts on its use, which the clause on statistics in its place would not replace like with like';
  if (rewrites) return undefined;
  // "Customer may provide comments …, and Supplier may use such feedback freely": the carve-out of the customer's data
  // from feedback conditions only the vendor's use, not the customer's giving.
  if (isCustomerRight(finding.quote, customer) && !finding.rules.includes('feedback-use')) return 'the sentence is the customer\'s own right, which a proviso would make conditional';
  if (finding.category === 'aggregated-data' && !speaksOfData(finding.quote, dataNames)) return 'the sentence speaks of no data, so a proviso on data would qualify nothing';
  return undefined;
}

/** Statistics about how the service is used that leave the customer's content out ("… shall not contain the content of"). */
export function contentFreeStatistics(finding: Finding): boolean {
  return (finding.category === 'aggregated-data' || finding.category === 'service-improvement') && USAGE_STATISTICS.test(finding.quote) && LEAVES_THE_DATA_OUT.test(finding.quote);
}

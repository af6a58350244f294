// What a defined term names: a party, the agreement, the customer's data, usage data, outputs or something else, read
// from the term and its meaning. Pure: imports only engine modules.
import type { TermDenotation } from './types';
import { AGREEMENT_TERM } from './partyRoles';
import { CUSTOMERS_OWN, DATA_TERM, DOCUMENT_PART_TERM, DERIVED_ALSO, DERIVED_DATA, derivedDefinition, derivedMeaning, EXCLUDING, LAW_NAME } from './dataTerms';

// "Contractor" in government drafting; "Marketplace Operator", "Cloud Provider": a role word after a descriptive one.
// A "Data Provider" supplies the data: it is the customer's side, never the vendor.
const VENDOR_TERM = /^(?:provider|vendor|supplier|licensor|company|contractor|processor|we|us|(?!(?:data|content|information)\s)(?:[a-z]+\s)?(?:provider|operator))$/i;
const VENDOR_MATERIALS = /^(?:provider|vendor|supplier|company|contractor)(?:'s|’s)?\s+(?:materials|technology|tools|templates|property)$/i;
const CUSTOMER_TERM = /^(?:customer|client|licensee|subscriber|you|buyer|purchaser|controller)$/i;
const USAGE_TERM = /\b(?:usage|telemetry|service generated|system|diagnostic|analytics|metadata|performance)\b/i;
const NAMES_DATA = /\b(?:data|information|logs?|metrics|statistics|records|telemetry|metadata|diagnostics|analytics)\b/i;
/** The data word as the term's head noun: "Service Analytics", "Usage Data", not "Analytics Programme". */
const DATA_HEAD = new RegExp(`${NAMES_DATA.source}$`, 'i');
const OUTPUT_TERM = /\b(?:outputs?|generated|results|completions|suggestions)\b/i;
// "the sensor readings the Manufacturer makes available to Ostrava": data handed over is the customer's, whoever names it.
const CUSTOMER_MEANING = /\b(?:customers?|clients?|controller|licensee|subscriber|on behalf of|you|your|user|users|submit(?:s|ted)?|upload(?:s|ed)?|provide[sd]?|input|makes?\s+available|suppl(?:y|ies)|furnish(?:es)?|delivered\s+by|transmit(?:s|ted)?\s+(?:to|into)|sends?\s+to)\b/i;
/**
 * '"Forecasts" means the demand forecasts … and other outputs that the Platform generates for Customer': a term named
 * for what it is ("Forecasts", "Insights") is the contract's word for outputs when its meaning says the service makes
 * it. Only the service, platform, software or its AI makes outputs; reports a party's staff prepare are not.
 */
/** "Data Sources", "Content Repositories": a term whose head noun is a system that holds data. */
const DATA_HOLDER_TERM = /\b(?:sources|systems?|repositor(?:y|ies)|databases?|connectors?|integrations?|environments?)$/i;
/** "the feature of the Service that …", "a tool within the Platform which …": a meaning that names a feature. */
const FEATURE_MEANING = /^(?:the|a|an|any|each)\s+(?:[\w-]+\s+){0,2}?(?:features?|functionality|functionalities|functions?|tools?|modules?|capabilit(?:y|ies))\s+(?:of|in|within|that|which|by|provided)\b/i;
const FEATURE_TERM = /\b(?:features?|functions?|functionality|functionalities|tools?|modules?|capabilities)$/i;
const OUTPUT_MEANING = /\b(?:other|any|all)\s+outputs?\b|\boutputs?\s+(?:of|from)\s+the\s+(?:Services?|Platform|Software|Assistant|AI)\b|\b(?:generated|produced|returned|created)\s+by\s+the\s+(?:Services?|Platform|Software|Assistant|AI\s+Features?|Application|App|Tool)\b|\b(?:Services?|Platform|Software|Assistant|AI\s+Features?|Application|App|Tool)\s+(?:generates|produces|returns|creates)\b/;

/**
 * '"Model Provider" means a third-party provider of large language models that Quillstack engages': a role word the
 * contract gives to someone outside it, by its meaning or by what it provides (models, AI), is never the vendor
 * (audit54: the inserted audit clause bound "Model Provider", a non-party, and the vendor promised nothing).
 */
const OUTSIDE_PARTY = /^(?:an?\s+|any\s+|each\s+|the\s+)?(?:third[- ]part(?:y|ies)|external|outside|independent)\b/i;
const MODEL_ROLE = /^(?:ai|llm|models?|language\s+model|foundation\s+model)\s+(?:provider|operator)$/i;

/**
 * "Contract Reference: HFG/PROC/…", "Agreement Date", "Contract Manager": a field of the agreement, named after it, is
 * not its name (audit128: 318 wrote "the Contract Reference" for the contract in its new clauses and comments).
 */
const FIELD_OF_THE_AGREEMENT = /\b(?:Reference|Ref|Number|No|ID|Date|Manager|Price|Value|Year|Period|Sum|Owner|Representative)\.?$/i;

export function denotation(term: string, meaning: string): TermDenotation {
  if (VENDOR_TERM.test(term)) return OUTSIDE_PARTY.test(meaning.trim()) || MODEL_ROLE.test(term) ? 'other' : 'vendor';
  if (CUSTOMER_TERM.test(term)) return 'customer';
  if (AGREEMENT_TERM.test(term) && !FIELD_OF_THE_AGREEMENT.test(term)) return 'agreement';
  if (LAW_NAME.test(term)) return 'other';
  // "System Data", "Usage Statistics" name data; "the System" or "Performance Standards" name no data at all, nor does
  // a programme named after what it does with data ("Analytics Programme", audit219: 481 § 9.2 read as usage data).
  if (USAGE_TERM.test(term) && DATA_HEAD.test(term)) return 'usage-data';
  if (OUTPUT_TERM.test(term)) return 'output';
  // "Connected Data Sources: Client's e-commerce storefront, loyalty programme database …": the systems data comes from,
  // named after the data, hold it but are not it (audit217, 476 wrote its protections for the sources, not Client Data).
  if (DATA_HOLDER_TERM.test(term)) return 'other';
  // "Data Usage Annex" means Annex 3, "which sets out the terms on which Provider may use Customer Data" (440 § 1.12): a
  // part of the contract about the data is not the data.
  if (DOCUMENT_PART_TERM.test(term)) return 'other';
  // '"Code Referencing" means the feature of the Service that compares Suggestions …': a feature named after the data
  // it works on is no data (audit216, 477 wrote "Code Referencing" for the customer's code in every clause it added).
  if (FEATURE_MEANING.test(meaning.trim())) return 'other';
  if (DATA_TERM.test(term) && CUSTOMERS_OWN.test(term) && !DERIVED_DATA.test(term) && !derivedMeaning(meaning.split(DERIVED_ALSO)[0] ?? '')) return 'customer-data';
  if (DATA_TERM.test(term) && derivedDefinition(term, meaning)) return 'other';
  // "… performance metrics relating to the Platform, excluding any Licensee Data": the customer named only in what is
  // excluded makes no data the customer's.
  // "Provider Materials", "Supplier Materials": the vendor's own things by its role's name, whatever other clients
  // the meaning mentions ("templates that the Provider also uses for other clients", audit47 117 § 6.3).
  if (VENDOR_MATERIALS.test(term)) return 'other';
  // '… and other material you upload, import, create or store in the Services ("Your Content")': a data term named as
  // the customer's is its data, whatever part of a long inline meaning was kept (audit69, 203 § 8 read "other").
  // '… may collect data about the configuration, performance and use of the Platform, including records of actions
  // performed by Users ("Platform Data")': data about how the service is used is usage data, whoever's users act.
  // '"Service Metrics" means technical and statistical information about the operation of the Services, such as page
  // volumes, processing times …' (414): metrics of the service's running are usage data too.
  if ((DATA_TERM.test(term) || METRICS_TERM.test(term)) && !CUSTOMERS_OWN.test(term) && aboutTheServiceUse(meaning.split(EXCLUDING)[0] ?? '')) return 'usage-data';
  // '"Service Data" means telemetry, diagnostic data, error logs and performance metrics generated by the Equipment …'
  // (audit226, 495 § 5.3): a meaning that opens on the service's technical records, with nothing users put in.
  if (DATA_TERM.test(term) && !CUSTOMERS_OWN.test(term) && RECORDS_OPENING.test(meaning.trim()) && !USERS_MATERIAL.test(meaning)) return 'usage-data';
  if (DATA_TERM.test(term) && (CUSTOMERS_OWN.test(term) || CUSTOMER_MEANING.test(meaning.split(EXCLUDING)[0] ?? ''))) return 'customer-data';
  // '"AI Features" means the summarisation … functions of the Platform, and "AI Output" means … generated by the AI
  // Features': what the service does is no output of it, whatever the next definition in the sentence says (audit79, 221).
  if (!DATA_TERM.test(term) && !FEATURE_TERM.test(term) && OUTPUT_MEANING.test(meaning)) return 'output';
  return 'other';
}

/** "Service Metrics", "Platform Statistics", "Telemetry": names of measurements rather than of data. */
const METRICS_TERM = /\b(?:metrics|statistics|telemetry)\b/i;
/** "use of the Platform", "performance of the Services": what usage data is about. */
const USE_OF_SERVICE = /\b(?:use|usage|performance|operation|configuration)\s+of\s+(?:the\s+)?(?:Platform|Services?|Software|Products?|Solution|System|Application)\b/;
/** "data about …", "information regarding …", "statistics relating to …": the words that say what the data is about. */
// "… system metadata generated by the operation of the Platform" (237 § 1.1): the service's own record of running.
const ABOUT = /\b(?:about|regarding|relating\s+to|concerning|generated\s+by|produced\s+by|arising\s+from)\s/i;

/** Whether a meaning describes data about how the service is used or performs, the about-words shortly before. */
function aboutTheServiceUse(meaning: string): boolean {
  const use = USE_OF_SERVICE.exec(meaning);
  return use !== null && ABOUT.test(meaning.slice(Math.max(0, use.index - 60), use.index + 1)) && !USERS_MATERIAL.test(meaning);
}

/** A meaning that opens on the service's own technical records: "telemetry, …", "diagnostic data …", "error logs …". */
const RECORDS_OPENING = /^(?:(?:any|all|the)\s+)?(?:telemetry|diagnostic|diagnostics|technical|operational|error\s+logs?|system\s+logs?|log\s+files)\b/i;
/** "… including the ratings Users give to Outputs": what the users put in or make is more than data about the use. */
const USERS_MATERIAL = /\b(?:outputs?|inputs?|prompts?|content|contents|uploads?|uploaded|(?<!\blog\s)files|documents|ratings?|corrections?|edits|feedback|transcripts?|recordings?)\b/i;

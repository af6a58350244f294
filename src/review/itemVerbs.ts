// A list item whose verbs mix serving the customer with the vendor's own ends ("(b) maintain, secure, develop and
// improve our educational products") keeps the serving verbs: "(b) maintain and secure our educational products".
// Reserving the whole item took the maintenance and security the customer needs too (audit41 overreach).
// Pure: no imports.

/** The verb list opening an item: "maintain, secure, develop and improve " (lower-case words, commas, one "and"/"or"). */
const VERB_LIST = /^((?:to\s+)?[a-z]+(?:,\s+[a-z]+)*,?\s+(?:and|or)\s+[a-z]+)\s+(?=\S)/;
// "to operate, analyse, maintain and improve the Platform": analysing the data is the vendor's study of it, as in the
// infinitive purposes (audit200, 449 § 3.4 was left whole because "analyse" was neither).
const VENDOR_VERB = /^(?:develop|improv|enhanc|train|retrain|fine-tun|refin|research|optimi[sz]|innovat|evolv|commerciali[sz]|market|advertis|benchmark|analy[sz])/;
const SERVING_VERB = /^(?:provid|deliver|operat|support|maintain|secur|host|run|perform|administer|protect|troubleshoot|process|store|fix|repair|debug|diagnos|monitor)/;

/** The item with only its serving verbs, or undefined when its verbs are not such a mix. */
export function keepServingVerbs(item: string): string | undefined {
  const list = VERB_LIST.exec(item);
  if (!list?.[1]) return undefined;
  const to = /^to\s+/.exec(list[1])?.[0] ?? '';
  const verbs = list[1].slice(to.length).split(/,?(?<!\s)\s+(?:and|or)\s+|,\s+/);
  const joiner = /\bor\s+[a-z]+$/.test(list[1]) ? 'or' : 'and';
  const kept = verbs.filter((verb) => SERVING_VERB.test(verb));
  const struck = verbs.filter((verb) => VENDOR_VERB.test(verb));
  // Every verb must be one or the other: an unknown verb may be either, and the lawyer decides.
  if (kept.length === 0 || struck.length === 0 || kept.length + struck.length !== verbs.length) return undefined;
  const rebuilt = kept.length === 1 ? kept[0] : `${kept.slice(0, -1).join(', ')} ${joiner} ${kept[kept.length - 1]}`;
  return `${to}${rebuilt}${item.slice(list[1].length)}`;
}

/** "to monitor, maintain, benchmark and improve ": the first infinitive verb list after `from`, with its "to". */
const INFINITIVE_VERBS = /\bto\s+[a-z]+(?:,\s+[a-z]+)*,?\s+(?:and|or)\s+[a-z]+\s(?=\S)/;

/**
 * "may use it … to monitor, maintain, benchmark and improve the Services and the Models": a permission whose verbs mix
 * running the service with the vendor's own ends keeps the running ("to monitor and maintain the Services …"); a ban
 * would stop the monitoring the customer needs too (audit97, 258 § 4.1). The splice of the verb list, or undefined.
 */
export function servingVerbsSplice(sentence: string, from: number): { start: number; end: number; text: string }[] | undefined {
  const found = INFINITIVE_VERBS.exec(sentence.slice(from));
  if (!found) return undefined;
  const start = from + found.index;
  const item = sentence.slice(start);
  const kept = keepServingVerbs(item);
  if (kept === undefined) return undefined;
  const tail = item.length - found[0].trimEnd().length;
  const verbs = { start, end: start + found[0].trimEnd().length, text: kept.slice(0, kept.length - tail) };
  // "to maintain, improve and develop the Platform and Lumen Ridge's other products and services": the vendor's other
  // products among the objects are its own ends too, and go with the verbs that served them (audit99, 259 § 3.3).
  const objectsAt = start + found[0].length;
  // "to maintain the Services, including new features and products": the example of development goes with the verbs
  // of development (audit199, 447 § 7.2 read "maintain the Services, including new features and products").
  // So does ", including the accuracy of …": what the struck verbs would have improved (audit224, 491 § 3.4 read
  // "troubleshoot the Services, including the accuracy of maintenance-interval predictions").
  const example = NEW_THINGS_EXAMPLE.exec(sentence.slice(objectsAt)) ?? IMPROVED_MEASURE_EXAMPLE.exec(sentence.slice(objectsAt));
  if (example?.[1]) {
    const at = objectsAt + example[0].length - example[1].length;
    return [verbs, { start: at, end: at + example[1].length, text: '' }];
  }
  const others = OTHER_BUSINESS.exec(sentence.slice(objectsAt));
  if (!others?.[1]) return [verbs];
  const at = objectsAt + others[0].length - others[1].length;
  return [verbs, { start: at, end: at + others[1].length, text: '' }];
}

/** The service named, then ", including new features and products": an example of building new things. */
// "Roadsight products and services, including future Device models": the vendor's name before its products (audit230, 504).
export const NEW_THINGS_EXAMPLE =
  /^(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:\s+(?:products|services|offerings)(?:\s+(?:and|or)\s+(?:products|services|offerings))?)?(,\s+including\s+(?:new|future|additional)\s+[^,;.]{1,80}?)(?=[,;.]|$)/;

/** The service named, then ", including the accuracy (quality, performance …) of …": a measure of its improvement. */
export const IMPROVED_MEASURE_EXAMPLE =
  /^(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(,\s+including\s+(?:the\s+|its\s+)?(?:accuracy|quality|performance|precision|reliability|speed|efficiency|effectiveness)\b[^;.]{0,160}?)(?=[;.]|$)/;

/**
 * "the Services and Provider's other products and services", "the Platform and its other offerings": the vendor's
 * other business joined to the service the customer buys (in group 1). The owner's name may run to three words
 * ("Lumen Ridge's other products").
 */
// "and other current and future Cadence products and services": the owner may come after the adjectives (413 § 4.4).
const OTHER_BUSINESS_JOINED = String.raw`\s+and\s+(?:(?:its|our|their|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s)\s+)?(?:(?:other|new|future|current|existing)(?:\s+(?:and|or)\s+|,\s+|\s+)){1,4}?(?:[A-Z][\w-]*\s+){0,2}(?:products|services|offerings|technologies)(?:,?\s+(?:and|or)\s+(?:services|technologies|offerings))?`;
// "the Services, the Models and Lumacrest's other products": the vendor's own things listed between go with them
// (audit217, 476 § 4.3 was left "to maintain the Services, the Models and Lumacrest's other products").
const BETWEEN_ITEMS = String.raw`(?:,\s+(?:the|its|our|their)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}){0,3}`;
export const OTHER_BUSINESS = new RegExp(String.raw`^(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(${BETWEEN_ITEMS}${OTHER_BUSINESS_JOINED})`);

/**
 * " and Supplier's other products and services" anywhere in a purpose the review rewrites: the words a narrowed
 * purpose must lose too, or "solely for operating the Platform and Supplier's other products" would still reach the
 * vendor's other business (249 § 2.3, 272 § 3.1). Starts where a run of spaces starts (linear on long runs).
 */
export const OTHER_BUSINESS_TAIL = new RegExp(String.raw`(?<!\s)${OTHER_BUSINESS_JOINED}\b`);

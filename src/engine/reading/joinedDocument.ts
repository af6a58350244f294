// Whether a document of another name is joined on right after a conduct policy ("the Acceptable Use Policy and Model
// Card", "… Acceptable Use Policy at https://… and the other policies referenced in this Agreement"). A conduct policy
// governs how the customer behaves; the document beside it may govern what is done with the data (453 § 14.3, 454
// Schedule 4 § 7.1). Pure: string and regular-expression work only.

/** Where the policy is: "at https://example.com/aup". */
const LOCATION = /^at\s\S+\s*/i;
/** The join and the next name: ", and Model Card", "or the Privacy Notice", "and the other policies referenced". */
const JOINED = /^(?:,\s*(?:and\s|or\s)?|and\s|or\s)\s*(?:(?:the|its|our)\s+)?(?:([A-Z][\w-]*)|(?:any\s+|all\s+)?other\s+(?:policies|policy|documents|terms)\b)/;

/**
 * The offset in `text` where the joined document's name starts, or -1 when none follows `end`. The caller decides
 * whether that name is itself a conduct policy ("… and Community Guidelines").
 */
export function joinedDocumentAt(text: string, end: number): number {
  const rest = text.slice(end);
  const skippedSpace = rest.length - rest.trimStart().length;
  let at = end + skippedSpace;
  const location = LOCATION.exec(text.slice(at));
  if (location) at += location[0].length;
  const joined = JOINED.exec(text.slice(at));
  if (!joined) return -1;
  const name = joined[1] ? joined[0].lastIndexOf(joined[1]) : joined[0].search(/other\b/);
  return at + name;
}

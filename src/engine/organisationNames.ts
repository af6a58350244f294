// Company and organisation names in a definition's meaning: "Harborlight Guest Technologies, Inc.", "Fenmoor Health
// Trust". Pure: string and pattern tests only.
export const COMPANY = /\b(?:Ltd|Limited|LIMITED|Inc|INC|LLC|LLP|plc|PLC|GmbH|Corp|Corporation|Company|S\.A|B\.V|AG|SAS|Pty)\b\.?/;
/** Bodies that sign contracts without a company suffix ("ASHDOWN VALLEY NHS FOUNDATION TRUST"), as names: capitalised. */
const ORGANISATION_NOUNS = ['Trust', 'University', 'Council', 'Authority', 'Bank', 'Foundation', 'Association', 'Institute', 'Hospital', 'College', 'Society', 'Agency', 'Ministry'];
const ORGANISATION_NOUN = new RegExp(`\\b(?:${ORGANISATION_NOUNS.flatMap((noun) => [noun, noun.toUpperCase()]).join('|')})\\b`, 'g');
/** The noun ends a capitalised name ("Fenmoor Health Trust"); "by the Trust" in a definition's text is no name. */
export function organisationIn(text: string): { readonly index: number; readonly end: number } | undefined {
  for (const m of text.matchAll(ORGANISATION_NOUN)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 40), at).split(/\s+/).filter((word) => word !== '');
    if (/^[A-Z]/.test(before[before.length - 1] ?? '')) return { index: at, end: at + m[0].length };
  }
  return undefined;
}
/**
 * '"Affiliate" means any entity that … controls … a party, and in the case of Customer includes Tsukimi Hotel Holdings
 * Co., Ltd.': a meaning that opens with a quantifier names a class of bodies, however many companies it lists (301 §
 * 1.1 counted "Affiliate" as a second company, and the vendor was left unnamed).
 */
const CLASS_OF_BODIES = /^(?:any|each|every|all)\b/i;
export const namesOrganisation = (meaning: string) =>
  !CLASS_OF_BODIES.test(meaning.trim()) && (COMPANY.test(meaning) || organisationIn(meaning) !== undefined);

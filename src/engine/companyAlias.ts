// A short name an attached part gives to a party's company ('In these AI Terms "Rosterlane" means Rosterlane
// Optimisation Ltd'), read as that party's alias. Pure: engine types only.
import type { Definition, Paragraph, TermDenotation } from './types';

/**
 * 'In these AI Terms "Rosterlane" means Rosterlane Optimisation Ltd' beside a parties block that gave "ROSTERLANE
 * OPTIMISATION LTD, … ("Supplier")": the company's full name, in any case, before a party's short name makes the new
 * name that party's (426's attached AI terms spoke of "Rosterlane", which was read as no party).
 */
export function partyOfCompany(name: string, definitions: readonly Definition[], roles: ReadonlyMap<string, TermDenotation>, paragraphs: readonly Paragraph[]): TermDenotation | undefined {
  // A company by its legal form ("Rosterlane Optimisation Ltd"), not any phrase ("IDE extensions and related services").
  if (name.split(' ').length < 2 || !/^[A-Z]/.test(name) || !LEGAL_FORM_END.test(name)) return undefined;
  const wanted = name.toLowerCase();
  const party = definitions.find((d) => {
    const role = roles.get(d.term);
    if (role !== 'vendor' && role !== 'customer') return false;
    const before = (paragraphs[d.paragraph]?.text ?? '').slice(Math.max(0, d.start - 400), d.start).toLowerCase();
    // The party's short name in its own bracket after the company: "… LTD, a company … ("Supplier")".
    if (!/\((?:the\s+)?["“]$/.test(before)) return false;
    const at = before.lastIndexOf(wanted);
    // No other short name defined between the company and this one ("… LTD ("Supplier")" ends in its own bracket;
    // "Kowhai District Health Board (the "DHB"), and Pukeko … (the "Supplier")" names another party between).
    const between = before.slice(at + wanted.length);
    const ownBracket = between.lastIndexOf('(');
    const rest = ownBracket >= 0 ? between.slice(0, ownBracket) : between;
    return at >= 0 && !rest.includes('"') && !rest.includes('“') && !rest.includes('(');
  });
  return party === undefined ? undefined : roles.get(party.term);
}

const LEGAL_FORM_END = /\b(?:Ltd|Limited|Inc|LLC|LLP|L\.P|plc|PLC|GmbH|AG|SA|S\.A|BV|B\.V|NV|Pty|Corporation|Corp|Company|Co)\.?$/i;


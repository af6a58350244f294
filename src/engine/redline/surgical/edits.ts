// Turns one declarative playbook edit into splices of the vendor's sentence, or undefined when the sentence does
// not have the part the edit changes. Pure: must not import Office, React, the DOM or Node.
import type { SurgicalEdit } from '../../../playbook/schema';
import { escapeRegExp, namesPattern, type SurgicalContext } from './context';
import { strikeFromLists } from './coordinatedList';
import { coordinatedPermissions, exceptionTail, purposePhrase, sentenceClose, vendorPermission } from './grammar';
import type { Splice } from './splice';

const OWNS = '(?:owns|shall own|will own|retains ownership of|shall retain ownership of|is the (?:sole )?owner of|shall be the (?:sole )?owner of)';
const VESTS = '(?:vests?|shall vest|remains?|shall remain)\\s+(?:solely\\s+|exclusively\\s+)?(?:in|with)\\s+';
const LICENCE_BACK = '(?:,\\s+and|;\\s+and|,)\\s+(?:hereby\\s+)?(?:grants|licenses|licences)\\s+';
const SURVIVES = '(?:shall|will)\\s+survive|survives|(?:shall|will)\\s+continue\\s+in\\s+(?:full\\s+)?force';
const RETAINS = '(?:may|can|is entitled to|shall be entitled to)\\s+(?:continue\\s+to\\s+)?(?:retain|keep|store|hold|use)(?:\\s+(?:and|or)\\s+(?:use|retain|keep|store|process|exploit))?\\b';
const AS_UPDATED =
  /,?\s*as\s+(?:may\s+be\s+)?(?:updated|amended|modified|changed|revised|varied)(?:,?\s+(?:or|and)\s+\w+)?\s+(?:from time to time|periodically|at any time)(?:\s+(?:at|in)\s+[^,;.]*?discretion)?|,?\s*as\s+\S+\s+may\s+(?:update|amend|modify|change|revise)\s+(?:it\s+|them\s+)?(?:from time to time|at any time)/i;

function mentionsAny(sentence: string, words: readonly string[]): boolean {
  return words.some((word) => new RegExp(`(?<![\\p{L}-])${escapeRegExp(word)}(?![\\p{L}-])`, 'iu').test(sentence));
}

// "..., and may process Customer Data to provide the services" is the permission the customer needs; turning it
// into "shall not" would forbid the service itself, so only later permissions for the vendor's own ends are negated.
const SERVICE_PURPOSE = /^[^,;.]*?\bto\s+(?:provide|deliver|perform|operate|support|maintain|host|secure)\b/i;

function servesTheCustomer(sentence: string, from: number): boolean {
  const clause = sentence.slice(from).split(/,?\s+(?:and|or)\s+may\b/)[0] ?? '';
  return SERVICE_PURPOSE.test(clause);
}

function prohibit(context: SurgicalContext): Splice[] | undefined {
  const permission = vendorPermission(context);
  if (!permission) return undefined;
  const later = coordinatedPermissions(context, permission.end).filter((found) => !servesTheCustomer(context.sentence, found.end));
  const splices: Splice[] = [permission, ...later].map((found) => ({ ...found, text: 'shall not' }));
  // "shall not train, fine-tune and evaluate" would forbid only doing all three; a prohibition lists with "or".
  const verbs = /^\s+(?:[\w-]+\s+){0,8}?to\s+[\w-]+(?:,\s+[\w-]+)*,?\s+(and)\s+[\w-]+/.exec(context.sentence.slice(permission.end));
  if (verbs?.[1]) {
    const at = permission.end + verbs[0].length - verbs[0].replace(/^.*\s(and)\s+/s, '$1 ').length;
    splices.push({ start: at, end: at + 3, text: 'or' });
  }
  return splices;
}

function swapOwner(context: SurgicalContext): Splice[] | undefined {
  const vendor = namesPattern(context.vendorNames);
  const { sentence, terms } = context;
  const owner = new RegExp(`\\b(${vendor})(?=\\s+${OWNS}\\b)`).exec(sentence) ?? new RegExp(`(?<=${VESTS})(${vendor})\\b`).exec(sentence);
  if (!owner) return undefined;
  const splices: Splice[] = [{ start: owner.index, end: owner.index + owner[0].length, text: terms.customer }];
  // Once the customer owns the output, a licence back to the customer is meaningless and must go.
  const back = new RegExp(`${LICENCE_BACK}${namesPattern([terms.customer])}\\b[^;.]*`).exec(sentence.slice(owner.index));
  if (back) splices.push({ start: owner.index + back.index, end: owner.index + back.index + back[0].length, text: '' });
  return splices;
}

function strikeSurvival(sentence: string): Splice[] | undefined {
  // Survival is a clause of its own, joined to the rest by "; and" or ", and" (never the "and" inside "3.6 and 4.3").
  const leading = new RegExp(`^[^;]*?\\b(?:${SURVIVES})\\b[^;]*?[,;]\\s+and\\s+(?=[A-Z])`).exec(sentence);
  if (leading) return [{ start: 0, end: leading[0].length, text: '' }];
  const trailing = new RegExp(`[,;]\\s+and\\s+[^;.]*?\\b(?:${SURVIVES})\\b[^;.]*`).exec(sentence);
  return trailing ? [{ start: trailing.index, end: trailing.index + trailing[0].length, text: '' }] : undefined;
}

function ceaseRetention(context: SurgicalContext, text: string): Splice[] | undefined {
  const vendor = namesPattern(context.vendorNames);
  const match = new RegExp(`\\b${vendor}\\s+(${RETAINS})`).exec(context.sentence);
  if (!match?.[1]) return undefined;
  const start = match.index + match[0].length - match[1].length;
  return [{ start, end: start + match[1].length, text }];
}

export function editSplices(edit: SurgicalEdit, context: SurgicalContext, fill: (text: string) => string): Splice[] | undefined {
  const { sentence } = context;
  switch (edit.kind) {
    case 'prohibit':
      return prohibit(context);
    case 'strike': {
      const splices = strikeFromLists(sentence, edit.words);
      return splices.length > 0 ? splices : undefined;
    }
    case 'strike-exception': {
      const tail = exceptionTail(context);
      return tail && [{ start: tail.start, end: tail.end, text: '' }];
    }
    case 'replace-exception': {
      const tail = exceptionTail(context);
      return tail && [{ start: tail.wordStart, end: tail.end, text: fill(edit.text) }];
    }
    case 'limit-purpose': {
      const purpose = purposePhrase(context);
      return purpose && [{ ...purpose, text: edit.text ? ` ${fill(edit.text)}` : '' }];
    }
    case 'append-proviso': {
      if (/\bprovided\s+(?:always\s+)?(?:that|they|it|however)\b/i.test(sentence) || (edit.onlyIf && !mentionsAny(sentence, edit.onlyIf))) return undefined;
      if (edit.unlessMentions && mentionsAny(sentence, edit.unlessMentions)) return undefined;
      const at = sentenceClose(sentence);
      return [{ start: at, end: at, text: `, ${fill(edit.text)}` }];
    }
    case 'swap-owner':
      return swapOwner(context);
    case 'strike-survival':
      return strikeSurvival(sentence);
    case 'cease-retention':
      return ceaseRetention(context, fill(edit.text));
    case 'fix-version': {
      const match = AS_UPDATED.exec(sentence);
      return match ? [{ start: match.index, end: match.index + match[0].length, text: `, ${fill(edit.text)}` }] : undefined;
    }
  }
}

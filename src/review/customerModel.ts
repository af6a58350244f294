// A contract may let the vendor train a model kept for the customer alone ("a dedicated instance of the Models
// exclusively for the Health Authority"). A ban on all training inserted beside it would take that model away, which
// the customer negotiated and needs (the lawyer audits of 277, 280, 284 and 285). The inserted ban keeps it: "… any
// artificial intelligence or machine-learning model, other than a model that Vendor trains and uses solely for the
// Health Authority under section B.3". Pure: engine types and the wording helpers only.
import type { Analysis, Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { commentWording, contractWording } from './wording';

/** Where the playbook's ban names the models it covers. */
const MODELS_BANNED = 'machine-learning model';
const WHOSE_MODEL = /^, whether [^,.;]*/;

export function exceptForCustomerModel(clause: string, analysis: Analysis, paragraphs: readonly Paragraph[]): { clause: string; reason: string } | undefined {
  const at = clause.indexOf(MODELS_BANNED);
  const numbers = (analysis.customerModels ?? []).map((p) => numberAtStart(paragraphs[p]?.text ?? ''));
  if (at < 0 || numbers.length === 0) return undefined;
  const number = numbers.find((n) => n !== undefined);
  const where = number === undefined ? 'this {{agreement}}' : `${provisionWord(analysis.terms)} ${number}`;
  // "… any … machine-learning model, whether Vendor's own or a third party's, and …": the exception follows the aside.
  const aside = WHOSE_MODEL.exec(clause.slice(at + MODELS_BANNED.length));
  const end = at + MODELS_BANNED.length + (aside?.[0].length ?? 0);
  const exception = contractWording(`, other than a model that {{vendor}} trains and uses solely for {{customer}} under ${where}`, analysis.terms);
  const reason = commentWording(`The clause keeps the model that ${where} lets {{vendor}} train for us alone.`, analysis.terms);
  return { clause: `${clause.slice(0, end)}${exception}${clause.slice(end)}`, reason };
}

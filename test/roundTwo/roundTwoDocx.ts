// A vendor's round-two redline as a .docx, in our own drafting: their tracked changes (author "Vendor Counsel") on
// the AI and data terms, a change to the fees that is not about AI terms, and one earlier revision of ours.
import { buildDocx, sampleParts } from '../fixtures/docx/sampleDocx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const THEM = 'Vendor Counsel';
const US = 'Harbour Legal';
const DATE = '2026-12-01T10:00:00Z';
let id = 100;

const t = (text: string): string => `<w:t xml:space="preserve">${text}</w:t>`;
const run = (text: string): string => `<w:r>${t(text)}</w:r>`;
const ins = (text: string, author = THEM): string => `<w:ins w:id="${id++}" w:author="${author}" w:date="${DATE}">${run(text)}</w:ins>`;
const del = (text: string, author = THEM): string => `<w:del w:id="${id++}" w:author="${author}" w:date="${DATE}"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const para = (content: string): string => `<w:p>${content}</w:p>`;

/** What each paragraph is for, so tests name them rather than count. */
export const ROUND_TWO = {
  title: 'AI Services Addendum',
  parties: 'This Addendum is between Quillstone Software Ltd ("Supplier") and Marlow & Tate LLP ("Client").',
  definition: '1.1 "Client Materials" means all documents, prompts and other content that Client uploads to the Platform.',
  struckNot: '2.1 Supplier shall use Client Materials to train any artificial intelligence model.',
  addedException: '2.2 Supplier shall not use Client Materials to develop or improve any machine learning model, except to improve the Services.',
  retention: '2.3 Supplier shall delete all Client Materials within thirty days after termination, except that Supplier may retain copies for as long as it considers necessary.',
  optOut: '2.4 Supplier will process Client Materials only to provide the Platform.',
  narrowedDeletion: '2.5 Supplier shall return Client Materials on termination.',
  addedPromise: '2.6 Supplier shall not use Outputs to train any model.',
  fees: '3.1 Client shall pay the fees within sixty days of each invoice.',
  ours: '3.2 Either party may terminate this Addendum on thirty days written notice.',
} as const;

export const THEIR_AUTHOR = THEM;
export const OUR_AUTHOR = US;

const BODY = [
  para(run(ROUND_TWO.title)),
  para(run(ROUND_TWO.parties.replace('&', '&amp;'))),
  para(run(ROUND_TWO.definition)),
  para(run('2.1 Supplier shall ') + del('not ') + run('use Client Materials to train any artificial intelligence model.')),
  para(run('2.2 Supplier shall not use Client Materials to develop or improve any machine learning model') + ins(', except to improve the Services') + run('.')),
  para(run('2.3 Supplier shall delete all Client Materials within thirty days after termination') + ins(', except that Supplier may retain copies for as long as it considers necessary') + run('.')),
  para(run('2.4 Supplier will process Client Materials only to provide the Platform.') + del(' Client may opt out of any use of Client Materials for model training at any time by notice to Supplier.')),
  para(run('2.5 Supplier shall ') + del('delete or ') + run('return Client Materials') + del(' and all copies and backups of them') + run(' on termination.')),
  `<w:p><w:pPr><w:rPr><w:ins w:id="${id++}" w:author="${THEM}" w:date="${DATE}"/></w:rPr></w:pPr>${ins('2.6 Supplier shall not use Outputs to train any model.')}</w:p>`,
  para(run('3.1 Client shall pay the fees within ') + del('thirty') + ins('sixty') + run(' days of each invoice.')),
  para(run('3.2 Either party may terminate this Addendum on ') + ins('thirty', US) + run(' days written notice.')),
].join('');

export async function buildRoundTwoDocx(): Promise<Uint8Array> {
  const parts = sampleParts();
  parts['word/document.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="${W}"><w:body>${BODY}<w:sectPr/></w:body></w:document>`;
  return buildDocx(parts);
}

// A long contract in the style of real vendor paper (our own drafting): a definitions section of forty terms, long
// sentences with nested (a)/(i) lists, provisos, cross-references and carve-outs, and data-use clauses spread through
// operative text that varies from section to section. The generated bench contract repeats one short sample; this one
// costs what real language costs (definitions, long sentences). Deterministic: the same pages give the same text.
import type { Paragraph } from '../src/engine/types';
import { WORDS_PER_PAGE } from './generateContract';

const TERMS = [
  ['Affiliate', 'any entity that directly or indirectly controls, is controlled by or is under common control with a party, for so long as that control lasts'],
  ['Aggregated Data', 'statistical or performance information derived from the operation of the Platform, combined with information from other customers so that no individual or customer can be identified from it'],
  ['Authorised User', 'an employee, agent or contractor of Customer whom Customer permits to access the Platform under the credentials issued to it'],
  ['Customer Materials', 'all documents, prompts, instructions, files, records and other content that Customer or an Authorised User uploads to, submits to or generates through the Platform, together with all Output'],
  ['Documentation', 'the user guides, technical specifications and security statements that Supplier makes available for the Platform, as updated in accordance with clause 4.3'],
  ['Machine Learning Model', 'any statistical, neural or other computational model that is trained, tuned or calibrated on data in order to make predictions, generate content or classify inputs'],
  ['Output', 'any text, image, code, summary, classification or other result that the Platform returns in response to Customer Materials'],
  ['Personal Data', 'has the meaning given in the Data Protection Legislation'],
  ['Platform', 'the hosted software service described in the Order Form, including its application programming interfaces, models, updates and the Documentation'],
  ['Professional Services', 'the implementation, configuration, training and advisory services described in a Statement of Work'],
  ['Security Incident', 'any confirmed unauthorised access to, or disclosure, loss or alteration of, Customer Materials in Supplier\'s possession or control'],
  ['Subprocessor', 'any third party that Supplier engages to process Customer Materials on its behalf, including providers of hosted Machine Learning Models'],
  ['Usage Data', 'technical logs, metrics and telemetry about how the Platform is accessed and performs, excluding the content of Customer Materials'],
  ['Term', 'the Initial Term together with every Renewal Term'],
];

const DUTIES = [
  'maintain the Platform in accordance with the service levels in Schedule 2',
  'notify Customer of any Security Incident without undue delay and in any event within forty-eight hours of becoming aware of it',
  'keep a written record of each Subprocessor and the country in which it processes Customer Materials',
  'provide Customer, on reasonable request, with the information reasonably necessary to demonstrate compliance with this clause',
  'ensure that each person authorised to process Customer Materials is bound by a duty of confidentiality',
  'make available at least one test environment in which Customer may evaluate new releases before they are deployed',
];

const DATA_USES = [
  'Supplier may use Customer Materials and Output to train, retrain, fine-tune and evaluate the Machine Learning Models that form part of the Platform or any other product of Supplier or its Affiliates',
  'Supplier may use Customer Materials to develop, improve and enhance the Platform and its other products and services, including by creating derivative Machine Learning Models',
  'Customer grants Supplier and its Affiliates a worldwide, royalty-free, perpetual and irrevocable licence to copy, modify, analyse and create derivative works of Customer Materials',
  'Supplier may disclose Customer Materials to its Subprocessors, including third-party providers of large language models, to operate the artificial intelligence features of the Platform',
  'Supplier may retain Customer Materials and any embeddings derived from them after the end of the Term for as long as Supplier considers reasonably necessary for its business purposes',
  'Supplier may compile Aggregated Data and use it for any purpose, during and after the Term',
];

const PROVISOS = [
  'provided that Supplier shall not identify Customer as the source of any such information without Customer\'s prior written consent',
  'save to the extent that such use is prohibited by the Data Protection Legislation or by a written instruction of Customer given under clause 9.4',
  'subject always to the limitations of liability set out in clause 14 and to the exclusions in clause 14.5(b)(ii)',
  'except where the delay results from a failure of Customer to provide the information reasonably requested under clause 6.2(c)',
];

const BOILERPLATE = [
  'Each party shall comply with all applicable laws, including anti-bribery and export control laws, in performing its obligations under this Agreement',
  'Customer shall pay each undisputed invoice within thirty days of its date, and Supplier may charge interest on late payments at four per cent above the base rate from time to time',
  'Neither party shall be liable for any delay or failure to perform caused by events beyond its reasonable control, if it gives prompt notice and uses reasonable endeavours to mitigate the effect',
  'No failure or delay by a party to exercise any right or remedy shall operate as a waiver of it, nor shall any single or partial exercise preclude any further exercise of that right or remedy',
  'This Agreement may be executed in any number of counterparts, each of which when executed shall constitute a duplicate original, but all of which together shall constitute one agreement',
];

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length] as T;
}

/** One long operative sentence: a lead-in, a nested list of duties, a proviso and a cross-reference. */
function operativeSentence(section: number, n: number): string {
  const duties = [0, 1, 2].map((k) => `(${String.fromCharCode(97 + k)}) ${pick(DUTIES, n + k * 2)}`).join('; ');
  return (
    `Without prejudice to clause ${(section % 17) + 2}.${(n % 5) + 1} and notwithstanding anything to the contrary in any Order Form or ` +
    `Statement of Work, Supplier shall, at its own cost and for the duration of the Term: ${duties}; and (d) where a Professional ` +
    `Services engagement under clause ${(section % 9) + 3} requires it, co-operate with any auditor appointed by Customer, ` +
    `${pick(PROVISOS, n)}.`
  );
}

/** A data-use clause in the contract's own words, with a tail that varies so no two sections read alike. */
function dataClause(section: number, n: number): string {
  return `${pick(DATA_USES, n)}, ${pick(PROVISOS, n + section)}, and in each case in accordance with clause ${(n % 11) + 4}.${(section % 3) + 1}.`;
}

/** A 200-page contract is about 2,600 paragraphs; the definitions come once, as in real paper. */
export function realStyleContract(pages: number): Paragraph[] {
  const paragraphs: Paragraph[] = [
    { text: 'MASTER SUBSCRIPTION AGREEMENT', isHeading: true },
    { text: 'This Master Subscription Agreement (the "Agreement") is made between Northwind Analytics Limited ("Supplier") and the customer named in the Order Form ("Customer").' },
    { text: '1. Definitions and Interpretation', isHeading: true },
    ...TERMS.map(([term, meaning], index) => ({ text: `1.${index + 1} "${term}" means ${meaning}.` })),
  ];
  const target = Math.max(1, Math.round(pages * WORDS_PER_PAGE));
  let words = paragraphs.reduce((total, p) => total + p.text.split(/\s+/).length, 0);
  for (let section = 2; words < target; section += 1) {
    const block: Paragraph[] = [
      { text: `${section}. ${pick(['Supply of the Platform', 'Customer Materials', 'Security', 'Subprocessors', 'Fees', 'General'], section)}`, isHeading: true },
      { text: `${section}.1 ${operativeSentence(section, section)}` },
      { text: `${section}.2 ${pick(BOILERPLATE, section)}, ${pick(PROVISOS, section + 1)}.` },
      ...(section % 3 === 0 ? [{ text: `${section}.3 ${dataClause(section, section)}` }] : []),
      { text: `${section}.4 ${operativeSentence(section, section + 3)}` },
    ];
    for (const paragraph of block) {
      paragraphs.push(paragraph);
      words += paragraph.text.split(/\s+/).length;
    }
  }
  return paragraphs;
}

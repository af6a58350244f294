// Plain words for the `vendor` mode, written for the vendor's counsel reading the customer's paper: labels, what each
// clause does to the service and why it matters, and what a missing term leaves open. Pure data, our own drafting.
// {vendor} is the vendor (your client), {customer} the customer and {data} the customer's data, in the contract's words.
import type { VENDOR_PROTECTION_IDS, VENDOR_RISK_CATEGORIES } from '../types';
import type { CategoryText } from './categoryText';

type VendorCategory = (typeof VENDOR_RISK_CATEGORIES)[number] | (typeof VENDOR_PROTECTION_IDS)[number];
type VendorProtection = (typeof VENDOR_PROTECTION_IDS)[number];

export const VENDOR_CATEGORY_LABELS: Record<VendorCategory, string> = {
  'vendor-aggregate-ban': 'Ban on aggregated statistics the service needs',
  'vendor-model-deletion': 'Deletion or retraining of models',
  'vendor-unlimited-audit': 'Audit without limits',
  'vendor-overbroad-no-training': 'Data-use ban with no room for security or abuse work',
  'vendor-aggregate-right': 'Right to aggregated, de-identified data',
  'vendor-prior-models': 'Earlier models left alone',
  'vendor-audit-limits': 'Audit limited in frequency, notice or form',
  'vendor-security-carve-out': 'Room for security and abuse prevention',
};

export const VENDOR_PROTECTION_LABELS: Record<VendorProtection, string> = {
  'vendor-aggregate-right': 'A right to aggregated, de-identified data with safeguards',
  'vendor-prior-models': 'Models trained before the contract, or not on the customer’s data, left alone',
  'vendor-audit-limits': 'Audit limited to reports, once a year, on notice',
  'vendor-security-carve-out': 'A carve-out for security, abuse and fraud prevention',
};

const ASK = 'the customer';

export const VENDOR_CATEGORY_TEXT: Record<VendorCategory, CategoryText> = {
  'vendor-aggregate-ban': {
    allows: '{customer} forbids {vendor} to create or use aggregated, de-identified or statistical data derived from {data}.',
    why: 'Capacity planning, billing, uptime and security monitoring run on aggregated metrics; a flat ban makes ordinary operation a breach.',
    questions: ['Would de-identified aggregates that cannot identify you or your users meet your concern?', 'Which uses of aggregates worry you: sale, publication, training?'],
    ask: ASK,
  },
  'vendor-model-deletion': {
    allows: '{customer} can make {vendor} delete, retrain or withdraw models, possibly including models trained before this contract.',
    why: 'Models serve every customer and most owe nothing to this one’s data; unlearning is rarely possible, so the duty can mean withdrawing a product.',
    questions: ['Is your concern models trained on your data, or every model we run?', 'Would a promise not to train on your data going forward meet it?'],
    ask: ASK,
  },
  'vendor-unlimited-audit': {
    allows: '{customer} may audit {vendor} without limits of frequency, notice, scope or cost.',
    why: 'Open-ended audits disrupt operations, expose other customers’ data and security details, and carry no cost cap.',
    questions: ['Would our independent audit reports and an annual questionnaire meet your needs?', 'What would trigger an on-site audit?'],
    ask: ASK,
  },
  'vendor-overbroad-no-training': {
    allows: '{customer} forbids {vendor} to use {data} for training or processing so widely that abuse detection and security work are caught too.',
    why: 'Spam, fraud and intrusion detection learn from traffic; a ban with no carve-out forbids the work that protects the customer itself.',
    questions: ['Can security, abuse and fraud prevention be carved out, without any general-purpose training?'],
    ask: ASK,
  },
  'vendor-aggregate-right': {
    allows: '{vendor} may use aggregated or de-identified data derived from {data}.',
    why: 'This keeps the service workable; check the safeguards the customer will expect (no re-identification, no sale).',
    questions: ['Is the de-identification standard one we can meet?'],
    ask: ASK,
  },
  'vendor-prior-models': {
    allows: 'Models trained before the contract, or not on {data}, are outside any deletion or retraining duty.',
    why: 'This keeps remedies aimed at the customer’s data rather than at the product every customer uses.',
    questions: ['Does the carve-out reach models trained on other customers’ data?'],
    ask: ASK,
  },
  'vendor-audit-limits': {
    allows: 'The audit right is limited in frequency, notice, form or cost.',
    why: 'Limits make the audit right one the vendor can live with; check that they cover on-site visits and other customers’ data.',
    questions: ['Do the limits also bind the customer’s auditors?'],
    ask: ASK,
  },
  'vendor-security-carve-out': {
    allows: '{vendor} may use {data} for security, abuse and fraud prevention despite the ban.',
    why: 'This keeps the service safe to run; check that the carve-out reaches the models that do that work.',
    questions: ['Does the carve-out cover detection models, not only manual review?'],
    ask: ASK,
  },
};

export const VENDOR_MISSING_TEXT: Record<VendorProtection, string> = {
  'vendor-aggregate-right':
    'Nothing lets {vendor} use aggregated or de-identified data derived from {data}, which running the service needs. Propose a right to de-identified aggregates with safeguards.',
  'vendor-prior-models':
    'The deletion or retraining duty is not limited to models trained on {data} after the contract. Propose that models trained before it, or on other data, are left alone.',
  'vendor-audit-limits':
    'The audit right has no limits. Propose audit reports and a questionnaire once a year, with on-site audits only after a breach and on notice.',
  'vendor-security-carve-out':
    'The ban on using {data} leaves no room for security, abuse or fraud prevention. Propose a carve-out for that work without general-purpose training.',
};

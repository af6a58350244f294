// Security, breach and audit words: what keeps the customer's data from people who should not have it, and what lets
// the customer check the promises are kept. Data only; spread into CONTEXT_SETS in its place there.
import type { WordSet } from '../wordSet';

export const SECURITY_SETS = [
  {
    id: 'securityTerm',
    why: 'Security measures keep the customer’s data from people who should not have it.',
    example: 'All Customer Data is encrypted at rest and in transit.',
    phrases: [
      'encrypt*', 'access control', 'access controls', 'soc 2', 'soc2', 'soc 2 type ii', 'iso 27001', 'iso/iec 27001',
      'iso 27701', 'safeguard', 'safeguards', 'security measures', 'technical and organizational measures',
      'technical and organisational measures', 'secure', 'securely', 'security', 'protect', 'protects', 'protected',
      'protecting', 'protection', 'unauthorized access', 'unauthorised access', 'security incident', 'security incidents',
      'data breach', 'personal data breach', 'breach notification', 'firewall', 'firewalls', 'penetration test*',
      'least privilege', 'multi factor', 'mfa', 'hipaa', 'baa', 'business associate agreement', 'single tenant',
      'tenant isolation', 'isolated', 'confidential', 'confidentiality', 'in confidence', 'confidentially', 'privacy',
      'privileged access', 'vulnerability', 'pseudonymous', 'hashed', 'tokenized', 'zero data retention',
      // People vetted before they reach the data: "background checks on all personnel with access to Customer Data"
      // (read only with the customer's data in the clause: a dating service's checks on its members are no promise).
      'background check', 'background checks', 'background screening', 'criminal record check', 'criminal record checks',
      'security vetting', 'security clearance', 'security clearances',
    ],
  },
  {
    id: 'dataResidency',
    why:
      'Data kept in a named place stays under that place’s law and out of foreign access: a security promise when the ' +
      'vendor makes it about the customer’s data (a term: the "data" of "data centres" is no data object).',
    example: 'Halden will store Member Records in data centres located in Canada.',
    phrases: [
      'data centres located in', 'data centers located in', 'data centre located in', 'data center located in',
      'data centres in', 'data centers in', 'servers located in', 'only within', 'exclusively within', 'solely within',
    ],
  },
  {
    id: 'securityMeasure',
    why: 'Named security measures are promises about how the data is kept, whatever data word the sentence uses.',
    example: 'Backups are encrypted with AES-256; staff sign confidentiality agreements.',
    phrases: [
      'encrypt*', 'access control', 'access controls', 'soc 2', 'soc2', 'iso 27001', 'iso/iec 27001', 'iso 27701',
      // Certifications and government authorisations of a cloud service's security ("a FedRAMP Moderate Authorization").
      'iso 27017', 'iso 27018', 'iso/iec 27017', 'iso/iec 27018', 'fedramp', 'stateramp', 'irap', 'hitrust', 'pci dss',
      'cyber essentials',
      'technical and organizational measures', 'technical and organisational measures', 'organizational measures',
      'organisational measures', 'technical measures', 'security measures', 'security obligations', 'confidentiality agreement',
      'confidentiality agreements', 'confidentiality obligations', 'bound by confidentiality', 'firewall', 'firewalls',
      'penetration test*', 'least privilege', 'multi factor', 'mfa', 'tee', 'trusted execution environment',
      // "hipaa" alone is a law's name (a security term, read only beside the data); a BAA is a measure signed.
      'confidential computing', 'hardware encrypted', 'single tenant', 'tenant isolation', 'business associate agreement',
      // ("notify Customer of any" alone is left out: "notify Customer of any sustained excess" of usage limits is billing,
      // 400 § 10.2; the incident or breach named is the measure.)
      'breach notification', 'security incident', 'personal data breach', 'keep confidential',
      'hold in confidence', 'treat as confidential', 'strictly confidential', 'state of the art', 'in strict confidence',
      'in confidence', 'confidential information of', 'as confidential',
      // Access limited by need and data kept apart: "access restrictions on a need-to-know basis", "secrecy measures",
      // "held in an environment logically segregated from production data".
      'need to know', 'need to know basis', 'secrecy measures', 'confidentiality undertaking', 'confidentiality undertakings',
      'logically segregated', 'logically segregate', 'logically separate', 'logically separated', 'access restrictions',
      'access restriction', 'access restricted', 'restrict access', 'restricts access', 'role based access',
      // "We limit access to your content to employees who need it": limiting access is restricting it.
      'limit access', 'limits access', 'access is limited', 'access limited',
    ],
  },
  {
    id: 'noticeVerb',
    why: 'A promise to tell the customer about an incident lets it act on it (its own notices, its own users).',
    example: 'Provider shall notify Customer within 48 hours after becoming aware of a security incident.',
    // Plain-language terms say "tell": "We will tell you within 72 hours of any data breach affecting your content."
    phrases: ['notify', 'notifies', 'inform', 'informs', 'tell', 'tells', 'email you', 'e-mail you', 'let you know', 'report', 'alert', 'alerts', 'give notice', 'provide notice', 'give written notice', 'provide written notice'],
  },
  {
    id: 'securityEvent',
    why: 'A breach or an unauthorised access to the data is the event a security promise is about; "material breach" of contract is not.',
    example: 'after becoming aware of a Personal Data Breach affecting Customer Data',
    phrases: [
      'security incident', 'security incidents', 'personal data breach', 'personal data breaches', 'data breach', 'data breaches',
      'security breach', 'security breaches', 'breach of security', 'breach of unsecured', 'unauthorized access', 'unauthorised access',
      'unauthorized disclosure', 'unauthorised disclosure', 'unauthorized acquisition', 'unauthorised acquisition',
      // Insurance and banking regulation name a breach a "Cybersecurity Event"; processors write "Data Incident".
      // e.g. "within 72 hours after it determines that a Cybersecurity Event affecting Policy Data has occurred"
      'cybersecurity event', 'cybersecurity events', 'cybersecurity incident', 'cybersecurity incidents', 'cyber incident',
      'cyber incidents', 'cyber attack', 'cyber attacks', 'cyberattack', 'cyberattacks', 'data incident', 'data incidents',
      'privacy incident', 'privacy incidents', 'privacy breach', 'privacy breaches',
      // A breach named by what it touches: "without undue delay of any breach affecting its data".
      'breach affecting', 'breaches affecting', 'breach involving', 'breaches involving',
    ],
  },
  {
    id: 'legalDemand',
    why:
      'A subpoena or court order for the customer’s data is a disclosure the customer may resist (privilege, a ' +
      'protective order) only if the vendor tells it first: the notice is a confidentiality promise.',
    example: 'If Halden receives a subpoena for Member Records, it will promptly notify the Client.',
    phrases: [
      'subpoena', 'subpoenas', 'court order', 'court orders', 'legal process', 'demand for disclosure', 'demands for disclosure',
      'disclosure request', 'disclosure requests', 'law enforcement request', 'law enforcement requests', 'government request',
      'government requests', 'compelled disclosure',
    ],
  },
  {
    id: 'modelAudit',
    why:
      'A bias or fairness audit tests the vendor\'s own model (as hiring-tool laws require); it gives the customer no ' +
      'right to audit the vendor, so its "audit" is no audit right.',
    example: 'Provider will commission an independent bias audit of its ranking model once a year.',
    phrases: ['bias audit', 'bias audits', 'fairness audit', 'fairness audits', 'bias auditor', 'bias auditors'],
  },
  {
    id: 'auditTerm',
    why: 'Audit and inspection rights let the customer check the promises are kept.',
    example: 'Customer may audit Provider’s compliance once a year.',
    phrases: [
      'audit', 'audits', 'audited', 'auditing', 'auditor', 'auditors', 'inspect', 'inspection', 'inspections', 'transparency',
      'audit reports', 'soc 2 report', 'soc 2 reports', 'records of processing', 'transparency report', 'verify compliance',
      'logs of access', 'access logs', 'written account', 'written accounts', 'account in writing',
    ],
  },
  {
    id: 'flowDownTerms',
    why: 'Binding a subcontractor to the same restrictions as the vendor passes the protections down; it is a flow-down, not a leak.',
    example: 'Supplier shall ensure that each Subprocessor, including any model provider, agrees in writing to the same restrictions that apply to Supplier.',
    phrases: [
      'same restrictions', 'same restrictions, conditions and requirements', 'same obligations', 'same data protection obligations',
      'at least as protective', 'no less protective', 'equivalent obligations', 'obligations equivalent to',
      'substantially the same obligations', 'the same terms',
      // Article 28(4) GDPR in a processor's own words (audit71, 206 § 8.3).
      'same level of protection', 'equivalent level of protection',
    ],
  },
] as const satisfies readonly WordSet[];

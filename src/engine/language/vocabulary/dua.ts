// Words of data-use agreements for model training, read for the data holder: who holds and who receives the data,
// what the data is called, and the safeguards such agreements name. Data only; compiled only in the `dua` mode.
import type { WordSet } from '../wordSet';

export const DUA_SETS = [
  {
    id: 'duaHolder',
    why: 'The party whose data is shared is the one the review protects, whatever the agreement calls it.',
    example: 'The Data Provider will make the Shared Data available through a secure transfer.',
    phrases: [
      'data provider', 'data providers', 'data holder', 'data holders', 'data owner', 'data owners', 'data contributor',
      'data contributors', 'data supplier', 'data custodian', 'disclosing party', 'discloser', 'licensor', 'contributor',
      'contributors', 'provider of the data',
    ],
  },
  {
    id: 'duaRecipient',
    why: 'The party that trains the model on the data is the one whose rights the review limits.',
    example: 'The Developer may use the Shared Data solely to train the Model.',
    phrases: [
      'data user', 'data users', 'data recipient', 'data recipients', 'recipient', 'recipients', 'receiving party',
      'developer', 'developers', 'model developer', 'licensee', 'licensees', 'researcher', 'researchers', 'research team',
    ],
  },
  {
    // Set id shared with the contract's own names for customer data: in this mode the shared data is the holder's.
    id: 'docCustomerData',
    why: 'Whatever the agreement calls the shared data, it is the data holder’s data and every promise is about it.',
    example: 'The Recipient shall keep the Licensed Data confidential.',
    phrases: [
      'shared data', 'provided data', 'licensed data', 'contributed data', 'source data', 'training data', 'the dataset',
      'the datasets', 'data set', 'data sets', 'the corpus', 'holder data', 'provider data',
    ],
  },
  {
    id: 'duaBeyond',
    why: 'Uses outside training and evaluating the named model (other models, other products, commerce) break the deal.',
    example: 'The Developer may also use the Shared Data to improve its other products and services.',
    phrases: [
      'other models', 'other model', 'any other model', 'any other models', 'future models', 'successor models',
      'its models', 'its other models', 'other products', 'other services', 'its products', 'its services',
      // "commercially reasonable measures" is an effort standard, not a commercial use: the contract-mechanics idiom
      // swallows it (see objects.ts).
      'products and services', 'commercial', 'commercially', 'commercialis*', 'commercializ*', 'monetis*', 'monetiz*',
      'resale', 'marketing', 'advertising', 'internal business purposes', 'business purposes', 'its own purposes',
      'own purposes', 'other projects', 'other research', 'unrelated', 'any purpose', 'any purposes', 'any lawful purpose',
      'all purposes', 'without restriction',
      // "for research and product improvement": the recipient's own development, beyond training the licensed model.
      'product improvement', 'product development', 'research and development', 'improve its products',
      'improve its services', 'improving its products', 'new products', 'new features',
    ],
  },
  {
    id: 'duaPurposeTerm',
    why: 'A named purpose or project is what keeps the use of the data to the one model the holder agreed to.',
    example: 'The Recipient shall use the Data only for the Permitted Purpose.',
    // Capitalised defined terms only: "for the purpose of invoicing" names no model.
    caseSensitive: true,
    phrases: [
      'Purpose', 'Permitted Purpose', 'Approved Purpose', 'Agreed Purpose', 'Project', 'Approved Project', 'Research Project',
      'Study', 'Model', 'Named Model', 'Trained Model',
    ],
  },
  {
    id: 'duaPublish',
    why: 'Publishing, selling or sublicensing the data itself puts it beyond the holder’s control for good.',
    example: 'The Developer may publish the Shared Data with the Model.',
    phrases: [
      'publish', 'publishes', 'published', 'publishing', 'publication', 'publicly release', 'release publicly',
      'make publicly available', 'made publicly available', 'make available to the public', 'redistribute',
      'redistributes', 'distribute', 'distributes', 'sublicense', 'sublicence', 'sublicensable', 'sublicenseable',
      'sub license', 'transferable', 'sell', 'sells', 'resell', 'license to third parties', 'licence to third parties',
    ],
  },
  {
    id: 'duaResults',
    why: 'What research found with the data (its results, findings, papers) is published in place of the data itself.',
    example: 'The Developer may publish the results of its research using the Shared Data.',
    phrases: ['results', 'findings', 'research results', 'research findings', 'papers', 'research papers', 'conclusions', 'insights'],
  },
  {
    id: 'duaNeedToKnow',
    why: 'Disclosure only to people who need the data and are bound to confidentiality keeps it confidential.',
    example: 'The Recipient may disclose the Data only to its researchers who need to know it and are bound by confidentiality.',
    phrases: [
      'need to know', 'needs to know', 'bound by', 'obligations of confidentiality', 'confidentiality obligations',
      'no less protective', 'at least as protective', 'written confidentiality',
    ],
  },
  {
    id: 'duaProjectEnd',
    why: 'Keeping the data after training or the project ends outlasts the only purpose the holder agreed to.',
    example: 'The Developer may keep a copy of the Shared Data after the Project ends for reproducibility.',
    phrases: [
      'after training', 'after the training', 'after the project', 'end of the project', 'completion of the project',
      'completion of training', 'after the model is trained', 'once training is complete', 'once training ends',
      'after the purpose', 'purpose has been fulfilled', 'purpose is fulfilled', 'for reproducibility', 'reproducibility',
      'future research', 'archival purposes',
    ],
  },
  {
    id: 'duaConfidential',
    why: 'A duty to keep the data confidential is what lets the model be released while the data is not.',
    example: 'The Developer shall hold the Shared Data in strict confidence.',
    phrases: [
      'confidential', 'confidentiality', 'in confidence', 'strict confidence', 'strictly confidential', 'keep confidential',
      'treat as confidential', 'hold in confidence', 'confidential information', 'non disclosure', 'nondisclosure',
      'secret', 'secrecy',
    ],
  },
  {
    id: 'duaHumanReview',
    why: 'People reading sensitive records is a disclosure in itself; many data-use agreements forbid or limit it.',
    example: 'No employee of the Developer shall view or manually inspect individual records.',
    phrases: [
      'human review', 'human reviewers', 'human inspection', 'human access', 'manual review', 'manually review',
      'manually reviewed', 'manual inspection', 'manually inspect', 'view', 'views', 'viewed', 'inspect', 'inspects',
      'inspected', 'look at', 'browse', 'eyes off', 'human eyes', 'by a human', 'by any person',
      'by any individual', 'human annotation', 'annotate', 'annotators', 'labelling', 'labeling',
      // "role-based access limited to Authorised Personnel, … access logs": who may read the records, logged (audit62, 176).
      'role based access', 'access logs', 'access log', 'need to know basis',
      // "… encrypted at rest, with access limited to personnel who need it": who may read the records is limited
      // (audit68, 200 § 8.1 had a logging clause inserted beside it).
      'access limited to', 'access restricted to', 'access is limited to', 'access is restricted to', 'accessible only to',
      'accessible only by',
    ],
  },
  {
    id: 'duaPrivacyTechnique',
    why: 'Named privacy techniques and secured environments keep individuals out of what the model can learn.',
    example: 'The Model shall be trained with differential privacy inside a trusted research environment.',
    phrases: [
      'differential privacy', 'differentially private', 'dp sgd', 'k anonymity', 'l diversity', 'secure enclave',
      'secure enclaves', 'enclave', 'trusted research environment', 'secure research environment',
      'secure processing environment', 'secured environment', 'secure environment', 'data clean room', 'clean room',
      'trusted third party', 'trusted intermediary', 'federated learning', 'tokenis*', 'tokeniz*', 'masking', 'masked',
      'redact*', 'direct identifiers', 'confidential computing', 'trusted execution environment', 'homomorphic',
      'secure multi party computation',
    ],
  },
  {
    id: 'duaReidentify',
    why: 'Re-identifying people or pulling records back out of the model undoes every other safeguard.',
    example: 'The Developer shall not attempt to re-identify any individual or to extract records from the Model.',
    phrases: [
      're identify', 're identifies', 're identified', 're identifying', 're identification', 'reidentif*', 'de anonymi*',
      'deanonymi*', 'identify any individual', 'identify any person', 'identify individuals', 'identify data subjects',
      'single out', 'link the data', 'linkage', 'membership inference', 'model inversion', 'attribute inference',
      'reconstruct', 'reconstruction', 'extract', 'extraction', 'reverse engineer', 'regurgitat*', 'memoris*',
      'memoriz*', 'verbatim',
    ],
  },
  {
    id: 'duaPrevent',
    why: 'A duty to prevent or test for leakage is a promise even though it is worded positively.',
    example: 'The Developer shall test the Model to prevent it reproducing records verbatim.',
    phrases: ['prevent', 'prevents', 'guard against', 'mitigate', 'mitigates', 'minimise', 'minimize', 'protect against', 'test for'],
  },
  {
    id: 'duaCertify',
    why: 'A certificate of deletion turns a promise to delete into something the holder can check.',
    example: 'The Recipient shall certify the destruction in writing.',
    phrases: ['certify', 'certifies', 'certification', 'certificate', 'certificate of destruction', 'written confirmation', 'confirm in writing'],
  },
  {
    id: 'duaRelease',
    why: 'Releasing the trained model openly is the point of the agreement; the terms must say it is the model, not the data.',
    example: 'The Developer will release the Model weights publicly.',
    phrases: [
      'release', 'releases', 'released', 'publish', 'publishes', 'published', 'make publicly available',
      'made publicly available', 'open source', 'open sourced', 'distribute', 'make available', 'publicly release',
    ],
  },
  {
    id: 'duaOpenLicence',
    why: 'A named open licence says on what terms everyone may use the released model.',
    example: 'under the Apache License, Version 2.0',
    phrases: [
      'open source licence', 'open source license', 'open source licenses', 'open licence', 'open license', 'apache license',
      'apache licence', 'mit license', 'mit licence', 'bsd license', 'gnu general public license', 'openrail',
      'open rail', 'responsible ai license', 'creative commons', 'cc by', 'community data license', 'osi approved',
      'permissive licence', 'permissive license', 'open weights',
    ],
  },
  {
    id: 'duaSecurityMeasure',
    why: 'Named security measures are promises about how the data is kept, whatever the sentence calls the data.',
    example: 'The Developer shall encrypt the Shared Data at rest and restrict access by role.',
    phrases: [
      'technical and organisational measures', 'technical and organizational measures', 'organisational measures',
      'organizational measures', 'security measures', 'appropriate security', 'encrypt*', 'access control',
      'access controls', 'role based access', 'multi factor', 'mfa', 'firewall', 'firewalls', 'iso 27001', 'soc 2',
      'least privilege', 'audit logs', 'access logs', 'security incident', 'security breach', 'breach notification',
      'penetration test*', 'information security',
    ],
  },
  {
    id: 'duaSecurityWord',
    why: 'General words of protection count when they are about the shared data.',
    example: 'The Recipient shall keep the Data secure against unauthorised access.',
    phrases: ['secure', 'securely', 'security', 'safeguard', 'safeguards', 'protect', 'protects', 'protected', 'unauthorised access', 'unauthorized access'],
  },
  {
    id: 'duaAgreementTitle',
    why: 'The agreement’s own name says it exists to share data, which is what suggests this mode.',
    example: 'DATA USE AGREEMENT FOR OPEN MODEL DEVELOPMENT',
    phrases: [
      'data use agreement', 'data usage agreement', 'data sharing agreement', 'data licence agreement',
      'data license agreement', 'data contribution agreement', 'data access agreement', 'dataset licence',
      'dataset license',
      // A publisher licensing its archive to a model developer names the deal after the content.
      'content license agreement', 'content licence agreement', 'content licensing agreement', 'data licensing agreement',
      'training data agreement', 'training data license', 'training data licence',
      // "Data Licence and Use Agreement", "Data Transfer and Use Agreement": the deal named for the data and its use.
      'data licence and use agreement', 'data license and use agreement', 'data transfer agreement', 'data transfer and use agreement',
      'data use and licence agreement', 'data use and license agreement',
      // "DATA SHARING AND LICENCE AGREEMENT": a public body's data shared and licensed to a developer (agreement 195).
      'data sharing and licence agreement', 'data sharing and license agreement', 'data sharing and licensing agreement',
    ],
  },
  {
    id: 'duaBindingModal',
    why: 'A recipient that "will", "shall" or "must" do something has promised it; "may" is only an option.',
    example: 'The Recipient shall pseudonymise the Data before training.',
    phrases: ['will', 'shall', 'must'],
  },
  {
    id: 'duaOptionModal',
    why: 'A permission of the data holder ("may", "can") protects nothing; only the recipient’s promises do.',
    example: 'The Data Provider may audit the Recipient once a year.',
    phrases: ['may', 'might', 'can', 'could'],
  },
  {
    id: 'duaLegalCompulsion',
    why: 'A disclosure the law compels (a court order, a regulator) is not a right to share the data.',
    example: 'The Recipient may disclose the Data where required by law or a court order.',
    phrases: [
      'legal obligation', 'legal obligations', 'required by law', 'required by applicable law', 'legally required', 'legal hold',
      'law enforcement', 'court order', 'subpoena', 'regulatory', 'legal requirements', 'legal reasons',
    ],
  },
  {
    id: 'duaActNoun',
    why: '"Disclosure" or "publication" as a noun names the act without granting it ("protect against unauthorised disclosure").',
    example: 'The Recipient shall protect the Data against unauthorised disclosure.',
    phrases: ['disclosure', 'publication'],
  },
] as const satisfies readonly WordSet[];

/**
 * Words that, with training named as the purpose, say a document read in the customer mode is a data-use agreement.
 * Stricter than the reading sets: "Receiving Party" or "Licensee" also appear in ordinary services agreements.
 */
export const DUA_SIGNAL_SETS = [
  {
    id: 'signalTitle',
    why: 'The agreement names itself as one that exists to share data.',
    example: 'This Data Use Agreement is made between …',
    phrases: DUA_SETS.find((set) => set.id === 'duaAgreementTitle')?.phrases ?? [],
  },
  {
    id: 'signalHolder',
    why: 'A party named for the data it holds is found only in data-sharing agreements.',
    example: 'the Data Provider',
    phrases: ['data provider', 'data holder', 'data owner', 'data contributor', 'data supplier', 'data custodian'],
  },
  {
    id: 'signalRecipient',
    why: 'A party named for using data or developing a model is found only in data-sharing agreements.',
    example: 'the Data User',
    phrases: ['data user', 'data recipient', 'model developer'],
  },
  {
    id: 'signalOpenLicence',
    why: 'An open licence for the model is what open model development agreements release under.',
    example: 'under an open source licence',
    phrases: DUA_SETS.find((set) => set.id === 'duaOpenLicence')?.phrases ?? [],
  },
  {
    id: 'signalNamedLicence',
    why: 'A named open licence says the model is to be released under it.',
    example: 'under the Apache License, Version 2.0',
    phrases: (DUA_SETS.find((set) => set.id === 'duaOpenLicence')?.phrases ?? []).filter((phrase) => phrase !== 'open weights'),
  },
  {
    id: 'signalOpenRelease',
    why: 'An agreement that speaks of releasing the model publicly is one where the terms of that release matter.',
    example: 'Developer will publicly release the trained model.',
    // Not "open weights" alone: "shall not train any model released as open weights" forbids the release.
    phrases: ['open model', 'open models', 'open-source model', 'open source model', 'publicly release', 'public release', 'release the model', 'release the trained model', 'will release', 'shall release'],
  },
  {
    id: 'signalPersonalData',
    why: 'Data about people is what privacy techniques, human-review limits and re-identification bans protect.',
    example: 'The Dataset contains de-identified records of patients.',
    phrases: [
      'personal data', 'personal information', 'personally identifiable', 'protected health information', 'phi',
      'health information', 'health records', 'medical records', 'patient*', 'outpatient*', 'data subject', 'data subjects',
      'natural person', 'natural persons', 'individuals', 'participants', 'de-identif*', 'deidentif*', 'pseudonymis*',
      'pseudonymiz*', 'anonymis*', 'anonymiz*', 're-identif*', 'reidentif*', 'identifiable', 'identifiers',
    ],
  },
  {
    id: 'signalPublishedContent',
    why: 'A licence of published works (a news archive, a library of books) shares content, not records about people.',
    example: 'Licensor grants Licensee a licence to train on the Licensed Content, its archive of published articles.',
    phrases: [
      'licensed content', 'content license agreement', 'content licence agreement', 'archive of journalism', 'news archive',
      'published articles', 'articles', 'journalism', 'copyrighted works', 'works of authorship', 'publisher', 'back catalogue',
      'back catalog',
    ],
  },
  {
    id: 'signalHumanAnnotation',
    why: 'An agreement that provides for people to annotate or code the records has chosen human review; a flat ban on anyone reading a record would contradict it.',
    example: 'Developer may permit its approved annotation contractor to label the records.',
    phrases: [
      'annotator', 'annotators', 'human annotation', 'clinical annotation', 'manual annotation', 'annotation services',
      'medical coders', 'human labellers', 'human labelers', 'human reviewers', 'manual review', 'human review of',
    ],
  },
] as const satisfies readonly WordSet[];

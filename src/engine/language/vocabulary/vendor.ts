// Words of the customer's paper read for the vendor: how far an audit reaches and where it stops, models trained
// before the contract, remedies aimed at models, and bans so wide they reach the service itself. Data only;
// compiled only in the `vendor` mode.
import type { WordSet } from '../wordSet';

export const VENDOR_SETS = [
  {
    id: 'vendorAuditBreadth',
    why: 'An audit with no limit of time, notice, place or subject can be used at any moment and costs the vendor most.',
    example: 'Customer may audit Supplier’s systems at any time without notice.',
    phrases: [
      'at any time', 'any time', 'without notice', 'without prior notice', 'on demand', 'unlimited', 'as often as',
      'as frequently as', 'as many times', 'on site', 'onsite', 'on premises', 'any premises', 'all premises',
      'all systems', 'all records', 'all books', 'source code', 'any facility', 'any facilities', 'any and all',
      'without limitation', 'at supplier’s expense', 'at supplier’s cost', 'at vendor’s expense', 'at vendor’s cost',
      'at provider’s expense', 'at provider’s cost',
    ],
  },
  {
    id: 'vendorAuditLimit',
    why: 'Frequency, notice, an independent auditor or reports instead of access keep an audit right workable.',
    example: 'no more than once in any twelve-month period, on thirty days’ written notice',
    phrases: [
      'once a year', 'once per year', 'once in any twelve month period', 'once in any 12 month period',
      'once every twelve months', 'once every 12 months', 'once annually', 'annually', 'annual', 'no more than once',
      'not more than once', 'reasonable notice', 'reasonable prior notice', 'prior written notice', 'written notice',
      'advance notice', 'business hours', 'independent auditor', 'independent third party auditor', 'third party auditor',
      'audit report', 'audit reports', 'soc 2 report', 'questionnaire', 'at customer’s expense', 'at customer’s cost',
      'at its own expense', 'at its own cost', 'remotely', 'confidentiality undertaking', 'minimise disruption',
      'minimize disruption', 'unreasonably interfere',
    ],
  },
  {
    id: 'vendorPriorModel',
    why: 'Models trained before the contract, or never on the customer’s data, owe nothing to it; remedies must spare them.',
    example: 'including any model trained before the Effective Date',
    phrases: [
      'before the effective date', 'prior to the effective date', 'before this agreement', 'prior to this agreement',
      'previously trained', 'already trained', 'already been trained', 'trained before', 'trained prior',
      'existing models', 'existing model', 'pre existing models', 'pre existing model', 'preexisting models',
      'general models', 'general purpose models', 'foundation models', 'base models', 'not trained on',
    ],
  },
  {
    id: 'vendorModelRemedy',
    why: 'Retraining, unlearning or withdrawing a model is a remedy aimed at the vendor’s product, not at the data.',
    example: 'Supplier shall retrain or decommission any model exposed to Customer Data.',
    phrases: [
      'retrain', 'retrains', 'retraining', 're train', 'unlearn*', 'machine unlearning', 'roll back', 'rollback',
      'cease using', 'cease use', 'stop using', 'decommission*', 'withdraw from use',
    ],
  },
  {
    id: 'vendorBanBreadth',
    why: 'A ban on any processing, any analysis or any automated tool reaches the abuse and security work a service needs.',
    example: 'Supplier shall not analyse Customer Data by any automated means whatsoever.',
    phrases: [
      'whatsoever', 'any form', 'any way', 'any manner', 'any processing', 'any automated', 'automated processing',
      'automated means', 'automated tools', 'automated systems', 'any machine learning', 'any artificial intelligence',
      'any ai', 'any algorithm', 'any algorithms', 'any analysis', 'any analytics', 'any model', 'any models',
      'for any reason', 'any purpose', 'any purposes', 'any kind', 'including for security', 'including security',
      'including abuse', 'including fraud',
    ],
  },
  {
    id: 'vendorAggregate',
    why: 'Service metrics and statistics are how a vendor runs, bills and secures a service.',
    example: 'Supplier shall not compile metrics or statistics from Customer Data.',
    phrases: [
      'metrics', 'service metrics', 'performance metrics', 'usage metrics', 'benchmarks', 'benchmarking', 'insights',
      'analytics', 'statistics', 'statistical', 'aggregate statistics', 'aggregated statistics',
    ],
  },
  {
    id: 'vendorRightModal',
    why: 'Words that give the vendor a choice ("may", "reserves the right to") make a right, not a duty.',
    example: 'Provider reserves the right to use Service Metrics to improve its models.',
    phrases: ['may', 'can', 'is entitled to', 'is permitted to', 'reserves the right to', 'has the right to'],
  },
  {
    id: 'vendorStrictModel',
    why: 'A model in the strict sense (a model, classifier, algorithm or network), not "embeddings" or an "AI feature".',
    example: 'Provider shall delete any model trained on Customer Data.',
    phrases: [
      'model provider', 'model providers', 'third party model', 'third party models', 'third party large language model',
      'third party large language models', 'language model providers', 'foundation model providers', 'model vendors',
      'large language model', 'large language models', 'language model', 'language models', 'neural network', 'neural networks',
      'foundation model', 'foundation models', 'classifier', 'classifiers', 'recognition models', 'ai model', 'ai models',
      'ml model', 'ml models', 'algorithms', 'algorithm', 'models', 'model',
    ],
  },
] as const satisfies readonly WordSet[];

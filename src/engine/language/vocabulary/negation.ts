// The ways a sentence says "no": negators, negative determiners ("No Customer Data"), and verbs that carry negation.
// Data only. Contractions are listed because vendors write them ("isn't used for training").
import type { WordSet } from '../wordSet';

export const NEGATION_SETS = [
  {
    id: 'negator',
    why: 'A negated use is a promise not to use: "will not", "isn’t", "never".',
    example: 'Your content isn’t used to train AI.',
    phrases: [
      'not', 'never', "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't",
      'cannot', "couldn't", "shan't", "shouldn't", "mustn't", "hasn't", "haven't", "hadn't", 'nor', 'neither',
      'in no event', 'under no circumstances', 'no longer', 'at no time',
    ],
  },
  {
    id: 'negDeterminer',
    why: 'A negated subject withholds the right as surely as "shall not": "No Customer Data will be used".',
    example: 'None of your prompts are used for training.',
    phrases: ['no', 'none', 'none of', 'nothing', 'zero', 'no one', 'without any'],
  },
  {
    id: 'negatingVerb',
    why: 'Some verbs carry the negation themselves: training that is disabled, excluded, prohibited or set to off.',
    example: 'We have disabled model training on business accounts.',
    phrases: [
      'disable', 'disabled', 'disables', 'disabling', 'exclude', 'excludes', 'excluded', 'excluding', 'prohibit', 'prohibits', 'prohibited',
      'prohibiting', 'waive', 'waives', 'waived', 'forbid', 'forbids', 'forbidden', 'bar', 'bars', 'barred', 'refrain', 'refrains', 'refrain from',
      'off by default', 'set to off', 'turned off', 'switched off', 'opted out by default', 'restrict', 'restricts',
      'restricted', 'does not permit', 'not permitted', 'never leaves', 'stays local', 'locally', 'zero data retention',
      'zero retention', 'no retention', 'isn’t stored', 'are not stored', 'is not stored',
      // "obligations …, including a prohibition on using Bank Data to train …": the noun forbids as the verb does.
      'prohibition on', 'prohibitions on', 'prohibition against', 'prohibitions against',
      // "shall cease the improvement and training uses described in § 3(b)": the uses end, as a ban ends them.
      'cease', 'ceases', 'discontinue', 'discontinues',
    ],
  },
  {
    id: 'offState',
    why: 'A setting said to be off ("training is disabled by default") states that the use does not happen; only "can be disabled" leaves it on.',
    example: 'For Enterprise plans, content training is set to off by default.',
    phrases: ['disabled', 'set to off', 'turned off', 'switched off', 'toggled off', 'deactivated', 'opted out by default'],
  },
  {
    id: 'permissionNegated',
    why: '"Nothing prevents us" and "not restricted from" are permissions dressed as negatives.',
    example: 'Nothing in this Agreement restricts Provider from using Aggregated Data.',
    phrases: [
      'prevent', 'prevents', 'restrict', 'restricts', 'limit', 'limits', 'preclude', 'precludes', 'prohibit', 'prohibits',
      'restricted', 'limited', 'prevented', 'precluded', 'impair', 'impairs',
    ],
  },
] as const satisfies readonly WordSet[];

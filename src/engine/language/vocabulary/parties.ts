// Who acts in a sentence: the vendor side, the customer side, outside providers. Data only; imports the WordSet type.
// The contract's own party names and defined terms are added per document (documentVocabulary.ts).
import type { WordSet } from '../wordSet';

export const PARTY_SETS = [
  {
    id: 'vendorWe',
    why: 'Policy and consumer terms speak as "we": a grant made in that voice is the vendor’s.',
    example: 'We may use your content to improve our models.',
    phrases: ['we', 'us', 'our', 'ours', 'ourselves', "we'll", "we've", "we're", "we'd"],
  },
  {
    id: 'vendorPossessive',
    why: '"our model weights" names something the vendor owns; the vendor is not acting, nor being required to act.',
    example: 'You may not use automated means to extract our model weights.',
    phrases: ['our'],
  },
  {
    id: 'vendorRole',
    why: 'Contract voice names the vendor by its role.',
    example: 'Provider shall not use Customer Data for training.',
    phrases: ['provider', 'vendor', 'supplier', 'licensor', 'processor', 'data processor', 'data importer', 'contractor', 'consultant'],
  },
  {
    id: 'customerYou',
    why: 'Consumer and policy terms address the customer as "you".',
    example: 'You may opt out of model training in Settings.',
    phrases: ['you', 'your', 'yours', 'yourself', 'yourselves', "you'll", "you've", "you're", "you'd"],
  },
  {
    id: 'customerRole',
    why: 'Contract voice names the customer by its role; users and members are the customer’s people.',
    example: 'Customer may instruct Provider to delete its data.',
    phrases: [
      'customer', 'customers', 'client', 'clients', 'licensee', 'licensees', 'subscriber', 'subscribers',
      'user', 'users', 'end user', 'end users', 'authorized user', 'authorized users', 'authorised user', 'authorised users',
      'member', 'members', 'account holder', 'account holders', 'account owner', 'account owners',
      'admin', 'admins', 'administrator', 'administrators', 'instance admin', 'workspace owner', 'workspace admin',
      'controller', 'data controller', 'data exporter', 'buyer', 'purchaser', 'publisher', 'publishers', 'merchant', 'merchants',
      'advertiser', 'advertisers', 'seller', 'sellers',
      'creator', 'creators', 'learner', 'learners', 'student', 'students', 'patient', 'patients', 'player', 'players',
      'participant', 'participants', 'organization', 'organisation', 'developer', 'developers',
      // The buyer by its trade's own word: a trial's sponsor, a pension scheme's trustees, a payroll client, a clinic,
      // an event's organiser, a restaurant (blind86, blind87). Not "school", "district", "hospital", "university" or
      // "hotel": they stand inside the parties' own names ("Kowhai District Health Board"), which they would unseat.
      'sponsor', 'sponsors', 'trustees', 'employer', 'employers', 'clinic', 'clinics',
      'organizer', 'organiser', 'promoter', 'insurer', 'lender', 'retailer', 'restaurant', 'venue',
      // A freight buyer, a law or accounting firm, a bank buying fraud scoring (blind95, fresh176a).
      'shipper', 'shippers', 'firm', 'bank',
      // A biobank's depositing institution, a trade show's exhibitor (blind101).
      'institution', 'exhibitor', 'exhibitors',
      // HIPAA's own words for the parties to a business associate agreement: the health provider is the customer.
      'covered entity', 'covered entities',
    ],
  },
  {
    id: 'thirdParty',
    why: 'Data that leaves for outside providers escapes the vendor’s promises unless they are flowed down.',
    example: 'We share prompts with our third-party model providers.',
    phrases: [
      'third party', 'third parties', 'third partys', 'subprocessor', 'subprocessors', 'sub processor', 'sub processors',
      'subcontractor', 'subcontractors', 'sub contractor', 'sub contractors', 'service providers', 'model provider',
      'model providers', 'llm provider', 'llm providers', 'ai provider', 'ai providers', 'ai vendor', 'ai vendors',
      'model vendor', 'model vendors', 'partner', 'partners', 'partner llms', 'partner models', 'external providers',
      'external provider', 'outside providers', 'other companies', 'cloud providers', 'hosting providers', 'vendors',
      'technology partners', 'ai partners', 'model partners', 'processors', 'provider of that model',
      // A provider named in the sentence before, taken up again: "… provided by Google Cloud. Your messages are shared
      // with that provider …". "The Provider" alone stays the vendor of contract voice.
      'that provider', 'those providers', 'such provider', 'such providers', 'each such provider', 'these providers',
    ],
  },
  {
    id: 'aiProvider',
    why: 'Outside model and LLM providers receive prompts and data to run AI features; their terms decide what they keep.',
    example: 'We make API requests to third-party model providers to generate responses.',
    phrases: [
      'llm provider', 'llm providers', 'model provider', 'model providers', 'ai provider', 'ai providers', 'ai vendor',
      'ai vendors', 'third party llm', 'third party llms', 'third party model', 'third party models', 'third party ai',
      'partner llms', 'llm partners', 'ai partners', 'ai service providers', 'ai technology providers',
      'third party large language model', 'third party large language models', 'language model providers',
      'foundation model providers', 'model vendors', 'native providers', 'the provider serving',
      'providers with whom', 'third party cloud service', 'third party ai services', 'ai sub processors', 'ai subprocessors',
      'ai suppliers', 'ai supplier', 'outside ai', 'external ai', 'ai vendors', 'ai companies', 'ai partner',
      // Named by the AI work they do rather than as "AI providers" (blind27).
      'inference partners', 'inference partner', 'inference providers', 'inference provider',
      'language technology providers', 'speech and language technology providers', 'speech recognition vendor',
      'speech recognition vendors', 'speech recognition provider', 'speech recognition providers',
      'providers of natural language processing services', 'natural language processing providers',
    ],
  },
  {
    id: 'conduit',
    why: 'Data that goes "via", "through" or "to" an outside provider reaches it; a provider merely listed does not.',
    example: 'Deepnote processes the notebook via its partner LLM providers.',
    phrases: ['via', 'through', 'by', 'with', 'using', 'to', 'by way of', 'by means of', 'powered by', 'served by'],
  },
  {
    id: 'subprocessor',
    why: 'Subprocessors handle the data for the vendor; the customer needs to know who they are and to be able to object.',
    example: 'Provider may engage new Subprocessors on 30 days’ notice.',
    phrases: ['subprocessor', 'subprocessors', 'sub processor', 'sub processors', 'subcontractor', 'subcontractors', 'sub contractor', 'sub contractors'],
  },
  {
    id: 'affiliates',
    why: 'Affiliates are the vendor’s group: rights passed to them stay on the vendor side but widen the circle.',
    example: 'Provider and its Affiliates may process Usage Data.',
    phrases: ['affiliate', 'affiliates', 'group companies', 'subsidiaries', 'parent company', 'corporate family'],
  },
  {
    id: 'providerName',
    why: 'A model provider named outright is a third-party AI flow even when the clause never says "third party".',
    example: 'Summaries are generated by sending your notes to OpenAI.',
    caseSensitive: true,
    phrases: [
      'OpenAI', 'Anthropic', 'Cohere', 'Mistral', 'Mistral AI', 'Google', 'Gemini', 'Google Cloud', 'Vertex AI', 'Microsoft',
      'Azure', 'Azure OpenAI', 'AWS', 'Amazon', 'Bedrock', 'Amazon Bedrock', 'Meta', 'Llama', 'Stability AI', 'Hugging Face',
      'HuggingFace', 'Fireworks', 'Fireworks.ai', 'Together AI', 'Groq', 'DeepSeek', 'xAI', 'Perplexity', 'Claude', 'GPT',
      'ChatGPT', 'IBM', 'watsonx', 'NVIDIA', 'Nvidia', 'Replicate', 'OpenRouter', 'AI21', 'Deepgram', 'AssemblyAI',
      'ElevenLabs', 'Midjourney', 'Inflection', 'Aleph Alpha',
    ],
  },
  {
    id: 'companyForm',
    why: 'A company named with its legal form is an outside party; in a list of sub-processors it is a recipient of data.',
    example: 'Lexwright AI Inc. – large language model inference – United States',
    caseSensitive: true,
    phrases: ['Inc.', 'Inc', 'Ltd', 'Ltd.', 'LLC', 'L.L.C.', 'GmbH', 'plc', 'PLC', 'Limited', 'S.A.', 'B.V.', 'N.V.', 'Pty', 'Pvt', 'S.r.l.', 'SAS', 'AB', 'Oy', 'ApS'],
  },
] as const satisfies readonly WordSet[];

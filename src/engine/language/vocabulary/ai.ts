// The words for artificial intelligence, and the look-alikes that are not about it (staff training, pricing models).
// Data only.
import type { WordSet } from '../wordSet';

export const AI_SETS = [
  {
    id: 'aiNoun',
    why: 'These words put a clause about data into AI territory without any doubt.',
    example: 'Provider may use Inputs to improve its machine learning technologies.',
    phrases: [
      'artificial intelligence', 'machine learning', 'large language model', 'large language models', 'language model',
      'language models', 'neural network', 'neural networks', 'generative ai', 'gen ai', 'genai', 'foundation model',
      'foundation models', 'deep learning', 'classifier', 'classifiers', 'spam filter', 'spam filters', 'speech recognition',
      'recognition models', 'embeddings', 'ai/ml', 'ai technology', 'ai technologies', 'ai model', 'ai models',
      'ml model', 'ml models', 'ai system', 'ai systems', 'ai features', 'ai feature', 'ai services', 'ai service',
      'ai tools', 'ai functionality', 'algorithms', 'algorithm', 'models', 'model', 'llm', 'llms', 'engine training',
      'automated technologies', 'automated systems', 'ai', 'a.i', 'ml',
      // Speech turned into text by a model: "speech-to-text transcription of video interviews".
      'speech to text', 'transcription model', 'transcription models', 'transcription engine',
      // Translation engines are neural models: "train and adapt its neural machine translation engines".
      'neural machine translation', 'machine translation engine', 'machine translation engines', 'translation engines',
      // "to develop, test and improve machine-learned features such as automated valuation estimates".
      'machine learned', 'machine-learned',
    ],
  },
  {
    id: 'modelTrainingData',
    why: 'Data named for what it trains ("used as training data") is training a model, even with no model named.',
    example: 'Your chats may be read by our staff and used as training data.',
    // "to exclude their API Requests from the Saltglass Learning Corpus" (blind74): a corpus named for learning trains too.
    phrases: ['training data', 'training dataset', 'training datasets', 'training set', 'training sets', 'training corpus', 'training samples', 'training examples', 'learning corpus', 'learning corpora', 'learning dataset', 'learning datasets'],
  },
  {
    id: 'aiAcronym',
    why: 'Capitalised acronyms only: "AI" or "ML" written in lower case is usually another word.',
    example: 'We do not train AI on your files.',
    caseSensitive: true,
    phrases: ['AI', 'AIs', 'A.I', 'ML', 'LLM', 'LLMs', 'GPT', 'AI/ML', 'GenAI'],
  },
  {
    id: 'aiInstrument',
    why: 'AI used as a tool ("through the use of machine learning", "work with LLMs") is how a service runs, not what data trains.',
    example: 'We improve our Services, including through the use of machine learning.',
    phrases: ['use of', 'through the use of', 'with', 'using', 'via', 'by means of', 'powered by', 'through', 'work with', 'relies on'],
  },
  {
    id: 'aiChecked',
    why: 'An AI feature whose accuracy is measured or monitored is checked, not improved by the data ("improve the Platform and measure the accuracy of the AI Features").',
    example: 'We use Customer Data to improve the Platform and to monitor the AI Features.',
    phrases: ['measure', 'measures', 'measuring', 'assess', 'assesses', 'assessing', 'monitor', 'monitors', 'monitoring', 'benchmark', 'benchmarking'],
  },
  {
    id: 'checkedFor',
    why: 'Testing an AI feature "for accuracy" or "for unfair bias" checks how it performs; it does not train it.',
    example: 'The Supplier shall test the AI Services for accuracy, robustness and unfair bias before each release.',
    phrases: [
      'for accuracy', 'for bias', 'for unfair bias', 'for robustness', 'for fairness', 'for safety', 'for errors', 'for reliability',
      'for discrimination', 'for quality', 'for vulnerabilities', 'for security vulnerabilities', 'for compliance',
    ],
  },
  {
    id: 'qualityOf',
    why: 'Evaluating "the accuracy and reliability of" an AI feature checks how it performs; it does not train it.',
    example: 'The Supplier may use Client Data to monitor and evaluate the accuracy and reliability of the AI Services.',
    phrases: [
      'the accuracy of', 'the reliability of', 'the accuracy and reliability of', 'the accuracy, reliability and', 'the performance of',
      'the quality of', 'the accuracy and performance of', 'the accuracy or reliability of',
    ],
  },
  {
    id: 'aiProduct',
    why: 'An AI feature, integration or API is a product: improving it improves the service, which may or may not train a model.',
    example: 'We use prompt metadata to improve the AI assistant in the app.',
    phrases: [
      'ai features', 'ai feature', 'ai services', 'ai service', 'ai tools', 'ai tool', 'ai functionality', 'ai integration',
      'ai integrations', 'ai assistant', 'ai assistants', 'ai products', 'ai product', 'ai experience', 'ai experiences',
      'model api', 'ai api', 'ai powered features', 'ai powered services',
      // "to develop and refine the algorithms behind the anomaly detection": a product's algorithms are how it works.
      'algorithm', 'algorithms',
    ],
  },
  {
    id: 'notAiModel',
    why: 'A "model" that is a business arrangement, a product version or a legal template has nothing to do with AI.',
    example: 'Pricing follows a subscription model; vehicle model year 2024.',
    phrases: [
      'business model', 'pricing model', 'pricing models', 'subscription model', 'model year', 'car model', 'vehicle model',
      'utility model', 'utility models', 'model clauses', 'model contractual clauses', 'role model', 'operating model',
      'revenue model', 'delivery model', 'service model', 'model number', 'data model', 'data models', 'model sql',
      'dbt model', 'shared responsibility model', 'model name', 'model documentation', 'licensing model',
      // An investment strategy: "allocated according to one of five model portfolios".
      'model portfolio', 'model portfolios',
      // A vehicle or device type: "a vehicle of a make and model approved by the Company" (blind44).
      'make and model', 'makes and models', 'make or model', 'make and model of',
      // Hardware by type, and a show home: "each Camera model is installed …", "photographs of model homes" (blind95).
      'camera model', 'camera models', 'device model', 'device models', 'phone model', 'printer model', 'sensor model',
      'hardware model', 'hardware models', 'model home', 'model homes',
    ],
  },
  {
    id: 'ordinarySense',
    why: 'Words of data use in their everyday sense (backup power, staff retention, tuning a setting, turning off the supply) say nothing about data.',
    example: 'The Hotel is responsible for maintaining adequate backup power at the property.',
    phrases: [
      'backup power', 'backup generator', 'backup generators', 'battery backup', 'backup power supply', 'backup lighting',
      'new hire retention', 'new-hire retention', 'staff retention', 'employee retention', 'customer retention', 'talent retention',
      'member retention', 'retention rate', 'retention rates', 'retention bonus', 'retention analytics',
      'fine tune the settings', 'fine-tune the settings', 'fine tune your settings', 'fine-tune your settings', 'fine-tune settings',
      'turn off your supply', 'turn off the supply', 'switch off your supply', 'switch off the supply', 'turn off the power',
      'switch off the power', 'turn off the water', 'turn off the gas',
      // "means" the noun: "regardless of whether they were generated by automated means" defines nothing (262 § 7.2).
      'by automated means', 'by automatic means', 'by any means', 'by any other means', 'by other means', 'by electronic means',
      'by technical means', 'by reasonable means', 'by lawful means', 'by all reasonable means', 'by appropriate means',
      'by manual means', 'by manual or automated means', 'by automated or manual means', 'through automated means',
      // "Customer Content, which remains subject to clause 14": a clause still governs; nothing is kept.
      'remains subject to', 'remain subject to', 'shall remain subject to', 'will remain subject to',
      // "for its own compliance, audit and record-keeping purposes": a purpose named, not data kept (259 § 3.4).
      'record-keeping purposes', 'record keeping purposes', 'record-keeping obligations', 'record keeping obligations',
      // "within ninety days after the end of each calendar quarter": a recurring period's end, not the contract's (blind71).
      'after the end of each', 'after the end of every', 'following the end of each', 'following the end of every',
      'after the end of the month', 'after the end of the quarter', 'after the end of the calendar',
      // "learnings … embodied in the Supplier Models, as a result of performing the Services": a consequence, no output
      // (370 § 5.3 read the vendor's models as outputs it owned).
      'as a result of', 'as a direct result of', 'as the result of', 'as a result', 'as the results of',
      // "a validation report setting out the sampling methodology" (fresh193a 496-38): "set out" describes; no setting.
      'setting out', 'settings out', 'setting forth',
    ],
  },
  {
    id: 'personnel',
    why: 'People are trained, vetted and given access; training them is not training a model.',
    example: 'All personnel complete annual security training.',
    phrases: ['personnel', 'staff', 'employees', 'employee', 'workforce', 'instructors', 'instructor', 'trainers', 'reviewers', 'agents of', 'team members',
      // People named by their trade: "trains its enforcement officers", "its technicians receive … training".
      'officers', 'technicians', 'engineers', 'inspectors', 'drivers', 'nurses', 'carers', 'clinicians', 'volunteers',
      'crew', 'crew members', 'stewards', 'wardens', 'linguists', 'translators', 'interpreters', 'team leaders',
      // "every transcriber assigned to the Authority's work has completed … training" (blind71).
      'transcribers', 'transcriber', 'court reporters', 'paralegals', 'pharmacists',
      // "sessions … to train teachers and teaching assistants in the use of the AI Marking Assistant" (blind93-095).
      'teachers', 'teaching assistants', 'tutors', 'coaches', 'pilots', 'mechanics', 'dispatchers',
      // "every member of its personnel who has access to Council Data" (402 § 8.3): the vendor's people, not the customer.
      'member of its personnel', 'members of its personnel', 'member of staff', 'members of staff', 'member of its staff',
      'members of its staff', 'member of its team', 'members of its team'],
  },
  {
    id: 'workTeam',
    why: 'A team named by its work ("quality assurance team", "research team") is people; the work word before it is no act on data.',
    example: 'web dashboards and exports for the Customer’s quality assurance team',
    phrases: ['team', 'teams', 'department', 'departments'],
  },
  {
    id: 'staffTraining',
    why: 'Training people (staff, reviewers, customer service) is not training a model on data.',
    example: 'Provider shall give its personnel annual privacy training.',
    phrases: [
      'staff training', 'employee training', 'employees training', 'security training', 'privacy training',
      'awareness training', 'compliance training', 'training sessions', 'training session', 'training courses',
      'training course', 'training programs', 'training programmes', 'training program', 'trained personnel',
      'trained staff', 'trained reviewers', 'trained employees', 'human trainers', 'train the customer service',
      // "should be reviewed by a suitably trained person before being relied upon" (457 § 9.2).
      'trained person', 'trained persons', 'suitably trained', 'appropriately trained', 'properly trained',
      'train its personnel', 'train our staff', 'train personnel', 'onboarding', 'training and certification',
      'certification courses', 'training to its employees', 'training for employees', 'trained professionals',
      'instructor led training', 'self paced training', 'digital training', 'hands on training', 'receive training',
      'receive appropriate training', 'appropriate training', 'received training', 'receives training', 'has received training', 'provide training', 'provides training', 'training for',
      'training on responsible use', 'learning content', 'sales training', 'training and support', 'user training',
      'security awareness training', 'complete training', 'onboarding training', 'training sessions may', 'additional training',
      'training provider', 'training providers',
      // What people are taught from: "improve our services and training materials".
      'training materials', 'training material', 'training manuals', 'training manual', 'training videos', 'training resources',
      // Workshops and webinars train people: "knowledge-transfer and training workshops for its agents".
      'training workshop', 'training workshops', 'training webinar', 'training webinars',
      // "shall provide education and training concerning information security to its employees".
      'education and training', 'training concerning', 'training regarding',
      // Training measured in hours or given regularly is given to people: "eight hours of training", "regular training".
      'hours of training', 'days of training', 'regular training', 'receives training', 'receives regular training',
      'receive regular training', 'annual training', 'periodic training', 'refresher training',
      // The kinds of course a workforce must complete: "complete annual data-protection training".
      'data protection training', 'recurrent training', 'mandatory training', 'safeguarding training',
      // "has completed type training … for the aircraft models": a licence holder's course on an aircraft type (blind93-002).
      'type training', 'type rating training',
      // "has completed the Authority's approved training on reporting restrictions".
      'approved training', 'completed training', 'completed the training',
      // Teaching people to use a tool, for credit: "CLE-accredited training on the effective use of AI".
      'accredited training', 'training on the use of', 'training on the effective use of', 'continuing education',
      'continuing legal education',
      // A profession's own upkeep and the courses that train people to teach others: "complete annual continuing
      // professional development", "train-the-trainer sessions for Customer's team leaders".
      'continuing professional development', 'professional development', 'train the trainer',
      // "may inform teaching staff of new features": people who teach, in education contracts.
      'teaching staff', 'teaching assistant', 'teaching assistants', 'teaching team',
      // "recording in all timetabled teaching rooms", "recordings of teaching sessions": teaching as an activity of
      // people, named before the thing it happens in or with.
      'teaching rooms', 'teaching room', 'teaching sessions', 'teaching session', 'teaching materials', 'teaching material',
      'teaching spaces', 'teaching and learning', 'teaching activities', 'teaching content',
    ],
  },
] as const satisfies readonly WordSet[];

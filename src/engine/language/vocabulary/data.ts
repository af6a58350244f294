// What is being used: the customer's data in its many names, usage data, outputs, feedback, derived data, and the
// vendor's own material (which the customer may be barred from using). Data only.
import type { WordSet } from '../wordSet';

export const DATA_SETS = [
  {
    id: 'customerDataTerm',
    why: 'These names always mean material that comes from the customer or its users.',
    example: 'Provider may process Customer Content only to provide the Services.',
    phrases: [
      'customer data', 'customer content', 'customer information', 'customer materials', 'client data', 'client content',
      'client materials', 'client information', 'user data', 'user content', 'user information', 'user generated content',
      'end user data', 'member content', 'subscriber data', 'licensee data', 'personal data', 'personal information',
      'personal info', 'personally identifiable information', 'pii', 'phi', 'protected health information', 'health data',
      'input', 'inputs', 'prompt', 'prompts', 'upload', 'uploads', 'uploaded content', 'submissions', 'user submissions',
      'conversations', 'chats', 'chat history', 'chat logs', 'messages', 'recordings', 'voice recordings', 'transcripts',
      'queries', 'search queries', 'code snippets', 'interactions', 'activity', 'your activity', 'requests and responses',
      'customer code', 'proprietary code', 'enterprise code', 'your code', 'uploaded files', 'account data',
      'cardholder data', 'business data', 'company data', 'workspace data', 'network data',
      'customer personal data', 'end user personal data',
      // "We delete a User's voiceprint within 30 days": a biometric identifier is made from the customer's own people.
      'voiceprint', 'voiceprints', 'faceprint', 'faceprints', 'biometric template', 'biometric templates', 'biometric data',
      'biometric information', 'biometric identifier', 'biometric identifiers', 'biometric profile', 'biometric profiles',
      // Whatever the customer's people put into the service: "floor plans uploaded to the Portal".
      'uploaded to', 'uploaded by', 'uploaded through', 'uploaded via',
      // "drawings submitted for design checks": sent in for the service to work on. "submitted to" and "submitted by"
      // name no side ("invoices submitted to Customer").
      'submitted for', 'submitted through', 'submitted via',
      // "roof measurements and quote outcomes recorded in your account": what the customer keeps in its account.
      'recorded in your account', 'stored in your account', 'saved in your account', 'saved to your account',
      'entered in your account', 'entered into your account', 'kept in your account',
    ],
  },
  {
    id: 'dataNoun',
    why: 'Generic words for material; they mean the customer’s data when a customer word owns them ("your files").',
    example: 'We may review your files and photos.',
    phrases: [
      'data', 'content', 'contents', 'information', 'material', 'materials', 'files', 'file', 'documents', 'document', 'text',
      'code', 'media', 'photos', 'photo', 'videos', 'video', 'images', 'image', 'audio', 'voice', 'recordings', 'messages',
      'posts', 'comments', 'notes', 'emails', 'contacts', 'records', 'logs', 'listings', 'reviews', 'uploads',
      'creations', 'projects', 'project', 'chat', 'conversation', 'message', 'recording', 'upload', 'datasets', 'dataset', 'knowledge base', 'submissions', 'questions', 'answers',
      // Consumer services name the records of a person's activity and identity by their kind: "your listening
      // history", "saved searches", "the bank credentials", "passport scans", "journal entries", "contact details".
      'listening history', 'search history', 'browsing history', 'watch history', 'viewing history', 'purchase history',
      'order history', 'transaction history', 'location history', 'reading history', 'call history', 'searches',
      // Filed forms: "ledgers, GST returns and documents" ("returns" alone is the verb of handing data back).
      'tax returns', 'gst returns', 'vat returns', 'sales returns',
      'saved searches', 'bookings', 'booking history', 'playlists', 'credentials', 'scans', 'journal entries', 'diary entries', 'contact details',
      // What the person changed in what the service suggested: "corrections you make to suggested categories".
      'corrections', 'edits',
      'photographs', 'photograph', 'texts', 'translations',
      // What the customer's devices measure: "the readings your sensors send us", "meter readings".
      'readings', 'sensor readings', 'meter readings',
      // What the customer's cameras record: "dash-camera footage may be used to train …".
      'footage', 'camera footage', 'video footage',
    ],
  },
  {
    id: 'usageData',
    why: 'Data about how the service is used can carry the content of what users typed; vendors treat it as their own.',
    example: 'Provider owns all Usage Data and may use it for any purpose.',
    phrases: [
      'usage data', 'usage information', 'usage statistics', 'usage metrics', 'telemetry', 'telemetry data', 'service data',
      'service generated data', 'system data', 'diagnostic data', 'diagnostics', 'analytics data', 'log data',
      'performance data', 'crash reports', 'error data', 'device data', 'device information', 'technical data',
      'event data', 'interaction data', 'operational data', 'aggregate usage', 'platform data', 'software usage data',
      'metadata', 'feature usage',
      // Measurements of the work done for the customer, as "performance data" is: "insights, learnings and performance
      // metrics derived from the engagement". ("learnings" is left out: "Derived Learnings" name a vendor's own model
      // lessons, not data about the customer's use.)
      'performance metrics', 'engagement data',
    ],
  },
  {
    id: 'outputNoun',
    why: 'What the service generates for the customer; whoever owns or may reuse it controls the customer’s work product.',
    example: 'As between the parties, Customer owns all Output.',
    phrases: [
      'output', 'outputs', 'ai output', 'ai outputs', 'generated content', 'generated output', 'generated outputs',
      'completions', 'code suggestions', 'ai suggestions', 'suggestions generated', 'ai generated content', 'ai generated', 'generations', 'results generated',
      'content generated', 'generated images', 'generated text', 'generated audio', 'generated code', 'responses',
      'suggestions generated', 'customized model', 'you generate', 'you create with', 'you make with', 'generated by the',
      'produced by the', 'outputs of', 'output of', 'anything generated', 'deliverables produced by', 'generated through',
      'customized models', 'fine tuned model', 'fine tuned models', 'custom model', 'custom models', 'adapter model',
      // What a tool made, named by how it was made: "clips generated with Acme", "images created using the
      // Service", "materials a student creates in Acme". ("generated by" alone is left out: "content generated by
      // users" is the customer's own content, "data generated by your use" is usage data.)
      // Output named by its kind after "generated" ("Generated Descriptions", "generated summaries"): what the tool wrote.
      'generated description', 'generated descriptions', 'generated summary', 'generated summaries', 'generated translation',
      'generated translations', 'generated transcript', 'generated transcripts', 'generated design', 'generated designs',
      'generated answer', 'generated answers', 'generated response', 'generated responses', 'generated material',
      'generated materials', 'generated media', 'generated video', 'generated videos', 'generated music', 'generated speech',
      'generated voice', 'generated artwork', 'generated copy',
      // "All transcripts, including machine-generated drafts …, are owned by the Customer" (blind86): made by a machine.
      'machine generated', 'machine translations', 'machine translated',
      // "… and other copy generated for it by Tablesette Assist" (blind87): made by the tool for the customer.
      'generated for it', 'generated for you', 'generated for them', 'copy generated',
      // The same kinds named before "generated" ("Designs generated by AutoCrown", "descriptions generated for you").
      'designs generated', 'descriptions generated', 'summaries generated', 'translations generated', 'transcripts generated',
      'images generated', 'text generated', 'answers generated', 'drafts generated', 'titles generated',
      'abstracts generated', 'tags generated', 'insights generated', 'scores generated', 'reports generated',
      'replies produced', 'rewrites produced', 'summaries produced', 'insights produced', 'reports produced',
      // Made by the vendor's own tool: "generated by our assistant", "produced by its models".
      'generated by our', 'generated by its', 'produced by our', 'produced by its',
      // Made by a machine, whoever's: "highlight reels automatically created by our engine" (blind63). ("created by our"
      // alone is left out: "materials created by our staff" are the vendor's work; so is "machine-translated": "content
      // produced by engines trained on bilingual corpora" describes the engines, blind43.)
      'automatically created', 'automatically generated', 'automatically produced',
      // What a tool made for the customer, said by whom it was made for: "the wording our assistant writes for you".
      'generated for you', 'created for you', 'writes for you', 'written for you', 'drafts for you', 'drafted for you',
      'generates for you', 'produces for you', 'creates for you', 'makes for you', 'generate for you', 'produce for you',
      // What the AI itself makes, whoever it is made for: "picture cards that Lark AI creates for your child".
      'ai creates', 'ai generates', 'ai produces', 'ai writes', 'ai drafts', 'ai makes',
      'generated with', 'generated using', 'created with', 'created using', 'made with', 'made using',
      'produced with', 'produced using', 'creates in', 'you create in', 'you make in',
      // Whoever uses the tool: "stories and pictures your child creates with the Story Spark AI feature" (blind80).
      'creates with', 'makes with', 'produces with', 'generates with',
      // Suggestions the customer accepts are the tool's output, not the customer's feedback.
      'suggestions you accept', 'suggestions that you accept', 'suggestions you incorporate', 'accepted suggestions',
    ],
  },
  {
    id: 'workProduct',
    why:
      'What the service produces for the customer under another name (results, reports, insights, scores): whoever owns ' +
      'it owns the customer’s work product. Read as output only where the clause speaks of owning it. ("Deliverables" ' +
      'are left out: in a services contract they are the work the customer paid for, not what an AI produced.)',
    example: 'As between the parties, Client owns all Verification Results and the reports the Platform produces for it.',
    phrases: [
      'result', 'results', 'report', 'reports', 'insights', 'work product', 'predictions',
      'scores', 'analyses',
      // What an assistant says back, named by the exchange: "you also own Companion's replies to you", "the answers the
      // Assistant gives" (owned only where the clause owns them). "Transcripts" and "summaries" are left out: a call
      // transcript is the customer's own record ("chat and messaging transcripts" of its customers).
      'replies', 'answers', 'recommendations', 'translations',
    ],
  },
  {
    id: 'claimWord',
    why: '"Claim" settles ownership only when a party claims rights; the noun ("insurance claims", "claims handling") owns nothing.',
    example: 'Vendor does not claim ownership of Reports; Carrier may use Scores for its claims handling.',
    phrases: ['claim', 'claims'],
  },
  {
    id: 'feedbackNoun',
    why: 'Feedback clauses hand the vendor ideas and suggestions to build into its products.',
    example: 'Vendor may use any Feedback without restriction.',
    phrases: [
      'feedback', 'feedbacks', 'suggestions', 'suggestion', 'ideas', 'enhancement requests', 'feature requests',
      'know how', 'comments and suggestions', 'suggested improvements',
    ],
  },
  {
    id: 'feedbackGiven',
    why: 'Feedback the service writes for its users (on a student\'s essay, a candidate\'s answers) is its output, not the customer\'s ideas handed to the vendor.',
    example: 'The Supplier may generate tutor answers and personalised feedback on each submission using a hosted model.',
    phrases: [
      'generate feedback', 'generates feedback', 'generated feedback', 'generating feedback', 'automated feedback',
      'narrative feedback', 'personalised feedback', 'personalized feedback', 'instant feedback', 'written feedback on',
      'feedback to students', 'feedback to learners', 'feedback to candidates', 'feedback on submissions',
      'feedback on their work', 'feedback on each submission',
    ],
  },
  {
    id: 'derivedData',
    why: 'Aggregated, anonymised and statistical data is derived from customer data but usually falls outside its protection.',
    example: 'Provider may create de-identified statistics from Customer Data.',
    phrases: [
      'aggregat*', 'de identif*', 'deidentif*', 'anonymi*', 'anonymis*', 'anonymous', 'pseudonymi*', 'pseudonymis*',
      'depersonali*', 'depersonalis*', 'statistics', 'statistical', 'non personal data', 'non personal information',
      'non identifiable', 'non personally identifiable', 'derived data', 'aggregated insights', 'insights derived',
      'collective learnings', 'stripped of', 'disconnected from your account',
      // "indicators … which Provider derives from Client Data … and pools across its customer network": data pooled
      // across customers is aggregated whatever it is called.
      'pooled across', 'pools across', 'pool across',
      // "may combine Member Data with that of other members to produce pooled forecasts": pooling by another name.
      'pooled', 'with that of other',
      // "combined with data from other customers", "combining them with data of other customers" (blind22).
      'with data from other', 'with data of other', 'with the data of other', 'with data from our other', 'with data of our other',
      // "combine them with metrics from other customers", "rates across Provider's customer base": whatever the measure
      // is called, data put together with other customers' is pooled.
      // Only "with … of other": "kept separate from the data of other customers" segregates, it does not pool.
      'with metrics from other', 'with metrics of other', 'with information from other', 'with information of other',
      'with those of other', 'with those from other', 'with signals from other', 'with statistics from other', 'across customers', 'across our customers', 'across all customers', 'across its customers',
    ],
  },
  {
    id: 'madeFromData',
    why: 'A model named by what it was made from is what that data produced: whoever owns it keeps the value of the data.',
    example: 'Orrin owns all models and weights derived in whole or in part from Client Data.',
    phrases: [
      'derived from', 'derived in whole or in part from', 'derived in whole or part from', 'trained on', 'trained using',
      'built from', 'developed using',
    ],
  },
  {
    id: 'embeddedIn',
    why: 'Data already built into something the vendor made (its models, its library) stays there when the rest is deleted.',
    example: 'Clause 7.2 does not apply to Client Data already incorporated into the Benchmark Library.',
    phrases: [
      'already incorporated into', 'already incorporated in', 'already reflected in', 'already embedded in',
      'already built into', 'already included in', 'already trained', 'already used to train', 'already used in training',
    ],
  },
  {
    id: 'vendorMaterial',
    why: 'The vendor’s own service, software and content: a ban on using them is a duty on the customer, not a promise to it.',
    example: 'You may not use the Services or any Output to train a competing model.',
    phrases: [
      'the services', 'the service', 'our services', 'our service', 'the platform', 'our platform', 'platform content',
      'platform data', 'the software', 'our software', 'the site', 'our site', 'the website', 'our website', 'documentation',
      'model weights', 'weights', 'our content', 'our models', 'the products', 'our products', 'the database',
      'content offerings', 'licensed materials', 'the solution', 'the app', 'our app', 'feedback button', 'feedback form',
      'feedback link', 'feedback tool', 'feedback mechanism', 'object code', 'object code version',
      // A screen of the product: "training in the use of the analytics dashboard" (audit59, 162 § 3.2).
      'analytics dashboard', 'reporting dashboard', 'the dashboard', 'the dashboards',
      // How the product works, not data made from the customer's: "the AI Features rely on statistical and machine
      // learning techniques" (211 cl. 7.2 was read as a right to derived data).
      'statistical techniques', 'statistical methods', 'statistical models', 'statistical modelling', 'statistical modeling',
      'statistical and machine learning techniques', 'statistical and machine learning methods', 'statistical and machine learning models',
    ],
  },
  {
    id: 'removalPlace',
    why: 'What data is deleted or removed from is a place (the vendor’s platform, its backups), not the thing deleted.',
    example: 'Provider will delete the Project Files from the Platform within 30 days after termination.',
    phrases: ['from', 'out of'],
  },
  {
    id: 'confidentialInfo',
    why: 'Confidential Information is the customer’s data under another heading when the vendor holds it.',
    example: 'Each party shall protect the other’s Confidential Information.',
    phrases: ['confidential information', 'proprietary information', 'trade secrets', 'confidential data'],
  },
] as const satisfies readonly WordSet[];

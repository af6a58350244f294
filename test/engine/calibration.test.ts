// Per-clause expectations for the language patterns calibrated on real vendor terms (issue 8). Every clause is our
// own drafting; each row states the exact categories and stances the clause must yield, nothing more.
import { expectationRows as rows } from './support';

rows('a condition that opens the sentence runs to its first comma outside parentheses', [
  ['If you opt in (for example, by rating an answer), we may use your chats to train our models.', ['no-training:protective', 'opt-out:protective']],
  ['Unless you object (for instance, in your settings), we may use your prompts to improve our AI models.', ['ai-training:risk', 'opt-out:protective', 'service-improvement:risk']],
]);

rows('storage described in a paragraph that promises deletion is what gets deleted, unless a period is named', [
  ['Provider stores uploaded documents on its servers. Provider will delete those documents within 7 days after the job ends.', ['deletion:protective']],
  ['Provider may keep prompts for up to 14 days to investigate abuse. After 14 days the prompts are deleted.', ['deletion:protective', 'survival-retention:neutral']],
  ['We store your recordings on servers in the EU.', ['survival-retention:neutral']],
]);

rows('"once it …", "when they …" and a sentence-initial "When …," open a subordinate clause', [
  ['Provider will delete Customer Data within 30 days. Provider cannot recover Customer Data once it has been permanently deleted.', ['deletion:protective']],
  ['When some records must be kept for tax purposes beyond that period, those records are anonymised.', []],
  ['Once your data is used to train our models, it cannot be removed from them.', ['survival-retention:risk']],
  ['Provider may not delete Customer Data once it has been used to train its models.', ['survival-retention:risk']],
]);

rows('an action noun before a rule or setting names a topic; a pronoun after a comma resumes the main clause', [
  ['Provider shall, upon expiry of the retention obligation, delete the Personal Data.', ['deletion:protective']],
  ['We apply the same retention rules to your exports as to your files.', []],
  // A setting about retention is still the customer's control over it.
  ['You can change the chat retention setting at any time.', ['opt-out:protective']],
  ['This means that if you remove a file, it will also be removed from our search index.', ['deletion:protective']],
]);

rows('a capitalised media word after an unknown capitalised word is a product name, not the customer\'s data', [
  ['Fern Code is stored on our servers in Ireland.', []],
  // Generic heads ("Data", "Content") make defined terms for data, whatever word is before them.
  ['Lumo may use Candidate Data submitted by Client to build new products.', ['service-improvement:risk']],
  ['Kite Photos may analyse your photos to improve our services.', ['service-improvement:risk']],
]);

rows('usage data used to improve the vendor\'s offering is an improvement use as well as a right over derived data', [
  ['We use crash reports and diagnostics to improve the app.', ['aggregated-data:risk', 'service-improvement:risk']],
  ['Provider may analyse Usage Data to develop new features.', ['aggregated-data:risk', 'service-improvement:risk']],
]);

rows('a large technology company named without an AI word is not an AI provider; a model company is', [
  ['Your account details are shared with Microsoft so that it can deliver the workshops.', []],
  ['You may receive newsletters from Amazon at the address you used to sign up.', []],
  ['We send your notes to Anthropic to generate summaries.', ['third-party-ai:risk']],
  ['We send your notes to Google to generate summaries with its AI models.', ['third-party-ai:risk']],
]);

rows('"other services" is ordinary English, not a name for AI providers', [
  [
    'We work with partners who provide setup, training and other services around our products. ' +
      'We may share your contact details with these partners to arrange billing.',
    [],
  ],
]);

rows('outsiders that receive nothing: the customer\'s own tools, a ban on helping others, certified workers, a disclaimer', [
  ['You are responsible for posts you create using tools offered by us or by third parties, such as generative AI assistants.', []],
  ['Customer must not (a) use the Services to train competing AI models; or (b) help any third party do any of the above.', []],
  ['Installers and their subcontractors must be certified by a training provider approved by the regulator.', []],
  ['Answers from the AI assistant may contain errors, including errors in data supplied by third-party services.', []],
  // The vendor sending the customer's data out is still a flow.
  ['We may share your prompts with third-party AI providers to generate answers.', ['third-party-ai:risk']],
]);

rows('keeping a state or keeping ownership is not retention; the vendor reserving its own IP grants nothing', [
  ['We use AI to remove spam so that your posts are kept safe.', []],
  ['We keep your uploads for 30 days.', ['survival-retention:neutral']],
  ['Acme retains all right, title and interest in the Platform and all improvements to it.', []],
  ['Acme owns the Platform, all upgrades and enhancements to it, and the ideas and know-how embodied in it.', []],
  // Ideas that come from the customer are feedback.
  [
    'Customer grants Acme a perpetual licence to any ideas and suggestions Customer sends about the Platform.',
    ['broad-license:risk', 'service-improvement:risk', 'survival-retention:risk'],
  ],
]);

rows('licences that run to the customer, terms that end with the contract, definitions, warranties and duties of the customer', [
  ['Provider grants Customer a perpetual, irrevocable licence to use, copy and store the object code of the Provider Tools.', []],
  ["Contractor hereby grants to Company a perpetual licence to use, copy, modify and distribute Contractor's pre-existing materials.", []],
  // A grantor known only by a capitalised name is not proof of direction: the licence may still run to the vendor.
  [
    'Merchant grants to Provider an irrevocable, worldwide licence to reproduce, edit, reformat and distribute the Merchant Assets.',
    ['broad-license:risk', 'survival-retention:risk'],
  ],
  [
    'By sharing your notes with other users, you grant a worldwide, irrevocable licence to Acme to copy, modify and distribute your notes.',
    ['broad-license:risk', 'survival-retention:risk'],
  ],
  ['That discount will remain in force for the term.', []],
  ['Sections 5 and 8 survive termination of this Agreement.', ['survival-retention:neutral']],
  ['"Price Index" shall mean the consumer price index (not seasonally adjusted) published by the Office of National Statistics.', []],
  ['Provider may retain one copy of the software solely for archival purposes.', []],
  ['The parties agree that Customer, and not Provider, is responsible for deleting Personal Data when the retention period expires.', []],
  ['Rights to Prompts.', []],
  ['Customer represents and warrants that it has all rights necessary to submit Prompts to the Services.', []],
  ['Support includes the further improvement of the software and its adaptation to new operating systems.', []],
]);

rows('"the prompts you submit": a named kind of customer data with the customer supplying it is one object, not a subject', [
  ['The prompts you submit may be reviewed by our staff to improve the Services.', ['service-improvement:risk']],
  ['Inputs you upload may be used to train our models.', ['ai-training:risk']],
]);

rows('bare-verb lists of scraping or of using a branded platform are bans on the user; outsiders acting alone take no right', [
  ['scrape forum posts; copy data using bots; train AI models using forum data', []],
  ['Copy or collect data from the Lumen Platform (including by automated means) to train any machine learning model.', []],
  // A purpose list in the vendor's voice is still the vendor's use.
  ['Train and fine-tune models on the content you upload.', ['ai-training:risk']],
  ['Our advertising partner uses cookies to collect non-personally identifiable information about your visits to show you relevant ads.', []],
  // "we or our partners" is the vendor acting, with others beside it; statistics are derived data in themselves.
  ['To create aggregated statistics, which we or our business partners may use to improve our offerings.', ['aggregated-data:risk']],
]);

rows('the customer\'s levers: instructing the vendor not to, choosing whether, settings, fragments that open with the choice', [
  ['You may instruct Provider not to use your Content to improve its models by changing a setting in the console.', ['ai-training:risk', 'opt-out:protective']],
  ['You can choose whether your recordings can be used to improve our models.', ['opt-out:protective']],
  ['You can opt out of product analytics at any time.', ['opt-out:protective']],
  ['Opt in to sharing your chats with the research community (optional).', ['opt-out:protective']],
  [
    'Where a new feature would process your personal data in a new way, we will ask for your consent before turning it on for your account.',
    ['opt-out:protective'],
  ],
  ['You can change these settings in the Usage Data section of your account page.', ['opt-out:protective']],
  // "this" points back to the data use the paragraph described.
  ['The Smart Compose feature is on by default and analyses the text of your emails. You can disable this at any time in Settings.', ['opt-out:protective']],
  ['You can opt out of our newsletter at any time.', []],
]);

rows('a setting that is off, choosing which items an AI feature may use, a dash that starts a new statement', [
  // "If X is off, we do not use …" implies the use when it is on: the customer's switch, over a default use.
  ['If Memory is off, Acme does not use your conversations to improve its AI models.', ['ai-training:risk', 'no-training:protective', 'opt-out:protective']],
  ['Admins can decide which documents the assistant may send to outside AI providers.', ['opt-out:protective', 'third-party-ai:risk']],
  ['Admins can use the Exclusions page to determine which files the assistant can read when it calls outside LLM providers.', ['opt-out:protective']],
  [
    'Still, only account owners can approve AI features for the team – so there is no risk of content being sent to an AI provider without explicit consent.',
    ['opt-out:protective'],
  ],
  ['The plan costs 10 – 20 dollars a month.', []],
  // A verb inside "those who use our app" is not what the clause's subject does.
  ['To protect people who use our app, members can delete their posts at any time, which keeps them out of our training data.', ['opt-out:protective']],
]);

rows('permission that only the law gives is no consent: an item lifted only by law is a ban', [
  ['Use training material that includes the Content for AI models, unless such use is expressly permitted by applicable law.', []],
  // Consent from the customer still gates the use.
  ['We will not use your Content to train our models unless you expressly permit it.', ['no-training:protective']],
  ['We may use your Content to train our models, unless prohibited by applicable law.', ['ai-training:risk']],
]);

rows('"depending on …" opens a condition; a condition that gates no use of data is no lever', [
  [
    'However, depending on the features that you choose to use, your settings and the prompts you submit, the Service may produce outputs that you find offensive.',
    [],
  ],
  ['Depending on your plan, we keep your files for 30 days after deletion.', ['deletion:protective', 'survival-retention:risk']],
  ['Unless you opt out, your chats help improve our models.', ['ai-training:risk', 'opt-out:protective']],
]);

rows('a sentence that opens with "As …," opens with a subordinate clause', [
  ['1.3 As AI technology continues to evolve, we may change the services.', []],
  ['As between the parties, Customer owns all Output.', ['output-ownership:protective']],
  ['As part of the Services, we may use your prompts to train our models.', ['ai-training:risk']],
]);

rows('a definition shapes output rights when it defines output, not when output is the object of a verb inside it', [
  ['"Output" means the text and images the Service generates in response to Prompts.', ['output-ownership:neutral']],
  ['"Permitted Use" means Customer using Output to build classifiers for its own internal use.', []],
  ['For clarity, the following do not constitute Output: the model weights and the source code of the Service.', ['output-ownership:neutral']],
]);

rows('a condition that interrupts a verb group ends at the held-back verb; "and that …" starts a second clause', [
  ["24.3. The Supplier will not without the written consent of the Client disclose any of the Client's data to any third party.", ['confidentiality:protective']],
  ['Provider shall not, except as permitted in this Agreement, disclose Customer Data to any third party.', ['confidentiality:protective']],
  // The verb after the closing comma is not one the condition held back: "training" stays a purpose.
  ['Acme may, without further notice and in its discretion, monitor or record calls you have with Acme for quality control and training purposes.', []],
  [
    'To the extent the processing is not subject to the GDPR, Customer grants Acme the right to use Customer Data to train and improve the Software.',
    ['ai-training:risk', 'broad-license:risk'],
  ],
  ['(g) not to divulge to any person any information received about the affairs of Client, and that all such information shall be kept confidential.', ['confidentiality:protective']],
  ['We may use your data and that of your users to train our models.', ['ai-training:risk']],
]);

rows('a clause number is not the first word: a condition after it still runs to its comma', [
  ['4.2 As between the parties, Provider owns all right, title and interest in and to the Outputs.', ['output-ownership:risk']],
  ['3.1 If you opt in, we may use your recordings to train our models.', ['no-training:protective', 'opt-out:protective']],
  ['1.3 As generative AI technology, models, and products continue to evolve, along with changes in law, we may add or upgrade services.', []],
]);

rows('a word inside a party\'s name is not a consent word ("Authorized Users")', [
  [
    'Any comments or feedback provided by Customer or Authorized Users to Acme may be used by Acme to develop new products without compensation, notice or obligation to such Customer or Authorized User.',
    ['service-improvement:risk'],
  ],
  ['We may use your prompts to train our models if Authorized Users approve.', ['no-training:protective', 'opt-out:protective']],
]);

rows('a pronoun object ("use it") stands for the data named before, even beside the vendor\'s own material', [
  [
    'We welcome your feedback about our Services, but you agree that we may use it to develop and improve our Services without compensation to you.',
    ['broad-license:risk', 'service-improvement:risk'],
  ],
  ['If you send us feedback, we may use it to improve the Services.', ['service-improvement:risk']],
  ['We built the Services ourselves and we may improve them at any time.', []],
]);

rows('deleting as the vendor\'s stated practice, after a clock or once something happens', [
  ['After the trial period, we delete your files.', ['deletion:protective']],
  ['Acme employs AI to detect and remove spam messages.', []],
  ['We may delete accounts that are inactive for 2 years.', []],
  ['Once the Report is provided to Customer, Acme shall immediately destroy the files provided by Customer.', ['deletion:protective']],
]);

rows('an AI instrument governs the first AI word after it; "AIs" is an AI word', [
  ['Our policy explains how we use your interactions with AIs to improve AI at Acme.', ['ai-training:risk']],
  ['We improve our Services, including through the use of machine learning.', []],
  ['Acme collects anonymous analytics to help improve its ability to work with LLMs.', ['aggregated-data:risk']],
]);

rows('a modal inside parentheses is not the clause\'s modal', [
  [
    'You grant us a worldwide, non-exclusive, royalty-free license to your User Content that allows us to use, store, reproduce and publicly display (to show your User Content to other users as you may specify), modify, and create derivative works from it.',
    ['broad-license:risk'],
  ],
  ['Provider (which may change its name) will delete Customer Data within 30 days after termination.', ['deletion:protective']],
]);

rows('using data once it is aggregated is a use of aggregated data', [
  ['However, either party may disclose User Data if it is aggregated with data from other sources.', ['aggregated-data:risk']],
  ['We will not disclose User Data unless it is aggregated.', ['confidentiality:protective']],
]);

rows('beside a duty to delete, a party\'s right to keep a copy is a retention term; a system that still holds data is the deletion\'s caveat', [
  [
    'Upon termination, each party shall return or destroy any Confidential Information of the other party; provided, however, that each party may retain one copy of such Confidential Information for its legal records.',
    ['confidentiality:protective', 'deletion:protective', 'survival-retention:neutral'],
  ],
  ['This will remove the recording from our database; however, debugging logs may still retain data about it.', ['deletion:protective']],
  ['We delete your chats after 30 days.', ['deletion:protective']],
]);

rows('agreeing that the vendor shall not do something grants nothing', [
  ['The Client acknowledges and agrees that the Supplier shall not use Client Content to train models.', ['no-training:protective']],
  ['You agree that Acme has a perpetual, irrevocable licence to your content.', ['broad-license:risk', 'survival-retention:risk']],
]);

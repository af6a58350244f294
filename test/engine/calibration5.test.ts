// Per-clause expectations for the language patterns of calibration round 5 (real vendor terms, 2026-12-01). Every
// clause is our own drafting; each row states the exact categories and stances the clause must yield, nothing more.
import { expectationRows as rows } from './support';

rows('the vendor’s material named in another clause of the sentence', [
  [
    "(c) Upon expiry of this Agreement: (i) Orrin will cease providing the Services; (ii) the licence granted under section 2 shall end, (iii) Client will promptly cease use of the Services; (iv) and each Party will return or destroy any of the other Party's Confidential Information then in its possession.",
    ['confidentiality:protective', 'deletion:protective'],
  ],
  ['On termination the Client shall cease use of the Software, the Documentation and other Orrin proprietary information and shall destroy all copies of them.', []],
]);

rows('a verb joined to the head by "and"', [
  ['As between the parties, all right, title and interest in and to Platform Usage Data belong to and are retained solely by Orrin.', ['aggregated-data:risk', 'survival-retention:neutral']],
  ['Data submitted to fine-tune a model is retained for thirty days.', ['survival-retention:neutral']],
]);

rows('a party inside a clause of time within the subject', [
  ['Files that were added to a training set before you withdrew consent may remain in models trained on them.', ['survival-retention:risk']],
]);

rows('a company named after a leading condition', [
  ['Notwithstanding the foregoing, but subject to the confidentiality terms of clause 9, Orrin shall be permitted to disclose the Till Information in aggregate form.', ['aggregated-data:risk']],
]);

rows('what someone is shown how to do', [
  ['As part of onboarding, Orrin shall run two sessions in which its consultants will show Users how to train and tune forecasting models on Client Data within the Platform.', []],
  ['Orrin may use Client Data to train and tune its forecasting models.', ['ai-training:risk']],
]);

// Unrelated lines of whole agreements read as licences or lasting rights: paying, an age rule, the courts.
rows('paying for the service is no licence over data', [
  ['4.2 Subscriptions renew automatically at the end of each term at the then-current price unless you cancel first, and you authorize us to charge your payment method on each renewal.', []],
  ['6.1 The Client shall pay the Licence Fee monthly in advance within fourteen (14) days of receipt of a valid invoice.', []],
  ['You grant us a perpetual, irrevocable licence to use Your Content for any purpose.', ['broad-license:risk', 'service-improvement:risk', 'survival-retention:risk']],
]);

rows('a minor’s need of a parent’s permission grants nothing', [
  ["If you are under 18, you need a parent or guardian's permission to open an account.", []],
  ['You grant Orrin permission to use your uploads to improve its models.', ['ai-training:risk', 'broad-license:risk', 'service-improvement:risk']],
]);

rows('a jurisdiction clause is irrevocable about courts', [
  ['14.2 This Agreement and any dispute arising out of it shall be governed by the laws of Ireland, and each party irrevocably agrees that the courts of Ireland shall have exclusive jurisdiction.', []],
]);

rows('"improve it" after the product the vendor operates', [
  ['We do not own your notes, but we may use them to operate Quill and improve it.', ['confidentiality:protective', 'service-improvement:risk']],
  ['We may use your notes to improve them for you.', []],
]);

rows('what the customer writes is the customer’s data', [
  ['The documents you write in Quill are yours, and Quill does not claim any ownership of them.', ['confidentiality:protective']],
  ['Articles written by our editors may be used to train our models.', []],
]);

rows('use after the customer deletes, the end in a condition of its own', [
  ['We may keep using statistics derived from your messages after you delete them, though never in a form that identifies you.', ['aggregated-data:risk', 'survival-retention:risk']],
  ['We delete your messages within 30 days after you close your account.', ['deletion:protective']],
]);

rows('a deletion the vendor may make at an end named earlier in the sentence', [
  ['On closure of your account, your access to the app ends and we may delete your notes from our active servers.', ['deletion:protective']],
  ['We may remove posts that break these rules.', []],
]);

// Off by default, the use waits for the customer to switch it on: since round 6 also its opt-in (opt-out category).
rows('a setting stated to be off', [
  ['For Business plans, content training is set to off by default.', ['no-training:protective', 'opt-out:protective']],
  ['Content training is disabled by default for Teams plans.', ['no-training:protective', 'opt-out:protective']],
  ['Training on your content can be disabled in your settings.', ['ai-training:risk', 'opt-out:protective']],
]);

rows('a setting the customer has made, named as respected', [
  // Round 13: "will not affect" denies the effect, not the sharing, so no non-disclosure promise is read any more.
  ['For clarity, the above will not affect any data sharing preferences you have set for model training.', ['opt-out:protective']],
  ['We will not change the font preferences you have set.', []],
]);

rows('help the customer receives with its own work', [
  ['Customer success As a Growth plan customer, you will also receive support from us with: Installing connectors for your repositories and review tools Collecting and aggregating feedback from your users', []],
  ['You grant us the right to use and aggregate feedback from your users to improve the Platform.', ['broad-license:risk', 'service-improvement:risk']],
]);

rows('duties and rights said to continue in perpetuity after the end', [
  ["The Reseller's duty to treat the Shopper Data as Confidential Information under clause 7 shall continue in perpetuity following termination of this Agreement.", ['confidentiality:protective', 'survival-retention:neutral']],
  ['Sections 5 (Usage Data) and 11 shall continue in perpetuity following termination.', ['survival-retention:risk']],
]);

rows('a process for deleting, stated by the vendor', [
  ['Lumen has introduced a process for automatically deleting your profile and your personal data in line with the retention limits set out below.', ['deletion:protective']],
  ['Lumen has set up a process for reviewing reported profiles.', []],
]);

rows('a model provider named in the clause’s own condition', [
  ['If you run the plug-in with your own key for an LLM provider, the terms between you and that provider govern. We do not receive your code.', ['third-party-ai:neutral']],
]);

rows('purposes listed after a grant with no modal', [
  ['Client authorises Orrin to collect and use information about how Client uses the Platform (including the volume of records processed) to compile reports for clients; to resolve support requests; and for general product improvement purposes.', ['broad-license:risk', 'service-improvement:risk']],
  ['Client authorises Orrin to collect and use information about how Client uses the Platform to compile reports for Client and to resolve its support requests.', ['broad-license:neutral']],
]);

rows('a negative lead-in about telemetry denies each item listed after it', [
  ['Product telemetry never includes: Your documents or their titles Chat content Passwords or tokens', ['confidentiality:protective']],
  ['Product telemetry includes: Your documents or their titles Chat content', []],
]);

rows('the rights of a licence named as nouns', [
  ['(b) to make posts submitted through the Platform available to partner sites, including for the syndication, distribution, promotion or publication of those posts on other media.', ['broad-license:risk']],
  ['Orrin is responsible for the distribution and publication of the Software documentation and its reproduction for resellers.', []],
]);

rows('a model company sharing data in its own terms is the vendor', [
  ['Mistral will collect, use, process and share such data as a processor on your behalf, and will not use Content from the Standard tier to train Mistral models.', ['no-training:protective']],
  ['We share your prompts with OpenAI, and OpenAI may retain them for 30 days.', ['survival-retention:neutral', 'third-party-ai:risk']],
]);

rows('no duty to erase backup copies', [
  ['The recipient shall have no obligation to erase copies of Confidential Information that were made automatically by its backup systems.', ['survival-retention:risk']],
  ['Provider will delete Customer Data within 30 days, and is not required to erase backup copies sooner than their 90-day cycle.', ['deletion:protective']],
]);

rows('output that may resemble others’ material', [
  ['Output may resemble material generated for other users and may be subject to third-party copyrights.', ['output-ownership:neutral']],
  ['We scan prompts for strings that resemble passwords and do not store what we find.', ['deletion:protective']],
]);

rows('a short list item with a purpose is not a heading', [
  ['Aggregated data to improve the service', ['aggregated-data:risk', 'service-improvement:risk']],
  ['Right to Use Customer Data', []],
]);

rows('the customer’s data handed back at the end', [
  ['Within thirty days after expiry of this Agreement, Orrin shall provide to Client the Client Data in a commonly used format.', ['deletion:protective']],
  ['We may continue to use your data after you delete your account.', ['survival-retention:risk']],
]);

rows('an instruction the contract itself gives', [
  ['You instruct Orrin to retain and process Content as needed to detect abuse and to develop and improve its safety systems and products.', ['opt-out:protective', 'service-improvement:risk']],
  ['Customer instructs Processor to process Customer Data only to provide the Services.', []],
]);

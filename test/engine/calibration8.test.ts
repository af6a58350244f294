// Per-clause expectations for the language patterns of calibration round 8 (whole agreements read line by line:
// recitals, definitions, cross-references and the ordinary clauses beside data clauses, 2026-12-01). Every clause is
// our own drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('a recital ("WHEREAS …") tells the background and grants nothing', [
  ['WHEREAS the Supplier has developed a machine-learning demand forecasting platform and the Buyer wishes to use it for its stores;', []],
  ['WHEREAS, the Client wishes to share certain of its records with the Supplier and its AI model providers for the purpose of the Pilot;', []],
  // An operative clause that says "whereas" mid-sentence is still read.
  ['Orrin may use Client Data to train its models, whereas the Client may use the Outputs only internally.', ['ai-training:risk']],
]);

rows('what is opted out of is named right after the opt-out; AI named later is the topic or the terms\' name', [
  ['9.2 Customers in Canada may opt out of the arbitration clause in Section 15 by written notice given within thirty days after accepting these AI Terms.', []],
  ['Admins can unsubscribe from release-note e-mails about the AI Assistant in their profile settings.', []],
  // The AI use named first is the lever.
  ['You can opt out of AI model training and marketing e-mails in your settings.', ['ai-training:risk', 'opt-out:protective']],
  ['You can opt out of the use of your Content for AI features at any time.', ['opt-out:protective']],
]);

rows('an end named after the deletion dates the deletion, not keeping past the end', [
  ['Customer Recordings are kept for the life of the Order so that Customer can search them, and are deleted within 45 days after the Order ends.', ['deletion:protective']],
  // Keeping that runs past the end is still the risk.
  ['Customer Recordings are kept after the Order ends and may be used to improve our models.', ['survival-retention:risk']],
]);

rows('"permanently delete" says how thoroughly data goes, not that a right lasts', [
  ['Within thirty days after termination, the Developer shall permanently delete all copies of the Licensed Records, including copies held in its evaluation sets.', []],
  // A permanent licence is still a lasting right.
  ['You grant Orrin a permanent licence to use your Content.', ['broad-license:risk', 'survival-retention:risk']],
]);

rows('the term a definition defines decides what it is about: output listed inside a definition of other data is that data', [
  ['1.4 "Client Materials" means all files, records and other information uploaded by or on behalf of Client, together with all Output generated from any of them.', []],
  ['2.1 "Applicant Data" means any personal data about an applicant that you submit through the Service, including CVs, interview recordings and all Outputs generated from them.', []],
  // A definition of output itself is still noted for review.
  ['"Output" means the text and images the Service generates in response to your Prompts.', ['output-ownership:neutral']],
  ['"Generated Content" means the text and images the Service generates in response to your Prompts.', ['output-ownership:neutral']],
]);

rows('a definition of the customer\'s own data sweeps nothing into usage data', [
  ['1.2 "Client Data" means all data uploaded to the Platform by or for Client, including contact lists, campaign results, usage data and app event streams.', []],
  // Customer content swept into the vendor's usage data is still the risk.
  ['"Usage Data" means data about how the Platform is used, including the Client Data that Users enter in search fields.', ['aggregated-data:risk']],
]);

rows('a participle after a possessive, or opening a capitalised term\'s name, describes its noun ("Licensed Content")', [
  ['Whenever the Assistant quotes material drawn from Licensed Content, it shall name the Publisher as the source.', []],
  ['Draft letters are suggestions only, and the Client\'s licensed solicitors remain responsible for every letter sent.', []],
  // The grant itself is still read.
  ['You grant Orrin a licence to use the Shared Content to improve its models.', ['ai-training:risk', 'broad-license:risk', 'service-improvement:risk']],
  ['Licensed Content may be used by Orrin to train its models.', ['ai-training:risk']],
]);

rows('a bias audit tests the vendor\'s own model; it is no audit right', [
  ['Orrin will commission an independent bias audit of its matching model once a year and will share a summary of the results with the Client on request.', []],
  // The customer's own right to audit is still read.
  ['The Client may audit Orrin\'s compliance with this clause once a year on thirty days\' notice.', ['audit:protective']],
]);

rows('"retains sole discretion" keeps a power, not data', [
  ['The Supplier does not guarantee any particular approval rate, and the Lender retains sole discretion and responsibility for every credit decision.', []],
  // Keeping data is still keeping.
  ['Orrin does not retain Client Data after the session ends.', ['deletion:protective']],
]);

rows('a definition by reference ("has the meaning given to it in …") defines; it promises nothing', [
  ['1.5 "Health Information" has the meaning given to it in the Privacy Act, limited to the information that Orrin collects, holds or discloses on behalf of the Client.', []],
  // The clause that uses the term still promises.
  ['Orrin will use Health Information only to provide the Services to the Client.', ['confidentiality:protective', 'no-training:protective']],
]);

rows('a contract that remains in force until it is terminated keeps nothing and outlives nothing', [
  ['This Agreement shall remain in force for an initial period of two years and shall then renew for successive one-year periods unless terminated by either party on sixty days\' notice.', []],
  // "remain in force" is no keeping of data: a survival list is noted for review, not read as data kept.
  ['Sections 5 and 9 shall remain in force after termination of this Agreement.', ['survival-retention:neutral']],
  // Data that remains is still kept.
  ['Customer Data may remain in backups for 35 days after termination.', ['survival-retention:risk']],
]);

rows('a mutual confidentiality clause protects the customer\'s information too', [
  ['9.1 Each party shall keep the other\'s Confidential Information confidential, shall not disclose it except to those of its staff and advisers who need to know it, and shall not use it other than for the purposes of this Agreement.', ['confidentiality:protective']],
  ['9.1 Each party shall hold the other party\'s Confidential Information in confidence, use it only to perform this Agreement, and disclose it only to its employees and advisers who need to know it.', ['confidentiality:protective']],
  // The customer's own duty of confidence protects nothing of the customer's.
  ['Customer shall not disclose Orrin\'s Confidential Information to any third party.', []],
]);

rows('the customer may ask that its data not be used, or for an exemption from a use: its lever', [
  ['Client may ask that its Project Data not be used for the benchmarking described in clause 4 by writing to Orrin\'s privacy team.', ['opt-out:protective']],
  ['Enterprise customers may request an exemption from abuse-monitoring retention for eligible AI features by submitting the online form.', ['opt-out:protective']],
  // Asking is no lever without a "not" over a use of data.
  ['Client may ask Orrin questions about the Services at any time.', []],
]);

rows('a company\'s name after a comma starts afresh: the capitalised words before the comma are not part of it', [
  ['Notwithstanding Section 3.4 of the Terms, Brightfold will not use any Firm Content to train any model.', ['no-training:protective']],
  ['Notwithstanding clause 3.4 of the Agreement, Brightfold will not use any Firm Content to develop, train or tune any algorithm or model.', ['no-training:protective']],
]);

rows('"the files you supply" is the customer\'s data, as "the files you provide" is', [
  ['If you use the tuning feature, the files you supply for that purpose will be used only to serve your requests and will not be used to train any other model.', ['confidentiality:protective', 'no-training:protective']],
  ['Orrin may use the documents you supply to improve its models.', ['ai-training:risk', 'service-improvement:risk']],
]);

rows('a condition opened inside the subject ends at a comma followed by the main clause\'s verb', [
  // What survives is read (the schedule's survival while data is held is noted with the data it names).
  ['9.4 Clauses 4, 5 and 8, and Schedule 2 for so long as Orrin holds any Client Data, survive any expiry or termination of this Agreement.', ['survival-retention:risk']],
]);

rows('"after they end": the end of the terms named by a pronoun', [
  ['Either of us may end these Terms on fourteen days\' notice, and clauses 3, 6 and 9 continue to apply after they end.', ['survival-retention:neutral']],
]);

rows('ideas or suggestions the customer sends ("If you send us …") are its feedback, used by the vendor', [
  ['If you send us ideas or suggestions about the app, we may use them to improve Orrin without paying you.', ['service-improvement:risk']],
  ['If you send us suggestions about the Service, we may use them freely and without any obligation to you.', ['service-improvement:risk']],
  // A coding tool's own suggestions, which the customer may use, are not feedback.
  ['Subject to your compliance with these Terms, you may use and modify Suggestions as you see fit.', []],
]);

rows('withdrawing from a data programme is the customer\'s way out of it', [
  ['Client may withdraw from the Data Pool at any time by giving thirty days\' written notice, but models built before then may continue to be used.', ['opt-out:protective']],
  // Withdrawing from something that is no use of data is no lever.
  ['Either party may withdraw from the negotiation at any time.', []],
]);

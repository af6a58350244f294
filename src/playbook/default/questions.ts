// Questions to put to the vendor that recur across several playbook issues, drafted once so they stay consistent.
// Pure data: must not import anything but types.

export const ASK_RETENTION = 'Are prompts, uploaded files, outputs and metadata retained, for how long, and where?';
export const ASK_TIERS = 'Do different rules apply to free, standard and enterprise tiers, or to the API and the app?';
export const ASK_PROVIDERS = 'Which subprocessors or third-party model providers see our data, and on what terms?';
export const ASK_LOCATION = 'In which countries is our data stored and processed, including for support and backups?';
export const ASK_EVIDENCE = 'What logs, reports or audit evidence can you show us about how our data has been used?';
export const ASK_MISTAKE = 'What happens when one of our users enters confidential information by mistake, and how fast can it be purged?';

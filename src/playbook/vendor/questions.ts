// Questions for the customer that recur across the vendor-side playbook, drafted once.
// Own drafting. Pure data: must not import anything.

export const ASK_CONCERN = 'What exactly is the concern behind this restriction: training, disclosure, or something else?';
export const ASK_SAFEGUARDS = 'Which safeguards (de-identification, no sale, no re-identification) would address that concern?';
export const ASK_EVIDENCE = 'Would our independent audit reports and written answers give you the assurance you need?';
export const ASK_SECURITY = 'Do you expect us to detect spam, fraud and intrusions on your account, and how could we without processing the data?';

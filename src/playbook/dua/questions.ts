// Questions for the recipient that recur across the data-use agreement playbook, drafted once.
// Own drafting. Pure data: must not import anything.

export const ASK_MODELS = 'Which models, by name and version, will the data be used to train, test or evaluate?';
export const ASK_PEOPLE = 'Who, by role, will have access to the data, and are they bound in writing to keep it confidential?';
export const ASK_COPIES = 'Where will the data and every copy of it be stored, including backups and working copies?';
export const ASK_END = 'When will training end, and what happens to the data on that day?';
export const ASK_RELEASE = 'What exactly goes into the public release: weights, code, documentation, any sample of the data?';
export const ASK_TESTS = 'How will you test the model for memorised or re-identifiable records before release, and may we see the results?';

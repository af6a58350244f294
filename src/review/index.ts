// The review layer's public surface: one review plan for a document, compiled into plans the hosts apply.
// Pure: re-exports only.
export { buildReviewPlan, readsAs } from './reviewPlan';
export { editKey, insertKey, type EditItem, type InsertItem, type ReviewChoices, type ReviewItem, type ReviewPlan } from './reviewItems';
export { acceptedParagraphs, compilePlans } from './compilePlans';
export { contractWording } from './wording';
export { describeEdit } from './reviewComments';
export { planRedline } from './redline';
export { ownWording, normaliseWording, type OwnWording } from './ownWording';
export { checkReview, type ReviewCheck } from './checkReview';

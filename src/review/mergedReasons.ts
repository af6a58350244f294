// One comment that gives the same reason for two clauses says it once. Pure: string work only.

/** "Section 5.11 gives Quillwave a right …, so we removed it from the clauses that survive." */
const REMOVED_FROM_SURVIVAL = /(^|\.\s)([A-Z][a-z]+) ([\w.()]+) gives (.+?), so we removed it from the clauses that survive\./;
/**
 * A comment with one more reason. The same reason for a second clause is said once for both ("Sections 5.11 and 12.5
 * give …, so we removed them …"), not twice over (456 § 12.7).
 */
export function withReason(comment: string, reason: string): string {
  const added = REMOVED_FROM_SURVIVAL.exec(reason);
  const earlier = added ? REMOVED_FROM_SURVIVAL.exec(comment) : null;
  if (!added || !earlier || earlier[2] !== added[2] || earlier[4] !== added[4]) return `${comment} ${reason}`;
  const merged = `${earlier[2]}s ${earlier[3]} and ${added[3]} give ${earlier[4]}, so we removed them from the clauses that survive.`;
  return comment.replace(earlier[0], `${earlier[1]}${merged}`);
}

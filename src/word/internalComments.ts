// "Remove internal comments": deletes every comment whose text starts with "[Internal]" (and its replies, as Word
// does) and nothing else, in one action. Needs Body.getComments (WordApi 1.4). Written only against the officeApi subset.
import type { HostResult } from '../host/documentHost';
import { isInternalComment } from '../negotiation/internalMark';
import { failed, hostError, succeeded } from './hostErrors';
import type { RequestContextSubset } from './officeApi';

export async function removeInternalComments(context: RequestContextSubset, level: number): Promise<HostResult<number>> {
  if (level < 1.4) {
    return failed(hostError('api-unsupported', 'This version of Word cannot list comments for an add-in (it needs WordApi 1.4).', 'Under Review › Comments, delete by hand each comment that starts with [Internal].'));
  }
  const comments = context.document.body.getComments().load('items/content');
  await context.sync();
  const internal = comments.items.filter((comment) => isInternalComment(comment.content));
  for (const comment of internal) comment.delete();
  if (internal.length > 0) await context.sync();
  return succeeded(internal.length);
}

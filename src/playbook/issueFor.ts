// Looks up which playbook issue handles a category or a missing protection, and adapts that to the engine's
// `issueFor` option. Pure: must not import Office, React, the DOM or Node.
import { InvariantError, type CategoryId, type ProtectionId } from '../engine/types';
import type { Playbook, PlaybookIssue, PlaybookPosition, PositionId } from './schema';

/** The first issue that lists `id` in `appliesTo`: earlier issues win, so a custom playbook can order its priorities. */
export function issueForCategory(playbook: Playbook, id: CategoryId | ProtectionId): PlaybookIssue | undefined {
  return playbook.issues.find((issue) => (issue.appliesTo as readonly string[]).includes(id));
}

/** The engine's `issueFor` option: maps a category or protection to the id of the issue that handles it. */
export function issueResolver(playbook: Playbook): (id: CategoryId | ProtectionId) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, issueForCategory(playbook, id)?.id);
    return cache.get(id);
  };
}

export function issueById(playbook: Playbook, id: string): PlaybookIssue | undefined {
  return playbook.issues.find((issue) => issue.id === id);
}

/** The requested rung of the ladder, or the nearest one below it when the issue has fewer positions. */
export function positionFor(issue: PlaybookIssue, id: PositionId): PlaybookPosition {
  const exact = issue.positions.find((position) => position.id === id);
  const fallback = exact ?? issue.positions[issue.positions.length - 1];
  // The schema requires at least one position, so an empty ladder means a playbook bypassed validation.
  if (!fallback) throw new InvariantError(`playbook issue "${issue.id}" has no positions`);
  return fallback;
}

// What the lawyer is told about this Word's abilities before they start redlining, with what happens instead.
// Pure: must not import React or Office.
import type { HostCapabilities } from '../../host/documentHost';
import type { Notice } from './paneState';

export function capabilityNotices(capabilities: HostCapabilities): Notice[] {
  const notices: Notice[] = [];
  if (!capabilities.tracking && capabilities.ooxmlRevisions) {
    notices.push({
      id: 'document:ooxml-revisions',
      intent: 'warning',
      title: 'This version of Word cannot switch on Track Changes for add-ins',
      message: `Word reports API level ${capabilities.apiLevel}; tracked changes from add-ins need 1.4. Redlines will be inserted as revision markup instead, which Word shows as tracked changes.`,
      nextStep: 'Check each inserted change under Review › Tracked Changes before you send the document.',
    });
  }
  if (!canInsertRedlines(capabilities)) {
    notices.push({
      id: 'document:no-redlines',
      intent: 'warning',
      title: 'Redlines cannot be inserted in this version of Word',
      message: 'The analysis and the clause previews still work, but the pane cannot add tracked changes here.',
      nextStep: 'Use Word for Microsoft 365 or Word 2024, or copy a clause from its preview and paste it with Review › Track Changes switched on.',
    });
  }
  if (!capabilities.comments) {
    notices.push({
      id: 'document:no-comments',
      intent: 'info',
      title: 'Comments are not available here',
      message: 'Redlines will go in without the internal or external comment.',
      nextStep: 'Add comments by hand in Word if you need them.',
    });
  }
  return notices;
}

export function canInsertRedlines(capabilities: HostCapabilities): boolean {
  return capabilities.tracking || capabilities.ooxmlRevisions;
}

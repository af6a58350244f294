// The data-testid values end-to-end tests (H6) rely on. Change a value here only together with those tests.
// Plain constants: must not import React, Office or the engine.
export const TEST_IDS = {
  analyzeButton: 'analyze-button',
  analysisProgress: 'analysis-progress',
  summary: 'summary',
  findingCard: 'finding-card',
  goToClause: 'go-to-clause',
  positionPicker: 'position-picker',
  redlinePreview: 'redline-preview',
  insertTrackedChange: 'insert-tracked-change',
  commentChoice: 'comment-choice',
  copyClause: 'copy-clause',
  dismiss: 'dismiss',
  dismissConfirm: 'dismiss-confirm',
  itemStatus: 'item-status',
  missingProtection: 'missing-protection',
  insertClause: 'insert-clause',
  applyAll: 'apply-all',
  confirmApplyAll: 'confirm-apply-all',
  settingsButton: 'settings-button',
  playbookImport: 'playbook-import',
  playbookError: 'playbook-error',
  playbookExport: 'playbook-export',
  playbookReset: 'playbook-reset',
  messageBar: 'message-bar',
  copyTable: 'copy-table',
  exportCsv: 'export-csv',
  openMemo: 'open-memo',
  highlightToggle: 'highlight-toggle',
  // Review modes (issue 12).
  reviewMode: 'review-mode',
  modeNote: 'mode-note',
  modeSuggestion: 'mode-suggestion',
  switchMode: 'switch-mode',
} as const;

export type TestId = (typeof TEST_IDS)[keyof typeof TEST_IDS];

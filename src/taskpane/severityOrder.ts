// The order severities are listed in, most serious first. Pure: must not import React, Fluent or Office.
import type { Severity } from '../engine/types';

export const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low'];

/**
 * How much a problem matters, and how the editor shows it. The rules name their default severity
 * and the checker gives each diagnostic one: both depend on this file, which depends on nothing.
 */

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = SeverityName | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** LSP's numbering, so diagnostics pass through the server unchanged. */
export const SEVERITY_NUMBER: Record<SeverityName, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };
export const SEVERITY_NAME: Record<1 | 2 | 3 | 4, SeverityName> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** LSP's DiagnosticTag.Unnecessary: the editor fades the text. */
export const TAG_UNNECESSARY = 1 as const;

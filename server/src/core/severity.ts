/**
 * How serious a finding is, decided once for the editor (diagnostic severity) and the CLI
 * (text, JSON, SARIF level): a secret in the git history is an error (it has to be rotated,
 * not just moved), otherwise the rule's confidence decides. The user's per-rule override
 * (keywarden.severity) applies on top, in the editor.
 */
import type { Confidence, GitState } from './types';

export type Level = 'error' | 'warning' | 'information';

export function levelOf(confidence: Confidence, gitState?: GitState): Level {
  if (gitState === 'committed' || gitState === 'pushed') return 'error';
  return confidence === 'low' ? 'information' : 'warning';
}

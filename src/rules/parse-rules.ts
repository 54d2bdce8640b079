import type { Diagnostic } from '../model/types';
import type { RulesConfig } from './types';

/** Parses and validates a rules file (PRODUCT.md part 3). TO BE REPLACED by the rules module. */
export function parseRulesFile(_file: string, _text: string): { config: RulesConfig | null; diagnostics: Diagnostic[] } {
  return { config: { namespaces: {}, rules: [] }, diagnostics: [] };
}

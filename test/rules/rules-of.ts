import { parseRulesFile } from '../../src/rules/parse-rules';
import type { RulesConfig } from '../../src/rules/types';

/** Parses a rules file that must be free of errors (apart from helpers.ts, which loads the whole analysis: a parser test need not). */
export function rulesOf(text: string): RulesConfig {
  const r = parseRulesFile('flowgate.yml', text);
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !r.config) throw new Error(`rules do not parse: ${JSON.stringify(errors)}`);
  return r.config;
}

/**
 * `node --require tsx/cjs scripts/rules-table.ts`: writes README's rules table (between
 * `<!-- rules:start -->` and `<!-- rules:end -->`) from the rule files, in registry order, so
 * the table never drifts from the rules. test/unit/rules.test.ts fails when it is stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../server/src/core/rules';

const README = path.join(__dirname, '..', 'README.md');

/** The table's text, markers included. */
export function rulesTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const variable = (r: (typeof ALL_RULES)[number]) =>
    r.type === 'name' ? '(from the name)' : `\`${r.envVar}\`${r.type === 'pattern' && r.envVarFromLine ? ' (or the API on its line)' : ''}`;
  const rows = ALL_RULES.map((r) => `| \`${r.id}\` | ${cell(r.kind)} | ${variable(r)} | ${cell(r.description)} |`);
  return ['<!-- rules:start -->', '| Rule id | Kind | Variable | What it matches |', '|---|---|---|---|', ...rows, '<!-- rules:end -->'].join('\n');
}

if (require.main === module) {
  const text = fs.readFileSync(README, 'utf8');
  const start = text.indexOf('<!-- rules:start -->');
  const end = text.indexOf('<!-- rules:end -->') + '<!-- rules:end -->'.length;
  if (start < 0 || end < start) throw new Error('README has no rules:start/rules:end markers');
  fs.writeFileSync(README, text.slice(0, start) + rulesTable() + text.slice(end));
}

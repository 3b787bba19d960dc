/**
 * Writes the README's operations table from the node description (between the
 * `<!-- operations:start -->` and `<!-- operations:end -->` markers). `npm run docs`;
 * test/readme.test.ts fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { ClickSend } from '../nodes/ClickSend/ClickSend.node';
import { operationsTable } from '../test/helpers/operations';

const readmePath = join(__dirname, '..', 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const table = operationsTable(new ClickSend().description);
const updated = readme.replace(
	/(<!-- operations:start -->)[\s\S]*?(<!-- operations:end -->)/,
	`$1\n${table}\n$2`,
);
writeFileSync(readmePath, updated);
console.log(`README operations table: ${table.split('\n').length - 2} operations`);

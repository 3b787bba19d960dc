import { readFileSync } from 'fs';
import { join } from 'path';

import { ClickSend } from '../nodes/ClickSend/ClickSend.node';
import { listOperations, operationsTable } from './helpers/operations';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
	test('its operations table lists every operation of the node (run `npm run docs` to update it)', () => {
		const table = operationsTable(new ClickSend().description);
		const section = readme.match(/<!-- operations:start -->\n([\s\S]*?)\n<!-- operations:end -->/)?.[1];
		expect(section).toBe(table);
		expect(listOperations(new ClickSend().description).length).toBeGreaterThanOrEqual(3);
	});

	test('starts with the two commands: the demo and the tests', () => {
		const firstBlock = readme.match(/```bash\n([\s\S]*?)```/)?.[1] ?? '';
		expect(firstBlock).toContain('npm run demo');
		expect(firstBlock).toContain('npm test');
	});
});

// Lint: n8n's own community-node rules (from @n8n/node-cli) on the published sources
// (nodes/, credentials/, package.json); plain typescript-eslint on tests and scripts.
import { config as n8nConfig } from '@n8n/node-cli/eslint';
import tseslint from 'typescript-eslint';

const published = ['nodes/**/*.ts', 'credentials/**/*.ts'];

export default [
	{ ignores: ['dist/**', 'node_modules/**', 'test/e2e/host/**', 'test/e2e/out/**', '**/*.js', '**/*.mjs'] },
	...n8nConfig.map((block) =>
		Array.isArray(block.files) && block.files.includes('**/*.ts') ? { ...block, files: published } : block,
	),
	...tseslint.configs.recommended.map((block) => ({ ...block, files: ['test/**/*.ts', 'scripts/**/*.ts'] })),
	{
		files: ['test/**/*.ts', 'scripts/**/*.ts'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-require-imports': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
];

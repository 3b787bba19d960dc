// n8n's community package scanner rules (@n8n/scan-community-package, scanner.mjs `buildScanConfig`,
// tarball leg: compiled **/*.js + package.json) over an unpacked package folder, offline.
// The scanner itself needs the package name, registry metadata, provenance and a GitHub download,
// so it cannot run here; its plugins are @n8n/node-cli's (already installed).
// Usage: node test/scan-package.mjs <unpacked package dir>  → prints JSON { files, errors }; exit 1 on errors.
import { ESLint } from 'eslint';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import tsParser from '@typescript-eslint/parser';
import n8nNodesPlugin from 'eslint-plugin-n8n-nodes-base';
import { readdirSync } from 'fs';
import { join } from 'path';

const dir = process.argv[2];
if (!dir) {
	console.error('Usage: node test/scan-package.mjs <unpacked package dir>');
	process.exit(2);
}
const config = [
	n8nCommunityNodesPlugin.configs.recommended,
	{ rules: { 'no-console': 'error' } },
	{ plugins: { 'n8n-nodes-base': n8nNodesPlugin } },
	{ files: ['package.json'], rules: { ...n8nNodesPlugin.configs.community.rules } },
	{ files: ['**/*.json'], languageOptions: { parser: tsParser } },
];
const list = (d) =>
	readdirSync(d, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? (e.name === 'node_modules' ? [] : list(join(d, e.name))) : e.name.endsWith('.js') ? [join(d, e.name)] : [],
	);
const files = [...list(dir), join(dir, 'package.json')];
const eslint = new ESLint({ cwd: dir, allowInlineConfig: false, overrideConfigFile: true, overrideConfig: config });
const results = await eslint.lintFiles(files);
const errors = results.flatMap((r) =>
	r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath.slice(dir.length + 1)}:${m.line} ${m.ruleId}: ${m.message}`),
);
const rules = Object.keys(await eslint.calculateConfigForFile(join(dir, 'package.json')).then((c) => c.rules ?? {})).length;
console.log(JSON.stringify({ files: results.length, rules, errors }));
process.exit(errors.length ? 1 : 0);

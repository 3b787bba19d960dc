// Copies the node and credential icons (SVG/PNG) next to the compiled files in dist/,
// where n8n resolves `icon: 'file:…'` relative to the built .js file.
const path = require('path');
const { task, src, dest } = require('gulp');

function copyIcons() {
	return src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
		dest(path.resolve('dist')),
	);
}

task('build:icons', copyIcons);

// Copies the browser libraries the workbench page needs from node_modules into ../wwwroot/lib,
// with their licences. Run after `npm ci` (.ci/run does both). No CDN: the page works offline.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const lib = join(here, '..', 'wwwroot', 'lib');

function copy(from, to) {
  const src = join(modules, from);
  if (!existsSync(src)) {
    throw new Error(`missing ${src}: run npm ci in ${here}`);
  }
  mkdirSync(dirname(join(lib, to)), { recursive: true });
  cpSync(src, join(lib, to));
}

rmSync(lib, { recursive: true, force: true });
mkdirSync(lib, { recursive: true });

// vis-timeline (standalone UMD build bundles vis-data), dual licensed Apache-2.0 / MIT.
copy('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', 'vis-timeline/vis-timeline-graph2d.min.js');
copy('vis-timeline/styles/vis-timeline-graph2d.min.css', 'vis-timeline/vis-timeline-graph2d.min.css');
copy('vis-timeline/LICENSE.Apache-2.0.txt', 'vis-timeline/LICENSE.Apache-2.0.txt');
copy('vis-timeline/LICENSE.MIT.txt', 'vis-timeline/LICENSE.MIT.txt');

// Noto Naskh Arabic (SIL Open Font License 1.1): Arabic and Latin subsets, regular and bold.
const font = '@fontsource/noto-naskh-arabic';
let css = '/* Noto Naskh Arabic, from @fontsource/noto-naskh-arabic (SIL OFL 1.1, see LICENSE) */\n';
for (const sheet of ['arabic-400.css', 'arabic-700.css', 'latin-400.css', 'latin-700.css']) {
  const text = readFileSync(join(modules, font, sheet), 'utf8');
  css += text + '\n';
  for (const m of text.matchAll(/url\(\.\/(files\/[^)]+)\)/g)) {
    copy(`${font}/${m[1]}`, `noto-naskh-arabic/${m[1]}`);
  }
}
writeFileSync(join(lib, 'noto-naskh-arabic', 'fonts.css'), css);
copy(`${font}/LICENSE`, 'noto-naskh-arabic/LICENSE');

const versions = ['vis-timeline', font].map(p => `${p} ${JSON.parse(readFileSync(join(modules, p, 'package.json'), 'utf8')).version}`);
writeFileSync(join(lib, 'LICENSES.md'),
  '# Bundled third-party files\n\n' +
  '- vis-timeline/: ' + versions[0] + ' — Apache-2.0 OR MIT (LICENSE.Apache-2.0.txt, LICENSE.MIT.txt)\n' +
  '- noto-naskh-arabic/: ' + versions[1] + ' — SIL Open Font License 1.1 (LICENSE)\n');
console.log('copied browser assets to ' + lib + ': ' + versions.join(', '));

// What docs/EMBEDDING.md tells a clinic's web admin to write, read from the docs themselves so
// the tests check the very text people copy.
import { readFileSync } from 'node:fs';
import { root } from './wp.mjs';

/** The docs' one .htaccess for the widget's folder: the ```apache block with AddType. */
export function docsHtaccess() {
  const docs = readFileSync(`${root}docs/EMBEDDING.md`, 'utf8');
  const blocks = [...docs.matchAll(/^( *)```apache\n([\s\S]*?)^\1```$/gm)].map(([, indent, body]) =>
    body.split('\n').map((line) => line.slice(indent.length)).join('\n'));
  const htaccess = blocks.filter((body) => body.includes('AddType application/wasm'));
  if (htaccess.length !== 1) throw new Error(`docs/EMBEDDING.md has ${htaccess.length} .htaccess blocks, not 1`);
  return htaccess[0];
}

// One esbuild call per entry point: the client (loaded by VS Code, which
// provides `vscode`), the language server and the CLI. CommonJS for Node 20.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

// Compiled entity lists on disk are keyed by the engine that wrote them: a
// hash of the engine's sources, so a snapshot of an older engine is never
// read (under --watch, restart the watcher after changing how lists load).
function engineHash() {
  const h = createHash('sha256').update(version);
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) h.update(p).update(readFileSync(p));
    }
  };
  walk('server/src/engine');
  return h.digest('hex').slice(0, 16);
}
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // esbuild rewrites /\p{L}/u as new RegExp("\\p{L}", "u") for node20 (its table
  // wants a newer Unicode for property escapes), rebuilding a regex at every
  // call in the hot loops; Node 20 and VS Code's Electron have had them since Node 10.
  supported: { 'regexp-unicode-property-escapes': true },
  define: { COPYDESK_VERSION: JSON.stringify(version), COPYDESK_BUILD_ID: JSON.stringify(engineHash()) },
};

// Libraries the engine requires only on first use (dates in languages other
// than English and French, language detection, js-yaml for lists without a
// snapshot, CSV import) get a file of their own in dist/vendor: kept out of
// the main bundles, they cost nothing to a run that does not need them
// (a CLI run's start fell from ~118 to ~88 ms). The engine's source says
// `require('chrono-node')`; this plugin points it at the vendor file.
const VENDOR = { 'chrono-node': 'chrono-node', 'franc-min': 'franc-min', 'js-yaml': 'js-yaml', 'csv-parse/sync': 'csv-parse-sync' };
// The engine's own large word lists, required on first use as a package is (spelling/misspellings.ts,
// spelling/frenchWords.ts): the module each is imported as, its file in dist/vendor, its source, its two exports.
const WORD_LISTS = {
  './enMisspellings': { file: 'en-misspellings', source: 'server/src/engine/spelling/enMisspellings.ts', text: 'EN_MISSPELLINGS', starts: 'EN_MISSPELLING_STARTS' },
  './frWords': { file: 'fr-words', source: 'server/src/engine/spelling/frWords.ts', text: 'FR_WORDS', starts: 'FR_WORD_STARTS' },
};
const vendorFiles = {
  name: 'vendor-files',
  setup(build) {
    const names = Object.keys(VENDOR).map((n) => n.replace(/[/\-]/g, '\\$&'));
    const lists = Object.keys(WORD_LISTS).map((n) => n.replace(/[./]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(?:${lists.join('|')})$`) }, (args) => {
      if (args.kind !== 'require-call') {
        return { errors: [{ text: `${args.path} is loaded from dist/vendor: require() it where it is first needed, do not import it` }] };
      }
      return { path: `./vendor/${WORD_LISTS[args.path].file}.js`, external: true };
    });
    build.onResolve({ filter: new RegExp(`^(?:${names.join('|')})$`) }, (args) => {
      if (args.kind !== 'require-call') {
        return { errors: [{ text: `${args.path} is loaded from dist/vendor: require() it where it is first needed, do not import it` }] };
      }
      return { path: `./vendor/${VENDOR[args.path]}.js`, external: true };
    });
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server/main.ts'], outfile: 'dist/server.js', plugins: [vendorFiles] },
  { entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.js', plugins: [vendorFiles] },
  { entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/launch.js' },
  ...Object.entries(VENDOR).map(([pkg, file]) => ({
    stdin: { contents: `export * from ${JSON.stringify(pkg)};`, resolveDir: import.meta.dirname, loader: 'js' },
    outfile: `dist/vendor/${file}.js`,
  })),
];

// Each word list as text beside a two-line module that reads it: V8 took 10 ms to parse the misspellings as a
// 1.5 MB string in a script, on a server's first English article; reading the file takes 1 ms.
function writeWordLists() {
  mkdirSync('dist/vendor', { recursive: true });
  for (const { file, source, text: textName, starts: startsName } of Object.values(WORD_LISTS)) {
    const ts = readFileSync(source, 'utf8');
    const text = new RegExp(`export const ${textName} = \`([^\`]*)\`;`).exec(ts)?.[1];
    const starts = new RegExp(`export const ${startsName} = '([^']*)';`).exec(ts)?.[1];
    if (text === undefined || starts === undefined) throw new Error(`${source}: no ${textName} or ${startsName}`);
    writeFileSync(`dist/vendor/${file}.txt`, text);
    writeFileSync(
      `dist/vendor/${file}.js`,
      `"use strict";\n// Generated by esbuild.mjs from ${source}.\n` +
        `exports.${textName} = require("fs").readFileSync(require("path").join(__dirname, ${JSON.stringify(`${file}.txt`)}), "utf8");\n` +
        `exports.${startsName} = ${JSON.stringify(starts)};\n`,
    );
  }
}
writeWordLists();

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}

#!/usr/bin/env node
'use strict';
// The CLI is bundled by esbuild (npm run build, run by `npm ci` through "prepare").
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('copydesk: the CLI is not built yet. Run "npm run build" in ' + join(__dirname, '..') + ' first.\n');
  process.exit(2);
}
require(cli);

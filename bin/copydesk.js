#!/usr/bin/env node
'use strict';
// The CLI is bundled by esbuild (npm run build, run by `npm ci` through "prepare").
// dist/launch.js runs dist/cli.js with its compiled code cached between runs.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const dist = join(__dirname, '..', 'dist');
if (!existsSync(join(dist, 'launch.js')) || !existsSync(join(dist, 'cli.js'))) {
  process.stderr.write('copydesk: the CLI is not built yet. Run "npm run build" in ' + join(__dirname, '..') + ' first.\n');
  process.exit(2);
}
require(join(dist, 'launch.js'));

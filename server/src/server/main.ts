import '../node/regexpTierUp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { defaultCacheDir } from '../node/cacheDir';
import { startServer } from './server';

// Started by the client (stdio or IPC, chosen on the command line), or by hand: node dist/server.js --stdio
const snapshotDir = defaultCacheDir(process.env);
startServer(createConnection(ProposedFeatures.all), snapshotDir ? { snapshotDir } : {});

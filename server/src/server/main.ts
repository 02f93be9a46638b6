import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// Started by the client (stdio or IPC, chosen on the command line), or by hand: node dist/server.js --stdio
startServer(createConnection(ProposedFeatures.all));

// `npm start -w @caunoi/subgraph-dossiers`: the dossiers subgraph as its own process.
import { runSubgraphProcess } from '@caunoi/cms'
import { startDossiersSubgraph } from './server.ts'

await runSubgraphProcess('dossiers', 4003, startDossiersSubgraph, { sharedCounters: true })

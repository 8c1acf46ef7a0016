// `npm start -w @caunoi/subgraph-reports`: the reports subgraph as its own process.
import { runSubgraphProcess } from '@caunoi/cms'
import { startReportsSubgraph } from './server.ts'

await runSubgraphProcess('reports', 4002, startReportsSubgraph, { sharedCounters: true })

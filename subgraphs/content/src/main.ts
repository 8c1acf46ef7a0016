// `npm start -w @caunoi/subgraph-content`: the content subgraph as its own process.
import { runSubgraphProcess } from '@caunoi/cms'
import { startContentSubgraph } from './server.ts'

await runSubgraphProcess('content', 4001, startContentSubgraph)

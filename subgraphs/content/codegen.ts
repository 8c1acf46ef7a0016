import { subgraphCodegen } from '../../codegen.base.ts'

export default subgraphCodegen({
  contextType: '../context.ts#ContentContext',
  mappers: {
    Locality: '@caunoi/cms#Locality as LocalityModel',
    Unit: '@caunoi/cms#Unit as UnitModel',
    Hotline: '@caunoi/cms#Hotline as HotlineModel',
    Procedure: '@caunoi/cms#Procedure as ProcedureModel',
    Article: '@caunoi/cms#Article as ArticleModel',
  },
})

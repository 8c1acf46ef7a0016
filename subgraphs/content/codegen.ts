import { subgraphCodegen } from '../../codegen.base.ts'

export default subgraphCodegen({
  contextType: '../context.ts#ContentContext',
  mappers: {
    Locality: '@caunoi/cms#Locality as LocalityModel',
    Unit: '@caunoi/cms#Unit as UnitModel',
    Hotline: '@caunoi/cms#Hotline as HotlineModel',
    Procedure: '../domain/mergeProcedure.ts#ProcedureVariant',
    ContactOfficer: '../domain/mergeProcedure.ts#ContactOfficer as ContactOfficerModel',
    ProcedureFieldSource: '../domain/mergeProcedure.ts#FieldSource',
    Article: '@caunoi/cms#Article as ArticleModel',
    HandbookEntry: '@caunoi/cms#HandbookEntry as HandbookEntryModel',
    PatrolSchedule: '@caunoi/cms#PatrolSchedule as PatrolScheduleModel',
    HelpHit: '../domain/helpHit.ts#HelpHitModel',
    LocalityNameMatch: '../domain/localityByName.ts#LocalityNameMatch as LocalityNameMatchModel',
    LocalityNameCandidate: '../domain/localityByName.ts#LocalityCandidate as LocalityNameCandidateModel',
    ChannelVerification: '../domain/verifyChannel.ts#ChannelVerificationModel',
  },
})

import type { Payload } from 'payload'
import { DEMO_ARTICLES } from './data/articles.ts'
import { SETTLED_DOSSIER_STATUSES } from '../collections/Dossiers/options.ts'
import { importLocalities, summarizeRejections } from '../localities/importLocalities.ts'
import { dayFrom, DEMO_DOSSIERS, DEMO_RATINGS } from './data/dossiers.ts'
import { DEMO_EDITORS } from './data/editors.ts'
import { DEMO_HANDBOOK } from './data/handbook.ts'
import { DEMO_PATROLS } from './data/patrols.ts'
import { DEMO_PROCEDURES } from './data/procedures.ts'
import { PROCEDURE_DETAILS } from './data/procedureDetails.ts'
import { DEMO_PROCEDURE_OVERRIDES } from './data/procedureOverrides.ts'
import { DEMO_HOTLINES, DEMO_ROUTING_RULES, DEMO_UNITS } from './data/units.ts'
import { lexicalFromParagraphs } from './lexical.ts'
import { seedQuizzes } from './quizzes.ts'

export const DEMO_ADMIN = {
  email: 'admin@caunoi.local',
  password: process.env.DEMO_ADMIN_PASSWORD ?? 'CauNoi@2026',
  name: 'Quản trị viên demo',
}

type SeedKeys = {
  localities: Map<string, number | string>
  units: Map<string, number | string>
  procedures: Map<string, number | string>
}

type SeedOptions = {
  quiet?: boolean
  /** Import communes of these provinces only (tests); the whole country by default. */
  localityProvinces?: readonly string[]
}
type Out = { write: (line: string) => unknown; isTTY?: boolean }

/** Codes (or other natural keys) already present, so a second run creates nothing twice. */
async function existingKeys(
  payload: Payload,
  collection: 'localities' | 'procedures' | 'articles' | 'users' | 'dossiers' | 'handbookEntries' | 'patrolSchedules',
  field: string,
) {
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, draft: true, overrideAccess: true })
  return new Map(docs.map((doc) => [String((doc as unknown as Record<string, unknown>)[field]), doc.id]))
}

async function seedLocalities(payload: Payload, options: SeedOptions, out: Out) {
  const report = await importLocalities(payload, { provinceCodes: options.localityProvinces, out })
  for (const line of summarizeRejections(report.rejected)) out.write(`  ${line}\n`)
  out.write(`  localities ready (${report.ids.size})\n`)
  return report.ids as Map<string, number | string>
}

async function seedUnitsAndHotlines(payload: Payload, localityIds: Map<string, number | string>, out: Out) {
  const { docs: existing } = await payload.find({ collection: 'units', pagination: false, depth: 0 })
  const unitIds = new Map(existing.map((u) => [u.name, u.id]))
  const byKey = new Map<string, number | string>()
  for (const unit of DEMO_UNITS) {
    let id = unitIds.get(unit.name)
    if (id === undefined) {
      const parent = 'parent' in unit ? byKey.get(unit.parent) : undefined
      const doc = await payload.create({
        collection: 'units',
        data: {
          name: unit.name,
          kind: unit.kind,
          locality: localityIds.get(unit.locality) as number,
          parent: parent as number | undefined,
          address: 'address' in unit ? unit.address : undefined,
          openingHours: 'openingHours' in unit ? unit.openingHours : undefined,
          verifiedChannels:
            'channels' in unit
              ? unit.channels.map((c) => ({ ...c, verifiedAt: '2026-10-01T00:00:00.000Z' }))
              : undefined,
        },
      })
      id = doc.id
    }
    byKey.set(unit.key, id)
  }
  const { totalDocs } = await payload.count({ collection: 'hotlines' })
  if (totalDocs === 0) {
    for (const hotline of DEMO_HOTLINES) {
      await payload.create({
        collection: 'hotlines',
        data: {
          ...hotline,
          locality: localityIds.get(hotline.locality) as number,
          unit: byKey.get(hotline.unit) as number,
        },
      })
    }
  }
  out.write(`  units ready (${byKey.size}), hotlines ready\n`)
  return byKey
}

async function seedRoutingRules(
  payload: Payload,
  localityIds: Map<string, number | string>,
  unitIds: Map<string, number | string>,
  out: Out,
) {
  const { docs } = await payload.find({ collection: 'reportRoutingRules', pagination: false, depth: 0 })
  const scopes = new Set(docs.map((rule) => rule.scope))
  for (const rule of DEMO_ROUTING_RULES) {
    if (scopes.has(`${rule.type}@${rule.locality}`)) continue
    await payload.create({
      collection: 'reportRoutingRules',
      data: {
        type: rule.type,
        locality: localityIds.get(rule.locality) as number,
        unit: unitIds.get(rule.unit) as number,
        note: rule.note,
      },
    })
  }
  out.write(`  report routing rules ready (${DEMO_ROUTING_RULES.length})\n`)
}

async function seedProcedures(payload: Payload, localityIds: Map<string, number | string>, out: Out) {
  const ids = await existingKeys(payload, 'procedures', 'code')
  for (const procedure of DEMO_PROCEDURES) {
    if (ids.has(procedure.code)) continue
    const doc = await payload.create({
      collection: 'procedures',
      data: {
        ...procedure,
        ...PROCEDURE_DETAILS[procedure.code],
        localities: (procedure.localities ?? []).map((code) => localityIds.get(code) as number),
      },
    })
    ids.set(doc.code, doc.id)
  }
  out.write(`  procedures ready (${DEMO_PROCEDURES.length})\n`)
  return ids
}

async function seedProcedureOverrides(payload: Payload, keys: SeedKeys, out: Out) {
  const { totalDocs } = await payload.count({ collection: 'procedureOverrides' })
  if (totalDocs > 0) return out.write(`  procedure overrides already present\n`)
  for (const o of DEMO_PROCEDURE_OVERRIDES) {
    await payload.create({
      collection: 'procedureOverrides',
      data: {
        ...o,
        procedure: keys.procedures.get(o.procedure) as number,
        locality: keys.localities.get(o.locality) as number,
        unit: keys.units.get(o.unit) as number,
        contactOfficers:
          'contactOfficers' in o
            ? o.contactOfficers.map((c) => ({ ...c, unit: keys.units.get(c.unit) as number }))
            : undefined,
        _status: 'published',
      },
    })
  }
  out.write(`  procedure overrides ready (${DEMO_PROCEDURE_OVERRIDES.length})\n`)
}

async function seedArticles(payload: Payload, localityIds: Map<string, number | string>, out: Out) {
  const titles = await existingKeys(payload, 'articles', 'title')
  for (const article of DEMO_ARTICLES) {
    if (titles.has(article.title)) continue
    await payload.create({
      collection: 'articles',
      draft: article.status === 'draft',
      data: {
        title: article.title,
        category: article.category,
        summary: article.summary,
        content: lexicalFromParagraphs(article.paragraphs),
        locality: 'locality' in article ? (localityIds.get(article.locality) as number) : undefined,
        publishedAt: 'publishedAt' in article ? article.publishedAt : undefined,
        tags: 'tags' in article ? [...article.tags] : undefined,
        charts:
          'charts' in article
            ? article.charts.map((c) => ({
                ...c,
                series: c.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p })) })),
              }))
            : undefined,
        _status: article.status,
      },
    })
  }
  out.write(`  articles ready (${DEMO_ARTICLES.length})\n`)
}

async function seedDossiersAndRatings(payload: Payload, unitIds: Map<string, number | string>, out: Out) {
  const now = new Date()
  const codes = await existingKeys(payload, 'dossiers', 'code')
  for (const dossier of DEMO_DOSSIERS) {
    if (codes.has(dossier.code)) continue
    const last = dossier.steps.at(-1)!
    const settled = SETTLED_DOSSIER_STATUSES.includes(last.status)
    const settledStep = dossier.steps.find((step) => ['REFUSED', 'RESULT_READY'].includes(step.status)) ?? last
    await payload.create({
      collection: 'dossiers',
      data: {
        code: dossier.code,
        version: dossier.steps.length,
        procedureCode: dossier.procedureCode,
        unit: unitIds.get(dossier.unit) as number,
        applicant: dossier.applicant,
        status: last.status,
        submittedAt: dayFrom(now, dossier.submittedDay),
        dueAt: dayFrom(now, dossier.dueDay),
        completedAt: settled ? dayFrom(now, settledStep.day) : null,
        timeline: dossier.steps.map((step) => ({ status: step.status, at: dayFrom(now, step.day), note: step.note })),
        result: dossier.result && {
          delivery: dossier.result.delivery,
          place: dossier.result.place,
          availableFrom: dossier.result.availableDay === undefined ? null : dayFrom(now, dossier.result.availableDay),
        },
      },
    })
  }
  const { totalDocs: ratings } = await payload.count({ collection: 'ratings' })
  if (ratings === 0) {
    for (const rating of DEMO_RATINGS) {
      await payload.create({
        collection: 'ratings',
        data: {
          kind: rating.dossierCode ? 'DOSSIER' : 'VISIT',
          dossierCode: rating.dossierCode,
          unit: unitIds.get(rating.unit) as number,
          procedureCode: rating.procedureCode,
          score: rating.score,
          criteria: rating.criteria,
          comment: rating.comment,
          ratedAt: dayFrom(now, rating.day),
        },
      })
    }
  }
  out.write(`  dossiers ready (${DEMO_DOSSIERS.length}), ratings ready\n`)
}

async function seedEditors(payload: Payload, keys: SeedKeys, out: Out) {
  const users = await existingKeys(payload, 'users', 'email')
  for (const editor of DEMO_EDITORS) {
    if (users.has(editor.email)) continue
    await payload.create({
      collection: 'users',
      data: {
        email: editor.email,
        name: editor.name,
        role: editor.role,
        password: DEMO_ADMIN.password,
        locality: 'locality' in editor ? (keys.localities.get(editor.locality) as number) : undefined,
        unit: 'unit' in editor ? (keys.units.get(editor.unit) as number) : undefined,
      },
    })
  }
  out.write(`  demo editors ready (${DEMO_EDITORS.map((e) => e.email).join(', ')})\n`)
}

async function seedHandbook(payload: Payload, keys: SeedKeys, out: Out) {
  const questions = await existingKeys(payload, 'handbookEntries', 'question')
  for (const entry of DEMO_HANDBOOK) {
    if (questions.has(entry.question)) continue
    await payload.create({
      collection: 'handbookEntries',
      data: {
        ...entry,
        procedures: (entry.procedures ?? []).map((code) => keys.procedures.get(code) as number),
        locality: entry.locality ? (keys.localities.get(entry.locality) as number) : undefined,
        _status: 'published',
      },
    })
  }
  out.write(`  handbook entries ready (${DEMO_HANDBOOK.length})\n`)
}

async function seedPatrols(payload: Payload, keys: SeedKeys, out: Out) {
  const areas = await existingKeys(payload, 'patrolSchedules', 'area')
  for (const patrol of DEMO_PATROLS) {
    if (areas.has(patrol.area)) continue
    await payload.create({
      collection: 'patrolSchedules',
      data: {
        ...patrol,
        shifts: patrol.shifts.map((s) => ({ ...s })),
        startsOn: `${patrol.startsOn}T00:00:00.000+07:00`,
        endsOn: `${patrol.endsOn}T23:59:59.000+07:00`,
        unit: keys.units.get(patrol.unit) as number,
        locality: keys.localities.get(patrol.locality) as number,
      },
    })
  }
  out.write(`  patrol schedules ready (${DEMO_PATROLS.length})\n`)
}

async function seedAdmin(payload: Payload, out: Out) {
  const users = await existingKeys(payload, 'users', 'email')
  if (!users.has(DEMO_ADMIN.email)) {
    await payload.create({ collection: 'users', data: { ...DEMO_ADMIN, role: 'super-admin' } })
  }
  out.write(`  demo admin ready (${DEMO_ADMIN.email})\n`)
}

/** Seeds the demo data; idempotent, so every `npm start` may call it. */
export async function seedDemoData(payload: Payload, options: SeedOptions = {}): Promise<void> {
  const out: Out = options.quiet ? { write: () => {} } : process.stdout
  out.write('Seeding demo data\n')
  const localityIds = await seedLocalities(payload, options, out)
  const unitIds = await seedUnitsAndHotlines(payload, localityIds, out)
  await seedRoutingRules(payload, localityIds, unitIds, out)
  const procedureIds = await seedProcedures(payload, localityIds, out)
  await seedProcedureOverrides(payload, { localities: localityIds, units: unitIds, procedures: procedureIds }, out)
  await seedArticles(payload, localityIds, out)
  await seedHandbook(payload, { localities: localityIds, units: unitIds, procedures: procedureIds }, out)
  await seedPatrols(payload, { localities: localityIds, units: unitIds, procedures: procedureIds }, out)
  await seedQuizzes(payload, localityIds, out)
  await seedDossiersAndRatings(payload, unitIds, out)
  await seedAdmin(payload, out)
  await seedEditors(payload, { localities: localityIds, units: unitIds, procedures: procedureIds }, out)
}

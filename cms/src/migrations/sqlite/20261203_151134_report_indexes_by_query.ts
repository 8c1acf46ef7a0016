import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`reports_type_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_status_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_resolved_at_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_locality_code_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_province_code_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_vehicle_plate_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_publishable_idx\`;`)
  await db.run(sql`CREATE INDEX \`localityCode_createdAt_idx\` ON \`reports\` (\`locality_code\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`provinceCode_createdAt_idx\` ON \`reports\` (\`province_code\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`vehiclePlate_occurredAt_idx\` ON \`reports\` (\`vehicle_plate\`,\`occurred_at\`);`)
  await db.run(sql`CREATE INDEX \`publishable_answeredAt_idx\` ON \`reports\` (\`publishable\`,\`answered_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`localityCode_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`provinceCode_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`vehiclePlate_occurredAt_idx\`;`)
  await db.run(sql`DROP INDEX \`publishable_answeredAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`reports_type_idx\` ON \`reports\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_resolved_at_idx\` ON \`reports\` (\`resolved_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_locality_code_idx\` ON \`reports\` (\`locality_code\`);`)
  await db.run(sql`CREATE INDEX \`reports_province_code_idx\` ON \`reports\` (\`province_code\`);`)
  await db.run(sql`CREATE INDEX \`reports_vehicle_plate_idx\` ON \`reports\` (\`vehicle_plate\`);`)
  await db.run(sql`CREATE INDEX \`reports_publishable_idx\` ON \`reports\` (\`publishable\`);`)
}

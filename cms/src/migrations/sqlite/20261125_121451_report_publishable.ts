import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` ADD \`publishable\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`reports_publishable_idx\` ON \`reports\` (\`publishable\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`reports_publishable_idx\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`publishable\`;`)
}

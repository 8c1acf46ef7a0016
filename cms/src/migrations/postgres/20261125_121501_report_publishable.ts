import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports" ADD COLUMN "publishable" boolean DEFAULT false;
  CREATE INDEX "reports_publishable_idx" ON "reports" USING btree ("publishable");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "reports_publishable_idx";
  ALTER TABLE "reports" DROP COLUMN "publishable";`)
}

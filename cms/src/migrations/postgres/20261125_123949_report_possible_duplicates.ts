import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports_rels" ADD COLUMN "reports_id" integer;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_rels_reports_id_idx" ON "reports_rels" USING btree ("reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports_rels" DROP CONSTRAINT "reports_rels_reports_fk";
  
  DROP INDEX "reports_rels_reports_id_idx";
  ALTER TABLE "reports_rels" DROP COLUMN "reports_id";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_merged_into_id_reports_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "reports_merged_into_idx" ON "reports" USING btree ("merged_into_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports" DROP CONSTRAINT "reports_merged_into_id_reports_id_fk";
  
  DROP INDEX "reports_merged_into_idx";
  ALTER TABLE "reports" DROP COLUMN "merged_into_id";`)
}

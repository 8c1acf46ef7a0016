import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "personal_data_access_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"report_id" integer NOT NULL,
  	"tracking_code" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "personal_data_access_log_id" integer;
  ALTER TABLE "personal_data_access_log" ADD CONSTRAINT "personal_data_access_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "personal_data_access_log" ADD CONSTRAINT "personal_data_access_log_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "personal_data_access_log_user_idx" ON "personal_data_access_log" USING btree ("user_id");
  CREATE INDEX "personal_data_access_log_report_idx" ON "personal_data_access_log" USING btree ("report_id");
  CREATE INDEX "personal_data_access_log_tracking_code_idx" ON "personal_data_access_log" USING btree ("tracking_code");
  CREATE INDEX "personal_data_access_log_updated_at_idx" ON "personal_data_access_log" USING btree ("updated_at");
  CREATE INDEX "personal_data_access_log_created_at_idx" ON "personal_data_access_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_personal_data_access_log_fk" FOREIGN KEY ("personal_data_access_log_id") REFERENCES "public"."personal_data_access_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_personal_data_access_log_i_idx" ON "payload_locked_documents_rels" USING btree ("personal_data_access_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "personal_data_access_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "personal_data_access_log" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_personal_data_access_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_personal_data_access_log_i_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "personal_data_access_log_id";`)
}

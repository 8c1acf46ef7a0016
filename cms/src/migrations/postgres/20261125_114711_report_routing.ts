import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_report_routing_rules_type" AS ENUM('ADMIN_FEEDBACK', 'CRIME_TIP', 'TRAFFIC_VIOLATION', 'PUBLIC_ORDER');
  CREATE TABLE "report_routing_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_report_routing_rules_type",
  	"locality_id" integer NOT NULL,
  	"unit_id" integer NOT NULL,
  	"note" varchar,
  	"locality_code" varchar,
  	"scope" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "reports" ADD COLUMN "unit_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_routing_rules_id" integer;
  ALTER TABLE "report_routing_rules" ADD CONSTRAINT "report_routing_rules_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_routing_rules" ADD CONSTRAINT "report_routing_rules_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "report_routing_rules_locality_idx" ON "report_routing_rules" USING btree ("locality_id");
  CREATE INDEX "report_routing_rules_unit_idx" ON "report_routing_rules" USING btree ("unit_id");
  CREATE INDEX "report_routing_rules_locality_code_idx" ON "report_routing_rules" USING btree ("locality_code");
  CREATE UNIQUE INDEX "report_routing_rules_scope_idx" ON "report_routing_rules" USING btree ("scope");
  CREATE INDEX "report_routing_rules_updated_at_idx" ON "report_routing_rules" USING btree ("updated_at");
  CREATE INDEX "report_routing_rules_created_at_idx" ON "report_routing_rules" USING btree ("created_at");
  ALTER TABLE "reports" ADD CONSTRAINT "reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_routing_rules_fk" FOREIGN KEY ("report_routing_rules_id") REFERENCES "public"."report_routing_rules"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_unit_idx" ON "reports" USING btree ("unit_id");
  CREATE INDEX "payload_locked_documents_rels_report_routing_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("report_routing_rules_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "report_routing_rules" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "report_routing_rules" CASCADE;
  ALTER TABLE "reports" DROP CONSTRAINT "reports_unit_id_units_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_routing_rules_fk";
  
  DROP INDEX "reports_unit_idx";
  DROP INDEX "payload_locked_documents_rels_report_routing_rules_id_idx";
  ALTER TABLE "reports" DROP COLUMN "unit_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_routing_rules_id";
  DROP TYPE "public"."enum_report_routing_rules_type";`)
}

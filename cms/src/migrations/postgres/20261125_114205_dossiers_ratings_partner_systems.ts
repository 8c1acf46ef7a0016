import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dossiers_timeline_status" AS ENUM('RECEIVED', 'IN_REVIEW', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'REFUSED', 'RESULT_READY', 'RETURNED');
  CREATE TYPE "public"."enum_dossiers_status" AS ENUM('RECEIVED', 'IN_REVIEW', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'REFUSED', 'RESULT_READY', 'RETURNED');
  CREATE TYPE "public"."enum_dossiers_result_delivery" AS ENUM('COUNTER', 'POST', 'ELECTRONIC');
  CREATE TYPE "public"."enum_ratings_kind" AS ENUM('DOSSIER', 'VISIT');
  CREATE TABLE "dossiers_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"status" "enum_dossiers_timeline_status" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "dossiers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"version" numeric NOT NULL,
  	"procedure_code" varchar NOT NULL,
  	"unit_id" integer NOT NULL,
  	"locality_code" varchar,
  	"province_code" varchar,
  	"applicant_name" varchar,
  	"applicant_phone" varchar,
  	"applicant_id_number" varchar,
  	"status" "enum_dossiers_status" NOT NULL,
  	"submitted_at" timestamp(3) with time zone NOT NULL,
  	"due_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone,
  	"open" boolean,
  	"result_delivery" "enum_dossiers_result_delivery",
  	"result_place" varchar,
  	"result_available_from" timestamp(3) with time zone,
  	"partner_system_id" integer,
  	"applicant_phone_hash" varchar,
  	"applicant_id_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ratings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_ratings_kind" NOT NULL,
  	"dossier_code" varchar,
  	"unit_id" integer NOT NULL,
  	"procedure_code" varchar,
  	"locality_code" varchar,
  	"province_code" varchar,
  	"score" numeric NOT NULL,
  	"criteria_attitude" numeric,
  	"criteria_timeliness" numeric,
  	"criteria_guidance" numeric,
  	"criteria_transparency" numeric,
  	"comment" varchar,
  	"rated_at" timestamp(3) with time zone NOT NULL,
  	"editable_until" timestamp(3) with time zone,
  	"reply" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "partner_systems" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"api_key" varchar,
  	"api_key_hint" varchar,
  	"api_key_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "partner_systems_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossiers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ratings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "partner_systems_id" integer;
  ALTER TABLE "dossiers_timeline" ADD CONSTRAINT "dossiers_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_partner_system_id_partner_systems_id_fk" FOREIGN KEY ("partner_system_id") REFERENCES "public"."partner_systems"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ratings" ADD CONSTRAINT "ratings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partner_systems_rels" ADD CONSTRAINT "partner_systems_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_systems"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_systems_rels" ADD CONSTRAINT "partner_systems_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "dossiers_timeline_order_idx" ON "dossiers_timeline" USING btree ("_order");
  CREATE INDEX "dossiers_timeline_parent_id_idx" ON "dossiers_timeline" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "dossiers_code_idx" ON "dossiers" USING btree ("code");
  CREATE INDEX "dossiers_procedure_code_idx" ON "dossiers" USING btree ("procedure_code");
  CREATE INDEX "dossiers_unit_idx" ON "dossiers" USING btree ("unit_id");
  CREATE INDEX "dossiers_locality_code_idx" ON "dossiers" USING btree ("locality_code");
  CREATE INDEX "dossiers_province_code_idx" ON "dossiers" USING btree ("province_code");
  CREATE INDEX "dossiers_status_idx" ON "dossiers" USING btree ("status");
  CREATE INDEX "dossiers_submitted_at_idx" ON "dossiers" USING btree ("submitted_at");
  CREATE INDEX "dossiers_due_at_idx" ON "dossiers" USING btree ("due_at");
  CREATE INDEX "dossiers_completed_at_idx" ON "dossiers" USING btree ("completed_at");
  CREATE INDEX "dossiers_open_idx" ON "dossiers" USING btree ("open");
  CREATE INDEX "dossiers_partner_system_idx" ON "dossiers" USING btree ("partner_system_id");
  CREATE INDEX "dossiers_applicant_phone_hash_idx" ON "dossiers" USING btree ("applicant_phone_hash");
  CREATE INDEX "dossiers_applicant_id_hash_idx" ON "dossiers" USING btree ("applicant_id_hash");
  CREATE INDEX "dossiers_updated_at_idx" ON "dossiers" USING btree ("updated_at");
  CREATE INDEX "dossiers_created_at_idx" ON "dossiers" USING btree ("created_at");
  CREATE INDEX "ratings_kind_idx" ON "ratings" USING btree ("kind");
  CREATE UNIQUE INDEX "ratings_dossier_code_idx" ON "ratings" USING btree ("dossier_code");
  CREATE INDEX "ratings_unit_idx" ON "ratings" USING btree ("unit_id");
  CREATE INDEX "ratings_procedure_code_idx" ON "ratings" USING btree ("procedure_code");
  CREATE INDEX "ratings_locality_code_idx" ON "ratings" USING btree ("locality_code");
  CREATE INDEX "ratings_province_code_idx" ON "ratings" USING btree ("province_code");
  CREATE INDEX "ratings_rated_at_idx" ON "ratings" USING btree ("rated_at");
  CREATE INDEX "ratings_updated_at_idx" ON "ratings" USING btree ("updated_at");
  CREATE INDEX "ratings_created_at_idx" ON "ratings" USING btree ("created_at");
  CREATE INDEX "partner_systems_active_idx" ON "partner_systems" USING btree ("active");
  CREATE UNIQUE INDEX "partner_systems_api_key_hash_idx" ON "partner_systems" USING btree ("api_key_hash");
  CREATE INDEX "partner_systems_updated_at_idx" ON "partner_systems" USING btree ("updated_at");
  CREATE INDEX "partner_systems_created_at_idx" ON "partner_systems" USING btree ("created_at");
  CREATE INDEX "partner_systems_rels_order_idx" ON "partner_systems_rels" USING btree ("order");
  CREATE INDEX "partner_systems_rels_parent_idx" ON "partner_systems_rels" USING btree ("parent_id");
  CREATE INDEX "partner_systems_rels_path_idx" ON "partner_systems_rels" USING btree ("path");
  CREATE INDEX "partner_systems_rels_units_id_idx" ON "partner_systems_rels" USING btree ("units_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ratings_fk" FOREIGN KEY ("ratings_id") REFERENCES "public"."ratings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partner_systems_fk" FOREIGN KEY ("partner_systems_id") REFERENCES "public"."partner_systems"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_dossiers_id_idx" ON "payload_locked_documents_rels" USING btree ("dossiers_id");
  CREATE INDEX "payload_locked_documents_rels_ratings_id_idx" ON "payload_locked_documents_rels" USING btree ("ratings_id");
  CREATE INDEX "payload_locked_documents_rels_partner_systems_id_idx" ON "payload_locked_documents_rels" USING btree ("partner_systems_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dossiers_timeline" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossiers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ratings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partner_systems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partner_systems_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dossiers_timeline" CASCADE;
  DROP TABLE "dossiers" CASCADE;
  DROP TABLE "ratings" CASCADE;
  DROP TABLE "partner_systems" CASCADE;
  DROP TABLE "partner_systems_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossiers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ratings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_partner_systems_fk";
  
  DROP INDEX "payload_locked_documents_rels_dossiers_id_idx";
  DROP INDEX "payload_locked_documents_rels_ratings_id_idx";
  DROP INDEX "payload_locked_documents_rels_partner_systems_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossiers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ratings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "partner_systems_id";
  DROP TYPE "public"."enum_dossiers_timeline_status";
  DROP TYPE "public"."enum_dossiers_status";
  DROP TYPE "public"."enum_dossiers_result_delivery";
  DROP TYPE "public"."enum_ratings_kind";`)
}

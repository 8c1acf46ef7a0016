import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_units_verified_channels_kind" AS ENUM('ZALO_OA', 'MINI_APP', 'WEB_DOMAIN', 'FACEBOOK', 'PHONE');
  CREATE TYPE "public"."enum_procedures_online_level" AS ENUM('FULL', 'PARTIAL', 'NONE');
  CREATE TYPE "public"."enum_procedure_overrides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedure_overrides_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "units_verified_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_units_verified_channels_kind" NOT NULL,
  	"value" varchar NOT NULL,
  	"verified_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "procedures_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar
  );
  
  CREATE TABLE "procedures_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" varchar NOT NULL
  );
  
  CREATE TABLE "procedure_overrides_contact_officers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"title" varchar,
  	"phone" varchar,
  	"unit_id" integer
  );
  
  CREATE TABLE "procedure_overrides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"procedure_id" integer,
  	"locality_id" integer,
  	"unit_id" integer,
  	"province_code" varchar,
  	"label" varchar,
  	"submit_at" varchar,
  	"fees" varchar,
  	"processing_time" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedure_overrides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_procedure_overrides_v_version_contact_officers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"title" varchar,
  	"phone" varchar,
  	"unit_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedure_overrides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_procedure_id" integer,
  	"version_locality_id" integer,
  	"version_unit_id" integer,
  	"version_province_code" varchar,
  	"version_label" varchar,
  	"version_submit_at" varchar,
  	"version_fees" varchar,
  	"version_processing_time" varchar,
  	"version_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedure_overrides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "units" ADD COLUMN "province_code" varchar;
  ALTER TABLE "units" ADD COLUMN "opening_hours" varchar;
  ALTER TABLE "procedures" ADD COLUMN "submit_at" varchar;
  ALTER TABLE "procedures" ADD COLUMN "online_level" "enum_procedures_online_level";
  ALTER TABLE "procedures" ADD COLUMN "effective_from" timestamp(3) with time zone;
  ALTER TABLE "procedures" ADD COLUMN "effective_to" timestamp(3) with time zone;
  ALTER TABLE "hotlines" ADD COLUMN "province_code" varchar;
  ALTER TABLE "articles" ADD COLUMN "unit_id" integer;
  ALTER TABLE "articles" ADD COLUMN "province_code" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_unit_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_province_code" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "procedure_overrides_id" integer;
  ALTER TABLE "units_verified_channels" ADD CONSTRAINT "units_verified_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps" ADD CONSTRAINT "procedures_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_legal_basis" ADD CONSTRAINT "procedures_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedure_overrides_contact_officers" ADD CONSTRAINT "procedure_overrides_contact_officers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedure_overrides_contact_officers" ADD CONSTRAINT "procedure_overrides_contact_officers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedure_overrides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedure_overrides" ADD CONSTRAINT "procedure_overrides_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedure_overrides" ADD CONSTRAINT "procedure_overrides_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedure_overrides" ADD CONSTRAINT "procedure_overrides_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_overrides_v_version_contact_officers" ADD CONSTRAINT "_procedure_overrides_v_version_contact_officers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_overrides_v_version_contact_officers" ADD CONSTRAINT "_procedure_overrides_v_version_contact_officers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedure_overrides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedure_overrides_v" ADD CONSTRAINT "_procedure_overrides_v_parent_id_procedure_overrides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedure_overrides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_overrides_v" ADD CONSTRAINT "_procedure_overrides_v_version_procedure_id_procedures_id_fk" FOREIGN KEY ("version_procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_overrides_v" ADD CONSTRAINT "_procedure_overrides_v_version_locality_id_localities_id_fk" FOREIGN KEY ("version_locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_overrides_v" ADD CONSTRAINT "_procedure_overrides_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "units_verified_channels_order_idx" ON "units_verified_channels" USING btree ("_order");
  CREATE INDEX "units_verified_channels_parent_id_idx" ON "units_verified_channels" USING btree ("_parent_id");
  CREATE INDEX "units_verified_channels_value_idx" ON "units_verified_channels" USING btree ("value");
  CREATE INDEX "procedures_steps_order_idx" ON "procedures_steps" USING btree ("_order");
  CREATE INDEX "procedures_steps_parent_id_idx" ON "procedures_steps" USING btree ("_parent_id");
  CREATE INDEX "procedures_legal_basis_order_idx" ON "procedures_legal_basis" USING btree ("_order");
  CREATE INDEX "procedures_legal_basis_parent_id_idx" ON "procedures_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "procedure_overrides_contact_officers_order_idx" ON "procedure_overrides_contact_officers" USING btree ("_order");
  CREATE INDEX "procedure_overrides_contact_officers_parent_id_idx" ON "procedure_overrides_contact_officers" USING btree ("_parent_id");
  CREATE INDEX "procedure_overrides_contact_officers_unit_idx" ON "procedure_overrides_contact_officers" USING btree ("unit_id");
  CREATE INDEX "procedure_overrides_procedure_idx" ON "procedure_overrides" USING btree ("procedure_id");
  CREATE INDEX "procedure_overrides_locality_idx" ON "procedure_overrides" USING btree ("locality_id");
  CREATE INDEX "procedure_overrides_unit_idx" ON "procedure_overrides" USING btree ("unit_id");
  CREATE INDEX "procedure_overrides_province_code_idx" ON "procedure_overrides" USING btree ("province_code");
  CREATE INDEX "procedure_overrides_updated_at_idx" ON "procedure_overrides" USING btree ("updated_at");
  CREATE INDEX "procedure_overrides_created_at_idx" ON "procedure_overrides" USING btree ("created_at");
  CREATE INDEX "procedure_overrides__status_idx" ON "procedure_overrides" USING btree ("_status");
  CREATE INDEX "_procedure_overrides_v_version_contact_officers_order_idx" ON "_procedure_overrides_v_version_contact_officers" USING btree ("_order");
  CREATE INDEX "_procedure_overrides_v_version_contact_officers_parent_id_idx" ON "_procedure_overrides_v_version_contact_officers" USING btree ("_parent_id");
  CREATE INDEX "_procedure_overrides_v_version_contact_officers_unit_idx" ON "_procedure_overrides_v_version_contact_officers" USING btree ("unit_id");
  CREATE INDEX "_procedure_overrides_v_parent_idx" ON "_procedure_overrides_v" USING btree ("parent_id");
  CREATE INDEX "_procedure_overrides_v_version_version_procedure_idx" ON "_procedure_overrides_v" USING btree ("version_procedure_id");
  CREATE INDEX "_procedure_overrides_v_version_version_locality_idx" ON "_procedure_overrides_v" USING btree ("version_locality_id");
  CREATE INDEX "_procedure_overrides_v_version_version_unit_idx" ON "_procedure_overrides_v" USING btree ("version_unit_id");
  CREATE INDEX "_procedure_overrides_v_version_version_province_code_idx" ON "_procedure_overrides_v" USING btree ("version_province_code");
  CREATE INDEX "_procedure_overrides_v_version_version_updated_at_idx" ON "_procedure_overrides_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedure_overrides_v_version_version_created_at_idx" ON "_procedure_overrides_v" USING btree ("version_created_at");
  CREATE INDEX "_procedure_overrides_v_version_version__status_idx" ON "_procedure_overrides_v" USING btree ("version__status");
  CREATE INDEX "_procedure_overrides_v_created_at_idx" ON "_procedure_overrides_v" USING btree ("created_at");
  CREATE INDEX "_procedure_overrides_v_updated_at_idx" ON "_procedure_overrides_v" USING btree ("updated_at");
  CREATE INDEX "_procedure_overrides_v_latest_idx" ON "_procedure_overrides_v" USING btree ("latest");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedure_overrides_fk" FOREIGN KEY ("procedure_overrides_id") REFERENCES "public"."procedure_overrides"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "units_province_code_idx" ON "units" USING btree ("province_code");
  CREATE INDEX "procedures_online_level_idx" ON "procedures" USING btree ("online_level");
  CREATE INDEX "hotlines_province_code_idx" ON "hotlines" USING btree ("province_code");
  CREATE INDEX "articles_unit_idx" ON "articles" USING btree ("unit_id");
  CREATE INDEX "articles_province_code_idx" ON "articles" USING btree ("province_code");
  CREATE INDEX "_articles_v_version_version_unit_idx" ON "_articles_v" USING btree ("version_unit_id");
  CREATE INDEX "_articles_v_version_version_province_code_idx" ON "_articles_v" USING btree ("version_province_code");
  CREATE INDEX "payload_locked_documents_rels_procedure_overrides_id_idx" ON "payload_locked_documents_rels" USING btree ("procedure_overrides_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "units_verified_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_legal_basis" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedure_overrides_contact_officers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedure_overrides" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedure_overrides_v_version_contact_officers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedure_overrides_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "units_verified_channels" CASCADE;
  DROP TABLE "procedures_steps" CASCADE;
  DROP TABLE "procedures_legal_basis" CASCADE;
  DROP TABLE "procedure_overrides_contact_officers" CASCADE;
  DROP TABLE "procedure_overrides" CASCADE;
  DROP TABLE "_procedure_overrides_v_version_contact_officers" CASCADE;
  DROP TABLE "_procedure_overrides_v" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_unit_id_units_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_unit_id_units_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_procedure_overrides_fk";
  
  DROP INDEX "units_province_code_idx";
  DROP INDEX "procedures_online_level_idx";
  DROP INDEX "hotlines_province_code_idx";
  DROP INDEX "articles_unit_idx";
  DROP INDEX "articles_province_code_idx";
  DROP INDEX "_articles_v_version_version_unit_idx";
  DROP INDEX "_articles_v_version_version_province_code_idx";
  DROP INDEX "payload_locked_documents_rels_procedure_overrides_id_idx";
  ALTER TABLE "units" DROP COLUMN "province_code";
  ALTER TABLE "units" DROP COLUMN "opening_hours";
  ALTER TABLE "procedures" DROP COLUMN "submit_at";
  ALTER TABLE "procedures" DROP COLUMN "online_level";
  ALTER TABLE "procedures" DROP COLUMN "effective_from";
  ALTER TABLE "procedures" DROP COLUMN "effective_to";
  ALTER TABLE "hotlines" DROP COLUMN "province_code";
  ALTER TABLE "articles" DROP COLUMN "unit_id";
  ALTER TABLE "articles" DROP COLUMN "province_code";
  ALTER TABLE "_articles_v" DROP COLUMN "version_unit_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_province_code";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "procedure_overrides_id";
  DROP TYPE "public"."enum_units_verified_channels_kind";
  DROP TYPE "public"."enum_procedures_online_level";
  DROP TYPE "public"."enum_procedure_overrides_status";
  DROP TYPE "public"."enum__procedure_overrides_v_version_status";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_report_attachments_kind" AS ENUM('IMAGE', 'VIDEO');
  CREATE TABLE "reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"report_attachments_id" integer
  );
  
  CREATE TABLE "report_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"token" varchar NOT NULL,
  	"kind" "enum_report_attachments_kind" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_attachments_id" integer;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_report_attachments_fk" FOREIGN KEY ("report_attachments_id") REFERENCES "public"."report_attachments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_rels_order_idx" ON "reports_rels" USING btree ("order");
  CREATE INDEX "reports_rels_parent_idx" ON "reports_rels" USING btree ("parent_id");
  CREATE INDEX "reports_rels_path_idx" ON "reports_rels" USING btree ("path");
  CREATE INDEX "reports_rels_report_attachments_id_idx" ON "reports_rels" USING btree ("report_attachments_id");
  CREATE UNIQUE INDEX "report_attachments_token_idx" ON "report_attachments" USING btree ("token");
  CREATE INDEX "report_attachments_updated_at_idx" ON "report_attachments" USING btree ("updated_at");
  CREATE INDEX "report_attachments_created_at_idx" ON "report_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "report_attachments_filename_idx" ON "report_attachments" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_attachments_fk" FOREIGN KEY ("report_attachments_id") REFERENCES "public"."report_attachments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_report_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("report_attachments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_attachments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reports_rels" CASCADE;
  DROP TABLE "report_attachments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_attachments_fk";
  
  DROP INDEX "payload_locked_documents_rels_report_attachments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_attachments_id";
  DROP TYPE "public"."enum_report_attachments_kind";`)
}

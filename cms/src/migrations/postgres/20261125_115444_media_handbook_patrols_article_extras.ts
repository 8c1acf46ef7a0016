import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_charts_kind" AS ENUM('BAR', 'LINE', 'PIE');
  CREATE TYPE "public"."enum__articles_v_version_charts_kind" AS ENUM('BAR', 'LINE', 'PIE');
  CREATE TYPE "public"."enum_handbook_entries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__handbook_entries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "articles_charts_series_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric
  );
  
  CREATE TABLE "articles_charts_series" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "articles_charts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_articles_charts_kind" DEFAULT 'BAR',
  	"unit" varchar
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  CREATE TABLE "_articles_v_version_charts_series_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_charts_series" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_charts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum__articles_v_version_charts_kind" DEFAULT 'BAR',
  	"unit" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  CREATE TABLE "article_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"views" numeric DEFAULT 0 NOT NULL,
  	"shares" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "handbook_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"locality_id" integer,
  	"unit_id" integer,
  	"province_code" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_handbook_entries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "handbook_entries_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "handbook_entries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  CREATE TABLE "_handbook_entries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_question" varchar,
  	"version_answer" varchar,
  	"version_locality_id" integer,
  	"version_unit_id" integer,
  	"version_province_code" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__handbook_entries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_handbook_entries_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_handbook_entries_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  CREATE TABLE "patrol_schedules_shifts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL
  );
  
  CREATE TABLE "patrol_schedules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"area" varchar NOT NULL,
  	"route" varchar,
  	"focus" varchar,
  	"starts_on" timestamp(3) with time zone NOT NULL,
  	"ends_on" timestamp(3) with time zone NOT NULL,
  	"published" boolean DEFAULT false,
  	"locality_id" integer NOT NULL,
  	"unit_id" integer,
  	"province_code" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"uploaded_by_id" integer,
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
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "cover_image_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_cover_image_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "article_counters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "handbook_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "patrol_schedules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "articles_charts_series_points" ADD CONSTRAINT "articles_charts_series_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_charts_series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_charts_series" ADD CONSTRAINT "articles_charts_series_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_charts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_charts" ADD CONSTRAINT "articles_charts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_charts_series_points" ADD CONSTRAINT "_articles_v_version_charts_series_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_version_charts_series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_charts_series" ADD CONSTRAINT "_articles_v_version_charts_series_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_version_charts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_charts" ADD CONSTRAINT "_articles_v_version_charts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "article_counters" ADD CONSTRAINT "article_counters_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handbook_entries" ADD CONSTRAINT "handbook_entries_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handbook_entries" ADD CONSTRAINT "handbook_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handbook_entries_texts" ADD CONSTRAINT "handbook_entries_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."handbook_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handbook_entries_rels" ADD CONSTRAINT "handbook_entries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."handbook_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handbook_entries_rels" ADD CONSTRAINT "handbook_entries_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbook_entries_v" ADD CONSTRAINT "_handbook_entries_v_parent_id_handbook_entries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."handbook_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_handbook_entries_v" ADD CONSTRAINT "_handbook_entries_v_version_locality_id_localities_id_fk" FOREIGN KEY ("version_locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_handbook_entries_v" ADD CONSTRAINT "_handbook_entries_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_handbook_entries_v_texts" ADD CONSTRAINT "_handbook_entries_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_handbook_entries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbook_entries_v_rels" ADD CONSTRAINT "_handbook_entries_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_handbook_entries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbook_entries_v_rels" ADD CONSTRAINT "_handbook_entries_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "patrol_schedules_shifts" ADD CONSTRAINT "patrol_schedules_shifts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."patrol_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "patrol_schedules" ADD CONSTRAINT "patrol_schedules_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patrol_schedules" ADD CONSTRAINT "patrol_schedules_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_charts_series_points_order_idx" ON "articles_charts_series_points" USING btree ("_order");
  CREATE INDEX "articles_charts_series_points_parent_id_idx" ON "articles_charts_series_points" USING btree ("_parent_id");
  CREATE INDEX "articles_charts_series_order_idx" ON "articles_charts_series" USING btree ("_order");
  CREATE INDEX "articles_charts_series_parent_id_idx" ON "articles_charts_series" USING btree ("_parent_id");
  CREATE INDEX "articles_charts_order_idx" ON "articles_charts" USING btree ("_order");
  CREATE INDEX "articles_charts_parent_id_idx" ON "articles_charts" USING btree ("_parent_id");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_texts_text_idx" ON "articles_texts" USING btree ("text");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_procedures_id_idx" ON "articles_rels" USING btree ("procedures_id");
  CREATE INDEX "_articles_v_version_charts_series_points_order_idx" ON "_articles_v_version_charts_series_points" USING btree ("_order");
  CREATE INDEX "_articles_v_version_charts_series_points_parent_id_idx" ON "_articles_v_version_charts_series_points" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_charts_series_order_idx" ON "_articles_v_version_charts_series" USING btree ("_order");
  CREATE INDEX "_articles_v_version_charts_series_parent_id_idx" ON "_articles_v_version_charts_series" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_charts_order_idx" ON "_articles_v_version_charts" USING btree ("_order");
  CREATE INDEX "_articles_v_version_charts_parent_id_idx" ON "_articles_v_version_charts" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_procedures_id_idx" ON "_articles_v_rels" USING btree ("procedures_id");
  CREATE UNIQUE INDEX "article_counters_article_idx" ON "article_counters" USING btree ("article_id");
  CREATE INDEX "article_counters_updated_at_idx" ON "article_counters" USING btree ("updated_at");
  CREATE INDEX "article_counters_created_at_idx" ON "article_counters" USING btree ("created_at");
  CREATE INDEX "handbook_entries_locality_idx" ON "handbook_entries" USING btree ("locality_id");
  CREATE INDEX "handbook_entries_unit_idx" ON "handbook_entries" USING btree ("unit_id");
  CREATE INDEX "handbook_entries_province_code_idx" ON "handbook_entries" USING btree ("province_code");
  CREATE INDEX "handbook_entries_updated_at_idx" ON "handbook_entries" USING btree ("updated_at");
  CREATE INDEX "handbook_entries_created_at_idx" ON "handbook_entries" USING btree ("created_at");
  CREATE INDEX "handbook_entries__status_idx" ON "handbook_entries" USING btree ("_status");
  CREATE INDEX "handbook_entries_texts_order_parent" ON "handbook_entries_texts" USING btree ("order","parent_id");
  CREATE INDEX "handbook_entries_texts_text_idx" ON "handbook_entries_texts" USING btree ("text");
  CREATE INDEX "handbook_entries_rels_order_idx" ON "handbook_entries_rels" USING btree ("order");
  CREATE INDEX "handbook_entries_rels_parent_idx" ON "handbook_entries_rels" USING btree ("parent_id");
  CREATE INDEX "handbook_entries_rels_path_idx" ON "handbook_entries_rels" USING btree ("path");
  CREATE INDEX "handbook_entries_rels_procedures_id_idx" ON "handbook_entries_rels" USING btree ("procedures_id");
  CREATE INDEX "_handbook_entries_v_parent_idx" ON "_handbook_entries_v" USING btree ("parent_id");
  CREATE INDEX "_handbook_entries_v_version_version_locality_idx" ON "_handbook_entries_v" USING btree ("version_locality_id");
  CREATE INDEX "_handbook_entries_v_version_version_unit_idx" ON "_handbook_entries_v" USING btree ("version_unit_id");
  CREATE INDEX "_handbook_entries_v_version_version_province_code_idx" ON "_handbook_entries_v" USING btree ("version_province_code");
  CREATE INDEX "_handbook_entries_v_version_version_updated_at_idx" ON "_handbook_entries_v" USING btree ("version_updated_at");
  CREATE INDEX "_handbook_entries_v_version_version_created_at_idx" ON "_handbook_entries_v" USING btree ("version_created_at");
  CREATE INDEX "_handbook_entries_v_version_version__status_idx" ON "_handbook_entries_v" USING btree ("version__status");
  CREATE INDEX "_handbook_entries_v_created_at_idx" ON "_handbook_entries_v" USING btree ("created_at");
  CREATE INDEX "_handbook_entries_v_updated_at_idx" ON "_handbook_entries_v" USING btree ("updated_at");
  CREATE INDEX "_handbook_entries_v_latest_idx" ON "_handbook_entries_v" USING btree ("latest");
  CREATE INDEX "_handbook_entries_v_texts_order_parent" ON "_handbook_entries_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_handbook_entries_v_rels_order_idx" ON "_handbook_entries_v_rels" USING btree ("order");
  CREATE INDEX "_handbook_entries_v_rels_parent_idx" ON "_handbook_entries_v_rels" USING btree ("parent_id");
  CREATE INDEX "_handbook_entries_v_rels_path_idx" ON "_handbook_entries_v_rels" USING btree ("path");
  CREATE INDEX "_handbook_entries_v_rels_procedures_id_idx" ON "_handbook_entries_v_rels" USING btree ("procedures_id");
  CREATE INDEX "patrol_schedules_shifts_order_idx" ON "patrol_schedules_shifts" USING btree ("_order");
  CREATE INDEX "patrol_schedules_shifts_parent_id_idx" ON "patrol_schedules_shifts" USING btree ("_parent_id");
  CREATE INDEX "patrol_schedules_starts_on_idx" ON "patrol_schedules" USING btree ("starts_on");
  CREATE INDEX "patrol_schedules_ends_on_idx" ON "patrol_schedules" USING btree ("ends_on");
  CREATE INDEX "patrol_schedules_published_idx" ON "patrol_schedules" USING btree ("published");
  CREATE INDEX "patrol_schedules_locality_idx" ON "patrol_schedules" USING btree ("locality_id");
  CREATE INDEX "patrol_schedules_unit_idx" ON "patrol_schedules" USING btree ("unit_id");
  CREATE INDEX "patrol_schedules_province_code_idx" ON "patrol_schedules" USING btree ("province_code");
  CREATE INDEX "patrol_schedules_updated_at_idx" ON "patrol_schedules" USING btree ("updated_at");
  CREATE INDEX "patrol_schedules_created_at_idx" ON "patrol_schedules" USING btree ("created_at");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_article_counters_fk" FOREIGN KEY ("article_counters_id") REFERENCES "public"."article_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_handbook_entries_fk" FOREIGN KEY ("handbook_entries_id") REFERENCES "public"."handbook_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_patrol_schedules_fk" FOREIGN KEY ("patrol_schedules_id") REFERENCES "public"."patrol_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_cover_image_idx" ON "articles" USING btree ("cover_image_id");
  CREATE INDEX "_articles_v_version_version_cover_image_idx" ON "_articles_v" USING btree ("version_cover_image_id");
  CREATE INDEX "payload_locked_documents_rels_article_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("article_counters_id");
  CREATE INDEX "payload_locked_documents_rels_handbook_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("handbook_entries_id");
  CREATE INDEX "payload_locked_documents_rels_patrol_schedules_id_idx" ON "payload_locked_documents_rels" USING btree ("patrol_schedules_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_charts_series_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_charts_series" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_charts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_charts_series_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_charts_series" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_charts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "article_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "handbook_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "handbook_entries_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "handbook_entries_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_handbook_entries_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_handbook_entries_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_handbook_entries_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "patrol_schedules_shifts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "patrol_schedules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_charts_series_points" CASCADE;
  DROP TABLE "articles_charts_series" CASCADE;
  DROP TABLE "articles_charts" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_charts_series_points" CASCADE;
  DROP TABLE "_articles_v_version_charts_series" CASCADE;
  DROP TABLE "_articles_v_version_charts" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "article_counters" CASCADE;
  DROP TABLE "handbook_entries" CASCADE;
  DROP TABLE "handbook_entries_texts" CASCADE;
  DROP TABLE "handbook_entries_rels" CASCADE;
  DROP TABLE "_handbook_entries_v" CASCADE;
  DROP TABLE "_handbook_entries_v_texts" CASCADE;
  DROP TABLE "_handbook_entries_v_rels" CASCADE;
  DROP TABLE "patrol_schedules_shifts" CASCADE;
  DROP TABLE "patrol_schedules" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_cover_image_id_media_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_cover_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_article_counters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_handbook_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_patrol_schedules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  DROP INDEX "articles_cover_image_idx";
  DROP INDEX "_articles_v_version_version_cover_image_idx";
  DROP INDEX "payload_locked_documents_rels_article_counters_id_idx";
  DROP INDEX "payload_locked_documents_rels_handbook_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_patrol_schedules_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  ALTER TABLE "articles" DROP COLUMN "cover_image_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_cover_image_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "article_counters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "handbook_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "patrol_schedules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  DROP TYPE "public"."enum_articles_charts_kind";
  DROP TYPE "public"."enum__articles_v_version_charts_kind";
  DROP TYPE "public"."enum_handbook_entries_status";
  DROP TYPE "public"."enum__handbook_entries_v_version_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}

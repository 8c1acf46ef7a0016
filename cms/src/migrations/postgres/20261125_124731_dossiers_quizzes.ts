import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_questions_law" AS ENUM('ND_168_2024', 'LUAT_TTATGTDB_2024', 'LUAT_AN_NINH_MANG_2018', 'LUAT_CAN_CUOC_2023', 'KHAC');
  CREATE TYPE "public"."enum_questions_difficulty" AS ENUM('EASY', 'MEDIUM', 'HARD');
  CREATE TYPE "public"."enum_quizzes_laws" AS ENUM('ND_168_2024', 'LUAT_TTATGTDB_2024', 'LUAT_AN_NINH_MANG_2018', 'LUAT_CAN_CUOC_2023', 'KHAC');
  CREATE TYPE "public"."enum_quizzes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quizzes_v_version_laws" AS ENUM('ND_168_2024', 'LUAT_TTATGTDB_2024', 'LUAT_AN_NINH_MANG_2018', 'LUAT_CAN_CUOC_2023', 'KHAC');
  CREATE TYPE "public"."enum__quizzes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_quiz_attempts_status" AS ENUM('IN_PROGRESS', 'SUBMITTED');
  CREATE TYPE "public"."enum_dossiers_timeline_status" AS ENUM('RECEIVED', 'IN_REVIEW', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'REFUSED', 'RESULT_READY', 'RETURNED');
  CREATE TYPE "public"."enum_dossiers_status" AS ENUM('RECEIVED', 'IN_REVIEW', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'REFUSED', 'RESULT_READY', 'RETURNED');
  CREATE TYPE "public"."enum_dossiers_result_delivery" AS ENUM('COUNTER', 'POST', 'ELECTRONIC');
  CREATE TYPE "public"."enum_ratings_kind" AS ENUM('DOSSIER', 'VISIT');
  CREATE TABLE "questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"correct" boolean DEFAULT false
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"explanation" varchar NOT NULL,
  	"law" "enum_questions_law" NOT NULL,
  	"topic" varchar,
  	"difficulty" "enum_questions_difficulty" DEFAULT 'MEDIUM' NOT NULL,
  	"image_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "quizzes_laws" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_quizzes_laws",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "quizzes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"cover_url" varchar,
  	"locality_id" integer,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"time_limit_seconds" numeric DEFAULT 600,
  	"question_count" numeric DEFAULT 10,
  	"pass_percent" numeric DEFAULT 80,
  	"max_attempts" numeric DEFAULT 3,
  	"national" boolean,
  	"locality_code" varchar,
  	"province_code" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_quizzes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "quizzes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"questions_id" integer
  );
  
  CREATE TABLE "_quizzes_v_version_laws" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__quizzes_v_version_laws",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_quizzes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_cover_url" varchar,
  	"version_locality_id" integer,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_time_limit_seconds" numeric DEFAULT 600,
  	"version_question_count" numeric DEFAULT 10,
  	"version_pass_percent" numeric DEFAULT 80,
  	"version_max_attempts" numeric DEFAULT 3,
  	"version_national" boolean,
  	"version_locality_code" varchar,
  	"version_province_code" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__quizzes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_quizzes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"questions_id" integer
  );
  
  CREATE TABLE "quiz_participants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"masked_name" varchar NOT NULL,
  	"locality_code" varchar,
  	"province_code" varchar,
  	"phone_hash" varchar,
  	"zalo_user_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "quiz_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"attempt_id" varchar NOT NULL,
  	"quiz_id" integer NOT NULL,
  	"participant_id" integer NOT NULL,
  	"number" numeric NOT NULL,
  	"locality_code" varchar,
  	"province_code" varchar,
  	"status" "enum_quiz_attempts_status" NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"submitted_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"score" numeric,
  	"max_score" numeric NOT NULL,
  	"passed" boolean,
  	"best" boolean DEFAULT false,
  	"drawn" jsonb NOT NULL,
  	"answers" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quizzes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quiz_participants_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quiz_attempts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossiers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ratings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "partner_systems_id" integer;
  ALTER TABLE "questions_options" ADD CONSTRAINT "questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quizzes_laws" ADD CONSTRAINT "quizzes_laws_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quizzes_rels" ADD CONSTRAINT "quizzes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quizzes_rels" ADD CONSTRAINT "quizzes_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quizzes_v_version_laws" ADD CONSTRAINT "_quizzes_v_version_laws_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_quizzes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quizzes_v" ADD CONSTRAINT "_quizzes_v_parent_id_quizzes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quizzes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quizzes_v" ADD CONSTRAINT "_quizzes_v_version_locality_id_localities_id_fk" FOREIGN KEY ("version_locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quizzes_v_rels" ADD CONSTRAINT "_quizzes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_quizzes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quizzes_v_rels" ADD CONSTRAINT "_quizzes_v_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_participant_id_quiz_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."quiz_participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers_timeline" ADD CONSTRAINT "dossiers_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_partner_system_id_partner_systems_id_fk" FOREIGN KEY ("partner_system_id") REFERENCES "public"."partner_systems"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ratings" ADD CONSTRAINT "ratings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partner_systems_rels" ADD CONSTRAINT "partner_systems_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_systems"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_systems_rels" ADD CONSTRAINT "partner_systems_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "questions_options_order_idx" ON "questions_options" USING btree ("_order");
  CREATE INDEX "questions_options_parent_id_idx" ON "questions_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "questions_code_idx" ON "questions" USING btree ("code");
  CREATE INDEX "questions_law_idx" ON "questions" USING btree ("law");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "quizzes_laws_order_idx" ON "quizzes_laws" USING btree ("order");
  CREATE INDEX "quizzes_laws_parent_idx" ON "quizzes_laws" USING btree ("parent_id");
  CREATE INDEX "quizzes_locality_idx" ON "quizzes" USING btree ("locality_id");
  CREATE INDEX "quizzes_opens_at_idx" ON "quizzes" USING btree ("opens_at");
  CREATE INDEX "quizzes_closes_at_idx" ON "quizzes" USING btree ("closes_at");
  CREATE INDEX "quizzes_national_idx" ON "quizzes" USING btree ("national");
  CREATE INDEX "quizzes_locality_code_idx" ON "quizzes" USING btree ("locality_code");
  CREATE INDEX "quizzes_province_code_idx" ON "quizzes" USING btree ("province_code");
  CREATE INDEX "quizzes_updated_at_idx" ON "quizzes" USING btree ("updated_at");
  CREATE INDEX "quizzes_created_at_idx" ON "quizzes" USING btree ("created_at");
  CREATE INDEX "quizzes__status_idx" ON "quizzes" USING btree ("_status");
  CREATE INDEX "quizzes_rels_order_idx" ON "quizzes_rels" USING btree ("order");
  CREATE INDEX "quizzes_rels_parent_idx" ON "quizzes_rels" USING btree ("parent_id");
  CREATE INDEX "quizzes_rels_path_idx" ON "quizzes_rels" USING btree ("path");
  CREATE INDEX "quizzes_rels_questions_id_idx" ON "quizzes_rels" USING btree ("questions_id");
  CREATE INDEX "_quizzes_v_version_laws_order_idx" ON "_quizzes_v_version_laws" USING btree ("order");
  CREATE INDEX "_quizzes_v_version_laws_parent_idx" ON "_quizzes_v_version_laws" USING btree ("parent_id");
  CREATE INDEX "_quizzes_v_parent_idx" ON "_quizzes_v" USING btree ("parent_id");
  CREATE INDEX "_quizzes_v_version_version_locality_idx" ON "_quizzes_v" USING btree ("version_locality_id");
  CREATE INDEX "_quizzes_v_version_version_opens_at_idx" ON "_quizzes_v" USING btree ("version_opens_at");
  CREATE INDEX "_quizzes_v_version_version_closes_at_idx" ON "_quizzes_v" USING btree ("version_closes_at");
  CREATE INDEX "_quizzes_v_version_version_national_idx" ON "_quizzes_v" USING btree ("version_national");
  CREATE INDEX "_quizzes_v_version_version_locality_code_idx" ON "_quizzes_v" USING btree ("version_locality_code");
  CREATE INDEX "_quizzes_v_version_version_province_code_idx" ON "_quizzes_v" USING btree ("version_province_code");
  CREATE INDEX "_quizzes_v_version_version_updated_at_idx" ON "_quizzes_v" USING btree ("version_updated_at");
  CREATE INDEX "_quizzes_v_version_version_created_at_idx" ON "_quizzes_v" USING btree ("version_created_at");
  CREATE INDEX "_quizzes_v_version_version__status_idx" ON "_quizzes_v" USING btree ("version__status");
  CREATE INDEX "_quizzes_v_created_at_idx" ON "_quizzes_v" USING btree ("created_at");
  CREATE INDEX "_quizzes_v_updated_at_idx" ON "_quizzes_v" USING btree ("updated_at");
  CREATE INDEX "_quizzes_v_latest_idx" ON "_quizzes_v" USING btree ("latest");
  CREATE INDEX "_quizzes_v_rels_order_idx" ON "_quizzes_v_rels" USING btree ("order");
  CREATE INDEX "_quizzes_v_rels_parent_idx" ON "_quizzes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_quizzes_v_rels_path_idx" ON "_quizzes_v_rels" USING btree ("path");
  CREATE INDEX "_quizzes_v_rels_questions_id_idx" ON "_quizzes_v_rels" USING btree ("questions_id");
  CREATE INDEX "quiz_participants_locality_code_idx" ON "quiz_participants" USING btree ("locality_code");
  CREATE INDEX "quiz_participants_province_code_idx" ON "quiz_participants" USING btree ("province_code");
  CREATE UNIQUE INDEX "quiz_participants_phone_hash_idx" ON "quiz_participants" USING btree ("phone_hash");
  CREATE UNIQUE INDEX "quiz_participants_zalo_user_id_idx" ON "quiz_participants" USING btree ("zalo_user_id");
  CREATE INDEX "quiz_participants_updated_at_idx" ON "quiz_participants" USING btree ("updated_at");
  CREATE INDEX "quiz_participants_created_at_idx" ON "quiz_participants" USING btree ("created_at");
  CREATE UNIQUE INDEX "quiz_attempts_attempt_id_idx" ON "quiz_attempts" USING btree ("attempt_id");
  CREATE INDEX "quiz_attempts_quiz_idx" ON "quiz_attempts" USING btree ("quiz_id");
  CREATE INDEX "quiz_attempts_participant_idx" ON "quiz_attempts" USING btree ("participant_id");
  CREATE INDEX "quiz_attempts_locality_code_idx" ON "quiz_attempts" USING btree ("locality_code");
  CREATE INDEX "quiz_attempts_province_code_idx" ON "quiz_attempts" USING btree ("province_code");
  CREATE INDEX "quiz_attempts_status_idx" ON "quiz_attempts" USING btree ("status");
  CREATE INDEX "quiz_attempts_duration_ms_idx" ON "quiz_attempts" USING btree ("duration_ms");
  CREATE INDEX "quiz_attempts_score_idx" ON "quiz_attempts" USING btree ("score");
  CREATE INDEX "quiz_attempts_best_idx" ON "quiz_attempts" USING btree ("best");
  CREATE INDEX "quiz_attempts_updated_at_idx" ON "quiz_attempts" USING btree ("updated_at");
  CREATE INDEX "quiz_attempts_created_at_idx" ON "quiz_attempts" USING btree ("created_at");
  CREATE UNIQUE INDEX "quiz_participant_number_idx" ON "quiz_attempts" USING btree ("quiz_id","participant_id","number");
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quizzes_fk" FOREIGN KEY ("quizzes_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quiz_participants_fk" FOREIGN KEY ("quiz_participants_id") REFERENCES "public"."quiz_participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk" FOREIGN KEY ("quiz_attempts_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ratings_fk" FOREIGN KEY ("ratings_id") REFERENCES "public"."ratings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partner_systems_fk" FOREIGN KEY ("partner_systems_id") REFERENCES "public"."partner_systems"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_quizzes_id_idx" ON "payload_locked_documents_rels" USING btree ("quizzes_id");
  CREATE INDEX "payload_locked_documents_rels_quiz_participants_id_idx" ON "payload_locked_documents_rels" USING btree ("quiz_participants_id");
  CREATE INDEX "payload_locked_documents_rels_quiz_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("quiz_attempts_id");
  CREATE INDEX "payload_locked_documents_rels_dossiers_id_idx" ON "payload_locked_documents_rels" USING btree ("dossiers_id");
  CREATE INDEX "payload_locked_documents_rels_ratings_id_idx" ON "payload_locked_documents_rels" USING btree ("ratings_id");
  CREATE INDEX "payload_locked_documents_rels_partner_systems_id_idx" ON "payload_locked_documents_rels" USING btree ("partner_systems_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quizzes_laws" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quizzes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quizzes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quizzes_v_version_laws" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quizzes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quizzes_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_participants" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossiers_timeline" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossiers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ratings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partner_systems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partner_systems_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "questions_options" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "quizzes_laws" CASCADE;
  DROP TABLE "quizzes" CASCADE;
  DROP TABLE "quizzes_rels" CASCADE;
  DROP TABLE "_quizzes_v_version_laws" CASCADE;
  DROP TABLE "_quizzes_v" CASCADE;
  DROP TABLE "_quizzes_v_rels" CASCADE;
  DROP TABLE "quiz_participants" CASCADE;
  DROP TABLE "quiz_attempts" CASCADE;
  DROP TABLE "dossiers_timeline" CASCADE;
  DROP TABLE "dossiers" CASCADE;
  DROP TABLE "ratings" CASCADE;
  DROP TABLE "partner_systems" CASCADE;
  DROP TABLE "partner_systems_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_questions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quizzes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quiz_participants_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossiers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ratings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_partner_systems_fk";
  
  DROP INDEX "payload_locked_documents_rels_questions_id_idx";
  DROP INDEX "payload_locked_documents_rels_quizzes_id_idx";
  DROP INDEX "payload_locked_documents_rels_quiz_participants_id_idx";
  DROP INDEX "payload_locked_documents_rels_quiz_attempts_id_idx";
  DROP INDEX "payload_locked_documents_rels_dossiers_id_idx";
  DROP INDEX "payload_locked_documents_rels_ratings_id_idx";
  DROP INDEX "payload_locked_documents_rels_partner_systems_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "questions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quizzes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quiz_participants_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quiz_attempts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossiers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ratings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "partner_systems_id";
  DROP TYPE "public"."enum_questions_law";
  DROP TYPE "public"."enum_questions_difficulty";
  DROP TYPE "public"."enum_quizzes_laws";
  DROP TYPE "public"."enum_quizzes_status";
  DROP TYPE "public"."enum__quizzes_v_version_laws";
  DROP TYPE "public"."enum__quizzes_v_version_status";
  DROP TYPE "public"."enum_quiz_attempts_status";
  DROP TYPE "public"."enum_dossiers_timeline_status";
  DROP TYPE "public"."enum_dossiers_status";
  DROP TYPE "public"."enum_dossiers_result_delivery";
  DROP TYPE "public"."enum_ratings_kind";`)
}

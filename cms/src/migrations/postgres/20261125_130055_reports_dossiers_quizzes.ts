import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_report_attachments_kind" AS ENUM('IMAGE', 'VIDEO');
  CREATE TYPE "public"."enum_report_routing_rules_type" AS ENUM('ADMIN_FEEDBACK', 'CRIME_TIP', 'TRAFFIC_VIOLATION', 'PUBLIC_ORDER');
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
  CREATE TABLE "reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"report_attachments_id" integer,
  	"reports_id" integer
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
  
  CREATE TABLE "outbox_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"topic" varchar NOT NULL,
  	"tracking_code" varchar,
  	"status" varchar,
  	"previous_status" varchar,
  	"body" jsonb NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone NOT NULL,
  	"locked_until" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "personal_data_access_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"report_id" integer NOT NULL,
  	"tracking_code" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  CREATE TABLE "report_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"deadline_days_admin_feedback" numeric DEFAULT 10,
  	"deadline_days_crime_tip" numeric DEFAULT 3,
  	"deadline_days_traffic_violation" numeric DEFAULT 7,
  	"deadline_days_public_order" numeric DEFAULT 5,
  	"webhook_url" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "reports_timeline" ADD COLUMN "actor_id" integer;
  ALTER TABLE "reports" ADD COLUMN "unit_id" integer;
  ALTER TABLE "reports" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "reports" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "rejection_reason" varchar;
  ALTER TABLE "reports" ADD COLUMN "complaint" varchar;
  ALTER TABLE "reports" ADD COLUMN "resolved_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "publishable" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_attachments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_routing_rules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outbox_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "personal_data_access_log_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quizzes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quiz_participants_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quiz_attempts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossiers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ratings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "partner_systems_id" integer;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_report_attachments_fk" FOREIGN KEY ("report_attachments_id") REFERENCES "public"."report_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_routing_rules" ADD CONSTRAINT "report_routing_rules_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_routing_rules" ADD CONSTRAINT "report_routing_rules_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "personal_data_access_log" ADD CONSTRAINT "personal_data_access_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "personal_data_access_log" ADD CONSTRAINT "personal_data_access_log_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
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
  CREATE INDEX "reports_rels_order_idx" ON "reports_rels" USING btree ("order");
  CREATE INDEX "reports_rels_parent_idx" ON "reports_rels" USING btree ("parent_id");
  CREATE INDEX "reports_rels_path_idx" ON "reports_rels" USING btree ("path");
  CREATE INDEX "reports_rels_report_attachments_id_idx" ON "reports_rels" USING btree ("report_attachments_id");
  CREATE INDEX "reports_rels_reports_id_idx" ON "reports_rels" USING btree ("reports_id");
  CREATE UNIQUE INDEX "report_attachments_token_idx" ON "report_attachments" USING btree ("token");
  CREATE INDEX "report_attachments_updated_at_idx" ON "report_attachments" USING btree ("updated_at");
  CREATE INDEX "report_attachments_created_at_idx" ON "report_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "report_attachments_filename_idx" ON "report_attachments" USING btree ("filename");
  CREATE INDEX "report_routing_rules_locality_idx" ON "report_routing_rules" USING btree ("locality_id");
  CREATE INDEX "report_routing_rules_unit_idx" ON "report_routing_rules" USING btree ("unit_id");
  CREATE INDEX "report_routing_rules_locality_code_idx" ON "report_routing_rules" USING btree ("locality_code");
  CREATE UNIQUE INDEX "report_routing_rules_scope_idx" ON "report_routing_rules" USING btree ("scope");
  CREATE INDEX "report_routing_rules_updated_at_idx" ON "report_routing_rules" USING btree ("updated_at");
  CREATE INDEX "report_routing_rules_created_at_idx" ON "report_routing_rules" USING btree ("created_at");
  CREATE INDEX "outbox_events_tracking_code_idx" ON "outbox_events" USING btree ("tracking_code");
  CREATE INDEX "outbox_events_next_attempt_at_idx" ON "outbox_events" USING btree ("next_attempt_at");
  CREATE INDEX "outbox_events_delivered_at_idx" ON "outbox_events" USING btree ("delivered_at");
  CREATE INDEX "outbox_events_updated_at_idx" ON "outbox_events" USING btree ("updated_at");
  CREATE INDEX "outbox_events_created_at_idx" ON "outbox_events" USING btree ("created_at");
  CREATE INDEX "personal_data_access_log_user_idx" ON "personal_data_access_log" USING btree ("user_id");
  CREATE INDEX "personal_data_access_log_report_idx" ON "personal_data_access_log" USING btree ("report_id");
  CREATE INDEX "personal_data_access_log_tracking_code_idx" ON "personal_data_access_log" USING btree ("tracking_code");
  CREATE INDEX "personal_data_access_log_updated_at_idx" ON "personal_data_access_log" USING btree ("updated_at");
  CREATE INDEX "personal_data_access_log_created_at_idx" ON "personal_data_access_log" USING btree ("created_at");
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
  ALTER TABLE "reports_timeline" ADD CONSTRAINT "reports_timeline_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_attachments_fk" FOREIGN KEY ("report_attachments_id") REFERENCES "public"."report_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_routing_rules_fk" FOREIGN KEY ("report_routing_rules_id") REFERENCES "public"."report_routing_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outbox_events_fk" FOREIGN KEY ("outbox_events_id") REFERENCES "public"."outbox_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_personal_data_access_log_fk" FOREIGN KEY ("personal_data_access_log_id") REFERENCES "public"."personal_data_access_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quizzes_fk" FOREIGN KEY ("quizzes_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quiz_participants_fk" FOREIGN KEY ("quiz_participants_id") REFERENCES "public"."quiz_participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk" FOREIGN KEY ("quiz_attempts_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ratings_fk" FOREIGN KEY ("ratings_id") REFERENCES "public"."ratings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partner_systems_fk" FOREIGN KEY ("partner_systems_id") REFERENCES "public"."partner_systems"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_timeline_actor_idx" ON "reports_timeline" USING btree ("actor_id");
  CREATE INDEX "reports_unit_idx" ON "reports" USING btree ("unit_id");
  CREATE INDEX "reports_assignee_idx" ON "reports" USING btree ("assignee_id");
  CREATE INDEX "reports_due_at_idx" ON "reports" USING btree ("due_at");
  CREATE INDEX "reports_resolved_at_idx" ON "reports" USING btree ("resolved_at");
  CREATE INDEX "reports_publishable_idx" ON "reports" USING btree ("publishable");
  CREATE INDEX "payload_locked_documents_rels_report_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("report_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_report_routing_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("report_routing_rules_id");
  CREATE INDEX "payload_locked_documents_rels_outbox_events_id_idx" ON "payload_locked_documents_rels" USING btree ("outbox_events_id");
  CREATE INDEX "payload_locked_documents_rels_personal_data_access_log_i_idx" ON "payload_locked_documents_rels" USING btree ("personal_data_access_log_id");
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
   ALTER TABLE "reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_routing_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outbox_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "personal_data_access_log" DISABLE ROW LEVEL SECURITY;
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
  ALTER TABLE "report_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reports_rels" CASCADE;
  DROP TABLE "report_attachments" CASCADE;
  DROP TABLE "report_routing_rules" CASCADE;
  DROP TABLE "outbox_events" CASCADE;
  DROP TABLE "personal_data_access_log" CASCADE;
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
  DROP TABLE "report_settings" CASCADE;
  ALTER TABLE "reports_timeline" DROP CONSTRAINT "reports_timeline_actor_id_users_id_fk";
  
  ALTER TABLE "reports" DROP CONSTRAINT "reports_unit_id_units_id_fk";
  
  ALTER TABLE "reports" DROP CONSTRAINT "reports_assignee_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_attachments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_routing_rules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_outbox_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_personal_data_access_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_questions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quizzes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quiz_participants_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossiers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ratings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_partner_systems_fk";
  
  DROP INDEX "reports_timeline_actor_idx";
  DROP INDEX "reports_unit_idx";
  DROP INDEX "reports_assignee_idx";
  DROP INDEX "reports_due_at_idx";
  DROP INDEX "reports_resolved_at_idx";
  DROP INDEX "reports_publishable_idx";
  DROP INDEX "payload_locked_documents_rels_report_attachments_id_idx";
  DROP INDEX "payload_locked_documents_rels_report_routing_rules_id_idx";
  DROP INDEX "payload_locked_documents_rels_outbox_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_personal_data_access_log_i_idx";
  DROP INDEX "payload_locked_documents_rels_questions_id_idx";
  DROP INDEX "payload_locked_documents_rels_quizzes_id_idx";
  DROP INDEX "payload_locked_documents_rels_quiz_participants_id_idx";
  DROP INDEX "payload_locked_documents_rels_quiz_attempts_id_idx";
  DROP INDEX "payload_locked_documents_rels_dossiers_id_idx";
  DROP INDEX "payload_locked_documents_rels_ratings_id_idx";
  DROP INDEX "payload_locked_documents_rels_partner_systems_id_idx";
  ALTER TABLE "reports_timeline" DROP COLUMN "actor_id";
  ALTER TABLE "reports" DROP COLUMN "unit_id";
  ALTER TABLE "reports" DROP COLUMN "assignee_id";
  ALTER TABLE "reports" DROP COLUMN "due_at";
  ALTER TABLE "reports" DROP COLUMN "rejection_reason";
  ALTER TABLE "reports" DROP COLUMN "complaint";
  ALTER TABLE "reports" DROP COLUMN "resolved_at";
  ALTER TABLE "reports" DROP COLUMN "publishable";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_attachments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_routing_rules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outbox_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "personal_data_access_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "questions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quizzes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quiz_participants_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quiz_attempts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossiers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ratings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "partner_systems_id";
  DROP TYPE "public"."enum_report_attachments_kind";
  DROP TYPE "public"."enum_report_routing_rules_type";
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

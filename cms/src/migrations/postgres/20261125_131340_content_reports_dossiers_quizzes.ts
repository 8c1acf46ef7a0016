import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_units_verified_channels_kind" AS ENUM('ZALO_OA', 'MINI_APP', 'WEB_DOMAIN', 'FACEBOOK', 'PHONE');
  CREATE TYPE "public"."enum_procedures_online_level" AS ENUM('FULL', 'PARTIAL', 'NONE');
  CREATE TYPE "public"."enum_procedure_overrides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedure_overrides_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_articles_charts_kind" AS ENUM('BAR', 'LINE', 'PIE');
  CREATE TYPE "public"."enum__articles_v_version_charts_kind" AS ENUM('BAR', 'LINE', 'PIE');
  CREATE TYPE "public"."enum_handbook_entries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__handbook_entries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_search_entries_kind" AS ENUM('PROCEDURE', 'PROCEDURE_VARIANT', 'HANDBOOK', 'ARTICLE');
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
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
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
  
  CREATE TABLE "search_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "enum_search_entries_kind" NOT NULL,
  	"ref_id" numeric NOT NULL,
  	"ref_key" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"tags" varchar,
  	"locality_code" varchar,
  	"public" boolean DEFAULT false,
  	"removed" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  ALTER TABLE "units" ADD COLUMN "province_code" varchar;
  ALTER TABLE "units" ADD COLUMN "opening_hours" varchar;
  ALTER TABLE "procedures" ADD COLUMN "submit_at" varchar;
  ALTER TABLE "procedures" ADD COLUMN "online_level" "enum_procedures_online_level";
  ALTER TABLE "procedures" ADD COLUMN "effective_from" timestamp(3) with time zone;
  ALTER TABLE "procedures" ADD COLUMN "effective_to" timestamp(3) with time zone;
  ALTER TABLE "hotlines" ADD COLUMN "province_code" varchar;
  ALTER TABLE "articles" ADD COLUMN "cover_image_id" integer;
  ALTER TABLE "articles" ADD COLUMN "unit_id" integer;
  ALTER TABLE "articles" ADD COLUMN "province_code" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_cover_image_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_unit_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_province_code" varchar;
  ALTER TABLE "reports_timeline" ADD COLUMN "actor_id" integer;
  ALTER TABLE "reports" ADD COLUMN "unit_id" integer;
  ALTER TABLE "reports" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "reports" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "rejection_reason" varchar;
  ALTER TABLE "reports" ADD COLUMN "complaint" varchar;
  ALTER TABLE "reports" ADD COLUMN "resolved_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "publishable" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "procedure_overrides_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "article_counters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "handbook_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "patrol_schedules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_entries_id" integer;
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
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
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
  CREATE UNIQUE INDEX "search_entries_key_idx" ON "search_entries" USING btree ("key");
  CREATE INDEX "search_entries_updated_at_idx" ON "search_entries" USING btree ("updated_at");
  CREATE INDEX "search_entries_created_at_idx" ON "search_entries" USING btree ("created_at");
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
  ALTER TABLE "articles" ADD CONSTRAINT "articles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_timeline" ADD CONSTRAINT "reports_timeline_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedure_overrides_fk" FOREIGN KEY ("procedure_overrides_id") REFERENCES "public"."procedure_overrides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_article_counters_fk" FOREIGN KEY ("article_counters_id") REFERENCES "public"."article_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_handbook_entries_fk" FOREIGN KEY ("handbook_entries_id") REFERENCES "public"."handbook_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_patrol_schedules_fk" FOREIGN KEY ("patrol_schedules_id") REFERENCES "public"."patrol_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_entries_fk" FOREIGN KEY ("search_entries_id") REFERENCES "public"."search_entries"("id") ON DELETE cascade ON UPDATE no action;
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
  CREATE INDEX "units_province_code_idx" ON "units" USING btree ("province_code");
  CREATE INDEX "procedures_online_level_idx" ON "procedures" USING btree ("online_level");
  CREATE INDEX "hotlines_province_code_idx" ON "hotlines" USING btree ("province_code");
  CREATE INDEX "articles_cover_image_idx" ON "articles" USING btree ("cover_image_id");
  CREATE INDEX "articles_unit_idx" ON "articles" USING btree ("unit_id");
  CREATE INDEX "articles_province_code_idx" ON "articles" USING btree ("province_code");
  CREATE INDEX "_articles_v_version_version_cover_image_idx" ON "_articles_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_articles_v_version_version_unit_idx" ON "_articles_v" USING btree ("version_unit_id");
  CREATE INDEX "_articles_v_version_version_province_code_idx" ON "_articles_v" USING btree ("version_province_code");
  CREATE INDEX "reports_timeline_actor_idx" ON "reports_timeline" USING btree ("actor_id");
  CREATE INDEX "reports_unit_idx" ON "reports" USING btree ("unit_id");
  CREATE INDEX "reports_assignee_idx" ON "reports" USING btree ("assignee_id");
  CREATE INDEX "reports_due_at_idx" ON "reports" USING btree ("due_at");
  CREATE INDEX "reports_resolved_at_idx" ON "reports" USING btree ("resolved_at");
  CREATE INDEX "reports_publishable_idx" ON "reports" USING btree ("publishable");
  CREATE INDEX "payload_locked_documents_rels_procedure_overrides_id_idx" ON "payload_locked_documents_rels" USING btree ("procedure_overrides_id");
  CREATE INDEX "payload_locked_documents_rels_article_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("article_counters_id");
  CREATE INDEX "payload_locked_documents_rels_handbook_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("handbook_entries_id");
  CREATE INDEX "payload_locked_documents_rels_patrol_schedules_id_idx" ON "payload_locked_documents_rels" USING btree ("patrol_schedules_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_search_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_entries_id");
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
   ALTER TABLE "units_verified_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_legal_basis" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedure_overrides_contact_officers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedure_overrides" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedure_overrides_v_version_contact_officers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedure_overrides_v" DISABLE ROW LEVEL SECURITY;
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
  ALTER TABLE "search_entries" DISABLE ROW LEVEL SECURITY;
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
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "units_verified_channels" CASCADE;
  DROP TABLE "procedures_steps" CASCADE;
  DROP TABLE "procedures_legal_basis" CASCADE;
  DROP TABLE "procedure_overrides_contact_officers" CASCADE;
  DROP TABLE "procedure_overrides" CASCADE;
  DROP TABLE "_procedure_overrides_v_version_contact_officers" CASCADE;
  DROP TABLE "_procedure_overrides_v" CASCADE;
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
  DROP TABLE "search_entries" CASCADE;
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
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "report_settings" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_cover_image_id_media_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_unit_id_units_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_cover_image_id_media_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_unit_id_units_id_fk";
  
  ALTER TABLE "reports_timeline" DROP CONSTRAINT "reports_timeline_actor_id_users_id_fk";
  
  ALTER TABLE "reports" DROP CONSTRAINT "reports_unit_id_units_id_fk";
  
  ALTER TABLE "reports" DROP CONSTRAINT "reports_assignee_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_procedure_overrides_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_article_counters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_handbook_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_patrol_schedules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_entries_fk";
  
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
  
  DROP INDEX "units_province_code_idx";
  DROP INDEX "procedures_online_level_idx";
  DROP INDEX "hotlines_province_code_idx";
  DROP INDEX "articles_cover_image_idx";
  DROP INDEX "articles_unit_idx";
  DROP INDEX "articles_province_code_idx";
  DROP INDEX "_articles_v_version_version_cover_image_idx";
  DROP INDEX "_articles_v_version_version_unit_idx";
  DROP INDEX "_articles_v_version_version_province_code_idx";
  DROP INDEX "reports_timeline_actor_idx";
  DROP INDEX "reports_unit_idx";
  DROP INDEX "reports_assignee_idx";
  DROP INDEX "reports_due_at_idx";
  DROP INDEX "reports_resolved_at_idx";
  DROP INDEX "reports_publishable_idx";
  DROP INDEX "payload_locked_documents_rels_procedure_overrides_id_idx";
  DROP INDEX "payload_locked_documents_rels_article_counters_id_idx";
  DROP INDEX "payload_locked_documents_rels_handbook_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_patrol_schedules_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_entries_id_idx";
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
  ALTER TABLE "units" DROP COLUMN "province_code";
  ALTER TABLE "units" DROP COLUMN "opening_hours";
  ALTER TABLE "procedures" DROP COLUMN "submit_at";
  ALTER TABLE "procedures" DROP COLUMN "online_level";
  ALTER TABLE "procedures" DROP COLUMN "effective_from";
  ALTER TABLE "procedures" DROP COLUMN "effective_to";
  ALTER TABLE "hotlines" DROP COLUMN "province_code";
  ALTER TABLE "articles" DROP COLUMN "cover_image_id";
  ALTER TABLE "articles" DROP COLUMN "unit_id";
  ALTER TABLE "articles" DROP COLUMN "province_code";
  ALTER TABLE "_articles_v" DROP COLUMN "version_cover_image_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_unit_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_province_code";
  ALTER TABLE "reports_timeline" DROP COLUMN "actor_id";
  ALTER TABLE "reports" DROP COLUMN "unit_id";
  ALTER TABLE "reports" DROP COLUMN "assignee_id";
  ALTER TABLE "reports" DROP COLUMN "due_at";
  ALTER TABLE "reports" DROP COLUMN "rejection_reason";
  ALTER TABLE "reports" DROP COLUMN "complaint";
  ALTER TABLE "reports" DROP COLUMN "resolved_at";
  ALTER TABLE "reports" DROP COLUMN "publishable";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "procedure_overrides_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "article_counters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "handbook_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "patrol_schedules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_entries_id";
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
  DROP TYPE "public"."enum_units_verified_channels_kind";
  DROP TYPE "public"."enum_procedures_online_level";
  DROP TYPE "public"."enum_procedure_overrides_status";
  DROP TYPE "public"."enum__procedure_overrides_v_version_status";
  DROP TYPE "public"."enum_articles_charts_kind";
  DROP TYPE "public"."enum__articles_v_version_charts_kind";
  DROP TYPE "public"."enum_handbook_entries_status";
  DROP TYPE "public"."enum__handbook_entries_v_version_status";
  DROP TYPE "public"."enum_search_entries_kind";
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
  DROP TYPE "public"."enum_ratings_kind";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}

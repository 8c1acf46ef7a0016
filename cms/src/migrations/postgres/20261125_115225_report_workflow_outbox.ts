import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  ALTER TABLE "reports" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "reports" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "rejection_reason" varchar;
  ALTER TABLE "reports" ADD COLUMN "complaint" varchar;
  ALTER TABLE "reports" ADD COLUMN "resolved_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outbox_events_id" integer;
  CREATE INDEX "outbox_events_tracking_code_idx" ON "outbox_events" USING btree ("tracking_code");
  CREATE INDEX "outbox_events_next_attempt_at_idx" ON "outbox_events" USING btree ("next_attempt_at");
  CREATE INDEX "outbox_events_delivered_at_idx" ON "outbox_events" USING btree ("delivered_at");
  CREATE INDEX "outbox_events_updated_at_idx" ON "outbox_events" USING btree ("updated_at");
  CREATE INDEX "outbox_events_created_at_idx" ON "outbox_events" USING btree ("created_at");
  ALTER TABLE "reports_timeline" ADD CONSTRAINT "reports_timeline_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outbox_events_fk" FOREIGN KEY ("outbox_events_id") REFERENCES "public"."outbox_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_timeline_actor_idx" ON "reports_timeline" USING btree ("actor_id");
  CREATE INDEX "reports_assignee_idx" ON "reports" USING btree ("assignee_id");
  CREATE INDEX "reports_due_at_idx" ON "reports" USING btree ("due_at");
  CREATE INDEX "reports_resolved_at_idx" ON "reports" USING btree ("resolved_at");
  CREATE INDEX "payload_locked_documents_rels_outbox_events_id_idx" ON "payload_locked_documents_rels" USING btree ("outbox_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outbox_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "outbox_events" CASCADE;
  DROP TABLE "report_settings" CASCADE;
  ALTER TABLE "reports_timeline" DROP CONSTRAINT "reports_timeline_actor_id_users_id_fk";
  
  ALTER TABLE "reports" DROP CONSTRAINT "reports_assignee_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_outbox_events_fk";
  
  DROP INDEX "reports_timeline_actor_idx";
  DROP INDEX "reports_assignee_idx";
  DROP INDEX "reports_due_at_idx";
  DROP INDEX "reports_resolved_at_idx";
  DROP INDEX "payload_locked_documents_rels_outbox_events_id_idx";
  ALTER TABLE "reports_timeline" DROP COLUMN "actor_id";
  ALTER TABLE "reports" DROP COLUMN "assignee_id";
  ALTER TABLE "reports" DROP COLUMN "due_at";
  ALTER TABLE "reports" DROP COLUMN "rejection_reason";
  ALTER TABLE "reports" DROP COLUMN "complaint";
  ALTER TABLE "reports" DROP COLUMN "resolved_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outbox_events_id";`)
}

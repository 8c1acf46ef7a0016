import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`outbox_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`topic\` text NOT NULL,
  	\`tracking_code\` text,
  	\`status\` text,
  	\`previous_status\` text,
  	\`body\` text NOT NULL,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`next_attempt_at\` text NOT NULL,
  	\`locked_until\` text,
  	\`delivered_at\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`outbox_events_tracking_code_idx\` ON \`outbox_events\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`outbox_events_next_attempt_at_idx\` ON \`outbox_events\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_events_delivered_at_idx\` ON \`outbox_events\` (\`delivered_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_events_updated_at_idx\` ON \`outbox_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_events_created_at_idx\` ON \`outbox_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`report_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`deadline_days_admin_feedback\` numeric DEFAULT 10,
  	\`deadline_days_crime_tip\` numeric DEFAULT 3,
  	\`deadline_days_traffic_violation\` numeric DEFAULT 7,
  	\`deadline_days_public_order\` numeric DEFAULT 5,
  	\`webhook_url\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`reports_timeline\` ADD \`actor_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`reports_timeline_actor_idx\` ON \`reports_timeline\` (\`actor_id\`);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`due_at\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`complaint\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`resolved_at\` text;`)
  await db.run(sql`CREATE INDEX \`reports_assignee_idx\` ON \`reports\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_due_at_idx\` ON \`reports\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_resolved_at_idx\` ON \`reports\` (\`resolved_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outbox_events_id\` integer REFERENCES outbox_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_events_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`outbox_events\`;`)
  await db.run(sql`DROP TABLE \`report_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports_timeline\`("_order", "_parent_id", "id", "status", "at", "note") SELECT "_order", "_parent_id", "id", "status", "at", "note" FROM \`reports_timeline\`;`)
  await db.run(sql`DROP TABLE \`reports_timeline\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_timeline\` RENAME TO \`reports_timeline\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`reports_timeline_order_idx\` ON \`reports_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_timeline_parent_id_idx\` ON \`reports_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`status\` text DEFAULT 'RECEIVED' NOT NULL,
  	\`unit_id\` integer,
  	\`locality_id\` integer NOT NULL,
  	\`locality_code\` text NOT NULL,
  	\`province_code\` text NOT NULL,
  	\`title\` text,
  	\`content\` text NOT NULL,
  	\`occurred_at\` text,
  	\`place\` text,
  	\`vehicle_plate\` text,
  	\`anonymous\` integer DEFAULT false,
  	\`reporter_name\` text,
  	\`reporter_phone\` text,
  	\`reporter_id_number\` text,
  	\`reporter_email\` text,
  	\`answer\` text,
  	\`answered_at\` text,
  	\`reporter_phone_hash\` text,
  	\`idempotency_key\` text,
  	\`request_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports\`("id", "tracking_code", "type", "status", "unit_id", "locality_id", "locality_code", "province_code", "title", "content", "occurred_at", "place", "vehicle_plate", "anonymous", "reporter_name", "reporter_phone", "reporter_id_number", "reporter_email", "answer", "answered_at", "reporter_phone_hash", "idempotency_key", "request_fingerprint", "updated_at", "created_at") SELECT "id", "tracking_code", "type", "status", "unit_id", "locality_id", "locality_code", "province_code", "title", "content", "occurred_at", "place", "vehicle_plate", "anonymous", "reporter_name", "reporter_phone", "reporter_id_number", "reporter_email", "answer", "answered_at", "reporter_phone_hash", "idempotency_key", "request_fingerprint", "updated_at", "created_at" FROM \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_tracking_code_idx\` ON \`reports\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`reports_type_idx\` ON \`reports\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_unit_idx\` ON \`reports\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_locality_idx\` ON \`reports\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_locality_code_idx\` ON \`reports\` (\`locality_code\`);`)
  await db.run(sql`CREATE INDEX \`reports_province_code_idx\` ON \`reports\` (\`province_code\`);`)
  await db.run(sql`CREATE INDEX \`reports_vehicle_plate_idx\` ON \`reports\` (\`vehicle_plate\`);`)
  await db.run(sql`CREATE INDEX \`reports_reporter_phone_hash_idx\` ON \`reports\` (\`reporter_phone_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_idempotency_key_idx\` ON \`reports\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`localities_id\` integer,
  	\`units_id\` integer,
  	\`procedures_id\` integer,
  	\`hotlines_id\` integer,
  	\`articles_id\` integer,
  	\`reports_id\` integer,
  	\`report_attachments_id\` integer,
  	\`report_routing_rules_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`localities_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hotlines_id\`) REFERENCES \`hotlines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_attachments_id\`) REFERENCES \`report_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_routing_rules_id\`) REFERENCES \`report_routing_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "localities_id", "units_id", "procedures_id", "hotlines_id", "articles_id", "reports_id", "report_attachments_id", "report_routing_rules_id") SELECT "id", "order", "parent_id", "path", "users_id", "localities_id", "units_id", "procedures_id", "hotlines_id", "articles_id", "reports_id", "report_attachments_id", "report_routing_rules_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_localities_id_idx\` ON \`payload_locked_documents_rels\` (\`localities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hotlines_id_idx\` ON \`payload_locked_documents_rels\` (\`hotlines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`report_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_routing_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`report_routing_rules_id\`);`)
}

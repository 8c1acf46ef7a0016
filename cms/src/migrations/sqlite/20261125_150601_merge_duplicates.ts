import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` ADD \`merged_into_id\` integer REFERENCES reports(id);`)
  await db.run(sql`CREATE INDEX \`reports_merged_into_idx\` ON \`reports\` (\`merged_into_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`status\` text DEFAULT 'RECEIVED' NOT NULL,
  	\`unit_id\` integer,
  	\`assignee_id\` integer,
  	\`due_at\` text,
  	\`rejection_reason\` text,
  	\`complaint\` text,
  	\`resolved_at\` text,
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
  	\`publishable\` integer DEFAULT false,
  	\`answered_at\` text,
  	\`reporter_phone_hash\` text,
  	\`idempotency_key\` text,
  	\`request_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports\`("id", "tracking_code", "type", "status", "unit_id", "assignee_id", "due_at", "rejection_reason", "complaint", "resolved_at", "locality_id", "locality_code", "province_code", "title", "content", "occurred_at", "place", "vehicle_plate", "anonymous", "reporter_name", "reporter_phone", "reporter_id_number", "reporter_email", "answer", "publishable", "answered_at", "reporter_phone_hash", "idempotency_key", "request_fingerprint", "updated_at", "created_at") SELECT "id", "tracking_code", "type", "status", "unit_id", "assignee_id", "due_at", "rejection_reason", "complaint", "resolved_at", "locality_id", "locality_code", "province_code", "title", "content", "occurred_at", "place", "vehicle_plate", "anonymous", "reporter_name", "reporter_phone", "reporter_id_number", "reporter_email", "answer", "publishable", "answered_at", "reporter_phone_hash", "idempotency_key", "request_fingerprint", "updated_at", "created_at" FROM \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_tracking_code_idx\` ON \`reports\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`reports_type_idx\` ON \`reports\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_unit_idx\` ON \`reports\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_assignee_idx\` ON \`reports\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_due_at_idx\` ON \`reports\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_resolved_at_idx\` ON \`reports\` (\`resolved_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_locality_idx\` ON \`reports\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_locality_code_idx\` ON \`reports\` (\`locality_code\`);`)
  await db.run(sql`CREATE INDEX \`reports_province_code_idx\` ON \`reports\` (\`province_code\`);`)
  await db.run(sql`CREATE INDEX \`reports_vehicle_plate_idx\` ON \`reports\` (\`vehicle_plate\`);`)
  await db.run(sql`CREATE INDEX \`reports_publishable_idx\` ON \`reports\` (\`publishable\`);`)
  await db.run(sql`CREATE INDEX \`reports_reporter_phone_hash_idx\` ON \`reports\` (\`reporter_phone_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_idempotency_key_idx\` ON \`reports\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
}

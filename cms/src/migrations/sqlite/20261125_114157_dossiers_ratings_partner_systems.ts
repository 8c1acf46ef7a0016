import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`dossiers_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dossiers_timeline_order_idx\` ON \`dossiers_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_timeline_parent_id_idx\` ON \`dossiers_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dossiers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`version\` numeric NOT NULL,
  	\`procedure_code\` text NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`locality_code\` text,
  	\`province_code\` text,
  	\`applicant_name\` text,
  	\`applicant_phone\` text,
  	\`applicant_id_number\` text,
  	\`status\` text NOT NULL,
  	\`submitted_at\` text NOT NULL,
  	\`due_at\` text NOT NULL,
  	\`completed_at\` text,
  	\`open\` integer,
  	\`result_delivery\` text,
  	\`result_place\` text,
  	\`result_available_from\` text,
  	\`partner_system_id\` integer,
  	\`applicant_phone_hash\` text,
  	\`applicant_id_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_system_id\`) REFERENCES \`partner_systems\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`dossiers_code_idx\` ON \`dossiers\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_procedure_code_idx\` ON \`dossiers\` (\`procedure_code\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_unit_idx\` ON \`dossiers\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_locality_code_idx\` ON \`dossiers\` (\`locality_code\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_province_code_idx\` ON \`dossiers\` (\`province_code\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_status_idx\` ON \`dossiers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_submitted_at_idx\` ON \`dossiers\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_due_at_idx\` ON \`dossiers\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_completed_at_idx\` ON \`dossiers\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_open_idx\` ON \`dossiers\` (\`open\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_partner_system_idx\` ON \`dossiers\` (\`partner_system_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_applicant_phone_hash_idx\` ON \`dossiers\` (\`applicant_phone_hash\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_applicant_id_hash_idx\` ON \`dossiers\` (\`applicant_id_hash\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_updated_at_idx\` ON \`dossiers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_created_at_idx\` ON \`dossiers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ratings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`dossier_code\` text,
  	\`unit_id\` integer NOT NULL,
  	\`procedure_code\` text,
  	\`locality_code\` text,
  	\`province_code\` text,
  	\`score\` numeric NOT NULL,
  	\`criteria_attitude\` numeric,
  	\`criteria_timeliness\` numeric,
  	\`criteria_guidance\` numeric,
  	\`criteria_transparency\` numeric,
  	\`comment\` text,
  	\`rated_at\` text NOT NULL,
  	\`editable_until\` text,
  	\`reply\` text,
  	\`replied_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ratings_kind_idx\` ON \`ratings\` (\`kind\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ratings_dossier_code_idx\` ON \`ratings\` (\`dossier_code\`);`)
  await db.run(sql`CREATE INDEX \`ratings_unit_idx\` ON \`ratings\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`ratings_procedure_code_idx\` ON \`ratings\` (\`procedure_code\`);`)
  await db.run(sql`CREATE INDEX \`ratings_locality_code_idx\` ON \`ratings\` (\`locality_code\`);`)
  await db.run(sql`CREATE INDEX \`ratings_province_code_idx\` ON \`ratings\` (\`province_code\`);`)
  await db.run(sql`CREATE INDEX \`ratings_rated_at_idx\` ON \`ratings\` (\`rated_at\`);`)
  await db.run(sql`CREATE INDEX \`ratings_updated_at_idx\` ON \`ratings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ratings_created_at_idx\` ON \`ratings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partner_systems\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`api_key\` text,
  	\`api_key_hint\` text,
  	\`api_key_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_systems_active_idx\` ON \`partner_systems\` (\`active\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`partner_systems_api_key_hash_idx\` ON \`partner_systems\` (\`api_key_hash\`);`)
  await db.run(sql`CREATE INDEX \`partner_systems_updated_at_idx\` ON \`partner_systems\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partner_systems_created_at_idx\` ON \`partner_systems\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partner_systems_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partner_systems\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_systems_rels_order_idx\` ON \`partner_systems_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partner_systems_rels_parent_idx\` ON \`partner_systems_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_systems_rels_path_idx\` ON \`partner_systems_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`partner_systems_rels_units_id_idx\` ON \`partner_systems_rels\` (\`units_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`dossiers_id\` integer REFERENCES dossiers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ratings_id\` integer REFERENCES ratings(id);`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`partner_systems_id\` integer REFERENCES partner_systems(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_dossiers_id_idx\` ON \`payload_locked_documents_rels\` (\`dossiers_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`ratings_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_partner_systems_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_systems_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`dossiers_timeline\`;`)
  await db.run(sql`DROP TABLE \`dossiers\`;`)
  await db.run(sql`DROP TABLE \`ratings\`;`)
  await db.run(sql`DROP TABLE \`partner_systems\`;`)
  await db.run(sql`DROP TABLE \`partner_systems_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`localities_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hotlines_id\`) REFERENCES \`hotlines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "localities_id", "units_id", "procedures_id", "hotlines_id", "articles_id", "reports_id") SELECT "id", "order", "parent_id", "path", "users_id", "localities_id", "units_id", "procedures_id", "hotlines_id", "articles_id", "reports_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_localities_id_idx\` ON \`payload_locked_documents_rels\` (\`localities_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_hotlines_id_idx\` ON \`payload_locked_documents_rels\` (\`hotlines_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`,
  )
}

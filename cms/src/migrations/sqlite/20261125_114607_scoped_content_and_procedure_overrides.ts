import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`units_verified_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`value\` text NOT NULL,
  	\`verified_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`units_verified_channels_order_idx\` ON \`units_verified_channels\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`units_verified_channels_parent_id_idx\` ON \`units_verified_channels\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`units_verified_channels_value_idx\` ON \`units_verified_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`procedures_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_steps_order_idx\` ON \`procedures_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_steps_parent_id_idx\` ON \`procedures_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_legal_basis_order_idx\` ON \`procedures_legal_basis\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`procedures_legal_basis_parent_id_idx\` ON \`procedures_legal_basis\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedure_overrides_contact_officers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`phone\` text,
  	\`unit_id\` integer,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedure_overrides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`procedure_overrides_contact_officers_order_idx\` ON \`procedure_overrides_contact_officers\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedure_overrides_contact_officers_parent_id_idx\` ON \`procedure_overrides_contact_officers\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedure_overrides_contact_officers_unit_idx\` ON \`procedure_overrides_contact_officers\` (\`unit_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedure_overrides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`procedure_id\` integer,
  	\`locality_id\` integer,
  	\`unit_id\` integer,
  	\`province_code\` text,
  	\`label\` text,
  	\`submit_at\` text,
  	\`fees\` text,
  	\`processing_time\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`procedure_overrides_procedure_idx\` ON \`procedure_overrides\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`procedure_overrides_locality_idx\` ON \`procedure_overrides\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`procedure_overrides_unit_idx\` ON \`procedure_overrides\` (\`unit_id\`);`)
  await db.run(
    sql`CREATE INDEX \`procedure_overrides_province_code_idx\` ON \`procedure_overrides\` (\`province_code\`);`,
  )
  await db.run(sql`CREATE INDEX \`procedure_overrides_updated_at_idx\` ON \`procedure_overrides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedure_overrides_created_at_idx\` ON \`procedure_overrides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedure_overrides__status_idx\` ON \`procedure_overrides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_procedure_overrides_v_version_contact_officers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`phone\` text,
  	\`unit_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedure_overrides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_version_contact_officers_order_idx\` ON \`_procedure_overrides_v_version_contact_officers\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_version_contact_officers_parent_id_idx\` ON \`_procedure_overrides_v_version_contact_officers\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_version_contact_officers_unit_idx\` ON \`_procedure_overrides_v_version_contact_officers\` (\`unit_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedure_overrides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_procedure_id\` integer,
  	\`version_locality_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_province_code\` text,
  	\`version_label\` text,
  	\`version_submit_at\` text,
  	\`version_fees\` text,
  	\`version_processing_time\` text,
  	\`version_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedure_overrides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_parent_idx\` ON \`_procedure_overrides_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_version_version_procedure_idx\` ON \`_procedure_overrides_v\` (\`version_procedure_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_version_version_locality_idx\` ON \`_procedure_overrides_v\` (\`version_locality_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_version_version_unit_idx\` ON \`_procedure_overrides_v\` (\`version_unit_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_version_version_province_code_idx\` ON \`_procedure_overrides_v\` (\`version_province_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_version_version_updated_at_idx\` ON \`_procedure_overrides_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_version_version_created_at_idx\` ON \`_procedure_overrides_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_version_version__status_idx\` ON \`_procedure_overrides_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_created_at_idx\` ON \`_procedure_overrides_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedure_overrides_v_updated_at_idx\` ON \`_procedure_overrides_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_latest_idx\` ON \`_procedure_overrides_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`province_code\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`opening_hours\` text;`)
  await db.run(sql`CREATE INDEX \`units_province_code_idx\` ON \`units\` (\`province_code\`);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`submit_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`online_level\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`effective_from\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`effective_to\` text;`)
  await db.run(sql`CREATE INDEX \`procedures_online_level_idx\` ON \`procedures\` (\`online_level\`);`)
  await db.run(sql`ALTER TABLE \`hotlines\` ADD \`province_code\` text;`)
  await db.run(sql`CREATE INDEX \`hotlines_province_code_idx\` ON \`hotlines\` (\`province_code\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`province_code\` text;`)
  await db.run(sql`CREATE INDEX \`articles_unit_idx\` ON \`articles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_province_code_idx\` ON \`articles\` (\`province_code\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_province_code\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_unit_idx\` ON \`_articles_v\` (\`version_unit_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_province_code_idx\` ON \`_articles_v\` (\`version_province_code\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`procedure_overrides_id\` integer REFERENCES procedure_overrides(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_procedure_overrides_id_idx\` ON \`payload_locked_documents_rels\` (\`procedure_overrides_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`units_verified_channels\`;`)
  await db.run(sql`DROP TABLE \`procedures_steps\`;`)
  await db.run(sql`DROP TABLE \`procedures_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`procedure_overrides_contact_officers\`;`)
  await db.run(sql`DROP TABLE \`procedure_overrides\`;`)
  await db.run(sql`DROP TABLE \`_procedure_overrides_v_version_contact_officers\`;`)
  await db.run(sql`DROP TABLE \`_procedure_overrides_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`category\` text,
  	\`summary\` text,
  	\`content\` text,
  	\`locality_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "category", "summary", "content", "locality_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "category", "summary", "content", "locality_id", "published_at", "updated_at", "created_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_category_idx\` ON \`articles\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`articles_locality_idx\` ON \`articles\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_summary\` text,
  	\`version_content\` text,
  	\`version_locality_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_category", "version_summary", "version_content", "version_locality_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_category", "version_summary", "version_content", "version_locality_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_category_idx\` ON \`_articles_v\` (\`version_category\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_locality_idx\` ON \`_articles_v\` (\`version_locality_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
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
  await db.run(sql`DROP INDEX \`units_province_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`province_code\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`opening_hours\`;`)
  await db.run(sql`DROP INDEX \`procedures_online_level_idx\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`submit_at\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`online_level\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`effective_from\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`effective_to\`;`)
  await db.run(sql`DROP INDEX \`hotlines_province_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`hotlines\` DROP COLUMN \`province_code\`;`)
}

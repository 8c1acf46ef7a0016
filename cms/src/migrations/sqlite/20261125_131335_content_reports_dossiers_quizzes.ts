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
  await db.run(sql`CREATE INDEX \`units_verified_channels_parent_id_idx\` ON \`units_verified_channels\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE INDEX \`procedures_legal_basis_parent_id_idx\` ON \`procedures_legal_basis\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE INDEX \`procedure_overrides_contact_officers_order_idx\` ON \`procedure_overrides_contact_officers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedure_overrides_contact_officers_parent_id_idx\` ON \`procedure_overrides_contact_officers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedure_overrides_contact_officers_unit_idx\` ON \`procedure_overrides_contact_officers\` (\`unit_id\`);`)
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
  await db.run(sql`CREATE INDEX \`procedure_overrides_province_code_idx\` ON \`procedure_overrides\` (\`province_code\`);`)
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
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_version_contact_officers_order_idx\` ON \`_procedure_overrides_v_version_contact_officers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_version_contact_officers_parent_id_idx\` ON \`_procedure_overrides_v_version_contact_officers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_version_contact_officers_unit_idx\` ON \`_procedure_overrides_v_version_contact_officers\` (\`unit_id\`);`)
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
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_version_version_procedure_idx\` ON \`_procedure_overrides_v\` (\`version_procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_version_version_locality_idx\` ON \`_procedure_overrides_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_version_version_unit_idx\` ON \`_procedure_overrides_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_version_version_province_code_idx\` ON \`_procedure_overrides_v\` (\`version_province_code\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_version_version_updated_at_idx\` ON \`_procedure_overrides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_version_version_created_at_idx\` ON \`_procedure_overrides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_version_version__status_idx\` ON \`_procedure_overrides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_created_at_idx\` ON \`_procedure_overrides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_updated_at_idx\` ON \`_procedure_overrides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_overrides_v_latest_idx\` ON \`_procedure_overrides_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`articles_charts_series_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_charts_series\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_charts_series_points_order_idx\` ON \`articles_charts_series_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_charts_series_points_parent_id_idx\` ON \`articles_charts_series_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_charts_series\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_charts_series_order_idx\` ON \`articles_charts_series\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_charts_series_parent_id_idx\` ON \`articles_charts_series\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_charts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text DEFAULT 'BAR',
  	\`unit\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_charts_order_idx\` ON \`articles_charts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_charts_parent_id_idx\` ON \`articles_charts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_texts_text_idx\` ON \`articles_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_procedures_id_idx\` ON \`articles_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_charts_series_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_version_charts_series\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_charts_series_points_order_idx\` ON \`_articles_v_version_charts_series_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_charts_series_points_parent_id_idx\` ON \`_articles_v_version_charts_series_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_charts_series\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_version_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_charts_series_order_idx\` ON \`_articles_v_version_charts_series\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_charts_series_parent_id_idx\` ON \`_articles_v_version_charts_series\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_charts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text DEFAULT 'BAR',
  	\`unit\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_charts_order_idx\` ON \`_articles_v_version_charts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_charts_parent_id_idx\` ON \`_articles_v_version_charts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_procedures_id_idx\` ON \`_articles_v_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`article_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`views\` numeric DEFAULT 0 NOT NULL,
  	\`shares\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`article_counters_article_idx\` ON \`article_counters\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`article_counters_updated_at_idx\` ON \`article_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`article_counters_created_at_idx\` ON \`article_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`handbook_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`locality_id\` integer,
  	\`unit_id\` integer,
  	\`province_code\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`handbook_entries_locality_idx\` ON \`handbook_entries\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`handbook_entries_unit_idx\` ON \`handbook_entries\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`handbook_entries_province_code_idx\` ON \`handbook_entries\` (\`province_code\`);`)
  await db.run(sql`CREATE INDEX \`handbook_entries_updated_at_idx\` ON \`handbook_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`handbook_entries_created_at_idx\` ON \`handbook_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`handbook_entries__status_idx\` ON \`handbook_entries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`handbook_entries_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`handbook_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`handbook_entries_texts_order_parent\` ON \`handbook_entries_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`handbook_entries_texts_text_idx\` ON \`handbook_entries_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`handbook_entries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`handbook_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`handbook_entries_rels_order_idx\` ON \`handbook_entries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`handbook_entries_rels_parent_idx\` ON \`handbook_entries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`handbook_entries_rels_path_idx\` ON \`handbook_entries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`handbook_entries_rels_procedures_id_idx\` ON \`handbook_entries_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`_handbook_entries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_question\` text,
  	\`version_answer\` text,
  	\`version_locality_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_province_code\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`handbook_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_parent_idx\` ON \`_handbook_entries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_version_version_locality_idx\` ON \`_handbook_entries_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_version_version_unit_idx\` ON \`_handbook_entries_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_version_version_province_code_idx\` ON \`_handbook_entries_v\` (\`version_province_code\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_version_version_updated_at_idx\` ON \`_handbook_entries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_version_version_created_at_idx\` ON \`_handbook_entries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_version_version__status_idx\` ON \`_handbook_entries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_created_at_idx\` ON \`_handbook_entries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_updated_at_idx\` ON \`_handbook_entries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_latest_idx\` ON \`_handbook_entries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_handbook_entries_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_handbook_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_texts_order_parent\` ON \`_handbook_entries_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_handbook_entries_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_handbook_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_rels_order_idx\` ON \`_handbook_entries_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_rels_parent_idx\` ON \`_handbook_entries_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_rels_path_idx\` ON \`_handbook_entries_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_rels_procedures_id_idx\` ON \`_handbook_entries_v_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`patrol_schedules_shifts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`patrol_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`patrol_schedules_shifts_order_idx\` ON \`patrol_schedules_shifts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`patrol_schedules_shifts_parent_id_idx\` ON \`patrol_schedules_shifts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`patrol_schedules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`area\` text NOT NULL,
  	\`route\` text,
  	\`focus\` text,
  	\`starts_on\` text NOT NULL,
  	\`ends_on\` text NOT NULL,
  	\`published\` integer DEFAULT false,
  	\`locality_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`province_code\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`patrol_schedules_starts_on_idx\` ON \`patrol_schedules\` (\`starts_on\`);`)
  await db.run(sql`CREATE INDEX \`patrol_schedules_ends_on_idx\` ON \`patrol_schedules\` (\`ends_on\`);`)
  await db.run(sql`CREATE INDEX \`patrol_schedules_published_idx\` ON \`patrol_schedules\` (\`published\`);`)
  await db.run(sql`CREATE INDEX \`patrol_schedules_locality_idx\` ON \`patrol_schedules\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`patrol_schedules_unit_idx\` ON \`patrol_schedules\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`patrol_schedules_province_code_idx\` ON \`patrol_schedules\` (\`province_code\`);`)
  await db.run(sql`CREATE INDEX \`patrol_schedules_updated_at_idx\` ON \`patrol_schedules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`patrol_schedules_created_at_idx\` ON \`patrol_schedules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`search_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`ref_id\` numeric NOT NULL,
  	\`ref_key\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`tags\` text,
  	\`locality_code\` text,
  	\`public\` integer DEFAULT false,
  	\`removed\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`search_entries_key_idx\` ON \`search_entries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_updated_at_idx\` ON \`search_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_created_at_idx\` ON \`search_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`report_attachments_id\` integer,
  	\`reports_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_attachments_id\`) REFERENCES \`report_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_report_attachments_id_idx\` ON \`reports_rels\` (\`report_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_reports_id_idx\` ON \`reports_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE TABLE \`report_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`report_attachments_token_idx\` ON \`report_attachments\` (\`token\`);`)
  await db.run(sql`CREATE INDEX \`report_attachments_updated_at_idx\` ON \`report_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_attachments_created_at_idx\` ON \`report_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`report_attachments_filename_idx\` ON \`report_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`report_routing_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`locality_id\` integer NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`note\` text,
  	\`locality_code\` text,
  	\`scope\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`report_routing_rules_locality_idx\` ON \`report_routing_rules\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`report_routing_rules_unit_idx\` ON \`report_routing_rules\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`report_routing_rules_locality_code_idx\` ON \`report_routing_rules\` (\`locality_code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`report_routing_rules_scope_idx\` ON \`report_routing_rules\` (\`scope\`);`)
  await db.run(sql`CREATE INDEX \`report_routing_rules_updated_at_idx\` ON \`report_routing_rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_routing_rules_created_at_idx\` ON \`report_routing_rules\` (\`created_at\`);`)
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
  await db.run(sql`CREATE TABLE \`personal_data_access_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`report_id\` integer NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`personal_data_access_log_user_idx\` ON \`personal_data_access_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`personal_data_access_log_report_idx\` ON \`personal_data_access_log\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`personal_data_access_log_tracking_code_idx\` ON \`personal_data_access_log\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`personal_data_access_log_updated_at_idx\` ON \`personal_data_access_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`personal_data_access_log_created_at_idx\` ON \`personal_data_access_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`correct\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_options_order_idx\` ON \`questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`questions_options_parent_id_idx\` ON \`questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`explanation\` text NOT NULL,
  	\`law\` text NOT NULL,
  	\`topic\` text,
  	\`difficulty\` text DEFAULT 'MEDIUM' NOT NULL,
  	\`image_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_code_idx\` ON \`questions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`questions_law_idx\` ON \`questions\` (\`law\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_laws\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_laws_order_idx\` ON \`quizzes_laws\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_laws_parent_idx\` ON \`quizzes_laws\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quizzes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`cover_url\` text,
  	\`locality_id\` integer,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`time_limit_seconds\` numeric DEFAULT 600,
  	\`question_count\` numeric DEFAULT 10,
  	\`pass_percent\` numeric DEFAULT 80,
  	\`max_attempts\` numeric DEFAULT 3,
  	\`national\` integer,
  	\`locality_code\` text,
  	\`province_code\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_locality_idx\` ON \`quizzes\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_opens_at_idx\` ON \`quizzes\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_closes_at_idx\` ON \`quizzes\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_national_idx\` ON \`quizzes\` (\`national\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_locality_code_idx\` ON \`quizzes\` (\`locality_code\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_province_code_idx\` ON \`quizzes\` (\`province_code\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_updated_at_idx\` ON \`quizzes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_created_at_idx\` ON \`quizzes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes__status_idx\` ON \`quizzes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`questions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_rels_order_idx\` ON \`quizzes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_parent_idx\` ON \`quizzes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_path_idx\` ON \`quizzes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_questions_id_idx\` ON \`quizzes_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v_version_laws\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_quizzes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_laws_order_idx\` ON \`_quizzes_v_version_laws\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_laws_parent_idx\` ON \`_quizzes_v_version_laws\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_cover_url\` text,
  	\`version_locality_id\` integer,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_time_limit_seconds\` numeric DEFAULT 600,
  	\`version_question_count\` numeric DEFAULT 10,
  	\`version_pass_percent\` numeric DEFAULT 80,
  	\`version_max_attempts\` numeric DEFAULT 3,
  	\`version_national\` integer,
  	\`version_locality_code\` text,
  	\`version_province_code\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_quizzes_v_parent_idx\` ON \`_quizzes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_locality_idx\` ON \`_quizzes_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_opens_at_idx\` ON \`_quizzes_v\` (\`version_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_closes_at_idx\` ON \`_quizzes_v\` (\`version_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_national_idx\` ON \`_quizzes_v\` (\`version_national\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_locality_code_idx\` ON \`_quizzes_v\` (\`version_locality_code\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_province_code_idx\` ON \`_quizzes_v\` (\`version_province_code\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_updated_at_idx\` ON \`_quizzes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_created_at_idx\` ON \`_quizzes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version__status_idx\` ON \`_quizzes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_created_at_idx\` ON \`_quizzes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_updated_at_idx\` ON \`_quizzes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_latest_idx\` ON \`_quizzes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`questions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_quizzes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quizzes_v_rels_order_idx\` ON \`_quizzes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_rels_parent_idx\` ON \`_quizzes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_rels_path_idx\` ON \`_quizzes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_rels_questions_id_idx\` ON \`_quizzes_v_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE TABLE \`quiz_participants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`masked_name\` text NOT NULL,
  	\`locality_code\` text,
  	\`province_code\` text,
  	\`phone_hash\` text,
  	\`zalo_user_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`quiz_participants_locality_code_idx\` ON \`quiz_participants\` (\`locality_code\`);`)
  await db.run(sql`CREATE INDEX \`quiz_participants_province_code_idx\` ON \`quiz_participants\` (\`province_code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`quiz_participants_phone_hash_idx\` ON \`quiz_participants\` (\`phone_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`quiz_participants_zalo_user_id_idx\` ON \`quiz_participants\` (\`zalo_user_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_participants_updated_at_idx\` ON \`quiz_participants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quiz_participants_created_at_idx\` ON \`quiz_participants\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`quiz_attempts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`attempt_id\` text NOT NULL,
  	\`quiz_id\` integer NOT NULL,
  	\`participant_id\` integer NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`locality_code\` text,
  	\`province_code\` text,
  	\`status\` text NOT NULL,
  	\`started_at\` text NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`submitted_at\` text,
  	\`duration_ms\` numeric,
  	\`score\` numeric,
  	\`max_score\` numeric NOT NULL,
  	\`passed\` integer,
  	\`best\` integer DEFAULT false,
  	\`drawn\` text NOT NULL,
  	\`answers\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`quiz_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`participant_id\`) REFERENCES \`quiz_participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`quiz_attempts_attempt_id_idx\` ON \`quiz_attempts\` (\`attempt_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_quiz_idx\` ON \`quiz_attempts\` (\`quiz_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_participant_idx\` ON \`quiz_attempts\` (\`participant_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_locality_code_idx\` ON \`quiz_attempts\` (\`locality_code\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_province_code_idx\` ON \`quiz_attempts\` (\`province_code\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_status_idx\` ON \`quiz_attempts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_duration_ms_idx\` ON \`quiz_attempts\` (\`duration_ms\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_score_idx\` ON \`quiz_attempts\` (\`score\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_best_idx\` ON \`quiz_attempts\` (\`best\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_updated_at_idx\` ON \`quiz_attempts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_created_at_idx\` ON \`quiz_attempts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`quiz_participant_number_idx\` ON \`quiz_attempts\` (\`quiz_id\`,\`participant_id\`,\`number\`);`)
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
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
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
  await db.run(sql`ALTER TABLE \`articles\` ADD \`cover_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`province_code\` text;`)
  await db.run(sql`CREATE INDEX \`articles_cover_image_idx\` ON \`articles\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_unit_idx\` ON \`articles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_province_code_idx\` ON \`articles\` (\`province_code\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_cover_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_province_code\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_image_idx\` ON \`_articles_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_unit_idx\` ON \`_articles_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_province_code_idx\` ON \`_articles_v\` (\`version_province_code\`);`)
  await db.run(sql`ALTER TABLE \`reports_timeline\` ADD \`actor_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`reports_timeline_actor_idx\` ON \`reports_timeline\` (\`actor_id\`);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`due_at\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`complaint\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`resolved_at\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`publishable\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`reports_unit_idx\` ON \`reports\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_assignee_idx\` ON \`reports\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_due_at_idx\` ON \`reports\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_resolved_at_idx\` ON \`reports\` (\`resolved_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_publishable_idx\` ON \`reports\` (\`publishable\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`procedure_overrides_id\` integer REFERENCES procedure_overrides(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`article_counters_id\` integer REFERENCES article_counters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`handbook_entries_id\` integer REFERENCES handbook_entries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`patrol_schedules_id\` integer REFERENCES patrol_schedules(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_entries_id\` integer REFERENCES search_entries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_attachments_id\` integer REFERENCES report_attachments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_routing_rules_id\` integer REFERENCES report_routing_rules(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outbox_events_id\` integer REFERENCES outbox_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`personal_data_access_log_id\` integer REFERENCES personal_data_access_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`questions_id\` integer REFERENCES questions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quizzes_id\` integer REFERENCES quizzes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quiz_participants_id\` integer REFERENCES quiz_participants(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quiz_attempts_id\` integer REFERENCES quiz_attempts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`dossiers_id\` integer REFERENCES dossiers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ratings_id\` integer REFERENCES ratings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`partner_systems_id\` integer REFERENCES partner_systems(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedure_overrides_id_idx\` ON \`payload_locked_documents_rels\` (\`procedure_overrides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_article_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`article_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_handbook_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`handbook_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_patrol_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`patrol_schedules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`report_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_routing_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`report_routing_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_events_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_personal_data_access_log_i_idx\` ON \`payload_locked_documents_rels\` (\`personal_data_access_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quizzes_id_idx\` ON \`payload_locked_documents_rels\` (\`quizzes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_participants_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_participants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dossiers_id_idx\` ON \`payload_locked_documents_rels\` (\`dossiers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`ratings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partner_systems_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_systems_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`units_verified_channels\`;`)
  await db.run(sql`DROP TABLE \`procedures_steps\`;`)
  await db.run(sql`DROP TABLE \`procedures_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`procedure_overrides_contact_officers\`;`)
  await db.run(sql`DROP TABLE \`procedure_overrides\`;`)
  await db.run(sql`DROP TABLE \`_procedure_overrides_v_version_contact_officers\`;`)
  await db.run(sql`DROP TABLE \`_procedure_overrides_v\`;`)
  await db.run(sql`DROP TABLE \`articles_charts_series_points\`;`)
  await db.run(sql`DROP TABLE \`articles_charts_series\`;`)
  await db.run(sql`DROP TABLE \`articles_charts\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_charts_series_points\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_charts_series\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_charts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`article_counters\`;`)
  await db.run(sql`DROP TABLE \`handbook_entries\`;`)
  await db.run(sql`DROP TABLE \`handbook_entries_texts\`;`)
  await db.run(sql`DROP TABLE \`handbook_entries_rels\`;`)
  await db.run(sql`DROP TABLE \`_handbook_entries_v\`;`)
  await db.run(sql`DROP TABLE \`_handbook_entries_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_handbook_entries_v_rels\`;`)
  await db.run(sql`DROP TABLE \`patrol_schedules_shifts\`;`)
  await db.run(sql`DROP TABLE \`patrol_schedules\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`search_entries\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`report_attachments\`;`)
  await db.run(sql`DROP TABLE \`report_routing_rules\`;`)
  await db.run(sql`DROP TABLE \`outbox_events\`;`)
  await db.run(sql`DROP TABLE \`personal_data_access_log\`;`)
  await db.run(sql`DROP TABLE \`questions_options\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`quizzes_laws\`;`)
  await db.run(sql`DROP TABLE \`quizzes\`;`)
  await db.run(sql`DROP TABLE \`quizzes_rels\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v_version_laws\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`quiz_participants\`;`)
  await db.run(sql`DROP TABLE \`quiz_attempts\`;`)
  await db.run(sql`DROP TABLE \`dossiers_timeline\`;`)
  await db.run(sql`DROP TABLE \`dossiers\`;`)
  await db.run(sql`DROP TABLE \`ratings\`;`)
  await db.run(sql`DROP TABLE \`partner_systems\`;`)
  await db.run(sql`DROP TABLE \`partner_systems_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`report_settings\`;`)
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
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "category", "summary", "content", "locality_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "category", "summary", "content", "locality_id", "published_at", "updated_at", "created_at", "_status" FROM \`articles\`;`)
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
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_category", "version_summary", "version_content", "version_locality_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_category", "version_summary", "version_content", "version_locality_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_category_idx\` ON \`_articles_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_locality_idx\` ON \`_articles_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
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
  await db.run(sql`CREATE INDEX \`reports_timeline_order_idx\` ON \`reports_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_timeline_parent_id_idx\` ON \`reports_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`status\` text DEFAULT 'RECEIVED' NOT NULL,
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
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports\`("id", "tracking_code", "type", "status", "locality_id", "locality_code", "province_code", "title", "content", "occurred_at", "place", "vehicle_plate", "anonymous", "reporter_name", "reporter_phone", "reporter_id_number", "reporter_email", "answer", "answered_at", "reporter_phone_hash", "idempotency_key", "request_fingerprint", "updated_at", "created_at") SELECT "id", "tracking_code", "type", "status", "locality_id", "locality_code", "province_code", "title", "content", "occurred_at", "place", "vehicle_plate", "anonymous", "reporter_name", "reporter_phone", "reporter_id_number", "reporter_email", "answer", "answered_at", "reporter_phone_hash", "idempotency_key", "request_fingerprint", "updated_at", "created_at" FROM \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_tracking_code_idx\` ON \`reports\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`reports_type_idx\` ON \`reports\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "localities_id", "units_id", "procedures_id", "hotlines_id", "articles_id", "reports_id") SELECT "id", "order", "parent_id", "path", "users_id", "localities_id", "units_id", "procedures_id", "hotlines_id", "articles_id", "reports_id" FROM \`payload_locked_documents_rels\`;`)
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

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_charts_series_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_charts_series\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`articles_charts_series_points_order_idx\` ON \`articles_charts_series_points\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_charts_series_points_parent_id_idx\` ON \`articles_charts_series_points\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`articles_charts_series\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_charts_series_order_idx\` ON \`articles_charts_series\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_charts_series_parent_id_idx\` ON \`articles_charts_series\` (\`_parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_charts_series_points_order_idx\` ON \`_articles_v_version_charts_series_points\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_charts_series_points_parent_id_idx\` ON \`_articles_v_version_charts_series_points\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v_version_charts_series\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_version_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_charts_series_order_idx\` ON \`_articles_v_version_charts_series\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_charts_series_parent_id_idx\` ON \`_articles_v_version_charts_series\` (\`_parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_charts_order_idx\` ON \`_articles_v_version_charts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_charts_parent_id_idx\` ON \`_articles_v_version_charts\` (\`_parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`handbook_entries_texts_order_parent\` ON \`handbook_entries_texts\` (\`order\`,\`parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`handbook_entries_rels_procedures_id_idx\` ON \`handbook_entries_rels\` (\`procedures_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_handbook_entries_v_version_version_locality_idx\` ON \`_handbook_entries_v\` (\`version_locality_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_handbook_entries_v_version_version_unit_idx\` ON \`_handbook_entries_v\` (\`version_unit_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_handbook_entries_v_version_version_province_code_idx\` ON \`_handbook_entries_v\` (\`version_province_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_handbook_entries_v_version_version_updated_at_idx\` ON \`_handbook_entries_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_handbook_entries_v_version_version_created_at_idx\` ON \`_handbook_entries_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_handbook_entries_v_version_version__status_idx\` ON \`_handbook_entries_v\` (\`version__status\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_handbook_entries_v_texts_order_parent\` ON \`_handbook_entries_v_texts\` (\`order\`,\`parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_handbook_entries_v_rels_parent_idx\` ON \`_handbook_entries_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_handbook_entries_v_rels_path_idx\` ON \`_handbook_entries_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_handbook_entries_v_rels_procedures_id_idx\` ON \`_handbook_entries_v_rels\` (\`procedures_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`patrol_schedules_shifts_parent_id_idx\` ON \`patrol_schedules_shifts\` (\`_parent_id\`);`,
  )
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
  await db.run(sql`ALTER TABLE \`articles\` ADD \`cover_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`articles_cover_image_idx\` ON \`articles\` (\`cover_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_cover_image_id\` integer REFERENCES media(id);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_cover_image_idx\` ON \`_articles_v\` (\`version_cover_image_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`article_counters_id\` integer REFERENCES article_counters(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`handbook_entries_id\` integer REFERENCES handbook_entries(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`patrol_schedules_id\` integer REFERENCES patrol_schedules(id);`,
  )
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_article_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`article_counters_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_handbook_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`handbook_entries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_patrol_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`patrol_schedules_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`category\` text,
  	\`summary\` text,
  	\`content\` text,
  	\`locality_id\` integer,
  	\`unit_id\` integer,
  	\`province_code\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "category", "summary", "content", "locality_id", "unit_id", "province_code", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "category", "summary", "content", "locality_id", "unit_id", "province_code", "published_at", "updated_at", "created_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_category_idx\` ON \`articles\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`articles_locality_idx\` ON \`articles\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_unit_idx\` ON \`articles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_province_code_idx\` ON \`articles\` (\`province_code\`);`)
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
  	\`version_unit_id\` integer,
  	\`version_province_code\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_category", "version_summary", "version_content", "version_locality_id", "version_unit_id", "version_province_code", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_category", "version_summary", "version_content", "version_locality_id", "version_unit_id", "version_province_code", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`,
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
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_unit_idx\` ON \`_articles_v\` (\`version_unit_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_province_code_idx\` ON \`_articles_v\` (\`version_province_code\`);`,
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
  	\`procedure_overrides_id\` integer,
  	\`hotlines_id\` integer,
  	\`articles_id\` integer,
  	\`reports_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`localities_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedure_overrides_id\`) REFERENCES \`procedure_overrides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hotlines_id\`) REFERENCES \`hotlines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "localities_id", "units_id", "procedures_id", "procedure_overrides_id", "hotlines_id", "articles_id", "reports_id") SELECT "id", "order", "parent_id", "path", "users_id", "localities_id", "units_id", "procedures_id", "procedure_overrides_id", "hotlines_id", "articles_id", "reports_id" FROM \`payload_locked_documents_rels\`;`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_procedure_overrides_id_idx\` ON \`payload_locked_documents_rels\` (\`procedure_overrides_id\`);`,
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

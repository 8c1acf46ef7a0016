import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`questions\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`locality_id\` integer REFERENCES localities(id);`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`province_code\` text;`)
  await db.run(sql`CREATE INDEX \`questions_image_idx\` ON \`questions\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_locality_idx\` ON \`questions\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_unit_idx\` ON \`questions\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_province_code_idx\` ON \`questions\` (\`province_code\`);`)
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`image_url\`;`)
  await db.run(sql`ALTER TABLE \`quizzes\` ADD \`cover_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`quizzes\` ADD \`unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`CREATE INDEX \`quizzes_cover_idx\` ON \`quizzes\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_unit_idx\` ON \`quizzes\` (\`unit_id\`);`)
  await db.run(sql`ALTER TABLE \`quizzes\` DROP COLUMN \`cover_url\`;`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` ADD \`version_cover_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` ADD \`version_unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_cover_idx\` ON \`_quizzes_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_unit_idx\` ON \`_quizzes_v\` (\`version_unit_id\`);`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` DROP COLUMN \`version_cover_url\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_questions\` (
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
  await db.run(sql`INSERT INTO \`__new_questions\`("id", "code", "text", "explanation", "law", "topic", "difficulty", "image_url", "updated_at", "created_at") SELECT "id", "code", "text", "explanation", "law", "topic", "difficulty", "image_url", "updated_at", "created_at" FROM \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`ALTER TABLE \`__new_questions\` RENAME TO \`questions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_code_idx\` ON \`questions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`questions_law_idx\` ON \`questions\` (\`law\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_quizzes\` (
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
  await db.run(sql`INSERT INTO \`__new_quizzes\`("id", "title", "description", "cover_url", "locality_id", "opens_at", "closes_at", "time_limit_seconds", "question_count", "pass_percent", "max_attempts", "national", "locality_code", "province_code", "updated_at", "created_at", "_status") SELECT "id", "title", "description", "cover_url", "locality_id", "opens_at", "closes_at", "time_limit_seconds", "question_count", "pass_percent", "max_attempts", "national", "locality_code", "province_code", "updated_at", "created_at", "_status" FROM \`quizzes\`;`)
  await db.run(sql`DROP TABLE \`quizzes\`;`)
  await db.run(sql`ALTER TABLE \`__new_quizzes\` RENAME TO \`quizzes\`;`)
  await db.run(sql`CREATE INDEX \`quizzes_locality_idx\` ON \`quizzes\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_opens_at_idx\` ON \`quizzes\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_closes_at_idx\` ON \`quizzes\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_national_idx\` ON \`quizzes\` (\`national\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_locality_code_idx\` ON \`quizzes\` (\`locality_code\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_province_code_idx\` ON \`quizzes\` (\`province_code\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_updated_at_idx\` ON \`quizzes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_created_at_idx\` ON \`quizzes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes__status_idx\` ON \`quizzes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__quizzes_v\` (
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
  await db.run(sql`INSERT INTO \`__new__quizzes_v\`("id", "parent_id", "version_title", "version_description", "version_cover_url", "version_locality_id", "version_opens_at", "version_closes_at", "version_time_limit_seconds", "version_question_count", "version_pass_percent", "version_max_attempts", "version_national", "version_locality_code", "version_province_code", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_description", "version_cover_url", "version_locality_id", "version_opens_at", "version_closes_at", "version_time_limit_seconds", "version_question_count", "version_pass_percent", "version_max_attempts", "version_national", "version_locality_code", "version_province_code", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_quizzes_v\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__quizzes_v\` RENAME TO \`_quizzes_v\`;`)
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
}

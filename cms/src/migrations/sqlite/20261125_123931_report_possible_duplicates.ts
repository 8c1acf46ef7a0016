import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports_rels\` ADD \`reports_id\` integer REFERENCES reports(id);`)
  await db.run(sql`CREATE INDEX \`reports_rels_reports_id_idx\` ON \`reports_rels\` (\`reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`report_attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_attachments_id\`) REFERENCES \`report_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports_rels\`("id", "order", "parent_id", "path", "report_attachments_id") SELECT "id", "order", "parent_id", "path", "report_attachments_id" FROM \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_rels\` RENAME TO \`reports_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_report_attachments_id_idx\` ON \`reports_rels\` (\`report_attachments_id\`);`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "reports_type_idx";
  DROP INDEX "reports_status_idx";
  DROP INDEX "reports_resolved_at_idx";
  DROP INDEX "reports_locality_code_idx";
  DROP INDEX "reports_province_code_idx";
  DROP INDEX "reports_vehicle_plate_idx";
  DROP INDEX "reports_publishable_idx";
  CREATE INDEX "localityCode_createdAt_idx" ON "reports" USING btree ("locality_code","created_at");
  CREATE INDEX "provinceCode_createdAt_idx" ON "reports" USING btree ("province_code","created_at");
  CREATE INDEX "vehiclePlate_occurredAt_idx" ON "reports" USING btree ("vehicle_plate","occurred_at");
  CREATE INDEX "publishable_answeredAt_idx" ON "reports" USING btree ("publishable","answered_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "localityCode_createdAt_idx";
  DROP INDEX "provinceCode_createdAt_idx";
  DROP INDEX "vehiclePlate_occurredAt_idx";
  DROP INDEX "publishable_answeredAt_idx";
  CREATE INDEX "reports_type_idx" ON "reports" USING btree ("type");
  CREATE INDEX "reports_status_idx" ON "reports" USING btree ("status");
  CREATE INDEX "reports_resolved_at_idx" ON "reports" USING btree ("resolved_at");
  CREATE INDEX "reports_locality_code_idx" ON "reports" USING btree ("locality_code");
  CREATE INDEX "reports_province_code_idx" ON "reports" USING btree ("province_code");
  CREATE INDEX "reports_vehicle_plate_idx" ON "reports" USING btree ("vehicle_plate");
  CREATE INDEX "reports_publishable_idx" ON "reports" USING btree ("publishable");`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "questions" ADD COLUMN "image_id" integer;
  ALTER TABLE "questions" ADD COLUMN "locality_id" integer;
  ALTER TABLE "questions" ADD COLUMN "unit_id" integer;
  ALTER TABLE "questions" ADD COLUMN "province_code" varchar;
  ALTER TABLE "quizzes" ADD COLUMN "cover_id" integer;
  ALTER TABLE "quizzes" ADD COLUMN "unit_id" integer;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_cover_id" integer;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_unit_id" integer;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quizzes_v" ADD CONSTRAINT "_quizzes_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quizzes_v" ADD CONSTRAINT "_quizzes_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "questions_image_idx" ON "questions" USING btree ("image_id");
  CREATE INDEX "questions_locality_idx" ON "questions" USING btree ("locality_id");
  CREATE INDEX "questions_unit_idx" ON "questions" USING btree ("unit_id");
  CREATE INDEX "questions_province_code_idx" ON "questions" USING btree ("province_code");
  CREATE INDEX "quizzes_cover_idx" ON "quizzes" USING btree ("cover_id");
  CREATE INDEX "quizzes_unit_idx" ON "quizzes" USING btree ("unit_id");
  CREATE INDEX "_quizzes_v_version_version_cover_idx" ON "_quizzes_v" USING btree ("version_cover_id");
  CREATE INDEX "_quizzes_v_version_version_unit_idx" ON "_quizzes_v" USING btree ("version_unit_id");
  ALTER TABLE "questions" DROP COLUMN "image_url";
  ALTER TABLE "quizzes" DROP COLUMN "cover_url";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_cover_url";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "questions" DROP CONSTRAINT "questions_image_id_media_id_fk";
  
  ALTER TABLE "questions" DROP CONSTRAINT "questions_locality_id_localities_id_fk";
  
  ALTER TABLE "questions" DROP CONSTRAINT "questions_unit_id_units_id_fk";
  
  ALTER TABLE "quizzes" DROP CONSTRAINT "quizzes_cover_id_media_id_fk";
  
  ALTER TABLE "quizzes" DROP CONSTRAINT "quizzes_unit_id_units_id_fk";
  
  ALTER TABLE "_quizzes_v" DROP CONSTRAINT "_quizzes_v_version_cover_id_media_id_fk";
  
  ALTER TABLE "_quizzes_v" DROP CONSTRAINT "_quizzes_v_version_unit_id_units_id_fk";
  
  DROP INDEX "questions_image_idx";
  DROP INDEX "questions_locality_idx";
  DROP INDEX "questions_unit_idx";
  DROP INDEX "questions_province_code_idx";
  DROP INDEX "quizzes_cover_idx";
  DROP INDEX "quizzes_unit_idx";
  DROP INDEX "_quizzes_v_version_version_cover_idx";
  DROP INDEX "_quizzes_v_version_version_unit_idx";
  ALTER TABLE "questions" ADD COLUMN "image_url" varchar;
  ALTER TABLE "quizzes" ADD COLUMN "cover_url" varchar;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_cover_url" varchar;
  ALTER TABLE "questions" DROP COLUMN "image_id";
  ALTER TABLE "questions" DROP COLUMN "locality_id";
  ALTER TABLE "questions" DROP COLUMN "unit_id";
  ALTER TABLE "questions" DROP COLUMN "province_code";
  ALTER TABLE "quizzes" DROP COLUMN "cover_id";
  ALTER TABLE "quizzes" DROP COLUMN "unit_id";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_cover_id";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_unit_id";`)
}

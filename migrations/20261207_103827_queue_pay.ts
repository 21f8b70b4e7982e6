import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_enrollments_revocation_reason" AS ENUM('refund', 'dispute', 'payment_failed');
  ALTER TYPE "public"."enum_enrollments_status" ADD VALUE 'revoked';
  ALTER TABLE "enrollments" ADD COLUMN "payment_payment_intent" varchar;
  ALTER TABLE "enrollments" ADD COLUMN "revocation_at" timestamp(3) with time zone;
  ALTER TABLE "enrollments" ADD COLUMN "revocation_reason" "enum_enrollments_revocation_reason";
  ALTER TABLE "enrollments" ADD COLUMN "revocation_by" varchar;
  ALTER TABLE "enrollments" ADD COLUMN "revocation_event" varchar;
  CREATE INDEX "enrollments_payment_payment_payment_intent_idx" ON "enrollments" USING btree ("payment_payment_intent");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enrollments" ALTER COLUMN "status" SET DATA TYPE text;
  UPDATE "enrollments" SET "status" = 'expired' WHERE "status" = 'revoked';
  ALTER TABLE "enrollments" ALTER COLUMN "status" SET DEFAULT 'active'::text;
  DROP TYPE "public"."enum_enrollments_status";
  CREATE TYPE "public"."enum_enrollments_status" AS ENUM('active', 'completed', 'expired');
  ALTER TABLE "enrollments" ALTER COLUMN "status" SET DEFAULT 'active'::"public"."enum_enrollments_status";
  ALTER TABLE "enrollments" ALTER COLUMN "status" SET DATA TYPE "public"."enum_enrollments_status" USING "status"::"public"."enum_enrollments_status";
  DROP INDEX "enrollments_payment_payment_payment_intent_idx";
  ALTER TABLE "enrollments" DROP COLUMN "payment_payment_intent";
  ALTER TABLE "enrollments" DROP COLUMN "revocation_at";
  ALTER TABLE "enrollments" DROP COLUMN "revocation_reason";
  ALTER TABLE "enrollments" DROP COLUMN "revocation_by";
  ALTER TABLE "enrollments" DROP COLUMN "revocation_event";
  DROP TYPE "public"."enum_enrollments_revocation_reason";`)
}

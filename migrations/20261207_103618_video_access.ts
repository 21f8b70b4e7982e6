import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_moderation_log_action" ADD VALUE 'resubmit';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "moderation_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_moderation_log_action";
  CREATE TYPE "public"."enum_moderation_log_action" AS ENUM('approve', 'reject', 'auto-approve', 'approve-comment', 'reject-comment', 'retry');
  ALTER TABLE "moderation_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_moderation_log_action" USING "action"::"public"."enum_moderation_log_action";`)
}

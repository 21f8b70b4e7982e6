import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Users: no account lockout any more (logins are throttled per address and account instead).
// rate_limits: the counters of src/rateLimit, shared by every web replica. Not a Payload
// collection: nobody reads it through the API, and each hit is one atomic upsert.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";
  CREATE TABLE "rate_limits" (
    "key" varchar PRIMARY KEY NOT NULL,
    "window_start" timestamp(3) with time zone NOT NULL,
    "count" integer NOT NULL
  );
  CREATE INDEX "rate_limits_window_start_idx" ON "rate_limits" USING btree ("window_start");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "rate_limits";
   ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;`)
}

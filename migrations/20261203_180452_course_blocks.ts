import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_blocks_course_list_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum_pages_blocks_course_list_price" AS ENUM('all', 'free', 'paid');
  CREATE TYPE "public"."enum_pages_blocks_course_list_sort" AS ENUM('newest', 'title');
  CREATE TYPE "public"."enum__pages_v_blocks_course_list_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum__pages_v_blocks_course_list_price" AS ENUM('all', 'free', 'paid');
  CREATE TYPE "public"."enum__pages_v_blocks_course_list_sort" AS ENUM('newest', 'title');
  CREATE TABLE "pages_blocks_course_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Courses',
  	"limit" numeric DEFAULT 6,
  	"level" "enum_pages_blocks_course_list_level",
  	"price" "enum_pages_blocks_course_list_price" DEFAULT 'all',
  	"tag" varchar,
  	"sort" "enum_pages_blocks_course_list_sort" DEFAULT 'newest',
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_course_card" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"course_id" integer,
  	"note" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_course_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Courses',
  	"limit" numeric DEFAULT 6,
  	"level" "enum__pages_v_blocks_course_list_level",
  	"price" "enum__pages_v_blocks_course_list_price" DEFAULT 'all',
  	"tag" varchar,
  	"sort" "enum__pages_v_blocks_course_list_sort" DEFAULT 'newest',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_course_card" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"course_id" integer,
  	"note" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  ALTER TABLE "pages_blocks_course_list" ADD CONSTRAINT "pages_blocks_course_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_course_card" ADD CONSTRAINT "pages_blocks_course_card_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_course_card" ADD CONSTRAINT "pages_blocks_course_card_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_course_list" ADD CONSTRAINT "_pages_v_blocks_course_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_course_card" ADD CONSTRAINT "_pages_v_blocks_course_card_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_course_card" ADD CONSTRAINT "_pages_v_blocks_course_card_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_course_list_order_idx" ON "pages_blocks_course_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_course_list_parent_id_idx" ON "pages_blocks_course_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_course_list_path_idx" ON "pages_blocks_course_list" USING btree ("_path");
  CREATE INDEX "pages_blocks_course_card_order_idx" ON "pages_blocks_course_card" USING btree ("_order");
  CREATE INDEX "pages_blocks_course_card_parent_id_idx" ON "pages_blocks_course_card" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_course_card_path_idx" ON "pages_blocks_course_card" USING btree ("_path");
  CREATE INDEX "pages_blocks_course_card_course_idx" ON "pages_blocks_course_card" USING btree ("course_id");
  CREATE INDEX "_pages_v_blocks_course_list_order_idx" ON "_pages_v_blocks_course_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_course_list_parent_id_idx" ON "_pages_v_blocks_course_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_course_list_path_idx" ON "_pages_v_blocks_course_list" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_course_card_order_idx" ON "_pages_v_blocks_course_card" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_course_card_parent_id_idx" ON "_pages_v_blocks_course_card" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_course_card_path_idx" ON "_pages_v_blocks_course_card" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_course_card_course_idx" ON "_pages_v_blocks_course_card" USING btree ("course_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pages_blocks_course_list" CASCADE;
  DROP TABLE "pages_blocks_course_card" CASCADE;
  DROP TABLE "_pages_v_blocks_course_list" CASCADE;
  DROP TABLE "_pages_v_blocks_course_card" CASCADE;
  DROP TYPE "public"."enum_pages_blocks_course_list_level";
  DROP TYPE "public"."enum_pages_blocks_course_list_price";
  DROP TYPE "public"."enum_pages_blocks_course_list_sort";
  DROP TYPE "public"."enum__pages_v_blocks_course_list_level";
  DROP TYPE "public"."enum__pages_v_blocks_course_list_price";
  DROP TYPE "public"."enum__pages_v_blocks_course_list_sort";`)
}

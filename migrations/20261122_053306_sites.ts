import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Sites (issue 3): the `sites` tenant collection, a `site` on every tenant-owned document, per-site
 * roles on users, API keys, per-site unique slugs; the header/footer globals move onto the site.
 * Hand-edited after `migrate:create` so an issue-2 database upgrades without losing data (steps 2, 4).
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // 1. New types and tables (generated).
  await db.execute(sql`

   CREATE TYPE "public"."enum_users_sites_roles" AS ENUM('admin', 'editor', 'moderator', 'instructor', 'creator', 'member');
  CREATE TYPE "public"."enum_sites_header_nav_link_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_sites_footer_nav_link_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_sites_theme_font" AS ENUM('serif', 'sans', 'rounded', 'mono');
  CREATE TYPE "public"."enum_sites_default_locale" AS ENUM('en', 'de');
  CREATE TABLE "users_sites_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_sites_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL
  );
  
  CREATE TABLE "sites_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"domain" varchar NOT NULL
  );
  
  CREATE TABLE "sites_header_nav" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_sites_header_nav_link_type" DEFAULT 'reference',
  	"link_new_tab" boolean,
  	"link_url" varchar,
  	"link_label" varchar NOT NULL
  );
  
  CREATE TABLE "sites_footer_nav" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_sites_footer_nav_link_type" DEFAULT 'reference',
  	"link_new_tab" boolean,
  	"link_url" varchar,
  	"link_label" varchar NOT NULL
  );
  
  CREATE TABLE "sites" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"theme_background" varchar DEFAULT '#fbfaf7' NOT NULL,
  	"theme_foreground" varchar DEFAULT '#17161c' NOT NULL,
  	"theme_accent" varchar DEFAULT '#5b21b6' NOT NULL,
  	"theme_accent_foreground" varchar DEFAULT '#ffffff' NOT NULL,
  	"theme_surface" varchar DEFAULT '#ffffff' NOT NULL,
  	"theme_font" "enum_sites_theme_font" DEFAULT 'serif' NOT NULL,
  	"theme_logo_id" integer,
  	"default_locale" "enum_sites_default_locale" DEFAULT 'en' NOT NULL,
  	"footer_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sites_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"posts_id" integer
  );
  
  `)

  // 2. Global roles: the issue-2 `admin` is now `super-admin`. Renaming the enum value keeps every
  //    stored role (the generated drop-and-recreate would have failed on, or lost, existing admins).
  await db.execute(sql`ALTER TYPE "public"."enum_users_roles" RENAME VALUE 'admin' TO 'super-admin';`)

  // 3. Site columns, nullable for now (generated, minus NOT NULL).
  await db.execute(sql`
  DROP INDEX "pages_slug_idx";
  DROP INDEX "posts_slug_idx";
  DROP INDEX "categories_slug_idx";
  DROP INDEX "redirects_from_idx";
  ALTER TABLE "pages" ADD COLUMN "site_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_site_id" integer;
  ALTER TABLE "posts" ADD COLUMN "site_id" integer;
  ALTER TABLE "_posts_v" ADD COLUMN "version_site_id" integer;
  ALTER TABLE "media" ADD COLUMN "site_id" integer;
  ALTER TABLE "categories" ADD COLUMN "site_id" integer;
  ALTER TABLE "users" ADD COLUMN "enable_a_p_i_key" boolean;
  ALTER TABLE "users" ADD COLUMN "api_key" varchar;
  ALTER TABLE "users" ADD COLUMN "api_key_index" varchar;
  ALTER TABLE "redirects" ADD COLUMN "site_id" integer;
  ALTER TABLE "forms" ADD COLUMN "site_id" integer;
  ALTER TABLE "form_submissions" ADD COLUMN "site_id" integer;
  ALTER TABLE "search" ADD COLUMN "site_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sites_id" integer;
  `)

  // 4. A database with content from before sites existed: everything becomes lightwave's (the
  //    issue-2 demo content is lightwave's), and the global header and footer become its navigation.
  //    A fresh database has no content, gets no site here, and the seed creates the sites.
  await db.execute(sql`
    DO $$
    DECLARE lightwave integer;
    BEGIN
      IF EXISTS (SELECT 1 FROM "pages" UNION ALL SELECT 1 FROM "posts" UNION ALL SELECT 1 FROM "media" UNION ALL SELECT 1 FROM "categories" UNION ALL SELECT 1 FROM "redirects" UNION ALL SELECT 1 FROM "forms" UNION ALL SELECT 1 FROM "form_submissions" UNION ALL SELECT 1 FROM "search" UNION ALL SELECT 1 FROM "header_nav_items" UNION ALL SELECT 1 FROM "footer_nav_items") THEN
        SELECT "id" INTO lightwave FROM "sites" WHERE "slug" = 'lightwave';
        IF lightwave IS NULL THEN
          INSERT INTO "sites" ("name", "slug", "description", "footer_note")
          VALUES ('Lightwave', 'lightwave', 'Marketing, docs and blog for the creative-business platform.', (SELECT "note" FROM "footer" LIMIT 1))
          RETURNING "id" INTO lightwave;
        END IF;
      UPDATE "pages" SET "site_id" = lightwave WHERE "site_id" IS NULL;
      UPDATE "posts" SET "site_id" = lightwave WHERE "site_id" IS NULL;
      UPDATE "media" SET "site_id" = lightwave WHERE "site_id" IS NULL;
      UPDATE "categories" SET "site_id" = lightwave WHERE "site_id" IS NULL;
      UPDATE "redirects" SET "site_id" = lightwave WHERE "site_id" IS NULL;
      UPDATE "forms" SET "site_id" = lightwave WHERE "site_id" IS NULL;
      UPDATE "form_submissions" SET "site_id" = lightwave WHERE "site_id" IS NULL;
      UPDATE "search" SET "site_id" = lightwave WHERE "site_id" IS NULL;
      UPDATE "_pages_v" SET "version_site_id" = lightwave WHERE "version_site_id" IS NULL;
      UPDATE "_posts_v" SET "version_site_id" = lightwave WHERE "version_site_id" IS NULL;
        INSERT INTO "sites_header_nav" ("_order", "_parent_id", "id", "link_type", "link_new_tab", "link_url", "link_label")
          SELECT "_order", lightwave, "id", "link_type"::text::"enum_sites_header_nav_link_type", "link_new_tab", "link_url", "link_label" FROM "header_nav_items";
        INSERT INTO "sites_footer_nav" ("_order", "_parent_id", "id", "link_type", "link_new_tab", "link_url", "link_label")
          SELECT "_order", lightwave, "id", "link_type"::text::"enum_sites_footer_nav_link_type", "link_new_tab", "link_url", "link_label" FROM "footer_nav_items";
        INSERT INTO "sites_rels" ("order", "parent_id", "path", "pages_id", "posts_id")
          SELECT "order", lightwave, replace("path", 'navItems', 'headerNav'), "pages_id", "posts_id" FROM "header_rels";
        INSERT INTO "sites_rels" ("order", "parent_id", "path", "pages_id", "posts_id")
          SELECT "order", lightwave, replace("path", 'navItems', 'footerNav'), "pages_id", "posts_id" FROM "footer_rels";
      END IF;
    END $$;
  `)

  // 5. Now that every document has a site: NOT NULL, the old globals go, constraints and indexes.
  await db.execute(sql`
  ALTER TABLE "media" ALTER COLUMN "site_id" SET NOT NULL;
  ALTER TABLE "categories" ALTER COLUMN "site_id" SET NOT NULL;
  ALTER TABLE "redirects" ALTER COLUMN "site_id" SET NOT NULL;
  ALTER TABLE "forms" ALTER COLUMN "site_id" SET NOT NULL;
  ALTER TABLE "form_submissions" ALTER COLUMN "site_id" SET NOT NULL;
  ALTER TABLE "search" ALTER COLUMN "site_id" SET NOT NULL;
  ALTER TABLE "header_nav_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "header" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "header_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer_nav_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "header_nav_items" CASCADE;
  DROP TABLE "header" CASCADE;
  DROP TABLE "header_rels" CASCADE;
  DROP TABLE "footer_nav_items" CASCADE;
  DROP TABLE "footer" CASCADE;
  DROP TABLE "footer_rels" CASCADE;
  ALTER TABLE "users_sites_roles" ADD CONSTRAINT "users_sites_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sites" ADD CONSTRAINT "users_sites_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sites" ADD CONSTRAINT "users_sites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites_domains" ADD CONSTRAINT "sites_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites_header_nav" ADD CONSTRAINT "sites_header_nav_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites_footer_nav" ADD CONSTRAINT "sites_footer_nav_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_theme_logo_id_media_id_fk" FOREIGN KEY ("theme_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites_rels" ADD CONSTRAINT "sites_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites_rels" ADD CONSTRAINT "sites_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites_rels" ADD CONSTRAINT "sites_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sites_roles_order_idx" ON "users_sites_roles" USING btree ("order");
  CREATE INDEX "users_sites_roles_parent_idx" ON "users_sites_roles" USING btree ("parent_id");
  CREATE INDEX "users_sites_order_idx" ON "users_sites" USING btree ("_order");
  CREATE INDEX "users_sites_parent_id_idx" ON "users_sites" USING btree ("_parent_id");
  CREATE INDEX "users_sites_site_idx" ON "users_sites" USING btree ("site_id");
  CREATE INDEX "sites_domains_order_idx" ON "sites_domains" USING btree ("_order");
  CREATE INDEX "sites_domains_parent_id_idx" ON "sites_domains" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sites_domains_domain_idx" ON "sites_domains" USING btree ("domain");
  CREATE INDEX "sites_header_nav_order_idx" ON "sites_header_nav" USING btree ("_order");
  CREATE INDEX "sites_header_nav_parent_id_idx" ON "sites_header_nav" USING btree ("_parent_id");
  CREATE INDEX "sites_footer_nav_order_idx" ON "sites_footer_nav" USING btree ("_order");
  CREATE INDEX "sites_footer_nav_parent_id_idx" ON "sites_footer_nav" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sites_slug_idx" ON "sites" USING btree ("slug");
  CREATE INDEX "sites_theme_theme_logo_idx" ON "sites" USING btree ("theme_logo_id");
  CREATE INDEX "sites_updated_at_idx" ON "sites" USING btree ("updated_at");
  CREATE INDEX "sites_created_at_idx" ON "sites" USING btree ("created_at");
  CREATE INDEX "sites_rels_order_idx" ON "sites_rels" USING btree ("order");
  CREATE INDEX "sites_rels_parent_idx" ON "sites_rels" USING btree ("parent_id");
  CREATE INDEX "sites_rels_path_idx" ON "sites_rels" USING btree ("path");
  CREATE INDEX "sites_rels_pages_id_idx" ON "sites_rels" USING btree ("pages_id");
  CREATE INDEX "sites_rels_posts_id_idx" ON "sites_rels" USING btree ("posts_id");
  ALTER TABLE "pages" ADD CONSTRAINT "pages_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "redirects" ADD CONSTRAINT "redirects_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "forms" ADD CONSTRAINT "forms_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search" ADD CONSTRAINT "search_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_site_idx" ON "pages" USING btree ("site_id");
  CREATE UNIQUE INDEX "slug_site_idx" ON "pages" USING btree ("slug","site_id");
  CREATE INDEX "_pages_v_version_version_site_idx" ON "_pages_v" USING btree ("version_site_id");
  CREATE INDEX "version_slug_version_site_idx" ON "_pages_v" USING btree ("version_slug","version_site_id");
  CREATE INDEX "posts_site_idx" ON "posts" USING btree ("site_id");
  CREATE UNIQUE INDEX "slug_site_1_idx" ON "posts" USING btree ("slug","site_id");
  CREATE INDEX "_posts_v_version_version_site_idx" ON "_posts_v" USING btree ("version_site_id");
  CREATE INDEX "version_slug_version_site_1_idx" ON "_posts_v" USING btree ("version_slug","version_site_id");
  CREATE INDEX "media_site_idx" ON "media" USING btree ("site_id");
  CREATE INDEX "categories_site_idx" ON "categories" USING btree ("site_id");
  CREATE UNIQUE INDEX "slug_site_2_idx" ON "categories" USING btree ("slug","site_id");
  CREATE INDEX "redirects_site_idx" ON "redirects" USING btree ("site_id");
  CREATE UNIQUE INDEX "from_site_idx" ON "redirects" USING btree ("from","site_id");
  CREATE INDEX "forms_site_idx" ON "forms" USING btree ("site_id");
  CREATE INDEX "form_submissions_site_idx" ON "form_submissions" USING btree ("site_id");
  CREATE INDEX "search_site_idx" ON "search" USING btree ("site_id");
  CREATE INDEX "payload_locked_documents_rels_sites_id_idx" ON "payload_locked_documents_rels" USING btree ("sites_id");
  CREATE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "posts_slug_idx" ON "posts" USING btree ("slug");
  CREATE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  DROP TYPE "public"."enum_header_nav_items_link_type";
  DROP TYPE "public"."enum_footer_nav_items_link_type";
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_header_nav_items_link_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_footer_nav_items_link_type" AS ENUM('reference', 'custom');
  CREATE TABLE "header_nav_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_header_nav_items_link_type" DEFAULT 'reference',
  	"link_new_tab" boolean,
  	"link_url" varchar,
  	"link_label" varchar NOT NULL
  );
  
  CREATE TABLE "header" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "header_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"posts_id" integer
  );
  
  CREATE TABLE "footer_nav_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_footer_nav_items_link_type" DEFAULT 'reference',
  	"link_new_tab" boolean,
  	"link_url" varchar,
  	"link_label" varchar NOT NULL
  );
  
  CREATE TABLE "footer" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "footer_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"posts_id" integer
  );
  
  ALTER TABLE "users_sites_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_sites" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sites_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sites_header_nav" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sites_footer_nav" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sites" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sites_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_sites_roles" CASCADE;
  DROP TABLE "users_sites" CASCADE;
  DROP TABLE "sites_domains" CASCADE;
  DROP TABLE "sites_header_nav" CASCADE;
  DROP TABLE "sites_footer_nav" CASCADE;
  DROP TABLE "sites" CASCADE;
  DROP TABLE "sites_rels" CASCADE;
  ALTER TABLE "pages" DROP CONSTRAINT "pages_site_id_sites_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_site_id_sites_id_fk";
  
  ALTER TABLE "posts" DROP CONSTRAINT "posts_site_id_sites_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT "_posts_v_version_site_id_sites_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_site_id_sites_id_fk";
  
  ALTER TABLE "categories" DROP CONSTRAINT "categories_site_id_sites_id_fk";
  
  ALTER TABLE "redirects" DROP CONSTRAINT "redirects_site_id_sites_id_fk";
  
  ALTER TABLE "forms" DROP CONSTRAINT "forms_site_id_sites_id_fk";
  
  ALTER TABLE "form_submissions" DROP CONSTRAINT "form_submissions_site_id_sites_id_fk";
  
  ALTER TABLE "search" DROP CONSTRAINT "search_site_id_sites_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sites_fk";
  
  ALTER TYPE "public"."enum_users_roles" RENAME VALUE 'super-admin' TO 'admin';
  DROP INDEX "pages_site_idx";
  DROP INDEX "slug_site_idx";
  DROP INDEX "_pages_v_version_version_site_idx";
  DROP INDEX "version_slug_version_site_idx";
  DROP INDEX "posts_site_idx";
  DROP INDEX "slug_site_1_idx";
  DROP INDEX "_posts_v_version_version_site_idx";
  DROP INDEX "version_slug_version_site_1_idx";
  DROP INDEX "media_site_idx";
  DROP INDEX "categories_site_idx";
  DROP INDEX "slug_site_2_idx";
  DROP INDEX "redirects_site_idx";
  DROP INDEX "from_site_idx";
  DROP INDEX "forms_site_idx";
  DROP INDEX "form_submissions_site_idx";
  DROP INDEX "search_site_idx";
  DROP INDEX "payload_locked_documents_rels_sites_id_idx";
  DROP INDEX "pages_slug_idx";
  DROP INDEX "posts_slug_idx";
  DROP INDEX "categories_slug_idx";
  DROP INDEX "redirects_from_idx";
  ALTER TABLE "header_nav_items" ADD CONSTRAINT "header_nav_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_nav_items" ADD CONSTRAINT "footer_nav_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "header_nav_items_order_idx" ON "header_nav_items" USING btree ("_order");
  CREATE INDEX "header_nav_items_parent_id_idx" ON "header_nav_items" USING btree ("_parent_id");
  CREATE INDEX "header_rels_order_idx" ON "header_rels" USING btree ("order");
  CREATE INDEX "header_rels_parent_idx" ON "header_rels" USING btree ("parent_id");
  CREATE INDEX "header_rels_path_idx" ON "header_rels" USING btree ("path");
  CREATE INDEX "header_rels_pages_id_idx" ON "header_rels" USING btree ("pages_id");
  CREATE INDEX "header_rels_posts_id_idx" ON "header_rels" USING btree ("posts_id");
  CREATE INDEX "footer_nav_items_order_idx" ON "footer_nav_items" USING btree ("_order");
  CREATE INDEX "footer_nav_items_parent_id_idx" ON "footer_nav_items" USING btree ("_parent_id");
  CREATE INDEX "footer_rels_order_idx" ON "footer_rels" USING btree ("order");
  CREATE INDEX "footer_rels_parent_idx" ON "footer_rels" USING btree ("parent_id");
  CREATE INDEX "footer_rels_path_idx" ON "footer_rels" USING btree ("path");
  CREATE INDEX "footer_rels_pages_id_idx" ON "footer_rels" USING btree ("pages_id");
  CREATE INDEX "footer_rels_posts_id_idx" ON "footer_rels" USING btree ("posts_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE UNIQUE INDEX "posts_slug_idx" ON "posts" USING btree ("slug");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  ALTER TABLE "pages" DROP COLUMN "site_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_site_id";
  ALTER TABLE "posts" DROP COLUMN "site_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_site_id";
  ALTER TABLE "media" DROP COLUMN "site_id";
  ALTER TABLE "categories" DROP COLUMN "site_id";
  ALTER TABLE "users" DROP COLUMN "enable_a_p_i_key";
  ALTER TABLE "users" DROP COLUMN "api_key";
  ALTER TABLE "users" DROP COLUMN "api_key_index";
  ALTER TABLE "redirects" DROP COLUMN "site_id";
  ALTER TABLE "forms" DROP COLUMN "site_id";
  ALTER TABLE "form_submissions" DROP COLUMN "site_id";
  ALTER TABLE "search" DROP COLUMN "site_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sites_id";
  DROP TYPE "public"."enum_users_sites_roles";
  DROP TYPE "public"."enum_sites_header_nav_link_type";
  DROP TYPE "public"."enum_sites_footer_nav_link_type";
  DROP TYPE "public"."enum_sites_theme_font";
  DROP TYPE "public"."enum_sites_default_locale";`)
}

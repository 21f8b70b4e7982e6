import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_blocks_video_gallery_layout" AS ENUM('grid', 'list');
  CREATE TYPE "public"."enum__pages_v_blocks_video_gallery_layout" AS ENUM('grid', 'list');
  CREATE TYPE "public"."enum_videos_visibility" AS ENUM('private', 'family', 'public');
  CREATE TYPE "public"."enum_videos_status" AS ENUM('uploaded', 'processing', 'pending_review', 'approved', 'rejected', 'failed');
  CREATE TYPE "public"."enum_videos_storage_tier" AS ENUM('staging', 'published', 'purged');
  CREATE TYPE "public"."enum_video_comments_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_moderation_log_action" AS ENUM('approve', 'reject', 'auto-approve', 'approve-comment', 'reject-comment', 'retry');
  CREATE TYPE "public"."enum_sites_features" AS ENUM('videos');
  CREATE TABLE "pages_blocks_video_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Videos',
  	"limit" numeric DEFAULT 6,
  	"tag" varchar,
  	"layout" "enum_pages_blocks_video_gallery_layout" DEFAULT 'grid',
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_video_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Videos',
  	"limit" numeric DEFAULT 6,
  	"tag" varchar,
  	"layout" "enum__pages_v_blocks_video_gallery_layout" DEFAULT 'grid',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "videos_previews" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file" varchar NOT NULL
  );
  
  CREATE TABLE "videos_renditions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"height" numeric NOT NULL,
  	"width" numeric NOT NULL,
  	"bandwidth" numeric NOT NULL,
  	"playlist" varchar NOT NULL
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"kid_id" integer,
  	"visibility" "enum_videos_visibility" DEFAULT 'private' NOT NULL,
  	"require_password" boolean,
  	"password_hash" varchar,
  	"status" "enum_videos_status" DEFAULT 'uploaded' NOT NULL,
  	"processing_progress" numeric,
  	"processing_error" varchar,
  	"processing_job_id" varchar,
  	"processing_attempts" numeric,
  	"processing_started_at" timestamp(3) with time zone,
  	"processing_finished_at" timestamp(3) with time zone,
  	"moderation_notes" varchar,
  	"moderation_moderated_by_id" integer,
  	"moderation_moderated_at" timestamp(3) with time zone,
  	"uploader_id" integer,
  	"probe_duration_seconds" numeric,
  	"probe_width" numeric,
  	"probe_height" numeric,
  	"probe_container" varchar,
  	"probe_video_codec" varchar,
  	"probe_audio_codec" varchar,
  	"probe_bit_rate" numeric,
  	"thumbnail" varchar,
  	"prechecks" jsonb,
  	"storage_folder" varchar,
  	"storage_original" varchar,
  	"storage_tier" "enum_videos_storage_tier" DEFAULT 'staging',
  	"storage_purge_after" timestamp(3) with time zone,
  	"stats_views" numeric DEFAULT 0,
  	"stats_watch_seconds" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "videos_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "kids" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"birth_year" numeric,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "video_shares" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"video_id" integer NOT NULL,
  	"label" varchar DEFAULT 'Family',
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"revoked" boolean DEFAULT false,
  	"token" varchar,
  	"created_by_id" integer,
  	"site_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "video_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"video_id" integer NOT NULL,
  	"author_name" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"status" "enum_video_comments_status" DEFAULT 'pending' NOT NULL,
  	"author_id" integer,
  	"site_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "moderation_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_moderation_log_action" NOT NULL,
  	"video_id" integer NOT NULL,
  	"comment_id" integer,
  	"moderator_id" integer,
  	"from_status" varchar,
  	"to_status" varchar,
  	"notes" varchar,
  	"site_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "video_views" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"video_id" integer NOT NULL,
  	"view_id" varchar NOT NULL,
  	"viewer_id" integer,
  	"watched_seconds" numeric DEFAULT 0,
  	"last_position" numeric DEFAULT 0,
  	"site_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sites_features" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sites_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "videos_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kids_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "video_shares_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "video_comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "moderation_log_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "video_views_id" integer;
  ALTER TABLE "pages_blocks_video_gallery" ADD CONSTRAINT "pages_blocks_video_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_video_gallery" ADD CONSTRAINT "_pages_v_blocks_video_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_previews" ADD CONSTRAINT "videos_previews_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_renditions" ADD CONSTRAINT "videos_renditions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_kid_id_kids_id_fk" FOREIGN KEY ("kid_id") REFERENCES "public"."kids"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_moderation_moderated_by_id_users_id_fk" FOREIGN KEY ("moderation_moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_uploader_id_users_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_texts" ADD CONSTRAINT "videos_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kids" ADD CONSTRAINT "kids_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kids" ADD CONSTRAINT "kids_parent_id_users_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_shares" ADD CONSTRAINT "video_shares_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_shares" ADD CONSTRAINT "video_shares_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_shares" ADD CONSTRAINT "video_shares_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_comments" ADD CONSTRAINT "video_comments_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_comments" ADD CONSTRAINT "video_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_comments" ADD CONSTRAINT "video_comments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_comment_id_video_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."video_comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_moderator_id_users_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_views" ADD CONSTRAINT "video_views_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_views" ADD CONSTRAINT "video_views_viewer_id_users_id_fk" FOREIGN KEY ("viewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_views" ADD CONSTRAINT "video_views_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites_features" ADD CONSTRAINT "sites_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_video_gallery_order_idx" ON "pages_blocks_video_gallery" USING btree ("_order");
  CREATE INDEX "pages_blocks_video_gallery_parent_id_idx" ON "pages_blocks_video_gallery" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_video_gallery_path_idx" ON "pages_blocks_video_gallery" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_video_gallery_order_idx" ON "_pages_v_blocks_video_gallery" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_video_gallery_parent_id_idx" ON "_pages_v_blocks_video_gallery" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_video_gallery_path_idx" ON "_pages_v_blocks_video_gallery" USING btree ("_path");
  CREATE INDEX "videos_previews_order_idx" ON "videos_previews" USING btree ("_order");
  CREATE INDEX "videos_previews_parent_id_idx" ON "videos_previews" USING btree ("_parent_id");
  CREATE INDEX "videos_renditions_order_idx" ON "videos_renditions" USING btree ("_order");
  CREATE INDEX "videos_renditions_parent_id_idx" ON "videos_renditions" USING btree ("_parent_id");
  CREATE INDEX "videos_site_idx" ON "videos" USING btree ("site_id");
  CREATE INDEX "videos_kid_idx" ON "videos" USING btree ("kid_id");
  CREATE INDEX "videos_status_idx" ON "videos" USING btree ("status");
  CREATE INDEX "videos_moderation_moderation_moderated_by_idx" ON "videos" USING btree ("moderation_moderated_by_id");
  CREATE INDEX "videos_uploader_idx" ON "videos" USING btree ("uploader_id");
  CREATE INDEX "videos_storage_storage_folder_idx" ON "videos" USING btree ("storage_folder");
  CREATE INDEX "videos_storage_storage_purge_after_idx" ON "videos" USING btree ("storage_purge_after");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE UNIQUE INDEX "videos_filename_idx" ON "videos" USING btree ("filename");
  CREATE INDEX "videos_texts_order_parent" ON "videos_texts" USING btree ("order","parent_id");
  CREATE INDEX "kids_site_idx" ON "kids" USING btree ("site_id");
  CREATE INDEX "kids_parent_idx" ON "kids" USING btree ("parent_id");
  CREATE INDEX "kids_updated_at_idx" ON "kids" USING btree ("updated_at");
  CREATE INDEX "kids_created_at_idx" ON "kids" USING btree ("created_at");
  CREATE INDEX "video_shares_video_idx" ON "video_shares" USING btree ("video_id");
  CREATE INDEX "video_shares_token_idx" ON "video_shares" USING btree ("token");
  CREATE INDEX "video_shares_created_by_idx" ON "video_shares" USING btree ("created_by_id");
  CREATE INDEX "video_shares_site_idx" ON "video_shares" USING btree ("site_id");
  CREATE INDEX "video_shares_updated_at_idx" ON "video_shares" USING btree ("updated_at");
  CREATE INDEX "video_shares_created_at_idx" ON "video_shares" USING btree ("created_at");
  CREATE UNIQUE INDEX "token_site_idx" ON "video_shares" USING btree ("token","site_id");
  CREATE INDEX "video_comments_video_idx" ON "video_comments" USING btree ("video_id");
  CREATE INDEX "video_comments_status_idx" ON "video_comments" USING btree ("status");
  CREATE INDEX "video_comments_author_idx" ON "video_comments" USING btree ("author_id");
  CREATE INDEX "video_comments_site_idx" ON "video_comments" USING btree ("site_id");
  CREATE INDEX "video_comments_updated_at_idx" ON "video_comments" USING btree ("updated_at");
  CREATE INDEX "video_comments_created_at_idx" ON "video_comments" USING btree ("created_at");
  CREATE INDEX "moderation_log_video_idx" ON "moderation_log" USING btree ("video_id");
  CREATE INDEX "moderation_log_comment_idx" ON "moderation_log" USING btree ("comment_id");
  CREATE INDEX "moderation_log_moderator_idx" ON "moderation_log" USING btree ("moderator_id");
  CREATE INDEX "moderation_log_site_idx" ON "moderation_log" USING btree ("site_id");
  CREATE INDEX "moderation_log_updated_at_idx" ON "moderation_log" USING btree ("updated_at");
  CREATE INDEX "moderation_log_created_at_idx" ON "moderation_log" USING btree ("created_at");
  CREATE INDEX "video_views_video_idx" ON "video_views" USING btree ("video_id");
  CREATE INDEX "video_views_view_id_idx" ON "video_views" USING btree ("view_id");
  CREATE INDEX "video_views_viewer_idx" ON "video_views" USING btree ("viewer_id");
  CREATE INDEX "video_views_site_idx" ON "video_views" USING btree ("site_id");
  CREATE INDEX "video_views_updated_at_idx" ON "video_views" USING btree ("updated_at");
  CREATE INDEX "video_views_created_at_idx" ON "video_views" USING btree ("created_at");
  CREATE UNIQUE INDEX "viewId_site_idx" ON "video_views" USING btree ("view_id","site_id");
  CREATE INDEX "sites_features_order_idx" ON "sites_features" USING btree ("order");
  CREATE INDEX "sites_features_parent_idx" ON "sites_features" USING btree ("parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kids_fk" FOREIGN KEY ("kids_id") REFERENCES "public"."kids"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_video_shares_fk" FOREIGN KEY ("video_shares_id") REFERENCES "public"."video_shares"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_video_comments_fk" FOREIGN KEY ("video_comments_id") REFERENCES "public"."video_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_moderation_log_fk" FOREIGN KEY ("moderation_log_id") REFERENCES "public"."moderation_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_video_views_fk" FOREIGN KEY ("video_views_id") REFERENCES "public"."video_views"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_kids_id_idx" ON "payload_locked_documents_rels" USING btree ("kids_id");
  CREATE INDEX "payload_locked_documents_rels_video_shares_id_idx" ON "payload_locked_documents_rels" USING btree ("video_shares_id");
  CREATE INDEX "payload_locked_documents_rels_video_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("video_comments_id");
  CREATE INDEX "payload_locked_documents_rels_moderation_log_id_idx" ON "payload_locked_documents_rels" USING btree ("moderation_log_id");
  CREATE INDEX "payload_locked_documents_rels_video_views_id_idx" ON "payload_locked_documents_rels" USING btree ("video_views_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_video_gallery" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_video_gallery" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "videos_previews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "videos_renditions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "videos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "videos_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kids" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "video_shares" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "video_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "moderation_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "video_views" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sites_features" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_video_gallery" CASCADE;
  DROP TABLE "_pages_v_blocks_video_gallery" CASCADE;
  DROP TABLE "videos_previews" CASCADE;
  DROP TABLE "videos_renditions" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "videos_texts" CASCADE;
  DROP TABLE "kids" CASCADE;
  DROP TABLE "video_shares" CASCADE;
  DROP TABLE "video_comments" CASCADE;
  DROP TABLE "moderation_log" CASCADE;
  DROP TABLE "video_views" CASCADE;
  DROP TABLE "sites_features" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_videos_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_kids_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_video_shares_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_video_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_moderation_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_video_views_fk";
  
  DROP INDEX "payload_locked_documents_rels_videos_id_idx";
  DROP INDEX "payload_locked_documents_rels_kids_id_idx";
  DROP INDEX "payload_locked_documents_rels_video_shares_id_idx";
  DROP INDEX "payload_locked_documents_rels_video_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_moderation_log_id_idx";
  DROP INDEX "payload_locked_documents_rels_video_views_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "videos_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kids_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "video_shares_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "video_comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "moderation_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "video_views_id";
  DROP TYPE "public"."enum_pages_blocks_video_gallery_layout";
  DROP TYPE "public"."enum__pages_v_blocks_video_gallery_layout";
  DROP TYPE "public"."enum_videos_visibility";
  DROP TYPE "public"."enum_videos_status";
  DROP TYPE "public"."enum_videos_storage_tier";
  DROP TYPE "public"."enum_video_comments_status";
  DROP TYPE "public"."enum_moderation_log_action";
  DROP TYPE "public"."enum_sites_features";`)
}

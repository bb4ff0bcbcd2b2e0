import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_knowledge_products_life_domains" AS ENUM('onderwijs-en-ontwikkeling', 'thuis', 'werk-en-inkomen', 'vrije-tijd', 'vervoer', 'welzijn-gezondheid-en-ondersteuning');
  CREATE TYPE "public"."enum_knowledge_products_crpd_articles" AS ENUM('3', '4', '5', '8', '9', '19', '20', '21', '24', '25', '26', '27', '28', '29', '30', '31', '33');
  CREATE TYPE "public"."enum_knowledge_products_readability_level" AS ENUM('b1-or-easier', 'harder-than-b1');
  CREATE TYPE "public"."enum__knowledge_products_v_version_life_domains" AS ENUM('onderwijs-en-ontwikkeling', 'thuis', 'werk-en-inkomen', 'vrije-tijd', 'vervoer', 'welzijn-gezondheid-en-ondersteuning');
  CREATE TYPE "public"."enum__knowledge_products_v_version_crpd_articles" AS ENUM('3', '4', '5', '8', '9', '19', '20', '21', '24', '25', '26', '27', '28', '29', '30', '31', '33');
  CREATE TYPE "public"."enum__knowledge_products_v_version_readability_level" AS ENUM('b1-or-easier', 'harder-than-b1');
  CREATE TYPE "public"."enum_practice_examples_life_domains" AS ENUM('onderwijs-en-ontwikkeling', 'thuis', 'werk-en-inkomen', 'vrije-tijd', 'vervoer', 'welzijn-gezondheid-en-ondersteuning');
  CREATE TYPE "public"."enum_practice_example_kind" AS ENUM('article', 'video');
  CREATE TYPE "public"."enum_practice_examples_readability_level" AS ENUM('b1-or-easier', 'harder-than-b1');
  CREATE TYPE "public"."enum_practice_examples_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practice_examples_v_version_life_domains" AS ENUM('onderwijs-en-ontwikkeling', 'thuis', 'werk-en-inkomen', 'vrije-tijd', 'vervoer', 'welzijn-gezondheid-en-ondersteuning');
  CREATE TYPE "public"."enum__practice_examples_v_version_readability_level" AS ENUM('b1-or-easier', 'harder-than-b1');
  CREATE TYPE "public"."enum__practice_examples_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_events_life_domains" AS ENUM('onderwijs-en-ontwikkeling', 'thuis', 'werk-en-inkomen', 'vrije-tijd', 'vervoer', 'welzijn-gezondheid-en-ondersteuning');
  CREATE TYPE "public"."enum_event_format" AS ENUM('digital', 'physical', 'hybrid');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('Europe/Amsterdam', 'UTC');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('Europe/Amsterdam', 'UTC');
  CREATE TYPE "public"."enum_events_readability_level" AS ENUM('b1-or-easier', 'harder-than-b1');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_life_domains" AS ENUM('onderwijs-en-ontwikkeling', 'thuis', 'werk-en-inkomen', 'vrije-tijd', 'vervoer', 'welzijn-gezondheid-en-ondersteuning');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('Europe/Amsterdam', 'UTC');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('Europe/Amsterdam', 'UTC');
  CREATE TYPE "public"."enum__events_v_version_readability_level" AS ENUM('b1-or-easier', 'harder-than-b1');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_news_life_domains" AS ENUM('onderwijs-en-ontwikkeling', 'thuis', 'werk-en-inkomen', 'vrije-tijd', 'vervoer', 'welzijn-gezondheid-en-ondersteuning');
  CREATE TYPE "public"."enum_news_readability_level" AS ENUM('b1-or-easier', 'harder-than-b1');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_life_domains" AS ENUM('onderwijs-en-ontwikkeling', 'thuis', 'werk-en-inkomen', 'vrije-tijd', 'vervoer', 'welzijn-gezondheid-en-ondersteuning');
  CREATE TYPE "public"."enum__news_v_version_readability_level" AS ENUM('b1-or-easier', 'harder-than-b1');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_election_round" AS ENUM('rating', 'public-vote', 'jury');
  CREATE TYPE "public"."enum_election_editions_rounds_opensat_tz" AS ENUM('Europe/Amsterdam', 'UTC');
  CREATE TYPE "public"."enum_election_editions_rounds_closesat_tz" AS ENUM('Europe/Amsterdam', 'UTC');
  CREATE TYPE "public"."enum_rating_life_domain" AS ENUM('onderwijs-en-ontwikkeling', 'thuis', 'werk-en-inkomen', 'vrije-tijd', 'vervoer', 'welzijn-gezondheid-en-ondersteuning');
  CREATE TYPE "public"."enum_influence_level" AS ENUM('direct', 'partial', 'indirect');
  CREATE TYPE "public"."enum_election_editions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__election_editions_v_version_rounds_opensat_tz" AS ENUM('Europe/Amsterdam', 'UTC');
  CREATE TYPE "public"."enum__election_editions_v_version_rounds_closesat_tz" AS ENUM('Europe/Amsterdam', 'UTC');
  CREATE TYPE "public"."enum__election_editions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_nomination_stage" AS ENUM('nominated', 'finalist', 'winner', 'encouragement-prize');
  CREATE TYPE "public"."enum_nominations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__nominations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_toolkit_kind" AS ENUM('poster', 'text', 'inspiration-session');
  CREATE TYPE "public"."enum_toolkit_items_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__toolkit_items_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "knowledge_products_life_domains" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_knowledge_products_life_domains",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "knowledge_products_crpd_articles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_knowledge_products_crpd_articles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_knowledge_products_v_version_life_domains" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__knowledge_products_v_version_life_domains",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_knowledge_products_v_version_crpd_articles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__knowledge_products_v_version_crpd_articles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practice_examples_life_domains" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practice_examples_life_domains",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practice_examples" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"kind" "enum_practice_example_kind" DEFAULT 'article',
  	"municipality" varchar,
  	"municipality_name" varchar,
  	"summary" varchar,
  	"image_id" integer,
  	"body" jsonb,
  	"video_url" varchar,
  	"transcript" varchar,
  	"captions_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"readability_score" numeric,
  	"readability_level" "enum_practice_examples_readability_level",
  	"readability_summary_score" numeric,
  	"readability_body_score" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_practice_examples_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_practice_examples_v_version_life_domains" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practice_examples_v_version_life_domains",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practice_examples_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_kind" "enum_practice_example_kind" DEFAULT 'article',
  	"version_municipality" varchar,
  	"version_municipality_name" varchar,
  	"version_summary" varchar,
  	"version_image_id" integer,
  	"version_body" jsonb,
  	"version_video_url" varchar,
  	"version_transcript" varchar,
  	"version_captions_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_readability_score" numeric,
  	"version_readability_level" "enum__practice_examples_v_version_readability_level",
  	"version_readability_summary_score" numeric,
  	"version_readability_body_score" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__practice_examples_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "events_life_domains" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_life_domains",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"format" "enum_event_format" DEFAULT 'physical',
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_startsat_tz" DEFAULT 'Europe/Amsterdam',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_endsat_tz" DEFAULT 'Europe/Amsterdam',
  	"location" varchar,
  	"online_url" varchar,
  	"registration_url" varchar,
  	"capacity" numeric,
  	"summary" varchar,
  	"description" jsonb,
  	"readability_score" numeric,
  	"readability_level" "enum_events_readability_level",
  	"readability_summary_score" numeric,
  	"readability_body_score" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_events_v_version_life_domains" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_life_domains",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_format" "enum_event_format" DEFAULT 'physical',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Europe/Amsterdam',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Europe/Amsterdam',
  	"version_location" varchar,
  	"version_online_url" varchar,
  	"version_registration_url" varchar,
  	"version_capacity" numeric,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_readability_score" numeric,
  	"version_readability_level" "enum__events_v_version_readability_level",
  	"version_readability_summary_score" numeric,
  	"version_readability_body_score" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "news_life_domains" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_news_life_domains",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"image_id" integer,
  	"body" jsonb,
  	"published_at" timestamp(3) with time zone,
  	"readability_score" numeric,
  	"readability_level" "enum_news_readability_level",
  	"readability_summary_score" numeric,
  	"readability_body_score" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_news_v_version_life_domains" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__news_v_version_life_domains",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_image_id" integer,
  	"version_body" jsonb,
  	"version_published_at" timestamp(3) with time zone,
  	"version_readability_score" numeric,
  	"version_readability_level" "enum__news_v_version_readability_level",
  	"version_readability_summary_score" numeric,
  	"version_readability_body_score" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"alt" varchar,
  	"caption" varchar,
  	"credit" varchar,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "election_editions_rounds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"round" "enum_election_round",
  	"opens_at" timestamp(3) with time zone,
  	"opensat_tz" "enum_election_editions_rounds_opensat_tz" DEFAULT 'Europe/Amsterdam',
  	"closes_at" timestamp(3) with time zone,
  	"closesat_tz" "enum_election_editions_rounds_closesat_tz" DEFAULT 'Europe/Amsterdam'
  );
  
  CREATE TABLE "election_editions_rating_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"life_domain" "enum_rating_life_domain",
  	"question" varchar,
  	"influence" "enum_influence_level",
  	"weight" numeric DEFAULT 1
  );
  
  CREATE TABLE "election_editions_jury" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar
  );
  
  CREATE TABLE "election_editions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"year" numeric,
  	"theme" varchar,
  	"awards_winner" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_election_editions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "election_editions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_election_editions_v_version_rounds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"round" "enum_election_round",
  	"opens_at" timestamp(3) with time zone,
  	"opensat_tz" "enum__election_editions_v_version_rounds_opensat_tz" DEFAULT 'Europe/Amsterdam',
  	"closes_at" timestamp(3) with time zone,
  	"closesat_tz" "enum__election_editions_v_version_rounds_closesat_tz" DEFAULT 'Europe/Amsterdam',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_election_editions_v_version_rating_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"life_domain" "enum_rating_life_domain",
  	"question" varchar,
  	"influence" "enum_influence_level",
  	"weight" numeric DEFAULT 1,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_election_editions_v_version_jury" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_election_editions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_year" numeric,
  	"version_theme" varchar,
  	"version_awards_winner" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__election_editions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_election_editions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "nominations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"edition_id" integer,
  	"municipality" varchar,
  	"municipality_name" varchar,
  	"stage" "enum_nomination_stage" DEFAULT 'nominated',
  	"rank" numeric,
  	"motivation" varchar,
  	"jury_report" varchar,
  	"campaign_contact_name" varchar,
  	"campaign_contact_email" varchar,
  	"campaign_contact_phone" varchar,
  	"organiser_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_nominations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_nominations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_edition_id" integer,
  	"version_municipality" varchar,
  	"version_municipality_name" varchar,
  	"version_stage" "enum_nomination_stage" DEFAULT 'nominated',
  	"version_rank" numeric,
  	"version_motivation" varchar,
  	"version_jury_report" varchar,
  	"version_campaign_contact_name" varchar,
  	"version_campaign_contact_email" varchar,
  	"version_campaign_contact_phone" varchar,
  	"version_organiser_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__nominations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "toolkit_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"edition_id" integer,
  	"kind" "enum_toolkit_kind" DEFAULT 'text',
  	"description" varchar,
  	"poster_id" integer,
  	"template" varchar,
  	"event_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_toolkit_items_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_toolkit_items_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_edition_id" integer,
  	"version_kind" "enum_toolkit_kind" DEFAULT 'text',
  	"version_description" varchar,
  	"version_poster_id" integer,
  	"version_template" varchar,
  	"version_event_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__toolkit_items_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "knowledge_products" ADD COLUMN "file_id" integer;
  ALTER TABLE "knowledge_products" ADD COLUMN "cover_image_id" integer;
  ALTER TABLE "knowledge_products" ADD COLUMN "readability_score" numeric;
  ALTER TABLE "knowledge_products" ADD COLUMN "readability_level" "enum_knowledge_products_readability_level";
  ALTER TABLE "knowledge_products" ADD COLUMN "readability_summary_score" numeric;
  ALTER TABLE "knowledge_products" ADD COLUMN "readability_body_score" numeric;
  ALTER TABLE "_knowledge_products_v" ADD COLUMN "version_file_id" integer;
  ALTER TABLE "_knowledge_products_v" ADD COLUMN "version_cover_image_id" integer;
  ALTER TABLE "_knowledge_products_v" ADD COLUMN "version_readability_score" numeric;
  ALTER TABLE "_knowledge_products_v" ADD COLUMN "version_readability_level" "enum__knowledge_products_v_version_readability_level";
  ALTER TABLE "_knowledge_products_v" ADD COLUMN "version_readability_summary_score" numeric;
  ALTER TABLE "_knowledge_products_v" ADD COLUMN "version_readability_body_score" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "practice_examples_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "news_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "election_editions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "nominations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "toolkit_items_id" integer;
  ALTER TABLE "knowledge_products_life_domains" ADD CONSTRAINT "knowledge_products_life_domains_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_products_crpd_articles" ADD CONSTRAINT "knowledge_products_crpd_articles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_products_v_version_life_domains" ADD CONSTRAINT "_knowledge_products_v_version_life_domains_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_knowledge_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_products_v_version_crpd_articles" ADD CONSTRAINT "_knowledge_products_v_version_crpd_articles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_knowledge_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practice_examples_life_domains" ADD CONSTRAINT "practice_examples_life_domains_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practice_examples"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practice_examples" ADD CONSTRAINT "practice_examples_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practice_examples" ADD CONSTRAINT "practice_examples_captions_id_media_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practice_examples_v_version_life_domains" ADD CONSTRAINT "_practice_examples_v_version_life_domains_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practice_examples_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practice_examples_v" ADD CONSTRAINT "_practice_examples_v_parent_id_practice_examples_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practice_examples"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practice_examples_v" ADD CONSTRAINT "_practice_examples_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practice_examples_v" ADD CONSTRAINT "_practice_examples_v_version_captions_id_media_id_fk" FOREIGN KEY ("version_captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_life_domains" ADD CONSTRAINT "events_life_domains_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_life_domains" ADD CONSTRAINT "_events_v_version_life_domains_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_life_domains" ADD CONSTRAINT "news_life_domains_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_version_life_domains" ADD CONSTRAINT "_news_v_version_life_domains_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "election_editions_rounds" ADD CONSTRAINT "election_editions_rounds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."election_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "election_editions_rating_questions" ADD CONSTRAINT "election_editions_rating_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."election_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "election_editions_jury" ADD CONSTRAINT "election_editions_jury_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."election_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "election_editions_texts" ADD CONSTRAINT "election_editions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."election_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_election_editions_v_version_rounds" ADD CONSTRAINT "_election_editions_v_version_rounds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_election_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_election_editions_v_version_rating_questions" ADD CONSTRAINT "_election_editions_v_version_rating_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_election_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_election_editions_v_version_jury" ADD CONSTRAINT "_election_editions_v_version_jury_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_election_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_election_editions_v" ADD CONSTRAINT "_election_editions_v_parent_id_election_editions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."election_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_election_editions_v_texts" ADD CONSTRAINT "_election_editions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_election_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_edition_id_election_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."election_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nominations_v" ADD CONSTRAINT "_nominations_v_parent_id_nominations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nominations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nominations_v" ADD CONSTRAINT "_nominations_v_version_edition_id_election_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."election_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "toolkit_items" ADD CONSTRAINT "toolkit_items_edition_id_election_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."election_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "toolkit_items" ADD CONSTRAINT "toolkit_items_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "toolkit_items" ADD CONSTRAINT "toolkit_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_toolkit_items_v" ADD CONSTRAINT "_toolkit_items_v_parent_id_toolkit_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."toolkit_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_toolkit_items_v" ADD CONSTRAINT "_toolkit_items_v_version_edition_id_election_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."election_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_toolkit_items_v" ADD CONSTRAINT "_toolkit_items_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_toolkit_items_v" ADD CONSTRAINT "_toolkit_items_v_version_event_id_events_id_fk" FOREIGN KEY ("version_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "knowledge_products_life_domains_order_idx" ON "knowledge_products_life_domains" USING btree ("order");
  CREATE INDEX "knowledge_products_life_domains_parent_idx" ON "knowledge_products_life_domains" USING btree ("parent_id");
  CREATE INDEX "knowledge_products_crpd_articles_order_idx" ON "knowledge_products_crpd_articles" USING btree ("order");
  CREATE INDEX "knowledge_products_crpd_articles_parent_idx" ON "knowledge_products_crpd_articles" USING btree ("parent_id");
  CREATE INDEX "_knowledge_products_v_version_life_domains_order_idx" ON "_knowledge_products_v_version_life_domains" USING btree ("order");
  CREATE INDEX "_knowledge_products_v_version_life_domains_parent_idx" ON "_knowledge_products_v_version_life_domains" USING btree ("parent_id");
  CREATE INDEX "_knowledge_products_v_version_crpd_articles_order_idx" ON "_knowledge_products_v_version_crpd_articles" USING btree ("order");
  CREATE INDEX "_knowledge_products_v_version_crpd_articles_parent_idx" ON "_knowledge_products_v_version_crpd_articles" USING btree ("parent_id");
  CREATE INDEX "practice_examples_life_domains_order_idx" ON "practice_examples_life_domains" USING btree ("order");
  CREATE INDEX "practice_examples_life_domains_parent_idx" ON "practice_examples_life_domains" USING btree ("parent_id");
  CREATE UNIQUE INDEX "practice_examples_slug_idx" ON "practice_examples" USING btree ("slug");
  CREATE INDEX "practice_examples_municipality_idx" ON "practice_examples" USING btree ("municipality");
  CREATE INDEX "practice_examples_image_idx" ON "practice_examples" USING btree ("image_id");
  CREATE INDEX "practice_examples_captions_idx" ON "practice_examples" USING btree ("captions_id");
  CREATE INDEX "practice_examples_published_at_idx" ON "practice_examples" USING btree ("published_at");
  CREATE INDEX "practice_examples_updated_at_idx" ON "practice_examples" USING btree ("updated_at");
  CREATE INDEX "practice_examples_created_at_idx" ON "practice_examples" USING btree ("created_at");
  CREATE INDEX "practice_examples__status_idx" ON "practice_examples" USING btree ("_status");
  CREATE INDEX "_practice_examples_v_version_life_domains_order_idx" ON "_practice_examples_v_version_life_domains" USING btree ("order");
  CREATE INDEX "_practice_examples_v_version_life_domains_parent_idx" ON "_practice_examples_v_version_life_domains" USING btree ("parent_id");
  CREATE INDEX "_practice_examples_v_parent_idx" ON "_practice_examples_v" USING btree ("parent_id");
  CREATE INDEX "_practice_examples_v_version_version_slug_idx" ON "_practice_examples_v" USING btree ("version_slug");
  CREATE INDEX "_practice_examples_v_version_version_municipality_idx" ON "_practice_examples_v" USING btree ("version_municipality");
  CREATE INDEX "_practice_examples_v_version_version_image_idx" ON "_practice_examples_v" USING btree ("version_image_id");
  CREATE INDEX "_practice_examples_v_version_version_captions_idx" ON "_practice_examples_v" USING btree ("version_captions_id");
  CREATE INDEX "_practice_examples_v_version_version_published_at_idx" ON "_practice_examples_v" USING btree ("version_published_at");
  CREATE INDEX "_practice_examples_v_version_version_updated_at_idx" ON "_practice_examples_v" USING btree ("version_updated_at");
  CREATE INDEX "_practice_examples_v_version_version_created_at_idx" ON "_practice_examples_v" USING btree ("version_created_at");
  CREATE INDEX "_practice_examples_v_version_version__status_idx" ON "_practice_examples_v" USING btree ("version__status");
  CREATE INDEX "_practice_examples_v_created_at_idx" ON "_practice_examples_v" USING btree ("created_at");
  CREATE INDEX "_practice_examples_v_updated_at_idx" ON "_practice_examples_v" USING btree ("updated_at");
  CREATE INDEX "_practice_examples_v_latest_idx" ON "_practice_examples_v" USING btree ("latest");
  CREATE INDEX "events_life_domains_order_idx" ON "events_life_domains" USING btree ("order");
  CREATE INDEX "events_life_domains_parent_idx" ON "events_life_domains" USING btree ("parent_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "_events_v_version_life_domains_order_idx" ON "_events_v_version_life_domains" USING btree ("order");
  CREATE INDEX "_events_v_version_life_domains_parent_idx" ON "_events_v_version_life_domains" USING btree ("parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "news_life_domains_order_idx" ON "news_life_domains" USING btree ("order");
  CREATE INDEX "news_life_domains_parent_idx" ON "news_life_domains" USING btree ("parent_id");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_image_idx" ON "news" USING btree ("image_id");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "_news_v_version_life_domains_order_idx" ON "_news_v_version_life_domains" USING btree ("order");
  CREATE INDEX "_news_v_version_life_domains_parent_idx" ON "_news_v_version_life_domains" USING btree ("parent_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_image_idx" ON "_news_v" USING btree ("version_image_id");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "election_editions_rounds_order_idx" ON "election_editions_rounds" USING btree ("_order");
  CREATE INDEX "election_editions_rounds_parent_id_idx" ON "election_editions_rounds" USING btree ("_parent_id");
  CREATE INDEX "election_editions_rating_questions_order_idx" ON "election_editions_rating_questions" USING btree ("_order");
  CREATE INDEX "election_editions_rating_questions_parent_id_idx" ON "election_editions_rating_questions" USING btree ("_parent_id");
  CREATE INDEX "election_editions_jury_order_idx" ON "election_editions_jury" USING btree ("_order");
  CREATE INDEX "election_editions_jury_parent_id_idx" ON "election_editions_jury" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "election_editions_year_idx" ON "election_editions" USING btree ("year");
  CREATE INDEX "election_editions_awards_awards_winner_idx" ON "election_editions" USING btree ("awards_winner");
  CREATE INDEX "election_editions_updated_at_idx" ON "election_editions" USING btree ("updated_at");
  CREATE INDEX "election_editions_created_at_idx" ON "election_editions" USING btree ("created_at");
  CREATE INDEX "election_editions__status_idx" ON "election_editions" USING btree ("_status");
  CREATE INDEX "election_editions_texts_order_parent" ON "election_editions_texts" USING btree ("order","parent_id");
  CREATE INDEX "_election_editions_v_version_rounds_order_idx" ON "_election_editions_v_version_rounds" USING btree ("_order");
  CREATE INDEX "_election_editions_v_version_rounds_parent_id_idx" ON "_election_editions_v_version_rounds" USING btree ("_parent_id");
  CREATE INDEX "_election_editions_v_version_rating_questions_order_idx" ON "_election_editions_v_version_rating_questions" USING btree ("_order");
  CREATE INDEX "_election_editions_v_version_rating_questions_parent_id_idx" ON "_election_editions_v_version_rating_questions" USING btree ("_parent_id");
  CREATE INDEX "_election_editions_v_version_jury_order_idx" ON "_election_editions_v_version_jury" USING btree ("_order");
  CREATE INDEX "_election_editions_v_version_jury_parent_id_idx" ON "_election_editions_v_version_jury" USING btree ("_parent_id");
  CREATE INDEX "_election_editions_v_parent_idx" ON "_election_editions_v" USING btree ("parent_id");
  CREATE INDEX "_election_editions_v_version_version_year_idx" ON "_election_editions_v" USING btree ("version_year");
  CREATE INDEX "_election_editions_v_version_awards_version_awards_winne_idx" ON "_election_editions_v" USING btree ("version_awards_winner");
  CREATE INDEX "_election_editions_v_version_version_updated_at_idx" ON "_election_editions_v" USING btree ("version_updated_at");
  CREATE INDEX "_election_editions_v_version_version_created_at_idx" ON "_election_editions_v" USING btree ("version_created_at");
  CREATE INDEX "_election_editions_v_version_version__status_idx" ON "_election_editions_v" USING btree ("version__status");
  CREATE INDEX "_election_editions_v_created_at_idx" ON "_election_editions_v" USING btree ("created_at");
  CREATE INDEX "_election_editions_v_updated_at_idx" ON "_election_editions_v" USING btree ("updated_at");
  CREATE INDEX "_election_editions_v_latest_idx" ON "_election_editions_v" USING btree ("latest");
  CREATE INDEX "_election_editions_v_texts_order_parent" ON "_election_editions_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "nominations_edition_idx" ON "nominations" USING btree ("edition_id");
  CREATE INDEX "nominations_municipality_idx" ON "nominations" USING btree ("municipality");
  CREATE INDEX "nominations_updated_at_idx" ON "nominations" USING btree ("updated_at");
  CREATE INDEX "nominations_created_at_idx" ON "nominations" USING btree ("created_at");
  CREATE INDEX "nominations__status_idx" ON "nominations" USING btree ("_status");
  CREATE UNIQUE INDEX "edition_municipality_idx" ON "nominations" USING btree ("edition_id","municipality");
  CREATE INDEX "_nominations_v_parent_idx" ON "_nominations_v" USING btree ("parent_id");
  CREATE INDEX "_nominations_v_version_version_edition_idx" ON "_nominations_v" USING btree ("version_edition_id");
  CREATE INDEX "_nominations_v_version_version_municipality_idx" ON "_nominations_v" USING btree ("version_municipality");
  CREATE INDEX "_nominations_v_version_version_updated_at_idx" ON "_nominations_v" USING btree ("version_updated_at");
  CREATE INDEX "_nominations_v_version_version_created_at_idx" ON "_nominations_v" USING btree ("version_created_at");
  CREATE INDEX "_nominations_v_version_version__status_idx" ON "_nominations_v" USING btree ("version__status");
  CREATE INDEX "_nominations_v_created_at_idx" ON "_nominations_v" USING btree ("created_at");
  CREATE INDEX "_nominations_v_updated_at_idx" ON "_nominations_v" USING btree ("updated_at");
  CREATE INDEX "_nominations_v_latest_idx" ON "_nominations_v" USING btree ("latest");
  CREATE INDEX "version_edition_version_municipality_idx" ON "_nominations_v" USING btree ("version_edition_id","version_municipality");
  CREATE INDEX "toolkit_items_edition_idx" ON "toolkit_items" USING btree ("edition_id");
  CREATE INDEX "toolkit_items_poster_idx" ON "toolkit_items" USING btree ("poster_id");
  CREATE INDEX "toolkit_items_event_idx" ON "toolkit_items" USING btree ("event_id");
  CREATE INDEX "toolkit_items_updated_at_idx" ON "toolkit_items" USING btree ("updated_at");
  CREATE INDEX "toolkit_items_created_at_idx" ON "toolkit_items" USING btree ("created_at");
  CREATE INDEX "toolkit_items__status_idx" ON "toolkit_items" USING btree ("_status");
  CREATE INDEX "_toolkit_items_v_parent_idx" ON "_toolkit_items_v" USING btree ("parent_id");
  CREATE INDEX "_toolkit_items_v_version_version_edition_idx" ON "_toolkit_items_v" USING btree ("version_edition_id");
  CREATE INDEX "_toolkit_items_v_version_version_poster_idx" ON "_toolkit_items_v" USING btree ("version_poster_id");
  CREATE INDEX "_toolkit_items_v_version_version_event_idx" ON "_toolkit_items_v" USING btree ("version_event_id");
  CREATE INDEX "_toolkit_items_v_version_version_updated_at_idx" ON "_toolkit_items_v" USING btree ("version_updated_at");
  CREATE INDEX "_toolkit_items_v_version_version_created_at_idx" ON "_toolkit_items_v" USING btree ("version_created_at");
  CREATE INDEX "_toolkit_items_v_version_version__status_idx" ON "_toolkit_items_v" USING btree ("version__status");
  CREATE INDEX "_toolkit_items_v_created_at_idx" ON "_toolkit_items_v" USING btree ("created_at");
  CREATE INDEX "_toolkit_items_v_updated_at_idx" ON "_toolkit_items_v" USING btree ("updated_at");
  CREATE INDEX "_toolkit_items_v_latest_idx" ON "_toolkit_items_v" USING btree ("latest");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "knowledge_products" ADD CONSTRAINT "knowledge_products_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge_products" ADD CONSTRAINT "knowledge_products_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_products_v" ADD CONSTRAINT "_knowledge_products_v_version_file_id_media_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_products_v" ADD CONSTRAINT "_knowledge_products_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practice_examples_fk" FOREIGN KEY ("practice_examples_id") REFERENCES "public"."practice_examples"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_election_editions_fk" FOREIGN KEY ("election_editions_id") REFERENCES "public"."election_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_nominations_fk" FOREIGN KEY ("nominations_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_toolkit_items_fk" FOREIGN KEY ("toolkit_items_id") REFERENCES "public"."toolkit_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "knowledge_products_file_idx" ON "knowledge_products" USING btree ("file_id");
  CREATE INDEX "knowledge_products_cover_image_idx" ON "knowledge_products" USING btree ("cover_image_id");
  CREATE INDEX "knowledge_products_published_at_idx" ON "knowledge_products" USING btree ("published_at");
  CREATE INDEX "_knowledge_products_v_version_version_file_idx" ON "_knowledge_products_v" USING btree ("version_file_id");
  CREATE INDEX "_knowledge_products_v_version_version_cover_image_idx" ON "_knowledge_products_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_knowledge_products_v_version_version_published_at_idx" ON "_knowledge_products_v" USING btree ("version_published_at");
  CREATE INDEX "payload_locked_documents_rels_practice_examples_id_idx" ON "payload_locked_documents_rels" USING btree ("practice_examples_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_election_editions_id_idx" ON "payload_locked_documents_rels" USING btree ("election_editions_id");
  CREATE INDEX "payload_locked_documents_rels_nominations_id_idx" ON "payload_locked_documents_rels" USING btree ("nominations_id");
  CREATE INDEX "payload_locked_documents_rels_toolkit_items_id_idx" ON "payload_locked_documents_rels" USING btree ("toolkit_items_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "knowledge_products_life_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "knowledge_products_crpd_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_knowledge_products_v_version_life_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_knowledge_products_v_version_crpd_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practice_examples_life_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practice_examples" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practice_examples_v_version_life_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practice_examples_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_life_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_life_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_life_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_version_life_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "election_editions_rounds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "election_editions_rating_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "election_editions_jury" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "election_editions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "election_editions_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_election_editions_v_version_rounds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_election_editions_v_version_rating_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_election_editions_v_version_jury" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_election_editions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_election_editions_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nominations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nominations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "toolkit_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_toolkit_items_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "knowledge_products_life_domains" CASCADE;
  DROP TABLE "knowledge_products_crpd_articles" CASCADE;
  DROP TABLE "_knowledge_products_v_version_life_domains" CASCADE;
  DROP TABLE "_knowledge_products_v_version_crpd_articles" CASCADE;
  DROP TABLE "practice_examples_life_domains" CASCADE;
  DROP TABLE "practice_examples" CASCADE;
  DROP TABLE "_practice_examples_v_version_life_domains" CASCADE;
  DROP TABLE "_practice_examples_v" CASCADE;
  DROP TABLE "events_life_domains" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "_events_v_version_life_domains" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "news_life_domains" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "_news_v_version_life_domains" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "election_editions_rounds" CASCADE;
  DROP TABLE "election_editions_rating_questions" CASCADE;
  DROP TABLE "election_editions_jury" CASCADE;
  DROP TABLE "election_editions" CASCADE;
  DROP TABLE "election_editions_texts" CASCADE;
  DROP TABLE "_election_editions_v_version_rounds" CASCADE;
  DROP TABLE "_election_editions_v_version_rating_questions" CASCADE;
  DROP TABLE "_election_editions_v_version_jury" CASCADE;
  DROP TABLE "_election_editions_v" CASCADE;
  DROP TABLE "_election_editions_v_texts" CASCADE;
  DROP TABLE "nominations" CASCADE;
  DROP TABLE "_nominations_v" CASCADE;
  DROP TABLE "toolkit_items" CASCADE;
  DROP TABLE "_toolkit_items_v" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "knowledge_products" DROP CONSTRAINT "knowledge_products_file_id_media_id_fk";
  
  ALTER TABLE "knowledge_products" DROP CONSTRAINT "knowledge_products_cover_image_id_media_id_fk";
  
  ALTER TABLE "_knowledge_products_v" DROP CONSTRAINT "_knowledge_products_v_version_file_id_media_id_fk";
  
  ALTER TABLE "_knowledge_products_v" DROP CONSTRAINT "_knowledge_products_v_version_cover_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_practice_examples_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_news_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_election_editions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_nominations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_toolkit_items_fk";
  
  DROP INDEX "knowledge_products_file_idx";
  DROP INDEX "knowledge_products_cover_image_idx";
  DROP INDEX "knowledge_products_published_at_idx";
  DROP INDEX "_knowledge_products_v_version_version_file_idx";
  DROP INDEX "_knowledge_products_v_version_version_cover_image_idx";
  DROP INDEX "_knowledge_products_v_version_version_published_at_idx";
  DROP INDEX "payload_locked_documents_rels_practice_examples_id_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_news_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_election_editions_id_idx";
  DROP INDEX "payload_locked_documents_rels_nominations_id_idx";
  DROP INDEX "payload_locked_documents_rels_toolkit_items_id_idx";
  ALTER TABLE "knowledge_products" DROP COLUMN "file_id";
  ALTER TABLE "knowledge_products" DROP COLUMN "cover_image_id";
  ALTER TABLE "knowledge_products" DROP COLUMN "readability_score";
  ALTER TABLE "knowledge_products" DROP COLUMN "readability_level";
  ALTER TABLE "knowledge_products" DROP COLUMN "readability_summary_score";
  ALTER TABLE "knowledge_products" DROP COLUMN "readability_body_score";
  ALTER TABLE "_knowledge_products_v" DROP COLUMN "version_file_id";
  ALTER TABLE "_knowledge_products_v" DROP COLUMN "version_cover_image_id";
  ALTER TABLE "_knowledge_products_v" DROP COLUMN "version_readability_score";
  ALTER TABLE "_knowledge_products_v" DROP COLUMN "version_readability_level";
  ALTER TABLE "_knowledge_products_v" DROP COLUMN "version_readability_summary_score";
  ALTER TABLE "_knowledge_products_v" DROP COLUMN "version_readability_body_score";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "practice_examples_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "news_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "election_editions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "nominations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "toolkit_items_id";
  DROP TYPE "public"."enum_knowledge_products_life_domains";
  DROP TYPE "public"."enum_knowledge_products_crpd_articles";
  DROP TYPE "public"."enum_knowledge_products_readability_level";
  DROP TYPE "public"."enum__knowledge_products_v_version_life_domains";
  DROP TYPE "public"."enum__knowledge_products_v_version_crpd_articles";
  DROP TYPE "public"."enum__knowledge_products_v_version_readability_level";
  DROP TYPE "public"."enum_practice_examples_life_domains";
  DROP TYPE "public"."enum_practice_example_kind";
  DROP TYPE "public"."enum_practice_examples_readability_level";
  DROP TYPE "public"."enum_practice_examples_status";
  DROP TYPE "public"."enum__practice_examples_v_version_life_domains";
  DROP TYPE "public"."enum__practice_examples_v_version_readability_level";
  DROP TYPE "public"."enum__practice_examples_v_version_status";
  DROP TYPE "public"."enum_events_life_domains";
  DROP TYPE "public"."enum_event_format";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_events_readability_level";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_life_domains";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_readability_level";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum_news_life_domains";
  DROP TYPE "public"."enum_news_readability_level";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_life_domains";
  DROP TYPE "public"."enum__news_v_version_readability_level";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum_election_round";
  DROP TYPE "public"."enum_election_editions_rounds_opensat_tz";
  DROP TYPE "public"."enum_election_editions_rounds_closesat_tz";
  DROP TYPE "public"."enum_rating_life_domain";
  DROP TYPE "public"."enum_influence_level";
  DROP TYPE "public"."enum_election_editions_status";
  DROP TYPE "public"."enum__election_editions_v_version_rounds_opensat_tz";
  DROP TYPE "public"."enum__election_editions_v_version_rounds_closesat_tz";
  DROP TYPE "public"."enum__election_editions_v_version_status";
  DROP TYPE "public"."enum_nomination_stage";
  DROP TYPE "public"."enum_nominations_status";
  DROP TYPE "public"."enum__nominations_v_version_status";
  DROP TYPE "public"."enum_toolkit_kind";
  DROP TYPE "public"."enum_toolkit_items_status";
  DROP TYPE "public"."enum__toolkit_items_v_version_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The adviser role (reference/roles.json): the project team that handles advice requests.
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_role" ADD VALUE IF NOT EXISTS 'adviser';
  CREATE TYPE "public"."enum_advice_requests_life_domains" AS ENUM('onderwijs-en-ontwikkeling', 'thuis', 'werk-en-inkomen', 'vrije-tijd', 'vervoer', 'welzijn-gezondheid-en-ondersteuning');
  CREATE TYPE "public"."enum_advice_requests_crpd_articles" AS ENUM('3', '4', '5', '8', '9', '19', '20', '21', '24', '25', '26', '27', '28', '29', '30', '31', '33');
  CREATE TYPE "public"."enum_advice_request_theme" AS ENUM('local-inclusion-agenda', 'lived-experience', 'inclusive-employment', 'accessibility', 'other');
  CREATE TYPE "public"."enum_advice_request_history_from" AS ENUM('new', 'assigned', 'in_progress', 'done', 'declined');
  CREATE TYPE "public"."enum_advice_request_history_to" AS ENUM('new', 'assigned', 'in_progress', 'done', 'declined');
  CREATE TYPE "public"."enum_advice_request_form" AS ENUM('call', 'visit', 'workshop', 'email');
  CREATE TYPE "public"."enum_advice_request_state" AS ENUM('new', 'assigned', 'in_progress', 'done', 'declined');
  CREATE TABLE "advice_requests_life_domains" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_advice_requests_life_domains",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "advice_requests_crpd_articles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_advice_requests_crpd_articles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "advice_requests_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_advice_request_theme",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "advice_requests_replies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"message" varchar NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"sent_by_id" integer
  );
  
  CREATE TABLE "advice_requests_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_advice_request_history_from",
  	"to" "enum_advice_request_history_to" NOT NULL,
  	"by_id" integer,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "advice_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"municipality" varchar NOT NULL,
  	"municipality_name" varchar,
  	"question" varchar NOT NULL,
  	"preferred_form" "enum_advice_request_form" NOT NULL,
  	"contact_name" varchar NOT NULL,
  	"contact_email" varchar NOT NULL,
  	"contact_phone" varchar,
  	"contact_organisation_role" varchar,
  	"requester_id" integer,
  	"confirmed_at" timestamp(3) with time zone,
  	"confirmation_token_hash" varchar,
  	"confirmation_expires_at" timestamp(3) with time zone,
  	"status_token_hash" varchar,
  	"state" "enum_advice_request_state" DEFAULT 'new' NOT NULL,
  	"assignee_id" integer,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "advice_requests_id" integer;
  ALTER TABLE "advice_requests_life_domains" ADD CONSTRAINT "advice_requests_life_domains_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."advice_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "advice_requests_crpd_articles" ADD CONSTRAINT "advice_requests_crpd_articles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."advice_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "advice_requests_themes" ADD CONSTRAINT "advice_requests_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."advice_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "advice_requests_replies" ADD CONSTRAINT "advice_requests_replies_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "advice_requests_replies" ADD CONSTRAINT "advice_requests_replies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."advice_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "advice_requests_history" ADD CONSTRAINT "advice_requests_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "advice_requests_history" ADD CONSTRAINT "advice_requests_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."advice_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "advice_requests" ADD CONSTRAINT "advice_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "advice_requests" ADD CONSTRAINT "advice_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "advice_requests_life_domains_order_idx" ON "advice_requests_life_domains" USING btree ("order");
  CREATE INDEX "advice_requests_life_domains_parent_idx" ON "advice_requests_life_domains" USING btree ("parent_id");
  CREATE INDEX "advice_requests_crpd_articles_order_idx" ON "advice_requests_crpd_articles" USING btree ("order");
  CREATE INDEX "advice_requests_crpd_articles_parent_idx" ON "advice_requests_crpd_articles" USING btree ("parent_id");
  CREATE INDEX "advice_requests_themes_order_idx" ON "advice_requests_themes" USING btree ("order");
  CREATE INDEX "advice_requests_themes_parent_idx" ON "advice_requests_themes" USING btree ("parent_id");
  CREATE INDEX "advice_requests_replies_order_idx" ON "advice_requests_replies" USING btree ("_order");
  CREATE INDEX "advice_requests_replies_parent_id_idx" ON "advice_requests_replies" USING btree ("_parent_id");
  CREATE INDEX "advice_requests_replies_sent_by_idx" ON "advice_requests_replies" USING btree ("sent_by_id");
  CREATE INDEX "advice_requests_history_order_idx" ON "advice_requests_history" USING btree ("_order");
  CREATE INDEX "advice_requests_history_parent_id_idx" ON "advice_requests_history" USING btree ("_parent_id");
  CREATE INDEX "advice_requests_history_by_idx" ON "advice_requests_history" USING btree ("by_id");
  CREATE INDEX "advice_requests_municipality_idx" ON "advice_requests" USING btree ("municipality");
  CREATE INDEX "advice_requests_requester_idx" ON "advice_requests" USING btree ("requester_id");
  CREATE INDEX "advice_requests_confirmed_at_idx" ON "advice_requests" USING btree ("confirmed_at");
  CREATE INDEX "advice_requests_confirmation_token_hash_idx" ON "advice_requests" USING btree ("confirmation_token_hash");
  CREATE INDEX "advice_requests_status_token_hash_idx" ON "advice_requests" USING btree ("status_token_hash");
  CREATE INDEX "advice_requests_state_idx" ON "advice_requests" USING btree ("state");
  CREATE INDEX "advice_requests_assignee_idx" ON "advice_requests" USING btree ("assignee_id");
  CREATE INDEX "advice_requests_updated_at_idx" ON "advice_requests" USING btree ("updated_at");
  CREATE INDEX "advice_requests_created_at_idx" ON "advice_requests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_advice_requests_fk" FOREIGN KEY ("advice_requests_id") REFERENCES "public"."advice_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_advice_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("advice_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "advice_requests_life_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "advice_requests_crpd_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "advice_requests_themes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "advice_requests_replies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "advice_requests_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "advice_requests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "advice_requests_life_domains" CASCADE;
  DROP TABLE "advice_requests_crpd_articles" CASCADE;
  DROP TABLE "advice_requests_themes" CASCADE;
  DROP TABLE "advice_requests_replies" CASCADE;
  DROP TABLE "advice_requests_history" CASCADE;
  DROP TABLE "advice_requests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_advice_requests_fk";
  
  DROP INDEX "payload_locked_documents_rels_advice_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "advice_requests_id";
  DROP TYPE "public"."enum_advice_requests_life_domains";
  DROP TYPE "public"."enum_advice_requests_crpd_articles";
  DROP TYPE "public"."enum_advice_request_theme";
  DROP TYPE "public"."enum_advice_request_history_from";
  DROP TYPE "public"."enum_advice_request_history_to";
  DROP TYPE "public"."enum_advice_request_form";
  DROP TYPE "public"."enum_advice_request_state";`)
  // PostgreSQL cannot drop one value of an enum: the type is rebuilt without it. This fails while
  // an account still has the adviser role; give those accounts another role first.
  await db.execute(sql`
   ALTER TABLE "users" ALTER COLUMN "role" DROP DEFAULT;
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'organiser', 'municipal-official');
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";`)
}

# syntax=docker/dockerfile:1
# One build for the whole workspace; each service is a target:
#   docker build --target monitor|cms|content|gateway .
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json .npmrc tsconfig.base.json ./
COPY reference/package.json reference/
# The root `prepare` script compiles the edge package during `npm ci`: its sources come first.
COPY edge/package.json edge/tsconfig.json edge/tsconfig.build.json edge/
COPY edge/src edge/src
COPY cms/package.json cms/
COPY services/monitor/package.json services/monitor/
COPY gateway/package.json gateway/
COPY schema/package.json schema/
COPY tests/package.json tests/
RUN npm ci --no-audit --no-fund
COPY . .
# next build loads the Payload config, which validates its settings; these are build-time only.
RUN npm run build -w @idm/edge -w @idm/monitor -w @idm/gateway \
 && CMS_DATABASE_URL=postgres://build@localhost/build PAYLOAD_SECRET=build-time-placeholder-not-a-secret-000 \
    npm run build -w @idm/cms \
 && npm run build:subgraph -w @idm/cms
# Dev dependencies stay: the CMS setup runs TypeScript through tsx.

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --from=build /app /app
# A font for the toolkit's personalised posters (rendered with sharp/librsvg in the CMS).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /data/media && chown node:node /data/media
USER node

FROM runtime AS monitor
ENV MONITOR_HOST=0.0.0.0 MONITOR_PORT=4001
EXPOSE 4001
WORKDIR /app/services/monitor
CMD ["node", "--enable-source-maps", "dist/index.js"]

FROM runtime AS cms
ENV CMS_PORT=3000 MEDIA_DIR=/data/media
EXPOSE 3000
WORKDIR /app/cms
# Before the admin starts: the pending migrations, then the demo seed (src/demo) only when
# DEMO_DATA=true; DEMO_PASSWORD does not switch it on. The seed adds only what is missing; demo
# users it creates without DEMO_PASSWORD get a generated password, printed once in the log.
# Without DEMO_DATA a new database has no account: the admin offers "create first user".
# --conditions=production: Payload outside Next must not load Lexical's `node` entry points
# (top-level-await imports that can deadlock; see scripts/lib/platform.mjs).
CMD ["sh", "-c", "NODE_OPTIONS=--conditions=production node ../node_modules/tsx/dist/cli.mjs src/scripts/setup.ts && exec node ../node_modules/next/dist/bin/next start --port ${CMS_PORT} --hostname 0.0.0.0"]

FROM runtime AS content
ENV CONTENT_HOST=0.0.0.0 CONTENT_PORT=4002 NODE_OPTIONS=--conditions=production
EXPOSE 4002
WORKDIR /app/cms
# The content subgraph runs compiled: one esbuild bundle of cms/src (packages stay external).
CMD ["node", "--enable-source-maps", "dist/content-subgraph.js"]

FROM runtime AS gateway
ENV GATEWAY_HOST=0.0.0.0 GATEWAY_PORT=4000
EXPOSE 4000
WORKDIR /app/gateway
CMD ["node", "--enable-source-maps", "dist/index.js"]

-- One database per service: each owns its schema and its migrations.
CREATE DATABASE idm_cms;
CREATE DATABASE idm_monitor;

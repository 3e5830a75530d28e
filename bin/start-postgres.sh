#!/usr/bin/env bash
# Starts Debian's PostgreSQL 15 on loopback and creates the role and database the PostgreSQL catalogue
# tests use (dossier_test / dossier_test). Idempotent; needs root (CI runs as root). Installs the
# package first when it is missing.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null || [ ! -d /usr/lib/postgresql/15 ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-15
fi
[ -d /etc/postgresql/15/main ] || pg_createcluster 15 main
pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status >/dev/null
for _ in $(seq 1 30); do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname='dossier_test'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"create role dossier_test login password 'dossier_test'\""
su postgres -c "psql -qtAc \"select 1 from pg_database where datname='dossier_test'\"" | grep -q 1 ||
  su postgres -c "psql -qc 'create database dossier_test owner dossier_test'"
echo "PostgreSQL 15 is running on localhost:5432 (database dossier_test, role dossier_test)"

#!/usr/bin/env bash
# Start the services the test suite uses (PostgreSQL, Redis) and print their URLs on stdout:
#   LEXKIOSK_TEST_PG_URL=postgresql+psycopg://...
#   LEXKIOSK_TEST_REDIS_URL=redis://...
# PostgreSQL 15 from Debian runs as the `postgres` user (it refuses root): pg_ctlcluster
# switches user by itself; role and database are created through `runuser -u postgres`.
# A second run finds everything in place and only prints the URLs.
set -euo pipefail
say() { printf '\033[1m[services]\033[0m %s\n' "$*" >&2; }

pg_version=15
cluster=main
role=lexkiosk_test
db=lexkiosk_test
password=lexkiosk_test   # a throw-away test database on localhost, not a product secret
port=5432

if ! command -v pg_ctlcluster >/dev/null; then
  say "PostgreSQL is not installed; run scripts/bootstrap.sh test (Debian package postgresql)"
  exit 1
fi

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"
  else sudo -n -u postgres "$@"
  fi
}

if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$pg_version $cluster"; then
  say "creating PostgreSQL cluster $pg_version/$cluster"
  as_postgres pg_createcluster "$pg_version" "$cluster" >/dev/null
fi
port=$(pg_lsclusters -h | awk -v v="$pg_version" -v c="$cluster" '$1==v && $2==c {print $3}')
if ! pg_ctlcluster "$pg_version" "$cluster" status >/dev/null 2>&1; then
  say "starting PostgreSQL $pg_version/$cluster on port $port"
  pg_ctlcluster "$pg_version" "$cluster" start
fi
for _ in $(seq 1 50); do
  as_postgres pg_isready -q -p "$port" && break
  sleep 0.1
done

psql_admin() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qtAX "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
  say "creating role $role"
  psql_admin -c "CREATE ROLE $role LOGIN PASSWORD '$password'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
  say "creating database $db"
  psql_admin -c "CREATE DATABASE $db OWNER $role"
fi

echo "LEXKIOSK_TEST_PG_URL=postgresql+psycopg://$role:$password@127.0.0.1:$port/$db"

# Redis 7 for the event bus between workers: a private instance on its own port, no
# persistence, so it neither clashes with a system Redis nor leaves files behind.
redis_port=6390
if ! command -v redis-server >/dev/null; then
  say "Redis is not installed; run scripts/bootstrap.sh test (Debian package redis-server)"
  exit 1
fi
if ! redis-cli -p "$redis_port" ping >/dev/null 2>&1; then
  say "starting Redis on port $redis_port"
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
    --daemonize yes --pidfile /tmp/lexkiosk-test-redis.pid --logfile /tmp/lexkiosk-test-redis.log
  for _ in $(seq 1 50); do
    redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
fi
echo "LEXKIOSK_TEST_REDIS_URL=redis://127.0.0.1:$redis_port/0"

#!/usr/bin/env bash
# Sourced by .ci/run before `npm test`: a throwaway PostgreSQL and Redis on loopback for the
# server tests (server/external.test.ts). Exports OTZ_TEST_DATABASE_URL and OTZ_TEST_REDIS_URL;
# everything is removed again when the calling shell exits. Skips itself (with a message) when
# the servers cannot be installed or started, and the tests then say they were skipped.

otz_services_main() {
  local pg_bin
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$pg_bin" ] || ! command -v redis-server >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "[services] installing postgresql and redis-server"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >/dev/null ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >/dev/null; } ||
        true
      pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    fi
  fi
  if [ -z "$pg_bin" ] || ! command -v redis-server >/dev/null 2>&1; then
    echo "[services] PostgreSQL or Redis not available: the PostgreSQL/Redis server tests will be skipped"
    return 0
  fi

  free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

  OTZ_SERVICES_DIR="$(mktemp -d /tmp/otz-services.XXXXXX)"
  chmod 755 "$OTZ_SERVICES_DIR"
  local pg_port redis_port as_pg=()
  pg_port="$(free_port)"
  redis_port="$(free_port)"
  # PostgreSQL refuses to run as root: run it as the postgres user when we are root.
  if [ "$(id -u)" = 0 ]; then
    mkdir -p "$OTZ_SERVICES_DIR/pg"
    chown postgres "$OTZ_SERVICES_DIR/pg"
    as_pg=(runuser -u postgres --)
  fi
  OTZ_PG_CTL=("${as_pg[@]}" "$pg_bin/pg_ctl" -D "$OTZ_SERVICES_DIR/pg/data")
  if ! "${as_pg[@]}" "$pg_bin/initdb" -D "$OTZ_SERVICES_DIR/pg/data" -U otz --auth=trust -E UTF8 >/dev/null 2>&1 ||
    ! "${OTZ_PG_CTL[@]}" -w -l "$OTZ_SERVICES_DIR/pg/log" \
      -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $OTZ_SERVICES_DIR/pg -c fsync=off" start >/dev/null; then
    echo "[services] PostgreSQL did not start (see $OTZ_SERVICES_DIR/pg/log): those tests will be skipped"
    return 0
  fi
  redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --daemonize yes \
    --pidfile "$OTZ_SERVICES_DIR/redis.pid" --logfile "$OTZ_SERVICES_DIR/redis.log" --dir "$OTZ_SERVICES_DIR" >/dev/null
  for _ in $(seq 50); do
    redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  export OTZ_TEST_DATABASE_URL="postgres://otz@127.0.0.1:$pg_port/postgres"
  export OTZ_TEST_REDIS_URL="redis://127.0.0.1:$redis_port"
  echo "[services] PostgreSQL on 127.0.0.1:$pg_port, Redis on 127.0.0.1:$redis_port"
}

otz_services_stop() {
  if [ -n "${OTZ_SERVICES_DIR:-}" ] && [ -d "$OTZ_SERVICES_DIR" ]; then
    [ -n "${OTZ_PG_CTL+x}" ] && "${OTZ_PG_CTL[@]}" -m immediate stop >/dev/null 2>&1
    [ -f "$OTZ_SERVICES_DIR/redis.pid" ] && kill "$(cat "$OTZ_SERVICES_DIR/redis.pid")" 2>/dev/null
    rm -rf "$OTZ_SERVICES_DIR"
  fi
}

trap otz_services_stop EXIT
otz_services_main

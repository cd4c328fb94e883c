# Sourced by .ci/run: a private PostgreSQL cluster for the team-store tests (README, Team store). It lives in a
# temporary folder, listens on a free localhost port only, and runs as the postgres user when started by root
# (initdb refuses to run as root). team_postgres_start exports ZHIBIAO_TEST_POSTGRES for mvn; team_postgres_stop
# stops the cluster and removes its folder (call it from a trap, so that it runs when the tests fail too).
# A developer can run the same two functions by hand: source .ci/team-postgres.sh; team_postgres_start.

team_pg_dir=""
team_pg_bin=""

team_postgres_start() {
    if [ -n "${ZHIBIAO_TEST_POSTGRES:-}" ]; then
        echo "team-store tests on the given server ZHIBIAO_TEST_POSTGRES"
        return 0
    fi
    team_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$team_pg_bin" ] && [ "$(id -u)" = 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        team_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    fi
    if [ -z "$team_pg_bin" ]; then
        echo "no PostgreSQL found (package postgresql): the team-store tests will be skipped" >&2
        return 0
    fi
    local as=()
    team_pg_dir=$(mktemp -d /tmp/zhibiao-postgres.XXXXXX)
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$team_pg_dir"
        as=(runuser -u postgres --)
    fi
    local port=55432
    # a port nothing listens on: connecting to it fails
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    "${as[@]}" "$team_pg_bin/initdb" -D "$team_pg_dir/db" -A trust -U postgres >"$team_pg_dir/initdb.log"
    # TeamStoreCommandTest logs in as this role with a password: the server must ask for it (everyone else is
    # trusted on this private, localhost-only cluster)
    sed -i '1i host all zhibiao_login 127.0.0.1/32 scram-sha-256\nhost all zhibiao_login ::1/128 scram-sha-256' \
        "$team_pg_dir/db/pg_hba.conf"
    "${as[@]}" "$team_pg_bin/pg_ctl" -D "$team_pg_dir/db" -w -l "$team_pg_dir/server.log" \
        -o "-p $port -k $team_pg_dir -c listen_addresses=localhost" start >/dev/null
    export ZHIBIAO_TEST_POSTGRES="jdbc:postgresql://localhost:$port/postgres?user=postgres"
    echo "team-store tests on a private PostgreSQL cluster: $ZHIBIAO_TEST_POSTGRES"
}

team_postgres_stop() {
    if [ -z "$team_pg_dir" ]; then
        return 0
    fi
    local as=()
    if [ "$(id -u)" = 0 ]; then
        as=(runuser -u postgres --)
    fi
    "${as[@]}" "$team_pg_bin/pg_ctl" -D "$team_pg_dir/db" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$team_pg_dir"
    team_pg_dir=""
}

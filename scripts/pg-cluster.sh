#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: password authentication, on 127.0.0.1 and a free port.
#   scripts/pg-cluster.sh start DIR   initdb in DIR (owned by the postgres user when run as root), start it, create
#                                     the database teachback_test and the role teachback, and write DIR/env with
#                                     TEACHBACK_TEST_POSTGRES (the URL), PGPASSWORD and TEACHBACK_PG_CA (the
#                                     throwaway CA that signed the server's certificate, for verify-ca/verify-full),
#                                     for `source DIR/env`
#   scripts/pg-cluster.sh stop DIR    stop it (pg_ctl -m fast) and remove DIR
#   scripts/pg-cluster.sh restart DIR restart it (for the checks that lose the server mid-session)
#   scripts/pg-cluster.sh halt DIR    stop it, keeping its data; `resume DIR` starts it again on the same port
set -euo pipefail
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$action" in
  start)
    mkdir -p "$dir"
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$dir/pw"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pw"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A scram-sha-256 --pwfile="$dir/pw" > "$dir/initdb.log" 2>&1
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # TLS with a certificate signed by a throwaway CA of its own (DIR/ca.crt, DIR/ca.key), for 127.0.0.1 and
    # localhost, so sslmode=require, verify-ca and verify-full (with the CA as the root certificate) are all checked.
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Teachback throwaway test CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -keyout "$dir/ca.key" -out "$dir/ca.crt" > /dev/null 2>&1
    chmod 600 "$dir/ca.key"
    openssl req -new -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/server.key" \
      -out "$dir/server.csr" > /dev/null 2>&1
    printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=critical,CA:FALSE" \
      "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" > "$dir/server.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -set_serial "0x$(openssl rand -hex 8)" \
      -days 2 -extfile "$dir/server.ext" -out "$dir/server.crt" > /dev/null 2>&1
    rm -f "$dir/server.csr" "$dir/server.ext"
    chmod 600 "$dir/server.key"
    chmod 644 "$dir/ca.crt"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/server.key" "$dir/server.crt"
    echo "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" > "$dir/options"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "$(cat "$dir/options")" start > /dev/null
    export PGPASSWORD=$password
    psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE teachback LOGIN PASSWORD '$password'" -c "CREATE DATABASE teachback_test OWNER teachback" \
      -c "CREATE DATABASE teachback_bench OWNER teachback" -c "CREATE DATABASE teachback_due OWNER teachback" > /dev/null
    cat > "$dir/env" <<ENV
export PGPASSWORD='$password'
export TEACHBACK_TEST_POSTGRES='postgresql://teachback@127.0.0.1:$port/teachback_test?sslmode=disable'
export TEACHBACK_PG_PORT=$port
export TEACHBACK_PG_DIR='$dir'
export TEACHBACK_PG_CA='$dir/ca.crt'
ENV
    echo "PostgreSQL $(basename "$(dirname "$bin")") on 127.0.0.1:$port ($dir)"
    ;;
  restart)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w restart > /dev/null
    ;;
  halt)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null
    ;;
  resume)
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "$(cat "$dir/options")" start > /dev/null
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop|restart|halt|resume DIR" >&2; exit 2 ;;
esac

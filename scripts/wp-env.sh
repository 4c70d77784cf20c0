#!/usr/bin/env bash
# A real WordPress for the plugin's tests, from Debian 12's own packages: wordpress (6.1),
# MariaDB, and Apache with mod_php, started by hand (no systemd needed) on 127.0.0.1 only.
#
#   scripts/wp-env.sh install   installs the missing Debian packages; quick when all are there
#   scripts/wp-env.sh start     install, then a fresh site (new database, empty wp-content) and
#                               its servers; writes $ENV_DIR/run/env.json for the tests
#   scripts/wp-env.sh stop      stops the servers this script started
#   scripts/wp-env.sh clean     stop, then delete $ENV_DIR and the site's file in /etc/wordpress
#   scripts/wp-env.sh dir       prints $ENV_DIR (normally target/wp-env; see choose_env_dir)
#
# WordPress runs from Debian's /usr/share/wordpress as installed; its wp-config.php reads
# /etc/wordpress/config-$WORDPRESS_CONFIG.php, which this script writes. Everything else is in
# $ENV_DIR: wp-content, the database's files, sockets, logs. Three Apache servers share the
# site, to show how the plugin's .htaccess behaves:
#   main        mod_headers on, AllowOverride FileInfo for wp-content (what the docs ask for)
#   bare        Debian's default modules: no mod_headers (the .htaccess must not break)
#   nooverride  mod_headers on but AllowOverride None (Apache ignores the .htaccess)
# MariaDB listens on a socket only, so nothing but this machine's processes can reach it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORDPRESS=/usr/share/wordpress
DB_NAME=momentum_e2e
DB_USER=momentum
DB_PASSWORD=momentum-e2e
SERVERS=(main bare nooverride)
PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-cli php-mysql)

# Where the site lives: target/wp-env, unless Apache's user (www-data) cannot reach this clone
# (a private parent folder) or the path is too long for MariaDB's socket: then a folder in /tmp
# named after the clone. WP_ENV_DIR overrides both.
choose_env_dir() {
  local fallback
  fallback=/tmp/momentum-wp-env-$(printf '%s' "$ROOT" | sha1sum | cut -c1-8)
  if [ -n "${WP_ENV_DIR:-}" ]; then
    ENV_DIR=$WP_ENV_DIR
  elif [ ${#ROOT} -gt 70 ] || { id www-data >/dev/null 2>&1 && ! runuser -u www-data -- test -x "$ROOT"; }; then
    ENV_DIR=$fallback
  else
    ENV_DIR=$ROOT/target/wp-env
  fi
  RUN=$ENV_DIR/run
  DATA=$ENV_DIR/mariadb
  CONTENT=$ENV_DIR/wp-content
  SOCKET=$RUN/mysqld.sock
  # One config name per environment folder, so two clones can test at the same time.
  SITE_ID=momentum-e2e-$(printf '%s' "$ENV_DIR" | sha1sum | cut -c1-8)
  SITE_CONFIG=/etc/wordpress/config-$SITE_ID.php
}

say() { printf '\033[1m==> wp-env: %s\033[0m\n' "$*"; }
fail() { printf 'wp-env: %s\n' "$*" >&2; exit 1; }
have_deb() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

install_packages() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do have_deb "$p" || missing+=("$p"); done
  [ ${#missing[@]} = 0 ] && return
  say "installing ${missing[*]} (once, about a minute)"
  apt-get update -qq
  # No recommends: nothing but what the tests use. Package scripts may try to start the
  # system's own Apache and MariaDB; this script never uses those.
  env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

php_module() {
  local so
  so=$(ls /usr/lib/apache2/modules/libphp8*.so 2>/dev/null | head -n1)
  [ -n "$so" ] || fail "no mod_php in /usr/lib/apache2/modules (package libapache2-mod-php)"
  echo "$so"
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for() { # seconds, command...
  local tries=$(($1 * 10))
  shift
  until "$@" >/dev/null 2>&1; do
    tries=$((tries - 1))
    [ "$tries" -gt 0 ] || return 1
    sleep 0.1
  done
}

start_mariadb() {
  if [ ! -d "$DATA/mysql" ]; then
    say "creating the database's files in $DATA"
    rm -rf "$DATA"
    mkdir -p "$DATA"
    mariadb-install-db --no-defaults --datadir="$DATA" --user="$(id -un)" \
      --auth-root-authentication-method=socket --skip-test-db >"$RUN/mariadb-install.log" 2>&1 \
      || { cat "$RUN/mariadb-install.log" >&2; fail "mariadb-install-db failed"; }
  fi
  [ ${#SOCKET} -lt 100 ] || fail "socket path too long for Unix sockets: $SOCKET (set WP_ENV_DIR)"
  setsid mariadbd --no-defaults --datadir="$DATA" --socket="$SOCKET" --skip-networking \
    --pid-file="$RUN/mariadb.pid" --log-error="$RUN/mariadb.log" --user="$(id -un)" \
    --innodb-buffer-pool-size=64M --skip-log-bin </dev/null >/dev/null 2>&1 &
  wait_for 30 mariadb-admin --no-defaults --socket="$SOCKET" ping \
    || { tail -n 20 "$RUN/mariadb.log" >&2; fail "MariaDB did not start"; }
  mariadb --no-defaults --socket="$SOCKET" -u root <<SQL
DROP DATABASE IF EXISTS $DB_NAME;
CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_USER'@'localhost';
SQL
}

# The site's salts: made once per environment folder, kept in $ENV_DIR.
salts() {
  local file=$ENV_DIR/salts.php k
  if [ ! -f "$file" ]; then
    {
      echo '<?php'
      for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
        echo "define( '$k', '$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')' );"
      done
    } >"$file"
  fi
  chgrp www-data "$file"
  chmod 640 "$file"
  echo "$file"
}

write_site_config() {
  local salts_file
  salts_file=$(salts)
  tee "$SITE_CONFIG" >/dev/null <<PHP
<?php
// Written by Momentum's scripts/wp-env.sh for its WordPress tests; \`scripts/wp-env.sh clean\`
// deletes it. A throw-away site reachable on 127.0.0.1 only.
\$momentum_host = isset( \$_SERVER['HTTP_HOST'] ) ? \$_SERVER['HTTP_HOST'] : '';
if ( ! preg_match( '/^127\.0\.0\.1:[0-9]+\$/', \$momentum_host ) ) {
	header( 'HTTP/1.0 404 Not Found' );
	exit( 1 );
}
// Three servers (ports) share this site: each page's links point at the server that made it.
define( 'WP_HOME', 'http://' . \$momentum_host );
define( 'WP_SITEURL', 'http://' . \$momentum_host );
define( 'DB_NAME', '$DB_NAME' );
define( 'DB_USER', '$DB_USER' );
define( 'DB_PASSWORD', '$DB_PASSWORD' );
define( 'DB_HOST', 'localhost:$SOCKET' );
define( 'WP_CONTENT_DIR', '$CONTENT' );
// No request leaves this machine: no update checks, no cron, no pattern directory.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// PHP's notices go to a log the tests read, never onto the page.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$RUN/debug.log' );
require '$salts_file';
PHP
  # Like Debian's own config files: readable by Apache's user, not by everyone.
  chgrp www-data "$SITE_CONFIG"
  chmod 640 "$SITE_CONFIG"
}

fresh_content() {
  rm -rf "$CONTENT"
  mkdir -p "$CONTENT/plugins" "$CONTENT/themes" "$CONTENT/uploads" "$CONTENT/upgrade"
  # Like Debian's /var/lib/wordpress/wp-content: the packaged theme linked, the rest writable.
  ln -s "$WORDPRESS/wp-content/themes/twentytwentythree" "$CONTENT/themes/twentytwentythree"
  printf '<?php\n// Silence is golden.\n' >"$CONTENT/index.php"
  : >"$RUN/debug.log"
  chown -R www-data:www-data "$CONTENT" "$RUN/debug.log"
  runuser -u www-data -- test -w "$CONTENT/plugins" \
    || fail "www-data cannot reach $CONTENT: every folder above it must be world-searchable"
}

apache_config() { # name port
  local name=$1 port=$2 headers=1 override=FileInfo
  [ "$name" = bare ] && headers=
  [ "$name" = nooverride ] && override=None
  local modules=/usr/lib/apache2/modules
  cat <<CONF
# Apache for Momentum's WordPress tests ($name), written by scripts/wp-env.sh.
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile $RUN/apache-$name.pid
DefaultRuntimeDir $RUN
Mutex file:$RUN default
User www-data
Group www-data
ErrorLog $RUN/apache-$name-error.log
LogFormat "%h %t \"%r\" %>s %b" short
CustomLog $RUN/apache-$name-access.log short
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 12
LoadModule mpm_prefork_module $modules/mod_mpm_prefork.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule alias_module $modules/mod_alias.so
LoadModule dir_module $modules/mod_dir.so
LoadModule env_module $modules/mod_env.so
LoadModule mime_module $modules/mod_mime.so
LoadModule rewrite_module $modules/mod_rewrite.so
LoadModule php_module $(php_module)
${headers:+LoadModule headers_module $modules/mod_headers.so}
TypesConfig /etc/mime.types
<FilesMatch ".+\.ph(?:ar|p|tml)\$">
  SetHandler application/x-httpd-php
</FilesMatch>
DirectoryIndex index.php index.html
DocumentRoot $WORDPRESS
SetEnv WORDPRESS_CONFIG $SITE_ID
Alias /wp-content $CONTENT
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory $WORDPRESS>
  Options FollowSymLinks
  AllowOverride Limit Options FileInfo
  Require all granted
  # WordPress's own rules for pretty permalinks (Debian's /etc/wordpress/htaccess has them
  # commented out, and it is not ours to change).
  RewriteEngine On
  RewriteBase /
  RewriteRule ^index\.php\$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
<Directory $CONTENT>
  Options FollowSymLinks
  AllowOverride $override
  Require all granted
</Directory>
CONF
}

start_apache() { # name port
  local name=$1 port=$2 conf=$RUN/apache-$1.conf
  apache_config "$name" "$port" >"$conf"
  apache2 -t -f "$conf" >/dev/null 2>&1 || { apache2 -t -f "$conf" >&2 || true; fail "bad Apache config $conf"; }
  apache2 -f "$conf" -k start
  wait_for 15 bash -c "echo > /dev/tcp/127.0.0.1/$port" || fail "Apache ($name) did not start; see $RUN/apache-$name-error.log"
}

stop_all() {
  local name
  for name in "${SERVERS[@]}"; do
    if pid_alive "$RUN/apache-$name.pid"; then
      local pid
      pid=$(cat "$RUN/apache-$name.pid")
      apache2 -f "$RUN/apache-$name.conf" -k stop 2>/dev/null || kill "$pid"
      wait_for 10 bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$RUN/apache-$name.pid"
  done
  if pid_alive "$RUN/mariadb.pid"; then
    local pid
    pid=$(cat "$RUN/mariadb.pid")
    mariadb-admin --no-defaults --socket="$SOCKET" -u root shutdown 2>/dev/null || kill "$pid"
    wait_for 20 bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/mariadb.pid"
}

site_php() { # port, arguments for e2e-wordpress/site.php
  local port=$1
  shift
  HTTP_HOST=127.0.0.1:$port WORDPRESS_CONFIG=$SITE_ID php "$ROOT/e2e-wordpress/site.php" "$@"
}

start() {
  install_packages
  choose_env_dir
  [ -f "$WORDPRESS/wp-includes/version.php" ] || fail "no WordPress in $WORDPRESS"
  mkdir -p "$RUN"
  # Apache's user must be able to read wp-content, whatever the umask made of these folders.
  chmod 755 "$ENV_DIR" "$RUN"
  case "$ENV_DIR" in "$ROOT"/target/*) chmod 755 "$ROOT/target" ;; esac
  stop_all # whatever an interrupted run left
  start_mariadb
  write_site_config
  fresh_content
  local name port ports=()
  for name in "${SERVERS[@]}"; do
    port=$(free_port)
    start_apache "$name" "$port"
    ports+=("\"$name\": \"http://127.0.0.1:$port\"")
  done
  local main_port=${ports[0]##*:}
  main_port=${main_port%\"}
  site_php "$main_port" install
  local IFS=,
  printf '{"servers": {%s}, "siteConfig": "%s", "content": "%s", "debugLog": "%s"}\n' \
    "${ports[*]}" "$SITE_ID" "$CONTENT" "$RUN/debug.log" >"$RUN/env.json"
  say "WordPress $(site_php "$main_port" version) on ${ports[*]}"
}

# Apache must switch to www-data and MariaDB's files are root's: this runs as root, like CI.
[ "$(id -u)" = 0 ] || fail "run as root (sudo scripts/wp-env.sh ...)"

choose_env_dir
case "${1:-}" in
  install) install_packages ;;
  dir) echo "$ENV_DIR" ;;
  start) start ;;
  stop) stop_all ;;
  clean)
    stop_all
    rm -rf "$ENV_DIR"
    rm -f "$SITE_CONFIG"
    ;;
  *) fail "usage: scripts/wp-env.sh install|start|stop|clean|dir" ;;
esac

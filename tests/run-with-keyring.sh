#!/usr/bin/env bash
# Run a command with an unlocked Secret Service (gnome-keyring) on the current
# D-Bus session bus, so the keyring tests exercise the real thing:
#
#   dbus-run-session -- tests/run-with-keyring.sh COMMAND [ARG...]
#
# The daemon keeps its keyrings in a fresh temporary directory and is unlocked
# with a throwaway password, so it never touches (or asks for the password of)
# a keyring the user already has. It sets WALLBOARD_TEST_KEYRING=private for
# the command: tests may then lock, create and delete collections freely.
set -euo pipefail

log() {
    printf 'run-with-keyring: %s\n' "$*" >&2
}

if [[ $# -eq 0 ]]; then
    log "usage: dbus-run-session -- $0 COMMAND [ARG...]"
    exit 64
fi
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    log "no D-Bus session bus; run me as: dbus-run-session -- $0 $*"
    exit 64
fi
if ! command -v gnome-keyring-daemon >/dev/null; then
    log "gnome-keyring-daemon not found; install gnome-keyring (make sysdeps)"
    exit 69
fi

keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/wallboard-keyring.XXXXXX")
trap 'rm -rf -- "$keyring_home"' EXIT
mkdir -m 700 "$keyring_home/data" "$keyring_home/runtime"

# The daemon keeps its keyrings under XDG_DATA_HOME and its control socket
# under XDG_RUNTIME_DIR. Fresh directories for both give it an empty login
# keyring, which --unlock creates with the password read from stdin, and keep
# it from handing over to a daemon that already runs for the user.
password=$(head -c 24 /dev/urandom | base64)
daemon_output=$(
    printf '%s' "$password" |
        XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/runtime" \
            gnome-keyring-daemon --daemonize --unlock --components=secrets
)
unset password

# It prints NAME=value lines (such as GNOME_KEYRING_CONTROL) for its clients.
while IFS='=' read -r name value; do
    if [[ "$name" =~ ^[A-Z_][A-Z0-9_]*$ ]]; then
        export "$name=$value"
    fi
done <<<"$daemon_output"

# The daemon claims its bus name shortly after it returns. Wait for it here:
# a client that came first would have the bus activate a second daemon, one
# with the user's own keyring directory and a locked login keyring.
has_secret_service() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.secrets 2>/dev/null | grep 'boolean true' >/dev/null
}
for _ in {1..100}; do
    if has_secret_service; then
        break
    fi
    sleep 0.05
done
if ! has_secret_service; then
    log "gnome-keyring-daemon did not appear on the session bus within 5 s"
    exit 69
fi

export WALLBOARD_TEST_KEYRING=private
# Not exec: the temporary keyring directory is removed once the command ends.
status=0
"$@" || status=$?
exit "$status"

#!/usr/bin/env bash
# Creates the local development signing key pair, unless it exists: .run/keys/private.pem (RSA-2048, PKCS#8,
# readable by the owner only) and .run/keys/public.pem (X.509 SubjectPublicKeyInfo), which the gateway and the
# services trust locally (JWT_PUBLIC_KEY_LOCATION). deploy/local/token.sh signs with the private key.
# Production never uses these: it takes the identity provider's JWKS URL (docs/security.md).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

KEY_DIR="${JWT_KEY_DIR:-$RUN_DIR/keys}"
PRIVATE="$KEY_DIR/private.pem"
PUBLIC="$KEY_DIR/public.pem"

case "${1:-}" in
  "") ;;
  -h | --help) echo "Usage: deploy/local/dev-keys.sh   (creates $PRIVATE and $PUBLIC if missing)"; exit 0 ;;
  *) printf 'Unknown argument: %s\nUsage: deploy/local/dev-keys.sh\n' "$1" >&2; exit 2 ;;
esac

command -v openssl >/dev/null 2>&1 || die "openssl is required (apt-get install openssl)"

if [[ -s "$PRIVATE" && -s "$PUBLIC" ]]; then
  say "Dev JWT keys exist: $PUBLIC"
  exit 0
fi
if [[ -s "$PUBLIC" && ! -s "$PRIVATE" ]]; then
  # a lone public key was put there on purpose (e.g. a shared test key); inventing a new pair would silently
  # make every running service distrust the tokens signed for it
  die "$PUBLIC exists without $PRIVATE: remove it, or put the matching private key next to it"
fi

mkdir -p "$KEY_DIR"
chmod 700 "$KEY_DIR"
# written under temporary names and renamed, so an interrupted run never leaves half a pair behind
tmp_private="$(mktemp "$KEY_DIR/.private.XXXXXX")"
tmp_public="$(mktemp "$KEY_DIR/.public.XXXXXX")"
trap 'rm -f "$tmp_private" "$tmp_public"' EXIT

if [[ -s "$PRIVATE" ]]; then
  say "Deriving the missing $PUBLIC from $PRIVATE"
  cp "$PRIVATE" "$tmp_private"
else
  say "Creating a dev JWT key pair (RSA-2048) in $KEY_DIR"
  (umask 077 && openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp_private" 2>/dev/null) ||
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp_private")
fi
openssl pkey -in "$tmp_private" -pubout -out "$tmp_public"
chmod 600 "$tmp_private"
chmod 644 "$tmp_public"
mv -f "$tmp_private" "$PRIVATE"
mv -f "$tmp_public" "$PUBLIC"
trap - EXIT
say "Dev JWT keys ready: private $PRIVATE, public $PUBLIC"

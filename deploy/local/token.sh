#!/usr/bin/env bash
# Prints a signed RS256 JWT for local use, shaped like the identity provider's tokens:
#   deploy/local/token.sh <role> <region> [unit] [minutes]
#   curl -H "Authorization: Bearer $(deploy/local/token.sh finance-admin 1101)" http://127.0.0.1:8080/api/v1/units
# Claims: iss (JWT_ISSUER, default https://jixiao.local/dev), sub and upn (JWT_SUBJECT, default role@region[/unit]),
# groups [role], region, unit (when given), iat, exp (now + minutes, default 60), jti.
# Signs with .run/keys/private.pem (JWT_PRIVATE_KEY), created by deploy/local/dev-keys.sh when missing.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

ROLES=(finance-admin evaluator district-system unit-reporter viewer)
ISSUER="${JWT_ISSUER:-https://jixiao.local/dev}"
PRIVATE="${JWT_PRIVATE_KEY:-${JWT_KEY_DIR:-$RUN_DIR/keys}/private.pem}"

usage() {
  cat <<USAGE
Usage: deploy/local/token.sh <role> <region> [unit] [minutes]

  role     one of: ${ROLES[*]}
  region   GB/T 2260 code prefix the caller may see, 2 to 12 digits (e.g. 11, 1101, 110105), or CN (national)
  unit     the caller's unit (unit-reporter) or agency (evaluator); "" or - for none
  minutes  lifetime, default 60

Prints only the token. Environment: JWT_SUBJECT, JWT_ISSUER, JWT_PRIVATE_KEY.
USAGE
}

[[ "${1:-}" == -h || "${1:-}" == --help ]] && { usage; exit 0; }
(($# >= 2 && $# <= 4)) || { usage >&2; exit 2; }

role="$1" region="$2" unit="${3:-}" minutes="${4:-60}"
[[ "$unit" == - ]] && unit=""

valid_role=0
for r in "${ROLES[@]}"; do [[ "$role" == "$r" ]] && valid_role=1; done
((valid_role == 1)) || die "unknown role '$role'; one of: ${ROLES[*]}"
[[ "$region" =~ ^([0-9]{2,12}|CN)$ ]] || die "region must be 2 to 12 digits (a GB/T 2260 prefix) or CN (national), got '$region'"
# codes only: keeps the hand-built JSON below free of anything that would need escaping
[[ -z "$unit" || "$unit" =~ ^[A-Za-z0-9._-]{1,64}$ ]] || die "unit must be letters, digits, . _ - (up to 64), got '$unit'"
[[ "$minutes" =~ ^[1-9][0-9]{0,5}$ ]] || die "minutes must be a positive number, got '$minutes'"

subject="${JWT_SUBJECT:-$role@$region${unit:+/$unit}}"
[[ "$subject" =~ ^[A-Za-z0-9@._/:-]{1,128}$ ]] || die "JWT_SUBJECT must be letters, digits and @ . _ / : - (up to 128)"
[[ "$ISSUER" =~ ^[A-Za-z0-9:/._~%?=\&-]{1,256}$ ]] || die "JWT_ISSUER must be a plain URL, got '$ISSUER'"

if [[ ! -s "$PRIVATE" ]]; then
  if [[ -z "${JWT_PRIVATE_KEY:-}" ]]; then
    "$ROOT/deploy/local/dev-keys.sh" >&2
  else
    die "no private key at $PRIVATE"
  fi
fi

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now="$(date +%s)"
exp=$((now + minutes * 60))
if [[ -r /proc/sys/kernel/random/uuid ]]; then
  jti="$(cat /proc/sys/kernel/random/uuid)"
else
  jti="$(openssl rand -hex 16)"
fi

header='{"alg":"RS256","typ":"JWT"}'
payload="{\"iss\":\"$ISSUER\",\"sub\":\"$subject\",\"upn\":\"$subject\",\"groups\":[\"$role\"],\"region\":\"$region\""
[[ -n "$unit" ]] && payload+=",\"unit\":\"$unit\""
payload+=",\"iat\":$now,\"exp\":$exp,\"jti\":\"$jti\"}"

signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$PRIVATE" -binary | b64url)"
printf '%s.%s\n' "$signing_input" "$signature"

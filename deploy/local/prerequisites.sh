#!/usr/bin/env bash
# Makes sure the tools the build and the local stack need exist: a JDK (17 or newer, the project
# compiles with --release 17), curl (health checks), a CJK font (PDF reports) and LibreOffice
# Writer (the report tests convert the DOCX headless). Installs them with apt-get when missing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

say() { printf '==> %s\n' "$*"; }
die() { printf '==> ERROR: %s\n' "$*" >&2; exit 1; }

apt_updated=0
apt_update() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install $* by hand"
  [[ "$(id -u)" -eq 0 ]] || die "installing $* needs root (or install it by hand)"
  if [[ "$apt_updated" -eq 0 ]]; then
    say "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    apt_updated=1
  fi
}
apt_install() {
  apt_update "$@"
  say "apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

# "javac 17.0.15" -> 17, "javac 1.8.0_402" -> 8; prints 0 when there is no javac.
javac_major() {
  local version
  command -v javac >/dev/null 2>&1 || { echo 0; return; }
  version="$(javac -version 2>&1 | awk '/^javac/ {print $2; exit}')"
  version="${version#1.}"
  version="${version%%[!0-9]*}"
  echo "${version:-0}"
}

say "Checking for a JDK 17+ (javac -version)"
major="$(javac_major)"
if [[ "$major" -ge 17 ]]; then
  say "Found $(javac -version 2>&1)"
else
  if [[ "$major" -eq 0 ]]; then
    say "No javac on PATH"
  else
    say "javac is version $major; the build needs 17 or newer"
  fi
  apt_update openjdk-17-jdk-headless
  # Newer Debian releases dropped 17; 21 compiles --release 17 just as well.
  if apt-cache show openjdk-17-jdk-headless >/dev/null 2>&1 || ! apt-cache show openjdk-21-jdk-headless >/dev/null 2>&1; then
    apt_install openjdk-17-jdk-headless
  else
    apt_install openjdk-21-jdk-headless
  fi
  hash -r
  major="$(javac_major)"
  [[ "$major" -ge 17 ]] || die "javac on PATH is still version $major after installing a JDK; fix PATH/JAVA_HOME or run: update-alternatives --config javac"
  say "Installed $(javac -version 2>&1)"
fi

say "Checking for curl"
if command -v curl >/dev/null 2>&1; then
  say "Found curl"
else
  apt_install curl ca-certificates
fi

# PDF reports embed a CJK TrueType font; PDFBox needs TrueType outlines, which WenQuanYi Micro Hei has.
say "Checking for a CJK TrueType font for PDF reports"
if [[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]]; then
  say "Found WenQuanYi Micro Hei"
else
  apt_install fonts-wqy-microhei
fi

# The report tests prove that the DOCX opens in an office suite: LibreOffice converts it to PDF headless.
say "Checking for LibreOffice Writer (headless DOCX conversion in the report tests)"
if command -v soffice >/dev/null 2>&1; then
  say "Found $(command -v soffice)"
else
  apt_install libreoffice-writer-nogui
fi

say "Prerequisites are in place"

#!/usr/bin/env bash
# Installs the system packages a fresh Debian machine lacks: pkg-config and libpcre2-dev
# (the intent matcher links libpcre2-8). Does nothing when they are already present.
set -euo pipefail
need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if ! pkg-config --exists libpcre2-8 2>/dev/null; then need+=(libpcre2-dev); fi
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi
command -v swift >/dev/null 2>&1 || { echo "swift is not on PATH (expected /opt/swift)"; exit 1; }

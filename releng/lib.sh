# Shared set-up for the top-level commands (sourced, not run): JDK selection and apt packages.
# Everything a fresh Debian machine needs is installed here, so the README's two commands are the whole set-up.

mc_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

mc_select_jdk() {
  local jdk
  for jdk in "${MAILBOX_JDK:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -n "$jdk" ] && [ -x "$jdk/bin/java" ]; then
      export JAVA_HOME="$jdk"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "No JDK 21+ found (looked for Temurin 25 in /usr/lib/jvm); set MAILBOX_JDK to one." >&2
  return 1
}

# mc_apt PACKAGE... : installs the packages that are missing, quietly, only when root.
mc_apt() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "Missing packages: ${missing[*]} (run as root, or install them)." >&2
    return 1
  fi
  echo "Installing ${missing[*]} ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The packages the window needs (GTK, Japanese fonts) and the virtual display tests use.
MC_UI_PACKAGES=(libgtk-3-0 fonts-noto-cjk dbus-x11 xvfb xauth)

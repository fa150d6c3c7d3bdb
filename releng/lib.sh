# Shared set-up for the top-level commands (sourced, not run): JDK selection and apt packages.
# Everything a fresh Debian machine needs is installed here, so the README's two commands are the whole set-up.

mc_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

mc_select_jdk() {
  local jdk
  for jdk in "${MAILBOX_JDK:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -n "$jdk" ] && [ -x "$jdk/bin/java" ]; then
      export JAVA_HOME="$jdk"
      export PATH="$JAVA_HOME/bin:$PATH"
      # Maven's own libraries still call sun.misc.Unsafe; JDK 24+ warns about it on every run.
      if [ -r "$jdk/release" ] && [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")" -ge 24 ]; then
        export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
      fi
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

# The packages the window needs (GTK, Japanese fonts; IPAex Gothic is embedded in the PDF setup sheet) and the virtual display tests use.
MC_UI_PACKAGES=(libgtk-3-0 fonts-noto-cjk dbus-x11 xvfb xauth fonts-ipaexfont)

# Prints the built Linux product folder, building it first when it is missing or older than the sources.
mc_product() {
  local product
  product=$("$mc_root/releng/product-path" 2>/dev/null || true)
  if [ -z "$product" ] || [ -n "$(find "$mc_root/bundles" "$mc_root/features" "$mc_root/releng/cc.enet.mailbox.product" \
        -newer "$product/plugins" -type f \( -name '*.java' -o -name '*.MF' -o -name '*.xml' -o -name '*.properties' -o -name '*.product' \) \
        -not -path '*/target/*' -print -quit 2>/dev/null)" ]; then
    echo "Building Mailbox Console (a minute or two the first time) ..." >&2
    (cd "$mc_root" && ./mvnw -B -q -DskipTests verify >&2)
    product=$("$mc_root/releng/product-path")
  fi
  echo "$product"
}

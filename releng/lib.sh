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

# mc_on_exit COMMAND : runs COMMAND when the shell exits (also on Ctrl-C or kill), after those added later.
mc_exit_commands=true
mc_on_exit() {
  mc_exit_commands="$1; $mc_exit_commands"
  trap "$mc_exit_commands" EXIT
  trap 'exit 129' HUP; trap 'exit 130' INT; trap 'exit 143' TERM
}

# The UI test modules, each with a console of its own on an X display of its own (the pom property
# mailbox.display.NAME passes it to that module's test runtime): two consoles on one display take each other's
# focus and active shell, which dialogs and Send Setup Mail rely on.
MC_UI_TEST_MODULES=(ui connector.ui clientconfig.ui team.ui)

# mc_start_displays NAME... : starts one Xvfb per name, each on a display number it finds free itself (-displayfd,
# so nothing else's display is taken), stopped when the shell exits; sets mc_display_args to the Maven arguments
# -Dmailbox.display.NAME=:N.
mc_display_args=()
mc_start_displays() {
  local name answer pid display tries
  for name in "$@"; do
    answer=$(mktemp)
    Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$answer" >/dev/null 2>&1 &
    pid=$!
    mc_on_exit "kill $pid 2>/dev/null || true; rm -f $answer"
    display=
    for tries in $(seq 1 100); do
      display=$(head -n 1 "$answer")
      [ -n "$display" ] && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if [ -z "$display" ]; then
      echo "Xvfb for the $name UI tests did not start." >&2
      return 1
    fi
    mc_display_args+=("-Dmailbox.display.$name=:$display")
  done
}

# The test servers listen on fixed loopback ports between 31000 and 51999 (James, the mail stack, the demo) and
# 53500-53599 (dnsmasq, the DNS tests) and 54000-54099 (the Git remote of the team tests),
# all inside Linux's ephemeral range (32768-60999): a client socket the kernel numbered 40026 a moment earlier
# makes Postfix's bind on 40026 fail. mc_reserve_test_ports keeps the kernel from handing those numbers out
# to client sockets for the length of the run and puts the previous setting back when the shell exits.
MC_TEST_PORTS=31000-51999,53500-53599,54000-54099
mc_reserve_test_ports() {
  local file=/proc/sys/net/ipv4/ip_local_reserved_ports before
  before=$(cat "$file" 2>/dev/null) || return 0
  if [ "$(id -u)" = 0 ] && { [ -z "$before" ] && echo "$MC_TEST_PORTS" || echo "$before,$MC_TEST_PORTS"; } > "$file" 2>/dev/null; then
    mc_on_exit "echo '$before' > $file 2>/dev/null || true"
  else
    echo "Note: could not reserve ports $MC_TEST_PORTS for the test servers ($file); a client socket may take one." >&2
  fi
}

# The packages the window needs (GTK, Japanese fonts; IPAex Gothic is embedded in the PDF setup sheet) and the virtual display tests use.
MC_UI_PACKAGES=(libgtk-3-0 fonts-noto-cjk dbus-x11 xvfb xauth fonts-ipaexfont)

# What the tests need beyond the window: dnsmasq (the binary only, no system service) is the real DNS server the DNS
# check is tested against, started by each test on a loopback port of its own; git, whose git http-backend is the
# real Git remote the team tests start; OpenSSH's ssh-keygen (openssh-client), which makes the staff keys the SSH
# team tests log in with.
MC_TEST_PACKAGES=(dnsmasq-base git openssh-client)

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

# Sourced by ./dossier and ./run-tests: finds a JDK 25+ and exports JAVA_HOME, or fails with a clear message.
# Order: $JAVA_HOME if it is 25 or newer, else Temurin 25 where Debian machines of this kind keep it.
dossier_java_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

dossier_find_java() {
  # Maven 3.8 bundles a Guava that warns about sun.misc.Unsafe on JDK 25; the warning is harmless noise.
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$(dossier_java_version "$candidate")
    if [ -n "$version" ] && [ "${version%%.*}" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "dossier: needs Java 25 or newer: set JAVA_HOME to a JDK 25 (looked at JAVA_HOME='${JAVA_HOME:-}' and /usr/lib/jvm/temurin-25-jdk-amd64)" >&2
  return 1
}

# Shared by mvnw, ./upright and .ci/run: sets JAVA_HOME to a JDK 25 or newer.
# Prefers $JAVA_HOME when it is new enough, else the newest JDK under /usr/lib/jvm.
upright_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | sed 's/^1\.//' | cut -d. -f1
}

upright_find_jdk() {
  UPRIGHT_MIN_JDK=25
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(upright_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$UPRIGHT_MIN_JDK" ]; then return 0; fi
  fi
  best=""; best_v=0
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(upright_java_major "$d")
    [ -n "$v" ] || continue
    if [ "$v" -ge "$UPRIGHT_MIN_JDK" ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "Upright needs JDK $UPRIGHT_MIN_JDK (e.g. Temurin 25)." >&2
    echo "None found in JAVA_HOME or under /usr/lib/jvm. Install one there or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"
}

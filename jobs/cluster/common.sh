# Shared by jobs/submit and jobs/cluster/*: paths, defaults and the JVM options every Spark JVM
# of govscore needs on Java 17. Sourced, not run.

# Project root (this file is jobs/cluster/common.sh).
govscore_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# The assembled Spark home (jobs/cluster/spark-home) and the cluster's state folder (pid files,
# logs, URLs, worker scratch space), both under target/ so `mvn clean` removes them.
default_spark_home="$govscore_root/target/spark-home"
cluster_dir="${GOVSCORE_CLUSTER_DIR:-$govscore_root/target/cluster}"

java_bin="java"
[ -n "${JAVA_HOME:-}" ] && java_bin="$JAVA_HOME/bin/java"

# Spark 3.5 on Java 17 reflects into these JDK packages (same list as jobs/govscore).
java17_opens=(
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
)

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# A Spark home is usable when it has jars/; a distribution also has bin/spark-submit.
usable_spark_home() {
  [ -n "$1" ] && [ -d "$1/jars" ] && [ -n "$(ls "$1/jars" 2>/dev/null | head -1)" ]
}

# SPARK_HOME if set, else the assembled one (assembled on first use and after pom changes).
resolve_spark_home() {
  if [ -n "${SPARK_HOME:-}" ]; then
    usable_spark_home "$SPARK_HOME" || die "SPARK_HOME=$SPARK_HOME has no jars/ folder"
    echo "$SPARK_HOME"
    return
  fi
  # Re-assembled when the pom (Spark version, dependencies) changed since.
  if ! usable_spark_home "$default_spark_home" || [ "$govscore_root/pom.xml" -nt "$default_spark_home/jars" ] \
      || [ ! -f "$default_spark_home/conf/log4j2.properties" ]; then
    "$govscore_root/jobs/cluster/spark-home" "$default_spark_home" >/dev/null
  fi
  echo "$default_spark_home"
}

# Whether a pid file names a live process.
alive() {
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

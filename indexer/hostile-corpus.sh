#!/usr/bin/env bash
# Writes the hostile corpus, test files that a leaked dump could hold (indexer/README.md, "Hostile input"):
#   indexer/hostile-corpus.sh FOLDER [SEED]
# Compiles the indexer's test classes with the Maven wrapper, then runs org.counterclaim.testing.hostile.HostileCorpus.
set -euo pipefail
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 FOLDER [SEED]" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
folder="$(realpath -m "$1")"
shift
classpath="$here/target/test-classpath.txt"
cd "$here/.."  # the generator reads the fixtures relative to the repository root
./mvnw -B -q -pl indexer test-compile dependency:build-classpath -Dmdep.outputFile="$classpath" >&2
exec java -cp "$here/target/test-classes:$here/target/classes:$(cat "$classpath")" \
  org.counterclaim.testing.hostile.HostileCorpus "$folder" "$@"

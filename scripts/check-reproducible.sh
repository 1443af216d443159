#!/usr/bin/env bash
# Checks that the published artifacts are reproducible: builds them twice, each time from a fresh
# copy of the working tree in its own directory, and compares the SHA-256 of every file that
# ./mvnw deploy would publish (what each build staged in target/staging-repo: jars, sources and
# Javadoc jars, poms, the spec's YAML). Exit status 0 when all are byte-identical, 1 when some
# differ, 2 when a build fails.
#
#   scripts/check-reproducible.sh [WORK_DIRECTORY]    (default: a new temporary directory)
#
# Both builds use ~/.m2 for third-party artifacts and run ./mvnw verify without tests on
# publishing-tests and the modules it depends on, every published one among them.
set -euo pipefail
case "${1:-}" in
  -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  -*) echo "check-reproducible: unknown option $1 (see --help)" >&2; exit 2 ;;
esac
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d "${TMPDIR:-/tmp}/reproducible.XXXXXX")}"
mkdir -p "$work"
echo "Building twice in $work"

copy_tree() { # the working tree as it is, without build output
  mkdir -p "$1"
  if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Tracked and untracked files, not ignored ones; a tracked file deleted is skipped.
    (cd "$root" && git ls-files -z --cached --others --exclude-standard \
      | tar --null -T - --ignore-failed-read -cf - 2>/dev/null) | tar -xf - -C "$1"
  else
    (cd "$root" && tar --exclude=./.git --exclude='./target' --exclude='*/target' -cf - .) \
      | tar -xf - -C "$1"
  fi
}

# One line per published file: SHA-256, path with the snapshot timestamp taken out, real path.
staged_files() {
  (cd "$1/target/staging-repo" && find . -type f ! -name 'maven-metadata*' ! -name '*.md5' \
      ! -name '*.sha1' -print0 | sort -z | while IFS= read -r -d '' file; do
    name="$(sed -E 's/-[0-9]{8}\.[0-9]{6}-[0-9]+/-SNAPSHOT/' <<< "$file")"
    printf '%s %s %s\n' "$(sha256sum < "$file" | cut -d' ' -f1)" "$name" "$file"
  done) | sort -k2,2
}

for build in a b; do
  dir="$work/$build"
  rm -rf "$dir"
  copy_tree "$dir"
  start=$(date +%s)
  if ! (cd "$dir" && ./mvnw -B -q -pl publishing-tests -am -DskipTests verify) \
      > "$work/$build.log" 2>&1; then
    echo "Build $build failed; see $work/$build.log" >&2
    tail -n 40 "$work/$build.log" >&2
    exit 2
  fi
  echo "Build $build: $(( $(date +%s) - start )) s"
  staged_files "$dir" > "$work/$build.files"
  cut -d' ' -f1,2 "$work/$build.files" > "$work/$build.sha256"
done

count=$(wc -l < "$work/a.sha256")
if [ "$count" -eq 0 ]; then
  echo "Nothing was staged: is any module published (maven.deploy.skip false)?" >&2
  exit 2
fi
if diff -u "$work/a.sha256" "$work/b.sha256" > "$work/differences.txt"; then
  cat "$work/a.sha256"
  echo "Reproducible: $count published files, byte-identical in both builds."
  exit 0
fi
echo "NOT reproducible: these published files differ between the two builds:" >&2
grep -E '^[-+][0-9a-f]{64}' "$work/differences.txt" >&2 || true
# For each jar that differs, the entries whose CRC-32 differs.
jar_entries() { # CRC-32 and name of each entry of staged jar $2 of build $1, sorted
  (cd "$1/target/staging-repo" && unzip -v "$2" | awk 'NR > 3 && NF >= 8 {print $7, $8}' | sort)
}
join -1 2 -2 2 -o 1.1,2.1,0,1.3,2.3 "$work/a.files" "$work/b.files" \
  | while read -r hash_a hash_b name file_a file_b; do
    if [ "$hash_a" != "$hash_b" ] && [[ "$name" == *.jar ]]; then
      entries="$(diff <(jar_entries "$work/a" "$file_a") <(jar_entries "$work/b" "$file_b") \
        | grep '^[<>]' || true)"
      echo "  $name, entries that differ (CRC-32, name; < first build, > second):" >&2
      printf '%s\n' "${entries:-none: only entry times, order or metadata differ}" \
        | sed 's/^/    /' >&2
    fi
  done
echo "Both builds are in $work (diffoscope compares them in depth)." >&2
exit 1

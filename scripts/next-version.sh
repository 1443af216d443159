#!/usr/bin/env bash
# Prints the next version of the SDK: the last release moved by the bump that the spec diff
# suggests between that release's spec and the working tree's, or the poms' version if that is
# already further. With --apply, also sets it in every pom as NEXT-SNAPSHOT.
#
#   scripts/next-version.sh [--apply] [--since TAG]
#
#   --since TAG  the release to compare with (default: the newest tag named v<MAJOR.MINOR.PATCH>)
#   --apply      ./mvnw versions:set -DnewVersion=NEXT-SNAPSHOT, every module and the BOM
#
# Needs spec/target/spec-tools.jar (./mvnw -q -pl spec -am package -DskipTests), or the path of
# another in SPEC_TOOLS. The spec diff only sees the spec: a change to the templates that breaks
# the Java API is caught by the api-compat profile (japicmp), which may ask for more.
set -euo pipefail
cd "$(dirname "$0")/.."

apply=false
since=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --apply) apply=true ;;
    --since) since="${2:?--since needs a tag}"; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "next-version: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'
# The project's own <version>, the only one indented by two spaces in the root pom.
current="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)"
base="${current%-SNAPSHOT}"
if ! [[ "$base" =~ $semver ]]; then
  echo "next-version: the root pom's version '$current' is not MAJOR.MINOR.PATCH[-SNAPSHOT]" >&2
  exit 2
fi

if [ -z "$since" ]; then
  since="$(git tag --list 'v[0-9]*' --sort=-v:refname | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' \
    | head -n 1 || true)"
fi
if [ -z "$since" ]; then
  echo "Last release:  none (no v* tag)"
  echo "Next version:  $base (the poms' version: the first release)"
  next="$base"
else
  released="${since#v}"
  if ! [[ "$released" =~ $semver ]]; then
    echo "next-version: tag $since is not vMAJOR.MINOR.PATCH" >&2
    exit 2
  fi
  tools="${SPEC_TOOLS:-spec/target/spec-tools.jar}"
  if [ ! -f "$tools" ]; then
    echo "next-version: $tools is missing: ./mvnw -q -pl spec -am package -DskipTests" >&2
    exit 2
  fi
  accepted=()
  if [ -f spec/accepted-breaks.yaml ]; then
    accepted=(--accepted spec/accepted-breaks.yaml)
  fi
  status=0
  report="$(java -jar "$tools" diff "$since:spec/webrtc-sessions.yaml" spec/webrtc-sessions.yaml \
    --format json "${accepted[@]}")" || status=$?
  if [ "$status" -eq 2 ]; then
    exit 2 # the diff said why on stderr
  fi
  # The report's own top-level "bump" line: Jackson writes one property per line.
  bump="$(printf '%s\n' "$report" | sed -n 's/^  "bump" : "\([a-z]*\)",\{0,1\}$/\1/p')"
  IFS=. read -r major minor patch <<< "$released"
  case "$bump" in
    major) next="$((major + 1)).0.0" ;;
    minor) next="$major.$((minor + 1)).0" ;;
    # Documentation only, or no spec change: a release still moves at least the patch number.
    patch|none) next="$major.$minor.$((patch + 1))" ;;
    *) echo "next-version: no bump in the spec diff's report" >&2; exit 2 ;;
  esac
  # The poms may already be further (a bump asked for by japicmp, or by hand): keep theirs.
  if [ "$(printf '%s\n%s\n' "$next" "$base" | sort -t. -k1,1n -k2,2n -k3,3n | tail -n 1)" \
      = "$base" ]; then
    next="$base"
  fi
  echo "Last release:  $released ($since)"
  echo "Spec change:   $bump"
  echo "Next version:  $next"
  if [ "$status" -eq 1 ]; then
    echo "Warning: the spec has breaking changes that spec/accepted-breaks.yaml does not accept."
  fi
fi

if [ "$apply" = true ]; then
  if [ "$current" = "$next-SNAPSHOT" ]; then
    echo "The poms are at $current already."
  else
    ./mvnw -q versions:set -DnewVersion="$next-SNAPSHOT"
    echo "Set every module to $next-SNAPSHOT (was $current)."
  fi
fi

#!/usr/bin/env bash
# Validates the Docker files without a Docker engine:
#   1. docker-compose.yml against the Compose schema, with two independent validators: Debian's docker-compose
#      (`config -q`) and dclint (current Compose Specification schema plus best-practice rules, warnings included);
#   2. both validators must also reject a deliberately broken copy, so a validator that silently accepts
#      everything cannot make this check pass;
#   3. consistency the schema cannot see: topics of create-topics.sh vs io.liveblog.topics.Topics, Kafka image vs
#      kafka.version in pom.xml, pinned base images, files the stack mounts or copies, the sample input;
#   4. docker/Dockerfile with dockerfile-utils, the shell scripts with shellcheck;
#   5. docker/test/create-topics-test.sh.
# Installs what it needs (apt: docker-compose, shellcheck; npm: pinned dclint and dockerfile-utils) and skips what is
# already there, so reruns are quick. Exits non-zero on the first invalid file.
set -euo pipefail

readonly DCLINT_VERSION=3.1.0
readonly DOCKERFILE_UTILS_VERSION=0.16.3

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT
readonly COMPOSE_FILE="$ROOT/docker-compose.yml"
readonly DOCKERFILE="$ROOT/docker/Dockerfile"
readonly TOPICS_SCRIPT="$ROOT/docker/kafka/create-topics.sh"
readonly TOPICS_JAVA="$ROOT/schemas/src/main/java/io/liveblog/topics/Topics.java"
WORK="$(mktemp -d)"
readonly WORK
trap 'rm -rf "$WORK"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() {
  printf 'validate-compose: FAILED: %s\n' "$*" >&2
  exit 1
}

# --- tools -----------------------------------------------------------------------------------------------------
apt_install() {
  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || fail "need root or sudo to install $*"
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

install_tools() {
  step "tools"
  local missing=()
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  command -v shellcheck >/dev/null || missing+=(shellcheck)
  if ((${#missing[@]})); then
    echo "installing with apt: ${missing[*]}"
    apt_install "${missing[@]}"
  fi
  command -v npx >/dev/null || fail "npx (npm) is required for dclint and dockerfile-utils"
  # Captured first: `| head` would end the writer with SIGPIPE, which pipefail turns into a failure.
  local version
  version="$(docker-compose version)"
  echo "${version%%$'\n'*}"
  version="$(shellcheck --version)"
  grep '^version' <<<"$version"
  echo "dclint $(npx --yes "dclint@$DCLINT_VERSION" --version 2>/dev/null)"
}

dclint() { npx --yes "dclint@$DCLINT_VERSION" "$@"; }
dockerfile_utils() { npx --yes "dockerfile-utils@$DOCKERFILE_UTILS_VERSION" "$@"; }

# --- compose schema --------------------------------------------------------------------------------------------
validate_compose() {
  step "docker-compose.yml: schema (docker-compose config -q)"
  # The file's ${VAR:-default} references must not pick up values from the caller's shell.
  env -u LIVEBLOG_TOPIC_PARTITIONS -u LIVEBLOG_INPUT_DIR -u LIVEBLOG_IMAGE_TAG -u KAFKA_CLUSTER_ID \
    -u LIVEBLOG_FEED_URL -u LIVEBLOG_WATCH_INTERVAL -u LIVEBLOG_FEED_REVEAL_EVERY \
    docker-compose --project-directory "$ROOT" -f "$COMPOSE_FILE" config -q || fail "docker-compose rejects docker-compose.yml"
  echo "valid"

  step "docker-compose.yml: schema and rules (dclint $DCLINT_VERSION, warnings fail too)"
  dclint --max-warnings 0 "$COMPOSE_FILE" || fail "dclint reports problems in docker-compose.yml"
  echo "valid"
}

# The validators are only worth something if they can say no: feed both a copy with an unknown service key.
validators_reject_broken_file() {
  step "validators reject a broken copy"
  local broken="$WORK/broken-compose.yml"
  sed 's/^    restart: unless-stopped$/    restart_policy: unless-stopped/' "$COMPOSE_FILE" >"$broken"
  cmp -s "$broken" "$COMPOSE_FILE" && fail "could not make a broken copy (no 'restart: unless-stopped' line?)"
  if docker-compose -f "$broken" config -q >/dev/null 2>&1; then
    fail "docker-compose accepted an unknown service key: it is not validating"
  fi
  if dclint "$broken" >/dev/null 2>&1; then
    fail "dclint accepted an unknown service key: it is not validating"
  fi
  echo "both rejected it"
}

# --- consistency -----------------------------------------------------------------------------------------------
# Prints "name compacted" per topic declared in Topics.java, e.g. "liveblog.claims.v1 true".
java_topics() {
  tr -d '\n' <"$TOPICS_JAVA" | grep -o 'new Topic<>("[^"]*", *[A-Z_]*, *[A-Z_]*, *\(true\|false\)' |
    sed -E 's/new Topic<>\("([^"]*)".*(true|false)$/\1 \2/' | sort
}

# Prints "name compacted" per topic the script creates.
script_topics() {
  grep -Eo '^ *"liveblog\.[^|"]+\|[^"]*"' "$TOPICS_SCRIPT" | tr -d ' "' |
    awk -F'|' '{ print $1, ($2 ~ /cleanup\.policy=compact/ ? "true" : "false") }' | sort
}

check_consistency() {
  step "consistency with the code base"
  local expected actual
  expected="$(java_topics)"
  [[ -n "$expected" ]] || fail "found no topic declarations in $TOPICS_JAVA"
  actual="$(script_topics)"
  if [[ "$expected" != "$actual" ]]; then
    printf 'Topics.java (name compacted):\n%s\ncreate-topics.sh:\n%s\n' "$expected" "$actual" >&2
    fail "create-topics.sh does not create the topics declared in Topics.java with the same compaction"
  fi
  echo "create-topics.sh creates the $(wc -l <<<"$expected") topics of Topics.java, compaction matching"

  local kafka_version
  kafka_version="$(grep -Eo '<kafka.version>[^<]+' "$ROOT/pom.xml" | cut -d'>' -f2)"
  [[ -n "$kafka_version" ]] || fail "no kafka.version in pom.xml"
  local images
  images="$(grep -Eo 'image: apache/kafka:[^[:space:]]+' "$COMPOSE_FILE" | sort -u)"
  [[ "$images" == "image: apache/kafka:$kafka_version" ]] ||
    fail "compose runs ${images:-no apache/kafka image}, pom.xml builds against Kafka $kafka_version: keep them equal"
  echo "broker image apache/kafka:$kafka_version matches kafka.version"

  # Base images: an exact version (digits and dots, maybe a variant) on every FROM, no floating tags.
  local image
  while read -r image; do
    [[ "$image" =~ :[0-9]+\.[0-9]+(\.[0-9]+)?[-_.a-z0-9]*$ && "$image" != *latest* ]] ||
      fail "base image '$image' in docker/Dockerfile is not pinned to an exact version"
    echo "pinned base image $image"
  done < <(grep -Eo '^ARG [A-Z_]+_IMAGE=[^[:space:]]+' "$DOCKERFILE" | cut -d= -f2)
  [[ "$(grep -c '^ARG [A-Z_]*_IMAGE=' "$DOCKERFILE")" == 2 ]] || fail "expected the build and runtime base image ARGs"
  if grep -E '^FROM ' "$DOCKERFILE" | grep -Ev '^FROM \$\{[A-Z_]+_IMAGE\}( AS [a-z]+)?$'; then
    fail "every FROM in docker/Dockerfile must use one of the pinned *_IMAGE arguments"
  fi

  local path
  for path in docker/Dockerfile docker/liveblog.sh docker/kafka/create-topics.sh docker/samples/sample.jsonl; do
    [[ -f "$ROOT/$path" ]] || fail "$path is referenced by the stack but missing"
  done
  while read -r path; do
    if grep -Eq "^/?${path//./\\.}/?\$" "$ROOT/.dockerignore"; then
      fail ".dockerignore excludes $path, which docker/Dockerfile copies"
    fi
  done < <(grep -Eo '^COPY (--chmod=[0-9]+ )?docker/[^ ]+' "$DOCKERFILE" | awk '{ print $NF }')
  echo "files used by the stack are present and in the build context"

  # The producer follows the feed service by default: its URL must name the port the feed service serves on and
  # the path the feed server answers (FeedServer.FEED_PATH).
  local feed_port feed_path
  feed_port="$(grep -Eo '"serve-feed".*"--port", "[0-9]+"' "$COMPOSE_FILE" | grep -Eo '[0-9]+"$' | tr -d '"')"
  feed_path="$(grep -Eo 'FEED_PATH = "[^"]+"' "$ROOT/cli/src/main/java/io/liveblog/cli/feed/FeedServer.java" |
    cut -d'"' -f2)"
  [[ -n "$feed_port" && -n "$feed_path" ]] || fail "cannot find the feed service's port or FeedServer.FEED_PATH"
  grep -q "LIVEBLOG_FEED_URL:-http://feed:$feed_port$feed_path}" "$COMPOSE_FILE" ||
    fail "the producer's default feed URL is not http://feed:$feed_port$feed_path, where the feed service serves"
  echo "the producer follows the feed service at http://feed:$feed_port$feed_path"

  # The sample must be what the producer's JSON Lines parser reads: one object per line, id/published/body set.
  node - "$ROOT/docker/samples/sample.jsonl" <<'EOF' || fail "docker/samples/sample.jsonl is not valid producer input"
const fs = require("fs");
const file = process.argv[2];
const lines = fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "");
if (lines.length === 0) throw new Error("no posts");
lines.forEach((line, i) => {
  const post = JSON.parse(line);
  for (const key of ["id", "published", "headline", "body"]) {
    if (typeof post[key] !== "string" || post[key] === "") throw new Error(`line ${i + 1}: no ${key}`);
  }
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(post.published) || isNaN(Date.parse(post.published))) {
    throw new Error(`line ${i + 1}: published is not ISO-8601 with an offset: ${post.published}`);
  }
});
console.log(`sample.jsonl: ${lines.length} posts`);
EOF
}

# --- Dockerfile and scripts ------------------------------------------------------------------------------------
lint_dockerfile() {
  step "docker/Dockerfile (dockerfile-utils $DOCKERFILE_UTILS_VERSION; warnings fail too)"
  local report
  report="$(dockerfile_utils lint --json "$DOCKERFILE")" || true
  if [[ "$report" != "[]" ]]; then
    dockerfile_utils lint "$DOCKERFILE" || true
    fail "dockerfile-utils reports problems in docker/Dockerfile"
  fi
  echo "clean"
}

lint_scripts() {
  step "shell scripts (shellcheck)"
  shellcheck --shell=bash "$ROOT/.ci/validate-compose.sh" "$TOPICS_SCRIPT" "$ROOT/docker/test/create-topics-test.sh" ||
    fail "shellcheck reports problems"
  shellcheck --shell=sh "$ROOT/docker/liveblog.sh" || fail "shellcheck reports problems in docker/liveblog.sh"
  echo "clean"
}

test_topic_script() {
  step "docker/test/create-topics-test.sh"
  bash "$ROOT/docker/test/create-topics-test.sh" || fail "create-topics.sh tests failed"
}

install_tools
validate_compose
validators_reject_broken_file
check_consistency
lint_dockerfile
lint_scripts
test_topic_script
printf '\nvalidate-compose: all checks passed\n'

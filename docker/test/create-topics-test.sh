#!/usr/bin/env bash
# Tests docker/kafka/create-topics.sh against stand-ins for kafka-topics.sh and kafka-configs.sh that keep the
# "cluster" in a temporary directory (no broker needed). The stand-ins accept only the options the real tools
# accept for these calls and print what the real tools print, so the script's parsing is exercised as well.
#
#   bash docker/test/create-topics-test.sh      # prints one line per case and "N passed, N failed"
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly HERE
readonly SCRIPT="$HERE/../kafka/create-topics.sh"
WORK="$(mktemp -d)"
readonly WORK
trap 'rm -rf "$WORK"' EXIT

passed=0
failed=0

# --- stand-ins -------------------------------------------------------------------------------------------------
make_tools() {
  local bin="$1"
  mkdir -p "$bin"
  # Shared by both tools: fails the call while $STATE/fail-next holds a positive count (a broker still starting).
  cat >"$bin/common.sh" <<'EOF'
set -euo pipefail
: "${STATE:?}"
echo "$(basename "$0") $*" >>"$STATE/calls"
if [[ -f "$STATE/fail-next" ]]; then
  n="$(cat "$STATE/fail-next")"
  if ((n > 0)); then
    echo $((n - 1)) >"$STATE/fail-next"
    echo "Timed out waiting for a node assignment." >&2
    exit 1
  fi
fi
die() { echo "stand-in: $*" >&2; exit 64; }
EOF
  cat >"$bin/kafka-topics.sh" <<'EOF'
#!/usr/bin/env bash
source "$(dirname "$0")/common.sh"
bootstrap="" action="" topic="" partitions="" rf="" if_not_exists=0 configs=()
while (($#)); do
  case "$1" in
    --bootstrap-server) bootstrap="$2"; shift 2 ;;
    --create) action=create; shift ;;
    --describe) action=describe; shift ;;
    --if-not-exists) if_not_exists=1; shift ;;
    --topic) topic="$2"; shift 2 ;;
    --partitions) partitions="$2"; shift 2 ;;
    --replication-factor) rf="$2"; shift 2 ;;
    --config) [[ "$2" == *=* ]] || die "bad --config $2"; configs+=("$2"); shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done
[[ -n "$bootstrap" && -n "$topic" ]] || die "--bootstrap-server and --topic are required"
dir="$STATE/topics/$topic"
case "$action" in
  create)
    [[ "$partitions" =~ ^[0-9]+$ && "$rf" =~ ^[0-9]+$ ]] || die "--partitions/--replication-factor must be numbers"
    if [[ -d "$dir" ]]; then
      ((if_not_exists)) && exit 0
      echo "Error while executing topic command : Topic '$topic' already exists." >&2; exit 1
    fi
    mkdir -p "$dir"
    echo "$partitions" >"$dir/partitions"
    echo "$rf" >"$dir/rf"
    printf '%s\n' "${configs[@]+"${configs[@]}"}" | sed '/^$/d' >"$dir/configs"
    echo "Created topic $topic." ;;
  describe)
    [[ -d "$dir" ]] || { echo "Error: Topic '$topic' does not exist as expected" >&2; exit 1; }
    printf 'Topic: %s\tTopicId: x1\tPartitionCount: %s\tReplicationFactor: %s\tConfigs: %s\n' \
      "$topic" "$(cat "$dir/partitions")" "$(cat "$dir/rf")" "$(paste -sd, "$dir/configs")"
    for ((p = 0; p < $(cat "$dir/partitions"); p++)); do
      printf '\tTopic: %s\tPartition: %d\tLeader: 1\tReplicas: 1\tIsr: 1\n' "$topic" "$p"
    done ;;
  *) die "--create or --describe expected" ;;
esac
EOF
  cat >"$bin/kafka-configs.sh" <<'EOF'
#!/usr/bin/env bash
source "$(dirname "$0")/common.sh"
bootstrap="" type="" name="" describe=0
while (($#)); do
  case "$1" in
    --bootstrap-server) bootstrap="$2"; shift 2 ;;
    --entity-type) type="$2"; shift 2 ;;
    --entity-name) name="$2"; shift 2 ;;
    --describe) describe=1; shift ;;
    *) die "unknown option $1" ;;
  esac
done
[[ -n "$bootstrap" && "$type" == topics && -n "$name" && $describe == 1 ]] || die "unexpected call"
dir="$STATE/topics/$name"
[[ -d "$dir" ]] || { echo "Topic '$name' does not exist" >&2; exit 1; }
echo "Dynamic configs for topic $name are:"
while IFS= read -r kv; do
  [[ -n "$kv" ]] && echo "  $kv sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:$kv}"
done <"$dir/configs"
EOF
  chmod +x "$bin/kafka-topics.sh" "$bin/kafka-configs.sh"
}

# Pre-creates a topic in a state directory, as an older deployment would have left it.
existing_topic() {
  local state="$1" topic="$2" partitions="$3"
  shift 3
  mkdir -p "$state/topics/$topic"
  echo "$partitions" >"$state/topics/$topic/partitions"
  echo 1 >"$state/topics/$topic/rf"
  printf '%s\n' "$@" | sed '/^$/d' >"$state/topics/$topic/configs"
}

# --- harness ---------------------------------------------------------------------------------------------------
BIN="$WORK/bin"
make_tools "$BIN"
case_no=0
STATE=""
OUT=""
STATUS=0

new_state() {
  case_no=$((case_no + 1))
  STATE="$WORK/state-$case_no"
  mkdir -p "$STATE/topics"
  : >"$STATE/calls"
}

# Runs the script under test with the given extra environment assignments.
run_script() {
  OUT="$WORK/out-$case_no"
  env STATE="$STATE" KAFKA_BIN="$BIN" BOOTSTRAP_SERVERS=kafka:9092 RETRY_DELAY_SECONDS=0 "$@" \
    bash "$SCRIPT" >"$OUT" 2>&1
  STATUS=$?
}

check() {
  local name="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
    echo "----- output of the script -----"
    cat "$OUT"
    echo "--------------------------------"
  fi
}

topic_config_is() {
  local topic="$1" expected="$2"
  [[ "$(paste -sd, "$STATE/topics/$topic/configs")" == "$expected" ]]
}
partitions_of_is() { [[ "$(cat "$STATE/topics/$1/partitions")" == "$2" ]]; }
status_is() { [[ "$STATUS" == "$1" ]]; }
output_has() { grep -qF -- "$1" "$OUT"; }
topic_count_is() { [[ "$(find "$STATE/topics" -mindepth 1 -maxdepth 1 -type d | wc -l)" == "$1" ]]; }
create_calls_is() { [[ "$(grep -c -- '--create' "$STATE/calls")" == "$1" ]]; }

# --- cases -----------------------------------------------------------------------------------------------------
fresh_cluster() {
  new_state
  run_script
  status_is 0 &&
    topic_count_is 5 &&
    topic_config_is liveblog.updates.v1 "retention.ms=-1" &&
    topic_config_is liveblog.claims.v1 "cleanup.policy=compact" &&
    topic_config_is liveblog.aggregates.v1 "cleanup.policy=compact" &&
    topic_config_is liveblog.updates.dlq.v1 "retention.ms=-1" &&
    topic_config_is liveblog.alerts.v1 "cleanup.policy=compact" &&
    partitions_of_is liveblog.updates.v1 3 &&
    partitions_of_is liveblog.updates.dlq.v1 3 &&
    output_has "all 5 topics ready on kafka:9092"
}
check "a fresh cluster gets the five topics, 3 partitions, the documented configs" fresh_cluster

second_run_changes_nothing() {
  new_state
  run_script && run_script
  status_is 0 && topic_count_is 5 && create_calls_is 10 && topic_config_is liveblog.claims.v1 "cleanup.policy=compact"
}
check "a second run succeeds and leaves the topics as they are" second_run_changes_nothing

partitions_from_environment() {
  new_state
  run_script TOPIC_PARTITIONS=1
  status_is 0 && partitions_of_is liveblog.updates.v1 1 && partitions_of_is liveblog.aggregates.v1 1
}
check "TOPIC_PARTITIONS sets the partition count of new topics" partitions_from_environment

uncompacted_claims_topic_fails() {
  new_state
  existing_topic "$STATE" liveblog.claims.v1 3 "retention.ms=604800000"
  run_script
  status_is 1 &&
    output_has "topic liveblog.claims.v1 exists without cleanup.policy=compact" &&
    output_has "--add-config cleanup.policy=compact" &&
    topic_config_is liveblog.aggregates.v1 "cleanup.policy=compact"
}
check "an existing claims topic without compaction fails the run and says how to fix it" uncompacted_claims_topic_fails

finite_retention_fails() {
  new_state
  existing_topic "$STATE" liveblog.updates.v1 3 "retention.ms=604800000"
  run_script
  status_is 1 && output_has "topic liveblog.updates.v1 exists without retention.ms=-1"
}
check "an existing updates topic with a finite retention fails the run" finite_retention_fails

similar_config_is_not_mistaken() {
  new_state
  # "retention.ms=-10" must not pass for "retention.ms=-1"
  existing_topic "$STATE" liveblog.updates.dlq.v1 3 "retention.ms=-10"
  run_script
  status_is 1 && output_has "topic liveblog.updates.dlq.v1 exists without retention.ms=-1"
}
check "a config value that only starts like the expected one is not accepted" similar_config_is_not_mistaken

longer_key_is_not_mistaken() {
  new_state
  # "delete.retention.ms=-1" ends like "retention.ms=-1" but is another setting
  existing_topic "$STATE" liveblog.updates.v1 3 "delete.retention.ms=-1"
  run_script
  status_is 1 && output_has "topic liveblog.updates.v1 exists without retention.ms=-1"
}
check "a config whose key only ends like the expected one is not accepted" longer_key_is_not_mistaken

other_partition_count_warns() {
  new_state
  existing_topic "$STATE" liveblog.updates.v1 6 "retention.ms=-1"
  run_script
  status_is 0 && partitions_of_is liveblog.updates.v1 6 &&
    output_has "WARNING: topic liveblog.updates.v1 has 6 partitions, not 3"
}
check "an existing topic with another partition count is kept and reported" other_partition_count_warns

broker_settling_is_retried() {
  new_state
  echo 2 >"$STATE/fail-next"
  run_script
  status_is 0 && topic_count_is 5 && output_has "attempt 2 failed, retrying"
}
check "calls that fail while the broker settles are retried" broker_settling_is_retried

unreachable_broker_gives_up() {
  new_state
  echo 1000 >"$STATE/fail-next"
  run_script CREATE_ATTEMPTS=3
  status_is 1 && output_has "giving up after 3 attempts" && topic_count_is 0
}
check "an unreachable broker fails the run after a bounded number of attempts" unreachable_broker_gives_up

invalid_partitions_rejected() {
  new_state
  run_script TOPIC_PARTITIONS=three
  status_is 2 && output_has "TOPIC_PARTITIONS must be a positive integer" && topic_count_is 0
}
check "a non-numeric TOPIC_PARTITIONS is rejected before any call" invalid_partitions_rejected

missing_bootstrap_rejected() {
  new_state
  OUT="$WORK/out-$case_no"
  env -u BOOTSTRAP_SERVERS STATE="$STATE" KAFKA_BIN="$BIN" bash "$SCRIPT" >"$OUT" 2>&1
  STATUS=$?
  [[ "$STATUS" != 0 ]] && output_has "BOOTSTRAP_SERVERS must be set" && topic_count_is 0
}
check "a missing BOOTSTRAP_SERVERS is rejected" missing_bootstrap_rejected

echo "$passed passed, $failed failed"
((failed == 0))

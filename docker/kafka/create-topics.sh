#!/usr/bin/env bash
# Creates the pipeline's topics and checks that they carry the settings the pipeline relies on.
#
# Run by the one-shot `topics` service of docker-compose.yml inside the apache/kafka image; it can also be run by hand
# against any cluster:  BOOTSTRAP_SERVERS=host:9092 bash docker/kafka/create-topics.sh
#
# Idempotent: an existing topic is left alone (--if-not-exists), but its settings are then checked, because
# --if-not-exists says nothing when a topic exists with other settings. A claims topic that is not compacted
# loses the current value of old claims once retention expires; an updates topic with a finite retention loses
# the audit trail. Either is reported and the script fails instead of letting the pipeline run on it.
#
# Environment:
#   BOOTSTRAP_SERVERS         broker list (required)
#   TOPIC_PARTITIONS          partitions of each new topic (default 3)
#   TOPIC_REPLICATION_FACTOR  replication factor of each new topic (default 1: the compose stack has one broker)
#   KAFKA_BIN                 directory of kafka-topics.sh and kafka-configs.sh (default /opt/kafka/bin)
#   CREATE_ATTEMPTS           tries per topic before giving up (default 5)
#   RETRY_DELAY_SECONDS       pause between tries (default 3)
set -euo pipefail

readonly BOOTSTRAP="${BOOTSTRAP_SERVERS:?BOOTSTRAP_SERVERS must be set, e.g. kafka:9092}"
readonly PARTITIONS="${TOPIC_PARTITIONS:-3}"
readonly REPLICATION="${TOPIC_REPLICATION_FACTOR:-1}"
readonly KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
readonly ATTEMPTS="${CREATE_ATTEMPTS:-5}"
readonly DELAY="${RETRY_DELAY_SECONDS:-3}"

# topic name | topic configs (comma separated key=value). Keep in line with io.liveblog.topics.Topics.
readonly TOPICS=(
  # raw post versions, key postId: kept forever so that every figure can be traced back to the text it came from
  "liveblog.updates.v1|retention.ms=-1"
  # current claims, key claimId: compacted, the latest value (or tombstone) per claim is the state of the world
  "liveblog.claims.v1|cleanup.policy=compact"
  # current aggregates, key locationId|metric|window: compacted for the same reason
  "liveblog.aggregates.v1|cleanup.policy=compact"
  # inputs that could not be used, with the reason: kept forever so that nothing is dropped silently
  "liveblog.updates.dlq.v1|retention.ms=-1"
  # alerts raised by the alerts app, key alertId: compacted, one record per alert
  "liveblog.alerts.v1|cleanup.policy=compact"
)

log() {
  printf '%s create-topics: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2
}

require_positive_integer() {
  local name="$1" value="$2"
  if ! [[ "$value" =~ ^[1-9][0-9]*$ ]]; then
    log "ERROR: $name must be a positive integer, got '$value'"
    exit 2
  fi
}

# Runs "$@" up to ATTEMPTS times: right after the broker reports healthy its metadata may still be settling.
with_retries() {
  local attempt=1
  until "$@"; do
    if ((attempt >= ATTEMPTS)); then
      log "ERROR: giving up after $attempt attempts: $*"
      return 1
    fi
    log "attempt $attempt failed, retrying in ${DELAY}s"
    attempt=$((attempt + 1))
    sleep "$DELAY"
  done
}

create_topic() {
  local topic="$1" configs="$2"
  local args=(--bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$topic"
    --partitions "$PARTITIONS" --replication-factor "$REPLICATION")
  local config
  local -a config_list
  IFS=',' read -r -a config_list <<<"$configs"
  for config in "${config_list[@]}"; do
    args+=(--config "$config")
  done
  with_retries "$KAFKA_BIN/kafka-topics.sh" "${args[@]}"
}

# Fails when an existing topic lacks one of the configs the pipeline relies on.
verify_configs() {
  local topic="$1" configs="$2" described config missing=0
  local -a config_list
  if ! described="$(with_retries "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" \
    --entity-type topics --entity-name "$topic" --describe)"; then
    log "ERROR: could not read the configs of $topic"
    return 1
  fi
  IFS=',' read -r -a config_list <<<"$configs"
  for config in "${config_list[@]}"; do
    # kafka-configs prints one "  key=value sensitive=... synonyms={...}" line per dynamic topic config
    if ! grep -Eq "^[[:space:]]*${config//./\\.}([[:space:]]|$)" <<<"$described"; then
      log "ERROR: topic $topic exists without $config. Fix it with" \
        "kafka-configs.sh --bootstrap-server $BOOTSTRAP --alter --entity-type topics --entity-name $topic" \
        "--add-config $config (or delete the topic) and run this again."
      missing=1
    fi
  done
  return "$missing"
}

# A different partition count is only reported: adding partitions to an existing topic would move keys to other
# partitions and break per-post ordering, so that decision is left to the operator.
report_partitions() {
  local topic="$1" described count
  if ! described="$(with_retries "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --describe \
    --topic "$topic")"; then
    log "ERROR: could not describe $topic"
    return 1
  fi
  count="$(sed -nE 's/.*PartitionCount:[[:space:]]*([0-9]+).*/\1/p' <<<"$described" | sed -n 1p)"
  if [[ -z "$count" ]]; then
    log "ERROR: could not read the partition count of $topic"
    return 1
  fi
  if [[ "$count" != "$PARTITIONS" ]]; then
    log "WARNING: topic $topic has $count partitions, not $PARTITIONS; leaving it as it is"
  fi
}

main() {
  require_positive_integer TOPIC_PARTITIONS "$PARTITIONS"
  require_positive_integer TOPIC_REPLICATION_FACTOR "$REPLICATION"
  require_positive_integer CREATE_ATTEMPTS "$ATTEMPTS"
  local entry topic configs failed=0
  for entry in "${TOPICS[@]}"; do
    topic="${entry%%|*}"
    configs="${entry#*|}"
    log "ensuring $topic ($PARTITIONS partitions, replication $REPLICATION, $configs)"
    create_topic "$topic" "$configs"
    verify_configs "$topic" "$configs" || failed=1
    report_partitions "$topic" || failed=1
  done
  if ((failed)); then
    log "ERROR: some topics do not have the settings the pipeline needs (see above)"
    exit 1
  fi
  log "all ${#TOPICS[@]} topics ready on $BOOTSTRAP"
}

main "$@"

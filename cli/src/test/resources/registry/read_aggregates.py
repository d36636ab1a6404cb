#!/usr/bin/python3
"""Reads the pipeline's aggregates topic as a non-Java consumer of the Kafka ecosystem would.

Uses Debian's python3-confluent-kafka (the Consumer and the SchemaRegistryClient of the Confluent-compatible REST
API) and Debian's python3-avro for the datum: confluent_kafka's own AvroDeserializer needs fastavro, which Debian
does not package. The framing is the Confluent wire format: byte 0, the schema id (4 bytes, big-endian), the datum.

Usage: read_aggregates.py BOOTSTRAP REGISTRY_URL TOPIC; prints one JSON object per aggregate.
"""
import io
import json
import struct
import sys

import avro.io
import avro.schema
from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.schema_registry import SchemaRegistryClient


def main(bootstrap, registry_url, topic):
    registry = SchemaRegistryClient({"url": registry_url})
    readers = {}
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "python-registry-reader",
                         "enable.auto.commit": False, "isolation.level": "read_committed"})
    partitions = consumer.list_topics(topic, timeout=10).topics[topic].partitions
    consumer.assign([TopicPartition(topic, p, 0) for p in partitions])
    idle = 0
    while idle < 10:
        msg = consumer.poll(1.0)
        if msg is None:
            idle += 1
            continue
        if msg.error():
            raise RuntimeError(str(msg.error()))
        idle = 0
        value = msg.value()
        if value is None:
            continue
        magic, schema_id = struct.unpack(">bI", value[:5])
        if magic != 0:
            raise RuntimeError("not the Confluent wire format: first byte %d" % magic)
        if schema_id not in readers:
            schema = avro.schema.parse(registry.get_schema(schema_id).schema_str)
            readers[schema_id] = avro.io.DatumReader(schema)
        record = readers[schema_id].read(avro.io.BinaryDecoder(io.BytesIO(value[5:])))
        print(json.dumps({"key": msg.key().decode("utf-8"), "schemaId": schema_id, "location": record["location"],
                          "metric": record["metric"], "window": record["window"], "value": record["value"]}))
    consumer.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])

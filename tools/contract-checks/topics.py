"""Reads every topic of a Kafka broker and checks each message against the AsyncAPI documents.

A consumer that is not Node (Python, confluent-kafka + jsonschema from PyPI) reads what the
services really published, so the documents integrators subscribe from are checked from outside:
every message on a documented topic must be one of the channel's messages, with CloudEvents
headers (traceparent included) and a payload that validate against the message's schemas.

    python topics.py --brokers HOST:PORT services/*/asyncapi.json

Dead-letter topics (`*.dlq`) hold whatever was refused and are only counted; topics no document
names (tests' own) are listed and skipped. Messages a test publishes broken on purpose carry the
header `civic-test-fault` and are skipped. Exits 1 on any invalid message or when no message was read.
"""

import argparse
import os
import json
import sys
import uuid
from collections import Counter, defaultdict

from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.admin import AdminClient
from jsonschema import Draft202012Validator, FormatChecker

FAULT_MARKER = "civic-test-fault"


def load_channels(paths):
    """topic -> {ce_type: (header validator, payload validator)} from every AsyncAPI document."""
    channels = defaultdict(dict)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        messages = document.get("components", {}).get("messages", {})
        for channel in document.get("channels", {}).values():
            for ref in channel.get("messages", {}).values():
                message = messages[ref["$ref"].rsplit("/", 1)[-1]]
                channels[channel["address"]][message["name"]] = (
                    Draft202012Validator(message["headers"], format_checker=FormatChecker()),
                    Draft202012Validator(message["payload"], format_checker=FormatChecker()),
                )
        for channel in document.get("channels", {}).values():
            channels.setdefault(channel["address"], {})
    return channels


def client_config(brokers):
    """The broker and, when KAFKA_SASL_* name one (the test broker authenticates every client), the principal."""
    config = {"bootstrap.servers": brokers}
    mechanism = os.environ.get("KAFKA_SASL_MECHANISM")
    if mechanism:
        config.update({
            "security.protocol": "SASL_SSL" if os.environ.get("KAFKA_SSL") == "true" else "SASL_PLAINTEXT",
            "sasl.mechanisms": mechanism.upper(),
            "sasl.username": os.environ["KAFKA_SASL_USERNAME"],
            "sasl.password": os.environ["KAFKA_SASL_PASSWORD"],
        })
    return config


def read_all(brokers, topics):
    """Every message currently on the topics, from the beginning up to each partition's end."""
    consumer = Consumer({
        **client_config(brokers),
        "group.id": f"contract-topics-{uuid.uuid4()}",
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
    })
    metadata = consumer.list_topics(timeout=30)
    partitions, ends = [], {}
    for topic in topics:
        for partition in metadata.topics[topic].partitions:
            low, high = consumer.get_watermark_offsets(TopicPartition(topic, partition), timeout=30)
            if high > low:
                partitions.append(TopicPartition(topic, partition, low))
                ends[(topic, partition)] = high
    consumer.assign(partitions)
    remaining = dict(ends)
    while remaining:
        message = consumer.poll(10)
        if message is None:
            raise SystemExit(f"no message within 10 s; still expected from {sorted(remaining)}")
        if message.error():
            raise SystemExit(f"Kafka error: {message.error()}")
        key = (message.topic(), message.partition())
        if message.offset() + 1 >= remaining.get(key, 0):
            remaining.pop(key, None)
        yield message
    consumer.close()


def problems_of(message, channel):
    headers = {k: (v.decode("utf-8") if isinstance(v, bytes) else v) for k, v in (message.headers() or [])}
    ce_type = headers.get("ce_type")
    if ce_type not in channel:
        return [f"ce_type {ce_type!r} is not a message of this channel ({', '.join(sorted(channel)) or 'none'})"], ce_type
    header_validator, payload_validator = channel[ce_type]
    try:
        payload = json.loads(message.value() or b"null")
    except ValueError:
        return ["the value is not JSON"], ce_type
    found = [f"header {'/'.join(map(str, e.path)) or '(headers)'}: {e.message}" for e in header_validator.iter_errors(headers)]
    found += [f"payload {'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in payload_validator.iter_errors(payload)]
    return found, ce_type


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brokers", required=True)
    parser.add_argument("documents", nargs="+", help="AsyncAPI documents (services/*/asyncapi.json)")
    args = parser.parse_args()
    channels = load_channels(args.documents)
    existing = set(AdminClient(client_config(args.brokers)).list_topics(timeout=30).topics)
    topics = sorted(t for t in existing if not t.startswith("__"))
    documented = [t for t in topics if t in channels and not t.endswith(".dlq")]
    checked, skipped, failures = Counter(), 0, []
    for message in read_all(args.brokers, documented):
        headers = dict(message.headers() or [])
        if FAULT_MARKER in headers:
            skipped += 1
            continue
        found, ce_type = problems_of(message, channels[message.topic()])
        checked[(message.topic(), ce_type)] += 1
        if found:
            failures.append(f"{message.topic()}[{message.partition()}]@{message.offset()} {ce_type}: " + "; ".join(found))
    for (topic, ce_type), n in sorted(checked.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        print(f"  {n:6d}  {topic}  {ce_type}")
    dead_letters = [t for t in topics if t.endswith(".dlq")]
    other = [t for t in topics if t not in channels and not t.endswith(".dlq")]
    print(f"{sum(checked.values())} messages checked on {len(documented)} documented topics; {skipped} deliberately broken test messages skipped")
    print(f"dead-letter topics (not checked): {', '.join(dead_letters) or 'none'}")
    print(f"topics no document names (not checked): {', '.join(other) or 'none'}")
    silent = [t for t in channels if not t.endswith(".dlq") and t not in existing]
    if silent:
        print(f"documented topics with no messages: {', '.join(sorted(silent))}")
    for failure in failures[:50]:
        print(f"INVALID {failure}")
    if failures:
        print(f"{len(failures)} messages break their AsyncAPI document")
        return 1
    if not checked:
        print("no message was read: nothing was checked")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

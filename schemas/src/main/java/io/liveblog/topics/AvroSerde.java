package io.liveblog.topics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collection;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro class using Avro single-object encoding: every message starts with the marker
 * {@code C3 01} and the 8-byte CRC-64-AVRO fingerprint of the writer schema, then the binary datum. Non-Java consumers
 * decode it with the {@code .avsc} files in {@code schemas/}. Earlier writer schemas can be registered so that
 * messages written by an older version are still read (schema resolution).
 *
 * <p>A null value is written as a null payload (Kafka tombstone), and a null payload reads as null.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;
    private final Schema schema;
    private final Class<T> type;

    /**
     * @param type generated class
     * @param schema its schema (the class's {@code SCHEMA$})
     * @param olderWriterSchemas earlier versions still found on topics
     */
    public AvroSerde(Class<T> type, Schema schema, Collection<Schema> olderWriterSchemas) {
        AvroTrust.install();
        SpecificData model = SpecificData.getForClass(type);
        this.schema = schema;
        this.type = type;
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema);
        // a released version equal to today's schema is today's: registering it again would replace the decoder of
        // that fingerprint with one resolving the schema against an equal copy of itself, on every record
        long current = org.apache.avro.SchemaNormalization.parsingFingerprint64(schema);
        olderWriterSchemas.stream()
                .filter(s -> org.apache.avro.SchemaNormalization.parsingFingerprint64(s) != current)
                .forEach(decoder::addSchema);
    }

    /** @return the reader/writer schema of this serde */
    public Schema schema() {
        return schema;
    }

    /** @return the generated class */
    public Class<T> type() {
        return type;
    }

    /** @return the encoded bytes of a record */
    public byte[] encode(T value) {
        try {
            ByteBuffer buf = encoder.encode(value);
            byte[] out = new byte[buf.remaining()];
            buf.get(out);
            return out;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + schema.getFullName() + ": " + e.getMessage(), e);
        }
    }

    /** @return the record encoded in these bytes */
    public T decode(byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + schema.getFullName() + " (" + bytes.length
                    + " bytes): " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }
}

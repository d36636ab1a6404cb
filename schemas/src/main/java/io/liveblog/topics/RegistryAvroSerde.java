package io.liveblog.topics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro class in the Confluent wire format, the one Kafka UI, ksqlDB, Kafka Connect,
 * Flink's {@code avro-confluent} and {@code confluent_kafka}'s {@code AvroDeserializer} read: byte {@code 0}, the
 * schema's 4-byte registry id (big-endian), then the Avro binary datum. The writer registers its schema under the
 * TopicNameStrategy subject ({@code <topic>-value}) on first use; the reader fetches the writer's schema by id and
 * resolves it to the class's schema, so records written by older versions stay readable.
 *
 * <p>The reader also takes the single-object encoding ({@code C3 01} + fingerprint, {@link AvroSerde}), the
 * default without a registry: a topic switched to the registry keeps its earlier records readable. The first byte
 * tells the two apart.
 *
 * @param <T> the generated record class
 */
public final class RegistryAvroSerde<T extends SpecificRecord> implements Serde<T> {

    /** First byte of the Confluent wire format. */
    public static final byte MAGIC = 0;

    private final RegistryClient registry;
    private final Schema schema;
    private final AvroSerde<T> singleObject;
    private final SpecificDatumWriter<T> writer;
    private final SpecificData model;
    private final Map<String, Integer> idsByTopic = new ConcurrentHashMap<>();
    private final Map<Integer, SpecificDatumReader<T>> readersById = new ConcurrentHashMap<>();

    /**
     * @param registry the registry
     * @param singleObject the class's single-object serde (its schema is the reader schema; it reads records
     *     written before the switch to the registry)
     * @param type generated class
     */
    public RegistryAvroSerde(RegistryClient registry, AvroSerde<T> singleObject, Class<T> type) {
        this.registry = registry;
        this.singleObject = singleObject;
        this.schema = singleObject.schema();
        this.model = SpecificData.getForClass(type);
        this.writer = new SpecificDatumWriter<>(schema, model);
    }

    /** @return the bytes of a record in the Confluent wire format, its schema registered for the topic */
    public byte[] encode(String topic, T value) {
        int id = idsByTopic.computeIfAbsent(topic, t -> registry.register(t + "-value", schema));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(MAGIC);
            out.write(ByteBuffer.allocate(4).putInt(id).array());
            BinaryEncoder enc = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(value, enc);
            enc.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + schema.getFullName() + " for " + topic + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return the record in these bytes (Confluent wire format, or single-object encoding) */
    public T decode(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xC3 && bytes[1] == (byte) 0x01) {
            return singleObject.decode(bytes);
        }
        if (bytes.length < 5 || bytes[0] != MAGIC) {
            throw new SerializationException("cannot decode " + schema.getFullName() + ": neither the Confluent "
                    + "wire format (first byte 0) nor Avro single-object encoding (C3 01); first byte "
                    + (bytes.length == 0 ? "none" : String.format("%02X", bytes[0])));
        }
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        SpecificDatumReader<T> reader = readersById.computeIfAbsent(id,
                i -> new SpecificDatumReader<>(registry.schema(i), schema, model));
        try {
            BinaryDecoder dec = DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null);
            return reader.read(null, dec);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + schema.getFullName() + " written with registry "
                    + "schema id " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : encode(topic, value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }
}

package io.liveblog.streams;

import io.liveblog.schema.ClaimChange;
import io.liveblog.schema.Claim;
import io.liveblog.schema.PostClaims;
import io.liveblog.topics.AvroSerde;
import io.liveblog.topics.ReleasedSchemas;

/**
 * Serdes of the internal repartition topic and the state stores (Avro single-object encoding, like the topics). They
 * read what every released version wrote ({@link ReleasedSchemas}): an upgraded app restores its stores from
 * changelogs and reads repartition records the version before it wrote.
 */
public final class InternalSerdes {

    private InternalSerdes() {
    }

    /** Claim changes on the {@code claims-by-location} repartition topic. */
    public static final AvroSerde<ClaimChange> CLAIM_CHANGE =
            new AvroSerde<>(ClaimChange.class, ClaimChange.getClassSchema(),
                    ReleasedSchemas.of("ClaimChange"));
    /** Values of the post-claims store. */
    public static final AvroSerde<PostClaims> POST_CLAIMS =
            new AvroSerde<>(PostClaims.class, PostClaims.getClassSchema(),
                    ReleasedSchemas.of("PostClaims"));
    /** Values of the location claims store: one (slimmed) claim per entry. */
    public static final AvroSerde<Claim> STORED_CLAIM =
            new AvroSerde<>(Claim.class, Claim.getClassSchema(),
                    ReleasedSchemas.of("Claim"));
}

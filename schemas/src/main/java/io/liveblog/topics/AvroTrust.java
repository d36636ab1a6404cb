package io.liveblog.topics;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12.2 refuses to instantiate generated classes outside a trusted-package list. Our generated classes live in
 * {@code io.liveblog.schema}; this adds that package (and only it) to the global predicate, keeping Avro's defaults
 * and anything configured through {@code org.apache.avro.SERIALIZABLE_PACKAGES}.
 */
public final class AvroTrust {

    /** Java package of every generated Avro class of this project (= the Avro namespace). */
    public static final String SCHEMA_PACKAGE = "io.liveblog.schema";

    private static volatile boolean installed;

    private AvroTrust() {
    }

    /** Idempotently trusts {@link #SCHEMA_PACKAGE}. */
    public static void install() {
        if (installed) {
            return;
        }
        synchronized (AvroTrust.class) {
            if (!installed) {
                ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
                ClassSecurityValidator.ClassSecurityPredicate ours =
                        c -> c.getName().startsWith(SCHEMA_PACKAGE + ".");
                ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous, ours));
                installed = true;
            }
        }
    }
}

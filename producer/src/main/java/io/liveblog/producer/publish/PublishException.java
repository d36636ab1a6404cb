package io.liveblog.producer.publish;

/** Records could not be published; thrown by {@link UpdateSink#flush()}. */
public class PublishException extends RuntimeException {

    private final long failedRecords;

    /**
     * @param message what failed
     * @param failedRecords how many records failed since the last flush
     * @param cause first failure
     */
    public PublishException(String message, long failedRecords, Throwable cause) {
        super(message, cause);
        this.failedRecords = failedRecords;
    }

    /** @return how many records failed since the last flush */
    public long failedRecords() {
        return failedRecords;
    }
}

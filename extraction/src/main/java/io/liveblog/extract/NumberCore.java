package io.liveblog.extract;

/**
 * A number before its context is known.
 *
 * <p>Read by {@link NumberInDigits} and {@link NumberInWords} and completed by {@link QualifiersAndRanges} and
 * {@link NonFigureChecks}, so it is a type of its own.
 */
final class NumberCore {
    int start;
    int numStart;
    int end;
    double value;
    double high = Double.NaN;
    NumberPhrase.Form form;
    Qualifier vague;
    Qualifier suffix;
    String currency;
    String rejection;
    boolean scaled;
}

package io.liveblog.extract;
import org.junit.jupiter.api.Test;
class DbgTmpTest {
    @Test
    void dbg() {
        String s = "About 1.9 million people in Gaza, around 85% of the population, have been forced from their homes.";
        var t = Tokenizer.tokenize(s, 0, s.length());
        var ph = QuantityReader.read(t);
        System.out.println("PH " + ph);
        System.out.println("RD " + MetricReader.readAll(t, ph));
        System.out.println("PRED " + Lexicon.PREDICATES_BY_FIRST_WORD.get("forced"));
    }
}

package io.liveblog.producer.feed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static io.liveblog.producer.feed.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<?xml version='1.0'?><rss version='2.0'>                  | rss",
            "\uFEFF<?xml version='1.0'?> <!-- generated --><rss>        | rss",
            "<rdf:RDF xmlns:rdf='x'>                                    | rss",
            "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'> | atom",
            "<!DOCTYPE html><html>                                      | html",
            "<?xml version='1.0'?><!DOCTYPE html PUBLIC 'x'><html>      | html",
            "  <html lang=en>                                           | html",
            "<div class=post>                                           | html",
            "{\"response\": {}}                                         | guardian-json"})
    void sniffsTheFirstMeaningfulMarkup(String start, String format) {
        assertEquals(FeedFormat.fromWireName(format), FormatDetector.detect(null, utf8(start)));
    }

    @Test
    void bytesWinOverAWrongContentType() {
        assertEquals(Optional.of(FeedFormat.RSS), FormatDetector.detect("text/html; charset=utf-8",
                utf8("<?xml version=\"1.0\"?><rss/>")));
    }

    @Test
    void contentTypeDecidesWhenTheBytesDoNot() {
        assertEquals(Optional.of(FeedFormat.ATOM), FormatDetector.detect("application/atom+xml", utf8("garbage")));
        assertEquals(Optional.of(FeedFormat.HTML), FormatDetector.detect("text/html", utf8("Hello")));
        assertEquals(Optional.empty(), FormatDetector.detect("text/plain", utf8("Hello")));
        assertEquals(Optional.empty(), FormatDetector.detect(null, new byte[0]));
    }

    @Test
    void utf16DocumentsAreSniffed() {
        byte[] utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><feed>".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(Optional.of(FeedFormat.ATOM), FormatDetector.detect(null, utf16));
    }

    @Test
    void filesUseTheirExtensionWhenTheContentIsNotConclusive() {
        assertEquals(Optional.of(FeedFormat.GUARDIAN_JSON), FormatDetector.detectFile("blog.json", utf8("  [1]")));
        assertEquals(Optional.of(FeedFormat.RSS), FormatDetector.detectFile("x.atom", utf8("<rss/>")));
        assertTrue(FormatDetector.hasKnownExtension("/tmp/Live.HTM"));
        assertFalse(FormatDetector.hasKnownExtension("/tmp/blog.txt"));
        assertFalse(FormatDetector.hasKnownExtension("/tmp/dir.json/file"));
    }
}

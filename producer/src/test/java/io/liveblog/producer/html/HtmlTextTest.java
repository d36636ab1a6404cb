package io.liveblog.producer.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTextTest {

    @Test
    void paragraphsAreSeparatedByOneBlankLineAndWhitespaceCollapses() {
        String html = "<p>  Strikes hit\n   Khan Younis   overnight. </p>\n\n<p>Two hospitals\tstopped working.</p>"
                + "<h3>What we know</h3><blockquote>We have no fuel left.</blockquote>";

        assertEquals("Strikes hit Khan Younis overnight.\n\nTwo hospitals stopped working.\n\nWhat we know\n\n"
                + "We have no fuel left.", HtmlText.clean(html));
    }

    @Test
    void lineBreaksAreKeptAndDoubleBreaksStartAParagraph() {
        assertEquals("Rafah: 102 trucks\nKerem Shalom: 0 trucks\n\nSource: UN", HtmlText.clean(
                "<p>Rafah: 102 trucks<br>Kerem Shalom: 0 trucks<br><br>Source: UN</p>"));
    }

    @Test
    void listItemsBecomeTheirOwnParagraphs() {
        assertEquals("Key points:\n\n41 shelters open\n\n18,000 people displaced", HtmlText.clean(
                "Key points:<ul><li>41 shelters open</li><li>18,000 <b>people</b> displaced</li></ul>"));
    }

    @Test
    void tablesBecomeLinesWithSeparatedCells() {
        assertEquals("Province | Dead | Injured\nSofala | 11 | 40\nManica | 2 | 7", HtmlText.clean(
                "<table><tr><th>Province</th><th>Dead</th><th>Injured</th></tr>"
                        + "<tr><td>Sofala</td><td>11</td><td>40</td></tr><tr><td>Manica</td><td>2</td><td>7</td></tr></table>"));
    }

    @Test
    void scriptsStylesEmbedsAndFiguresWithCaptionsAndCreditsAreRemoved() {
        String html = "<style>p{color:red}</style><script>var deaths = 999;</script><noscript>Enable JS</noscript>"
                + "<p>First paragraph.</p>"
                + "<figure><img src=x alt='A destroyed building'><figcaption>Rubble in Jabalia."
                + "<span class=credit>Photo: Agency</span></figcaption></figure>"
                + "<iframe src='https://video.example/embed'></iframe>"
                + "<div class='image-caption'>Displaced families at a school</div>"
                + "<span class='photo-credit'>Reuters</span>"
                + "<div class='social-share'><a>Share</a><button>Tweet</button></div>"
                + "<p class='sr-only'>Skip to next post</p>"
                + "<p hidden>Hidden note</p><p style='display: none'>Also hidden</p>"
                + "<aside>Read more: earlier coverage</aside>"
                + "<p>Second paragraph.</p>";

        assertEquals("First paragraph.\n\nSecond paragraph.", HtmlText.clean(html));
    }

    @Test
    void entitiesAreDecodedAndInvisibleCharactersRemoved() {
        assertEquals("Médecins Sans Frontières: 5 000 wounded — “critical”, per staff",
                HtmlText.clean("<p>M&eacute;decins Sans Fronti&egrave;res:&nbsp;5\u202F000 wo\u00ADun\u200Bded &mdash;"
                        + " &ldquo;critical&rdquo;, per\u00A0staff</p>"));
    }

    @Test
    void inlineMarkupDoesNotSplitWords() {
        assertEquals("At least 146 people were killed, officials said.",
                HtmlText.clean("<p>At <em>least</em> <strong>146</strong> people were kil<span>led</span>,"
                        + " <a href='#'>officials</a> said.</p>"));
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertEquals("Casualties\n\nGaza   15,000\nWest Bank 240", HtmlText.clean(
                "<p>Casualties</p><pre>Gaza   15,000\nWest Bank 240\n</pre>"));
    }

    @Test
    void classWordsAreMatchedWholeNotAsSubstrings() {
        assertTrue(HtmlText.isFurniture("post__share-bar"));
        assertTrue(HtmlText.isFurniture("ImageCaption"));
        assertTrue(HtmlText.isFurniture("ad-slot"));
        assertFalse(HtmlText.isFurniture("headline lead shareholders-chart"));
        assertFalse(HtmlText.isFurniture("post-body"));
    }

    @Test
    void cleaningAnElementLeavesThePageUntouched() {
        Element page = Jsoup.parse("<article><h2>Title</h2><p>Body text.</p><div class=share>x</div></article>")
                .selectFirst("article");
        String before = page.outerHtml();

        assertEquals("Title\n\nBody text.", HtmlText.clean(page));
        assertEquals("Body text.", HtmlText.clean(page, List.of("h2")));
        assertEquals(before, page.outerHtml());
    }

    @Test
    void theElementAskedForIsKeptEvenWhenItLooksLikeFurniture() {
        Element credit = Jsoup.parse("<p class='byline-credit'>From CNN's staff</p>").selectFirst("p");
        assertEquals("From CNN's staff", HtmlText.clean(credit));
    }

    @Test
    void inlineAndPlainHelpers() {
        assertEquals("Aid & shelter: update", HtmlText.inline("Aid &amp; <em>shelter</em>:\n update"));
        assertEquals("Plain 5 < 6 text", HtmlText.inline("Plain 5 < 6 text"));
        assertEquals("First line\nsecond line\n\nNew paragraph", HtmlText.plain(
                "  First   line \r\nsecond line\n \n\n\nNew\tparagraph  "));
        assertEquals("", HtmlText.clean((String) null));
        assertEquals("", HtmlText.clean("<img src=x><script>x</script>"));
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String html = "<div>".repeat(20_000) + "deep text" + "</div>".repeat(20_000);
        assertEquals("deep text", HtmlText.clean(html));
    }
}

package io.liveblog.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SourceNamesTest {

    @Test
    void ignoresCaseArticlesPunctuationAndTypography() {
        assertEquals("gaza health ministry", SourceNames.key("The Gaza Health Ministry."));
        assertEquals(SourceNames.key("Sudan Doctors' Union"), SourceNames.key("sudan doctors\u2019 union"));
        assertEquals(SourceNames.key("Hamas-run health ministry"), SourceNames.key("Hamas run  health ministry"));
        assertEquals(SourceNames.key("Médecins Sans Frontières"), SourceNames.key("Medecins sans Frontieres"));
    }

    @Test
    void keepsDifferentAuthoritiesApart() {
        assertNotEquals(SourceNames.key("Gaza health ministry"), SourceNames.key("Palestinian health ministry"));
        assertNotEquals(SourceNames.key("theatre director"), SourceNames.key("atre director"));
        assertNull(SourceNames.key("  "));
        assertNull(SourceNames.key(null));
    }
}

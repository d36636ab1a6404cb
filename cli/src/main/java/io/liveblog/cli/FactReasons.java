package io.liveblog.cli;

import io.liveblog.schema.Claim;
import io.liveblog.streams.aggregate.Fact;
import io.liveblog.streams.aggregate.FactIdentity;
import java.util.ArrayList;
import java.util.List;

/**
 * Why the claims behind an aggregate are the facts they are, for {@code explain}: for each fact of several citations,
 * the rule that joined each citation to the one standing for the fact; for facts whose numbers could be one figure's
 * (the same number, or numbers whose words agree: "more than 10,000" and "10,022") that stayed apart, the rule that
 * kept them apart ({@link FactIdentity#whyTogether}, {@link FactIdentity#whyApart}).
 */
final class FactReasons {

    private FactReasons() {
    }

    /**
     * @param claims the claims behind one aggregate
     * @return one line per joined citation and per near miss, in the facts' order
     */
    static List<String> of(List<Claim> claims) {
        List<Fact> facts = FactIdentity.group(claims);
        List<String> lines = new ArrayList<>();
        for (Fact f : facts) {
            Claim first = f.first();
            for (Claim c : f.citations()) {
                if (c == first) {
                    continue;
                }
                String why = FactIdentity.whyTogether(first, c).orElseGet(() -> joinedThrough(f, c));
                lines.add(c.getClaimId() + " joins " + first.getClaimId() + ": " + why);
            }
        }
        for (int i = 0; i < facts.size(); i++) {
            for (int j = i + 1; j < facts.size(); j++) {
                Claim a = facts.get(i).first();
                Claim b = facts.get(j).first();
                if (FactIdentity.numbersCouldAgree(a, b)) {
                    String why = FactIdentity.whyApart(a, b).orElse("each joined other citations; together they "
                            + "would span past the incident window, or tell visibly different incidents");
                    lines.add("kept apart: " + a.getClaimId() + " and " + b.getClaimId() + ": " + why);
                }
            }
        }
        return lines;
    }

    /** A citation joined through another one: name the first citation of the fact it matches as a pair. */
    private static String joinedThrough(Fact f, Claim c) {
        for (Claim other : f.citations()) {
            if (other != c) {
                java.util.Optional<String> why = FactIdentity.whyTogether(other, c);
                if (why.isPresent()) {
                    return "through " + other.getClaimId() + ": " + why.get();
                }
            }
        }
        return "through the other citations of the fact";
    }
}

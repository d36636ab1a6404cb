package io.liveblog.extract;

import java.util.List;
import java.util.Set;

/**
 * Reads aid given to people or in money: people assisted ("reached 800,000 people with food", "helped 1.3 million
 * people") and funding ("$100 million in humanitarian aid", "pledged €25 million").
 *
 * <p>Separate because neither has a noun of its own that says it is aid: both are told by cue words elsewhere in
 * the clause or the sentence, unlike the delivered goods of {@link AidDeliveryReadings}.
 */
final class AssistanceAndFundingReadings {

    /** Aid words for people assisted ("reached 800,000 people with food"). */
    private static final WordSet ASSIST_CUES = Lexicon.words(
            "food", "aid", "assistance", "water", "meals", "supplies", "relief", "cash", "parcels", "rations",
            "vouchers", "flour", "bread", "medical", "support", "services", "hygiene", "kits", "nutrition",
            "psychological", "shelter");

    /** Words naming an aid organisation, whose "helped N people" or "reached N people" is people assisted. */
    private static final WordSet AID_ACTORS = Lexicon.words("crescent", "cross", "unhcr", "wfp", "unicef", "iom", "unrwa",
            "ocha", "msf", "charity", "charities", "ngo", "ngos", "refugee", "humanitarian", "afad", "relief");

    /** Verbs of delivery before "to N people". */
    private static final WordSet DELIVERY_VERBS = Lexicon.words(
            "provided", "providing", "provide", "delivered", "delivering", "deliver", "distributed", "distributing",
            "distribute", "given", "gave", "giving", "brought", "bringing", "handed", "supplied", "supplying",
            "sent", "served", "serving", "offered", "offering");

    private static final WordSet FEEDING_VERBS = Lexicon.words("feeds", "fed", "feeding", "feed");

    private AssistanceAndFundingReadings() {
    }

    // ---- people assisted --------------------------------------------------------------------------------------

    static Reading assisted(List<Token> t, NumberPhrase p, int index, NounPhrase np, int[] phraseAt) {
        int n = t.size();
        int before = p.first() - 1;
        while (before > 0 && (t.get(before).is("only") || t.get(before).is("just") || t.get(before).is("another"))) {
            before--;
        }
        boolean cue = false;
        boolean helpedBy = false;
        int spanFirst = p.first();
        int spanEnd = np.end();
        if (before >= 0 && AidWords.ASSIST_VERBS_BEFORE.contains(t.get(before))) {
            cue = true;
            helpedBy = true;
            spanFirst = before;
        } else if (before >= 0 && t.get(before).is("to")) {
            for (int k = before - 1; k >= Math.max(0, before - 8); k--) {
                if (t.get(k).isPunct()) {
                    break;
                }
                if (DELIVERY_VERBS.contains(t.get(k))) {
                    cue = true;
                    spanFirst = k;
                    break;
                }
            }
        } else {
            // "180,000 people in and around the camp received food": a place phrase may stand between
            for (int k = np.end(); k < Math.min(n, np.end() + 8); k++) {
                Token tk = t.get(k);
                if (tk.isPunct() || phraseAt[k] >= 0 && !tk.is("a")) {
                    break;
                }
                if (AidWords.ASSIST_PREDICATES.contains(tk)) {
                    cue = true;
                    spanEnd = k + 1;
                    break;
                }
            }
        }
        // "..., distributing food in the capital, reaching 8,000 people": a participle opening the figure's clause
        // continues the clause before it, where the aid is named
        boolean participleClause = spanFirst == MetricReader.clause(t, p.first())[0]
                && t.get(spanFirst).lower().endsWith("ing");
        // "the UN refugee agency said it had helped 1.3 million people": an aid organisation's help is aid, whatever
        // it was
        // feeding people is giving them food aid: the verb names the aid ("WFP, which feeds about 75,000 camp
        // residents")
        boolean feeding = helpedBy && FEEDING_VERBS.contains(t.get(spanFirst));
        if (!cue || !(feeding || MetricReader.clauseHas(t, p.first(), ASSIST_CUES)
                || participleClause && MetricReader.sentenceHas(t, ASSIST_CUES)
                || helpedBy && MetricReader.sentenceHas(t, AID_ACTORS))) {
            return null;
        }
        return new Reading(index, Metric.PEOPLE_ASSISTED, MetricReader.unitFor(t, np), spanFirst, spanEnd);
    }

    // ---- funding ----------------------------------------------------------------------------------------------

    /** "$100 million in humanitarian aid", "pledged €25 million": money with an aid cue and no cost/arms cue. */
    static Reading funding(List<Token> t, NumberPhrase p, int index, NounPhrase np, String unit) {
        int[] clause = MetricReader.clause(t, p.first());
        int converted = conversionEnd(t, p.end());
        if (converted > 0) {
            // "€50 million ($54 million) in humanitarian aid": the bracket restates the sum in dollars, and the
            // words that make it aid come after it
            int e = converted;
            while (e < t.size() && !MetricReader.isClauseMark(t.get(e))) {
                e++;
            }
            clause = new int[] {clause[0], e};
        }
        boolean cue = false;
        for (int k = clause[0]; k < clause[1]; k++) {
            String w = t.get(k).lower();
            if (MoneyWords.NOT_FUNDING_CUES.contains(t.get(k))) {
                return null;
            }
            cue |= MoneyWords.FUNDING_CUES.contains(t.get(k)) && !(w.equals("who") && !t.get(k).text().equals("WHO"));
        }
        // "announced a further £30 million in humanitarian aid, bringing its total since the war began to £60
        // million", "on top of the €73 million it had already budgeted": money given, the total that money brings
        // the giver's aid to, or what it had given before, in a sentence about aid
        if (!cue && !((MetricReader.clauseHas(t, p.first(), GIVING_VERBS) || ScopeReader.isTotalBroughtTo(t, p.first())
                || ReplacedFigures.isExistingGrant(t, p.first(), p.end()))
                && (MetricReader.sentenceHas(t, MoneyWords.FUNDING_CUES)
                || MetricReader.sentenceHas(t, MoneyWords.AID_PURPOSES)))) {
            return null;
        }
        int end = np.elided() ? p.end() : np.end();
        return new Reading(index, Metric.FUNDING, unit, p.first(), end);
    }

    /**
     * Verbs giving money: with an aid word or an aid purpose elsewhere in the sentence they make a sum funding
     * ("Britain announced £15 million for Sudan, on top of the £89 million it had already allocated", "would provide
     * £3 million for testing and treatment").
     */
    private static final WordSet GIVING_VERBS = Lexicon.words("announced", "announces", "announce", "gave", "gives",
            "give", "given", "sent", "send", "provided", "provides", "provide", "released", "release", "approved",
            "approve", "committed", "commit", "offered", "offer", "unveiled");

    /**
     * @return the token after a bracketed conversion of the sum just read ("(about $54 million)", "(£53m)"), or
     *     -1 when {@code at} does not open one
     */
    private static int conversionEnd(List<Token> t, int at) {
        if (at >= t.size() || !t.get(at).is("(")) {
            return -1;
        }
        boolean money = false;
        for (int k = at + 1; k < t.size() && k <= at + 8; k++) {
            Token tk = t.get(k);
            if (tk.is(")")) {
                return money ? k + 1 : -1;
            }
            money |= MoneyWords.CURRENCIES.containsKey(tk.lower());
        }
        return -1;
    }
}

package io.liveblog.extract;

import java.util.Map;
import java.util.Set;

/**
 * The words money figures are read with: currency signs and words, and the cues that make money aid funding or
 * something else (weapons, costs, damage, appeals).
 *
 * <p>Separate from {@link Lexicon}, so that the money vocabulary can be checked on its own, and from
 * {@link AidWords}: a currency makes any number money ({@link QuantityReader} reads it with the number), whether it
 * is aid funding or not.
 */
final class MoneyWords {

    private MoneyWords() {
    }

    /** Currency signs and words and their ISO codes. */
    static final Map<String, String> CURRENCIES = Lexicon.hashed(Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("\u20ac", "EUR"), Map.entry("eur", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("\u00a3", "GBP"),
            Map.entry("gbp", "GBP"), Map.entry("sterling", "GBP"), Map.entry("chf", "CHF"),
            Map.entry("jpy", "JPY"), Map.entry("yen", "JPY"), Map.entry("\u00a5", "JPY"), Map.entry("aed", "AED"),
            Map.entry("sar", "SAR"), Map.entry("qar", "QAR"), Map.entry("cad", "CAD"), Map.entry("aud", "AUD"),
            // donors' own currencies by ISO code ("Norway announced NOK 30 million")
            Map.entry("nok", "NOK"), Map.entry("sek", "SEK"), Map.entry("dkk", "DKK"), Map.entry("nzd", "NZD"),
            Map.entry("cny", "CNY"), Map.entry("inr", "INR"), Map.entry("krw", "KRW"), Map.entry("kwd", "KWD"),
            // the theatres' own currencies, where the word names one currency only ("pounds", "dinars" and "riyals"
            // name several, and "TRY" or "RUB" in lower case are verbs)
            Map.entry("roubles", "RUB"), Map.entry("rouble", "RUB"), Map.entry("rubles", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("hryvnias", "UAH"), Map.entry("hryvnia", "UAH"),
            Map.entry("hryvnas", "UAH"), Map.entry("uah", "UAH"), Map.entry("shekels", "ILS"),
            Map.entry("shekel", "ILS"), Map.entry("ils", "ILS"), Map.entry("₪", "ILS"),
            Map.entry("₽", "RUB"), Map.entry("₴", "UAH"), Map.entry("egp", "EGP"), Map.entry("pkr", "PKR"),
            Map.entry("sdg", "SDG"), Map.entry("jod", "JOD"), Map.entry("iqd", "IQD"), Map.entry("lyd", "LYD"),
            Map.entry("lbp", "LBP"), Map.entry("yer", "YER")));

    /** Words that make money aid funding. */
    static final WordSet FUNDING_CUES = Lexicon.words(
            "aid", "humanitarian", "relief", "assistance", "pledge", "pledged", "pledges", "pledging", "donate",
            "donated", "donates", "donating", "donation", "donations", "contribution", "contributions",
            "contribute", "contributed", "contributing", "funding", "grant", "grants", "allocated", "allocate",
            "allocating", "disbursed", "unrwa", "wfp", "unicef", "ocha", "who", "emergency");

    /**
     * What money given in a crisis pays for, when the sentence names no aid word ("£1.5 million for food, shelter and
     * clean water", "£3 million for testing, treatment and community outreach"): with a giving verb, funding.
     */
    static final WordSet AID_PURPOSES = Lexicon.words(
            "food", "nutrition", "shelter", "water", "medicine", "medicines", "medical", "vaccines", "vaccination",
            "testing", "treatment", "survivors", "victims", "displaced", "refugees", "response");

    /** Words that make money something other than aid funding (weapons, costs, damage, rewards, appeals). */
    static final WordSet NOT_FUNDING_CUES = Lexicon.words(
            "military", "weapons", "arms", "defense", "defence", "security", "missile", "missiles", "loan", "loans",
            "cost", "costs", "costing", "worth", "damage", "damages", "losses", "loss", "price", "prices", "salary",
            "salaries", "tax", "taxes", "revenue", "revenues", "reward", "bounty", "ransom", "bail", "fine", "fines",
            "sanctions", "frozen", "gdp", "economy", "market", "shares", "stock", "investment", "bonds", "contract",
            "appeal", "appealed", "appealing", "seeking", "seeks", "sought", "needs", "needed", "requires",
            "required", "requested", "requesting", "shortfall", "budget", "iron", "dome", "ammunition", "appeals",
            "reconstruction", "rebuilding", "rebuild", "budgets", "repair", "repairs", "repairing", "compensation",
            "compensate", "payment", "payments", "payout", "payouts");
}

package io.liveblog.extract;

import io.liveblog.geo.DataLines;
import io.liveblog.geo.FeatureType;
import io.liveblog.geo.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a state's authority one way, as the gold corpus does ({@code gold/README.md}, "Sources"): the country's
 * adjective, then the office in lower case. "Russia's defence ministry" and "the Russian Ministry of Defense" are both
 * "Russian defence ministry"; "Egypt said" is "Egyptian government"; a health minister quoted about a place in
 * Lebanon is "Lebanese health ministry"; a Ukrainian regional governor is "Kherson regional military administration";
 * "Kharkiv's mayor" is "Kharkiv mayor". A person named with a role ("Joe Biden (President)") speaks for the office.
 *
 * <p>Why: per-authority series and fact identity compare authorities by name, so one state's ministry written three
 * ways would be three authorities. Names that are no state's office (agencies, groups, hospitals, people without a
 * recognised role) pass through unchanged; the table of countries is {@code country-adjectives.tsv}.
 */
final class StateAuthorities {

    private static final String RESOURCE = "country-adjectives.tsv";
    private static final StateAuthorities BUNDLED = load();

    /** Office words that stand for a state's government when they follow its name or adjective. */
    private static final Set<String> GOVERNMENT = Set.of("government", "officials", "authorities", "president",
            "prime minister", "military government", "head of military government", "junta", "cabinet",
            "head of state", "leader", "itself", "state");
    /**
     * The same, when the country is only known from the figure's place: only offices that speak for the place's own
     * state. A president, a prime minister or bare "officials" may be a donor's ("President Joe Biden announced $100
     * million for Gaza"), so they are not guessed.
     */
    private static final Set<String> GOVERNMENT_FROM_PLACE = Set.of("military government",
            "head of military government", "junta");
    /** Ministries that speak for the figure's own place: a foreign or defence ministry may be another state's. */
    private static final Set<String> MINISTRIES_FROM_PLACE = Set.of("health", "interior", "justice",
            "climate change", "emergency situations", "emergencies", "humanitarian affairs", "education",
            "agriculture", "energy", "information");
    /** Ministries as their subject is written, by the name the convention gives them. */
    private static final Map<String, String> MINISTRY_SUBJECTS = Map.ofEntries(
            Map.entry("health", "health"), Map.entry("public health", "health"), Map.entry("defence", "defence"),
            Map.entry("defense", "defence"), Map.entry("foreign", "foreign"), Map.entry("foreign affairs", "foreign"),
            Map.entry("interior", "interior"), Map.entry("home affairs", "interior"), Map.entry("justice", "justice"),
            Map.entry("climate change", "climate change"), Map.entry("education", "education"),
            Map.entry("energy", "energy"), Map.entry("agriculture", "agriculture"),
            Map.entry("emergency situations", "emergency situations"), Map.entry("emergencies", "emergencies"),
            Map.entry("humanitarian affairs", "humanitarian affairs"), Map.entry("information", "information"));
    private static final Set<String> LAW_OFFICES = Set.of("prosecutor general", "attorney general",
            "prosecutor-general", "attorney-general");

    private static final Pattern PERSON_WITH_ROLE = Pattern.compile("^(.+?) \\((.+)\\)$");
    private static final Pattern MAYOR_OF = Pattern.compile("^(?:the )?mayor of (\\p{Lu}[\\p{L}' -]+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE_MAYOR = Pattern.compile("^(\\p{Lu}[\\p{L} -]+)'s mayor$",
            Pattern.CASE_INSENSITIVE);
    /** "Governor of Baalbek-Hermel", "the Kharkiv regional governor", "Odesa's governor". */
    private static final Pattern GOVERNOR_OF = Pattern.compile("^(?:[Tt]he )?[Gg]overnor of (?:the )?"
            + "(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?)(?: [Rr]egion| [Oo]blast| [Pp]rovince)?$");
    private static final Pattern NAMED_GOVERNOR = Pattern.compile("^(?:[Tt]he )?(\\p{Lu}[\\p{L}-]+"
            + "(?: \\p{Lu}[\\p{L}-]+)?)(?:'s)? (?:regional |region's |region |oblast )?governor$");
    /** Words that can open "... governor" without naming a region: "Regional governor", "Provincial governor". */
    private static final Set<String> NO_REGION = Set.of("regional", "region", "provincial", "state", "local", "city",
            "district", "military", "deputy", "former", "acting");

    private record Country(String code, String adjective) {
    }

    /** lower-case name or adjective -> country; names of at most three letters are matched as written (US, UK). */
    private final Map<String, Country> byName;
    private final Map<String, Country> byCode;
    private final int longestName;
    /** Names already worked out, by source, country and oblast of the place (bounded; shared by threads). */
    private final Map<String, String> named = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 20_000;

    private StateAuthorities(Map<String, Country> byName, Map<String, Country> byCode) {
        this.byName = byName;
        this.byCode = byCode;
        this.longestName = byName.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** @return the table shipped with the extractor */
    static StateAuthorities bundled() {
        return BUNDLED;
    }

    private static StateAuthorities load() {
        return parse(DataLines.bundled(StateAuthorities.class, RESOURCE));
    }

    /** @return a table read from lines of {@code code TAB adjective TAB name|name|...} */
    static StateAuthorities parse(List<String> lines) {
        Map<String, Country> byName = new HashMap<>();
        Map<String, Country> byCode = new HashMap<>();
        for (DataLines.Line line : DataLines.of(lines)) {
            String[] cols = line.text().split("\t");
            if (cols.length != 3) {
                throw new IllegalArgumentException(RESOURCE + " line " + line.number() + ": expected 3 columns");
            }
            Country c = new Country(cols[0].trim(), cols[1].trim());
            byCode.put(c.code(), c);
            List<String> names = new ArrayList<>(Arrays.asList(cols[2].split("\\|")));
            names.add(c.adjective());
            for (String name : names) {
                String key = nameKey(name.trim());
                Country before = byName.putIfAbsent(key, c);
                if (before != null && !before.equals(c) && !name.trim().equals(c.adjective())) {
                    throw new IllegalArgumentException(RESOURCE + " line " + line.number() + ": '" + name
                            + "' already names " + before.code());
                }
            }
        }
        return new StateAuthorities(byName, byCode);
    }

    /** Short names (US, UK, UAE) are kept as written, so that "us" and "uk" in running text never match. */
    private static String nameKey(String name) {
        String plain = name.replace(".", "");
        return plain.length() <= 3 && plain.equals(plain.toUpperCase(Locale.ROOT)) ? plain
                : name.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * @param source the source as found (an alias table's name, or the attribution phrase), or null
     * @param path the figure's place, country first (may be empty)
     * @return the state authority's name under the convention, or the source unchanged when it names none
     */
    String name(String source, List<Place> path) {
        if (source == null || source.isBlank()) {
            return source;
        }
        // the name depends on the source and, of the place, only on its country and Ukrainian oblast; sources repeat
        // post after post, so each is worked out once (the extractor's speed is a pipeline ceiling)
        Country here = countryOf(path);
        String oblast = here != null && "UA".equals(here.code()) ? oblastOf(path) : null;
        String key = source + '\u0001' + (here == null ? "" : here.code()) + '\u0001' + (oblast == null ? "" : oblast);
        String known = named.get(key);
        if (known != null) {
            return known;
        }
        String name = nameOf(source, here, oblast);
        if (named.size() < MAX_REMEMBERED) {
            named.put(key, name);
        }
        return name;
    }

    /** @param here the country of the figure's place, or null; @param oblast its Ukrainian oblast, or null */
    private String nameOf(String source, Country here, String oblast) {
        Matcher role = PERSON_WITH_ROLE.matcher(source.trim());
        if (role.matches()) {
            // "Joe Biden (President)" speaks for the office; "Governor of Baalbek-Hermel (Bachir Khodr)" is written
            // the other way round
            String office = office(role.group(2), here, oblast);
            if (office == null) {
                office = office(role.group(1), here, oblast);
            }
            return office == null ? source : office;
        }
        String office = office(source.trim(), here, oblast);
        return office == null ? source : office;
    }

    private String office(String phrase, Country here, String oblast) {
        String p = phrase.replace('\u2019', '\'');
        if (p.regionMatches(true, 0, "the ", 0, 4)) {
            p = p.substring(4);
        }
        Matcher mayor = MAYOR_OF.matcher(p);
        if (mayor.matches()) {
            return mayor.group(1).trim() + " mayor";
        }
        Matcher possessiveMayor = POSSESSIVE_MAYOR.matcher(p);
        if (possessiveMayor.matches() && byName.get(nameKey(possessiveMayor.group(1))) == null) {
            return possessiveMayor.group(1).trim() + " mayor";
        }
        String governed = governorOf(p, here);
        if (governed != null) {
            return governed;
        }
        String[] words = p.split(" ");
        for (int n = Math.min(longestName, words.length); n >= 1; n--) {
            String head = String.join(" ", Arrays.asList(words).subList(0, n));
            boolean possessive = head.endsWith("'s");
            Country c = byName.get(nameKey(possessive ? head.substring(0, head.length() - 2) : head));
            if (c != null) {
                String rest = String.join(" ", Arrays.asList(words).subList(n, words.length));
                String named = officeOf(rest.toLowerCase(Locale.ROOT), true);
                return named == null ? null : c.adjective() + " " + named;
            }
        }
        if (here == null) {
            return null;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if ((lower.equals("regional governor") || lower.equals("governor") || lower.equals("region's governor"))
                && "UA".equals(here.code())) {
            return oblast == null ? null : oblast + " regional military administration";
        }
        String named = officeOf(lower, false);
        if ("health ministry".equals(named)) {
            // whose health ministry a place's figure is needs the place, not only its country (Gaza, West Bank)
            return SourceAliases.CONTEXTUAL_PREFIX + "health-ministry";
        }
        return named == null ? null : here.adjective() + " " + named;
    }

    /**
     * A governor named with the region: "Baalbek-Hermel governor"; in Ukraine the governor heads the regional military
     * administration, which the convention names instead ("Kharkiv regional military administration").
     */
    private String governorOf(String phrase, Country here) {
        Matcher m = GOVERNOR_OF.matcher(phrase);
        if (!m.matches()) {
            m = NAMED_GOVERNOR.matcher(phrase);
            if (!m.matches()) {
                return null;
            }
        }
        String region = m.group(1);
        if (NO_REGION.contains(region.split(" ")[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (byName.containsKey(nameKey(region))) {
            return null; // "Russia's governor" is no region's
        }
        return here != null && "UA".equals(here.code()) ? region + " regional military administration"
                : region + " governor";
    }

    /** @return the health ministry of the country of a figure's place ("Lebanese health ministry"), or null */
    String healthMinistry(List<Place> path) {
        Country here = countryOf(path);
        return here == null ? null : here.adjective() + " health ministry";
    }

    /**
     * @param rest the office words after the country (lower case; empty for the bare country)
     * @param countryNamed whether the phrase names the country itself (else it comes from the figure's place)
     * @return the office under the convention, or null when the words are no state office
     */
    private static String officeOf(String rest, boolean countryNamed) {
        String r = rest.trim();
        if (countryNamed ? r.isEmpty() || GOVERNMENT.contains(r) : GOVERNMENT_FROM_PLACE.contains(r)) {
            return "government";
        }
        if (LAW_OFFICES.contains(r)) {
            return r.replace('-', ' ');
        }
        String subject = null;
        if (r.startsWith("ministry of ")) {
            subject = r.substring("ministry of ".length());
        } else if (r.startsWith("minister of ")) {
            subject = r.substring("minister of ".length());
        } else if (r.endsWith(" ministry")) {
            subject = r.substring(0, r.length() - " ministry".length());
        } else if (r.endsWith(" minister")) {
            subject = r.substring(0, r.length() - " minister".length());
        }
        if (subject == null) {
            return null;
        }
        String named = MINISTRY_SUBJECTS.get(subject.trim());
        return named == null || !countryNamed && !MINISTRIES_FROM_PLACE.contains(named) ? null : named + " ministry";
    }

    private Country countryOf(List<Place> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String cc = path.get(i).countryCode();
            if (cc != null && byCode.containsKey(cc)) {
                return byCode.get(cc);
            }
        }
        return null;
    }

    private static String oblastOf(List<Place> path) {
        for (Place p : path) {
            if (p.type() == FeatureType.ADMIN1) {
                String name = p.name();
                return name.endsWith(" Oblast") ? name.substring(0, name.length() - " Oblast".length()) : name;
            }
        }
        return null;
    }
}

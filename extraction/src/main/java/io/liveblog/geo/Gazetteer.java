package io.liveblog.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places with their admin hierarchy, and the finder of place names in text.
 *
 * <p>API contract (other modules rely on it): {@link #bundled()}, {@link #curated()}, {@link #of(Collection)},
 * {@link #byId(String)}, {@link #pathOf(Place)}, {@link #findMentions(CharSequence)}, {@link #places()}.
 *
 * <p>A gazetteer is immutable and thread-safe. Its names are compiled once into a word trie, so
 * {@link #findMentions(CharSequence)} costs time proportional to the text, not to the number of names. Matching is
 * case-aware, takes the longest name, handles possessives ("Gaza's", "Lebanon’s"), hyphen and article variants
 * ("Deir el-Balah", "Deir al Balah") and accents ("Kahramanmaras"), resolves names shared by several places
 * from the other places in the text (see {@link MentionFinder}) and marks actor uses ("Israel said") that locate
 * nothing (see {@link ActorCues}).
 *
 * <p>The bundled data ({@code gazetteer.tsv}, {@code phrases.tsv}, {@code actor-cues.tsv} and the generated world
 * layer beside this class, loaded by {@link BundledFiles}) is described in {@code SOURCES.md};
 * {@link #withGeoNames(Path)} adds places from a GeoNames dump.
 */
public final class Gazetteer {

    /** Also used by {@link GazetteerIndexer}: names that can never match are logged under this class's name. */
    static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);

    /**
     * Words that turn a place name into the name of the first-level division named after it: "Khartoum" and
     * "Khartoum State", "Gaziantep" and "Gaziantep Province", "Moscow" and "City of Moscow".
     */
    private static final List<String> ADMIN1_SUFFIXES = List.of("Governorate", "Province", "State", "District",
            "Oblast", "Region", "Krai", "Territory", "Division", "Federal City");
    private static final List<String> ADMIN1_PREFIXES = List.of("City of", "Republic of");

    private final Map<String, GazetteerEntry> byId;
    private final List<Place> places;
    private final List<GazetteerFiles.PhraseLine> phrases;
    private final NameTrie trie;
    private final MentionFinder finder;

    Gazetteer(List<GazetteerFiles.PlaceLine> lines, List<GazetteerFiles.PhraseLine> phrases) {
        Map<String, GazetteerEntry> ids = GazetteerIndexer.linkedEntries(lines);
        this.byId = Collections.unmodifiableMap(ids);
        List<Place> all = new ArrayList<>(ids.size());
        ids.values().forEach(e -> all.add(e.place));
        this.places = Collections.unmodifiableList(all);
        this.phrases = List.copyOf(phrases);
        this.trie = GazetteerIndexer.nameTrie(ids, this.phrases);
        this.finder = new MentionFinder(trie, ActorCues.bundled());
    }

    /**
     * @param places places whose parents are all among them; names and alternate names become matchable, with
     *     no curated priorities, codes or phrases
     * @return a gazetteer holding exactly these places
     * @throws IllegalArgumentException on duplicate ids, a missing parent or a parent cycle
     */
    public static Gazetteer of(Collection<Place> places) {
        List<GazetteerFiles.PlaceLine> lines = new ArrayList<>(places.size());
        for (Place p : places) {
            lines.add(new GazetteerFiles.PlaceLine(Objects.requireNonNull(p, "place"), PlaceDetails.NONE));
        }
        return new Gazetteer(lines, List.of());
    }

    /**
     * @return the gazetteer shipped in the repository: the curated places and phrases and the world layer
     *     ({@code SOURCES.md} beside this class), loaded on first use and shared afterwards
     * @throws IllegalStateException if the bundled files are missing or malformed (a build defect)
     */
    public static Gazetteer bundled() {
        return BundledFiles.bundled();
    }

    /**
     * @return the hand-curated places and phrases alone ({@code gazetteer.tsv}, {@code phrases.tsv}), without the
     *     world layer: what the curated data's own checks and the bench's workload start from
     */
    public static Gazetteer curated() {
        return BundledFiles.curated();
    }

    /**
     * Adds the places of a standard GeoNames dump ({@code allCountries.txt} or {@code XX.txt}) with default
     * {@link GeoNamesLoader.Options}. Malformed lines are counted and logged, not fatal.
     *
     * @return a new gazetteer: this one plus the dump's places
     * @throws IOException if the dump cannot be read
     */
    public Gazetteer withGeoNames(Path dump) throws IOException {
        return new GeoNamesLoader(GeoNamesLoader.Options.defaults()).load(this, dump, null).gazetteer();
    }

    /**
     * Like {@link #withGeoNames(Path)}, with GeoNames' {@code admin1CodesASCII.txt} naming first-level divisions
     * the dump itself lacks.
     */
    public Gazetteer withGeoNames(Path dump, Path admin1Codes) throws IOException {
        return new GeoNamesLoader(GeoNamesLoader.Options.defaults()).load(this, dump, admin1Codes).gazetteer();
    }

    /** @return a gazetteer with these places added (parents may be here or among the additions) */
    Gazetteer extendedWith(List<GazetteerFiles.PlaceLine> additions) {
        List<GazetteerFiles.PlaceLine> lines = new ArrayList<>(byId.size() + additions.size());
        for (GazetteerEntry e : byId.values()) {
            lines.add(new GazetteerFiles.PlaceLine(e.place, e.details));
        }
        lines.addAll(additions);
        return new Gazetteer(lines, phrases);
    }

    /** @return every place, in load order */
    public Collection<Place> places() {
        return places;
    }

    /** @return the place with this id */
    public Optional<Place> byId(String id) {
        GazetteerEntry e = byId.get(id);
        return e == null ? Optional.empty() : Optional.of(e.place);
    }

    /** @return the places from the country (first) down to {@code place} (last) */
    public List<Place> pathOf(Place place) {
        List<Place> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Place p = place; p != null && seen.add(p.id()); p = p.parentId() == null ? null : byId(p.parentId()).orElse(null)) {
            path.add(0, p);
        }
        return List.copyOf(path);
    }

    /**
     * The place's first-level administrative unit, the level location accuracy is evaluated at: the first place
     * below the country whose type is {@link FeatureType#ADMIN1} or {@link FeatureType#TERRITORY}. For the
     * Palestinian territories that is the Gaza Strip or the West Bank (the governorates are the second level, as
     * in GeoNames and OCHA's boundaries); for Israel a district, for Ukraine an oblast, for Sudan a state.
     *
     * @return that unit (the place itself when it is one); empty for a country, or for a place filed directly
     *     under its country (a capital in a country without curated divisions)
     */
    public Optional<Place> firstAdminLevel(Place place) {
        for (Place p : pathOf(place)) {
            if (p.type() == FeatureType.ADMIN1 || p.type() == FeatureType.TERRITORY) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** @return true when {@code area} is {@code place} or one of its ancestors */
    public boolean isWithin(Place place, Place area) {
        for (Place p : pathOf(place)) {
            if (p.id().equals(area.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Looks a name up as a program would (gold data, command-line arguments): the whole string must be a name or
     * alternate spelling, case is ignored, accents and article variants are folded as in text.
     *
     * @return the places with that name, most preferred first (curated priority, population, load order)
     */
    public List<Place> lookup(String name) {
        List<GazetteerEntry> found = new ArrayList<>(trie.exact(name, NameKind.NAME));
        found.sort(MentionFinder.BY_STATIC_PREFERENCE);
        return found.stream().map(e -> e.place).toList();
    }

    /**
     * Looks a name up as the name of a first-level division, as gold data, dashboards and analysts write them: the
     * division is often called by the bare name it shares with its main city ("Khartoum" for Khartoum State,
     * "Gaziantep" for Gaziantep Province). {@link #lookup(String)} prefers the city there, which is right for
     * running text and wrong for a column that holds first-level units. The rules, first that answers wins:
     * <ol>
     *   <li>places with that name (as {@link #lookup(String)} matches it) that are first-level divisions
     *       themselves: "Hatay", "Gaza Strip", "Jabal al Akhdar";</li>
     *   <li>the first-level divisions of the places with that name, when the division is called by a name of that
     *       place and a designator ("State", "Province", "Governorate", "Oblast", "City of", ...): "Khartoum" the
     *       city lies in Khartoum State, "St Petersburg" in the City of Saint Petersburg, "Moscow" in the City of
     *       Moscow (not Moscow Oblast, which is named after the city too);</li>
     *   <li>first-level divisions called by that name and a designator, when no place has the bare name: "Red Sea"
     *       is Red Sea State (several such divisions come most preferred first).</li>
     * </ol>
     * A city whose division has another name ("Antakya", in Hatay Province) is not a first-level name and resolves
     * to nothing, so a gold annotation that puts a city in the admin1 column is reported instead of silently
     * mapped. {@link #findMentions(CharSequence)} is unaffected: in a sentence, "Khartoum" stays the city.
     *
     * @return the divisions that name designates, most preferred first; empty when it names none
     */
    public List<Place> firstAdminLevelsNamed(String name) {
        Objects.requireNonNull(name, "name");
        // curated divisions first: a GeoNames division of the same name elsewhere ("Red Sea" in Egypt) must not
        // displace the one the curated data means ("Red Sea" State in Sudan)
        List<Place> curated = firstAdminLevelsNamed(name, false);
        return curated.isEmpty() ? firstAdminLevelsNamed(name, true) : curated;
    }

    private List<Place> firstAdminLevelsNamed(String name, boolean imported) {
        List<Place> named = lookup(name).stream().filter(p -> byId.get(p.id()).imported() == imported).toList();
        List<Place> direct = named.stream().filter(this::isFirstAdminLevel).toList();
        if (!direct.isEmpty()) {
            return direct;
        }
        Set<Place> containing = new LinkedHashSet<>();
        for (Place p : named) {
            firstAdminLevel(p).filter(unit -> isNamedAfter(unit, p)).ifPresent(containing::add);
        }
        if (!containing.isEmpty()) {
            return List.copyOf(containing);
        }
        List<GazetteerEntry> designated = new ArrayList<>();
        for (String variant : designatedForms(name.strip())) {
            for (GazetteerEntry e : trie.exact(variant, NameKind.NAME)) {
                if (e.imported() == imported && isFirstAdminLevel(e.place) && !designated.contains(e)) {
                    designated.add(e);
                }
            }
        }
        designated.sort(MentionFinder.BY_STATIC_PREFERENCE);
        return designated.stream().map(e -> e.place).toList();
    }

    private boolean isFirstAdminLevel(Place place) {
        return firstAdminLevel(place).map(unit -> unit.id().equals(place.id())).orElse(false);
    }

    /** @return true when {@code unit} is called by a name of {@code place} plus a designator ("Khartoum State") */
    private boolean isNamedAfter(Place unit, Place place) {
        List<String> names = new ArrayList<>(place.alternateNames().size() + 1);
        names.add(place.name());
        names.addAll(place.alternateNames());
        for (String n : names) {
            for (String variant : designatedForms(n)) {
                for (GazetteerEntry e : trie.exact(variant, NameKind.NAME)) {
                    if (e.place.id().equals(unit.id())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> designatedForms(String name) {
        List<String> forms = new ArrayList<>(ADMIN1_SUFFIXES.size() + ADMIN1_PREFIXES.size());
        if (name.isEmpty()) {
            return forms;
        }
        ADMIN1_SUFFIXES.forEach(suffix -> forms.add(name + " " + suffix));
        ADMIN1_PREFIXES.forEach(prefix -> forms.add(prefix + " " + name));
        return forms;
    }

    /** @return the place's external code (ISO 3166-2 for bundled admin units), if any */
    public Optional<String> codeOf(Place place) {
        GazetteerEntry e = byId.get(place.id());
        return e == null ? Optional.empty() : Optional.ofNullable(e.details.code());
    }

    /** @return the curated priority among places sharing a name (0 when not curated) */
    public int priorityOf(Place place) {
        GazetteerEntry e = byId.get(place.id());
        return e == null ? 0 : e.details.priority();
    }

    /** @return non-overlapping mentions of places in {@code text}, longest match first, in text order */
    public List<PlaceMention> findMentions(CharSequence text) {
        return finder.find(Objects.requireNonNull(text, "text"), List.of());
    }

    /**
     * The mentions of the texts of one post (its headline and body), one list per text in order: like
     * {@link #findMentions(CharSequence)} on each, except that the texts are evidence for each other's places
     * imported from GeoNames (a headline naming "DR Congo" lets a bare "Goma" in the body stand for the Congolese
     * city; see {@code MentionFinder}).
     */
    public List<List<PlaceMention>> findMentionsInPost(List<? extends CharSequence> texts) {
        return finder.findAll(Objects.requireNonNull(texts, "texts"), List.of());
    }

    /**
     * Like {@link #findMentions(CharSequence)}, with places known from around the text (the headline, earlier
     * sentences of the post) helping to choose between places sharing a name: after "Egypt" in the headline, a
     * bare "Rafah" in the body is the Egyptian town.
     *
     * @param context places already established; ones not in this gazetteer are ignored
     */
    public List<PlaceMention> findMentions(CharSequence text, Collection<Place> context) {
        Objects.requireNonNull(text, "text");
        List<GazetteerEntry> entries = new ArrayList<>(context.size());
        for (Place p : context) {
            GazetteerEntry e = byId.get(p.id());
            if (e != null) {
                entries.add(e);
            }
        }
        return finder.find(text, entries);
    }

    /** @return the number of distinct name patterns compiled (names, spellings, phrases); for diagnostics */
    int patternCount() {
        return trie.patternCount();
    }

    /** @return the entries in load order, for loaders that need curation details */
    Collection<GazetteerEntry> entries() {
        return byId.values();
    }
}

package io.liveblog.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Places with their admin hierarchy, and the finder of place names in text.
 *
 * <p>API contract (other modules rely on it): {@link #bundled()}, {@link #of(Collection)}, {@link #byId(String)},
 * {@link #pathOf(Place)}, {@link #findMentions(CharSequence)}, {@link #places()}.
 */
public final class Gazetteer {

    private final Map<String, Place> byId;
    private final Map<String, List<Place>> byName;

    private Gazetteer(Collection<Place> places) {
        Map<String, Place> ids = new LinkedHashMap<>();
        Map<String, List<Place>> names = new HashMap<>();
        for (Place p : places) {
            ids.put(p.id(), p);
            names.computeIfAbsent(key(p.name()), k -> new ArrayList<>()).add(p);
            for (String alt : p.alternateNames()) {
                names.computeIfAbsent(key(alt), k -> new ArrayList<>()).add(p);
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byName = names;
    }

    /** @return a gazetteer holding exactly these places (parents must be among them) */
    public static Gazetteer of(Collection<Place> places) {
        return new Gazetteer(places);
    }

    /** @return the gazetteer shipped in the repository */
    public static Gazetteer bundled() {
        throw new UnsupportedOperationException("bundled gazetteer not built yet");
    }

    /** @return every place, in load order */
    public Collection<Place> places() {
        return byId.values();
    }

    /** @return the place with this id */
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return the places from the country (first) down to {@code place} (last) */
    public List<Place> pathOf(Place place) {
        List<Place> path = new ArrayList<>();
        for (Place p = place; p != null; p = p.parentId() == null ? null : byId.get(p.parentId())) {
            path.add(0, p);
        }
        return List.copyOf(path);
    }

    /** @return non-overlapping mentions of places in {@code text}, longest match first, in text order */
    public List<PlaceMention> findMentions(CharSequence text) {
        String lower = text.toString().toLowerCase(Locale.ROOT);
        List<PlaceMention> found = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            PlaceMention best = null;
            if (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))) {
                for (Map.Entry<String, List<Place>> e : byName.entrySet()) {
                    String name = e.getKey();
                    int end = i + name.length();
                    if (lower.startsWith(name, i) && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))
                            && (best == null || name.length() > best.end() - best.start())) {
                        best = new PlaceMention(i, end, e.getValue().get(0), false);
                    }
                }
            }
            if (best != null) {
                found.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

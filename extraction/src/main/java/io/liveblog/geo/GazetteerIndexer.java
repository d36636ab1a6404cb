package io.liveblog.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the lookup structures of a {@link Gazetteer} from its lines: the entries by id, each linked to its parent
 * and checked for cycles, and the word trie of every name, alternate name and phrase. Separate so that
 * {@link Gazetteer} holds the queries, and the building, shared by every way a gazetteer is made (bundled, from
 * places, extended), stands in one place.
 */
final class GazetteerIndexer {

    private GazetteerIndexer() {
    }

    /**
     * @return the entries by id, in load order, linked to their parents
     * @throws IllegalArgumentException on duplicate ids, a missing parent or a parent cycle
     */
    static Map<String, GazetteerEntry> linkedEntries(List<GazetteerFiles.PlaceLine> lines) {
        Map<String, GazetteerEntry> ids = new LinkedHashMap<>();
        for (GazetteerFiles.PlaceLine line : lines) {
            GazetteerEntry entry = new GazetteerEntry(line.place(), line.details(), ids.size());
            if (ids.putIfAbsent(entry.place.id(), entry) != null) {
                throw new IllegalArgumentException("duplicate place id " + entry.place.id());
            }
        }
        for (GazetteerEntry entry : ids.values()) {
            String parentId = entry.place.parentId();
            if (parentId != null) {
                GazetteerEntry parent = ids.get(parentId);
                if (parent == null) {
                    throw new IllegalArgumentException(entry.place.id() + ": parent " + parentId + " is not in the gazetteer");
                }
                entry.linkParent(parent);
            }
        }
        for (GazetteerEntry entry : ids.values()) {
            requireAcyclic(entry, ids.size());
            entry.depth(); // computed now, so the entries are never written after construction
        }
        return ids;
    }

    private static void requireAcyclic(GazetteerEntry entry, int limit) {
        int depth = 0;
        for (GazetteerEntry e = entry; e != null; e = e.parent()) {
            if (++depth > limit) {
                throw new IllegalArgumentException(entry.place.id() + ": its parent chain has a cycle");
            }
        }
    }

    /**
     * @param ids the linked entries, whose names and alternate names are compiled
     * @param phrases phrases naming some of those entries
     * @return the word trie of all these names
     * @throws IllegalArgumentException when a phrase names an unknown place
     */
    static NameTrie nameTrie(Map<String, GazetteerEntry> ids, List<GazetteerFiles.PhraseLine> phrases) {
        NameTrie trie = new NameTrie();
        int unmatchable = 0;
        for (GazetteerEntry entry : ids.values()) {
            boolean keepArticle = entry.details.has(PlaceDetails.KEEP_ARTICLE);
            unmatchable += addName(trie, entry.place.name(), entry, NameKind.NAME, keepArticle);
            for (String alternate : entry.place.alternateNames()) {
                unmatchable += addName(trie, alternate, entry, NameKind.NAME, keepArticle);
            }
        }
        for (GazetteerFiles.PhraseLine phrase : phrases) {
            GazetteerEntry entry = ids.get(phrase.placeId());
            if (entry == null) {
                throw new IllegalArgumentException("phrase '" + phrase.phrase() + "' names unknown place " + phrase.placeId());
            }
            unmatchable += addName(trie, phrase.phrase(), entry, phrase.kind(), true);
        }
        if (unmatchable > 0) {
            Gazetteer.LOG.debug("{} names can never match in text (punctuation inside, or no capitalised word)", unmatchable);
        }
        return trie;
    }

    private static int addName(NameTrie trie, String name, GazetteerEntry entry, NameKind kind, boolean keepArticle) {
        if (trie.add(name, entry, kind, keepArticle)) {
            return 0;
        }
        Gazetteer.LOG.trace("name '{}' of {} can never match in text", name, entry);
        return 1;
    }
}

package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the name of a source that is no organisation in the alias table: a person with their role ("Fadel Na'im
 * (doctor at Al-Ahli Baptist Hospital in northern Gaza)"), a titled person ("Joe Biden (President)"), an
 * organisation named in full ("Committee to Protect Journalists") or a description ("Local officials").
 *
 * <p>Separate from {@link SourceFinder}, which finds the words of an attribution and looks them up in
 * {@link SourceAliases}: here only those words are tidied into a name, with no sentence to read.
 */
final class SourceNames {

    /** Titles before a name that are a role, not part of the name ("President Joe Biden"). */
    private static final WordSet TITLES = Lexicon.words(
            "president", "prime", "minister", "governor", "mayor", "dr", "general", "gen", "colonel", "col",
            "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt", "spokesperson", "spokesman",
            "spokeswoman", "secretary", "senator", "sen", "rep", "representative", "ambassador", "king", "queen",
            "sheikh", "rabbi", "father", "imam", "professor", "prof", "chief", "director", "commissioner",
            "commissioner-general", "vice", "deputy", "foreign", "defense", "defence", "health", "interior",
            "regional", "rear", "admiral", "brigadier", "emir", "crown", "prince", "pope", "chancellor",
            "speaker", "mr", "mrs", "ms");

    /** Small words inside organisation names ("Committee to Protect Journalists"). */
    private static final WordSet NAME_PARTICLES = Lexicon.words(
            "to", "of", "for", "the", "and", "on", "in", "de", "al", "el", "bin", "ibn", "abu", "du", "la", "&", "at",
            "from", "with");

    private SourceNames() {
    }

    /** "Fadel Na'im (doctor at Al-Ahli Baptist Hospital in northern Gaza)", "Wael Abu Omar (spokesperson ...)". */
    static String personOrRole(List<String> words, List<String> role) {
        List<String> bare = words;
        while (!bare.isEmpty() && (bare.get(0).equalsIgnoreCase("the") || bare.get(0).equalsIgnoreCase("a")
                || bare.get(0).equalsIgnoreCase("an"))) {
            bare = bare.subList(1, bare.size());
        }
        if (role.isEmpty() && isProperName(bare)) {
            // an organisation or a titled person named in full: "Committee to Protect Journalists"
            return titled(bare);
        }
        // the name is the last run of capitalised words ("Palestinian journalist Khader Za'noon")
        int nameEnd = words.size();
        while (nameEnd > 0 && !isNameWord(words.get(nameEnd - 1))) {
            nameEnd--;
        }
        int nameStart = nameEnd;
        while (nameStart > 0 && isNameWord(words.get(nameStart - 1))) {
            nameStart--;
        }
        boolean hasName = nameEnd - nameStart >= 2 && nameEnd == words.size()
                && !(nameStart > 0 && NAME_PARTICLES.contains(words.get(nameStart - 1).toLowerCase(java.util.Locale.ROOT)));
        List<String> roleWords = new ArrayList<>();
        if (hasName) {
            roleWords.addAll(words.subList(0, nameStart));
        }
        roleWords.addAll(role);
        String roleText = cleanRole(roleWords);
        if (hasName) {
            String name = String.join(" ", words.subList(nameStart, nameEnd));
            return roleText.isEmpty() ? name : name + " (" + roleText + ")";
        }
        String all = cleanRole(words);
        if (!role.isEmpty()) {
            all = all + " (" + cleanRole(role) + ")";
        }
        return all.isEmpty() ? all : Character.toUpperCase(all.charAt(0)) + all.substring(1);
    }

    /** Every word capitalised except name particles, starting and ending with a capitalised word. */
    private static boolean isProperName(List<String> words) {
        if (words.size() < 2 || !isNameWord(words.get(0)) || !isNameWord(words.get(words.size() - 1))) {
            return false;
        }
        for (String w : words) {
            if (!isNameWord(w) && !NAME_PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "President Joe Biden" -> "Joe Biden (President)"; other proper names unchanged. */
    private static String titled(List<String> words) {
        int k = 0;
        while (k < words.size() - 2 && TITLES.contains(words.get(k).toLowerCase(java.util.Locale.ROOT))) {
            k++;
        }
        String name = String.join(" ", words.subList(k, words.size()));
        return k == 0 ? name : name + " (" + String.join(" ", words.subList(0, k)) + ")";
    }

    private static boolean isNameWord(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("CNN") && !w.equals("The");
    }

    private static String cleanRole(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            String k = w.toLowerCase(java.util.Locale.ROOT);
            if (k.equals("a") || k.equals("an") || k.equals("the") || w.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }
}

package io.liveblog.producer.identify;

import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.text.Hashing;
import io.liveblog.producer.text.TextNormaliser;
import java.util.List;

/**
 * Stable post ids and content hashes.
 *
 * <h2>Post id</h2>
 * <ul>
 *   <li>With a source id: {@code <blogId>/<sourceId>}. The blog id prefix is there because sources number their
 *       posts per blog ("1", "2", ...): two JSON Lines files would otherwise collide on the same key and one post
 *       would be taken for an edit of the other. A source id longer than {@value #MAX_SOURCE_ID_LENGTH} characters
 *       or holding whitespace or control characters becomes {@code <blogId>/s-<32 hex of its SHA-256>}.</li>
 *   <li>Without one: {@code <blogId>/h-<32 hex>} of SHA-256 over (blog id, published instant, headline key), where
 *       the key is {@link TextNormaliser#identityKey} of the headline — or, for a post without headline, of its first
 *       paragraph. Case, quotes and punctuation changes keep the id; a reworded headline (or first paragraph of a
 *       headline-less post) gives a new id, so the old version lingers as a separate post until the source is
 *       re-read in full. That is the price of a source without ids.</li>
 * </ul>
 * 128 bits of hash keep accidental collisions out of reach for any realistic number of posts.
 *
 * <h2>Content hash</h2>
 * SHA-256 hex of headline, byline and body after {@link TextNormaliser#cleanLine}/{@link TextNormaliser#cleanBody}
 * (Unicode NFC, whitespace collapsed, one blank line between paragraphs). Reading the same file twice gives the same
 * hash; any visible change of the text — one digit — gives a new one.
 */
public final class PostIdentity {

    /** Longest source id used verbatim. */
    public static final int MAX_SOURCE_ID_LENGTH = 100;
    private static final int ID_HASH_HEX = 32;

    private PostIdentity() {
    }

    /** @return the post id of a parsed post (see class comment) */
    public static String postId(ParsedPost post) {
        String source = post.sourcePostId() == null ? "" : post.sourcePostId().strip();
        if (!source.isEmpty()) {
            if (source.length() <= MAX_SOURCE_ID_LENGTH && source.codePoints().noneMatch(PostIdentity::unsafe)) {
                return post.blogId() + "/" + source;
            }
            return post.blogId() + "/s-" + Hashing.sha256Hex(source).substring(0, ID_HASH_HEX);
        }
        String key = TextNormaliser.identityKey(post.headline());
        if (key.isEmpty()) {
            List<String> paragraphs = TextNormaliser.paragraphs(post.body());
            key = paragraphs.isEmpty() ? "" : TextNormaliser.identityKey(paragraphs.get(0));
        }
        String hash = Hashing.sha256Hex(post.blogId(), Long.toString(post.published().toEpochMilli()), key);
        return post.blogId() + "/h-" + hash.substring(0, ID_HASH_HEX);
    }

    /** @return SHA-256 hex of the normalised headline, byline and body */
    public static String contentHash(ParsedPost post) {
        return Hashing.sha256Hex(TextNormaliser.cleanLine(post.headline()), TextNormaliser.cleanLine(post.byline()),
                TextNormaliser.cleanBody(post.body()));
    }

    private static boolean unsafe(int c) {
        return TextNormaliser.isSpace(c) || Character.isISOControl(c);
    }
}

package io.liveblog.producer.parse;

import java.util.List;

/**
 * What a parser made of one input: the posts it read and the records it rejected.
 *
 * @param posts parsed posts, in input order
 * @param rejected rejected records, in input order
 */
public record ParseResult(List<ParsedPost> posts, List<Rejected> rejected) {
    public ParseResult {
        posts = List.copyOf(posts);
        rejected = List.copyOf(rejected);
    }
}

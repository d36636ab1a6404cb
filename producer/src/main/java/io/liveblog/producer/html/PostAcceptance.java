package io.liveblog.producer.html;

import io.liveblog.producer.feed.FeedFormat;
import io.liveblog.producer.feed.ParserLimits;
import io.liveblog.producer.feed.PostChecks;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;

import java.util.List;
import java.util.Optional;

/** Applies the shared post checks and files a post as accepted or rejected. */
final class PostAcceptance {

    private final ParserLimits limits;

    PostAcceptance(ParserLimits limits) {
        this.limits = limits;
    }

    void accept(ParsedPost post, String origin, byte[] raw, List<ParsedPost> posts, List<Rejected> rejected) {
        Optional<String> problem = PostChecks.problem(post, limits);
        if (problem.isPresent()) {
            rejected.add(new Rejected(origin, problem.get(), raw, FeedFormat.HTML.wireName(), null));
        } else {
            posts.add(post);
        }
    }
}

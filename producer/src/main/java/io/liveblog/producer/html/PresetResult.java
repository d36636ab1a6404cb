package io.liveblog.producer.html;

import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;

import java.util.List;

/** The posts and rejects one preset found on a page. */
record PresetResult(List<ParsedPost> posts, List<Rejected> rejected) {
}

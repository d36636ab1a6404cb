package io.liveblog.cli;

import io.liveblog.eval.EvaluationReport;
import io.liveblog.cli.facts.FactAggregateScore;
import io.liveblog.cli.facts.FactIdentityScore;
import io.liveblog.eval.Evaluator;
import io.liveblog.eval.GoldCorpusReader;
import io.liveblog.eval.GoldPost;
import io.liveblog.extract.ClaimExtractor;
import io.liveblog.geo.Gazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code liveblog evaluate}: score the extractor against an annotated gold corpus. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Run the extractor over an annotated gold corpus (a directory of *.jsonl files, see "
                + "gold/README.md) and print precision/recall/F1 per metric kind and metric, qualifier, scope, "
                + "modality, source and first-admin-level location accuracy, and the worst errors.",
                "With --facts DIR instead, score fact identity on a cross-outlet corpus (gold-facts/README.md): "
                + "pairwise same-fact precision and recall of the claims the extractor reads right, "
                + "and how many place/metric totals the pipeline's facts give exactly as the gold's do."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report printed", "2:gold directory missing or malformed"})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold corpus directory.")
    Path gold;

    @Option(names = "--facts", paramLabel = "DIR",
            description = "Cross-outlet fact corpus directory (e.g. gold-facts/team), instead of --gold.")
    Path facts;

    @Option(names = "--json", description = "Print the report as JSON instead of a table.")
    boolean json;

    @Option(names = "--examples", defaultValue = "25", paramLabel = "N",
            description = "How many error examples to list per kind (default ${DEFAULT-VALUE}).")
    int examples;

    @picocli.CommandLine.Mixin
    GazetteerOptions places = new GazetteerOptions();

    @Override
    public Integer call() {
        if ((gold == null) == (facts == null)) {
            throw new UsageException("give exactly one of --gold DIR and --facts DIR");
        }
        if (facts != null) {
            return scoreFacts();
        }
        if (!Files.isDirectory(gold)) {
            throw new UsageException("gold corpus " + gold + " is not a directory");
        }
        Gazetteer gazetteer = places.gazetteer();
        EvaluationReport report;
        try {
            report = new Evaluator(examples).evaluate(gold, new ClaimExtractor(gazetteer), gazetteer);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot evaluate against " + gold + ": " + e.getMessage());
        }
        System.out.println(json ? report.toJson() : report.render());
        return ExitCodes.OK;
    }

    private Integer scoreFacts() {
        if (!Files.isDirectory(facts)) {
            throw new UsageException("fact corpus " + facts + " is not a directory");
        }
        Gazetteer gazetteer = places.gazetteer();
        FactIdentityScore.Report pairs;
        FactAggregateScore.Report totals;
        try {
            List<GoldPost> posts = GoldCorpusReader.readDirectory(facts);
            FactIdentityScore.Judged judged = FactIdentityScore.judge(posts, new ClaimExtractor(gazetteer)::extract);
            pairs = FactIdentityScore.score(judged, examples);
            totals = FactAggregateScore.score(judged, examples);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot score the fact corpus " + facts + ": " + e.getMessage());
        }
        System.out.print(pairs.render());
        System.out.println();
        System.out.print(totals.render());
        return ExitCodes.OK;
    }
}

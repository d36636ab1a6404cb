package io.liveblog.cli;

import picocli.CommandLine.Mixin;

/**
 * Options of the commands that work with the pipeline's figures on a cluster ({@code demo}, {@code process},
 * {@code streams}, {@code replay}, {@code export}): the cluster and the gazetteer that places the figures.
 */
final class PipelineOptions {

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Mixin
    GazetteerOptions places = new GazetteerOptions();
}
